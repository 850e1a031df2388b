"""Assigned work on the learner's home: first, with its due day; started with Enter or a click."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

from modal_steps import on_next_modal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from quizapp.content import sets
from quizapp.questiondata import QuestionData, SetData
from quizapp.study import assignments
from quizapp.study.studydb import learner_settings
from quizapp.ui.main_window import MainWindow
from quizapp.ui.screens.quiz import QuizScreen
from quizapp.ui.theme import app_is_dark, status_colours
from quizapp.ui.widgets.assigned_work import AssignedWork

Answer = Callable[..., None]


def _now() -> datetime:
    """The time now, read when a test needs it (not when the module is collected: a suite
    that crosses the learner's day start, 04:00, would compare two different days)."""
    return datetime.now(UTC)


def cells(work: AssignedWork) -> list[list[str]]:
    table = work.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def _today(window: MainWindow) -> date:
    """The learner's day now: their day starts at their hour in their time zone, so just
    after midnight UTC it may still be yesterday's."""
    assert window.bank is not None and window.learner is not None
    with window.bank.engine.connect() as conn:
        return learner_settings(conn, window.learner.id).learner_day(_now()).day


def _assign(window: MainWindow, name: str, due: date, **kwargs: int) -> None:
    assert window.bank is not None
    today = min(due, _today(window))
    assignments.assign(window.bank, name, due, today=today, now=_now(), **kwargs)


def test_assigned_work_comes_first_and_enter_takes_its_quiz(
    qtbot: QtBot, window: MainWindow, answer_card: Answer
) -> None:
    bank = window.bank
    assert bank is not None
    work = window.home.work
    # Given nothing assigned, the home shows no assigned work at all
    assert work.isHidden()
    # When the teacher assigns 'Every kind' (3 questions, pass mark 60 %) due in three days,
    # and a one-question set that was due two days ago
    questions = [QuestionData(uid="q", kind="short_answer", prompt="Capital of Peru?",
                              answer="Lima")]  # fmt: skip
    sets.add_set(bank, SetData(name="Peru", questions=questions))
    today = _today(window)
    _assign(window, "Every kind", today + timedelta(days=3), quiz_length=3, pass_mark=60)
    _assign(window, "Peru", today - timedelta(days=2))
    window.refresh_home()
    # Then Ada's home lists both above her sets, the overdue one first, saying so in words
    assert work.isVisible()
    shown = cells(work)
    was_due = today - timedelta(days=2)
    assert shown[0] == ["Peru", f"Overdue: {was_due:%a} {was_due.day} {was_due:%b}"
                        + ("" if was_due.year == today.year else f" {was_due.year}"),
                        "1", "not started"]  # fmt: skip
    assert shown[1][0] == "Every kind" and shown[1][1].endswith("(in 3 days)")
    assert shown[1][2:] == ["3", "not started"]
    overdue = work.table.item(0, 1)
    assert overdue.font().bold()
    assert overdue.foreground().color().name() == status_colours(app_is_dark())["wrong"]
    assert work.table.item(1, 1).font().bold() is False

    # When she chooses 'Every kind' with the keyboard and presses Enter
    work.table.setFocus()
    qtbot.keyClick(work.table, Qt.Key.Key_Down)
    qtbot.keyClick(work.table, Qt.Key.Key_Return)
    # Then its quiz starts at once with the assignment's three questions
    screen = window.stack.currentWidget()
    assert isinstance(screen, QuizScreen)
    assert screen.counter.text() == "Question 1 of 3"
    assert screen.title.text() == "Quiz · Every kind (assigned)"
    for _ in range(3):
        card = screen.card
        assert card is not None
        answer_card(qtbot, card, right=True)
        if card.question.kind == "flashcard":
            qtbot.keyClick(screen, Qt.Key.Key_3)
        else:
            qtbot.keyClick(screen.next_button, Qt.Key.Key_Return)
    assert screen.pages.currentIndex() == 2
    # And back home, it counts as done and passed; the overdue set still comes first
    qtbot.mouseClick(screen.done_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.home
    assert [row[0] for row in cells(work)] == ["Peru", "Every kind"]
    assert cells(work)[1][3] == "100% · passed"
    with bank.engine.connect() as conn:
        linked = conn.execute(text("SELECT count(*) FROM quizattempt WHERE assignment_id IS NOT"
                                   " NULL AND finished_at IS NOT NULL")).scalar_one()  # fmt: skip
    assert linked == 1


def test_the_start_button_takes_the_chosen_assignment(qtbot: QtBot, window: MainWindow) -> None:
    _assign(window, "Every kind", _today(window), quiz_length=2)
    window.refresh_home()
    assert window.home.work.table.item(0, 1).text() == "Today"
    qtbot.mouseClick(window.home.work.start_button, Qt.MouseButton.LeftButton)
    screen = window.stack.currentWidget()
    assert isinstance(screen, QuizScreen) and screen.counter.text() == "Question 1 of 2"


def test_work_taken_off_meanwhile_is_one_message_and_the_home_again(
    qtbot: QtBot, window: MainWindow
) -> None:
    # Given Ada's home shows an assignment the teacher then takes off (another computer)
    _assign(window, "Every kind", _now().date())
    window.refresh_home()
    assert window.bank is not None
    assignments.unassign(window.bank, "Every kind")
    said: list[str] = []

    def read_and_close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        box.accept()

    # When she starts it, then the message says so and she is back on her home
    on_next_modal([read_and_close])
    qtbot.mouseClick(window.home.work.start_button, Qt.MouseButton.LeftButton)
    assert said and "no longer assigned" in said[0]
    assert window.stack.currentWidget() is window.home
    assert window.home.work.isHidden()


def test_the_quiz_takes_the_pass_mark_the_teacher_left_not_the_homes_copy(
    qtbot: QtBot, window: MainWindow
) -> None:
    # Given Ada's home shows an assignment with a pass mark of 60 %, which the teacher
    # then raises to 90 % (another computer)
    _assign(window, "Every kind", _now().date(), quiz_length=2, pass_mark=60)
    window.refresh_home()
    _assign(window, "Every kind", _now().date(), quiz_length=2, pass_mark=90)
    # When she starts it from the home as it was shown
    qtbot.mouseClick(window.home.work.start_button, Qt.MouseButton.LeftButton)
    # Then her results will be marked at 90 %
    screen = window.stack.currentWidget()
    assert isinstance(screen, QuizScreen) and screen.options is not None
    assert screen.options.pass_mark == 90


def test_an_assignment_that_cannot_be_quizzed_leaves_no_attempt_behind(
    qtbot: QtBot, window: MainWindow
) -> None:
    # Given an assignment whose pass mark was written out of range by hand
    _assign(window, "Every kind", _now().date(), pass_mark=50)
    assert window.bank is not None
    with window.bank.engine.begin() as conn:
        conn.execute(text("UPDATE assignment SET pass_mark = 150"))
    window.refresh_home()
    said: list[str] = []

    def read_and_close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        box.accept()

    # When Ada starts it, then one message says why, she stays home, and no quiz was begun
    on_next_modal([read_and_close])
    qtbot.mouseClick(window.home.work.start_button, Qt.MouseButton.LeftButton)
    assert said and "a pass mark is 1 to 100 percent, not 150" in said[0]
    assert window.stack.currentWidget() is window.home
    with window.bank.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM quizattempt")).scalar_one() == 0


def test_a_due_day_a_week_or_more_away_says_how_far() -> None:
    from quizapp.study.assignments import AssignmentInfo, MyWork, Work, WorkState
    from quizapp.ui.widgets.assigned_work import due_text

    today = date(2026, 11, 30)  # a Monday

    def due_in(days: int) -> str:
        info = AssignmentInfo(1, 1, "Rivers", today + timedelta(days=days), None, None, 5)
        return due_text(MyWork(info, Work(1, "Ada", WorkState.NOT_STARTED), today))

    assert due_in(7) == "Mon 7 Dec (in 7 days)"  # as the README says it
    assert due_in(40) == "Sat 9 Jan 2027 (in 40 days)"
    assert (due_in(0), due_in(1), due_in(3)) == ("Today", "Tomorrow", "Thu 3 Dec (in 3 days)")
