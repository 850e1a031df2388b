"""The teacher gate: set the teacher passphrase on first use, else ask for it.

:func:`ensure_teacher` is what teacher actions call first. A passphrase given
right is remembered by the window's :class:`~quizapp.ui.session.Session` until
:func:`lock_teacher` or the bank is reopened, so the teacher is asked once per session.
"""

from __future__ import annotations

import weakref

from PySide6.QtWidgets import QCheckBox, QDialog, QLineEdit, QWidget

from quizapp.errors import QuizappError
from quizapp.store import teacher_passphrase
from quizapp.store.bank import Bank
from quizapp.store.passwords import RetryDelay
from quizapp.study import learners
from quizapp.ui.session import Session
from quizapp.ui.widgets.password_form import PasswordForm

FIRST_USE = (
    "No teacher passphrase is set for this bank yet. Only the teacher should choose it: "
    "whoever sets it can edit and delete sets, import questions and see every learner's "
    "progress. If you are a learner, press Cancel and ask your teacher.\n\n"
    f"Choose a passphrase of at least {teacher_passphrase.MIN_LENGTH} characters; "
    "learners can still study without it. "
    "A forgotten passphrase is removed with: quizapp teacher reset-passphrase"
)
UNLOCK = "Enter the teacher passphrase to edit sets, import questions or see the class's progress."

_delays: weakref.WeakKeyDictionary[Bank, RetryDelay] = weakref.WeakKeyDictionary()


def retry_delay(bank: Bank) -> RetryDelay:
    """The wait after wrong passphrases for ``bank``, shared by every passphrase dialog."""
    return _delays.setdefault(bank, RetryDelay())


def ensure_teacher(session: Session, parent: QWidget | None = None) -> bool:
    """Whether the user is the teacher: asks for the passphrase (or to set one) if needed."""
    if session.teacher_unlocked:
        return True
    if session.bank is None:
        return False
    dialog = PassphraseDialog(session.bank, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        session.teacher_unlocked = True
        return True
    return False


def unlock_teacher(session: Session, passphrase: str) -> bool:
    """Check ``passphrase`` without a dialog; remember the teacher when it is right."""
    if session.bank is not None and teacher_passphrase.check_passphrase(session.bank, passphrase):
        session.teacher_unlocked = True
        return True
    return False


def is_teacher(session: Session) -> bool:
    """Whether the teacher has unlocked the session's bank."""
    return session.teacher_unlocked


def lock_teacher(session: Session) -> None:
    """Leave teacher mode: the passphrase is asked again next time."""
    session.teacher_unlocked = False


class PassphraseDialog(PasswordForm):
    """Asks for the teacher passphrase, or to choose one when none is set yet."""

    def __init__(self, bank: Bank, parent: QWidget | None = None) -> None:
        creating = not teacher_passphrase.has_passphrase(bank)
        super().__init__(
            "Set a teacher passphrase" if creating else "Teacher mode",
            FIRST_USE if creating else UNLOCK,
            "Set passphrase" if creating else "Unlock",
            parent,
            delay=retry_delay(bank),
        )
        self.bank = bank
        self.creating = creating
        self.passphrase = self.field("&Passphrase:", "Teacher passphrase")
        self.confirm = self.field("&Again:", "Passphrase again") if creating else QLineEdit()
        # With learners already here, the one who sets it says they are the teacher
        self.i_am_teacher = QCheckBox("I am the &teacher of the learners using quizapp here")
        if creating and learners.list_learners(bank):
            self.form.addRow(self.i_am_teacher)
            self.ok_button.setEnabled(False)
            self.i_am_teacher.toggled.connect(self.ok_button.setEnabled)
        else:
            self.i_am_teacher.setChecked(True)
        self.passphrase.setFocus()

    def _on_ok(self) -> None:
        text = self.passphrase.text()
        if self.creating and not self.i_am_teacher.isChecked():
            return
        if self.creating:
            if text != self.confirm.text():
                self.show_problem(
                    "The two passphrases differ; type the same one twice.", self.confirm
                )
                return
            try:
                teacher_passphrase.set_passphrase(self.bank, text)
            except QuizappError as exc:
                self.show_problem(str(exc), self.passphrase)
                return
            self.accept()
        elif teacher_passphrase.check_passphrase(self.bank, text):
            self.delay.succeeded()
            self.accept()
        else:
            self.passphrase.clear()
            self.refuse("That is not the teacher passphrase.", self.passphrase)
