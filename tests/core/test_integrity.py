"""Integrity: quick check on open, full check with safe repairs, clear storage errors."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from quizapp.cli import main
from quizapp.errors import BankError
from quizapp.store.bank import Bank, open_bank
from quizapp.store.dberrors import storage_error
from quizapp.store.integrity import (
    DamagedBankError,
    ensure_intact,
    full_check,
    integrity_problems,
    quick_check,
)
from quizapp.store.models import CardState, Learner, Question, QuestionSet, QuizAttempt, ReviewLog


def damage(path: Path) -> None:
    """Overwrite every page but the first (the schema) with garbage."""
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.seek(4096)
        handle.write(b"\xff" * (size - 4096))


def fill(bank: Bank) -> None:
    """A small sound bank: one set of three questions, two learners, cards and reviews."""
    with bank.session() as s:
        qset = QuestionSet(name="Demo")
        s.add(qset)
        s.flush()
        for n in range(3):
            s.add(
                Question(
                    set_id=qset.id or 0,
                    uid=f"q{n}",
                    position=n,
                    kind="multiple_choice",
                    prompt=f"Pick {n}",
                    answer=str(n),
                    choices=[str(n), "x", "y"],
                )
            )
        s.add(Learner(name="Ada"))
        s.add(Learner(name="Bob"))
        s.flush()
        s.add(QuizAttempt(learner_id=1, set_id=qset.id, total=3, correct=2))
        for learner_id in (1, 2):
            for question_id in (1, 2, 3):
                s.add(CardState(learner_id=learner_id, question_id=question_id, stability=3.0,
                                difficulty=5.0))  # fmt: skip
                s.add(ReviewLog(learner_id=learner_id, question_id=question_id, rating=3,
                                duration_ms=1200, correct=True))  # fmt: skip


def plant(path: Path, *statements: str) -> None:
    """Write rows the app never would, with foreign keys off as an old tool might."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA foreign_keys=OFF")
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def count(path: Path, sql: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


REPAIRABLE = (
    "UPDATE cardstate SET question_id = 999 WHERE id = 1",  # card without a question
    "UPDATE reviewlog SET learner_id = 999 WHERE id = 2",  # review without a learner
    "UPDATE reviewlog SET duration_ms = -40 WHERE id = 3",
    "UPDATE reviewlog SET rating = 7 WHERE id = 4",
    "UPDATE cardstate SET stability = -1, difficulty = 20 WHERE id = 5",
    "UPDATE learner SET desired_retention = 1.5, timezone = 'Mars/Olympus' WHERE id = 2",
    "UPDATE quizattempt SET retry_of = 999 WHERE id = 1",
    "INSERT INTO question (set_id, uid, position, kind, prompt, answer, accepted, tags,"
    " explanation) VALUES (42, 'lost', 0, 'flashcard', 'Front', 'Back', '[]', '[]', '')",
)
NEEDS_A_PERSON = (
    "UPDATE question SET answer = 'nowhere' WHERE id = 2",  # answer not among the choices
    "UPDATE question SET kind = 'essay' WHERE id = 3",
)


@pytest.fixture
def planted(bank: Bank) -> Iterator[Path]:
    fill(bank)
    assert bank.path is not None
    bank.close()
    plant(bank.path, *REPAIRABLE)
    yield bank.path


def check(path: Path, *, repair: bool) -> tuple[bool, list[str]]:
    opened = open_bank(path)
    try:
        report = full_check(opened, repair=repair)
    finally:
        opened.close()
    return report.ok, report.lines()


def test_sound_bank_passes(bank: Bank) -> None:
    fill(bank)
    report = full_check(bank, repair=False)
    assert report.ok
    assert report.lines() == ["integrity check ok; no inconsistencies found"]


def test_check_without_repair_reports_and_changes_nothing(planted: Path) -> None:
    before = (
        count(planted, "SELECT total_changes()"),
        count(planted, "SELECT COUNT(*) FROM cardstate"),
    )
    ok, lines = check(planted, repair=False)
    assert not ok
    text = "\n".join(lines)
    for problem in (
        "card states without a question: 1",
        "review rows without a learner: 1",
        "review rows with a negative duration: 1",
        "review rows with a rating outside 0-4: 1",
        "card states with stability out of range: 1",
        "card states with difficulty out of range: 1",
        "learners with desired retention outside (0, 1): 1",
        "learners with an unknown time zone: 1",
        "questions without a set: 1",
        "quiz attempts retrying a missing attempt: 1",
    ):
        assert problem in text
    assert "can be repaired with --repair" in text
    assert count(planted, "SELECT COUNT(*) FROM cardstate") == before[1]
    assert count(planted, "SELECT COUNT(*) FROM reviewlog WHERE duration_ms < 0") == 1


def test_repair_fixes_every_planted_problem(planted: Path) -> None:
    ok, lines = check(planted, repair=True)
    assert ok, lines
    assert all("repaired" in line for line in lines[1:])
    # Orphans are gone, values are back in range, sound rows are untouched
    assert count(planted, "SELECT COUNT(*) FROM cardstate WHERE question_id = 999") == 0
    assert count(planted, "SELECT COUNT(*) FROM reviewlog WHERE learner_id = 999") == 0
    assert count(planted, "SELECT COUNT(*) FROM question WHERE uid = 'lost'") == 0
    assert count(planted, "SELECT duration_ms FROM reviewlog WHERE id = 3") == 0
    assert count(planted, "SELECT rating FROM reviewlog WHERE id = 4") == 0
    assert count(
        planted, "SELECT stability = 0.001 AND difficulty = 10 FROM cardstate WHERE id = 5"
    )
    assert count(planted, "SELECT desired_retention = 0.9 FROM learner WHERE id = 2")
    assert count(planted, "SELECT timezone = 'UTC' FROM learner WHERE id = 2")
    assert count(planted, "SELECT retry_of IS NULL AND total = 3 FROM quizattempt WHERE id = 1")
    assert count(planted, "SELECT COUNT(*) FROM cardstate") == 5
    assert count(planted, "SELECT COUNT(*) FROM reviewlog") == 5
    # and a second check finds nothing left
    assert check(planted, repair=False) == (True, ["integrity check ok; no inconsistencies found"])


def test_invalid_questions_are_reported_not_guessed_at(planted: Path) -> None:
    plant(planted, *NEEDS_A_PERSON)
    ok, lines = check(planted, repair=True)
    assert not ok
    text = "\n".join(lines)
    assert "questions that break their kind's rules: 2 (not repaired: needs a person)" in text
    assert "Demo/q1: the answer 'nowhere' is not among the choices" in text
    assert "Demo/q2: unknown kind 'essay'" in text
    assert count(planted, "SELECT COUNT(*) FROM question WHERE kind = 'essay'") == 1


def test_cli_check_exit_status_follows_what_remains(
    planted: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--db", str(planted)]) == 1
    assert "card states without a question: 1" in capsys.readouterr().out
    assert main(["check", "--db", str(planted), "--repair"]) == 0
    out = capsys.readouterr().out
    assert "saved a backup before repairing" in out and "(repaired: deleted)" in out
    assert main(["check", "--db", str(planted)]) == 0


def test_cli_check_on_a_damaged_bank_says_so_and_writes_nothing(
    bank: Bank, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(bank)
    assert bank.path is not None
    bank.close()
    damage(bank.path)
    damaged = bank.path.read_bytes()
    assert main(["check", "--repair", "--db", str(bank.path)]) == 1
    out = capsys.readouterr().out
    assert "SQLite integrity check failed" in out and "quizapp restore --latest" in out
    assert bank.path.read_bytes() == damaged


def test_quick_check(bank: Bank, tmp_path: Path) -> None:
    assert bank.path is not None
    assert quick_check(bank.path)
    assert quick_check(tmp_path / "not-yet-created.sqlite3")
    text_file = tmp_path / "notes.sqlite3"
    text_file.write_text("this is not a database, just some words\n" * 200)
    assert not quick_check(text_file)
    bank.close()
    damage(bank.path)
    assert not quick_check(bank.path)
    assert integrity_problems(bank.path, quick=True)


def test_ensure_intact_refuses_a_damaged_bank_with_a_clear_message(bank: Bank) -> None:
    assert bank.path is not None
    ensure_intact(bank.path)
    bank.close()
    damage(bank.path)
    with pytest.raises(DamagedBankError, match=r"is damaged .*quizapp restore --latest"):
        ensure_intact(bank.path)


@pytest.mark.parametrize(
    ("sqlite_message", "expected"),
    [
        ("database or disk is full", "is full; free some space"),
        ("attempt to write a readonly database", "is read-only"),
        ("database is locked", "busy in another program"),
        ("disk I/O error", "disk I/O error"),
    ],
)
def test_storage_errors_become_one_clear_line(sqlite_message: str, expected: str) -> None:
    wrapped = OperationalError("INSERT ...", {}, sqlite3.OperationalError(sqlite_message))
    error = storage_error(wrapped, Path("/data/bank.sqlite3"))
    assert isinstance(error, BankError)
    assert expected in str(error)
    assert "/data/bank.sqlite3" in str(error)
    assert str(error).endswith("answers already recorded are kept")
    assert "\n" not in str(error)


def test_a_failed_read_does_not_talk_about_kept_answers() -> None:
    wrapped = OperationalError("SELECT ...", {}, sqlite3.OperationalError("disk I/O error"))
    error = storage_error(wrapped, Path("/data/bank.sqlite3"))
    assert (
        str(error)
        == "reading or writing the question bank /data/bank.sqlite3 failed (disk I/O error)"
    )


def test_other_errors_are_not_storage_errors() -> None:
    assert storage_error(ValueError("no such learner")) is None
