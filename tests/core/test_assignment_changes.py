"""Changing an assignment some learners already did: the command line says what it does."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from typing import Any

from quizapp.cli import main
from quizapp.content import sets
from quizapp.questiondata import QuestionData, SetData
from quizapp.store.bank import Bank
from quizapp.study import assignments, learners, quiz
from quizapp.study.answering import Answer
from quizapp.study.assignments import AssignmentInfo

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _set(bank: Bank, name: str, size: int) -> None:
    questions = [QuestionData(uid=f"q{i}", kind="short_answer", prompt=f"{name} {i}?",
                              answer=f"a{i}") for i in range(size)]  # fmt: skip
    sets.add_set(bank, SetData(name=name, questions=questions))


def take(bank: Bank, learner_id: int, work: AssignmentInfo, right: int, at: datetime) -> None:
    """Take the assignment's quiz, getting the first ``right`` questions right."""
    run = assignments.start_assigned(bank, learner_id, work, now=at, rng=random.Random(1))
    for n, item in enumerate(run.items):
        quiz.record_quiz_answer(
            bank, run.attempt_id, item.question_id, Answer(3, "x", n < right, 1000, at)
        )
    quiz.finish_quiz(bank, run.attempt_id, now=at + timedelta(minutes=2))


def test_changing_the_pass_mark_after_results_says_so(
    bank: Bank, bank_url: str, capsys: Any
) -> None:
    # Given Rivers assigned (5 questions, pass mark 60 %), Ann passed it with 80 %, Ben not yet
    _set(bank, "Rivers", 10)
    ann = learners.create_learner(bank, "Ann").id
    learners.create_learner(bank, "Ben")
    due = (date.today() + timedelta(days=3)).isoformat()
    assign = ["class", "assign", "Rivers", "--due", due, "--db", bank_url]
    assert main([*assign, "--quiz-length", "5", "--pass-mark", "60"]) == 0
    (work,) = assignments.list_assignments(bank)
    take(bank, ann, work, 4, NOW)
    capsys.readouterr()
    # When the teacher raises the pass mark to 90
    assert main([*assign, "--quiz-length", "5", "--pass-mark", "90"]) == 0
    # Then a note says who has results and that the new mark judges them
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("changed: Rivers")
    assert out[1] == (
        "note: 1 learner already has results: they will be judged by the new pass mark "
        "(60% → 90%), so passed or not may change."
    )
    # And a new length says her quiz of 5 questions still counts
    assert main([*assign, "--quiz-length", "10", "--pass-mark", "90"]) == 0
    assert capsys.readouterr().out.splitlines()[1] == (
        "note: 1 learner already has results: their quizzes of 5 questions still count as taken."
    )
    # And a new due day alone changes nothing of the results: no note
    later = (date.today() + timedelta(days=9)).isoformat()
    argv = ["class", "assign", "Rivers", "--due", later, "--quiz-length", "10"]
    assert main([*argv, "--pass-mark", "90", "--db", bank_url]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1
