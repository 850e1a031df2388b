"""A calendar heatmap: one square per day, darker for more reviews."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

CELL = 16
GAP = 3
ROW_NAMES = ((0, "Mon"), (2, "Wed"), (4, "Fri"))


class CalendarHeatmap(QWidget):
    """Weeks as columns, Monday at the top; tooltips tell the count of each day."""

    def __init__(
        self, counts: dict[date, int], last_day: date, days: int, accent: str, empty: str, text: str
    ) -> None:
        super().__init__()
        self.counts = counts
        self.first_day = last_day - timedelta(days=days - 1)
        self.start = self.first_day - timedelta(days=self.first_day.weekday())
        self.last_day = last_day
        self.weeks = (last_day - self.start).days // 7 + 1
        self.accent = QColor(accent)
        self.empty = QColor(empty)
        self.text = QColor(text)
        self.top = max(counts.values(), default=0)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("Reviews per day, as a calendar")

    def _left(self) -> int:
        """Room for the day names, in the widget's font (any size shows them whole)."""
        metrics = self.fontMetrics()
        return max(metrics.horizontalAdvance(name) for _row, name in ROW_NAMES) + 8

    def _top(self) -> int:
        """Room for the month names above the squares."""
        return self.fontMetrics().height() + 4

    def sizeHint(self) -> QSize:
        return QSize(self._left() + self.weeks * (CELL + GAP), self._top() + 7 * (CELL + GAP))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def _cell(self, day: date) -> QRectF:
        offset = (day - self.start).days
        week, weekday = divmod(offset, 7)
        x, y = self._left() + week * (CELL + GAP), self._top() + weekday * (CELL + GAP)
        return QRectF(x, y, CELL, CELL)

    def colour(self, count: int) -> QColor:
        """The square's colour for ``count`` reviews."""
        if count <= 0 or self.top <= 0:
            return self.empty
        colour = QColor(self.accent)
        colour.setAlphaF(0.25 + 0.75 * count / self.top)
        return colour

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self.text)
        left, top, metrics = self._left(), self._top(), self.fontMetrics()
        for row, name in ROW_NAMES:  # centred on their row, with a row either side for room
            label = QRectF(0, top + (row - 1) * (CELL + GAP), left - 4, 3 * CELL + 2 * GAP)
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(label, align, name)
        day = self.first_day
        free_from = 0.0  # month names never overlap: each starts after the last one ends
        while day <= self.last_day:
            rect = self._cell(day)
            month = day.strftime("%b")
            if (day.day == 1 or day == self.first_day) and rect.left() >= free_from:
                width = metrics.horizontalAdvance(month) + 4
                free_from = rect.left() + width + GAP
                painter.drawText(
                    QRectF(rect.left(), 0, width, top - 2), Qt.AlignmentFlag.AlignLeft, month
                )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.colour(self.counts.get(day, 0)))
            painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(self.text)
            day += timedelta(days=1)
        painter.end()

    def day_at(self, x: float, y: float) -> date | None:
        """The day whose square holds the point, if any."""
        left, top = self._left(), self._top()
        week = int((x - left) // (CELL + GAP))
        weekday = int((y - top) // (CELL + GAP))
        if x < left or y < top or not 0 <= weekday < 7:
            return None
        day = self.start + timedelta(days=week * 7 + weekday)
        return day if self.first_day <= day <= self.last_day else None

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            day = self.day_at(event.pos().x(), event.pos().y())
            if day is not None:
                count = self.counts.get(day, 0)
                QToolTip.showText(
                    event.globalPos(),
                    f"{day:%a %d %b %Y}: {count} review{'' if count == 1 else 's'}",
                    self,
                )
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
