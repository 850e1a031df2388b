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


@pytest.mark.parametrize("size", [(900, 620), SMALL])
def test_assigned_work_cuts_a_long_name_and_keeps_the_columns(
    qtbot: QtBot, styled: MainWindow, size: tuple[int, int]
) -> None:
    # Given a set with a long name assigned, and learners who did it or not
    from datetime import UTC, date, datetime, timedelta

    from test_class_work import open_work_tab

    from quizapp.content import sets
    from quizapp.questiondata import QuestionData, SetData
    from quizapp.study import assignments, learners

    bank = styled.bank
    assert bank is not None
    long_name = "Caucasus peace talks (2024), second reading with the maps"
    question = QuestionData("q", "short_answer", "Who?", "x")
    sets.add_set(bank, SetData(long_name, questions=[question]))
    for name in ("Alice", "Bob"):
        learners.create_learner(bank, name, timezone="UTC")
    assignments.assign(bank, long_name, date.today() + timedelta(days=7), quiz_length=1,
                       pass_mark=60, today=date.today(), now=datetime.now(UTC))  # fmt: skip
    styled.resize(*size)
    screen = open_work_tab(qtbot, styled)
    tree = screen.work_panel.tree
    qtbot.wait(20)  # laid out
    # Then the long name is cut (its tooltip has it whole), the first column a third at most
    width = tree.viewport().width()
    assert tree.columnWidth(0) <= width * 0.3 + 1
    assert tree.topLevelItem(0).toolTip(0).startswith(long_name)
    last = tree.columnCount() - 1
    end = tree.header().sectionPosition(last) + tree.header().sectionSizeHint(last)
    if size == SMALL:  # and a narrow window scrolls sideways to the rest
        assert end <= width or tree.horizontalScrollBar().maximum() > 0
    else:  # and at the default size every column shows whole
        assert end <= width
