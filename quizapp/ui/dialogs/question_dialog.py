"""Edit one question in a dialog: the kind's form beside the learner's preview."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from quizapp.questiondata import QuestionData
from quizapp.ui.widgets.question_form import QuestionForm
from quizapp.ui.widgets.question_preview import QuestionPreview


class QuestionDialog(QDialog):
    """OK stays disabled while the question has problems; :attr:`result_question` holds it."""

    def __init__(
        self, question: QuestionData, title: str = "Edit question", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(940, 600)
        self.result_question: QuestionData | None = None
        self.form = QuestionForm()
        self.preview = QuestionPreview()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Accept question")
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        panes = QHBoxLayout()
        panes.addWidget(scroll, 5)
        panes.addWidget(self.preview, 4)
        layout = QVBoxLayout(self)
        layout.addLayout(panes, 1)
        layout.addWidget(self.buttons)
        self.form.edited.connect(self._on_edited)
        self.form.load(question)
        self._on_edited()

    def _on_edited(self) -> None:
        self.ok_button.setEnabled(not self.form.problems())
        self.preview.show_question(self.form.data())

    def _on_ok(self) -> None:
        if self.form.check(reveal=True):
            return
        self.result_question = self.form.data()
        self.accept()
