"""``quizapp check`` on either engine: the app's consistency rules and their repairs.

SQLite's own checks (``PRAGMA integrity_check``, ``foreign_key_check``) are
SQLite's; PostgreSQL enforces its foreign keys and checks its storage itself
(``pg_amcheck``), so on a class bank the app's rules run alone, and their
repairs clamp with ``LEAST``/``GREATEST`` where SQLite says ``min``/``max``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import text

from quizapp.cli import main
from quizapp.content import sets
from quizapp.questiondata import QuestionData, SetData
from quizapp.store.bank import Bank, open_bank
from quizapp.store.integrity import full_check
from quizapp.study import learners, quiz, review_queue
from quizapp.study.answering import Answer

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
PLANTED = (
    "UPDATE cardstate SET stability = -1, difficulty = 20",
    "UPDATE reviewlog SET duration_ms = -40",
    "UPDATE quizattempt SET total = -2, correct = -1",
    "UPDATE learner SET desired_retention = 1.5, timezone = 'Mars/Olympus'",
)
FOUND = (
    "card states with stability out of range: 1",
    "card states with difficulty out of range: 1",
    "review rows with a negative duration: 2",
    "quiz attempts with negative counts: 1",
    "learners with desired retention outside (0, 1): 1",
    "learners with an unknown time zone: 1",
)


def studied(bank: Bank) -> None:
    """One learner who answered a question in review and in a finished quiz."""
    question = QuestionData(uid="q1", kind="short_answer", prompt="Q?", answer="a")
    sets.add_set(bank, SetData(name="Rivers", questions=[question]))
    me = learners.create_learner(bank, "ann").id
    item = review_queue.study_queue(bank, me, now=NOW)[0]
    review_queue.record_answer(
        bank,
        me,
        item.question_id,
        Answer(rating=3, response="a", correct=True, duration_ms=900, time=NOW),
    )
    run = quiz.start_quiz(bank, me, set_id=sets.list_sets(bank)[0].id, size=1, now=NOW)
    quiz.record_quiz_answer(
        bank,
        run.attempt_id,
        item.question_id,
        Answer(rating=3, response="a", correct=True, duration_ms=900, time=NOW),
    )
    quiz.finish_quiz(bank, run.attempt_id, now=NOW)


def plant(bank: Bank) -> None:
    with bank.engine.begin() as conn:
        for statement in PLANTED:
            conn.execute(text(statement))


def values(bank: Bank) -> tuple[Any, ...]:
    with bank.engine.connect() as conn:
        card = conn.execute(text("SELECT stability, difficulty FROM cardstate")).one()
        attempt = conn.execute(text("SELECT total, correct FROM quizattempt")).one()
        return (*card, *attempt)


@pytest.mark.both_engines
def test_check_finds_and_repairs_values_out_of_range(bank: Bank) -> None:
    studied(bank)
    assert full_check(bank, repair=False).lines() == [
        "integrity check ok; no inconsistencies found"
    ]
    plant(bank)
    found = "\n".join(full_check(bank, repair=False).lines())
    assert all(problem in found for problem in FOUND), found
    assert values(bank) == (-1, 20, -2, -1)  # a check alone changes nothing
    repaired = full_check(bank, repair=True)
    assert repaired.ok, repaired.lines()
    assert values(bank) == (0.001, 10, 0, 0)
    assert full_check(bank, repair=False).findings == []


def test_cli_check_on_a_class_bank(pg_cluster: Any, capsys: Any) -> None:
    with pg_cluster.fresh_database() as url:
        bank = open_bank(url)
        try:
            studied(bank)
            plant(bank)
            check_and_repair(bank, url, capsys)
        finally:
            bank.close()


def check_and_repair(bank: Bank, bank_url: str, capsys: Any) -> None:
    assert main(["check", "--db", bank_url]) == 1
    out = capsys.readouterr().out
    assert all(problem in out for problem in FOUND) and "can be repaired with --repair" in out
    assert "the server checks its own storage: pg_amcheck " in out
    assert main(["check", "--repair", "--db", bank_url]) == 0
    out = capsys.readouterr().out
    assert "repairing in one transaction (a copy first, as the owner: pg_dump" in out
    assert values(bank) == (0.001, 10, 0, 0)
    assert main(["check", "--db", bank_url]) == 0
    assert "no inconsistencies found" in capsys.readouterr().out
