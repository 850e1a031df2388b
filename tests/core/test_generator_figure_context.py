"""Figures the headline numbers of an article hang on: a toll whose event the parse hangs
on a noun ("after a mudslide buried ..."), a count whose noun is left out because the clause
before it names it ("and about 30 remain missing"), measures of a change ("had fallen by
7 mmHg", "31% fewer ...") and durations in a compound adjective (issue 16)."""

from __future__ import annotations

from quizapp.generator.forms.phrasing import wh_question
from quizapp.generator.pipeline import analyse

TOLL = (
    "At least 37 people were killed and about 30 remain missing after a mudslide swept "
    "through the mountain village of Kelbra in the Harz region early on Monday, 3 June, officials "
    "said. Rescue teams arrived on Tuesday."
)


def _fact(text: str, surface: str) -> object:
    return next(f for f in analyse(text).facts if f.surface == surface)


def _question(text: str, surface: str) -> str | None:
    fact = next(f for f in analyse(text).facts if f.surface == surface)
    return wh_question(fact)


def test_an_event_the_parse_hangs_on_a_noun_is_kept_with_the_toll() -> None:
    assert _question(TOLL, "37") == (
        "At least how many people were killed after a mudslide swept through the mountain "
        "village of Kelbra in the Harz region?"
    )


def test_a_count_whose_noun_the_clause_before_names_counts_that_noun() -> None:
    fact = next(f for f in analyse(TOLL).facts if f.surface == "30")
    assert fact.unit == "people"
    assert _question(TOLL, "30") == (
        "About how many people remain missing after a mudslide swept through the mountain "
        "village of Kelbra in the Harz region?"
    )


def test_a_bare_number_with_no_noun_before_it_is_still_no_count() -> None:
    text = "The Kelbra council met on Monday and 12 voted for the plan to rebuild the bridge."
    assert not [f for f in analyse(text).facts if f.surface == "12"]
