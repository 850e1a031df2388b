"""Before the window opens: one process per bank, and never write to a damaged bank."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from quizapp.backup import newest_good_backup, restore_backup
from quizapp.errors import BankError
from quizapp.instance import BankLock, bank_file, lock_bank
from quizapp.integrity import DamagedBankError, check_before_open
from quizapp.ui.errors import show_error


def open_checked(db: str | Path | None, parent: QWidget | None = None) -> BankLock | None:
    """Lock and check the bank; None (after telling the user why) when it cannot be used."""
    try:
        lock = lock_bank(db)
    except BankError as exc:
        show_error(parent, exc, "quizapp is already open")
        return None
    path = bank_file(db)
    if path is None or not path.exists():
        return lock
    try:
        check_before_open(path)
    except DamagedBankError as exc:
        if not _offer_restore(path, exc, parent):
            lock.release()
            return None
    except BankError as exc:
        show_error(parent, exc, "quizapp cannot open your bank")
        lock.release()
        return None
    return lock


def _offer_restore(path: Path, exc: DamagedBankError, parent: QWidget | None) -> bool:
    """Ask to restore the newest good backup; whether the bank is usable now."""
    backup = newest_good_backup(path)
    if backup is None:
        show_error(parent, BankError(f"{exc} There is no good backup to restore."), "Damaged bank")
        return False
    when = backup.created.astimezone().strftime("%d %b %Y, %H:%M")
    answer = QMessageBox.question(
        parent,
        "Damaged bank",
        f"{exc}\n\nquizapp will not write to it. Restore the newest good backup, from {when}? "
        "The damaged bank is kept aside.",
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        restore_backup(backup, path, now=datetime.now(UTC))
    except BankError as error:
        show_error(parent, error, "Restore failed")
        return False
    return True
