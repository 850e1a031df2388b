"""A time limit field: seconds inside, shown as "no limit", "10 min" or "1:30"."""

from __future__ import annotations

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QSpinBox, QWidget

from quizapp.errors import QuizappError
from quizapp.study.quiz_options import MAX_LIMIT_S, clock_text, parse_duration


def _seconds(text: str) -> int | None:
    """What a learner types: "10" (minutes), "10 min", "90s", "1:30"; None if unreadable."""
    written = text.strip().lower().replace("min", "m").replace(" ", "")
    if written.isdigit():
        written += "m"
    try:
        return parse_duration(written) or 0
    except QuizappError:
        return None


class LimitBox(QSpinBox):
    """A quiz's time limit in seconds; the arrows step a minute, 0 is no limit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, MAX_LIMIT_S)
        self.setSingleStep(60)
        self.setSpecialValueText("no limit")
        self.setAccessibleName("Time limit")
        self.setToolTip("Minutes (10), or minutes and seconds (1:30); the arrows step a minute")

    def textFromValue(self, value: int) -> str:
        if value % 60 == 0:
            return f"{value // 60} min"
        return clock_text(value)

    def valueFromText(self, text: str) -> int:
        found = _seconds(text)
        return self.value() if found is None else min(found, MAX_LIMIT_S)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if text == self.specialValueText() or _seconds(text) is not None:
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Intermediate, text, pos
