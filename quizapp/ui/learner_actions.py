"""The Learner menu's dialogs about the current learner: personal scheduling, profile password.

Each needs the bank open and a learner chosen; without one ``tell`` says so in
the status bar. The learner they change goes back into the session.
(Switching learner stays on the main window: study actions call it too.)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from quizapp.study import learners
from quizapp.ui.session import STILL_OPENING, Session

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from quizapp.store.bank import Bank

Tell = Callable[[str, int], None]  # a status-bar message and how long it shows (ms)


def _current(session: Session, tell: Tell) -> tuple[Bank, learners.LearnerInfo] | None:
    """The open bank and the chosen learner; None (after saying why) without them."""
    if session.bank is None:
        tell(STILL_OPENING, 2000)
        return None
    if session.learner is None:
        tell("Choose a learner first (Ctrl+L)", 4000)
        return None
    return session.bank, session.learner


def open_personal_scheduling(session: Session, parent: QWidget, tell: Tell) -> None:
    """Fit the scheduler to the learner's reviews (the dialog explains when it can)."""
    from quizapp.ui.dialogs.optimize_dialog import OptimizeDialog

    found = _current(session, tell)
    if found is None:
        return
    bank, learner = found
    OptimizeDialog(bank, learner, parent).exec()
    session.set_learner(learners.learner_by_id(bank, learner.id))


def open_profile_password(session: Session, parent: QWidget, tell: Tell) -> None:
    """Set, change or remove the current learner's password."""
    from quizapp.ui.dialogs.learner_password import LearnerPasswordDialog

    found = _current(session, tell)
    if found is None:
        return
    bank, learner = found
    dialog = LearnerPasswordDialog(bank, learner, parent)
    if dialog.exec():
        session.set_learner(dialog.learner)
        guarded = "has a password now" if dialog.learner.protected else "has no password"
        tell(f"{learner.name}'s profile {guarded}", 4000)
