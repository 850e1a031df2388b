"""Before and while the window opens: one process per bank, never write to a damaged bank."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from quizapp.errors import BankError
from quizapp.store.instance import BankInUseError, BankLock, lock_bank
from quizapp.ui.errors import show_error


def lock_or_explain(db: str | Path | None, parent: QWidget | None = None) -> BankLock | None:
    """Take the bank's one-process lock; None (after saying why) when another window has it."""
    try:
        return lock_bank(db)
    except BankInUseError as exc:
        show_error(parent, exc, "quizapp is already open")
    except BankError as exc:  # a folder given as the bank, a read-only folder
        show_error(parent, exc, "quizapp cannot open your bank")
    return None


def offer_restore(path: Path, problem: BankError, parent: QWidget | None) -> bool:
    """Ask to restore the newest good backup of a damaged bank; whether it was restored."""
    from quizapp.store.backup import newest_good_backup, restore_backup

    backup = newest_good_backup(path)
    if backup is None:
        show_error(
            parent, BankError(f"{problem} There is no good backup to restore."), "Damaged bank"
        )
        return False
    when = backup.created.astimezone().strftime("%d %b %Y, %H:%M")
    answer = QMessageBox.question(
        parent,
        "Damaged bank",
        f"{problem}\n\nquizapp will not write to it. Restore the newest good backup, from "
        f"{when}? The damaged bank is kept aside.",
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        restore_backup(backup, path, now=datetime.now(UTC))
    except BankError as error:
        show_error(parent, error, "Restore failed")
        return False
    return True
