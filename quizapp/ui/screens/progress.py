"""The progress screen: charts of reviews, retention, what is due, accuracy and hard questions."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quizapp import stats
from quizapp.bank import Bank
from quizapp.learners import LearnerInfo
from quizapp.ui.errors import show_error
from quizapp.ui.screens.review import now_utc
from quizapp.ui.tasks import run_in_background
from quizapp.ui.theme import app_is_dark, status_colours
from quizapp.ui.widgets.heatmap import CalendarHeatmap

FACT_KIND_NAMES = {"date": "Dates", "actor": "Actors", "figure": "Figures", "quote": "Quotes"}
HISTORY_DAYS = 90


def reviews_per_day(data: dict[str, Any]) -> dict[date, int]:
    """Answers on each learner day that had any."""
    return {date.fromisoformat(d["day"]): d["reviews"] for d in data["per_day"]}


class ProgressScreen(QWidget):
    """Loads the learner's statistics off the GUI thread and draws them."""

    finished = Signal()
    loaded = Signal()

    def __init__(
        self, bank: Bank, learner: LearnerInfo, set_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.bank = bank
        self.learner = learner
        self.set_id = set_id
        self.data: dict[str, Any] | None = None
        title = QLabel(f"Progress · {learner.name}")
        title.setProperty("role", "title")
        title.setTextFormat(Qt.TextFormat.PlainText)
        self.summary = QLabel()
        self.summary.setProperty("role", "subtitle")
        self.summary.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(6)
        self.busy.setTextVisible(False)
        back = QPushButton("Home")
        back.setToolTip("Back to your sets (Esc)")
        back.clicked.connect(self.finished.emit)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(back)
        self.body = QWidget()
        self.grid = QGridLayout(self.body)
        self.grid.setSpacing(12)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addLayout(header)
        layout.addWidget(self.summary)
        layout.addWidget(self.busy)
        layout.addWidget(scroll, 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.finished.emit()
        else:
            super().keyPressEvent(event)

    def load(self) -> None:
        """Compute the statistics on a worker thread, then draw them."""
        self.busy.show()
        self.summary.setText("Counting your reviews…")
        learner_id, set_id, now = self.learner.id, self.set_id, now_utc()
        run_in_background(
            lambda _progress: stats.learner_stats(self.bank, learner_id, now=now, set_id=set_id),
            on_success=self._on_loaded,
            on_failure=self._on_failed,
        )

    def _on_failed(self, exc: BaseException) -> None:
        self.busy.hide()
        self.summary.setText("The statistics could not be computed.")
        show_error(self, exc, "Progress")

    def _on_loaded(self, data: dict[str, Any]) -> None:
        self.data = data
        self.busy.hide()
        counts, streak = data["counts"], data["streak"]
        retention = data["true_retention"]["percent"]
        kept = f"{retention:.0f}%" if retention is not None else "–"
        self.summary.setText(
            f"{counts['new']} new · {counts['learning']} learning · {counts['review']} in review · "
            f"{counts['mastered']} mastered  —  streak {streak['current']} days "
            f"(longest {streak['longest']})  —  true retention {kept}"
        )
        self._draw(data)
        self.loaded.emit()

    def _draw(self, data: dict[str, Any]) -> None:
        from quizapp.ui.widgets import charts

        colours = status_colours(app_is_dark())
        accent = self.palette().highlight().color().name()
        self.heatmap = CalendarHeatmap(
            reviews_per_day(data), date.fromisoformat(data["today"]), HISTORY_DAYS, accent,
            colours["empty"], self.palette().text().color().name(),
        )  # fmt: skip
        weeks = data.get("retention_by_week", [])
        self.retention_chart = charts.line_chart(
            "Retention by week",
            [w["week"][5:] for w in weeks],
            [w["percent"] for w in weeks],
            colours["right"],
        )
        forecast = data["forecast"]
        self.forecast_chart = charts.bar_chart(
            "Cards due on each of the next 30 days (day of the month)",
            [str(date.fromisoformat(d["day"]).day) for d in forecast],
            [float(d["due"]) for d in forecast],
            accent,
        )
        by_fact = data["accuracy_by_fact_kind"]
        kinds = [k for k in FACT_KIND_NAMES if k in by_fact]
        self.accuracy_chart = charts.horizontal_bars(
            "Accuracy by fact kind",
            [FACT_KIND_NAMES[k] for k in kinds],
            [round(by_fact[k]["percent"] or 0.0) for k in kinds],
            colours["right"],
        )
        self.hardest_table = self._hardest(data["hardest"])
        heading = QLabel(f"Reviews per day, last {HISTORY_DAYS} days")
        heading.setStyleSheet("font-weight: 600;")
        self.grid.addWidget(heading, 0, 0, 1, 2)
        self.grid.addWidget(self.heatmap, 1, 0, 1, 2)
        self.grid.addWidget(self.forecast_chart, 2, 0, 1, 2)
        self.grid.addWidget(self.retention_chart, 3, 0)
        self.grid.addWidget(self.accuracy_chart, 3, 1)
        self.grid.addWidget(self.hardest_table, 4, 0, 1, 2)

    def _hardest(self, rows: list[dict[str, Any]]) -> QTableWidget:
        table = QTableWidget(len(rows), 2)
        table.setAccessibleName("Hardest questions")
        table.setHorizontalHeaderLabels(["Hardest questions", "Right"])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for i, row in enumerate(rows):
            table.setItem(i, 0, QTableWidgetItem(row["prompt"]))
            table.setItem(i, 1, QTableWidgetItem(f"{row['correct']}/{row['answers']}"))
        table.setMinimumHeight(220)
        return table
