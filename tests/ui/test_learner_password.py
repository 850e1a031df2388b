"""A learner's password on a shared computer: set it, and others cannot open the profile."""

from __future__ import annotations

from pathlib import Path

from modal_steps import Step, on_next_modal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from quizapp.settings import Settings
from quizapp.study import learners
from quizapp.ui.dialogs.learner_dialog import LearnerDialog
from quizapp.ui.dialogs.learner_password import LearnerPasswordDialog, UnlockLearnerDialog
from quizapp.ui.main_window import MainWindow


def menu_action(window: MainWindow, text: str) -> QAction:
    return next(a for a in window.findChildren(QAction) if a.text() == text)


def set_password(qtbot: QtBot, new: str, again: str) -> Step:
    def step(dialog: QWidget) -> None:
        assert isinstance(dialog, LearnerPasswordDialog)
        qtbot.keyClicks(dialog.new, new)
        qtbot.keyClicks(dialog.again, again)
        dialog.ok_button.click()

    return step


def pick(name: str) -> Step:
    def step(dialog: QWidget) -> None:
        assert isinstance(dialog, LearnerDialog)
        row = next(
            i for i in range(dialog.list.count()) if dialog.list.item(i).text().startswith(name)
        )
        dialog.list.setCurrentRow(row)
        dialog.accept()

    return step


def type_password(qtbot: QtBot, text: str, problems: list[str]) -> Step:
    def step(dialog: QWidget) -> None:
        assert isinstance(dialog, UnlockLearnerDialog)
        if not dialog.ok_button.isEnabled():  # after a wrong one: let the wait pass
            now = dialog.delay.until
            dialog.delay.clock = lambda: now
            dialog.wait_timer.timeout.emit()
        dialog.password.clear()
        qtbot.keyClicks(dialog.password, text)
        dialog.ok_button.click()
        if dialog.isVisible():  # refused: the dialog stays, saying why
            problems.append(dialog.problem.text())

    return step


def test_a_protected_profile_opens_only_with_its_password(
    qtbot: QtBot, window: MainWindow, study_db: Path
) -> None:
    bank = window.bank
    assert bank is not None
    learners.create_learner(bank, "Ben", timezone="UTC")
    # Given Ada sets a password (typed differently first) through Learner > Profile password
    problems: list[str] = []

    def mistyped_then_right(dialog: QWidget) -> None:
        assert isinstance(dialog, LearnerPasswordDialog)
        set_password(qtbot, "otter-42", "otter-24")(dialog)
        problems.append(dialog.problem.text())
        dialog.again.clear()
        qtbot.keyClicks(dialog.again, "otter-42")
        dialog.ok_button.click()

    seen = on_next_modal([mistyped_then_right])
    menu_action(window, "Profile &password...").trigger()
    assert seen == ["LearnerPasswordDialog"]
    assert problems == ["The two passwords differ; type the same one twice."]
    assert learners.get_learner(bank, "Ada").protected
    assert window.learner is not None and window.learner.protected

    # When Ben takes the computer, he switches to his own profile without a password
    on_next_modal([pick("Ben")])
    window.choose_learner()
    assert window.learner is not None and window.learner.name == "Ben"

    # Then Ada's profile is marked and asks for her password; a wrong one is refused
    problems.clear()
    seen = on_next_modal([pick("Ada"), type_password(qtbot, "guess", problems),
                      type_password(qtbot, "otter-42", problems)])  # fmt: skip
    window.choose_learner()
    assert seen == ["LearnerDialog", "UnlockLearnerDialog", "UnlockLearnerDialog"]
    assert problems == ["That is not Ada's password. Try again in 1 second."]
    assert window.learner is not None and window.learner.name == "Ada"

    # And cancelling the password leaves the profile as it was (Ben's, here)
    on_next_modal([pick("Ben")])
    window.choose_learner()

    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, UnlockLearnerDialog)
        dialog.reject()

    seen = on_next_modal([pick("Ada"), cancel, lambda d: d.reject()])
    window.choose_learner()
    assert seen == ["LearnerDialog", "UnlockLearnerDialog", "LearnerDialog"]
    assert window.learner is not None and window.learner.name == "Ben"


def test_the_app_does_not_reopen_a_protected_profile_by_itself(
    qtbot: QtBot, study_db: Path
) -> None:
    from quizapp.startup import open_app_bank

    bank = open_app_bank(study_db)
    ada = learners.get_learner(bank, "Ada")
    learners.set_password(bank, ada.id, "otter-42")
    bank.close()
    # Ada was the last learner; the next start shows the sets, not her profile
    window = MainWindow(db=study_db, settings=Settings(last_learner="Ada"))
    qtbot.addWidget(window)
    assert window.learner is None
    assert window.windowTitle() == "quizapp"
    assert "Ada" not in window.home.title.text()
    assert window.home.subtitle.text().endswith("choose who is learning (Ctrl+L) to begin")
    assert "due today" not in window.home.subtitle.text()
    rows = window.home.rows()
    assert rows and all(row.due is None for row in rows)
    window.close()
