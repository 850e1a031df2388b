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
    assert {"96", "96 millimetres"} <= {fact.answer, *fact.aliases}
    text = "Two aircraft dropped more than 3 million litres of water on the fire near Orvik."
    fact = next(f for f in analyse(text).facts if f.surface.startswith("3 million"))
    assert {"3 million", "3000000", "3000000 litres"} <= set(fact.aliases)


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
        "The Brenna clinic trial also recorded 18% fewer hip fractures, such as falls at home, "
        "among patients taking the supplement."
    )
    assert _question(text, "18%") == (
        "What percentage fewer hip fractures did the Brenna clinic trial record among "
        "patients taking the supplement?"
    )


def test_a_range_is_one_fact_whose_key_needs_both_ends() -> None:
    text = "Adult Tarsen wolves usually weigh between 30 and 48 kilograms in late winter."
    facts = [f for f in analyse(text).facts if f.kind == "figure"]
    assert [(f.type, f.surface) for f in facts] == [("quantity", "between 30 and 48 kilograms")]
    fact = facts[0]
    assert fact.value is None  # never asked by one number typed
    assert "30 to 48 kilograms" in fact.aliases and "30-48" in fact.aliases
    assert not any(a in ("30", "48", "30 kilograms", "48 kilograms") for a in fact.aliases)


def test_a_range_is_asked_how_many_units_with_the_range_as_key() -> None:
    text = "Tarsen wolves usually weigh between 30 and 48 kilograms in late winter."
    assert _question(text, "between 30 and 48 kilograms") == (
        "How many kilograms do Tarsen wolves usually weigh in late winter?"
    )


def test_a_change_from_one_figure_to_another_and_years_are_no_range() -> None:
    text = (
        "Membership of the Orlen rowing club rose from 120 to 180 members, and the club "
        "hosted the regatta from 1994 to 1998 years in a row."
    )
    assert not [f for f in analyse(text).facts if f.value is None and f.kind == "figure"]


def test_a_from_to_phrase_cut_in_two_by_the_parse_gives_no_question() -> None:
    text = "An adult Kestrin otter measures roughly 1 to 1.3 metres from nose to tail."
    question = _question(text, "1 to 1.3 metres") or ""
    assert not question.endswith("from nose?")


def test_a_length_of_time_before_its_noun_is_a_duration() -> None:
    text = (
        "The 14-month Orsa study followed 900 nurses, and a 10-year-old boy from Harlow "
        "later won the regional chess title."
    )
    facts = [f for f in analyse(text).facts if f.type == "duration"]
    assert [(f.surface, f.unit) for f in facts] == [("14-month", "months")]
    assert "14 months" in facts[0].aliases


def test_a_count_is_asked_with_its_event_clause_when_the_sentence_goes_on() -> None:
    text = (
        "Five people drowned when a flood swept away two bridges in the town of Maradal, and "
        "a farmer was injured after his tractor rolled off the road near Kvam."
    )
    assert _question(text, "Five") == (
        "How many people drowned when a flood swept away two bridges in the town of Maradal?"
    )


def test_a_count_whose_event_names_nothing_gets_no_event_question() -> None:
    text = (
        "Three hikers died when the avalanche buried the trail, and a guide was injured after "
        "his sled overturned near the lodge."
    )
    assert "when the avalanche buried" not in (_question(text, "Three") or "")
