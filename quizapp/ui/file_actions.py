"""The File menu's work: import, export, back up and restore, for the main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMessageBox

from quizapp import backup, interchange
from quizapp.errors import FormatErrors
from quizapp.formats import registry
from quizapp.ui.dialogs.restore_dialog import RestoreDialog
from quizapp.ui.errors import show_error
from quizapp.ui.screens.review import now_utc
from quizapp.ui.tasks import run_in_background

if TYPE_CHECKING:
    from quizapp.bank import Bank
    from quizapp.ui.main_window import MainWindow


def file_filter(*, writing: bool) -> str:
    """A file-dialog filter listing the formats quizapp can read (or write)."""
    formats = [f for f in registry.FORMATS if (f.can_write if writing else f.can_read)]
    parts = [f"{f.title} ({' '.join('*' + e for e in f.extensions)})" for f in formats]
    if not writing:
        every = " ".join("*" + e for f in formats for e in f.extensions)
        parts.insert(0, f"All question files ({every} *.txt)")
    return ";;".join(parts)


class FileActions:
    """Import, export, backups and restore on the window's bank."""

    def __init__(self, window: MainWindow, bank: Bank) -> None:
        self.window = window
        self.bank = bank  # the main window replaces it after a restore

    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, "Import questions", "", file_filter(writing=False)
        )
        if path:
            self.import_path(path)

    def import_path(self, path: str, *, skip_bad: bool = False) -> None:
        """Import ``path``; on errors, offer to skip the bad questions."""
        window = self.window
        try:
            report = interchange.import_file(self.bank, path, skip_bad=skip_bad)
        except FormatErrors as exc:
            answer = QMessageBox.question(
                window,
                "Import failed",
                f"{exc.report()}\n\nNothing was imported. Import the other questions and "
                "skip the ones with problems?",
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.import_path(path, skip_bad=True)
            return
        except Exception as exc:
            show_error(window, exc, "Import failed")
            return
        window.refresh_home()
        if report.skipped or report.notes:
            QMessageBox.information(window, "Imported", "\n".join(report.lines()))
        window.statusBar().showMessage(report.lines()[0], 5000)

    def export_selected(self) -> None:
        window = self.window
        set_id = window.home.selected_set_id()
        row = next((r for r in window.home.rows() if r.set_id == set_id), None)
        if row is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            window, "Export question set", f"{row.name}.yaml", file_filter(writing=True)
        )
        if not path:
            return
        try:
            report = interchange.export_set(self.bank, row.name, path)
        except Exception as exc:
            show_error(window, exc, "Export failed")
            return
        if report.dropped or report.altered:
            QMessageBox.information(window, "Exported", "\n".join(report.lines()))
        window.statusBar().showMessage(f"Exported {row.name} to {path}", 5000)

    def auto_backup(self) -> None:
        """Back up in the background when the last backup is 30 minutes old."""
        bank = self.bank
        path = bank.path
        if path is None or not backup.backup_due(backup.last_backup_time(path), now_utc()):
            return
        status = self.window.statusBar()
        run_in_background(
            lambda _progress: backup.make_backup(bank, now=now_utc(), reason="auto"),
            on_success=lambda info: status.showMessage(f"Backed up: {info.describe()}", 4000),
            on_failure=lambda exc: status.showMessage(f"Automatic backup failed: {exc}"),
        )

    def backup_now(self) -> None:
        window = self.window
        if self.bank.path is None:
            return
        try:
            info = backup.make_backup(self.bank, now=now_utc(), reason="manual")
        except Exception as exc:
            show_error(window, exc, "Backup failed")
            return
        window.statusBar().showMessage(f"Backed up: {info.describe()}", 5000)

    def backup_on_close(self) -> str | None:
        """Back up as the window closes; the problem, if the copy failed."""
        path = self.bank.path
        if path is None or not path.exists():
            return None
        try:
            backup.make_backup(self.bank, now=now_utc(), reason="close")
        except Exception as exc:  # the answers are in the bank; only the copy failed
            return str(exc)
        return None

    def restore(self) -> None:
        window = self.window
        path = self.bank.path
        dialog = RestoreDialog(path, window)
        if not dialog.exec() or dialog.chosen is None or path is None:
            return
        self.bank.close()
        try:
            backup.restore_backup(dialog.chosen, path, now=now_utc())
        except Exception as exc:
            show_error(window, exc, "Restore failed")
        else:
            window.statusBar().showMessage("Restored the bank from the backup", 5000)
        self.bank = window.reopen_bank()
