"""Trivia a blind judge rejected as gaps (issue 16); the texts are invented for these tests.

Before this change the generator asked how many times a pier "had been mended" in a
relative clause and how many times a speaker "missed the bus" inside a quotation, the
number of a fixed compound an ordinal counts ("her second ___-goal game") or that the title
repeats, the hall where a mayor spoke to reporters, and the month a ferry line said its
ramp had passed a check.
"""

from __future__ import annotations

from quizapp.generator import generate
from quizapp.generator.checks.repeated_compounds import compound_repeated
from quizapp.generator.pipeline import analyse
from quizapp.generator.ranking import subject_of, trivia

PIER = (
    "Storm closes Halvik pier\n\n"
    "The Halvik Ferry Company suspended all sailings from Halvik on Tuesday after waves "
    "damaged the pier. Engineers are inspecting the timber piles, which fishermen say had "
    "been mended twice last winter. The Halvik Ferry Company said the ramp had passed a "
    "safety check in March. Mayor Tobias Lind told reporters at Strand Hall that the pier "
    'would reopen within a month. "We missed the morning boat twice and still got home," '
    "said Ines Valk, a teacher."
)
CUP = (
    "Brenna Rovers win the regional cup\n\n"
    "Brenna Rovers beat Talmouth 3-1 in the final on Saturday. "
    "Brenna Rovers have now won the regional cup twice."
)
HOCKEY = (
    "Ayla Moss's four-goal night sinks Vantor\n\n"
    "Kessing Hawks beat Vantor 7-2 on Friday. Ayla Moss scored four goals for the Hawks, "
    "and Ayla Moss completed her second three-goal game of the season in the second period. "
    "Moss, a 22-year-old forward, has 31 goals this year and sealed the match with a "
    "four-goal display in front of 6,000 fans."
)


def _why(text: str) -> dict[str, str]:
    facts = analyse(text).facts
    subject = subject_of(facts)
    return {f.surface: trivia(f, subject) for f in facts}


def test_a_count_of_times_in_a_side_clause_or_a_quotation_is_trivia() -> None:
    why = _why(PIER)
    times = [f for f in analyse(PIER).facts if f.surface == "twice"]
    assert len(times) == 2
    subject = subject_of(analyse(PIER).facts)
    reasons = sorted(trivia(f, subject) for f in times)
    assert reasons[0].startswith("a number of times inside a quotation"), reasons
    assert reasons[1].startswith("a number of times told in a side clause"), reasons
    assert "twice" not in [q.answer for q in generate(PIER)], why


def test_a_count_of_times_that_is_its_sentence_s_point_is_no_trivia() -> None:
    assert _why(CUP)["twice"] == ""


def test_where_someone_spoke_to_reporters_is_trivia() -> None:
    why = _why(PIER)
    assert why["Strand Hall"].startswith("where someone spoke"), why
    assert "Strand Hall" not in [q.answer for q in generate(PIER)]


def test_the_month_of_an_earlier_event_a_speaker_cites_is_trivia() -> None:
    why = _why(PIER)
    assert why["March"].startswith("the month of an earlier event someone cites"), why


def test_the_number_of_a_compound_an_ordinal_counts_or_the_title_repeats_is_not_asked() -> None:
    analysis = analyse(HOCKEY)
    by = {f.surface: f for f in analysis.facts}
    assert compound_repeated(by["three"], analysis.sentences)  # "her second three-goal game"
    four = [f for f in analysis.facts if f.surface == "four" and "display" in f.sentence.text]
    assert four and compound_repeated(four[0], analysis.sentences)  # the title's "four-goal"
    assert not compound_repeated(by["6,000"], analysis.sentences)
    asked = [q.prompt for q in generate(HOCKEY)]
    assert not any("___-goal" in p for p in asked), asked
