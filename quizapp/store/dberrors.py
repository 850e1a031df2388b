"""SQLite storage failures (full disk, read-only file, damage) as one clear line for the user.

:func:`install_storage_errors` hooks an engine so every such failure, in any
session or transaction, arrives as a :class:`~quizapp.errors.BankError` instead
of a driver traceback. Nothing is lost by it: every answer is its own committed
transaction, so a failed write only loses the write that failed.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quizapp.errors import BankError, QuizappError

if TYPE_CHECKING:  # SQLAlchemy is imported with the bank: the file checks run without it
    from sqlalchemy import Engine


class DamagedBankError(BankError):
    """The bank file is damaged (or emptied, or half-upgraded): it must not be written to."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


_PROBLEMS = (
    ("database or disk is full", "the disk holding {where} is full; free some space and try again"),
    ("readonly database", "{where} is read-only; check the permissions of the file and its folder"),
    ("read-only", "{where} is read-only; check the permissions of the file and its folder"),
    ("database is locked", "{where} is busy in another program; close it and try again"),
    ("disk i/o error", "reading or writing {where} failed (disk I/O error)"),
    ("unable to open database", "{where} cannot be opened; check that its folder is writable"),
    ("malformed", "{where} is damaged; restore a backup with: quizapp restore --latest"),
    ("file is not a database", "{where} is not a quizapp question bank"),
)


_WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "ALTER", "DROP", "BEGIN", "COMMIT")


def is_write(statement: str | None) -> bool:
    """Whether ``statement`` writes (None, a failed commit, counts as a write)."""
    words = (statement or "COMMIT").split(None, 1)
    return not words or words[0].upper() in _WRITES


def storage_error(
    exc: BaseException, path: Path | str | None = None, *, writing: bool | None = None
) -> QuizappError | None:
    """A clear error for a SQLite storage failure in ``exc``, or None for other errors.

    Works on ``sqlite3`` errors and on SQLAlchemy's wrappers of them. Only a
    failed write says that the answers recorded before it are kept (``writing``
    defaults to what the failed statement was).
    """
    original = getattr(exc, "orig", None) or exc
    if isinstance(original, sqlite3.IntegrityError):
        return None
    message = str(original).lower()
    where = f"the question bank {path}" if path else "the question bank"
    if writing is None:
        writing = is_write(getattr(exc, "statement", None))
    kept = "; answers already recorded are kept" if writing else ""
    for needle, template in _PROBLEMS:
        if needle in message:
            return BankError(f"{template.format(where=where)}{kept}")
    return None


def install_storage_errors(engine: Engine) -> None:
    """Make every SQLite storage failure on ``engine`` raise a clear :class:`BankError`."""
    from sqlalchemy import event

    if engine.dialect.name != "sqlite" or getattr(engine, "_quizapp_storage_errors", False):
        return
    database = engine.url.database
    path = database if database and database != ":memory:" else None

    def translate(context: Any) -> None:
        problem = storage_error(context.original_exception, path)
        if problem is not None:
            raise problem from context.sqlalchemy_exception

    event.listen(engine, "handle_error", translate)
    engine._quizapp_storage_errors = True  # type: ignore[attr-defined]
