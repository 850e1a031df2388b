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


def test_a_number_before_a_unit_is_a_measure_not_a_count() -> None:
    text = "The weather station at Morwell recorded 96 millimetres of rain on the Sunday."
    fact = next(f for f in analyse(text).facts if f.surface.startswith("96"))
    assert (fact.type, fact.surface) == ("quantity", "96 millimetres")


def test_a_change_by_an_average_is_asked_by_how_many_units() -> None:
    text = (
        "After six weeks, systolic pressure in the Varda cohort had dropped by an average of "
        "6.4 mmHg compared with the control cohort."
    )
    assert _question(text, "6.4 mmHg") == (
        "By how many mmHg on average had systolic pressure in the Varda cohort dropped "
        "compared with the control cohort after six weeks?"
    )


def test_a_percentage_before_a_comparative_is_asked_what_percentage_fewer() -> None:
    text = (
        "The Brenna clinic trial recorded 18% fewer hip fractures, such as falls at home, "
        "among patients taking the supplement."
    )
    assert _question(text, "18%") == (
        "What percentage fewer hip fractures did the Brenna clinic trial record among "
        "patients taking the supplement?"
    )
