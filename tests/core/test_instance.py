"""One quizapp process per bank."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from quizapp import paths
from quizapp.store.instance import BankInUseError, BankLock, bank_file, lock_bank, lock_path

HOLDER = textwrap.dedent(
    """
    import sys, time
    from quizapp.store.instance import lock_bank
    lock = lock_bank(sys.argv[1])
    print("LOCKED", flush=True)
    time.sleep(60)
    """
)


def start_holder(bank_path: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(bank_path)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "LOCKED"
    return child


def test_second_lock_in_the_same_process_is_refused(tmp_path: Path) -> None:
    bank_path = tmp_path / "bank.sqlite3"
    with lock_bank(bank_path):
        with pytest.raises(BankInUseError) as caught:
            lock_bank(bank_path)
        assert str(caught.value) == (
            f"the question bank {bank_path} is already open in another quizapp window "
            f"(pid {os.getpid()}); close that window first"
        )
    # Released at the end of the block: the next one gets it
    with lock_bank(bank_path) as again:
        assert again.held


def test_another_process_holding_the_bank_is_named_and_its_death_frees_the_bank(
    tmp_path: Path,
) -> None:
    bank_path = tmp_path / "bank.sqlite3"
    child = start_holder(bank_path)
    try:
        with pytest.raises(BankInUseError, match=rf"another quizapp window \(pid {child.pid}\)"):
            lock_bank(bank_path)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        assert child.stdout is not None
        child.stdout.close()
    # A killed holder leaves no stale lock behind
    lock = lock_bank(bank_path)
    assert lock.held
    lock.release()


def test_different_banks_do_not_block_each_other(tmp_path: Path) -> None:
    with lock_bank(tmp_path / "a.sqlite3"), lock_bank(tmp_path / "b.sqlite3") as second:
        assert second.held


def test_lock_file_sits_next_to_the_bank(tmp_path: Path) -> None:
    assert lock_path(tmp_path / "bank.sqlite3") == tmp_path / "bank.sqlite3.lock"
    assert bank_file(None) == paths.bank_path().resolve()
    assert bank_file(tmp_path / "x.sqlite3") == (tmp_path / "x.sqlite3").resolve()


def test_default_bank_is_locked_when_no_path_is_given() -> None:
    with lock_bank(), pytest.raises(BankInUseError):
        lock_bank(paths.bank_path())


def test_server_banks_need_no_file_lock() -> None:
    lock = lock_bank("postgresql://quiz@localhost/quiz")
    assert not lock.held
    lock.release()


def test_release_is_safe_to_repeat(tmp_path: Path) -> None:
    lock = BankLock(tmp_path / "bank.sqlite3")
    lock.release()
    lock.acquire()
    lock.acquire()  # taking it twice is harmless
    lock.release()
    lock.release()
    assert not lock.held
    with lock_bank(tmp_path / "bank.sqlite3") as other:
        assert other.held


LINUX = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the lock covers the file itself on Linux"
)


@LINUX
def test_every_name_of_the_bank_finds_the_same_lock(tmp_path: Path) -> None:
    # Given a bank file held by another process through its plain path
    bank_path = tmp_path / "bank.sqlite3"
    sqlite3.connect(bank_path).close()
    (tmp_path / "link.sqlite3").symlink_to(bank_path)
    other = tmp_path / "elsewhere"
    other.mkdir()
    os.link(bank_path, other / "hard.sqlite3")
    child = start_holder(bank_path)
    try:
        # When it is named by a URL with a driver, a URL with options, a symlink or a hard link
        for name in (
            f"sqlite+pysqlite:///{bank_path}",
            f"sqlite:///{bank_path}?timeout=1",
            f"sqlite:///{tmp_path / 'link.sqlite3'}",
            tmp_path / "link.sqlite3",
            other / "hard.sqlite3",
            f"sqlite+pysqlite:///{other / 'hard.sqlite3'}",
        ):
            # Then the lock is taken already
            with pytest.raises(BankInUseError, match="already open in another quizapp window"):
                lock_bank(name)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        assert child.stdout is not None
        child.stdout.close()
    with lock_bank(other / "hard.sqlite3") as free:
        assert free.held


def test_a_writer_waits_for_the_lock_when_asked(tmp_path: Path) -> None:
    # Given a bank held by this process, and a waiter that gives up after a while
    bank_path = tmp_path / "bank.sqlite3"
    holder = lock_bank(bank_path)
    waiter = subprocess.Popen(
        [sys.executable, "-c", WAITER, str(bank_path)], stdout=subprocess.PIPE, text=True
    )
    assert waiter.stdout is not None
    assert waiter.stdout.readline().strip() == "WAITING"
    # When the holder lets go, Then the waiter gets the lock
    holder.release()
    assert waiter.stdout.readline().strip() == "LOCKED"
    waiter.wait()
    waiter.stdout.close()


WAITER = textwrap.dedent(
    """
    import sys
    from quizapp.store.instance import BankInUseError, lock_bank
    try:
        lock_bank(sys.argv[1])
    except BankInUseError:
        print("WAITING", flush=True)
    lock_bank(sys.argv[1], wait=120)
    print("LOCKED", flush=True)
    """
)


@LINUX
def test_a_bank_made_after_the_lock_is_covered_once_it_exists(tmp_path: Path) -> None:
    # Given a lock taken before its bank existed (the window on a new bank)
    bank_path = tmp_path / "new.sqlite3"
    with lock_bank(bank_path) as lock:
        sqlite3.connect(bank_path).close()  # the bank is made
        os.link(bank_path, tmp_path / "alias.sqlite3")
        # When the lock covers the new file, Then its other name finds it taken
        lock.cover_file()
        with pytest.raises(BankInUseError, match="under another name"):
            lock_bank(tmp_path / "alias.sqlite3")
        # and after a restore put another file in its place, the new file is covered
        replacement = tmp_path / "restored.sqlite3"
        sqlite3.connect(replacement).close()
        os.replace(replacement, bank_path)
        os.link(bank_path, tmp_path / "alias2.sqlite3")
        lock.cover_file()
        with pytest.raises(BankInUseError, match="under another name"):
            lock_bank(tmp_path / "alias2.sqlite3")
