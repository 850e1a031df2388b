"""References a question must not leave unnamed ("they", "the neighbours", "it", "the
purchase") are named where the article makes sure what they stand for, and left out or
refused otherwise (texts written for these tests)."""

from __future__ import annotations

import pytest

from quizapp.generator.parties import Parties, parties_by_sentence
from quizapp.generator.pipeline import analyse

# the pair of the opening sentence, recalled three sentences later, then "They"
RECALLED = (
    "Old rivals Peru and Ecuador are close to a border treaty, officials said on Monday. "
    "Brazil, Chile and Argentina offered to mediate in 1995.\n\n"
    "The talks were slow at first. In May, the Andean neighbours issued a joint statement "
    "on the river. They have since met in Lima, Quito and Brasilia."
)
# another country named just before "the neighbours": which two are meant is not sure
INTERRUPTED = (
    "Old rivals Peru and Ecuador are close to a border treaty, officials said on Monday. "
    "The talks were slow at first. In May, Colombia hosted the Andean neighbours in Bogota. "
    "They have since met in Lima and Quito."
)


def _parties(text: str) -> dict[str, Parties]:
    analysis = analyse(text)
    texts = {s.index: s.text for s in analysis.sentences}
    found = parties_by_sentence(analysis.sentences, analysis.facts)
    return {texts[i]: p for i, p in found.items()}


@pytest.mark.slow
def test_a_group_noun_recalls_the_opening_pair_and_they_follows() -> None:
    # Given the opening names "Peru and Ecuador", a later sentence names three other countries,
    # and "the Andean neighbours" (no count) opens a sentence, then "They" the next one
    found = _parties(RECALLED)
    # Then the neighbours are the opening's pair, and so is the "They" after them
    neighbours = next(p for t, p in found.items() if t.startswith("In May"))
    assert neighbours.phrase == "the Andean neighbours"
    assert neighbours.names == "Peru and Ecuador"
    they = next(p for t, p in found.items() if t.startswith("They"))
    assert (they.phrase, they.names) == ("They", "Peru and Ecuador")


@pytest.mark.slow
def test_another_country_named_just_before_names_no_one() -> None:
    found = _parties(INTERRUPTED)
    assert not any(t.startswith(("In May", "They")) for t in found), found
