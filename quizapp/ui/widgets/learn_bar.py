"""Learn mode's progress bar: mastered questions, then familiar ones, then the rest."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from quizapp.study.learn import Progress
from quizapp.ui.theme import app_is_dark, status_colours

FAMILIAR_ALPHA = 110  # familiar: the mastered green, lighter


def progress_text(progress: Progress) -> str:
    """ "3 familiar · 2 mastered of 12": what the bar shows, in words."""
    return f"{progress.familiar} familiar · {progress.mastered} mastered of {progress.total}"


class LearnBar(QWidget):
    """A thin bar: a solid segment for mastered questions, a lighter one for familiar ones."""

    HEIGHT = 10

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress = Progress(0, 0, 0)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("Learning progress")

    def sizeHint(self) -> QSize:
        return QSize(200, self.HEIGHT)

    def set_progress(self, progress: Progress) -> None:
        self.progress = progress
        text = progress_text(progress)
        self.setToolTip(text)
        self.setAccessibleDescription(text)
        self.update()

    def segments(self) -> tuple[float, float]:
        """The mastered and familiar shares of the bar's width (0 to 1)."""
        total = self.progress.total
        if not total:
            return 0.0, 0.0
        return self.progress.mastered / total, self.progress.familiar / total

    def paintEvent(self, event: QPaintEvent) -> None:
        colours = status_colours(app_is_dark())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        whole = QRectF(self.rect())
        radius = whole.height() / 2
        painter.setBrush(QColor(colours["empty"]))
        painter.drawRoundedRect(whole, radius, radius)
        mastered, familiar = self.segments()
        green = QColor(colours["right"])
        light = QColor(green)
        light.setAlpha(FAMILIAR_ALPHA)
        width = whole.width()
        # familiar from the left under mastered: one rounded end each, no seam between them
        for share, colour in ((mastered + familiar, light), (mastered, green)):
            if share > 0:
                length = max(share * width, 2 * radius)
                part = QRectF(whole.left(), whole.top(), length, whole.height())
                painter.setBrush(colour)
                painter.drawRoundedRect(part, radius, radius)
        painter.end()
