"""File > Connect to class bank... and File > Use my own bank, and which bank is open.

The connection itself (address, keyring, the learner's own profile) is
:mod:`quizapp.study.classconnect`; this module asks, opens the bank off the GUI thread
and hands it to the window (its ``use_bank``). The window is known by what it
offers (:class:`BankWindow`), so this module never imports the main window.
"""

from __future__ import annotations

from enum import Enum, auto
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QStatusBar, QWidget

from quizapp.errors import QuizappError
from quizapp.study import classconnect
from quizapp.study.classconnect import ClassLogin
from quizapp.ui.errors import show_error
from quizapp.ui.tasks import run_in_background

if TYPE_CHECKING:
    from quizapp.store.bank import Bank
    from quizapp.store.instance import BankLock
    from quizapp.study.learners import LearnerInfo

STATUS_NAME = "open_bank_label"


class BankWindow(Protocol):
    """What these actions use of the main window."""

    db: str | Path | None
    lock: BankLock | None
    bank: Bank | None
    learner: LearnerInfo | None

    def window(self) -> QWidget: ...  # the parent of the dialogs (the window itself)
    def statusBar(self) -> QStatusBar: ...
    def use_bank(self, db: str | Path | None, bank: Bank) -> None: ...
    def opened_bank(self) -> Bank | None: ...
    def studying(self) -> bool: ...


class Unreachable(Enum):
    """What the user chose when the class server could not be reached at start."""

    RETRY = auto()
    OWN_BANK = auto()
    QUIT = auto()


def connect_class_bank(
    window: BankWindow, known: ClassLogin | None = None, *, password: str = "", problem: str = ""
) -> None:
    """Ask for the class bank, connect in the background, then use it in the window.

    A failed connection asks again, with what was typed and the reason in the dialog.
    """
    from quizapp.ui.dialogs.connect_dialog import ConnectDialog

    if _busy(window):
        return
    known = known or classconnect.login_of(window.db) or classconnect.remembered()
    dialog = ConnectDialog(known, window.window(), problem=problem, password=password)
    if not dialog.exec() or dialog.login is None:
        return
    login, password = dialog.login, dialog.password
    window.statusBar().showMessage(f"Connecting to {login.describe()}…")

    def connected(bank: Bank) -> None:
        kept = classconnect.store_password(login, password)
        classconnect.remember(login)
        window.use_bank(login.url(password), bank)
        asked = "" if kept else " (no keyring here: the password is asked at each start)"
        window.statusBar().showMessage(f"Connected to {login.describe()}{asked}", 8000)

    def failed(exc: BaseException) -> None:
        window.statusBar().clearMessage()
        if not isinstance(exc, QuizappError):
            show_error(window.window(), exc, "Cannot connect to the class bank")
            return
        connect_class_bank(window, login, password=password, problem=connect_problem(exc))

    run_in_background(
        lambda _p: _open(login.url(password)), on_success=connected, on_failure=failed
    )


def connect_problem(exc: QuizappError) -> str:
    """Why a connection failed, as the dialog shows it (nothing was saved there yet)."""
    said = str(exc).removesuffix("; what was saved before is kept")
    return f"Cannot connect: {said}"


def use_own_bank(window: BankWindow) -> None:
    """Go back to the user's own bank (and open it at the next start too)."""
    if _busy(window):
        return
    if classconnect.login_of(window.db) is None and window.bank is not None:
        window.statusBar().showMessage("Your own bank is already open", 4000)
        return
    if not take_own_lock(window):
        return
    classconnect.remember(None)
    run_in_background(
        lambda _p: _open(None),
        on_success=lambda bank: window.use_bank(None, bank),
        on_failure=lambda exc: show_error(window.window(), exc, "Cannot open your bank"),
    )


def _open(db: str | None) -> Bank:
    from quizapp.startup import open_checked_bank

    return open_checked_bank(db)


def _busy(window: BankWindow) -> bool:
    """A review or a quiz is on screen (or the bank is still opening): say so."""
    if window.studying():
        window.statusBar().showMessage("Finish or leave the review or quiz first", 4000)
        return True
    return window.opened_bank() is None


def take_own_lock(window: BankWindow) -> bool:
    """Hold the own bank's one-window lock (a window started on a class bank has none)."""
    from quizapp.ui.startup_checks import lock_or_explain

    if window.lock is not None and window.lock.bank_path is not None:
        return True
    lock = lock_or_explain(None, window.window())
    if lock is None:
        return False
    window.lock = lock
    return True


def show_bank(window: BankWindow) -> None:
    """Name the open bank in the status bar and the title; a learner's login is its profile."""
    label = window.statusBar().findChild(QLabel, STATUS_NAME)
    if label is None:
        label = QLabel()
        label.setObjectName(STATUS_NAME)
        label.setTextFormat(Qt.TextFormat.PlainText)  # server and database names
        window.statusBar().addPermanentWidget(label)
    described = classconnect.describe(window.db)
    label.setText(described[:1].upper() + described[1:])
    label.setVisible(bool(described))
    if described and window.bank is not None:
        window.learner = classconnect.own_profile(window.bank) or window.learner


def bank_to_open(db: str | Path | None, parent: QWidget | None = None) -> str | Path | None:
    """At start: the class bank used last (its password from the keyring, or asked), else ``db``."""
    login = classconnect.remembered() if db is None else None
    if login is None:
        return db
    password = classconnect.stored_password(login)
    if password is None:
        from quizapp.ui.dialogs.connect_dialog import ConnectDialog

        dialog = ConnectDialog(login, parent)
        if not dialog.exec() or dialog.login is None:
            return None  # cancelled: the own bank, this time
        login, password = dialog.login, dialog.password
        classconnect.store_password(login, password)
    return login.url(password)


def ask_when_class_bank_fails(
    problem: BaseException, db: str | Path | None, parent: QWidget | None
) -> Unreachable | None:
    """At start the class bank did not open: try again (server out of reach), use the own
    bank, or quit. A refused login's kept password is forgotten: asked at the next start.
    None when ``db`` is not a class bank or ``problem`` is not the bank's.
    """
    from quizapp.errors import BankError
    from quizapp.store.server import ServerUnreachableError

    login = classconnect.login_of(db)
    if login is None or not isinstance(problem, BankError):
        return None
    reachable = not isinstance(problem, ServerUnreachableError)
    if reachable:
        classconnect.forget_password(login)
    said = str(problem)
    then = (
        "Use your own bank on this computer?"
        if reachable
        else ("Try again, or use your own bank on this computer?")
    )
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "Class bank unavailable",
        f"{said[:1].upper()}{said[1:]}.\n\n{then}",
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    retry = None if reachable else box.addButton("&Try again", QMessageBox.ButtonRole.AcceptRole)
    own = box.addButton("Use my &own bank", QMessageBox.ButtonRole.ActionRole)
    box.addButton("&Quit", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(retry or own)
    box.exec()
    if retry is not None and box.clickedButton() is retry:
        return Unreachable.RETRY
    return Unreachable.OWN_BANK if box.clickedButton() is own else Unreachable.QUIT
