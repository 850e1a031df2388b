"""A place "there" named as the one place the sentence before put something in, only where
that is sure; otherwise the question is refused (texts written for these tests)."""

from __future__ import annotations

import pytest

from quizapp.generator import generate

ISLAND = (
    "The explorer Anna Lind sailed north from Tromso in the summer of 1898.\n\n"
    "In October her ship was driven onto a small island in the Kara Sea. Anna Lind died "
    "there in March 1899."
)
# two places in the sentence before: Dikson or the island
TWO_PLACES = (
    "The explorer Anna Lind sailed north from Tromso in the summer of 1898.\n\n"
    "In October her ship left Dikson for a small island in the Kara Sea. Anna Lind died "
    "there in March 1899."
)
# "From there it runs": a name put in for "there" would seem to be what "it" stands for
WITH_IT = (
    "The Vessa river begins at the village of Kolby, where two streams meet. From there it "
    "runs north to Lindheim, its largest town."
)


def _prompts(text: str) -> list[str]:
    return [q.prompt for q in generate(text, max_questions=20)]


@pytest.mark.slow
def test_there_is_the_one_place_before() -> None:
    prompts = _prompts(ISLAND)
    assert any("died on a small island in the Kara Sea" in p for p in prompts), prompts
    assert not any("there" in p for p in prompts), prompts


@pytest.mark.slow
def test_there_after_two_places_stays_refused() -> None:
    prompts = _prompts(TWO_PLACES)
    assert not any("died" in p for p in prompts), prompts


@pytest.mark.slow
def test_there_before_another_pronoun_stays_refused() -> None:
    prompts = _prompts(WITH_IT)
    assert not any("runs north" in p for p in prompts), prompts


# a town and a university before "there": the university is no place by its type, but
# "there" may be it
TOWN_AND_UNIVERSITY = (
    "Anna Lind was a Swedish botanist. Anna Lind was born in Narvik in 1870 and studied "
    "botany at the University of Bergen. Women could not take a degree there at the time, so "
    "Anna Lind finished her studies in Zurich in 1895."
)


@pytest.mark.slow
def test_there_after_a_town_and_a_university_stays_refused() -> None:
    prompts = _prompts(TOWN_AND_UNIVERSITY)
    assert not any("degree in Narvik" in p for p in prompts), prompts
