"""Undo cannot improve a schedule: a retake after a wrong answer is at most Hard, and its
time goes on from the answer taken back (in Review and in a quiz)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from quizapp.ui.main_window import MainWindow
from quizapp.ui.screens.quiz import QuizScreen
from quizapp.ui.widgets.question_card import QuestionCard

Answer = Callable[..., None]


class Clock:
    """Stands in for the screen's QElapsedTimer: each answer takes the time the test says."""

    def __init__(self) -> None:
        self.ms = 0

    def start(self) -> None:
        pass

    def elapsed(self) -> int:
        return self.ms


def mc_rows(window: MainWindow) -> list[tuple[int, int]]:
    assert window.bank is not None
    with window.bank.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT r.rating, r.duration_ms FROM reviewlog r JOIN question q"
                " ON q.id = r.question_id WHERE q.uid = 'mc' ORDER BY r.id"
            )
        )
        return [(r.rating, r.duration_ms) for r in rows]


def review_until_mc(window: MainWindow, qtbot: QtBot, answer_card: Answer) -> QuestionCard:
    """Start a review of 'Every kind' and answer (right) until the multiple-choice one shows."""
    qtbot.mouseClick(window.home.review_button, Qt.MouseButton.LeftButton)
    screen = window.review_screen
    while screen.card is not None and screen.card.question.uid != "mc":
        answer_card(qtbot, screen.card, right=True)
        if screen.grade_bar.isVisible():
            qtbot.keyClick(screen, Qt.Key.Key_3)
        else:
            qtbot.keyClick(screen.next_button, Qt.Key.Key_Return)
    assert screen.card is not None
    return screen.card


def test_review_retake_after_a_wrong_answer_is_never_easy(
    qtbot: QtBot, window: MainWindow, answer_card: Answer
) -> None:
    # Given Ada answered the multiple-choice question wrong and saw the right answer
    card = review_until_mc(window, qtbot, answer_card)
    screen = window.review_screen
    screen.timer = Clock()  # type: ignore[assignment]
    answer_card(qtbot, card, right=False)
    assert mc_rows(window) == [(1, 0)]
    # When she takes it back (Ctrl+Z) and presses the right key at once
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert mc_rows(window) == []
    assert screen.card is not None and screen.card.question.uid == "mc"
    answer_card(qtbot, screen.card, right=True)
    # Then the retake counts as right but Hard (not Easy, as a fast right answer would)
    assert mc_rows(window) == [(2, 0)]
    assert screen.card.verdict_label.text() == "✔  Right"


def test_review_retake_keeps_the_time_of_the_answer_taken_back(
    qtbot: QtBot, window: MainWindow, answer_card: Answer
) -> None:
    # Given the multiple-choice question answered right after 12 s (Good)
    card = review_until_mc(window, qtbot, answer_card)
    screen = window.review_screen
    clock = screen.timer = Clock()  # type: ignore[assignment]
    clock.ms = 12_000
    answer_card(qtbot, card, right=True)
    assert mc_rows(window) == [(3, 12_000)]
    # When she takes it back and answers again 1 s later
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    clock.ms = 1_000
    assert screen.card is not None
    answer_card(qtbot, screen.card, right=True)
    # Then its time goes on from the first (13 s: still Good, not a 1 s Easy)
    assert mc_rows(window) == [(3, 13_000)]


def test_quiz_retake_after_a_wrong_answer_is_never_easy(
    qtbot: QtBot, window: MainWindow, answer_card: Answer
) -> None:
    # Given a quiz whose multiple-choice question Ada answered wrong
    qtbot.mouseClick(window.home.quiz_button, Qt.MouseButton.LeftButton)
    screen = window.stack.currentWidget()
    assert isinstance(screen, QuizScreen)
    screen.size_box.setValue(8)
    qtbot.mouseClick(screen.start_button, Qt.MouseButton.LeftButton)
    screen.timer = Clock()  # type: ignore[assignment]
    while screen.card is not None and screen.card.question.uid != "mc":
        kind = screen.card.question.kind
        answer_card(qtbot, screen.card, right=True)
        if kind == "flashcard":
            qtbot.keyClick(screen, Qt.Key.Key_3)
        else:
            qtbot.keyClick(screen.next_button, Qt.Key.Key_Return)
    assert screen.card is not None
    answer_card(qtbot, screen.card, right=False)
    assert mc_rows(window) == [(1, 0)]
    # When she takes it back and answers right at once
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert screen.card is not None and screen.card.question.uid == "mc"
    answer_card(qtbot, screen.card, right=True)
    # Then the schedule gets Hard, while the quiz counts it right
    assert mc_rows(window) == [(2, 0)]
