"""In a small window (640x440), the feedback wraps: nothing of it is cut off at the right.

The card scrolls only up and down, so anything wider than its view could never be read.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from quizapp.questiondata import QuestionData, QuestionKind
from quizapp.ui.widgets.answer_inputs import MatchingInput
from quizapp.ui.widgets.question_card import QuestionCard

PAIRS = [
    ["Baku", "where the president met the alliance's secretary-general in person"],
    ["Berlin", "two days of negotiations in February between the foreign ministers"],
    ["Brussels", "the union brought the two sides together there for the first time"],
]
CARD_WIDTH = 592  # the card's width in a window 640 wide


def right_edge(widget: QWidget, card: QuestionCard) -> int:
    """Where ``widget`` ends, in the card's view."""
    view = card.scroll_area.viewport()
    return widget.mapTo(view, QPoint(widget.width(), 0)).x()


def test_a_wrong_matching_shows_every_right_match_and_the_key_in_view(qtbot: QtBot) -> None:
    # Given a matching question with long matches, in a card as wide as a small window's
    key = "; ".join(f"{left} → {right}" for left, right in PAIRS)
    question = QuestionData(
        uid="cities", kind=QuestionKind.MATCHING, prompt="Match each city with its event.",
        pairs=PAIRS, answer=key, explanation="Two of the cities are capitals; " * 6,
        source="Talks took place in the three cities over the spring, " * 3,
    )  # fmt: skip
    card = QuestionCard(question)
    qtbot.addWidget(card)
    card.resize(CARD_WIDTH, 300)
    card.show()
    qtbot.waitExposed(card)
    # When she matches every city wrong and checks
    matching = card.input
    assert isinstance(matching, MatchingInput)
    rights = [right for _left, right in PAIRS]
    for i, (left, _right) in enumerate(PAIRS):
        matching.set_match(left, rights[(i + 1) % len(rights)])
    card.show_feedback(correct=False, expected=key)
    for _ in range(3):  # laid out (and scrolled) as the window would be
        QApplication.processEvents()
    # Then each right match, the key, the explanation and the source end inside the view
    view_width = card.scroll_area.viewport().width()
    shown = [*matching.marks.values(), card.answer_label, card.explanation_label]
    for widget in [*shown, card.source_label]:
        assert right_edge(widget, card) <= view_width, widget.text()
    for mark, right in zip(matching.marks.values(), rights, strict=True):
        assert right in mark.text()
