"""Aiken import and its error rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.formats import aiken
from quizapp.questiondata import QuestionData

DATA = Path(__file__).parent / "data" / "formats"


def test_choices_with_parenthesis_dot_and_no_space_are_read() -> None:
    result = aiken.read(DATA / "sample.aiken")
    assert result.questions[:2] == [
        QuestionData(uid="q1", kind="multiple_choice",
                     prompt="Which planet is known as the red planet?", answer="Mars",
                     choices=["Venus", "Mars", "Jupiter"]),
        QuestionData(uid="q2", kind="multiple_choice",
                     prompt="What is the chemical symbol for gold?", answer="Au",
                     choices=["Ag", "Au", "Gd", "Pb"]),
    ]  # fmt: skip
    # The third question's key names no choice: an error at the ANSWER line
    assert [(e.line, e.problem) for e in result.errors] == [
        (17, "ANSWER 'C' names no choice (choices: A, B)")
    ]


RULES = [
    ("Stem?\nA) only\nANSWER: A\n", 1, "at least 2 choices"),
    ("A) orphan\nStem?\nA) a\nB) b\nANSWER: A\n", 1, "comes before any question"),
    ("ANSWER: A\nStem?\nA) a\nB) b\nANSWER: A\n", 1, "ANSWER line without a question"),
    ("Stem?\nA) a\nB) b\nNext stem?\nA) c\nB) d\nANSWER: B\n", 1, "no ANSWER line before the next"),
    ("Stem one\nstem continues\nA) a\nB) b\nANSWER: A\n", 1, "no ANSWER line before the next"),
    ("\n\nStem?\nA) a\nB) b\n", 3, "no ANSWER line before the end"),
    ("Stem?\nA) same\nB) same\nANSWER: A\n", 1, "appears twice"),
]


@pytest.mark.parametrize(("text", "line", "problem"), RULES)
def test_each_error_rule_names_its_line_and_the_rest_is_still_read(
    text: str, line: int, problem: str
) -> None:
    result = aiken.loads(text, "bad.aiken")
    assert len(result.errors) == 1, result.errors
    assert (result.errors[0].file, result.errors[0].line) == ("bad.aiken", line)
    assert problem in result.errors[0].problem
    assert all(q.kind == "multiple_choice" for q in result.questions)


def test_questions_after_a_bad_one_keep_their_numbers() -> None:
    text = "Bad?\nA) a\nANSWER: A\n\nGood?\nA) x\nB) y\nANSWER: B\n"
    result = aiken.loads(text)
    assert [(q.uid, q.answer) for q in result.questions] == [("q2", "y")]
