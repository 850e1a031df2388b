"""Learn mode's pages between questions: a round's summary, and the end."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.study.learn import LearnSession, RoundSummary, Stage
from quizapp.ui.humanize import count

STAGE_MARKS = {
    Stage.MASTERED: "✔  Mastered",
    Stage.FAMILIAR: "◐  Familiar",
    Stage.NEW: "✘  Not yet",
}


def _heading() -> QLabel:
    label = QLabel()
    label.setProperty("role", "prompt")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _text() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class RoundPage(QWidget):
    """A finished round: how it went, each of its questions' stage, and Continue."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = _heading()
        self.text = _text()
        self.questions = QListWidget()
        self.questions.setAccessibleName("This round's questions")
        self.questions.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.questions.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Enter goes on, not into the list
        self.questions.setWordWrap(True)
        self.continue_button = QPushButton("&Continue")
        self.continue_button.setProperty("primary", True)
        self.continue_button.setToolTip("Next round (Enter)")
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.continue_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addWidget(self.questions, 1)
        layout.addLayout(row)

    def show_round(
        self, summary: RoundSummary, prompts: Mapping[int, str], stages: Mapping[int, Stage]
    ) -> None:
        """Fill the page with ``summary``; ``prompts`` and ``stages`` by question id."""
        asked = len(summary.questions)
        self.heading.setText(f"Round {summary.number} done")
        left = summary.progress.total - summary.progress.mastered
        self.text.setText(
            f"{summary.right_first_time} of {count(asked, 'question')} right the first time; "
            f"{count(left, 'question')} still to master."
        )
        self.questions.clear()
        for qid in summary.questions:
            prompt = " ".join(prompts[qid].split())  # one line each
            self.questions.addItem(f"{STAGE_MARKS[stages[qid]]}  ·  {prompt}")


class EndPage(QWidget):
    """Everything mastered: what it took, Learn again or Done."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = _heading()
        self.text = _text()
        self.again_button = QPushButton("Learn &again")
        self.again_button.setToolTip("Learn this set again from the start")
        self.done_button = QPushButton("&Done")
        self.done_button.setProperty("primary", True)
        self.done_button.setToolTip("Back to your sets (Enter, Esc)")
        row = QHBoxLayout()
        row.addWidget(self.again_button)
        row.addStretch(1)
        row.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addStretch(1)
        layout.addLayout(row)

    def show_end(self, learn: LearnSession) -> None:
        total = learn.progress().total
        self.heading.setText(f"All {count(total, 'question')} mastered")
        rounds = count(learn.round_number, "round")
        self.text.setText(
            f"It took {rounds} and {count(learn.answers, 'answer')}. Learn mode is practice: "
            "your review schedule has not changed."
        )
