"""Switching learners keeps their work apart; the progress screen draws its charts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quizapp.settings import Settings
from quizapp.ui.dialogs.learner_dialog import LearnerDialog
from quizapp.ui.main_window import MainWindow
from quizapp.ui.screens.progress import ProgressScreen

Answer = Callable[..., None]


def every_kind_row(window: MainWindow) -> int:
    return [r.name for r in window.home.rows()].index("Every kind")


def test_switching_to_a_new_learner(qtbot: QtBot, window: MainWindow, answer_card: Answer) -> None:
    # Given Ada has answered one new question of 'Every kind'
    window.start_review(window.home.selected_set_id())
    card = window.review_screen.card
    assert card is not None
    answer_card(qtbot, card, right=True)
    window.show_home()
    ada_row = window.home.rows()[every_kind_row(window)]
    assert ada_row.new == 7

    # When Ben is created and chosen in the learner dialog (Ctrl+L)
    def add_ben() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LearnerDialog)
        qtbot.keyClicks(dialog.name_edit, "Ben")
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
        dialog.accept()

    QTimer.singleShot(0, add_ben)
    window.choose_learner()
    # Then the window is Ben's, and his counts are his own
    assert window.learner is not None and window.learner.name == "Ben"
    assert "Ben" in window.windowTitle()
    assert window.home.rows()[every_kind_row(window)].new == 8
    assert window.settings.last_learner == "Ben"


def test_learner_is_remembered(qtbot: QtBot, study_db: Path) -> None:
    window = MainWindow(db=study_db, settings=Settings(last_learner="Ada"))
    qtbot.addWidget(window)
    assert window.learner is not None and window.learner.name == "Ada"
    assert window.home.title.text() == "Hello, Ada"
    window.close()


def test_progress_screen_shows_charts(
    qtbot: QtBot, window: MainWindow, answer_card: Answer
) -> None:
    # Given a few answers
    window.start_review(window.home.selected_set_id())
    for _ in range(3):
        card = window.review_screen.card
        assert card is not None
        answer_card(qtbot, card, right=True)
        if window.review_screen.grade_bar.isVisible():
            qtbot.keyClick(window.review_screen, Qt.Key.Key_3)
        else:
            qtbot.keyClick(window.review_screen.next_button, Qt.Key.Key_Return)
    # When the progress screen opens (P), Then it loads off the GUI thread and draws
    window.show_home()
    qtbot.keyClick(window, Qt.Key.Key_P)
    screen = window.stack.currentWidget()
    assert isinstance(screen, ProgressScreen)
    qtbot.waitUntil(lambda: screen.data is not None, timeout=10000)
    assert screen.data is not None
    assert screen.data["totals"]["answers"] == 3
    assert sum(screen.heatmap.counts.values()) == 3
    assert "3 mastered" not in screen.summary.text()
    assert screen.forecast_chart.chart().series()
    assert screen.accuracy_chart.chart().series()
    assert screen.hardest_table.rowCount() >= 0
