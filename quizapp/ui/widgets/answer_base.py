"""What every answer widget shares: the base class, the Enter keys, right/wrong marks and
the hint line shown when a submission is ignored."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QScrollArea,
    QWidget,
)

from quizapp.questiondata import QuestionData

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def marked_style(colours: dict[str, str], right: bool) -> str:
    """Style sheet marking a part of an answer right or wrong: body text on a tinted background.

    The colour is never the only sign (a ✔ or ✘ goes with it), and the text keeps
    its contrast (WCAG AA) in both themes.
    """
    state = "right" if right else "wrong"
    return (
        f"color: {colours['text']}; background: {colours[state + '_bg']};"
        f" border: 2px solid {colours[state]}; border-radius: 6px;"
    )


def hint_label(text: str) -> QLabel:
    """A hidden line saying why a submission was ignored (shown by :func:`show_hint`)."""
    label = QLabel(text)
    label.setProperty("role", "subtitle")
    label.setWordWrap(True)
    label.hide()
    return label


def show_hint(label: QLabel, shown: bool) -> None:
    """Show or hide ``label``; shown, it is scrolled into view (a small window scrolls)."""
    label.setVisible(shown)
    parent = label.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if shown and isinstance(parent, QScrollArea):
        area = parent
        QTimer.singleShot(0, label, lambda: area.ensureWidgetVisible(label))  # once laid out


class AnswerInput(QWidget):
    """Base of the answer widgets."""

    submitted = Signal()

    def response(self) -> Any:
        raise NotImplementedError

    def pending(self) -> Any | None:
        """The answer left in the input, complete but not submitted (None: nothing to score).

        When a quiz's time runs out, this is scored as if submitted; an empty or
        half-made input counts as not answered.
        """
        return None

    def lock(self) -> None:
        """Freeze the input once the answer is given."""
        self.setEnabled(False)

    def focus(self) -> None:
        self.setFocus()

    def mark(self, question: QuestionData, colours: dict[str, str]) -> None:
        """Mark each part of the given answer right or wrong (after :meth:`lock`)."""
