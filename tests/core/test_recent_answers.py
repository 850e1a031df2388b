"""Revision 0013: the answer ids leave the review log for a week-long table of recent answers.

A bank made at 0012 kept the client's id of every answer in ``reviewlog.answer_id``
(with a unique index). Upgrading keeps the ids of the last week (a retry of those is
still recorded once), drops the rest with the column, and gives the space back.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from alembic import command

from quizapp.store.backup import backups_folder
from quizapp.store.bank import (
    _alembic_config,
    create_bank_engine,
    migrate,
    open_bank,
    schema_revision,
)
from quizapp.store.migrations import HEAD
from quizapp.study import answer_once
from quizapp.study.answering import Answer

STAMP = "2026-01-02 03:04:05.000000"
OLD = 20_000  # reviews older than a week, each with an id
RECENT = 3  # reviews of the last day, each with an id


def sql_time(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")  # as the bank stores it


def bank_at_0012(path: Path, now: datetime) -> None:
    """OLD reviews a month old, then RECENT made in the last day, each with its answer id."""
    engine = create_bank_engine(f"sqlite:///{path}")
    migrate(engine, "0012")
    engine.dispose()
    conn = sqlite3.connect(path)
    conn.executescript(f"""
        INSERT INTO questionset (id, name, description, created_at, updated_at)
            VALUES (1, 'Old', '', '{STAMP}', '{STAMP}');
        INSERT INTO question (id, set_id, uid, position, kind, prompt, answer, accepted,
                              explanation, tags)
            VALUES (1, 1, 'q1', 0, 'flashcard', 'Front', 'Back', '[]', '', '[]');
        INSERT INTO learner (id, name, created_at, desired_retention, new_per_day,
                             day_start_hour, timezone)
            VALUES (1, 'Ada', '{STAMP}', 0.9, 20, 4, 'UTC');
        INSERT INTO cardstate (learner_id, question_id, state, step, stability, difficulty,
                               due, last_review, answers, correct)
            VALUES (1, 1, 2, NULL, 9.5, 4.0, '{sql_time(now)}', '{sql_time(now)}', 1, 0);
    """)
    times = [now - timedelta(days=30)] * OLD + [now - timedelta(hours=n) for n in range(RECENT)]
    conn.executemany(
        "INSERT INTO reviewlog (learner_id, question_id, response, correct, duration_ms, rating,"
        " reviewed_at, answer_id) VALUES (1, 1, '', 0, 900, 1, ?, ?)",
        [(sql_time(at), f"{n:032x}") for n, at in enumerate(times)],
    )
    conn.commit()
    conn.close()


def file_size(path: Path) -> int:
    wal = path.with_name(path.name + "-wal")
    return path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)


def test_an_upgraded_bank_keeps_the_last_weeks_ids_every_review_and_less_space(
    tmp_path: Path,
) -> None:
    # Given a 0012 bank whose 20,003 reviews each carry an answer id, three of them recent
    now = datetime.now(UTC)
    path = tmp_path / "old.sqlite3"
    bank_at_0012(path, now)
    before = file_size(path)
    # When today's app opens (and so upgrades) it
    bank = open_bank(path)
    try:
        assert schema_revision(bank.engine) == HEAD
        # Then a retry of a recent answer is still recorded once: it is the review already there
        retry = Answer(rating=3, response="", correct=True, duration_ms=5, time=now)
        last = f"{OLD:032x}"  # the newest review's id
        found = answer_once.record_answer_once(bank, 1, 1, retry, answer_id=last)
        assert found.review_id == OLD + 1
    finally:
        bank.close()
    conn = sqlite3.connect(path)
    try:
        kept = conn.execute("SELECT count(*) FROM reviewlog").fetchone()[0]
        ids = conn.execute("SELECT review_id, answer_id FROM recentanswer ORDER BY 1").fetchall()
        columns = {r[1] for r in conn.execute("PRAGMA table_info(reviewlog)")}
        free = conn.execute("PRAGMA freelist_count").fetchone()[0]
    finally:
        conn.close()
    # And every review is kept, only the last week's ids moved, the log holds none any more
    assert kept == OLD + RECENT
    assert ids == [(OLD + 1 + n, f"{OLD + n:032x}") for n in range(RECENT)]
    assert "answer_id" not in columns
    # And after a backup of the bank as it was, the space of the ids went back to the disk
    assert list(backups_folder(path).glob("*before-upgrade*"))
    assert free == 0
    assert file_size(path) < before * 0.75


def test_downgrading_puts_the_recent_ids_back_in_the_review_log(tmp_path: Path) -> None:
    # Given a bank at head with answers recorded under ids
    now = datetime.now(UTC)
    path = tmp_path / "old.sqlite3"
    bank_at_0012(path, now)
    bank = open_bank(path)
    bank.close()
    # When 0013 is taken back
    engine = create_bank_engine(f"sqlite:///{path}")
    config = _alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0012")
    assert schema_revision(engine) == "0012"
    engine.dispose()
    # Then the review log holds the recent ids again, under its unique index
    conn = sqlite3.connect(path)
    try:
        ids = conn.execute("SELECT id, answer_id FROM reviewlog WHERE answer_id IS NOT NULL")
        assert ids.fetchall() == [(OLD + 1 + n, f"{OLD + n:032x}") for n in range(RECENT)]
        index = "SELECT 1 FROM sqlite_master WHERE name = 'ux_reviewlog_answer_id'"
        assert conn.execute(index).fetchone() is not None
        assert conn.execute("SELECT count(*) FROM reviewlog").fetchone()[0] == OLD + RECENT
    finally:
        conn.close()
