"""Who is learning: the remembered learner, the greeting at start and the learner dialog.

:class:`LearnerDoor` takes the window's session and the widget its dialog
belongs to, sets the session's learner and emits ``chosen`` when one was
chosen (the window then shows it and goes home).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from quizapp.settings import save_settings
from quizapp.ui import learner_choice
from quizapp.ui.session import STILL_OPENING, Session

if TYPE_CHECKING:
    from quizapp.study.learners import LearnerInfo


class LearnerDoor(QObject):
    """Sets the session's learner: remembered, the only one, or asked for."""

    chosen = Signal()  # a learner was chosen (and remembered for the next start)
    status = Signal(str, int)  # a status-bar message and how long it shows (ms)

    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.parent_widget = parent

    def restore(self) -> bool:
        """The learner of the last session, when the open bank still has them; returns
        whether there was one to look for."""
        name = self.session.settings.last_learner
        if not name or self.session.bank is None:
            return False
        self.session.set_learner(learner_choice.remembered_learner(self.session.bank, name))
        return True

    def choose(self) -> bool:
        """Ask who is learning; returns whether a learner is now chosen."""
        bank = self.session.bank
        if bank is None:
            self.status.emit(STILL_OPENING, 2000)
            return False
        from quizapp.ui.dialogs.learner_dialog import LearnerDialog

        learner = self.session.learner
        dialog = LearnerDialog(bank, learner.name if learner else "", self.parent_widget)
        if dialog.exec() and dialog.chosen is not None:
            self._use(dialog.chosen)
        return self.session.learner is not None

    def greet(self) -> None:
        """Nobody chosen yet: the bank's only learner, or else ask who is learning."""
        bank = self.session.bank
        if self.session.learner is not None or bank is None or not self.parent_widget.isVisible():
            return  # chosen already, or the window closing
        sole = learner_choice.sole_learner(bank)
        if sole is not None:
            self._use(sole)
        else:
            self.choose()

    def need(self) -> LearnerInfo | None:
        """Who is learning, asked for when nobody is chosen; None when the bank is not open
        yet or nobody was chosen."""
        if self.session.bank is None:
            self.status.emit(STILL_OPENING, 2000)
            return None
        if self.session.learner is None and not self.choose():
            return None
        return self.session.learner

    def _use(self, learner: LearnerInfo) -> None:
        self.session.set_learner(learner)
        self.session.settings.last_learner = learner.name
        save_settings(self.session.settings)
        self.chosen.emit()
