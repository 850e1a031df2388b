"""The quiz's question page: where the quiz is, the time left, the card asked, Stop/Undo/Next."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from quizapp.ui.widgets.countdown import Countdown
from quizapp.ui.widgets.question_card import QuestionCard


class QuizQuestions(QWidget):
    """Which question of how many and the countdown, a progress bar, the card, Stop/Undo/Next."""

    next_requested = Signal()
    stop_requested = Signal()
    undo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card: QuestionCard | None = None
        self.counter = QLabel()
        self.counter.setProperty("role", "subtitle")
        self.clock = Countdown()
        top = QHBoxLayout()
        top.addWidget(self.counter, 1)
        top.addWidget(self.clock)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(6)
        self.card_holder = QVBoxLayout()
        self.next_button = QPushButton("Next")
        self.next_button.setProperty("primary", True)
        self.next_button.setToolTip("Next question (Enter)")
        self.next_button.clicked.connect(self.next_requested.emit)
        quit_button = QPushButton("Stop")
        quit_button.setToolTip("Stop the quiz and see the score so far")
        quit_button.clicked.connect(self.stop_requested.emit)
        self.undo_button = QPushButton("Undo")
        self.undo_button.setToolTip("Take back the last answer and answer again (Ctrl+Z)")
        self.undo_button.clicked.connect(self.undo_requested.emit)
        bottom = QHBoxLayout()
        bottom.addWidget(quit_button)
        bottom.addWidget(self.undo_button)
        bottom.addStretch(1)
        bottom.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.bar)
        layout.addLayout(self.card_holder, 1)
        layout.addLayout(bottom)

    def show_card(self, card: QuestionCard, position: int, total: int) -> None:
        """``card`` in place of the last one, as question ``position`` (from 0) of ``total``."""
        if self.card is not None:
            self.card_holder.removeWidget(self.card)
            self.card.hide()  # gone from the screen now; deleted on the next turn
            self.card.deleteLater()
        self.card = card
        self.card_holder.addWidget(card)
        card.show()
        self.counter.setText(f"Question {position + 1} of {total}")
        self.bar.setMaximum(total)
        self.bar.setValue(position)
