"""The window opens a bank with its whole-file check beside it; a damaged bank is never written."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from quizapp.errors import BankError
from quizapp.startup import open_app_bank, open_checking_behind, open_for_reading
from quizapp.store.filecheck import CheckBehind, opens_without_writing
from quizapp.store.migrations import HEAD
from quizapp.study import learners
from quizapp.study.quickview import BUNDLED_KEY


@pytest.fixture
def sound(tmp_path: Path) -> Path:
    """A closed bank with the bundled sets and a learner."""
    path = tmp_path / "bank.sqlite3"
    bank = open_app_bank(path)
    learners.create_learner(bank, "Ada")
    bank.close()
    return path


def damage_reviews(path: Path) -> bytes:
    """Garbage over the (empty) review table's page: ``quick_check`` finds it, while opening
    and the home screen read nothing there (damage as it is found in practice). The file's bytes.
    """
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'reviewlog'").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * size)
        handle.write(b"\x07" * size)
    return path.read_bytes()


def test_a_bank_that_opening_only_reads_is_checked_beside_the_opening(sound: Path) -> None:
    assert opens_without_writing(sound, HEAD, BUNDLED_KEY)
    bank, check = open_checking_behind(sound)
    try:
        assert check is not None
        # a write waits for the verdict, then goes through on a sound bank
        learners.create_learner(bank, "Grace")
        assert check.done() and check.problems() == []
        assert [x.name for x in learners.list_learners(bank)] == ["Ada", "Grace"]
    finally:
        bank.close()


def test_a_damaged_bank_opened_with_the_check_behind_is_never_written(sound: Path) -> None:
    # Given a bank damaged where opening does not read
    before = damage_reviews(sound)
    # When the window's opening opens it (the check still running or done)
    bank, check = open_checking_behind(sound)
    assert check is not None
    try:
        # Then reading works, but any write is refused, naming the restore
        assert [x.name for x in learners.list_learners(bank)] == ["Ada"]
        with pytest.raises(BankError, match="damaged") as refused:
            learners.create_learner(bank, "Grace")
        assert "restore" in str(refused.value)
        assert check.problems() != []
    finally:
        bank.close()
    # and the file is byte for byte as it was
    assert sound.read_bytes() == before


@pytest.mark.parametrize("why", ["wal file left", "not wal", "first start undone", "outdated"])
def test_a_bank_that_opening_would_write_is_checked_before_it(sound: Path, why: str) -> None:
    conn = sqlite3.connect(sound)
    if why == "not wal":
        conn.execute("PRAGMA journal_mode=DELETE")
    elif why == "first start undone":
        conn.execute("DELETE FROM meta WHERE key = ?", (BUNDLED_KEY,))
    elif why == "outdated":
        conn.execute("UPDATE alembic_version SET version_num = '0001'")
    conn.commit()
    conn.close()
    if why == "wal file left":
        sound.with_name(sound.name + "-wal").write_bytes(b"\0" * 4096)
    assert not opens_without_writing(sound, HEAD, BUNDLED_KEY)


def test_a_damaged_bank_that_opening_would_write_is_refused_before_opening(sound: Path) -> None:
    before = damage_reviews(sound)
    sound.with_name(sound.name + "-wal").write_bytes(b"\0" * 4096)  # as a crash leaves it
    with pytest.raises(BankError, match="damaged"):
        open_checking_behind(sound)
    assert sound.read_bytes() == before


def test_a_stopped_check_gives_no_verdict_and_refuses_writes(sound: Path) -> None:
    check = CheckBehind(sound)
    check.stop()
    assert check.stopped and check.problems() != []


def test_a_bank_opened_for_reading_cannot_be_written(sound: Path) -> None:
    # Given a damaged bank opened for a command that only reads (no check first)
    before = damage_reviews(sound)
    bank = open_for_reading(sound)
    assert bank is not None
    try:
        # Then it reads, and a write (by mistake) is refused: nothing can reach the file
        assert [x.name for x in learners.list_learners(bank)] == ["Ada"]
        with pytest.raises(BankError, match="read-only"):
            learners.create_learner(bank, "Grace")
    finally:
        bank.close()
    assert sound.read_bytes() == before


def test_a_bank_that_opening_would_write_is_not_opened_for_reading(sound: Path) -> None:
    sound.with_name(sound.name + "-wal").write_bytes(b"\0" * 4096)
    assert open_for_reading(sound) is None


def test_stopping_a_check_that_just_closed_its_connection_is_quiet(sound: Path) -> None:
    # Given a check whose connection is closed while its thread has not ended yet
    check = CheckBehind(sound)
    assert check.problems() == []  # the check's own thread closed its connection
    ending = threading.Event()
    still_running = threading.Thread(target=ending.wait)
    still_running.start()
    check._thread = still_running  # the moment between closing and the thread's end
    threading.Timer(0.01, ending.set).start()
    # When the window (or a command) stops it, then nothing is raised and it is stopped
    check.stop()
    assert check.stopped and check.done()
