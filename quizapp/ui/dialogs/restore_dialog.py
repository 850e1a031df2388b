"""Restore from backup: pick one of the bank's backups by date and size."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quizapp.store.backup import BackupInfo, human_size, list_backups


class RestoreDialog(QDialog):
    """Lists backups, newest first; ``chosen`` is the one to restore."""

    def __init__(self, bank_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Restore from backup")
        self.resize(520, 380)
        self.chosen: BackupInfo | None = None
        self.list = QListWidget()
        self.list.setAccessibleName("Backups")
        self.list.itemActivated.connect(lambda _item: self.accept())
        found = list_backups(bank_path)
        for info in found:
            when = info.created.astimezone().strftime("%a %d %b %Y, %H:%M")
            flag = "   ·   dated in the future" if info.in_future() else ""
            item = QListWidgetItem(
                f"{when}   ·   {human_size(info.size)}   ·   {info.reason}{flag}"
            )
            item.setData(Qt.ItemDataRole.UserRole, info)
            self.list.addItem(item)
        sensible = [n for n, info in enumerate(found) if not info.in_future()]
        self.list.setCurrentRow(sensible[0] if sensible else 0)  # not a wrongly dated one
        note = QLabel(
            "Your bank as it is now is backed up first, so a restore can itself be undone."
            if self.list.count()
            else "There are no backups of this bank yet."
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Restore")
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.list.count() > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Choose the backup to go back to:"))
        layout.addWidget(self.list, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.chosen = item.data(Qt.ItemDataRole.UserRole)
        super().accept()
