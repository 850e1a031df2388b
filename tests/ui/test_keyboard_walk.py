"""A keyboard-only walk through Review and Quiz, every kind, light and dark, small and default size.

Each step's screen is saved as a PNG (under ``QUIZAPP_SHOTS`` when set, else the test's
tmp folder) and checked: nothing a learner must read is squashed below the height it
needs, and the focus is always where the next key goes.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from keys import activate, answer_with_keys, focused, press, start_quiz
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from quizapp.ui.main_window import MainWindow
from quizapp.ui.theme import apply_theme
from quizapp.ui.widgets.question_card import QuestionCard

SIZES = {"min": (640, 440), "default": (900, 620)}


def squashed(root: QWidget) -> list[str]:
    """Visible widgets under ``root`` shorter than they need to be (text cut, empty bars)."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            needed = widget.heightForWidth(widget.width())
        else:
            needed = widget.minimumSizeHint().height()
        if widget.height() < needed:
            name = widget.accessibleName() or type(widget).__name__
            text = widget.text() if isinstance(widget, QLabel) else ""
            found.append(f"{name} {text[:30]!r}: {widget.height()} < {needed}")
    return found


def cut_buttons(root: QWidget) -> list[str]:
    """Visible buttons under ``root`` narrower than their text."""
    return [
        f"{b.text()!r}: {b.width()} < {b.minimumSizeHint().width()}"
        for b in root.findChildren(QPushButton)
        if b.isVisibleTo(root) and b.width() < b.minimumSizeHint().width()
    ]


class Shots:
    def __init__(self, window: MainWindow, folder: Path, tag: str) -> None:
        self.window, self.folder, self.tag, self.count = window, folder, tag, 0

    def take(self, what: str, card: QuestionCard | None, screen: QWidget | None = None) -> None:
        """Settle the layout, save the window as a PNG and check the card is readable."""
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        QApplication.processEvents()
        self.count += 1
        self.window.grab().save(str(self.folder / f"{self.tag}-{self.count:02}-{what}.png"))
        if card is not None:
            assert card.scroll_area.viewport().height() > 0, what
            assert squashed(card.scroll_area.widget()) == [], what
        if screen is not None:
            assert cut_buttons(screen) == [], what


@pytest.fixture(params=["light", "dark"])
def theme(request: pytest.FixtureRequest, qapp: QApplication) -> object:
    apply_theme(qapp, request.param, 11)
    yield request.param
    apply_theme(qapp, "light", 11)


@pytest.mark.slow
@pytest.mark.parametrize("size", list(SIZES))
def test_review_and_quiz_with_keys_only(
    qtbot: QtBot, window: MainWindow, theme: str, size: str, tmp_path: Path
) -> None:
    folder = Path(os.environ.get("QUIZAPP_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    window.resize(*SIZES[size])
    shots = Shots(window, folder, f"{theme}-{size}")
    # Given Ada on the home screen, every kind new in 'Every kind'
    activate(qtbot, window)
    window.home.table.setFocus()
    # When she reviews with keys only, each card answered right
    press(Qt.Key.Key_R)
    screen = window.review_screen
    assert screen is not None
    reviewed: list[str] = []
    while screen.card is not None and len(reviewed) < 8:
        card = screen.card
        reviewed.append(card.question.kind)
        shots.take(f"review-{card.question.kind}", card)
        answer_with_keys(card, right=True)
        shots.take(f"review-{card.question.kind}-answered", card)
        # Then each step leaves the focus where the next key goes
        if card.question.kind == "flashcard":
            assert focused() is screen.grade_buttons[3]
            press(Qt.Key.Key_3)
        else:
            assert card.verdict_label.text() == "✔  Right"
            assert focused() is screen.next_button
            press(Qt.Key.Key_Return)
    assert len(set(reviewed)) == 8
    press(Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.home
    # When she takes a quiz of every kind with keys, answering each wrong
    quiz = start_quiz(qtbot, window)
    while quiz.pages.currentIndex() == 1:
        card = quiz.card
        assert card is not None
        shots.take(f"quiz-{card.question.kind}", card, quiz)
        answer_with_keys(card, right=False)
        shots.take(f"quiz-{card.question.kind}-answered", card, quiz)
        press(Qt.Key.Key_1 if quiz.self_grading is not None else Qt.Key.Key_Return)
    # Then the results list every question, readable, and Enter goes home from Done
    shots.take("quiz-results", None, quiz)
    assert "0 of 8" in quiz.score_label.text()
    assert quiz.results.viewport().height() > 0 and quiz.results.columnWidth(3) > 0
    assert focused() is quiz.retry_button
    press(Qt.Key.Key_Tab)
    assert focused() is quiz.done_button
