"""The Teacher and Learner actions work on a session and a parent widget, not on the window."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QWidget
from pytestqt.qtbot import QtBot

from quizapp.settings import Settings
from quizapp.store import teacher_passphrase
from quizapp.store.bank import Bank
from quizapp.ui import learner_actions
from quizapp.ui.dialogs.passphrase_dialog import is_teacher, unlock_teacher
from quizapp.ui.screens.class_view import ClassViewScreen
from quizapp.ui.session import Session
from quizapp.ui.teacher_actions import TeacherActions

PASSPHRASE = "teacher passphrase"


def test_teacher_actions_emit_what_happened(qtbot: QtBot, bank: Bank) -> None:
    # Given a session on an unlocked bank and a plain widget for the teacher's windows
    parent = QWidget()
    qtbot.addWidget(parent)
    session = Session(Settings(), parent)
    session.set_bank(bank)
    teacher_passphrase.set_passphrase(bank, PASSPHRASE)
    assert unlock_teacher(session, PASSPHRASE)
    actions = TeacherActions(session, parent, lambda: None)
    shown: list[QWidget] = []
    homes: list[bool] = []
    actions.screen_opened.connect(shown.append)
    actions.home_requested.connect(lambda: homes.append(True))
    # When the class view opens, it is handed up to be shown
    screen = actions.open_class_view()
    assert isinstance(screen, ClassViewScreen) and shown == [screen]
    # And when teacher mode is locked while it shows, home is asked for and the session locks
    stack = QStackedWidget(parent)
    stack.addWidget(screen)
    stack.setCurrentWidget(screen)
    actions.leave_teacher_mode()
    assert homes == [True]
    assert not is_teacher(session)


def test_a_reopened_bank_asks_for_the_passphrase_again(bank: Bank) -> None:
    session = Session(Settings())
    session.set_bank(bank)
    teacher_passphrase.set_passphrase(bank, PASSPHRASE)
    assert unlock_teacher(session, PASSPHRASE)
    session.set_bank(bank)  # as after a restore
    assert not is_teacher(session)


def test_learner_actions_need_a_learner_and_say_so(qtbot: QtBot, bank: Bank) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    session = Session(Settings())
    said: list[str] = []
    learner_actions.open_profile_password(session, parent, lambda text, _ms: said.append(text))
    session.set_bank(bank)
    learner_actions.open_profile_password(session, parent, lambda text, _ms: said.append(text))
    assert said == ["Still opening your question bank…", "Choose a learner first (Ctrl+L)"]
