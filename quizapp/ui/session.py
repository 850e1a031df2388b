"""What the main window has open: the bank, who is learning, whether the teacher unlocked it.

The window owns the one :class:`Session`; the File, Teacher and Learner actions
take it instead of the window, change it through its methods, and whoever shows
the learner listens to :attr:`Session.changed`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from quizapp.settings import Settings
    from quizapp.store.bank import Bank
    from quizapp.study.learners import LearnerInfo

STILL_OPENING = "Still opening your question bank…"


class Session(QObject):
    """The open bank and learner of one window."""

    changed = Signal()  # the bank or the learner changed

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.bank: Bank | None = None
        self.learner: LearnerInfo | None = None
        self.teacher_unlocked = False  # the teacher passphrase was given for this bank

    def set_bank(self, bank: Bank | None) -> None:
        """A bank was opened (or reopened after a restore): the teacher is asked again."""
        self.bank = bank
        self.teacher_unlocked = False
        self.changed.emit()

    def set_learner(self, learner: LearnerInfo | None) -> None:
        self.learner = learner
        self.changed.emit()
