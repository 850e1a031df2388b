"""Grading: a range key needs both ends in any form, a bound in another word of its sense,
a team's other name part, a role before a quoted speaker's name (issue 16)."""

from __future__ import annotations

from quizapp.questiondata import FactKind, QuestionData
from quizapp.study.grading import check_answer


def _cloze(answer: str, accepted: list[str], tags: list[str] | None = None) -> QuestionData:
    return QuestionData(
        uid="q", kind="cloze", prompt="The valley holds ___ of them.", answer=answer,
        accepted=accepted, tags=tags or [], fact_kind=FactKind.ACTOR,
    )  # fmt: skip


def test_a_range_typed_in_another_form_is_right() -> None:
    q = _cloze("between 2,500 and 7,200", ["between 2500 and 7200"])
    for typed in ("2,500 to 7,200", "2500-7200", "2500 – 7200", "from 2,500 to 7,200"):
        assert check_answer(q, typed).correct, typed
    assert not check_answer(q, "2,500 to 7,000").correct
    q = _cloze("1,800 to 3,900 metres", [])
    assert check_answer(q, "1800-3900 m").correct
    assert check_answer(q, "between 1,800 and 3,900 metres").correct
    assert not check_answer(q, "1800-3900 km").correct


def test_one_end_of_a_range_is_wrong_even_when_accepted() -> None:
    q = _cloze("between 2,500 and 7,200", ["2500", "2500 lynxes"])
    assert not check_answer(q, "2500").correct
    assert not check_answer(q, "2,500 lynxes").correct
    assert not check_answer(q, "7,200").correct
    q = _cloze("1,800 to 3,900 metres", ["1800"])
    assert not check_answer(q, "1800").correct


def test_a_score_is_no_range() -> None:
    q = _cloze("3-1", [])
    assert check_answer(q, "3-1").correct
    assert check_answer(q, "3:1").correct
    assert not check_answer(q, "1-3").correct


def test_a_bound_in_another_word_of_its_sense() -> None:
    q = _cloze("above 4,200 metres", ["4200"])
    assert check_answer(q, "over 4,200 m").correct
    assert check_answer(q, "more than 4200 metres").correct
    assert not check_answer(q, "less than 4200 metres").correct
    assert not check_answer(q, "over 4,300 m").correct


def test_the_other_part_of_a_team_name_the_key_cuts() -> None:
    q = _cloze("Wanderers", ["Millbrook Wanderers"], ["actors", "org"])
    assert check_answer(q, "Millbrook").correct
    assert check_answer(q, "Millbrook Wanderers").correct
    assert not check_answer(q, "Eastfield").correct
    untagged = _cloze("Wanderers", ["Millbrook Wanderers"])
    assert check_answer(untagged, "Millbrook").correct
    person = _cloze("Okonjo", ["Adaeze Okonjo"])
    assert not check_answer(person, "Adaeze").correct


def test_a_role_before_a_quoted_speaker_untagged() -> None:
    q = QuestionData(
        uid="q", kind="short_answer", prompt="Who said this: “We will rebuild”?",
        answer="Tomas Reyk", accepted=["Reyk"], fact_kind=FactKind.QUOTE,
    )  # fmt: skip
    assert check_answer(q, "district officer Tomas Reyk").correct
    assert check_answer(q, "Ostby mayor Tomas Reyk").correct
    assert not check_answer(q, "Anna Reyk").correct


def test_a_share_in_words_for_its_percentage() -> None:
    q = _cloze("75%", ["75"])
    assert check_answer(q, "three quarters").correct
    assert not check_answer(q, "a quarter").correct
    q = _cloze("a tenth", ["10 percent"])
    assert check_answer(q, "one tenth of the forest").correct
    assert not check_answer(q, "a fifth").correct


def test_a_count_with_the_noun_it_counts() -> None:
    q = _cloze("five", ["5", "5 wooden bridges", "five wooden bridges"])
    assert check_answer(q, "5 bridges").correct
    assert check_answer(q, "five bridges").correct
    assert not check_answer(q, "6 bridges").correct
    assert not check_answer(q, "5 wooden").correct


def test_two_words_sharing_a_head_written_out() -> None:
    q = _cloze("Northern and Western Europe", [])
    assert check_answer(q, "Northern Europe and Western Europe").correct
    assert check_answer(q, "northern & western europe").correct
    assert not check_answer(q, "Northern Europe").correct


def test_double_for_twice_and_a_noble_title_before_the_name() -> None:
    assert check_answer(_cloze("twice", []), "double").correct
    assert not check_answer(_cloze("twice", []), "triple").correct
    person = _cloze("Osric", [], ["actors", "person"])
    assert check_answer(person, "Earl Osric").correct


def test_a_count_without_its_scale_or_unit_word_is_wrong() -> None:
    for key, typed in (
        ("3 million litres", "3 litres"),
        ("10 thousand people", "10 people"),
        ("2 square kilometres", "2 kilometres"),
        ("5 cubic metres", "5 metres"),
    ):
        assert not check_answer(_cloze(key, []), typed).correct, typed
    assert check_answer(_cloze("4 stepped terraces", []), "4 terraces").correct
