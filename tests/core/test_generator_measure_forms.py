"""Measures, lengths of time and counts outside the main verb's object get a wh-question
of their own clause (issue 16)."""

from __future__ import annotations

from quizapp.generator.forms.phrasing import wh_question
from quizapp.generator.pipeline import analyse


def _question(text: str, surface: str) -> str | None:
    fact = next(f for f in analyse(text).facts if f.surface == surface)
    return wh_question(fact)


def test_a_measure_on_an_adjective_is_asked_how_tall() -> None:
    text = "Grown giraffes in the Serengeti stand about 5.5 metres tall."
    assert _question(text, "5.5 metres") == "How tall do grown giraffes in the Serengeti stand?"


def test_a_measure_object_of_a_joined_verb_keeps_up_to_and_the_modal() -> None:
    text = (
        "Adult grey seals in the Baltic Sea grow quickly and can weigh up to 300 kilograms "
        "by late autumn."
    )
    assert _question(text, "300 kilograms") == (
        "Up to how many kilograms can adult grey seals in the Baltic Sea weigh by late autumn?"
    )


def test_a_length_of_time_after_for_names_the_object_it_of_the_second_verb() -> None:
    text = (
        "The female sea turtle digs a deep nest in the sand and guards it closely "
        "for about 12 days, mostly at night."
    )
    assert _question(text, "12 days") == (
        "For about how many days does the female sea turtle guard the deep nest closely?"
    )


def test_a_measure_of_a_dimension_is_asked_at_what_depth() -> None:
    text = "The wreck of the Aurora was found at a depth of 3,800 metres by a Dutch survey ship."
    assert _question(text, "3,800 metres") == (
        "At what depth was the wreck of the Aurora found by a Dutch survey ship?"
    )


def test_a_count_in_a_clause_after_after_shares_the_auxiliary_of_its_first_verb() -> None:
    text = (
        "Rangers closed the Varna national park on Monday after a storm had flooded the "
        "valley and damaged 140 cabins."
    )
    assert _question(text, "140") == "How many cabins had a storm damaged?"


def test_an_opening_date_of_the_clause_moves_to_the_end_of_the_question() -> None:
    text = "In 2011 the Halden rowing club bought three wooden boats from a yard in Oslo."
    assert _question(text, "three") == (
        "How many wooden boats did the Halden rowing club buy from a yard in Oslo in 2011?"
    )


def test_a_count_after_into_is_asked_into_how_many() -> None:
    text = "Each spring the Morava glacier splits into four long tongues."
    assert _question(text, "four") == (
        "Into how many long tongues does the Morava glacier split each spring?"
    )


def test_a_reported_clause_says_who_estimates_and_drops_a_relative_clause() -> None:
    text = (
        "The Orla crater is wide, and geologists estimate that the crater formed about "
        "40 million years ago in a plain where a river once ran."
    )
    assert _question(text, "40 million years") == (
        "According to geologists, about how many years ago did the crater form in a plain?"
    )


def test_a_count_in_a_relative_clause_on_a_name_is_asked_of_the_name() -> None:
    text = (
        "The bridge was opened by harbour master Tove Lind, who had trained 35 new pilots "
        "during the winter."
    )
    assert _question(text, "35") == (
        "How many new pilots had harbour master Tove Lind trained during the winter?"
    )
