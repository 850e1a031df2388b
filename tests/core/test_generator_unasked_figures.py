"""Figures a teacher asks that the extraction did not find or could not ask: a price per
unit, a length of time the model typed a clock time, a vote tally, a winning margin, a
cricket total or target, a count per day and a length beside a following number (issue 16).
All texts are written for these tests."""

from __future__ import annotations

from quizapp.generator.facts.facts import Fact
from quizapp.generator.facts.figures import format_plain
from quizapp.generator.pipeline import analyse
from quizapp.generator.synthesis import GeneratedQuestion, fact_questions
from quizapp.questiondata import FineType, QuestionKind
from quizapp.study.grading import check_answer


def _figures(text: str) -> list[Fact]:
    return [f for f in analyse(text).facts if f.kind == "figure"]


def _fact(text: str, surface: str) -> Fact:
    found = [f for f in _figures(text) if f.surface == surface]
    assert found, [f.surface for f in _figures(text)]
    return found[0]


def _questions(text: str, surface: str) -> list[GeneratedQuestion]:
    return fact_questions(_fact(text, surface), analyse(text).facts)


def _typed(questions: list[GeneratedQuestion]) -> GeneratedQuestion:
    return next(q for q in questions if q.kind == QuestionKind.SHORT_ANSWER)


def test_a_price_keeps_its_currency_sign_and_what_it_is_per() -> None:
    # Given a price whose "$" the model leaves out of its span, told per kilogram
    text = "Wholesale wool in Geelong climbed to $9.40 a kilogram on Thursday."
    fact = _fact(text, "$9.40 a kilogram")
    # Then it is one money figure, and its amount alone and "per kilogram" are fair keys
    assert fact.type == FineType.MONEY and fact.value == 9.4
    assert {"$9.40", "$9.40 per kilogram"} <= set(fact.aliases)
    text = "The ministry will pay growers €15 per tonne of recycled straw."
    assert _fact(text, "€15 per tonne").type == FineType.MONEY


def test_a_length_of_time_after_for_or_up_to_is_a_duration() -> None:
    # Given lengths the model types a clock time ("up to 36 hours", "for 48 hours")
    text = "Under the new rule, ferry crews may stay at sea for up to 36 hours."
    fact = _fact(text, "36 hours")
    assert fact.type == FineType.DURATION
    prompts = [q.prompt for q in _questions(text, "36 hours")]
    assert any(p.startswith("For up to how many hours may ferry crews stay") for p in prompts)
    # and a margin "by 4 seconds"
    text = "Okafor won the downhill by 4 seconds."
    prompts = [q.prompt for q in _questions(text, "4 seconds")]
    assert "By how many seconds did Okafor win the downhill?" in prompts
    # but a time something happened stays unasked ("after 12 minutes")
    text = "Lenz scored after 12 minutes at the Parkstadion."
    assert not [f for f in _figures(text) if "minutes" in f.surface]


def test_a_vote_tally_is_one_figure_asked_by_what_vote() -> None:
    # Given a tally in words: the model reads "seven" votes and a bare "two"
    text = "The town council approved the harbour bridge by seven votes to two."
    fact = _fact(text, "seven votes to two")
    assert fact.type == FineType.SCORE
    assert not [f for f in _figures(text) if f.surface == "seven"]
    questions = _questions(text, "seven votes to two")
    assert "By what vote did the town council approve the harbour bridge?" in [
        q.prompt for q in questions
    ]
    # Then "7-2" and "7 to 2" are marked right, and the choices cast as many votes
    typed = _typed(questions).to_data()
    for answer in ("7-2", "7 to 2", "seven to two", "seven votes to two"):
        assert check_answer(typed, answer).correct, answer
    choice = next(q for q in questions if q.kind == QuestionKind.MULTIPLE_CHOICE)
    assert all(c.endswith(" votes to " + c.split()[-1]) for c in choice.choices or [])
    assert all(c.split()[0] != "two" for c in choice.choices or [])  # the winner stays ahead


def test_a_tally_in_a_closing_participle_is_asked_with_the_main_subject() -> None:
    text = (
        "The appeals tribunal overturned the fine on Friday, ruling by 412 votes to 96 that "
        "the inspectors had exceeded their powers."
    )
    prompts = [q.prompt for q in _questions(text, "412 votes to 96")]
    assert (
        "By what vote did the appeals tribunal rule that the inspectors had exceeded their "
        "powers?" in prompts
    )


def test_a_winning_margin_by_a_count_is_asked_how_many() -> None:
    text = "Lancashire beat Somerset by 63 runs at Old Trafford."
    prompts = [q.prompt for q in _questions(text, "63")]
    assert any(p.startswith("By how many runs did Lancashire beat Somerset") for p in prompts)


def test_a_cricket_total_and_target_count_runs() -> None:
    # Given a bare number after "bowled out for" and "set ... to win" in a cricket report
    text = (
        "Set 288 to win, Kent lost four wickets before tea. Their last pair batted on, but "
        "Kent were bowled out for 201 in the final session."
    )
    target = _fact(text, "288")
    total = _fact(text, "201")
    assert target.unit == total.unit == "runs"
    assert "201 runs" in total.aliases
    assert "How many runs did Kent need to win?" in [q.prompt for q in _questions(text, "288")]
    # but the same words in a story that is not about cricket count nothing
    text = "Set 288 to win the quiz, the Harwich team lost early. The rest sold out for 201."
    assert not [f for f in _figures(text) if f.surface in ("201", "288")]


def test_a_count_per_day_is_asked_with_its_rate() -> None:
    text = "Postal workers in the trial took around 11,500 steps a day."
    fact = _fact(text, "11,500")
    assert fact.unit == "steps a day"
    assert {"11500", "11,500 steps", "11500 steps a day"} <= set(fact.aliases)
    prompts = [q.prompt for q in _questions(text, "11,500")]
    assert "About how many steps a day did postal workers in the trial take?" in prompts


def test_a_length_before_a_number_of_the_clause_is_still_a_duration() -> None:
    # Given "of 7.5 years, 930 patients": not "seven years and six months"
    text = "Over a follow-up of 7.5 years, 930 patients in the cohort developed asthma."
    assert _fact(text, "7.5 years").type == FineType.DURATION


def test_the_second_end_of_a_range_is_no_figure_and_large_values_print_plainly() -> None:
    text = "Members will pay between 4 and 9 guilders a month more from March."
    assert not [f for f in _figures(text) if f.surface.startswith("9")]
    assert format_plain(8199999.999999999) == "8200000"
    assert format_plain(2.5) == "2.5"
