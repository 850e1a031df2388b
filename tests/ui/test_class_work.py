"""The class view's Assigned work tab: assign a set, see who did it and how, export, unassign."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from modal_steps import on_next_modal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from quizapp.store import teacher_passphrase
from quizapp.study import assignments, learners, quiz
from quizapp.study.answering import Answer
from quizapp.ui.dialogs.assign_dialog import AssignDialog
from quizapp.ui.dialogs.passphrase_dialog import unlock_teacher
from quizapp.ui.main_window import MainWindow
from quizapp.ui.screens.class_view import ClassViewScreen

NOW = datetime.now(UTC)


def tree_rows(screen: ClassViewScreen) -> list[list[str]]:
    tree = screen.work_panel.tree
    rows = []
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        rows.append([top.text(c) for c in range(3)])
        for j in range(top.childCount()):
            rows.append([top.child(j).text(c) for c in range(5)])
    return rows


def open_work_tab(qtbot: QtBot, window: MainWindow) -> ClassViewScreen:
    assert window.bank is not None
    teacher_passphrase.set_passphrase(window.bank, "teacher passphrase")
    assert unlock_teacher(window.session, "teacher passphrase")
    screen = window.teacher.open_class_view()
    assert isinstance(screen, ClassViewScreen)
    bar = screen.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    qtbot.waitUntil(lambda: screen.work_panel.work is not None, timeout=10_000)
    return screen


def fill_in(dialog: QWidget) -> None:
    """The teacher's choices: due in 5 days, 3 questions, pass mark 60 %, by keys and clicks."""
    assert isinstance(dialog, AssignDialog)
    assert dialog.set_combo.currentText() == "Every kind"  # the class view's set
    dialog.due_edit.setDate(dialog.due_edit.date().addDays(-2))  # a week from today, less 2
    dialog.length_box.selectAll()
    QtBot.keyClicks(dialog.length_box, "3")
    dialog.mark_box.selectAll()
    QtBot.keyClicks(dialog.mark_box, "60")
    QtBot.keyClick(dialog, Qt.Key.Key_Return)


def test_the_teacher_assigns_a_set_and_sees_who_did_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    bank = window.bank
    assert bank is not None
    ada = learners.get_learner(bank, "Ada").id
    learners.create_learner(bank, "Ben", timezone="UTC")
    screen = open_work_tab(qtbot, window)
    panel = screen.work_panel
    assert panel.summary.text().startswith("No work set yet")
    assert not panel.unassign_button.isEnabled()

    # When the teacher assigns the set through the dialog
    on_next_modal([fill_in])
    qtbot.mouseClick(panel.assign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(panel.work), timeout=10_000)
    (made,) = assignments.list_assignments(bank)
    due = date.today() + timedelta(days=5)
    assert (made.due_on, made.length, made.pass_mark) == (due, 3, 60)

    # And Ada takes it (2 of 3 right: 66.7 %, passed); Ben does nothing
    run = assignments.start_assigned(bank, ada, made, now=NOW)
    for n, item in enumerate(run.items):
        quiz.record_quiz_answer(
            bank, run.attempt_id, item.question_id, Answer(3, "x", n < 2, 900, NOW)
        )
    quiz.finish_quiz(bank, run.attempt_id, now=NOW)
    panel.load()
    qtbot.waitUntil(lambda: panel.work is not None and panel.work[0].work[0].attempts == 1)

    # Then the tab shows who did it, their score, passed or not, and who has not started
    assert tree_rows(screen) == [
        ["Every kind (3 q, pass 60%)", due.isoformat(), "1 of 2 finished, 1 passed"],
        ["Ada", "", "passed", "66.7%", "1"],
        ["Ben", "", "not started", "–", "0"],
    ]
    # And Export CSV (on this tab) writes the same rows
    written = panel.export_csv(tmp_path / "work.csv")
    assert written is not None
    with written.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert [r[4:7] for r in rows[1:]] == [["Ada", "passed", "66.7"], ["Ben", "not started", ""]]
    assert screen.export_button.isEnabled()

    # When the teacher chooses Ben's row and unassigns (after saying yes)
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0).child(1))
    assert panel.unassign_button.isEnabled()

    def yes(box: QWidget) -> None:
        assert isinstance(box, QMessageBox) and "'Every kind'" in box.text()
        next(b for b in box.buttons() if b.text() == "&Unassign").click()

    on_next_modal([yes])
    qtbot.mouseClick(panel.unassign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.work == [], timeout=10_000)
    assert assignments.list_assignments(bank) == [] and tree_rows(screen) == []


def test_an_assigned_set_opens_with_its_values_and_cancel_changes_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    bank = window.bank
    assert bank is not None
    due = date.today() + timedelta(days=10)
    assignments.assign(bank, "Every kind", due, quiz_length=4, pass_mark=80,
                       today=date.today(), now=NOW)  # fmt: skip
    screen = open_work_tab(qtbot, window)
    seen: list[tuple[str, str, str, str]] = []

    def look_and_cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, AssignDialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        seen.append((dialog.due_edit.date().toString("yyyy-MM-dd"), dialog.length_box.text(),
                     dialog.mark_box.text(), ok.text()))  # fmt: skip
        dialog.reject()

    on_next_modal([look_and_cancel])
    qtbot.mouseClick(screen.work_panel.assign_button, Qt.MouseButton.LeftButton)
    assert seen == [(due.isoformat(), "4 questions", "80 %", "&Change")]
    assert assignments.list_assignments(bank)[0].pass_mark == 80
