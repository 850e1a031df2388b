"""The Learner menu's dialogs about the current learner: personal scheduling, profile password.

Each needs the bank open and a learner chosen; without one the status bar says
so. (Switching learner stays on the main window: study actions call it too.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizapp import learners

if TYPE_CHECKING:
    from quizapp.bank import Bank
    from quizapp.ui.main_window import MainWindow


def _current(window: MainWindow) -> tuple[Bank, learners.LearnerInfo] | None:
    """The open bank and the chosen learner; None (after saying why) without them."""
    bank = window.opened_bank()
    if bank is None:
        return None
    if window.learner is None:
        window.statusBar().showMessage("Choose a learner first (Ctrl+L)", 4000)
        return None
    return bank, window.learner


def open_personal_scheduling(window: MainWindow) -> None:
    """Fit the scheduler to the learner's reviews (the dialog explains when it can)."""
    from quizapp.ui.dialogs.optimize_dialog import OptimizeDialog

    found = _current(window)
    if found is None:
        return
    bank, learner = found
    OptimizeDialog(bank, learner, window).exec()
    window.learner = learners.learner_by_id(bank, learner.id)


def open_profile_password(window: MainWindow) -> None:
    """Set, change or remove the current learner's password."""
    from quizapp.ui.dialogs.learner_password import LearnerPasswordDialog

    found = _current(window)
    if found is None:
        return
    bank, learner = found
    dialog = LearnerPasswordDialog(bank, learner, window)
    if dialog.exec():
        window.learner = dialog.learner
        guarded = "has a password now" if dialog.learner.protected else "has no password"
        window.statusBar().showMessage(f"{learner.name}'s profile {guarded}", 4000)
