"""Grading: a role (with its body's name) before the key's name, a currency abbreviation
before the number (issue 16)."""

from __future__ import annotations

from quizapp.questiondata import QuestionData
from quizapp.study.grading import check_answer


def _short(answer: str) -> QuestionData:
    return QuestionData(uid="q", kind="short_answer", prompt="Who said it?", answer=answer)


def test_a_body_and_a_role_before_the_name_are_accepted() -> None:
    assert check_answer(_short("Lena Ashdown"), "Corvane CEO Lena Ashdown").correct
    assert check_answer(
        _short("Lena Ashdown"), "Corvane Foods chief executive Lena Ashdown"
    ).correct
    assert check_answer(_short("Tomas Reyk"), "ranger Tomas Reyk").correct
    assert not check_answer(_short("Lena Ashdown"), "Maria Ashdown").correct
    assert not check_answer(_short("Lena Ashdown"), "Dean Ashdown").correct


def test_a_currency_abbreviation_before_the_number() -> None:
    assert check_answer(_short("350,000 rupees"), "Rs 350,000").correct
    assert check_answer(_short("350,000 rupees"), "Rs350,000").correct
    assert check_answer(_short("12 million rupiah"), "Rp 12 million").correct
    assert check_answer(_short("75 zloty"), "zł 75").correct
    assert not check_answer(_short("350,000 rupees"), "Rs 35,000").correct
    assert not check_answer(_short("350,000 rupees"), "$350,000").correct
