"""The learner's assigned work on the home screen: each assignment, when it is due, their best.

What is left to do comes first, soonest due first; an overdue one says so in
words ("Overdue: was due Mon 2 Mar"), in bold and in the theme's warning colour.
Enter or a double-click on a row, or :attr:`AssignedWork.start_button` (the home
puts it beside its other buttons), starts its quiz.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quizapp.ui.plain import tooltip
from quizapp.ui.theme import app_is_dark, status_colours

if TYPE_CHECKING:
    from quizapp.study.assignments import MyWork, Work

COLUMNS = ("Assigned work", "Due", "Questions", "Your best")
ROWS_SHOWN = 3  # more scroll, so the sets stay in view (2 in a small window)


def day_text(day: date, today: date) -> str:
    """``day`` as a person says it: "Fri 6 Mar" (with the year when not this year's)."""
    year = "" if day.year == today.year else f" {day.year}"
    return f"{day:%a} {day.day} {day:%b}{year}"


def due_text(mine: MyWork) -> str:
    """When the assignment is due, from the learner's day ("Overdue: Mon 2 Mar" once past)."""
    due, today, left = mine.assignment.due_on, mine.today, mine.days_left
    if mine.overdue:
        return f"Overdue: {day_text(due, today)}"
    if left == 0:
        return "Today"
    if left == 1:
        return "Tomorrow"
    return f"{day_text(due, today)} (in {left} days)"


def best_text(work: Work) -> str:
    """The learner's best score and what it means ("75% · passed", "not started")."""
    from quizapp.study.assignments import (
        WorkState,  # the database services: not before the home shows
    )

    if work.best is None:
        return str(work.state)
    if work.state is WorkState.DONE:
        return f"{work.best:g}% · done"
    return f"{work.best:g}% · {work.state}"


class AssignedWork(QWidget):
    """A short table of the learner's assignments and a button to start the chosen one."""

    start_requested = Signal(object)  # the quizapp.study.assignments.AssignmentInfo to take

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._work: list[MyWork] = []
        self._rows_shown = ROWS_SHOWN
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("assigned_work")
        self.table.setAccessibleName("Assigned work")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _index: self._on_start())
        self.table.installEventFilter(self)
        self.start_button = QPushButton("&Assigned quiz")
        self.start_button.setAccessibleName("Start the assigned quiz")
        self.start_button.setToolTip("Take the chosen assignment's quiz (Enter in its list)")
        self.start_button.clicked.connect(self._on_start)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def show_work(self, work: list[MyWork]) -> None:
        """Fill the table (hidden when nothing is assigned); the first row is chosen."""
        self._work = list(work)
        self.setVisible(bool(work))
        self.start_button.setVisible(bool(work))
        self.table.setRowCount(len(work))
        for row, mine in enumerate(work):
            cells = [mine.assignment.set_name, due_text(mine), str(mine.assignment.length),
                     best_text(mine.work)]  # fmt: skip
            for column, text in enumerate(cells):
                self.table.setItem(row, column, self._item(text, column, mine))
        if work:
            self.table.selectRow(0)
        self._fit_height()

    def set_rows_shown(self, rows: int) -> None:
        """How many assignments show before the list scrolls."""
        if rows != self._rows_shown:
            self._rows_shown = rows
            self._fit_height()

    def _item(self, text: str, column: int, mine: MyWork) -> QTableWidgetItem:
        from quizapp.study.assignments import (
            WorkState,  # the database services: not before the home shows
        )

        item = QTableWidgetItem(text)
        if column == 0:
            item.setToolTip(tooltip(text))
        if column == 2:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        colours = status_colours(app_is_dark())
        if column == 1 and mine.overdue:
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
            item.setForeground(QBrush(QColor(colours["wrong"])))
            item.setToolTip("Not finished, and its due day is past")
        elif column == 3 and mine.work.state in (WorkState.PASSED, WorkState.FAILED):
            passed = mine.work.state is WorkState.PASSED
            item.setForeground(QBrush(QColor(colours["right" if passed else "wrong"])))
        return item

    def _fit_height(self) -> None:
        shown = max(1, min(len(self._work), self._rows_shown))
        rows = sum(self.table.rowHeight(r) for r in range(shown)) if self._work else 0
        rows = rows or shown * self.table.verticalHeader().defaultSectionSize()
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(rows + header + 2 * self.table.frameWidth())

    def work(self) -> list[MyWork]:
        """What the table shows, in its order."""
        return list(self._work)

    def selected(self) -> MyWork | None:
        rows = self.table.selectionModel().selectedRows()
        return self._work[rows[0].row()] if rows and self._work else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._on_start()  # Enter starts the chosen assignment, as on the sets
            return True
        return super().eventFilter(watched, event)

    def _on_start(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.start_requested.emit(chosen.assignment)
