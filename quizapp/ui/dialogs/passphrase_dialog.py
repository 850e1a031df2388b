"""The teacher gate: set the teacher passphrase on first use, else ask for it.

:func:`ensure_teacher` is what teacher actions call first. A passphrase given
right is remembered for the open bank until :func:`lock_teacher` or the bank is
closed and reopened, so the teacher is asked once per session.
"""

from __future__ import annotations

import weakref

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from quizapp import teacher
from quizapp.bank import Bank
from quizapp.errors import QuizappError
from quizapp.ui.theme import app_is_dark, status_colours

_unlocked: weakref.WeakSet[Bank] = weakref.WeakSet()


def ensure_teacher(bank: Bank, parent: QWidget | None = None) -> bool:
    """Whether the user is the teacher: asks for the passphrase (or to set one) if needed."""
    if bank in _unlocked:
        return True
    dialog = PassphraseDialog(bank, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        _unlocked.add(bank)
        return True
    return False


def unlock_teacher(bank: Bank, passphrase: str) -> bool:
    """Check ``passphrase`` without a dialog; remember the teacher when it is right."""
    if teacher.check_passphrase(bank, passphrase):
        _unlocked.add(bank)
        return True
    return False


def is_teacher(bank: Bank) -> bool:
    """Whether the teacher has unlocked ``bank`` in this session."""
    return bank in _unlocked


def lock_teacher(bank: Bank) -> None:
    """Leave teacher mode: the passphrase is asked again next time."""
    _unlocked.discard(bank)


class PassphraseDialog(QDialog):
    """Asks for the teacher passphrase, or to choose one when none is set yet."""

    def __init__(self, bank: Bank, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bank = bank
        self.creating = not teacher.has_passphrase(bank)
        self.setWindowTitle("Set a teacher passphrase" if self.creating else "Teacher mode")
        self.setMinimumWidth(420)
        intro = QLabel(
            "Editing sets, importing questions and the class view are for teachers. "
            f"Choose a passphrase of at least {teacher.MIN_LENGTH} characters; learners "
            "on this computer can still study without it."
            if self.creating
            else "Enter the teacher passphrase to edit sets, import questions or see "
            "the class's progress."
        )
        intro.setWordWrap(True)
        self.passphrase = self._password_field("Teacher passphrase")
        self.confirm = self._password_field("Passphrase again")
        form = QFormLayout()
        form.addRow("&Passphrase:", self.passphrase)
        if self.creating:
            form.addRow("&Again:", self.confirm)
        self.error_label = QLabel()
        self.error_label.setAccessibleName("Passphrase problem")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {status_colours(app_is_dark())['wrong']};")
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Set passphrase" if self.creating else "Unlock")
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.passphrase.setFocus()

    def _password_field(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(name)
        field.textEdited.connect(lambda _text: self.error_label.hide())
        return field

    def _show_problem(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _on_ok(self) -> None:
        text = self.passphrase.text()
        if self.creating:
            if text != self.confirm.text():
                self._show_problem("The two passphrases differ; type the same one twice.")
                self.confirm.selectAll()
                self.confirm.setFocus()
                return
            try:
                teacher.set_passphrase(self.bank, text)
            except QuizappError as exc:
                self._show_problem(f"{str(exc)[:1].upper()}{str(exc)[1:]}.")
                self.passphrase.setFocus()
                return
            self.accept()
        elif teacher.check_passphrase(self.bank, text):
            self.accept()
        else:
            self._show_problem("That is not the teacher passphrase.")
            self.passphrase.clear()
            self.passphrase.setFocus()
