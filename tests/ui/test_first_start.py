"""The first start: with nobody chosen, the window finds who is learning by itself."""

from __future__ import annotations

from pathlib import Path

from modal_steps import on_next_modal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from quizapp.settings import Settings, load_settings
from quizapp.startup import open_app_bank
from quizapp.study import learners
from quizapp.ui.dialogs.learner_dialog import LearnerDialog
from quizapp.ui.main_window import MainWindow


def bank_with(tmp_path: Path, *names: str, password: str | None = None) -> Path:
    db = tmp_path / "bank.sqlite3"
    bank = open_app_bank(db)
    made = [learners.create_learner(bank, name, timezone="UTC") for name in names]
    if password is not None:
        learners.set_password(bank, made[0].id, password)
    bank.close()
    return db


def first_start(qtbot: QtBot, db: Path) -> MainWindow:
    """The window as the app opens it, with no learner remembered."""
    window = MainWindow(db=db, settings=Settings(), greet=True)
    qtbot.addWidget(window)
    window.show()
    return window


def type_name(name: str) -> object:
    def step(dialog: QWidget) -> None:
        assert isinstance(dialog, LearnerDialog)
        dialog.name_edit.setText(name)
        dialog.name_edit.setFocus()
        from PySide6.QtTest import QTest

        QTest.keyClick(dialog.name_edit, Qt.Key.Key_Return)

    return step


def test_a_new_bank_asks_who_is_learning_at_once(qtbot: QtBot, tmp_path: Path) -> None:
    # Given a bank without learners; When the app opens it
    seen = on_next_modal([type_name("Ada")])  # type: ignore[list-item]
    window = first_start(qtbot, bank_with(tmp_path))
    # Then "Who is learning?" opens by itself, and the name typed is the learner, remembered
    qtbot.waitUntil(lambda: window.learner is not None)
    assert seen == ["LearnerDialog"]
    assert window.learner is not None and window.learner.name == "Ada"
    assert load_settings().last_learner == "Ada"
    assert window.home.title.text() == "Hello, Ada"


def test_the_only_learner_of_a_bank_is_taken_without_asking(qtbot: QtBot, tmp_path: Path) -> None:
    # Given a bank with one learner, none remembered; When the app opens it
    window = first_start(qtbot, bank_with(tmp_path, "Bo"))
    # Then Bo is learning, with no dialog on the way
    qtbot.waitUntil(lambda: window.learner is not None)
    assert window.learner is not None and window.learner.name == "Bo"
    assert load_settings().last_learner == "Bo"
    assert "Bo" in window.windowTitle()


def test_several_learners_are_asked_to_choose(qtbot: QtBot, tmp_path: Path) -> None:
    # Given a bank with two learners; When the app opens it
    seen = on_next_modal([type_name("Cy")])  # type: ignore[list-item]
    window = first_start(qtbot, bank_with(tmp_path, "Bo", "Cy"))
    # Then they are asked who is learning
    qtbot.waitUntil(lambda: window.learner is not None)
    assert seen == ["LearnerDialog"] and window.learner is not None
    assert window.learner.name == "Cy"


def test_an_only_learner_behind_a_password_is_asked_for(qtbot: QtBot, tmp_path: Path) -> None:
    # Given a bank whose one learner guards the profile; When the app opens it
    seen = on_next_modal([lambda dialog: dialog.reject()])
    window = first_start(qtbot, bank_with(tmp_path, "Bo", password="long enough secret"))
    # Then the chooser opens (the password is asked there), nobody taken behind it
    qtbot.waitUntil(lambda: seen == ["LearnerDialog"])
    assert window.learner is None


def test_a_window_not_asked_to_greet_waits_for_the_learner(qtbot: QtBot, tmp_path: Path) -> None:
    # Given a window made without greet (as embedded in tests and tools)
    window = MainWindow(db=bank_with(tmp_path, "Bo"), settings=Settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.wait(50)
    # Then nobody is chosen for them
    assert window.learner is None
