"""The status line of * is about the question on screen: it goes when the next one shows
(S's and B's, said as their question leaves, stay)."""

from __future__ import annotations

from keys import activate, answer_with_keys, press
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from quizapp.ui.main_window import MainWindow
from quizapp.ui.widgets.answer_inputs import ChoiceInput


def test_starred_leaves_the_status_bar_when_the_next_question_shows(
    qtbot: QtBot, window: MainWindow
) -> None:
    # Given Ada reviewing 'Every kind', at its first question (a multiple choice)
    activate(qtbot, window)
    qtbot.mouseClick(window.home.review_button, Qt.MouseButton.LeftButton)
    screen, bar = window.review_screen, window.statusBar()
    card = screen.card
    assert card is not None and isinstance(card.input, ChoiceInput)
    # When she stars it, the status bar says so
    press(Qt.Key.Key_Asterisk)
    assert bar.currentMessage() == "★ Starred"
    # and when she answers it and goes on, the next (unstarred) question shows without it
    answer_with_keys(card, right=True)
    press(Qt.Key.Key_Return)
    first = screen.current
    assert first is not None and first.question.uid != "mc"
    assert bar.currentMessage() == ""
    # But S's message stays with the question that follows the suspended one
    assert isinstance(screen.card and screen.card.input, ChoiceInput)
    press(Qt.Key.Key_S)
    assert screen.current is not first
    assert bar.currentMessage().startswith("Suspended")
