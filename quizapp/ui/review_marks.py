"""The review screen's marking keys: S suspends, B buries until tomorrow, * stars the question.

While an answer field has the keys (a typed answer, a match's list, an order) plain
letters go to it, as a learner typing expects; the Browser's Alt keys act everywhere
on the screen: Alt+U suspends, Alt+B buries, Alt+A stars, Alt+E edits (teacher).
Once the answer is checked its field is locked, so S, B, * and E act again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from quizapp.errors import QuizappError
from quizapp.store.bank import Bank
from quizapp.study import flags
from quizapp.ui.errors import show_error

MARK_KEYS = ("s", "S", "b", "B", "*")
# the Browser's keys for the same marks (and its edit key), acting in an answer field too
ALT_KEYS = {"s": "Alt+U", "b": "Alt+B", "*": "Alt+A", "e": "Alt+E"}


def add_alt_keys(screen: QWidget, act: Callable[[str], None]) -> None:
    """On ``screen`` and its children, each of :data:`ALT_KEYS` calls ``act`` with its plain key."""
    for plain, alt in ALT_KEYS.items():
        shortcut = QShortcut(QKeySequence(alt), screen)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(partial(act, plain))


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
