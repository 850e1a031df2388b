"""A thing named after a person ("the Edwin Carter Space Telescope" after the astronomer
Edwin Carter) shares the person's surname: a lone "Carter" that "it" follows is the
telescope, never the person, so no "Who ...?" asks what the telescope did (issue 16)."""

from __future__ import annotations

from quizapp.generator import generate
from quizapp.generator.pipeline import analyse

OPENING = (
    "The Edwin Carter Space Telescope was launched on 4 March 2019 from French Guiana. "
    "Carter observes mainly in ultraviolet light, which lets it map hot young stars in "
    "nearby galaxies. Its mirror is 2.4 metres wide."
)
TELESCOPE = OPENING + (
    " The telescope is named after Edwin Carter, an astronomer who led the national "
    "observatory from 1971 to 1984. Carter died in 1990."
)


def _owners(text: str) -> dict[int, str]:
    facts = analyse(text).facts
    return {
        f.sentence.index: f.entity.name
        for f in facts
        if f.surface == "Carter" and f.entity is not None
    }


def test_a_lone_surname_that_it_follows_is_the_thing_named_after_the_person() -> None:
    owners = _owners(TELESCOPE)
    assert owners.get(1) == "Edwin Carter Space Telescope", owners
    assert owners.get(4) == "Edwin Carter", owners  # "Carter died": the person


def test_so_too_where_the_person_is_never_named_in_full() -> None:
    assert _owners(OPENING).get(1) == "Edwin Carter Space Telescope", _owners(OPENING)


def test_no_who_question_asks_what_the_thing_did() -> None:
    for text in (OPENING, TELESCOPE):
        for q in generate(text):
            assert not (q.prompt.startswith("Who ") and "ultraviolet" in q.prompt), q.prompt
