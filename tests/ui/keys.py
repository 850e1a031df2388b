"""Driving the window with keys only: each key goes where a person's key would go.

A key is sent to the application's focus widget, as the keyboard would send it; a step
that leaves the focus nowhere (or on a disabled widget) fails at the next key instead
of silently reaching a widget the learner could not reach. (Importable from tests
through the ``pythonpath`` setting in pyproject.toml.)
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from quizapp.ui.main_window import MainWindow
from quizapp.ui.screens.quiz import QuizScreen
from quizapp.ui.widgets.answer_inputs import (
    ChoiceInput,
    MatchingInput,
    OrderingInput,
    RevealInput,
    TextInput,
)
from quizapp.ui.widgets.question_card import QuestionCard

NO_MOD = Qt.KeyboardModifier.NoModifier
ALT = Qt.KeyboardModifier.AltModifier
WRONG_TEXT = {"short_answer": "Lyon", "numeric": "365", "cloze": "Red"}


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Make ``window`` the active window, so that it has a focus widget."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def focused() -> QWidget:
    """The widget the next key goes to; fails when there is none a learner could use."""
    widget = QApplication.focusWidget()
    assert widget is not None, "the focus is nowhere: the next key would be lost"
    assert widget.isEnabled() and widget.isVisible(), f"focus on an unusable {widget!r}"
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = NO_MOD) -> QWidget:
    """Press ``key`` on the focused widget; returns the widget that received it."""
    widget = focused()
    QTest.keyClick(widget, key, modifier)
    return widget


def type_text(text: str) -> None:
    QTest.keyClicks(focused(), text)


def start_quiz(qtbot: QtBot, window: MainWindow, size: int = 8) -> QuizScreen:
    """Q on the home, the size typed, Enter: the quiz's first question, keys only."""
    activate(qtbot, window)
    window.home.table.setFocus()
    press(Qt.Key.Key_Q)
    screen = window.stack.currentWidget()
    assert isinstance(screen, QuizScreen)
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    for digit in str(size):
        press(Qt.Key(Qt.Key.Key_0 + int(digit)))
    press(Qt.Key.Key_Return)
    assert screen.pages.currentIndex() == 1 and screen.card is not None
    return screen


def answer_with_keys(card: QuestionCard, *, right: bool) -> None:
    """Answer ``card`` with keys only, starting from where the screen put the focus."""
    q, widget = card.question, card.input
    if isinstance(widget, ChoiceInput):
        target = q.answer
        options = widget._options
        if not right:
            target = next(o for o in options if o != target)
        press(Qt.Key(Qt.Key.Key_1 + options.index(target)))
    elif isinstance(widget, TextInput):
        type_text(q.answer if right else WRONG_TEXT[q.kind])
        press(Qt.Key.Key_Return)
    elif isinstance(widget, OrderingInput):
        items = list(q.choices or [])
        order_with_keys(widget, items if right else wrong_order(items, widget.response()))
        press(Qt.Key.Key_Return)
    elif isinstance(widget, MatchingInput):
        _match_with_keys(widget, dict(q.pairs or []), right=right)
        press(Qt.Key.Key_Return)
    elif isinstance(widget, RevealInput):
        press(Qt.Key.Key_Space)
    else:  # pragma: no cover - a new kind without a driver
        raise AssertionError(f"no key driver for {type(widget).__name__}")


def wrong_order(items: list[str], shown: list[str]) -> list[str]:
    """An order of ``items`` that is wrong and not the one shown (an untouched order is
    not taken as an answer)."""
    turns = [items[n:] + items[:n] for n in range(1, len(items))] + [items[::-1]]
    return next(order for order in turns if order not in (items, shown))


def order_with_keys(widget: OrderingInput, target: list[str]) -> None:
    """Select items with Up/Down and move them with Alt+Up until the order is ``target``."""
    for position, wanted in enumerate(target):
        row = widget.response().index(wanted)
        while widget.list.currentRow() < row:
            press(Qt.Key.Key_Down)
        while widget.list.currentRow() > row:
            press(Qt.Key.Key_Up)
        for _ in range(row - position):
            press(Qt.Key.Key_Up, ALT)
    assert widget.response() == target


def _match_with_keys(widget: MatchingInput, pairs: dict[str, str], *, right: bool) -> None:
    """In each box (Tab goes to the next), Down until it shows the match wanted."""
    rights = list(pairs.values())
    for i, left in enumerate(pairs):
        wanted = pairs[left] if right else rights[(i + 1) % len(rights)]
        combo = focused()
        assert isinstance(combo, QComboBox) and combo is widget.combos[left]
        while combo.currentData() != wanted:
            press(Qt.Key.Key_Down)
        if i < len(pairs) - 1:
            press(Qt.Key.Key_Tab)
