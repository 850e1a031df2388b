"""Opening the bank the way the app does: check, migrate, then load bundled sets once."""

from __future__ import annotations

from pathlib import Path

from quizapp.bank import Bank, open_bank, prepare_place
from quizapp.sets import load_bundled_sets


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
    file (a :class:`~quizapp.dberrors.DamagedBankError` names the restore), then open it.
    """
    from quizapp.instance import bank_file

    path = bank_file(db)
    if path is not None and path.exists():
        from quizapp.backup import ensure_not_emptied
        from quizapp.filecheck import check_before_open

        prepare_place(path, make_folder=False)  # a folder given as the bank: say so
        check_before_open(path)
        ensure_not_emptied(path)
    return open_app_bank(db, make_folder=make_folder)
