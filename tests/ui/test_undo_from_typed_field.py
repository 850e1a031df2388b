"""Ctrl+Z in a typed-answer field: its own typing first, else the last answer goes back.

Typed questions start with the focus in their field, so without this Ctrl+Z (F1: take
back the last answer) would do nothing on every one of them.
"""

from __future__ import annotations

from keys import activate, answer_with_keys, focused, press, type_text
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_learn_screen import answer_current

from quizapp.ui.main_window import MainWindow
from quizapp.ui.screens.learn_screen import QUESTION, LearnScreen
from quizapp.ui.widgets.answer_inputs import TextInput

CTRL = Qt.KeyboardModifier.ControlModifier


def review_to_typed(qtbot: QtBot, window: MainWindow) -> str:
    """Review by keys until a typed question shows after at least one answer; its uid."""
    activate(qtbot, window)
    qtbot.mouseClick(window.home.review_button, Qt.MouseButton.LeftButton)
    screen = window.review_screen
    for _ in range(20):
        card = screen.card
        assert card is not None
        if screen.history and isinstance(card.input, TextInput):
            return card.question.uid
        answer_with_keys(card, right=True)
        if screen.grade_bar.isVisible():
            press(Qt.Key.Key_3)
        else:
            press(Qt.Key.Key_Return)
    raise AssertionError("no typed question came after an answer")


def learn_to_typed(screen: LearnScreen) -> None:
    """Learn by keys until a typed question shows with an answer of its round to take back."""
    for _ in range(60):
        card, learn = screen.card, screen.learn
        asking = screen.pages.currentIndex() == QUESTION and not screen.next_button.isVisible()
        if asking and card is not None and learn is not None:
            if isinstance(card.input, TextInput) and learn.can_undo:
                return
            answer_current(screen, right=True)
        press(Qt.Key.Key_Return)
    raise AssertionError("no typed question came after an answer of its round")


def test_review_ctrl_z_in_an_empty_field_takes_back_the_last_answer(
    qtbot: QtBot, window: MainWindow
) -> None:
    # Given Ada at a typed question, the focus in its empty field, one answer given
    typed = review_to_typed(qtbot, window)
    screen = window.review_screen
    assert screen.card is not None and focused() is screen.card.input.edit  # type: ignore[attr-defined]
    last = screen.history[-1].question_id
    done = screen.done_count
    # When she presses Ctrl+Z there
    press(Qt.Key.Key_Z, CTRL)
    # Then the last answer is taken back and its question asked again
    assert screen.done_count == done - 1
    assert screen.current is not None and screen.current.question_id == last
    assert screen.card is not None and screen.card.question.uid != typed


def test_review_ctrl_z_undoes_the_typing_first(qtbot: QtBot, window: MainWindow) -> None:
    # Given Ada has typed in the field
    review_to_typed(qtbot, window)
    screen = window.review_screen
    edit = focused()
    done = screen.done_count
    type_text("Par")
    # When she presses Ctrl+Z: the typing goes, the answer stays; again: the answer goes
    press(Qt.Key.Key_Z, CTRL)
    assert edit.text() == "" and screen.done_count == done  # type: ignore[attr-defined]
    press(Qt.Key.Key_Z, CTRL)
    assert screen.done_count == done - 1


def test_learn_ctrl_z_in_an_empty_field_takes_back_the_last_answer(
    qtbot: QtBot, window: MainWindow
) -> None:
    activate(qtbot, window)
    window.home.table.setFocus()
    press(Qt.Key.Key_L)
    screen = window.stack.currentWidget()
    assert isinstance(screen, LearnScreen)
    learn_to_typed(screen)
    assert screen.card is not None and screen.learn is not None
    assert focused() is screen.card.input.edit  # type: ignore[attr-defined]
    answers = screen.learn.answers
    press(Qt.Key.Key_Z, CTRL)
    assert screen.learn.answers == answers - 1
