"""A push button whose text wraps onto more lines (a long multiple-choice option).

A plain QPushButton keeps its text on one line: a long option then makes the
whole question wider than the window, cut off and scrolled sideways. This
button shows its text in a word-wrapped label instead, and is as tall as the
wrapped text needs at the width it is given (height for width).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

PADDING = (12, 8)  # left/right and top/bottom, as the options' style had it


class WrappingButton(QPushButton):
    """A push button whose (plain) text wraps; ``text``/``setText`` read and set that text."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # an option is the set's text
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label.setStyleSheet("padding: 0; border: none; background: transparent;")
        layout = self._layout = QHBoxLayout(self)
        across, down = PADDING
        layout.setContentsMargins(across, down, across, down)
        layout.addWidget(self.label)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def text(self) -> str:
        return self.label.text()

    def setText(self, text: str) -> None:
        self.label.setText(text)
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        return self._layout.sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self._layout.minimumSize()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._layout.totalHeightForWidth(width)
