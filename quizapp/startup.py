"""Opening the bank the way the app does: check, migrate, then load bundled sets once."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from quizapp.content.sets import load_bundled_sets
from quizapp.store.bank import Bank, open_bank, prepare_place

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from quizapp.store.filecheck import CheckBehind


def open_app_bank(db: str | Path | None = None, *, make_folder: bool | None = None) -> Bank:
    """The bank at ``db`` (default: the user's bank), ready for use."""
    bank = open_bank(db, make_folder=make_folder)
    try:
        load_bundled_sets(bank)
    except BaseException:
        bank.close()
        raise
    return bank


def open_checked_bank(db: str | Path | None = None, *, make_folder: bool | None = None) -> Bank:
    """What the window and every command run: refuse a damaged, emptied or read-only bank
    file (a :class:`~quizapp.store.dberrors.DamagedBankError` names the restore), then open it.
    """
    from quizapp.store.instance import bank_file

    path = bank_file(db)
    if path is not None and path.exists():
        from quizapp.store.backup import ensure_not_emptied
        from quizapp.store.filecheck import check_before_open

        prepare_place(path, make_folder=False)  # a folder given as the bank: say so
        check_before_open(path)
        ensure_not_emptied(path)
    return open_app_bank(db, make_folder=make_folder)


def open_checking_behind(
    db: str | Path | None = None, *, make_folder: bool | None = None
) -> tuple[Bank, CheckBehind | None]:
    """What the window and commands run: :func:`open_checked_bank`, but when opening only
    reads the bank (:func:`~quizapp.store.filecheck.opens_without_writing`), its ``quick_check``
    runs beside the opening instead of before it, and every write waits for the verdict
    (refused on damage).

    Returns the bank and the check under way (None when it was made before opening).
    """
    from quizapp.store.filecheck import CheckBehind, ensure_writable, opens_without_writing
    from quizapp.store.instance import bank_file
    from quizapp.store.migrations import HEAD
    from quizapp.study.quickview import BUNDLED_KEY

    path = bank_file(db)
    if path is None or not path.is_file() or not opens_without_writing(path, HEAD, BUNDLED_KEY):
        return open_checked_bank(db, make_folder=make_folder), None
    check = CheckBehind(path)
    try:
        ensure_writable(path)
        bank = open_app_bank(db, make_folder=False)
    except BaseException:
        check.stop()
        raise
    writes_wait_for(check, bank.engine)
    return bank, check


def open_for_reading(db: str | Path | None = None) -> Bank | None:
    """The bank for a command that only reads it, through connections that cannot write
    (``PRAGMA query_only``): it needs no whole-file check first, as nothing it does can
    damage the bank further; damage it meets is one clear line. None when opening would
    write (a new bank, an upgrade, a crash to recover): then open it checked.
    """
    from sqlalchemy import event

    from quizapp.store.filecheck import opens_without_writing
    from quizapp.store.instance import bank_file
    from quizapp.store.migrations import HEAD
    from quizapp.study.quickview import BUNDLED_KEY

    path = bank_file(db)
    if path is None or not path.is_file() or not opens_without_writing(path, HEAD, BUNDLED_KEY):
        return None
    bank = open_app_bank(db, make_folder=False)
    bank.engine.dispose()  # the connections opening used; every new one is read-only

    def read_only(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA query_only=ON")

    event.listen(bank.engine, "connect", read_only)
    return bank


def writes_wait_for(check: CheckBehind, engine: Engine) -> None:
    """Make every statement that writes through ``engine`` wait for ``check``'s verdict first.

    Raises (from the write): DamagedBankError when the check found damage.
    """
    from sqlalchemy import event

    from quizapp.store.dberrors import is_write

    def before_write(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        if is_write(statement):
            check.ensure_sound()

    event.listen(engine, "before_cursor_execute", before_write)
