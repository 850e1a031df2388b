"""A quiz's time limit on screen: the time left, red in the last minute, and when it runs out.

The time left comes from a clock started with the quiz (``QElapsedTimer``); a
``QTimer`` only redraws it, so a busy event loop never makes the quiz longer.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from quizapp.study.quiz_options import clock_text
from quizapp.ui.theme import app_is_dark, status_colours

LAST_MINUTE_S = 60  # the countdown turns red then
TICK_MS = 250  # how often the countdown is redrawn; the time left comes from a clock


class Countdown(QLabel):
    """Shows "Time left: 4:05" while a limit runs; emits ``time_up`` when it reaches zero."""

    time_up = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Time left")
        self.setToolTip("Time left: the quiz ends, and is scored, when it runs out")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.limit_s: float | None = None
        self.started = QElapsedTimer()  # time since the limit began
        self.ticks = QTimer(self)
        self.ticks.setInterval(TICK_MS)
        self.ticks.timeout.connect(self._on_tick)

    def start(self, limit_s: float) -> None:
        """Count ``limit_s`` seconds down from now."""
        self.limit_s = limit_s
        self.started.start()
        self.ticks.start()
        self._on_tick()

    def stop(self) -> None:
        """Stop counting (the text stays as it was last drawn)."""
        self.ticks.stop()

    def is_running(self) -> bool:
        return self.ticks.isActive()

    def _on_tick(self) -> None:
        """Redraw the time left; at zero, say the time is up."""
        if self.limit_s is None:
            self.ticks.stop()
            return
        left = self.limit_s - self.started.elapsed() / 1000
        self.setText(f"Time left: {clock_text(left)}")
        hurry = status_colours(app_is_dark())["wrong"] if left <= LAST_MINUTE_S else ""
        self.setStyleSheet(f"color: {hurry}; font-weight: 600;" if hurry else "")
        if left <= 0:
            self.time_up.emit()
