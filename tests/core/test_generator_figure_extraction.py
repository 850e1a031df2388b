"""Figures and dates the extraction missed or cut: a measure or a percentage the model
typed money, a rate's "per second", a sentence's full stop in a unit, a range, a full
date's day, race times, the expected cost of an article's main event and a conversion
in brackets (issue 16). All texts are written for these tests."""

from __future__ import annotations

import random

from quizapp.generator.choices.figure_variations import figure_variations
from quizapp.generator.facts.facts import Fact
from quizapp.generator.facts.race_times import seconds
from quizapp.generator.forms.phrasing import wh_question
from quizapp.generator.pipeline import analyse
from quizapp.generator.ranking import trivia
from quizapp.generator.synthesis import fact_questions
from quizapp.questiondata import FineType, QuestionKind


def _facts(text: str) -> list[Fact]:
    return [f for f in analyse(text).facts if f.kind in ("figure", "date")]


def _fact(text: str, surface: str) -> Fact:
    return next(f for f in _facts(text) if f.surface == surface)


def test_a_distance_with_a_scale_word_is_one_measure() -> None:
    text = "The comet Varga travels about 6.2 billion kilometres from the Sun at its farthest."
    fact = _fact(text, "6.2 billion kilometres")
    assert fact.type == FineType.QUANTITY
    assert fact.value == 6.2e9


def test_a_percentage_in_words_is_a_percentage_not_money() -> None:
    text = "Sales at the Brenner bakery chain rose 7.4 per cent in the spring."
    assert _fact(text, "7.4 per cent").type == FineType.PERCENT


def test_a_rate_keeps_its_per_second_and_per_year() -> None:
    text = "Storm Ilse brought a gust of 47 metres per second to the Faroe Islands."
    assert _fact(text, "47 metres per second").type == FineType.QUANTITY
    text = "Rents in Tallinn have risen by 3.1 per cent per year since 2015."
    fact = _fact(text, "3.1 per cent")
    assert fact.type == FineType.PERCENT
    assert (
        wh_question(fact) == "By what percentage have rents in Tallinn risen per year since 2015?"
    )


def test_a_unit_keeps_no_full_stop_of_its_sentence() -> None:
    text = "The fastest train on the Ostend line reached a speed of 320 km/h."
    surfaces = [f.surface for f in _facts(text)]
    assert "320 km/h" in surfaces
    assert "320 km/h." not in surfaces


def test_a_range_is_no_figure() -> None:
    text = "The Lusana central bank expects growth of between 4% and 5% next year."
    assert not [f for f in _facts(text) if f.type == FineType.PERCENT]


def test_a_range_with_a_dash_is_no_figure_and_a_score_still_is() -> None:
    text = "Between 5,000-8,000 men fought at Orvik, where the Danes won 3-1 on points."
    figures = [(f.type, f.surface) for f in _facts(text) if f.kind == "figure"]
    assert figures == [(FineType.SCORE, "3-1")]


def test_a_full_date_keeps_its_day_where_the_model_marked_month_and_year() -> None:
    text = "The comet was first seen by Ada Brandt on the night of 12 March 1911 in Hamburg."
    dates = [f for f in _facts(text) if f.kind == "date"]
    assert [(d.surface, d.type) for d in dates] == [("12 March 1911", FineType.FULL_DATE)]


def test_race_times_are_facts_and_clock_times_are_not() -> None:
    text = (
        "Ugandan runner Joel Okello won the Porto Marathon in 2:07:19 on Sunday. "
        "The leaders passed halfway in 63:40. The race had started at 9:30 by the river."
    )
    times = {f.surface: f for f in _facts(text) if f.type == FineType.RACE_TIME}
    assert set(times) == {"2:07:19", "63:40"}
    assert seconds("2:07:19") == 7639


def test_a_race_time_gets_nearby_times_as_choices_and_no_number_question() -> None:
    text = "Ugandan runner Joel Okello won the Porto Marathon in 2:07:19 on Sunday."
    analysis = analyse(text)
    fact = next(f for f in analysis.facts if f.surface == "2:07:19")
    wrong = figure_variations(fact, random.Random(1))
    assert len(wrong) >= 3
    assert all(abs((seconds(w) or 0) - 7639) <= 120 and w.count(":") == 2 for w in wrong)
    questions = fact_questions(fact, analysis.facts)
    assert QuestionKind.NUMERIC not in {q.kind for q in questions}
    asked = [q for q in questions if q.kind == QuestionKind.MULTIPLE_CHOICE]
    assert asked and asked[0].prompt.startswith("In what time did")


def test_a_race_time_in_words_is_one_fact_with_its_digits_accepted() -> None:
    text = "Hana Sato won the Nagano race, crossing the line in 2 hours, 24 minutes and 3 seconds."
    fact = _fact(text, "2 hours, 24 minutes and 3 seconds")
    assert fact.type == FineType.RACE_TIME
    assert "2:24:03" in fact.aliases
    wrong = figure_variations(fact, random.Random(2))
    assert wrong and all(w.startswith("2 hours, ") and w.endswith(" seconds") for w in wrong)
    assert not any(" 0 " in w for w in wrong)


def test_a_margin_in_seconds_is_a_duration_but_a_goal_minute_is_not() -> None:
    text = "Joel Okello won the Porto Marathon, finishing 23 seconds ahead of Ben Mutai."
    assert _fact(text, "23 seconds").type == FineType.DURATION
    text = "Lena Roth scored after 14 minutes to give Vellmar the lead in the cup final."
    assert not [f for f in _facts(text) if f.type == FineType.DURATION]


def test_the_expected_cost_of_the_main_event_is_no_trivia_but_its_conversion_is() -> None:
    text = (
        "Kestrel Foods is a Danish dairy group. Kestrel Foods said it expected the product "
        "recall to cost about 410 million Danish kroner (roughly $59 million)."
    )
    analysis = analyse(text)
    cost = next(f for f in analysis.facts if f.surface == "410 million Danish kroner")
    assert trivia(cost, None) == ""
    assert "410 million" in cost.aliases
    converted = next(f for f in analysis.facts if f.surface == "$59 million")
    assert trivia(converted, None) == "a unit conversion"
    clozes = [q for q in fact_questions(cost, analysis.facts) if q.kind == QuestionKind.CLOZE]
    assert clozes and all("59" not in q.prompt for q in clozes)


def test_a_forecast_of_results_stays_trivia() -> None:
    text = "Kestrel Foods expects a net profit of $90 million next year."
    fact = _fact(text, "$90 million")
    assert trivia(fact, None) == "a secondary money figure"
