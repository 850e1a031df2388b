"""The frame of the password dialogs: intro text, password fields, a problem line, OK/Cancel.

After a wrong secret (:meth:`PasswordForm.refuse`) OK stays disabled for a
growing delay (:class:`quizapp.store.passwords.RetryDelay`), shared by every dialog
asking for the same secret, so closing and reopening the dialog does not help.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from quizapp.store.passwords import RetryDelay
from quizapp.ui.plain import plain_label
from quizapp.ui.theme import app_is_dark, status_colours


class PasswordForm(QDialog):
    """Password fields, a line for problems, OK (the subclass's ``_on_ok``) and Cancel."""

    def __init__(
        self,
        title: str,
        intro: str,
        ok_text: str,
        parent: QWidget | None,
        *,
        delay: RetryDelay | None = None,
    ) -> None:
        super().__init__(parent)
        self.delay = delay or RetryDelay()
        self.wait_timer = QTimer(self)
        self.wait_timer.setSingleShot(True)
        self.wait_timer.timeout.connect(self._on_wait_over)
        self.setWindowTitle(title)
        label = plain_label(intro)  # it names the learner
        label.setWordWrap(True)
        label.setMinimumWidth(400)  # wrapped text needs a width to know its height
        self.form = QFormLayout()
        self.problem = plain_label()
        self.problem.setAccessibleName("Password problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {status_colours(app_is_dark())['wrong']};")
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.buttons.accepted.connect(self._on_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        if self.delay.remaining():  # a wrong secret was typed in an earlier dialog
            self._wait()

    def showEvent(self, event: QShowEvent) -> None:
        self.adjustSize()
        super().showEvent(event)

    def field(self, label: str, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setAccessibleName(name)
        edit.textEdited.connect(lambda _text: self.problem.hide())
        self.form.addRow(label, edit)
        return edit

    def _on_ok(self) -> None:
        """Check what was typed (the subclass's job)."""
        raise NotImplementedError

    def _on_accepted(self) -> None:
        if not self.delay.remaining():
            self._on_ok()

    def refuse(self, text: str, field: QLineEdit) -> None:
        """A wrong secret: say so, and wait longer after each one before the next try."""
        wait = math.ceil(self.delay.failed())
        unit = "second" if wait == 1 else "seconds"
        self.show_problem(f"{text.rstrip('.')}. Try again in {wait} {unit}.", field)
        self._wait()

    def _wait(self) -> None:
        self.ok_button.setEnabled(False)
        self.wait_timer.start(math.ceil(self.delay.remaining() * 1000))

    def _on_wait_over(self) -> None:
        if self.delay.remaining():  # woken early: wait for the rest
            self._wait()
        else:
            self.ok_button.setEnabled(True)

    def show_problem(self, text: str, field: QLineEdit) -> None:
        self.problem.setText(text[:1].upper() + text[1:] + ("" if text.endswith(".") else "."))
        self.problem.show()
        self.adjustSize()  # room for the problem's line(s): adjustSize honours wrapping
        field.selectAll()
        field.setFocus()
