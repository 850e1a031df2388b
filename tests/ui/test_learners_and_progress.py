"""Switching learners keeps their work apart; the progress screen draws its charts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quizapp.settings import Settings
from quizapp.study import learners
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

    # When Ben types his name in the learner dialog (Ctrl+L) and presses Enter
    QTimer.singleShot(0, lambda: type_name(qtbot, "Ben"))
    window.choose_learner()
    # Then the window is Ben's, says so, and his counts are his own
    assert window.learner is not None and window.learner.name == "Ben"
    assert window.windowTitle() == "quizapp — Ben"
    assert window.home.title.text() == "Hello, Ben"
    assert window.home.subtitle.text().startswith("Ben · ")
    assert window.home.rows()[every_kind_row(window)].new == 8
    assert window.settings.last_learner == "Ben"


def type_name(qtbot: QtBot, name: str) -> None:
    """Types ``name`` into the open learner dialog, as it opens (focus in the field), and Enter."""
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, LearnerDialog)
    qtbot.keyClicks(dialog.focusWidget(), name)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    if dialog.isVisible():  # Enter did not choose: close it, the test then fails on its asserts
        dialog.reject()


def test_typing_an_existing_name_picks_that_learner(qtbot: QtBot, window: MainWindow) -> None:
    # Given Ada studying and Ben's profile already there
    assert window.bank is not None
    learners.create_learner(window.bank, "Ben", timezone="UTC")
    # When someone types "ben" and presses Enter
    QTimer.singleShot(0, lambda: type_name(qtbot, "ben"))
    window.choose_learner()
    # Then Ben's profile is chosen, and no second Ben is made
    assert window.learner is not None and window.learner.name == "Ben"
    assert [x.name for x in learners.list_learners(window.bank)] == ["Ada", "Ben"]
    assert window.home.title.text() == "Hello, Ben"


def test_enter_with_no_name_chooses_the_profile_selected_with_the_arrows(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.bank is not None
    learners.create_learner(window.bank, "Ben", timezone="UTC")

    def down_enter() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LearnerDialog)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Down)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    QTimer.singleShot(0, down_enter)
    window.choose_learner()
    assert window.learner is not None and window.learner.name == "Ben"


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
    assert screen.data.totals.answers == 3
    assert sum(screen.heatmap.counts.values()) == 3
    assert "3 mastered" not in screen.summary.text()
    assert screen.forecast_chart.chart().series()
    # the set's questions name no kind of fact: that chart says so rather than stay empty
    assert "no answers to questions" in screen.accuracy_chart.text()  # type: ignore[attr-defined]
    assert "Hardest questions: none yet" in screen.hardest_table.text()  # type: ignore[attr-defined]
