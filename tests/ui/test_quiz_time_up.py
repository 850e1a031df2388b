"""When a quiz's time runs out, the answer left in the input is scored, not thrown away."""

from __future__ import annotations

from keys import type_text
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from test_quiz_options import open_setup, set_id

from quizapp.questiondata import QuestionKind
from quizapp.study import saved_quizzes
from quizapp.study.quiz_options import QuizOptions
from quizapp.ui.main_window import MainWindow
from quizapp.ui.screens.quiz import QuizScreen


def _start_named(qtbot: QtBot, window: MainWindow, kind: QuestionKind) -> QuizScreen:
    """A one-question quiz of ``kind`` with a 1-second limit, started."""
    bank = window.bank
    assert bank is not None
    options = QuizOptions(count=1, kinds=(kind,), time_limit_s=1, exam=True)
    saved_quizzes.save_quiz(bank, set_id(window), "Sprint", options)
    screen = open_setup(qtbot, window)
    screen.setup.named_box.setCurrentIndex(1)
    screen.setup.start()
    assert screen.pages.currentIndex() == 1
    return screen


def _logged(window: MainWindow) -> list[tuple[str, int]]:
    assert window.bank is not None
    with window.bank.engine.connect() as conn:
        rows = conn.execute(text("SELECT response, correct FROM reviewlog")).all()
    return [(r.response, r.correct) for r in rows]


def test_a_typed_answer_left_at_time_up_is_scored(qtbot: QtBot, window: MainWindow) -> None:
    # Given the number question, "366" typed but Enter not pressed
    screen = _start_named(qtbot, window, QuestionKind.NUMERIC)
    type_text("366")
    # When the time runs out
    qtbot.waitUntil(lambda: screen.pages.currentIndex() == 2, timeout=10_000)
    # Then it is scored right and stored like a submitted answer
    assert "1 of 1" in screen.score_label.text()
    assert _logged(window) == [("366", 1)]


def test_an_empty_input_at_time_up_is_not_answered(qtbot: QtBot, window: MainWindow) -> None:
    screen = _start_named(qtbot, window, QuestionKind.NUMERIC)
    type_text("  ")
    qtbot.waitUntil(lambda: screen.pages.currentIndex() == 2, timeout=10_000)
    assert "answered 0 of 1" in screen.score_label.text()
    assert _logged(window) == []


def test_a_half_made_matching_at_time_up_is_not_answered(qtbot: QtBot, window: MainWindow) -> None:
    screen = _start_named(qtbot, window, QuestionKind.MATCHING)
    assert screen.card is not None
    screen.card.input.set_match("France", "Paris")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: screen.pages.currentIndex() == 2, timeout=10_000)
    assert _logged(window) == []


def test_a_finished_matching_at_time_up_is_scored(qtbot: QtBot, window: MainWindow) -> None:
    screen = _start_named(qtbot, window, QuestionKind.MATCHING)
    assert screen.card is not None
    for left, right in (("France", "Paris"), ("Japan", "Tokyo"), ("Kenya", "Nairobi")):
        screen.card.input.set_match(left, right)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: screen.pages.currentIndex() == 2, timeout=10_000)
    assert "1 of 1" in screen.score_label.text()
    assert [correct for _response, correct in _logged(window)] == [1]
