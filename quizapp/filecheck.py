"""Is the bank file fit to open? Damaged, emptied or read-only files, found before any write.

Cheap checks on the file alone (SQLite's ``quick_check``, a read-only
connection, a scratch file beside the bank), run before the window or a
command opens a bank: :func:`check_before_open`. :mod:`quizapp.integrity`
holds the full check, ``quizapp check``.
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from quizapp.dberrors import DamagedBankError
from quizapp.errors import BankError


def _open_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def integrity_problems(path: Path | str, *, quick: bool = False) -> list[str]:
    """What ``PRAGMA integrity_check`` (or ``quick_check``) finds wrong; empty when sound."""
    path = Path(path)
    if not path.is_file():
        return [f"{path} does not exist"]
    pragma = "quick_check" if quick else "integrity_check"
    try:
        conn = _open_read_only(path)
        try:
            rows = conn.execute(f"PRAGMA {pragma}").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    messages = [str(row[0]) for row in rows]
    return [] if messages == ["ok"] else messages


def quick_check(path: Path | str) -> bool:
    """True when ``PRAGMA quick_check`` finds the file sound (or there is no file yet)."""
    path = Path(path)
    return not path.exists() or not integrity_problems(path, quick=True)


def is_empty_file(path: Path | str) -> bool:
    """True for a file of zero bytes or a SQLite file without a single table."""
    path = Path(path)
    try:
        if path.stat().st_size == 0:
            return True
        conn = _open_read_only(path)
        try:
            return int(conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0]) == 0
        finally:
            conn.close()
    except (OSError, sqlite3.Error):
        return False  # unreadable or not a database: the other checks say so


def ensure_intact(path: Path | str) -> None:
    """Refuse a damaged bank before anything writes to it.

    Raises:
        DamagedBankError: naming the bank and what to do.
    """
    path = Path(path)
    if not path.exists():
        return
    found = integrity_problems(path, quick=True)
    if found:
        raise DamagedBankError(
            f"the question bank {path} is damaged ({found[0]}); nothing was written to it. "
            "Restore the newest good backup with: quizapp restore --latest",
            path,
        )


def ensure_folder_writable(path: Path | str) -> None:
    """Refuse a bank in a folder quizapp cannot write (SQLite keeps its journal beside the bank).

    Raises:
        BankError: naming the folder.
    """
    folder = Path(path).parent
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        raise BankError(
            f"the folder {folder} is read-only ({exc.strerror or exc}); quizapp needs to write "
            "there (the bank and its journal): check the folder's permissions"
        ) from exc


def ensure_writable(path: Path | str) -> None:
    """Refuse a bank that cannot be written (read-only file, folder or disk) before use.

    The bank file is opened for writing and a scratch file is made beside it
    (SQLite keeps its ``-wal`` and ``-shm`` files there); neither changes the bank.

    Raises:
        BankError: naming the bank (or its folder) and the cause.
    """
    path = Path(path)
    if not path.exists():
        return
    ensure_folder_writable(path)
    try:
        with open(path, "r+b"):
            pass
    except OSError as exc:
        raise BankError(
            f"the question bank {path} is read-only ({exc.strerror or exc}); quizapp needs to "
            "write your answers: check the permissions of the file and its folder"
        ) from exc


def check_before_open(path: Path | str) -> None:
    """What the app runs before opening a bank file: damaged or read-only banks are refused.

    Raises:
        DamagedBankError: offer :func:`quizapp.backup.newest_good_backup` to restore.
        BankError: the bank cannot be written.
    """
    ensure_folder_writable(path)  # else SQLite cannot even read a WAL bank: not damage
    ensure_intact(path)
    ensure_writable(path)
