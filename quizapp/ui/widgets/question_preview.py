"""A live preview of a question, drawn by the learner's own :class:`QuestionCard`.

The teacher can answer it to see the feedback the learner would get; nothing
is recorded.
"""

from __future__ import annotations

import random

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from quizapp.questiondata import QuestionData, QuestionKind, problems
from quizapp.study import grading
from quizapp.ui.widgets.question_card import QuestionCard


class QuestionPreview(QFrame):
    """Shows the question as the learner will see it; answering it shows the feedback."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("question_preview")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.question: QuestionData | None = None
        self.card: QuestionCard | None = None
        title = QLabel("Preview — as the learner sees it")
        title.setProperty("role", "subtitle")
        self.note = QLabel()
        self.note.setProperty("role", "subtitle")
        self.note.setWordWrap(True)
        self.again_button = QPushButton("Tr&y again")
        self.again_button.setToolTip("Show the question again, unanswered")
        self.again_button.clicked.connect(self._on_again)
        self.again_button.hide()
        header = QHBoxLayout()
        header.addWidget(title, 1)
        header.addWidget(self.again_button)
        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addLayout(header)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.note)

    def show_question(self, question: QuestionData | None) -> None:
        """Draw ``question`` (or nothing), unanswered."""
        self.question = question
        if self.card is not None:
            self.body.removeWidget(self.card)
            self.card.hide()
            self.card.deleteLater()
            self.card = None
        self.again_button.hide()
        if question is None:
            self.note.setText("Choose or add a question to see it here.")
            return
        # The same shuffle on every keystroke, so the preview does not jump around.
        self.card = QuestionCard(question, rng=random.Random(0))
        self.card.setAccessibleName("Question preview")
        valid = not problems(question)
        self.card.input.setEnabled(valid)
        self.card.answered.connect(self._on_answered)
        self.body.addWidget(self.card)
        self.note.setText(
            "Answer it to see the feedback (nothing is recorded)."
            if valid
            else "Fix the problems in the form to try this question."
        )

    def _on_answered(self) -> None:
        card, question = self.card, self.question
        if card is None or question is None:
            return
        if question.kind == QuestionKind.FLASHCARD:
            card.show_feedback(correct=None, expected=question.answer)
        else:
            verdict = grading.check_answer(question, card.response())
            card.show_feedback(
                correct=verdict.correct, expected=verdict.expected, note=verdict.note
            )
        self.again_button.show()

    def _on_again(self) -> None:
        self.show_question(self.question)
