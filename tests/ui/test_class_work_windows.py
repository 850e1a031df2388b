"""A teacher and two learners, each in their own window on one class bank (a real PostgreSQL):
the teacher assigns a set, both learners take it from their home, the class view shows both.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from modal_steps import on_next_modal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from quizapp.content import sets
from quizapp.errors import BankError
from quizapp.questiondata import QuestionData, SetData
from quizapp.settings import Settings
from quizapp.startup import open_app_bank
from quizapp.store import teacher_passphrase
from quizapp.study import classbank
from quizapp.study.classbank import Role
from quizapp.ui.dialogs.assign_dialog import AssignDialog
from quizapp.ui.dialogs.passphrase_dialog import unlock_teacher
from quizapp.ui.main_window import MainWindow
from quizapp.ui.screens.class_view import ClassViewScreen
from quizapp.ui.screens.quiz import QuizScreen

pytestmark = pytest.mark.slow
LOGINS = {"tess": Role.TEACHER, "wanda": Role.LEARNER, "walt": Role.LEARNER}


@pytest.fixture
def urls(pg_cluster: Any) -> Iterator[dict[str, str]]:
    """A class bank with a set of three questions; each login's URL."""
    with pg_cluster.fresh_database() as url:
        owner = open_app_bank(url)
        classbank.init_class(owner)
        questions = [QuestionData(uid=f"q{i}", kind="short_answer", prompt=f"River {i}?",
                                  answer=f"r{i}") for i in range(3)]  # fmt: skip
        sets.add_set(owner, SetData(name="Rivers", questions=questions))
        teacher_passphrase.set_passphrase(owner, "teacher passphrase")
        for login, role in LOGINS.items():
            classbank.add_member(owner, login, role, f"{login}'s pw")
        database = owner.engine.url.database or ""
        owner.close()
        yield {n: pg_cluster.login_url(database, n, f"{n}'s pw") for n in LOGINS}
    pg_cluster.admin_sql(*(f'DROP ROLE IF EXISTS "{n}"' for n in LOGINS))


@pytest.fixture
def windows(qtbot: QtBot, urls: dict[str, str]) -> Iterator[dict[str, MainWindow]]:
    opened = {n: MainWindow(db=url, settings=Settings()) for n, url in urls.items()}
    for window in opened.values():
        window.show()
    yield opened
    for window in opened.values():
        window.close()
        window.deleteLater()


def assign_rivers(dialog: QWidget) -> None:
    assert isinstance(dialog, AssignDialog)
    dialog.set_combo.setCurrentIndex(dialog.set_combo.findText("Rivers"))
    dialog.length_box.selectAll()
    QtBot.keyClicks(dialog.length_box, "2")
    dialog.mark_box.selectAll()
    QtBot.keyClicks(dialog.mark_box, "50")
    QtBot.keyClick(dialog, Qt.Key.Key_Return)


def take_assigned_quiz(qtbot: QtBot, window: MainWindow, typed: str) -> None:
    """From the home: Enter on the assigned work, type ``typed`` to each question, Done."""
    window.refresh_home()
    work = window.home.work
    assert [m.assignment.set_name for m in work.work()] == ["Rivers"]
    work.table.setFocus()
    qtbot.keyClick(work.table, Qt.Key.Key_Return)
    screen = window.stack.currentWidget()
    assert isinstance(screen, QuizScreen)
    for _ in range(2):
        card = screen.card
        assert card is not None
        answer = card.question.answer if typed == "right" else "wrong"
        qtbot.keyClicks(card.input.edit, answer)  # type: ignore[attr-defined]
        qtbot.keyClick(card.input.edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
        qtbot.keyClick(screen.next_button, Qt.Key.Key_Return)
    qtbot.mouseClick(screen.done_button, Qt.MouseButton.LeftButton)


def test_a_teacher_assigns_two_learners_take_it_the_class_view_shows_both(
    qtbot: QtBot, windows: dict[str, MainWindow]
) -> None:
    tess, wanda, walt = windows["tess"], windows["wanda"], windows["walt"]
    assert wanda.learner is not None and wanda.learner.name == "wanda"
    # Given the teacher's window, unlocked, on the class view's Assigned work tab
    assert unlock_teacher(tess.session, "teacher passphrase")
    view = tess.teacher.open_class_view()
    assert isinstance(view, ClassViewScreen)
    view.tabs.setCurrentWidget(view.work_panel)
    panel = view.work_panel
    qtbot.waitUntil(lambda: panel.work is not None, timeout=20_000)
    # When she assigns Rivers (2 questions, pass mark 50 %)
    on_next_modal([assign_rivers])
    qtbot.mouseClick(panel.assign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(panel.work), timeout=20_000)
    # And each learner takes it from their own home, in their own window
    take_assigned_quiz(qtbot, wanda, "right")
    take_assigned_quiz(qtbot, walt, "wrong")
    # Then the teacher's class view shows both, with their scores
    panel.load()
    qtbot.waitUntil(lambda: sum(w.finished for c in panel.work or [] for w in c.work) == 2,
                    timeout=20_000)  # fmt: skip
    top = panel.tree.topLevelItem(0)
    assert top.text(2) == "2 of 2 finished, 1 passed"
    rows = [[top.child(i).text(c) for c in range(5)] for i in range(top.childCount())]
    assert rows == [["walt", "", "not passed", "0%", "1"], ["wanda", "", "passed", "100%", "1"]]
    # And each learner's home says how they did
    wanda.refresh_home()
    assert wanda.home.work.table.item(0, 3).text() == "100% · passed"
    # And wanda's login cannot read walt's attempts, nor change the assignment, through SQL
    assert wanda.bank is not None
    with wanda.bank.engine.connect() as conn:
        seen = conn.execute(text("SELECT DISTINCT learner_id FROM quizattempt")).scalars().all()
    assert len(seen) == 1
    with pytest.raises(BankError, match="permission denied"), wanda.bank.engine.begin() as conn:
        conn.execute(text("UPDATE assignment SET pass_mark = 0"))
