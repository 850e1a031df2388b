"""The review screen prepares the next question's input while the learner reads the feedback."""

from __future__ import annotations

import gc
from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from quizapp.ui.main_window import MainWindow
from quizapp.ui.screens.review import ReviewScreen
from quizapp.ui.widgets.answer_base import AnswerInput
from quizapp.ui.widgets.answer_inputs import input_for

Answer = Callable[..., None]


def answered_and_prepared(qtbot: QtBot, window: MainWindow, answer_card: Answer) -> ReviewScreen:
    """Start a review, answer the first question, and wait for the next input to be ready."""
    qtbot.mouseClick(window.home.review_button, Qt.MouseButton.LeftButton)
    screen = window.review_screen
    assert screen.card is not None
    answer_card(qtbot, screen.card, right=True)
    qtbot.waitUntil(lambda: screen._next_input.input is not None)
    return screen


def move_on(qtbot: QtBot, screen: ReviewScreen) -> None:
    if screen.grade_bar.isVisible():
        qtbot.keyClick(screen, Qt.Key.Key_3)
    else:
        qtbot.keyClick(screen.next_button, Qt.Key.Key_Return)


def visible_inputs(screen: ReviewScreen) -> list[AnswerInput]:
    assert screen.card is not None
    return [w for w in screen.card.findChildren(AnswerInput) if w.isVisible()]


def test_the_prepared_input_is_the_next_questions_and_shows_on_moving_on(
    qtbot: QtBot, window: MainWindow, answer_card: Answer
) -> None:
    # Given a question answered, its feedback read long enough for the next input to be made
    screen = answered_and_prepared(qtbot, window, answer_card)
    question, prepared = screen._next_input.question, screen._next_input.input
    assert question is not None and prepared is not None
    # Then it was made for the next question in the queue, and nobody sees it yet
    assert question is screen.queue[0].question
    assert not prepared.isVisible()
    assert type(prepared) is type(input_for(question))
    # When the learner moves on
    move_on(qtbot, screen)
    # Then that very input asks the next question, alone, ready to answer
    assert screen.card is not None and screen.current is not None
    assert screen.current.question is question and screen.card.question is question
    assert screen.card.input is prepared
    assert visible_inputs(screen) == [prepared] and prepared.isEnabled()
    assert screen._next_input.input is None
    # And answering through it records the answer of that question
    answer_card(qtbot, screen.card, right=True)
    assert screen.history[-1].question is question


def test_an_undo_asks_the_undone_question_with_its_own_input_not_the_prepared_one(
    qtbot: QtBot, window: MainWindow, answer_card: Answer
) -> None:
    # Given the next question's input prepared while the feedback shows
    screen = answered_and_prepared(qtbot, window, answer_card)
    prepared = screen._next_input.input
    assert prepared is not None
    first = screen.history[-1].question
    # When the learner takes the answer back
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    # Then the undone question is asked with an input of its own; the prepared one is dropped
    assert screen.card is not None and screen.card.question is first
    assert screen.card.input is not prepared
    assert visible_inputs(screen) == [screen.card.input]
    assert screen._next_input.input is None
    # And the questions after it still come in order, each with its own input
    answer_card(qtbot, screen.card, right=True)
    expected = screen.queue[0].question
    move_on(qtbot, screen)
    assert screen.card.question is expected
    assert visible_inputs(screen) == [screen.card.input]


def test_a_review_leaves_the_start_up_objects_out_of_later_collections(
    qtbot: QtBot, window: MainWindow, answer_card: Answer
) -> None:
    # Given the window open on its bank, nothing frozen yet in this test process
    gc.unfreeze()
    try:
        # When a first answer's feedback has been read for a moment
        answered_and_prepared(qtbot, window, answer_card)
        # Then what exists by then is no longer scanned by the collector
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()  # the other tests' objects are collected as usual
