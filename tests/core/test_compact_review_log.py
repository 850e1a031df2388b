"""The review log keeps the card before each answer in columns: undo stays exact, old banks convert.

Banks made before revision 0005 kept that card as a JSON document (fsrs's
``Card.to_dict``) in ``card_before``; 0005 moves it into ``prev_`` columns.
"""

from __future__ import annotations

import json
import random
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from fsrs import Card, State

from quizapp.content.sets import add_set
from quizapp.questiondata import QuestionData, SetData
from quizapp.store.backup import backups_folder
from quizapp.store.bank import Bank, create_bank_engine, migrate, open_bank, schema_revision
from quizapp.store.migrations import HEAD
from quizapp.study import learners, review_queue
from quizapp.study.answering import Answer

NOW = datetime(2026, 3, 2, 9, 15, 30, 123456, tzinfo=UTC)
STAMP = "2026-01-02 03:04:05.000000"
CARD_COLUMNS = "state, step, stability, difficulty, due, last_review, answers, correct"


def cards(path: Path) -> dict[int, tuple[Any, ...]]:
    """Every card row as the bank stores it, by question id."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(f"SELECT question_id, {CARD_COLUMNS} FROM cardstate").fetchall()
        return {row[0]: row[1:] for row in rows}
    finally:
        conn.close()


def test_undo_after_many_answers_restores_every_card_exactly(bank: Bank) -> None:
    # Given a learner who answers four cards 40 times with random grades at odd instants
    questions = [QuestionData(uid=f"c{i}", kind="flashcard", prompt=f"F{i}", answer=f"B{i}")
                 for i in range(4)]  # fmt: skip
    add_set(bank, SetData(name="Cards", questions=questions))
    ann = learners.create_learner(bank, "Ann")
    assert bank.path is not None
    rng = random.Random(11)
    states = [cards(bank.path)]
    at = NOW
    for _ in range(40):
        at += timedelta(hours=rng.randrange(1, 200), microseconds=rng.randrange(10**6))
        review_queue.record_answer(
            bank,
            ann.id,
            rng.randrange(1, 5),
            Answer(rating=rng.randrange(1, 5), response="", correct=True, duration_ms=700, time=at),
        )
        states.append(cards(bank.path))
    # When every answer is taken back, one by one
    for expected in reversed(states[:-1]):
        assert review_queue.undo_last(bank, ann.id) is not None
        # Then each time every card is exactly as it was before that answer
        assert cards(bank.path) == expected
    assert review_queue.undo_last(bank, ann.id) is None


def old_bank(path: Path, reviews: list[dict[str, Any] | None]) -> None:
    """A bank at revision 0004 with one review per entry (card_before as 0004 stored it)."""
    engine = create_bank_engine(f"sqlite:///{path}")
    migrate(engine, "0004")
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
            VALUES (1, 1, 2, NULL, 9.5, 4.0, '{STAMP}', '{STAMP}', {len(reviews)}, 0);
    """)
    conn.executemany(
        "INSERT INTO reviewlog (learner_id, question_id, response, correct, duration_ms, rating,"
        " reviewed_at, card_before) VALUES (1, 1, ?, 0, 900, 1, ?, ?)",
        [
            (f"answer-{n}", STAMP, json.dumps(saved if saved else {"new": True}))
            for n, saved in enumerate(reviews)
        ],
    )
    conn.commit()
    conn.close()


def snapshot(card: Card) -> dict[str, Any]:
    return dict(card.to_dict())  # what 0004's scheduler.snapshot stored


def test_an_upgraded_old_bank_keeps_every_review_and_undo_restores_its_card(
    tmp_path: Path,
) -> None:
    # Given a 0004 bank with 45,000 reviews (more than one conversion chunk), the last one
    # made on a card whose times have no microseconds and whose stability was 0.0
    learning = Card(card_id=1, state=State.Learning, step=1, stability=0.0, difficulty=6.25,
                    due=datetime(2026, 1, 5, 8, 0, tzinfo=UTC),
                    last_review=datetime(2026, 1, 5, 7, 50, tzinfo=UTC))  # fmt: skip
    relearning = Card(card_id=1, state=State.Relearning, step=0, stability=2.1234567891,
                      difficulty=7.5, due=datetime(2026, 1, 4, 8, 0, 1, 5, tzinfo=UTC),
                      last_review=datetime(2026, 1, 4, 7, 59, 59, 999999, tzinfo=UTC))  # fmt: skip
    history: list[dict[str, Any] | None] = [None, snapshot(relearning)] * 22_499
    history += [None, snapshot(relearning), snapshot(learning)]
    path = tmp_path / "old.sqlite3"
    old_bank(path, history)
    # When today's app opens it
    bank = open_bank(path)
    try:
        assert schema_revision(bank.engine) == HEAD
        # Then every review is still there, in order, with the card it was made on
        conn = sqlite3.connect(path)
        rows = conn.execute(
            "SELECT response, prev_state, prev_step, prev_stability FROM reviewlog ORDER BY id"
        ).fetchall()
        columns = {r[1] for r in conn.execute("PRAGMA table_info(reviewlog)")}
        conn.close()
        assert [r[0] for r in rows] == [f"answer-{n}" for n in range(len(history))]
        assert rows[:2] == [("answer-0", None, None, None), ("answer-1", 3, 0, 2.1234567891)]
        assert "card_before" not in columns
        # and undo puts back the exact card of the last review, then of the ones before
        assert review_queue.undo_last(bank, 1) == 1
        assert review_queue.current_card(bank, 1, 1) == learning
        assert review_queue.undo_last(bank, 1) == 1
        assert review_queue.current_card(bank, 1, 1) == relearning
        assert review_queue.undo_last(bank, 1) == 1
        assert review_queue.current_card(bank, 1, 1) is None  # that answer was its first
    finally:
        bank.close()


def file_size(path: Path) -> int:
    wal = path.with_name(path.name + "-wal")
    return path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)


def test_the_upgrade_gives_the_old_logs_space_back_after_its_backup(tmp_path: Path) -> None:
    # Given a 0004 bank whose review log holds a JSON copy of the card in each of 20,000 rows
    card = Card(card_id=1, state=State.Review, step=None, stability=12.5, difficulty=5.5,
                due=datetime(2026, 1, 9, 8, 0, tzinfo=UTC),
                last_review=datetime(2026, 1, 2, 8, 0, tzinfo=UTC))  # fmt: skip
    path = tmp_path / "old.sqlite3"
    old_bank(path, [snapshot(card)] * 20_000)
    before = file_size(path)
    # When today's app opens (and so upgrades) it
    bank = open_bank(path)
    bank.close()
    # Then a backup of the bank as it was came first, every review is kept with its card,
    # and the file holds no empty pages: the space the log's rows freed went back to the disk
    assert list(backups_folder(path).glob("*before-upgrade*"))
    conn = sqlite3.connect(path)
    try:
        kept = conn.execute("SELECT count(*), min(prev_stability) FROM reviewlog").fetchone()
        free = conn.execute("PRAGMA freelist_count").fetchone()[0]
    finally:
        conn.close()
    assert kept == (20_000, 12.5)
    assert free == 0
    assert file_size(path) < before * 0.6
