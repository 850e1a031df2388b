"""The teacher's report of a set: learners' progress, questions' % correct, CSV."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from quizapp.content.sets import add_set
from quizapp.errors import QuizappError
from quizapp.questiondata import QuestionData, SetData
from quizapp.store.bank import Bank
from quizapp.study import learners, quiz, review_queue, teacher_report
from quizapp.study.answering import Answer

pytestmark = pytest.mark.both_engines  # every test here runs on SQLite and PostgreSQL

NOW = datetime(2026, 4, 1, 9, 0, tzinfo=UTC)


def answer(bank: Bank, learner: int, qid: int, correct: bool, at: datetime) -> None:
    review_queue.record_answer(
        bank,
        learner,
        qid,
        Answer(
            rating=3 if correct else 1, response="r", correct=correct, duration_ms=30_000, time=at
        ),
    )


def test_report_and_csv(bank: Bank, tmp_path: Path) -> None:
    questions = [QuestionData(uid=f"u{i}", kind="short_answer", prompt=f"Où est {i} ?",
                              answer="ici") for i in range(3)]  # fmt: skip
    summary = add_set(bank, SetData("Géo", questions=questions))
    add_set(bank, SetData("Else", questions=[QuestionData(uid="x", kind="flashcard",
                                                          prompt="x", answer="y")]))  # fmt: skip
    zoe = learners.create_learner(bank, "Zoé")
    amy = learners.create_learner(bank, "Amy")
    learners.create_learner(bank, "Max")  # never studied
    answer(bank, zoe.id, 1, True, NOW)
    answer(bank, zoe.id, 1, False, NOW + timedelta(days=2))
    answer(bank, zoe.id, 2, True, NOW)
    answer(bank, amy.id, 1, True, NOW)
    answer(bank, amy.id, 4, False, NOW)  # another set: not in this report

    report = teacher_report.set_report(bank, summary.id, now=NOW + timedelta(days=3))
    assert [p.name for p in report.learners] == ["Amy", "Max", "Zoé"]
    amy_row, max_row, zoe_row = report.learners
    assert (zoe_row.seen, zoe_row.answers, zoe_row.correct, zoe_row.percent) == (2, 3, 2, 66.7)
    assert zoe_row.minutes == 1.5 and zoe_row.last_studied == NOW + timedelta(days=2)
    assert (amy_row.seen, amy_row.answers, amy_row.percent) == (1, 1, 100.0)
    assert (max_row.seen, max_row.answers, max_row.percent) == (0, 0, None)
    assert [(q.uid, q.answers, q.correct, q.percent) for q in report.questions] == [
        ("u0", 3, 2, 66.7),
        ("u1", 1, 1, 100.0),
        ("u2", 0, 0, None),
    ]

    path = teacher_report.write_csv(report, tmp_path / "report.csv")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:3] == ["learner", "questions seen", "questions in set"]
    assert rows[3][:7] == ["Zoé", "2", "3", "0", "2", "3", "66.7"]  # both in short steps
    assert rows[4] == []
    assert rows[5] == ["question", "prompt", "kind", "answers", "% correct",
                       "Amy %", "Max %", "Zoé %"]  # fmt: skip
    assert rows[6] == ["u0", "Où est 0 ?", "short_answer", "3", "66.7", "100", "", "50"]
    assert rows[8][3:] == ["0", "", "", "", ""]


def test_unknown_set_and_unwritable_file(bank: Bank, tmp_path: Path) -> None:
    with pytest.raises(QuizappError, match="no set"):
        teacher_report.set_report(bank, 42, now=NOW)
    summary = add_set(bank, SetData("S", questions=[]))
    report = teacher_report.set_report(bank, summary.id, now=NOW)
    with pytest.raises(QuizappError, match="cannot write"):
        teacher_report.write_csv(report, tmp_path / "missing" / "r.csv")


def test_practice_answers_are_left_out_of_answers_and_percent_correct(bank: Bank) -> None:
    # Given one question Zoé gets right when it is due, then misses three times in
    # custom study outside the schedule (practice), and misses once in a quiz
    summary = add_set(bank, SetData("Géo", questions=[
        QuestionData(uid="u", kind="short_answer", prompt="Où ?", answer="ici")]))  # fmt: skip
    zoe = learners.create_learner(bank, "Zoé").id
    answer(bank, zoe, 1, True, NOW)
    for minute in range(1, 4):
        practice = Answer(0, "x", False, 30_000, NOW + timedelta(minutes=minute))
        review_queue.record_answer(bank, zoe, 1, practice)
    run = quiz.start_quiz(bank, zoe, set_id=summary.id, size=1, now=NOW + timedelta(hours=1))
    quiz.record_quiz_answer(bank, run.attempt_id, 1, Answer(1, "x", False, 30_000, NOW))
    # Then the teacher's report counts the scheduled and the quiz answer, as her own stats do
    report = teacher_report.set_report(bank, summary.id, now=NOW + timedelta(hours=2))
    (row,) = report.learners
    assert (row.answers, row.correct, row.percent) == (2, 1, 50.0)
    assert row.minutes == 2.5  # practice is still time spent
    (question,) = report.questions
    assert (question.answers, question.correct, question.by_learner) == (2, 1, {zoe: (2, 1)})
