"""Opening and closing the main window's bank.

Opening: check the file (never open a damaged or emptied one), then open it,
on a worker thread in the app with the whole-file check running on behind it;
a failure offers the restore, or (a class bank) to retry or use the own bank.
Closing: file work under way finishes, then the close backup runs on a worker
thread before the window really closes. The window is known by what it offers
(:class:`LifecycleWindow`), so this module never imports the main window.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from enum import Enum, auto
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QMenuBar, QStackedWidget, QStatusBar, QWidget

from quizapp.ui.errors import show_error
from quizapp.ui.tasks import run_in_background

if TYPE_CHECKING:
    from quizapp.store.bank import Bank
    from quizapp.store.filecheck import CheckBehind
    from quizapp.store.instance import BankLock
    from quizapp.study.learners import LearnerInfo
    from quizapp.ui.file_actions import FileActions
    from quizapp.ui.screens.review import ReviewScreen


class Closing(Enum):
    """Where closing the window has got to (the app backs up on a worker thread first)."""

    OPEN = auto()
    WAITING = auto()  # for file work under way, then the close backup, to finish
    READY = auto()  # nothing more to wait for: the next close goes through


class LifecycleWindow(Protocol):
    """What opening and closing use of the main window (a class_actions.BankWindow too;
    that module, with SQLAlchemy behind it, loads only when the bank opens).
    """

    db: str | Path | None
    lock: BankLock | None
    bank: Bank | None
    learner: LearnerInfo | None
    files: FileActions | None
    review_screen: ReviewScreen | None
    stack: QStackedWidget
    backup_timer: QTimer

    def window(self) -> QWidget: ...
    def statusBar(self) -> QStatusBar: ...
    def use_bank(self, db: str | Path | None, bank: Bank) -> None: ...
    def opened_bank(self) -> Bank | None: ...
    def studying(self) -> bool: ...
    def close(self) -> bool: ...
    def menuBar(self) -> QMenuBar: ...
    def show_home(self) -> None: ...
    def reopen_bank(self) -> Bank: ...


def open_checked_bank(db: str | Path | None) -> Bank:
    """Check the bank file (never open a damaged or emptied one), then open it for the app."""
    from quizapp.startup import open_checked_bank as checked

    return checked(db)


def _open_checking_behind(db: str | Path | None) -> tuple[Bank, CheckBehind | None]:
    """On the worker thread: SQLAlchemy and the models load there too, not on the GUI's."""
    from quizapp.startup import open_checking_behind

    return open_checking_behind(db)


class BankLifecycle:
    """Opens the window's bank, hands it to ``on_ready``, and holds the window's closing."""

    def __init__(self, window: LifecycleWindow, on_ready: Callable[[Bank], None]) -> None:
        self._window = window
        self._on_ready = on_ready
        self._closing = Closing.OPEN
        self._check: CheckBehind | None = None  # quick_check still running beside the opening

    # --- opening ---------------------------------------------------------------

    def open(self, background: bool) -> None:
        """Open the window's bank: right away, or (the app) on a worker thread."""
        if not background:
            self._on_ready(open_checked_bank(self._window.db))
            return
        db = self._window.db
        run_in_background(
            lambda _progress: _open_checking_behind(db),
            on_success=self._on_opened,
            on_failure=self._on_failed,
        )

    def _on_opened(self, opened: tuple[Bank, CheckBehind | None]) -> None:
        bank, check = opened
        self._check = check
        self._on_ready(bank)
        if check is not None:  # the whole-file check runs on: writes wait for its verdict
            run_in_background(
                lambda _progress: check.ensure_sound(),
                on_success=lambda _none: None,
                on_failure=lambda exc: self._on_found_damaged(check, exc),
            )

    def _on_found_damaged(self, check: CheckBehind, exc: BaseException) -> None:
        """The check behind the opening found damage: nothing was written; close the bank,
        offer the restore (then carry on with the restored bank) or close the window.
        """
        window = self._window
        if check.stopped or window.bank is None:
            return  # the window is closing
        window.show_home()
        window.bank.close()
        from quizapp.store.dberrors import DamagedBankError
        from quizapp.ui.startup_checks import offer_restore

        if not isinstance(exc, DamagedBankError):
            show_error(window.window(), exc, "quizapp cannot check your bank")
        elif offer_restore(exc.path, exc, window.window()):  # it says why when it cannot
            window.reopen_bank()  # the File actions work on the session's bank
            return
        window.bank = None  # nothing to back up or close any more
        window.close()

    def _on_failed(self, exc: BaseException) -> None:
        from quizapp.store.integrity import DamagedBankError
        from quizapp.ui.startup_checks import offer_restore

        parent = self._window.window()
        if isinstance(exc, DamagedBankError) and offer_restore(exc.path, exc, parent):
            self.open(background=True)
            return
        if self._class_bank_unreachable(exc):
            return
        show_error(self._window.window(), exc, "quizapp cannot open your bank")
        self._window.close()

    def _class_bank_unreachable(self, exc: BaseException) -> bool:
        """At start the class bank did not open: try again or open the own bank."""
        from quizapp.ui import class_actions as ca

        window = self._window
        choice = ca.ask_when_class_bank_fails(exc, window.db, window.window())
        if choice is None:
            return False
        if choice is ca.Unreachable.OWN_BANK and ca.take_own_lock(window):
            window.db = None
        elif choice is not ca.Unreachable.RETRY:
            window.close()
            return True
        self.open(background=True)
        return True

    def release(self) -> None:
        """Close the open bank (backed up first) and drop its screens, for another bank."""
        window = self._window
        if window.bank is not None and window.files is not None:
            window.backup_timer.timeout.disconnect(window.files.auto_backup)
            QThreadPool.globalInstance().waitForDone()  # a backup or import still running
            window.files.backup_on_close()
            window.bank.close()
            window.statusBar().removeWidget(window.files.busy)  # the next bank's bring theirs
            window.files.deleteLater()
        if window.review_screen is not None:
            window.stack.removeWidget(window.review_screen)
            window.review_screen.deleteLater()

    # --- closing ---------------------------------------------------------------

    def close_bank(self, *, backed_up: bool) -> None:
        """The window closes: file work finishes, unreported, then the bank is backed up
        (unless ``backed_up`` already, off the GUI thread) and closed.
        """
        window = self._window
        if window.files is not None and window.bank is not None:
            window.files.closing = True  # an import, export or backup finishes, unreported,
            QThreadPool.globalInstance().waitForDone()  # before the bank closes
            problem = None if backed_up else window.files.backup_on_close()
            if problem:
                print(f"quizapp: backup on close failed: {problem}", file=sys.stderr)
            window.bank.close()

    def stop_check(self) -> None:
        """The window closes: the check behind the opening need give no verdict."""
        if self._check is not None:
            self._check.stop()  # no verdict needed: nothing more is written

    def wait_before_closing(self) -> bool:
        """Whether the window stays a moment: file work under way finishes, then the close
        backup (when none is recent) runs on a worker thread, its progress in the status bar.
        The window repaints meanwhile; study and menus are off (answers are all committed).
        """
        window = self._window
        files = window.files
        if self._closing is Closing.READY or files is None or window.bank is None:
            return False
        if self._closing is Closing.WAITING:
            return True  # a second Ctrl+Q while the backup runs: it still ends by closing
        if not files.working() and not files.close_backup_due():
            return False
        self._closing = Closing.WAITING
        window.backup_timer.stop()
        window.stack.setEnabled(False)
        window.menuBar().setEnabled(False)
        if files.working():
            window.statusBar().showMessage("Finishing the file work under way, then closing…")
        files.when_idle(self._back_up_then_close)  # now, when nothing is under way
        return True

    def _back_up_then_close(self) -> None:
        files = self._window.files
        assert files is not None
        if not files.close_backup_due():
            self._close_now(None)
            return
        files.backup_before_close(self._close_now)

    def _close_now(self, backup_problem: str | None) -> None:
        if backup_problem:
            print(f"quizapp: backup on close failed: {backup_problem}", file=sys.stderr)
        self._closing = Closing.READY
        self._window.close()
