"""How commands open the bank: checked as the window checks it; writers hold its lock.

A command that changes the bank takes the same lock as the window, so a window
and a command never write at once (nor through two names of one file); it
refuses while a window has the bank open, or waits for it with ``--wait``.
Commands that only read run beside an open window.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported when a command runs: `quizapp --help` stays fast
    from quizapp.store.bank import Bank
    from quizapp.store.instance import BankLock

WAIT_FOREVER = 365 * 24 * 3600.0


@contextmanager
def command_bank(args: argparse.Namespace, *, writes: bool) -> Iterator[Bank]:
    """The bank of ``--db`` for one command, closed (and its lock given up) at the end.

    A command that only reads gets connections that cannot write, and no whole-file
    check (:func:`~quizapp.startup.open_for_reading`). For one that writes, the check runs
    beside the command when opening only reads the bank: a write waits for its verdict,
    and the block ends with it, so a damaged bank is refused as before, never written.
    """
    from quizapp.startup import open_checking_behind, open_for_reading

    db = getattr(args, "db", None)
    lock = take_lock(args) if writes else None
    try:
        make_folder = True if getattr(args, "create", False) else None
        reading = None if writes else open_for_reading(db)
        bank, check = (
            (reading, None) if reading else open_checking_behind(db, make_folder=make_folder)
        )
        try:
            if bank.created and bank.path is not None:
                print(f"quizapp: made a new question bank at {bank.path}", file=sys.stderr)
            if lock is not None:
                lock.cover_file()
            yield bank
            if check is not None:
                check.ensure_sound()
        finally:
            if check is not None:
                check.stop()
            bank.close()
    finally:
        if lock is not None:
            lock.release()


def take_lock(args: argparse.Namespace) -> BankLock:
    """The bank's lock for a command that writes (waiting for a window with ``--wait``)."""
    from quizapp.store.instance import BankInUseError, BankLock, bank_file

    wait = WAIT_FOREVER if getattr(args, "wait", False) else 0.0
    lock = BankLock(bank_file(getattr(args, "db", None)), wait=wait)
    try:
        return lock.acquire()
    except BankInUseError as exc:
        raise BankInUseError(f"{exc} (or add --wait to wait until it closes)") from None
