"""At the smallest window size (640x440), what matters stays in view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quizapp.ui.main_window import MainWindow
from quizapp.ui.screens.quiz import QuizScreen
from quizapp.ui.theme import apply_theme

SMALL = (640, 440)


@pytest.fixture
def styled(window: MainWindow) -> MainWindow:
    """The window styled as the app styles it (its fonts and padding), at 640x440."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "light", window.settings.font_size)
    window.resize(*SMALL)
    return window


def _quiz(qtbot: QtBot, window: MainWindow) -> QuizScreen:
    qtbot.waitUntil(lambda: window.size().width() == SMALL[0])
    qtbot.mouseClick(window.home.quiz_button, Qt.MouseButton.LeftButton)
    screen = window.stack.currentWidget()
    assert isinstance(screen, QuizScreen)
    screen.size_box.setValue(8)
    qtbot.mouseClick(screen.start_button, Qt.MouseButton.LeftButton)
    return screen


def test_the_results_table_gets_the_room(qtbot: QtBot, styled: MainWindow) -> None:
    # Given a quiz of 8 questions stopped at once: its results at 640x440
    screen = _quiz(qtbot, styled)
    screen._finish()
    table = screen.results
    qtbot.wait(20)  # the page lays out

    def whole_rows() -> int:
        height = table.viewport().height()
        return sum(table.rowViewportPosition(r) >= 0 and
                   table.rowViewportPosition(r) + table.rowHeight(r) <= height
                   for r in range(table.rowCount()))  # fmt: skip

    # Then the title makes way and several whole rows show, the buttons still in view
    assert not screen.title.isVisible()
    assert whole_rows() >= 4
    assert screen.retry_button.isVisible() and screen.done_button.isVisible()
    # And the next run has its title back
    qtbot.mouseClick(screen.retry_button, Qt.MouseButton.LeftButton)
    assert screen.title.isVisible() and screen.title.text().startswith("Retry (practice)")


def test_the_check_order_button_is_in_view(qtbot: QtBot, styled: MainWindow) -> None:
    # Given the ordering question of a quiz at 640x440
    screen = _quiz(qtbot, styled)
    while screen.card is not None and screen.card.question.kind != "ordering":
        screen._on_next()
    card = screen.card
    assert card is not None
    button = card.input.done_button  # type: ignore[attr-defined]
    view = card.scroll_area.viewport()
    qtbot.wait(20)  # laid out
    # Then its Check order button shows without scrolling
    top = button.mapTo(view, button.rect().topLeft()).y()
    assert card.scroll_area.verticalScrollBar().value() == 0
    assert top >= 0 and top + button.height() <= view.height()
