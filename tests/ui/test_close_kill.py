"""Killed while closing (the close backup running on its worker thread): no answer is lost.

Real processes: the app (``run_app``, offscreen) answers cards through its review
screen, is asked to close, and is killed by SIGKILL at a random moment of the close.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from quizapp.content.sets import add_set
from quizapp.questiondata import QuestionData, SetData
from quizapp.startup import open_app_bank
from quizapp.store import backup
from quizapp.store.filecheck import integrity_problems
from quizapp.study import learners

KILLS = 6
ANSWERS = 3

CHILD = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication
    from quizapp.cli import exit_now
    from quizapp.ui.app import run_app

    def ready():
        window = next(w for w in QApplication.topLevelWidgets() if hasattr(w, "review_screen"))
        if window.bank is None:
            from PySide6.QtCore import QTimer
            QTimer.singleShot(10, ready)
            return
        from quizapp.content import sets
        # the flashcards of the test's own set (the bundled set's kinds are answered otherwise)
        window.start_review(next(s.id for s in sets.list_sets(window.bank) if s.name == "Close"))
        screen = window.review_screen
        for n in range(int(sys.argv[2])):
            screen.card.input.submitted.emit()  # reveal the flashcard
            screen._on_grade(3)
            print(f"ACK {n}", flush=True)
        print("CLOSING", flush=True)
        window.close()

    exit_now(run_app(sys.argv[1], ready=ready))  # as the installed program ends (cli.run)
    """
)


def answers(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM reviewlog").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    (folder / "config").mkdir()
    return folder


def big_bank(path: Path, home: Path) -> None:
    """Enough flashcards that the close backup takes a while; the learner 'Kim'."""
    os.environ["QUIZAPP_HOME"] = str(home)
    bank = open_app_bank(path)
    cards = [
        QuestionData(uid=f"c{i}", kind="flashcard", prompt=f"Front {i} {'x' * 400}", answer="B")
        for i in range(4000)
    ]
    add_set(bank, SetData(name="Close", questions=cards))
    learners.create_learner(bank, "Kim", new_per_day=50, timezone="UTC")
    bank.close()
    from quizapp.settings import load_settings, save_settings

    settings = load_settings()
    settings.last_learner = "Kim"
    save_settings(settings)


def close_once(path: Path, home: Path, kill_after: float | None) -> tuple[int, float, int]:
    """Run the app: answer, close; SIGKILL ``kill_after`` s into the close (None: let it end).

    Returns the answers it acknowledged, how long the close took (or ran), the exit status.
    """
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QUIZAPP_HOME=str(home))
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(path), str(ANSWERS)],
                             stdout=subprocess.PIPE, text=True, env=env)  # fmt: skip
    assert child.stdout is not None
    acked = 0
    try:
        for line in child.stdout:
            if line.startswith("ACK "):
                acked += 1
            if line.startswith("CLOSING"):
                break
        began = time.monotonic()
        if kill_after is not None:
            time.sleep(kill_after)
            child.send_signal(signal.SIGKILL)
        child.wait(timeout=120)
        took = time.monotonic() - began
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()
    return acked, took, child.returncode


@pytest.mark.slow
def test_a_kill_while_closing_loses_no_answer(tmp_path: Path, home: Path) -> None:
    # Given a bank with a learner, answered in the app and closed once (its close time)
    path = tmp_path / "bank.sqlite3"
    big_bank(path, home)
    acked, close_time, status = close_once(path, home, None)
    assert acked == ANSWERS and answers(path) == ANSWERS
    # (a clean exit: status 0, the bank closed, its WAL folded back, the settings kept)
    assert status == 0 and not path.with_name(path.name + "-wal").exists()
    assert (home / "config").is_dir() and any((home / "config").iterdir())
    assert [b.reason for b in backup.list_backups(path)] == ["close"]
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    total = ANSWERS
    for _ in range(KILLS):
        # the close backup runs each time: the last one is made to look old
        for item in backup.list_backups(path):
            item.path.unlink()
        # When the app is killed at a random moment of its close
        acked, _took, _status = close_once(path, home, rng.random() * close_time)
        total += acked
        # Then every answer it acknowledged is in the bank, which is sound
        assert answers(path) == total, f"seed {seed}"
    assert integrity_problems(path) == []
    # and no half-made backup carries a backup's name
    for item in backup.list_backups(path):
        assert integrity_problems(item.path, quick=True) == [], f"seed {seed}"
