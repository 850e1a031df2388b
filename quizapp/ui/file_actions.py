"""The File menu's work: import, export, back up and restore on the session's bank.

:class:`FileActions` takes the window's session, the widget its dialogs belong
to and the window's background tasks, and emits what happened (imported,
exported, restored, a status message); the main window decides what follows.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from quizapp.content import interchange
from quizapp.errors import FormatErrors
from quizapp.formats import registry
from quizapp.store import backup, protection
from quizapp.ui.dialogs.passphrase_dialog import ensure_teacher
from quizapp.ui.dialogs.restore_dialog import RestoreDialog
from quizapp.ui.errors import show_error
from quizapp.ui.file_dialogs import open_file, save_file
from quizapp.ui.plain import Button, message
from quizapp.ui.screens.review import now_utc
from quizapp.ui.session import Session
from quizapp.ui.tasks import BackgroundTasks

if TYPE_CHECKING:
    from quizapp.store.bank import Bank

T = TypeVar("T")


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


class FileActions(QObject):
    """Import, export, backups and restore on the session's bank.

    Importing, exporting and backing up run on a worker thread with a busy bar in
    the status bar, so a big file never freezes the window; one at a time.
    """

    sets_changed = Signal()  # an import stored a set (before its report shows)
    imported = Signal(str)  # the name of the set an import stored (after its report)
    exported = Signal(str)  # the path written
    restored = Signal()  # the bank file was replaced by a backup (or the restore failed)
    status = Signal(str, int)  # a status-bar message and how long it shows (ms)
    background_status = Signal(str, int)  # the same from automatic work (never mid-study)

    def __init__(
        self,
        session: Session,
        parent: QWidget,
        tasks: BackgroundTasks,
        *,
        selected_set: Callable[[], str | None],
        release_bank: Callable[[], bool],
    ) -> None:
        """``selected_set`` is the name of the set chosen at home; ``release_bank`` closes
        the windows holding the bank before a restore (False: one stays open)."""
        super().__init__(parent)
        self.session = session
        self.parent_widget = parent
        self.tasks = tasks
        self.selected_set = selected_set
        self.release_bank = release_bank

    @property
    def bank(self) -> Bank:
        assert self.session.bank is not None, "file actions exist once the bank is open"
        return self.session.bank

    @property
    def busy(self) -> QWidget:
        """The busy bar in the status bar."""
        return self.tasks.busy

    @property
    def closing(self) -> bool:
        return self.tasks.closing

    @closing.setter
    def closing(self, value: bool) -> None:
        """Set as the window closes: results of work under way then go nowhere."""
        self.tasks.closing = value

    def working(self) -> bool:
        """Whether an import, export or backup is running."""
        return self.tasks.working()

    def when_idle(self, call: Callable[[], None]) -> None:
        """Call ``call`` (on the GUI thread) once the file work under way has finished."""
        self.tasks.when_idle(call)

    def _refused_while_working(self) -> bool:
        """Whether file work is under way (then the status bar asks to wait)."""
        if self.working():
            self.status.emit("Wait for the file work under way to finish", 4000)
        return self.working()

    def _run(
        self,
        message: str,
        work: Callable[[], T],
        done: Callable[[T], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        """Run ``work`` in the background, the busy bar showing, unless file work is under way."""
        if not self._refused_while_working():
            self.tasks.run(work, done, failed, message=message)

    def import_file(self) -> None:
        parent, settings = self.parent_widget, self.session.settings
        path = open_file(parent, settings, "Import questions", file_filter(writing=False))
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
        self.sets_changed.emit()
        self.status.emit(report.headline(), 5000)
        message(
            self.parent_widget,
            "Imported",
            "\n".join(report.summary()),
            details="\n".join(report.details()),
        )
        self.imported.emit(report.set_name)

    def _import_failed(self, exc: BaseException, path: str) -> None:
        """The first problems and how many more (all of them under Show Details)."""
        parent = self.parent_widget
        if not isinstance(exc, FormatErrors):
            show_error(parent, exc, "Import failed")
            return
        text = problems_summary(exc, Path(path).name)
        if not isinstance(exc, interchange.BadQuestions):  # the file itself: nothing to skip
            message(
                parent, "Import failed", text, icon=QMessageBox.Icon.Warning, details=exc.report()
            )
            return
        answer = message(
            parent,
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
        parent = self.parent_widget
        if not ensure_teacher(self.session, parent):
            return
        name = self.selected_set()
        if name is None:
            return
        path = save_file(
            parent,
            self.session.settings,
            "Export question set",
            f"{name}.yaml",
            file_filter(writing=True),
        )
        if path:
            self.export_path(name, path)

    def export_path(self, set_name: str, path: str) -> None:
        """Write the set to ``path`` in the background (format from the extension)."""
        bank, parent = self.bank, self.parent_widget

        def done(report: interchange.ExportReport) -> None:
            if report.dropped or report.altered:
                message(
                    parent,
                    "Exported",
                    "\n".join(report.summary()),
                    details="\n".join(report.details()),
                )
            self.status.emit(f"Exported {set_name} to {path}", 5000)
            self.exported.emit(path)

        self._run(
            f"Exporting {set_name}…",
            lambda: interchange.export_set(bank, set_name, path),
            done,
            lambda exc: show_error(parent, exc, "Export failed"),
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
        tell = self.background_status.emit  # never mid-review: the window holds it until home
        self.tasks.run(
            lambda: backup.make_backup(bank, now=now_utc(), reason="auto"),
            lambda info: tell(backup_note(info), BACKUP_NOTE_MS),
            lambda exc: tell(f"Automatic backup failed: {exc}", 0),
        )

    def _weekly_full_check(self, path: Path) -> None:
        """``PRAGMA integrity_check`` of the whole bank, read only, weekly; said if it fails."""
        if not backup.full_check_due(path, now_utc()):
            return
        tell = self.background_status.emit

        def done(problems: list[str]) -> None:
            if problems:
                tell(
                    f"The weekly check found damage in your bank ({problems[0]}): "
                    "run quizapp check",
                    0,
                )

        self.tasks.run(
            lambda: backup.full_check(path, now_utc()),
            done,
            lambda exc: tell(f"The weekly check failed: {exc}", 0),
        )

    def backup_now(self) -> None:
        bank, parent = self.bank, self.parent_widget
        if bank.path is None:
            return
        self._run(
            "Backing up…",
            lambda: backup.make_backup(bank, now=now_utc(), reason="manual"),
            lambda info: self.status.emit(f"Backed up: {info.describe()}", 5000),
            lambda exc: show_error(parent, exc, "Backup failed"),
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
        self.tasks.run(
            lambda: backup.make_backup(bank, now=now_utc(), reason="close"),
            lambda _info: done(None),
            lambda exc: done(str(exc)),
            message="Backing up your question bank before closing…",
        )

    def restore(self) -> None:
        """File > Restore, behind the teacher gate; the passphrase and passwords are kept."""
        parent = self.parent_widget
        if self._refused_while_working() or not ensure_teacher(self.session, parent):
            return
        dialog = RestoreDialog(self.bank.path, parent)
        if not dialog.exec() or dialog.chosen is None or self.bank.path is None:
            return
        if not self.release_bank():  # the teacher windows hold the bank being replaced
            self.status.emit("Close the teacher windows to restore", 5000)
            return
        try:
            protection.restore_keeping_protection(self.bank, dialog.chosen, now=now_utc())
        except Exception as exc:
            show_error(parent, exc, "Restore failed")
        else:
            self.status.emit("Restored the bank from the backup", 5000)
        self.restored.emit()
