"""Opening the bank the way the app does: migrate, then load bundled sets once."""

from __future__ import annotations

from pathlib import Path

from quizapp.bank import Bank, open_bank
from quizapp.sets import load_bundled_sets


def open_app_bank(db: str | Path | None = None) -> Bank:
    """The bank at ``db`` (default: the user's bank), ready for use."""
    bank = open_bank(db)
    try:
        load_bundled_sets(bank)
    except BaseException:
        bank.close()
        raise
    return bank
