"""The bank refuses a write mid-review: a clear message, nothing lost, the question stays."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from modal_steps import Step, on_next_modal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import event, text

from quizapp.ui.main_window import MainWindow
from quizapp.ui.screens.quiz import QuizScreen
from quizapp.ui.widgets.question_card import QuestionCard

Answer = Callable[..., None]


def logged(window: MainWindow) -> list[str]:
    assert window.bank is not None
    with window.bank.engine.connect() as conn:
        return [r.response for r in conn.execute(text("SELECT response FROM reviewlog"))]


@pytest.fixture
def bank_refusing_writes(window: MainWindow) -> Iterator[Callable[[bool], None]]:
    """``refuse(True)`` makes every new connection read-only (SQLite's SQLITE_READONLY)."""
    assert window.bank is not None
    engine = window.bank.engine

    def read_only(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute("PRAGMA query_only = ON")

    def refuse(on: bool) -> None:
        if on:
            event.listen(engine, "connect", read_only)
        else:
            event.remove(engine, "connect", read_only)
        engine.dispose()

    yield refuse
    if event.contains(engine, "connect", read_only):
        refuse(False)


def read_and_dismiss(seen: list[str]) -> Step:
    """Note the error box's title and text, then press OK."""

    def step(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(f"{box.windowTitle()}: {box.text()}")
        box.button(QMessageBox.StandardButton.Ok).click()

    return step


def commit(qtbot: QtBot, screen: Any, card: QuestionCard, answer_card: Answer) -> None:
    """Answer right; a flashcard is turned, then graded Good (review) or 'I knew it' (quiz)."""
    answer_card(qtbot, card, right=True)
    if card.question.kind == "flashcard":
        qtbot.keyClick(screen, Qt.Key.Key_2 if isinstance(screen, QuizScreen) else Qt.Key.Key_3)


@pytest.mark.parametrize("where", ["review", "quiz"])
def test_a_refused_write_says_so_keeps_the_question_and_loses_nothing(
    qtbot: QtBot,
    window: MainWindow,
    answer_card: Answer,
    bank_refusing_writes: Callable[[bool], None],
    where: str,
) -> None:
    # Given Ada answered one question (saved)
    if where == "review":
        qtbot.mouseClick(window.home.review_button, Qt.MouseButton.LeftButton)
        screen: Any = window.review_screen
    else:
        qtbot.mouseClick(window.home.quiz_button, Qt.MouseButton.LeftButton)
        screen = window.stack.currentWidget()
        screen.size_box.setValue(4)
        qtbot.mouseClick(screen.start_button, Qt.MouseButton.LeftButton)
    commit(qtbot, screen, screen.card, answer_card)
    if screen.card.input.isEnabled() is False:  # feedback showing: go on
        qtbot.keyClick(screen.next_button, Qt.Key.Key_Return)
    assert len(logged(window)) == 1
    # When the bank stops taking writes and she answers the next question
    card = screen.card
    prompt = card.question.prompt
    bank_refusing_writes(True)
    seen: list[str] = []
    on_next_modal([read_and_dismiss(seen)])
    commit(qtbot, screen, card, answer_card)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    # Then one clear message says the answer was not saved and why
    assert len(seen) == 1
    assert seen[0].startswith("Your answer was not saved: ")
    assert "read-only" in seen[0] and "Traceback" not in seen[0]
    # And the question stays, still answerable: no verdict, or a flashcard still to grade
    assert screen.card is card and card.question.prompt == prompt
    if card.question.kind != "flashcard":
        assert card.input.isEnabled() and not card.feedback.isVisible()
    elif where == "review":
        assert screen.grade_bar.isVisible()
    else:
        assert screen.self_grading is not None
    # And the earlier answer is still in the bank
    bank_refusing_writes(False)
    assert len(logged(window)) == 1
    # And once the bank takes writes again, the same answer goes in
    if card.question.kind == "flashcard":
        qtbot.keyClick(screen, Qt.Key.Key_2 if where == "quiz" else Qt.Key.Key_3)
    else:
        answer_card(qtbot, card, right=True)
    assert len(logged(window)) == 2
