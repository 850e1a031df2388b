"""What the quiz screen's title and results say: a retry is practice, a named quiz its name."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_quiz_options import open_setup, set_id

from quizapp.questiondata import QuestionKind
from quizapp.study import assignments, saved_quizzes
from quizapp.study.quiz_options import QuizOptions
from quizapp.ui.main_window import MainWindow
from quizapp.ui.screens.quiz import QuizScreen

Answer = Callable[..., None]


def _finish_wrong(qtbot: QtBot, screen: QuizScreen, answer_card: Answer) -> None:
    """Answer every question of the running quiz wrong, to its results."""
    while screen.pages.currentIndex() == 1:
        card = screen.card
        assert card is not None
        answer_card(qtbot, card, right=False)
        if card.question.kind == QuestionKind.FLASHCARD:
            qtbot.keyClick(screen, Qt.Key.Key_1)
        elif screen.next_button.isVisible():
            qtbot.keyClick(screen.next_button, Qt.Key.Key_Return)


def test_an_assigned_quizs_retry_says_it_is_practice(
    qtbot: QtBot, window: MainWindow, answer_card: Answer
) -> None:
    # Given Ada's assigned quiz of 2 questions, both missed
    assert window.bank is not None
    today = datetime.now(UTC).date()
    assignments.assign(window.bank, "Every kind", today + timedelta(days=3), today=today,
                       now=datetime.now(UTC), quiz_length=2, pass_mark=50)  # fmt: skip
    window.refresh_home()
    window.home.work.table.setFocus()
    qtbot.keyClick(window.home.work.table, Qt.Key.Key_Return)
    screen = window.stack.currentWidget()
    assert isinstance(screen, QuizScreen)
    assert screen.title.text() == "Quiz · Every kind (assigned)"
    _finish_wrong(qtbot, screen, answer_card)
    assert screen.result_page.verdict_label.text().startswith("Not passed")
    # When she retries the missed ones
    qtbot.mouseClick(screen.retry_button, Qt.MouseButton.LeftButton)
    # Then the title says it is practice, without "(assigned)"
    assert screen.title.text() == "Retry (practice) · Every kind"
    _finish_wrong(qtbot, screen, answer_card)
    # And its results say it is practice, counting for neither the assignment nor a quiz
    verdict = screen.result_page.verdict_label
    assert verdict.isVisible()
    assert verdict.text().startswith("Practice:")
    assert "for the assignment" in verdict.text() and "passed" not in verdict.text().lower()


def test_a_named_quiz_shows_its_name_while_it_runs(qtbot: QtBot, window: MainWindow) -> None:
    assert window.bank is not None
    saved_quizzes.save_quiz(window.bank, set_id(window), "Capitals sprint", QuizOptions(count=2))
    screen = open_setup(qtbot, window)
    assert screen.title.text() == "Quiz · Every kind"
    screen.setup.named_box.setCurrentIndex(1)
    screen.setup.start()
    assert screen.title.text() == "Quiz · Capitals sprint · Every kind"
