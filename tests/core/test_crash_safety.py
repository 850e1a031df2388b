"""Crash safety: killed mid-review, read-only bank, full disk: no acknowledged answer is lost."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import event

from quizapp.content.sets import add_set
from quizapp.errors import QuizappError
from quizapp.questiondata import QuestionData, SetData
from quizapp.store.bank import Bank, open_bank
from quizapp.store.dberrors import install_storage_errors
from quizapp.store.integrity import check_before_open, integrity_problems
from quizapp.study import learners, review_queue
from quizapp.study.answering import Answer

KILLS = 15
NOW = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)

# The child answers questions in a loop and tells the parent after each answer is recorded,
# the way the review screen shows the next question only after record_answer returns.
CHILD = textwrap.dedent(
    """
    import sys
    from datetime import UTC, datetime, timedelta
    from quizapp.study import review_queue
    from quizapp.store.bank import open_bank

    path, learner_id, first = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    question_ids = [int(q) for q in sys.argv[4].split(",")]
    start = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
    bank = open_bank(path)
    print("READY", flush=True)
    n = first
    while True:
        question_id = question_ids[n % len(question_ids)]
        answer = review_queue.Answer(1 + n % 4, f"answer-{n}", n % 4 != 0, n % 5000,
                               start + timedelta(minutes=n))
        review_queue.record_answer(bank, learner_id, question_id, answer)
        print(f"ACK {question_id} {n}", flush=True)
        n += 1
    """
)


def filled_bank(bank: Bank, questions: int = 12) -> tuple[int, list[int]]:
    """A set of flashcards and one learner; returns the learner id and question ids."""
    cards = [
        QuestionData(uid=f"c{i}", kind="flashcard", prompt=f"Front {i}", answer=f"Back {i}")
        for i in range(questions)
    ]
    add_set(bank, SetData(name="Crash", questions=cards))
    learner = learners.create_learner(bank, "Kim")
    with bank.engine.connect() as conn:
        ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM question ORDER BY id")]
    return learner.id, ids


def responses(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT response FROM reviewlog")}
    finally:
        conn.close()


def run_and_kill(
    path: Path, learner_id: int, ids: list[int], first: int, rng: random.Random
) -> list[int]:
    """Start a child, let it answer a random number of questions, SIGKILL it; the ACKed numbers."""
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            CHILD,
            str(path),
            str(learner_id),
            str(first),
            ",".join(map(str, ids)),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    acked: list[int] = []
    try:
        assert child.stdout.readline().strip() == "READY"
        wanted = rng.randint(1, 25)
        while len(acked) < wanted:
            line = child.stdout.readline()
            assert line.startswith("ACK "), line
            acked.append(int(line.split()[2]))
        time.sleep(rng.random() * 0.02)  # land anywhere inside the next answer's transaction
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    # Whatever the child printed before it died was acknowledged too.
    acked += [
        int(line.split()[2]) for line in child.stdout.read().splitlines() if line.startswith("ACK ")
    ]
    child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    return acked


@pytest.mark.slow
def test_killing_the_app_mid_review_never_loses_an_acknowledged_answer(bank: Bank) -> None:
    # Given a bank with questions and a learner, closed by this process
    learner_id, ids = filled_bank(bank)
    assert bank.path is not None
    bank.close()
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    acknowledged: list[int] = []
    # When the reviewing process is killed at random points, again and again
    for kill in range(KILLS):
        acknowledged += run_and_kill(bank.path, learner_id, ids, kill * 100_000, rng)
    # Then every acknowledged answer is in the bank, and the bank is sound
    stored = responses(bank.path)
    missing = [n for n in acknowledged if f"answer-{n}" not in stored]
    assert missing == [], f"acknowledged answers lost (seed {seed}): {missing}"
    assert integrity_problems(bank.path) == []
    assert len(acknowledged) >= KILLS
    # and the app opens it as usual afterwards
    reopened = open_bank(bank.path)
    reopened.close()


@pytest.fixture
def read_only(bank: Bank) -> Iterator[Path]:
    """The bank file made unwritable: chmod, and as root (which ignores modes) chattr +i."""
    assert bank.path is not None
    path = bank.path
    bank.close()
    path.chmod(0o444)
    immutable = False
    if os.geteuid() == 0:
        immutable = subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode == 0
    try:
        try:
            with open(path, "r+b"):
                writable = True
        except OSError:
            writable = False
        if writable:
            pytest.skip("cannot make a file read-only here (root without chattr +i support)")
        yield path
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(path)], check=True)
        path.chmod(0o644)


@pytest.fixture
def answered(bank: Bank) -> list[str]:
    learner_id, ids = filled_bank(bank)
    for n, question_id in enumerate(ids[:5]):
        when = NOW + timedelta(minutes=n)
        review_queue.record_answer(
            bank,
            learner_id,
            question_id,
            Answer(rating=3, response=f"answer-{n}", correct=True, duration_ms=900, time=when),
        )
    return [f"answer-{n}" for n in range(5)]


def test_read_only_bank_is_refused_with_a_clear_message_and_keeps_its_answers(
    answered: list[str], read_only: Path
) -> None:
    before = read_only.read_bytes()
    with pytest.raises(QuizappError, match="read-only") as caught:
        check_before_open(read_only)
    assert "\n" not in str(caught.value) and str(read_only) in str(caught.value)
    assert read_only.read_bytes() == before
    assert set(answered) <= responses(read_only)


def test_answering_into_a_read_only_bank_is_a_clear_error_and_keeps_earlier_answers(
    answered: list[str], read_only: Path
) -> None:
    opened = open_bank(read_only)
    install_storage_errors(opened.engine)  # a no-op once bank.create_bank_engine installs it
    try:
        learner_id = 1
        with pytest.raises(QuizappError, match="read-only"):
            review_queue.record_answer(
                opened,
                learner_id,
                1,
                Answer(
                    rating=3,
                    response="late",
                    correct=True,
                    duration_ms=900,
                    time=NOW + timedelta(hours=1),
                ),
            )
    finally:
        opened.close()
    assert set(answered) <= responses(read_only)
    assert "late" not in responses(read_only)


def test_full_disk_is_a_clear_error_and_keeps_earlier_answers(bank: Bank) -> None:
    # Given a bank with answers, then no room to grow (SQLite's page limit plays the full disk)
    learner_id, ids = filled_bank(bank)
    review_queue.record_answer(
        bank,
        learner_id,
        ids[0],
        Answer(rating=3, response="kept", correct=True, duration_ms=900, time=NOW),
    )

    def no_room(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    install_storage_errors(bank.engine)  # a no-op once bank.create_bank_engine installs it
    event.listen(bank.engine, "connect", no_room)
    bank.engine.dispose()
    # When answers with long responses need new pages
    with pytest.raises(QuizappError, match="full") as caught:
        for n in range(200):
            review_queue.record_answer(
                bank,
                learner_id,
                ids[n % len(ids)],
                Answer(
                    rating=3,
                    response="x" * 20_000 + str(n),
                    correct=False,
                    duration_ms=900,
                    time=NOW + timedelta(minutes=n + 1),
                ),
            )
    # Then the message is one clear line and what was recorded before is still there
    assert "\n" not in str(caught.value)
    event.remove(bank.engine, "connect", no_room)
    bank.engine.dispose()
    assert bank.path is not None
    assert "kept" in responses(bank.path)
    assert integrity_problems(bank.path) == []


@pytest.mark.slow
def test_an_answer_waits_out_a_long_write_in_another_connection_instead_of_failing(
    bank: Bank,
) -> None:
    # Given a long write in another connection (an import running for 8 seconds)
    learner_id, ids = filled_bank(bank)
    assert bank.path is not None
    other = sqlite3.connect(bank.path, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO meta (key, value) VALUES ('long-import', 'running')")
    finish = threading.Timer(8.0, other.commit)
    finish.start()
    try:
        # When a learner answers meanwhile, Then the answer waits for it and is recorded
        review_queue.record_answer(
            bank,
            learner_id,
            ids[0],
            Answer(rating=3, response="patient", correct=True, duration_ms=900, time=NOW),
        )
    finally:
        finish.join()
        other.close()
    assert "patient" in responses(bank.path)
