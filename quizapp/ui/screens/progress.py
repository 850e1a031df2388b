"""The progress screen: charts of reviews, retention, what is due, accuracy and hard questions."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quizapp.questiondata import FactKind
from quizapp.store.bank import Bank
from quizapp.study import stats
from quizapp.study.learners import LearnerInfo
from quizapp.ui.errors import show_error
from quizapp.ui.humanize import count
from quizapp.ui.plain import tooltip
from quizapp.ui.screens.review import now_utc
from quizapp.ui.tasks import run_in_background
from quizapp.ui.theme import app_is_dark, status_colours
from quizapp.ui.widgets.heatmap import CalendarHeatmap

FACT_KIND_NAMES: dict[str, str] = {
    FactKind.DATE: "Dates",
    FactKind.ACTOR: "Actors",
    FactKind.FIGURE: "Figures",
    FactKind.QUOTE: "Quotes",
}
HISTORY_DAYS = 90
MIN_RETENTION_REVIEWS = 10  # fewer due reviews than this: the weekly line says it waits


def reviews_per_day(data: stats.LearnerStats) -> dict[date, int]:
    """Answers on each learner day that had any."""
    return {d.day: d.reviews for d in data.per_day}


class ProgressScreen(QWidget):
    """Loads the learner's statistics off the GUI thread and draws them."""

    finished = Signal()
    loaded = Signal()

    def __init__(
        self,
        bank: Bank,
        learner: LearnerInfo,
        set_id: int | None = None,
        parent: QWidget | None = None,
        *,
        set_name: str = "all sets",
    ) -> None:
        super().__init__(parent)
        self.bank = bank
        self.learner = learner
        self.set_id = set_id
        self.data: stats.LearnerStats | None = None
        self.title = QLabel(f"Progress · {learner.name} · {set_name}")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setProperty("role", "title")
        self.title.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setProperty("role", "subtitle")
        self.summary.setWordWrap(True)
        self.marks = QLabel()
        self.marks.setWordWrap(True)
        self.marks.setAccessibleName("Your marks")
        self.marks.hide()
        self.measures = QLabel()
        self.measures.setWordWrap(True)
        self.measures.setAccessibleName("Right answers and true retention")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(6)
        self.busy.setTextVisible(False)
        back = QPushButton("Home")
        back.setToolTip("Back to your sets (Esc)")
        back.clicked.connect(self.finished.emit)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(back)
        self.body = QWidget()
        self.grid = QGridLayout(self.body)
        self.grid.setSpacing(12)
        # never squeezed below what its charts and notes need: the scroll area scrolls instead
        self.grid.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addLayout(header)
        layout.addWidget(self.summary)
        layout.addWidget(self.marks)
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

    def _on_loaded(self, data: stats.LearnerStats) -> None:
        self.data = data
        self.busy.hide()
        counts, streak = data.counts, data.streak
        self.summary.setText(
            f"{counts.new} not yet seen · {counts.learning} learning · "
            f"{counts.review} in review · {counts.mastered} mastered  —  "
            f"streak {count(streak.current, 'day')} (longest {streak.longest})"
        )
        self.marks.setText(marks_text(data))
        self.marks.setVisible(bool(self.marks.text()))
        self.measures.setText(measures_text(data))
        self._draw(data)
        self.loaded.emit()

    def _draw(self, data: stats.LearnerStats) -> None:
        from quizapp.ui.widgets import charts

        colours = status_colours(app_is_dark())
        accent = self.palette().highlight().color().name()
        self.heatmap = CalendarHeatmap(
            reviews_per_day(data),
            data.today,
            HISTORY_DAYS,
            accent,
            colours["empty"],
            self.palette().text().color().name(),
        )
        weeks = data.retention_by_week
        title = "Remembered when due, by week (true retention)"
        measured = sum(w.reviews for w in weeks)
        self.retention_chart: QWidget = (
            charts.line_chart(
                title,
                [f"{w.week:%d %b}" for w in weeks],
                [w.percent for w in weeks],
                colours["right"],
                every=3,
            )
            if measured >= MIN_RETENTION_REVIEWS
            else charts.note(
                title,
                f"too few reviews of cards due yet ({measured}); the line "
                "shows once the cards you have learned come back on later days.",
            )
        )
        forecast = data.forecast
        title = "Cards due on each of the next 30 days"
        self.forecast_chart: QWidget = (
            charts.bar_chart(
                title,
                [f"{d.day:%d %b}" for d in forecast],
                [float(d.due) for d in forecast],
                accent,
                every=5,
            )
            if any(d.due for d in forecast)
            else charts.note(title, "nothing is scheduled yet: answer some new cards first.")
        )
        by_fact = data.accuracy_by_fact_kind
        kinds = [k for k in FACT_KIND_NAMES if k in by_fact]
        title = "Right answers by kind of fact"
        rows = [(FACT_KIND_NAMES[k], by_fact[k].percent or 0.0, by_fact[k].answers)
                for k in kinds]  # fmt: skip
        self.accuracy_chart: QWidget = (
            charts.percent_bars(title, rows, colours["right"])
            if rows
            else charts.note(
                title, "no answers to questions about dates, actors, figures or quotes yet."
            )
        )
        self.hardest_table: QWidget = (
            self._hardest(data.hardest)
            if data.hardest
            else charts.note(
                "Hardest questions",
                "none yet; a question shows here once you "
                "have answered it at least twice and missed it.",
            )
        )
        days = " (no reviews yet)" if not data.per_day else ""
        heading = QLabel(f"Reviews per day, last {HISTORY_DAYS} days{days}")
        heading.setStyleSheet("font-weight: 600;")
        for row, widget in enumerate(
            (
                self.measures,
                heading,
                self.heatmap,
                self.forecast_chart,
                self.retention_chart,
                self.accuracy_chart,
                self.hardest_table,
            )
        ):
            self.grid.addWidget(widget, row, 0, 1, 2)

    def _hardest(self, rows: list[stats.HardQuestion]) -> QTableWidget:
        table = QTableWidget(len(rows), 2)
        table.setAccessibleName("Hardest questions")
        table.setHorizontalHeaderLabels(["Hardest questions", "Right"])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for i, row in enumerate(rows):
            prompt = QTableWidgetItem(row.prompt)
            prompt.setToolTip(tooltip(row.prompt))  # the whole question when the column cuts it
            table.setItem(i, 0, prompt)
            table.setItem(i, 1, QTableWidgetItem(f"{row.correct}/{row.answers}"))
        table.setMinimumHeight(220)
        return table


def marks_text(data: stats.LearnerStats) -> str:
    """One line of the learner's marks and what they hold back from Review ("" without any)."""
    marks = data.marks
    if not (marks.suspended or marks.buried or marks.starred):
        return ""
    held = sum(vars(data.held).values())
    line = (
        f"Marked: {marks.suspended} suspended · {marks.buried} buried until tomorrow · "
        f"{marks.starred} starred"
    )
    return line + (f"  —  Review leaves out {count(held, 'held card')}" if held else "")


def measures_text(data: stats.LearnerStats) -> str:
    """Right answers beside true retention, each saying what it counts, so their gap makes sense."""
    answers = sum(a.answers for a in data.accuracy_by_kind.values())
    right = sum(a.correct for a in data.accuracy_by_kind.values())
    if not answers:
        return "No answers yet: your results show here once you have studied."
    retention = data.true_retention
    accuracy = (
        f"Right answers: {100 * right / answers:.0f}% of {answers}, counting every answer, "
        "first tries at new cards included."
    )
    if data.practice.total:
        accuracy += (
            f" Practice (custom study, retries of missed quiz questions) is left out: "
            f"{count(data.practice.total, 'answer')}, {data.practice.today} today."
        )
    if retention.percent is None:
        return accuracy + (
            " Remembered when due (true retention): not measured yet; it counts only cards "
            "that come back for review on a later day."
        )
    return accuracy + (
        f" Remembered when due (true retention): {retention.percent:.0f}% of "
        f"{retention.answers}, counting only cards answered when they came back for review, "
        "so it measures what your memory kept."
    )
