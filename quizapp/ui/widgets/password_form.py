"""The frame of the password dialogs: intro text, password fields, a problem line, OK/Cancel."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from quizapp.ui.plain import plain_label
from quizapp.ui.theme import app_is_dark, status_colours


class PasswordForm(QDialog):
    """Password fields, a line for problems, OK (the subclass's ``_on_ok``) and Cancel."""

    def __init__(self, title: str, intro: str, ok_text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
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
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

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

    def show_problem(self, text: str, field: QLineEdit) -> None:
        self.problem.setText(text[:1].upper() + text[1:] + ("" if text.endswith(".") else "."))
        self.problem.show()
        self.adjustSize()  # room for the problem's line(s): adjustSize honours wrapping
        field.selectAll()
        field.setFocus()
