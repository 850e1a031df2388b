"""The File menu's work: import, export, back up and restore, for the main window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMessageBox, QProgressBar

from quizapp import backup, interchange, protection
from quizapp.errors import FormatErrors
from quizapp.formats import registry
from quizapp.ui.dialogs.passphrase_dialog import ensure_teacher
from quizapp.ui.dialogs.restore_dialog import RestoreDialog
from quizapp.ui.errors import show_error
from quizapp.ui.file_dialogs import open_file, save_file
from quizapp.ui.plain import Button, message
from quizapp.ui.screens.review import now_utc
from quizapp.ui.tasks import run_in_background

if TYPE_CHECKING:
    from quizapp.bank import Bank
    from quizapp.ui.main_window import MainWindow


SHOWN_PROBLEMS = 5  # problems of a file listed in the message; the rest under Show Details


def problems_summary(exc: FormatErrors, name: str) -> str:
    """The first problems of the file called ``name``, how many more, and that nothing came in."""
    errors = exc.errors
    shown = [f"{name}:{e.line}: {e.problem}" if e.line else f"{name}: {e.problem}"
             for e in errors[:SHOWN_PROBLEMS]]  # fmt: skip
    if len(errors) > SHOWN_PROBLEMS:
        shown.append(f"… and {len(errors) - SHOWN_PROBLEMS:,} more (Show Details lists them all)")
    return "\n".join(shown) + "\n\nNothing was imported."


def file_filter(*, writing: bool) -> str:
    """A file-dialog filter listing the formats quizapp can read (or write)."""
    formats = [f for f in registry.FORMATS if (f.can_write if writing else f.can_read)]
    parts = [f"{f.title} ({' '.join('*' + e for e in f.extensions)})" for f in formats]
    if not writing:
        every = " ".join("*" + e for f in formats for e in f.extensions)
        parts.insert(0, f"All question files ({every} *.txt)")
    return ";;".join(parts)


BACKUP_NOTE_MS = 5000  # how long the status line says that answers were backed up


def backup_note(info: backup.BackupInfo) -> str:
    """The automatic backup's status line, in the learner's words (up to when, no more)."""
    return f"Your answers up to {info.created.astimezone():%H:%M} are backed up."


class FileActions:
    """Import, export, backups and restore on the window's bank.

    Importing, exporting and backing up run on a worker thread with a busy bar in
    the status bar, so a big file never freezes the window; one at a time.
    """

    def __init__(self, window: MainWindow, bank: Bank) -> None:
        self.window = window
        self.bank = bank  # the main window replaces it after a restore
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.busy.setMaximumHeight(10)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName("Working")
        self.busy.hide()
        window.statusBar().addPermanentWidget(self.busy)
        self.jobs = 0  # file work running on worker threads (automatic backups too)
        self.closing = False  # set as the window closes: results then go nowhere
        self._when_idle: list[Callable[[], None]] = []

    def working(self) -> bool:
        """Whether an import, export or backup is running."""
        return self.jobs > 0

    def when_idle(self, call: Callable[[], None]) -> None:
        """Call ``call`` (on the GUI thread) once the file work under way has finished."""
        if self.working():
            self._when_idle.append(call)
        else:
            call()

    def _idle(self) -> None:
        waiting, self._when_idle = self._when_idle, []
        for call in waiting:
            call()

    def _refused_while_working(self) -> bool:
        """Whether file work is under way (then the status bar asks to wait)."""
        if self.working():
            self.window.statusBar().showMessage("Wait for the file work under way to finish", 4000)
        return self.working()

    def _background(
        self, work: Callable[[], Any],
        done: Callable[[Any], None], failed: Callable[[BaseException], None],
        *, message: str = "",
    ) -> None:  # fmt: skip
        """Run ``work`` on a worker thread, counted in :attr:`jobs`; results on this thread.

        With ``message``, the busy bar and the message show until it ends.
        """
        self.jobs += 1
        status = self.window.statusBar()
        if message:
            self.busy.show()
            status.showMessage(message)

        def finish(callback: Callable[[Any], None]) -> Callable[[Any], None]:
            def call(value: Any) -> None:
                self.jobs -= 1
                if not self.jobs:
                    self.busy.hide()
                if message:
                    status.clearMessage()
                if not self.closing:
                    callback(value)
                if not self.jobs:
                    self._idle()

            return call

        run_in_background(lambda _progress: work(), on_success=finish(done),
                          on_failure=finish(failed))  # fmt: skip

    def _run(
        self, message: str, work: Callable[[], Any],
        done: Callable[[Any], None], failed: Callable[[BaseException], None],
    ) -> None:  # fmt: skip
        """Run ``work`` in the background, the busy bar showing, unless file work is under way."""
        if not self._refused_while_working():
            self._background(work, done, failed, message=message)

    def import_file(self) -> None:
        window = self.window
        path = open_file(window, window.settings, "Import questions", file_filter(writing=False))
        if path:
            self.import_path(path)

    def import_path(self, path: str, *, skip_bad: bool = False) -> None:
        """Import ``path`` in the background; on errors, offer to skip the bad questions."""
        bank = self.bank
        self._run(
            f"Importing {Path(path).name}…",
            lambda: interchange.import_file(bank, path, skip_bad=skip_bad),
            self._imported,
            lambda exc: self._import_failed(exc, path),
        )

    def _imported(self, report: interchange.ImportReport) -> None:
        """The result stays on the screen until the teacher dismisses it."""
        window = self.window
        window.refresh_home()
        window.statusBar().showMessage(report.headline(), 5000)
        message(
            window, "Imported", "\n".join(report.summary()), details="\n".join(report.details())
        )
        window.imported.emit(report.set_name)

    def _import_failed(self, exc: BaseException, path: str) -> None:
        """The first problems and how many more (all of them under Show Details)."""
        if not isinstance(exc, FormatErrors):
            show_error(self.window, exc, "Import failed")
            return
        text = problems_summary(exc, Path(path).name)
        if not isinstance(exc, interchange.BadQuestions):  # the file itself: nothing to skip
            message(self.window, "Import failed", text, icon=QMessageBox.Icon.Warning,
                    details=exc.report())  # fmt: skip
            return
        answer = message(
            self.window,
            "Import failed",
            f"{text}\n\nImport the other questions and skip the ones with problems?",
            icon=QMessageBox.Icon.Question,
            buttons=Button.Yes | Button.No,
            details=exc.report(),
        )
        if answer == Button.Yes:
            self.import_path(path, skip_bad=True)

    def export_selected(self) -> None:
        """File > Export, behind the teacher gate (a set holds the answers of its quizzes)."""
        window = self.window
        if not ensure_teacher(self.bank, window):
            return
        set_id = window.home.selected_set_id()
        row = next((r for r in window.home.rows() if r.set_id == set_id), None)
        if row is None:
            return
        path = save_file(
            window, window.settings, "Export question set", f"{row.name}.yaml",
            file_filter(writing=True),
        )  # fmt: skip
        if path:
            self.export_path(row.name, path)

    def export_path(self, set_name: str, path: str) -> None:
        """Write the set to ``path`` in the background (format from the extension)."""
        bank, window = self.bank, self.window

        def done(report: interchange.ExportReport) -> None:
            if report.dropped or report.altered:
                message(window, "Exported", "\n".join(report.summary()),
                        details="\n".join(report.details()))  # fmt: skip
            window.statusBar().showMessage(f"Exported {set_name} to {path}", 5000)
            window.exported.emit(path)

        self._run(
            f"Exporting {set_name}…",
            lambda: interchange.export_set(bank, set_name, path),
            done,
            lambda exc: show_error(window, exc, "Export failed"),
        )

    def auto_backup(self) -> None:
        """Back up in the background when the last backup is 30 minutes old (and run the
        weekly full check when it is due).
        """
        bank = self.bank
        path = bank.path
        if path is None or self.working():
            return  # the next tick tries again
        if not backup.backup_due(backup.last_backup_time(path), now_utc()):
            self._weekly_full_check(path)
            return
        tell = self.window.background_status  # never mid-review: held until home
        self._background(
            lambda: backup.make_backup(bank, now=now_utc(), reason="auto"),
            lambda info: tell(backup_note(info), BACKUP_NOTE_MS),
            lambda exc: tell(f"Automatic backup failed: {exc}"),
        )

    def _weekly_full_check(self, path: Path) -> None:
        """``PRAGMA integrity_check`` of the whole bank, read only, weekly; said if it fails."""
        if not backup.full_check_due(path, now_utc()):
            return
        tell = self.window.background_status

        def done(problems: list[str]) -> None:
            if problems:
                tell(f"The weekly check found damage in your bank ({problems[0]}): "
                     "run quizapp check")  # fmt: skip

        self._background(lambda: backup.full_check(path, now_utc()), done,
                         lambda exc: tell(f"The weekly check failed: {exc}"))  # fmt: skip

    def backup_now(self) -> None:
        window, bank = self.window, self.bank
        if bank.path is None:
            return
        self._run(
            "Backing up…",
            lambda: backup.make_backup(bank, now=now_utc(), reason="manual"),
            lambda info: window.statusBar().showMessage(f"Backed up: {info.describe()}", 5000),
            lambda exc: show_error(window, exc, "Backup failed"),
        )

    def close_backup_due(self) -> bool:
        """Whether closing should back up: a bank with something to keep and no recent backup."""
        path = self.bank.path
        if path is None or not path.exists() or not backup.worth_a_close_backup(self.bank):
            return False
        return backup.close_backup_due(path, now_utc())

    def backup_on_close(self) -> str | None:
        """Back up now, when due, as the window closes; the problem, if the copy failed."""
        if not self.close_backup_due():
            return None
        try:
            backup.make_backup(self.bank, now=now_utc(), reason="close")
        except Exception as exc:  # the answers are in the bank; only the copy failed
            return str(exc)
        return None

    def backup_before_close(self, done: Callable[[str | None], None]) -> None:
        """Back up on a worker thread, the busy bar and a message showing; then ``done(problem)``.

        Every answer is already committed: a kill during this backup loses none.
        """
        bank = self.bank
        self._background(
            lambda: backup.make_backup(bank, now=now_utc(), reason="close"),
            lambda _info: done(None),
            lambda exc: done(str(exc)),
            message="Backing up your question bank before closing…",
        )

    def restore(self) -> None:
        """File > Restore, behind the teacher gate; the passphrase and passwords are kept."""
        from quizapp.ui.teacher_actions import close_teacher_windows

        window = self.window
        if self._refused_while_working() or not ensure_teacher(self.bank, window):
            return
        dialog = RestoreDialog(self.bank.path, window)
        if not dialog.exec() or dialog.chosen is None or self.bank.path is None:
            return
        if not close_teacher_windows(window):  # they hold the bank being replaced
            window.statusBar().showMessage("Close the teacher windows to restore", 5000)
            return
        try:
            protection.restore_keeping_protection(self.bank, dialog.chosen, now=now_utc())
        except Exception as exc:
            show_error(window, exc, "Restore failed")
        else:
            window.statusBar().showMessage("Restored the bank from the backup", 5000)
        self.bank = window.reopen_bank()
