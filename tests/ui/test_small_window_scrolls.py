"""In a small window (640x440) the card scrolls to what the keys act on: the item moved
with Alt+Down, then the verdict and the key line after the answer."""

from __future__ import annotations

import random

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from quizapp.questiondata import QuestionData, QuestionKind
from quizapp.settings import Settings
from quizapp.ui.theme import apply_theme
from quizapp.ui.widgets.answer_inputs import ChoiceInput, OrderingInput
from quizapp.ui.widgets.question_card import QuestionCard

VIEW = (592, 255)  # the card's view in Review at 640x440
STEPS = [f"Step {n} of the peace process, as the article tells it" for n in range(1, 6)]
PROMPT = "Put these steps of the latest phase of the peace process in date order, earliest first."


def settle() -> None:
    for _ in range(3):  # laid out, then scrolled, as the window would be
        QApplication.processEvents()


def card_for(qtbot: QtBot, question: QuestionData) -> QuestionCard:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "light", Settings().font_size)  # the app's own padding and font sizes
    card = QuestionCard(question, rng=random.Random(3))
    qtbot.addWidget(card)
    card.resize(*VIEW)
    card.show()
    qtbot.waitExposed(card)
    settle()
    return card


def in_view(card: QuestionCard, widget: QWidget, top: int = 0, height: int | None = None) -> bool:
    """Whether ``widget`` (or its band from ``top``, ``height`` high) shows in the card's view."""
    view = card.scroll_area.viewport()
    start = widget.mapTo(view, QPoint(0, top)).y()
    end = start + (widget.height() if height is None else height)
    return start >= 0 and end <= view.height()


def test_alt_down_keeps_the_moved_item_in_view(qtbot: QtBot) -> None:
    # Given an ordering question of five steps, in a view that shows about two of them
    question = QuestionData(uid="o", kind=QuestionKind.ORDERING, prompt=PROMPT, choices=STEPS)
    card = card_for(qtbot, question)
    ordering = card.input
    assert isinstance(ordering, OrderingInput)
    rows = ordering.list
    rows.setFocus()
    rows.setCurrentRow(0)
    # When she moves the first item to the bottom with Alt+Down
    for row in range(1, len(STEPS)):
        qtbot.keyClick(rows, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
        settle()
        # Then the view follows it: the moved item shows after each step
        assert rows.currentRow() == row
        band = rows.visualItemRect(rows.currentItem())
        assert in_view(card, rows.viewport(), band.top(), band.height()), f"row {row} hidden"


def test_the_verdict_and_key_show_after_checking_an_order(qtbot: QtBot) -> None:
    question = QuestionData(
        uid="o", kind=QuestionKind.ORDERING, prompt=PROMPT, choices=STEPS,
        answer="\n".join(STEPS), explanation="The steps came one a month.",
    )  # fmt: skip
    card = card_for(qtbot, question)
    card.show_feedback(correct=False, expected="\n".join(STEPS[:2]))
    settle()
    assert in_view(card, card.verdict_label) and in_view(card, card.answer_label)


def test_the_verdict_and_key_show_after_a_multiple_choice_answer(qtbot: QtBot) -> None:
    question = QuestionData(
        uid="mc", kind=QuestionKind.MULTIPLE_CHOICE,
        prompt="Roughly how many ethnic Armenians lived in Karabakh before most of them fled?",
        answer="120,000", choices=["120,000", "60,000", "250,000", "12,000"],
        explanation="About 120,000 people left within a week.",
    )  # fmt: skip
    card = card_for(qtbot, question)
    assert isinstance(card.input, ChoiceInput)
    card.input.choose(card.input._options.index("60,000") + 1)
    card.show_feedback(correct=False, expected="120,000")
    settle()
    assert in_view(card, card.verdict_label) and in_view(card, card.answer_label)
    # and the prompt's top is as close above as the room allows: the key line ends the view
    view = card.scroll_area.viewport()
    key_end = card.answer_label.mapTo(view, QPoint(0, card.answer_label.height())).y()
    assert key_end >= view.height() - 4 or in_view(card, card.prompt, 0, 1)
