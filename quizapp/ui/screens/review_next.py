"""What the review screen makes ready for the next question while the learner reads.

The next question's answer input is built and styled once the feedback is shown, so the
grade only swaps it in; it is dropped when another question comes first (an undo, a mark,
a new queue). Once, at that moment too, the start-up's objects are frozen out of the
garbage collector's full passes.
"""

from __future__ import annotations

import gc
import random

from quizapp.questiondata import QuestionData
from quizapp.ui.widgets.answer_base import AnswerInput
from quizapp.ui.widgets.question_card import QuestionCard

# Once the feedback is painted (a learner reads it for far longer), the next question's
# input is built and styled, so the grade only swaps it in.
PREPARE_AFTER_MS = 20


class NextInput:
    """The answer input prepared for one question, kept until it is shown or dropped."""

    def __init__(self) -> None:
        self.question: QuestionData | None = None
        self.input: AnswerInput | None = None

    def prepare(self, card: QuestionCard, question: QuestionData, rng: random.Random) -> None:
        """Build ``question``'s input in ``card`` (hidden), unless it is ready already."""
        if self.input is not None and self.question is question:
            return
        self.drop()
        self.question, self.input = question, card.prepare_input(question, rng=rng)

    def take(self, question: QuestionData) -> AnswerInput | None:
        """The input prepared for exactly this question (None: there is none, build it)."""
        if self.question is not question:
            self.drop()  # made for another question
            return None
        prepared, self.question, self.input = self.input, None, None
        return prepared

    def drop(self) -> None:
        if self.input is not None:
            self.input.deleteLater()
        self.question, self.input = None, None


def settle_startup_objects() -> None:
    """Leave what exists by now (modules, the window, the bank) out of every later collection.

    A full collection of the running app scans 100,000 objects (about 50 ms): one of those
    between two cards is a visible stall. What the start-up made lives as long as the app, so
    once, while the learner reads the first feedback, the garbage is collected and the rest
    frozen (gc.freeze): later collections scan only what was made since.
    """
    if gc.get_freeze_count() == 0:
        gc.collect()
        gc.freeze()
