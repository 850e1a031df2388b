"""A question as the learner sees it: prompt, answer input, then the feedback."""

from __future__ import annotations

import html
import random
import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from quizapp.questiondata import CLOZE_GAP, QuestionData
from quizapp.ui.theme import app_is_dark, status_colours
from quizapp.ui.widgets.answer_inputs import AnswerInput, ChoiceInput, input_for

KIND_TITLES = {
    "multiple_choice": "Multiple choice",
    "true_false": "True or false?",
    "short_answer": "Short answer",
    "numeric": "Number",
    "cloze": "Fill the gap",
    "ordering": "Put in order",
    "matching": "Match the pairs",
    "flashcard": "Flashcard",
}


def highlight(sentence: str, fact: str, mark: str) -> str:
    """``sentence`` as HTML with ``fact`` highlighted (case-insensitive), text escaped."""
    escaped = html.escape(sentence)
    if not fact.strip():
        return escaped
    pattern = re.compile(re.escape(html.escape(fact)), re.IGNORECASE)
    return pattern.sub(lambda m: f'<span style="background:{mark};">{m.group(0)}</span>', escaped)


class QuestionCard(QWidget):
    """Shows one question; emits ``answered`` when the learner commits an answer."""

    answered = Signal()
    open_article_requested = Signal()

    def __init__(self, question: QuestionData, *, rng: random.Random | None = None) -> None:
        super().__init__()
        self.question = question
        self.kind_label = QLabel(KIND_TITLES.get(question.kind, question.kind))
        self.kind_label.setProperty("role", "subtitle")
        self.prompt = QLabel(self._prompt_html(question))
        self.prompt.setProperty("role", "prompt")
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.RichText)
        self.prompt.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.prompt.setAccessibleName("Question")
        self.input: AnswerInput = input_for(question, rng)
        self.input.submitted.connect(self._on_submitted)
        self.feedback = QFrame()
        self.feedback.setObjectName("feedback")
        self.verdict_label = QLabel()
        self.verdict_label.setAccessibleName("Verdict")
        self.answer_label = QLabel()
        self.answer_label.setWordWrap(True)
        self.answer_label.setTextFormat(Qt.TextFormat.RichText)
        self.explanation_label = QLabel()
        self.explanation_label.setWordWrap(True)
        self.explanation_label.setTextFormat(Qt.TextFormat.PlainText)
        self.source_label = QLabel()
        self.source_label.setWordWrap(True)
        self.source_label.setTextFormat(Qt.TextFormat.RichText)
        self.source_label.linkActivated.connect(lambda _link: self.open_article_requested.emit())
        self.feedback_layout = QVBoxLayout(self.feedback)
        self.feedback_layout.setContentsMargins(0, 8, 0, 0)
        for label in (
            self.verdict_label,
            self.answer_label,
            self.explanation_label,
            self.source_label,
        ):
            self.feedback_layout.addWidget(label)
        self.feedback.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.kind_label)
        layout.addWidget(self.prompt)
        layout.addWidget(self.input)
        layout.addWidget(self.feedback)
        layout.addStretch(1)

    @staticmethod
    def _prompt_html(question: QuestionData) -> str:
        text = html.escape(question.prompt).replace("\n", "<br>")
        if question.kind == "cloze":
            text = CLOZE_GAP.sub("<b>_____</b>", text)
        return text

    def show_question(self, question: QuestionData, *, rng: random.Random | None = None) -> None:
        """Ask another question in this card; only its answer input is new.

        Cheaper than a new card between two questions: its labels are not styled again.
        """
        self.question = question
        self.kind_label.setText(KIND_TITLES.get(question.kind, question.kind))
        self.prompt.setText(self._prompt_html(question))
        old, self.input = self.input, input_for(question, rng)
        self.input.submitted.connect(self._on_submitted)
        layout = self.layout()
        assert layout is not None  # built in __init__
        layout.replaceWidget(old, self.input)
        self.input.show()  # a widget added to a shown card stays hidden until told
        old.hide()
        old.deleteLater()
        self.feedback.hide()

    def add_footer(self, widget: QWidget) -> None:
        """Put ``widget`` under the feedback (e.g. self-grading buttons)."""
        self.feedback_layout.addWidget(widget)

    def _on_submitted(self) -> None:
        self.answered.emit()

    def response(self) -> object:
        return self.input.response()

    def focus_input(self) -> None:
        self.input.focus()

    def show_feedback(
        self, *, correct: bool | None, expected: str, note: str = "", has_article: bool = False
    ) -> None:
        """Show right/wrong (None for a revealed flashcard), the answer, explanation and source."""
        colours = status_colours(app_is_dark())
        self.input.lock()
        if isinstance(self.input, ChoiceInput):
            self.input.mark(self.question.answer, colours)
        if correct is None:
            self.verdict_label.setText("Answer")
            self.verdict_label.setStyleSheet("font-size: 15pt; font-weight: 600;")
        else:
            colour = colours["right" if correct else "wrong"]
            self.verdict_label.setText("✔  Right" if correct else "✘  Not quite")
            self.verdict_label.setStyleSheet(f"color: {colour}; font-size: 15pt; font-weight: 600;")
        answer_html = f"<b>{html.escape(expected)}</b>".replace("\n", "<br>")
        if note:
            answer_html += f"<br><i>{html.escape(note)}</i>"
        self.answer_label.setText(answer_html)
        self.explanation_label.setText(self.question.explanation)
        self.explanation_label.setVisible(bool(self.question.explanation))
        source = self.question.source or ""
        if source:
            marked = highlight(source, self.question.answer, colours["mark"])
            link = ' &nbsp;<a href="article">Open the article here</a>' if has_article else ""
            self.source_label.setText(
                f'<span style="color:{colours["muted"]}">From the article:</span> “{marked}”{link}'
            )
        self.source_label.setVisible(bool(source))
        self.feedback.show()
