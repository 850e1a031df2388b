"""Counts told after a main clause: a participle of harm or of cause ("injuring 14
fishermen", "prompting the evacuation of 2,000 people") asked with the main clause as its
event, a participle after "X is Y" asked of X with Y as its aside, and a study's sample
asked without the words that describe it (issue 16)."""

from __future__ import annotations

from quizapp.generator.forms.phrasing import wh_question
from quizapp.generator.pipeline import analyse

STORM = (
    "Storm Hilde tore across the Faroe Islands on Tuesday night, injuring 14 fishermen and "
    "prompting the evacuation of more than 2,000 people."
)


def _question(text: str, surface: str) -> str | None:
    fact = next(f for f in analyse(text).facts if f.surface == surface)
    return wh_question(fact)


def test_a_toll_in_a_participle_of_harm_is_asked_in_the_passive_with_its_event() -> None:
    assert _question(STORM, "14") == (
        "How many fishermen were injured when Storm Hilde tore across the Faroe Islands?"
    )


def test_a_count_of_an_act_named_by_a_noun_keeps_its_hedge_and_asks_the_act() -> None:
    assert _question(STORM, "2,000") == (
        "More than how many people were evacuated after Storm Hilde tore across the Faroe Islands?"
    )


def test_the_event_leaves_out_its_date_and_the_participle_on_its_subject() -> None:
    text = (
        "A coach carrying pilgrims left the road near Tarvin in northern Wales late on "
        "Sunday, killing six passengers."
    )
    assert _question(text, "six") == (
        "How many passengers were killed when a coach left the road near Tarvin in northern Wales?"
    )


def test_a_participle_after_x_is_y_is_asked_of_x_with_y_as_its_aside() -> None:
    text = (
        "Cocoa is Ghana's second-largest export, earning about 2 billion dollars a year and "
        "supporting more than 800,000 growers. Prices for cocoa rose in May."
    )
    assert _question(text, "800,000") == (
        "More than how many growers does cocoa, Ghana's second-largest export, support?"
    )


def test_a_study_sample_is_asked_without_the_words_that_describe_it() -> None:
    text = (
        "The Lund survey, run by Anna Berg, followed 12,400 nurses aged 30 to 55 who "
        "filled in a diary every month."
    )
    assert _question(text, "12,400") == (
        "How many nurses did the Lund survey, run by Anna Berg, follow?"
    )


def test_the_words_after_a_count_of_another_verb_are_not_left_out() -> None:
    # "treated 40 patients who had the flu": the clinic may have treated more patients
    text = "The Harwick clinic treated 40 patients who had the flu."
    assert _question(text, "40") != "How many patients did the Harwick clinic treat?"
