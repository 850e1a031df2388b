"""The review screen's marking keys: S suspends, B buries until tomorrow, * stars the question."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtWidgets import QWidget

from quizapp import flags
from quizapp.bank import Bank
from quizapp.errors import QuizappError
from quizapp.ui.errors import show_error

MARK_KEYS = ("s", "S", "b", "B", "*")


@dataclass(frozen=True)
class Marked:
    """What a marking key did: the message to show, and whether the question leaves the session."""

    message: str
    leaves: bool


def mark_question(
    parent: QWidget, bank: Bank, learner_id: int, question_id: int, key: str, *, now: datetime
) -> Marked | None:
    """Apply the mark of ``key``; None (after saying why) when the bank refused it."""
    try:
        if key == "*":
            on = flags.toggle_starred(bank, learner_id, question_id)
            return Marked("★ Starred" if on else "Star taken off", leaves=False)
        if key in ("s", "S"):
            flags.set_suspended(bank, learner_id, [question_id], True)
            return Marked("Suspended: unsuspend it in Study > Browse (Ctrl+B)", leaves=True)
        flags.bury(bank, learner_id, [question_id], now=now)
        return Marked("Buried until tomorrow", leaves=True)
    except QuizappError as exc:
        show_error(parent, exc, "The mark was not saved")
        return None
