"""Study > Custom study: the dialog, the extra new cards, and the screen a session runs on.

The main window calls these and owns the screen (it shows it and takes it down).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtWidgets import QWidget

from quizapp.errors import QuizappError
from quizapp.store.bank import Bank
from quizapp.study import custom_study
from quizapp.study.custom_study import CustomKind, CustomStudy
from quizapp.ui.errors import show_error
from quizapp.ui.screens.custom_review import CustomReviewScreen
from quizapp.ui.session import Session

MORE_NEW = CustomKind.MORE_NEW
STATUS_MS = 4000


def ask(
    parent: QWidget, bank: Bank, learner_id: int, set_id: int | None, set_name: str
) -> CustomStudy | None:
    """The session the learner chose in the dialog; None when they cancelled."""
    from quizapp.ui.dialogs.custom_study_dialog import CustomStudyDialog

    dialog = CustomStudyDialog(bank, learner_id, set_id, set_name, parent)
    accepted = dialog.exec()
    # back to the window for its keys (Esc, Ctrl+Z): without a window manager to do it,
    # the window would stay inactive and its shortcuts silent
    parent.activateWindow()
    return dialog.chosen if accepted else None


def add_new_cards(parent: QWidget, bank: Bank, learner_id: int, custom: CustomStudy) -> bool:
    """Raise today's new-card limit; False (after saying why) when the bank refused."""
    try:
        custom_study.add_new_cards(bank, learner_id, custom, now=datetime.now(UTC))
    except QuizappError as exc:
        show_error(parent, exc, "No new cards were added")
        return False
    return True


def screen(bank: Bank, session: Session, status: Callable[[str, int], None]) -> CustomReviewScreen:
    """A review screen for one custom session; what its keys mark goes to ``status``."""
    made = CustomReviewScreen(bank, session)
    made.marked.connect(lambda text: status(text, STATUS_MS))
    return made
