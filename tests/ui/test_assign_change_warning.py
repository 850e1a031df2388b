"""Changing an assignment learners already did: the Assign dialog says what it does and asks."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from modal_steps import on_next_modal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from test_class_work import open_work_tab

from quizapp.study import assignments, learners, quiz
from quizapp.study.answering import Answer
from quizapp.ui.dialogs.assign_dialog import AssignDialog
from quizapp.ui.main_window import MainWindow

NOW = datetime.now(UTC)


def test_a_new_pass_mark_after_results_is_asked_first(qtbot: QtBot, window: MainWindow) -> None:
    # Given 'Every kind' assigned (2 questions, pass mark 60 %) and taken by Ada
    bank = window.bank
    assert bank is not None
    due = date.today() + timedelta(days=5)
    made, _new = assignments.assign(bank, "Every kind", due, quiz_length=2, pass_mark=60,
                                    today=date.today(), now=NOW)  # fmt: skip
    ada = learners.get_learner(bank, "Ada").id
    run = assignments.start_assigned(bank, ada, made, now=NOW)
    for item in run.items:
        quiz.record_quiz_answer(bank, run.attempt_id, item.question_id,
                                Answer(3, "x", True, 1000, NOW))  # fmt: skip
    quiz.finish_quiz(bank, run.attempt_id, now=NOW)
    screen = open_work_tab(qtbot, window)
    asked: list[str] = []

    def raise_the_mark(dialog: QWidget) -> None:
        assert isinstance(dialog, AssignDialog)
        dialog.mark_box.setValue(90)
        QtBot.keyClick(dialog, Qt.Key.Key_Return)  # the question opens, and is answered
        assert dialog.isVisible() and dialog.request is None  # kept: the dialog stays open
        dialog.reject()

    def keep(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        assert box.textFormat() == Qt.TextFormat.PlainText
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == "&Keep it as it was").click()

    # When the teacher raises the pass mark to 90 and keeps it as it was when asked
    on_next_modal([raise_the_mark, keep])
    qtbot.mouseClick(screen.work_panel.assign_button, Qt.MouseButton.LeftButton)
    # Then she was told who has results and what the new mark does; nothing changed
    assert asked == [
        "1 learner already has results: they will be judged by the new pass mark "
        "(60% → 90%), so passed or not may change. Change it?"
    ]
    assert assignments.list_assignments(bank)[0].pass_mark == 60

    # When she changes it after all
    def change(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        next(b for b in box.buttons() if b.text() == "&Change").click()

    def raise_and_go(dialog: QWidget) -> None:
        assert isinstance(dialog, AssignDialog)
        dialog.mark_box.setValue(90)
        QtBot.keyClick(dialog, Qt.Key.Key_Return)

    on_next_modal([raise_and_go, change])
    qtbot.mouseClick(screen.work_panel.assign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: assignments.list_assignments(bank)[0].pass_mark == 90)
