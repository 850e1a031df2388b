"""The review screen's header: its title, its counts and the session's progress bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from quizapp.ui.widgets.elided_label import ElidedLabel


class ReviewHeader(QWidget):
    """The title (a long set name ends in "…"), "N done · M left" and a thin progress bar."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ElidedLabel(title)
        self.title.setProperty("role", "title")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.counts = QLabel()
        self.counts.setProperty("role", "subtitle")
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(6)
        row = QHBoxLayout()
        row.addWidget(self.title)
        row.addStretch(1)
        row.addWidget(self.counts)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)  # as the screen's own layout spaces its rows
        layout.addLayout(row)
        layout.addWidget(self.progress)

    def show_counts(self, done: int, left: int, later: int) -> None:
        """What was answered, what is left in the session and what comes back later today."""
        self.counts.setText(
            f"{done} done · {left} left" + (f" · {later} later today" if later else "")
        )
        # QProgressBar.setValue repaints at once; the next frame paints it with the card
        self.progress.setUpdatesEnabled(False)
        self.progress.setRange(0, max(done + left, 1))
        self.progress.setValue(done)
        self.progress.setUpdatesEnabled(True)
