"""The home screen: the learner's sets with their counts, and what to do next."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quizapp.ui.widgets.assigned_work import AssignedWork

if TYPE_CHECKING:
    from quizapp.study.assignments import MyWork


SMALL_HEIGHT = 480  # below it, two assigned rows show (then scroll), so the sets keep room


@dataclass(frozen=True)
class SetRow:
    """One line of the sets table."""

    set_id: int
    name: str
    total: int
    due: int | None = None
    new: int | None = None


class HomeScreen(QWidget):
    """Lists the learner's assigned work and the sets; emits what the learner wants to do."""

    review_requested = Signal(object)  # set id, or None for all sets
    quiz_requested = Signal(object)
    learn_requested = Signal(object)  # set id, or None when no set is chosen
    progress_requested = Signal()
    assignment_requested = Signal(object)  # the quizapp.study.assignments.AssignmentInfo to take

    COLUMNS = ("Set", "Due", "New", "Questions")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SetRow] = []
        self._new_left: int | None = None
        self.title = QLabel("Your question sets")
        self.title.setProperty("role", "title")
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # a learner's name
        self.subtitle = QLabel("")
        self.subtitle.setProperty("role", "subtitle")
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle.setWordWrap(True)  # a narrow window shows it all, on two lines
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("sets_table")
        self.table.setAccessibleName("Question sets")
        self.table.setHorizontalHeaderLabels(self.COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(self.COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _index: self._on_review())
        self.table.setHorizontalHeaderItem(2, QTableWidgetItem("New"))

        self.review_button = self._button(
            "&Review", "Review the cards due today (R)", self._on_review
        )
        self.review_button.setProperty("primary", True)
        self.quiz_button = self._button("&Quiz", "A scored run of questions (Q)", self._on_quiz)
        self.learn_button = self._button(
            "Lear&n",
            "Practise the set in rounds until you master it (L)",
            lambda: self.learn_requested.emit(self.selected_set_id()),
        )
        self.progress_button = self._button(
            "&Progress", "Charts of how you are doing (P)", self.progress_requested.emit
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.review_button)
        buttons.addWidget(self.quiz_button)
        buttons.addWidget(self.learn_button)
        buttons.addWidget(self.progress_button)
        buttons.addStretch(1)
        self.work = AssignedWork()  # assigned work first, above the sets
        self.work.start_requested.connect(self.assignment_requested.emit)
        self.work.hide()
        self.work.start_button.hide()
        buttons.addWidget(self.work.start_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.work)
        layout.addWidget(self.table, 1)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(4)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName("Opening the question bank")
        self.busy.hide()
        layout.addWidget(self.busy)
        layout.addLayout(buttons)

    def _button(self, text: str, tip: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(slot)
        return button

    def show_sets(
        self, rows: list[SetRow], subtitle: str = "", new_left: int | None = None
    ) -> None:
        """Fill the table; keeps the selected set selected when it is still there.

        ``new_left`` is what is left of today's new cards, a limit all sets share: each
        set's New count is what it can start today studied alone, whichever is selected,
        and the New header's tooltip says the shared limit once.
        """
        selected = self.selected_set_id()
        self._rows = rows
        self._new_left = new_left
        self.subtitle.setText(subtitle)
        self.subtitle.setVisible(bool(subtitle))
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            self._set_cell(i, 0, row.name)
            self._set_cell(
                i, 1, "" if row.due is None else str(row.due), Qt.AlignmentFlag.AlignRight
            )
            new = "" if row.new is None else str(row.new)
            self._set_cell(i, 2, new, Qt.AlignmentFlag.AlignRight)
            self._set_cell(i, 3, str(row.total), Qt.AlignmentFlag.AlignRight)
        self._explain_new(new_left)
        index = next((i for i, r in enumerate(rows) if r.set_id == selected), 0)
        if rows:
            self.table.selectRow(index)
        has_sets = bool(rows)
        for button in (self.review_button, self.quiz_button, self.learn_button):
            button.setEnabled(has_sets)

    def _explain_new(self, new_left: int | None) -> None:
        """The New header's tooltip: the daily limit, said once for every set."""
        tip = "New cards each set can start today."
        if new_left is not None:
            tip += (
                f" Today's limit, {new_left} more, is shared by all sets: "
                "new cards started in one set leave fewer for the others."
            )
        header = self.table.horizontalHeaderItem(2)
        if header is not None:
            header.setToolTip(tip)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.work.set_rows_shown(2 if event.size().height() < SMALL_HEIGHT else 3)
        super().resizeEvent(event)

    def show_work(self, work: list[MyWork]) -> None:
        """The learner's assignments above the sets (none: the section is hidden)."""
        self.work.show_work(work)

    def new_shown(self) -> dict[int, int]:
        """Set id -> the New column's count (each set's own, whichever is selected)."""
        return {r.set_id: r.new for r in self._rows if r.new is not None}

    def _set_cell(
        self, row: int, column: int, text: str, align: Qt.AlignmentFlag | None = None
    ) -> None:
        item = QTableWidgetItem(text)
        if align is not None:
            item.setTextAlignment(align | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, column, item)

    def set_busy(self, busy: bool) -> None:
        """While the bank opens: a moving bar, and the study buttons wait."""
        self.busy.setVisible(busy)
        for button in (
            self.review_button,
            self.quiz_button,
            self.learn_button,
            self.progress_button,
        ):
            button.setEnabled(not busy and (button is self.progress_button or bool(self._rows)))

    def rows(self) -> list[SetRow]:
        """What the table shows."""
        return list(self._rows)

    def selected_set_id(self) -> int | None:
        """The id of the selected set, if any."""
        selection = (
            self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        )
        if not selection or not self._rows:
            return None
        return self._rows[selection[0].row()].set_id

    def selected_set_name(self) -> str | None:
        """The name of the selected set, if any."""
        set_id = self.selected_set_id()
        row = next((r for r in self._rows if r.set_id == set_id), None)
        return row.name if row else None

    def _on_review(self) -> None:
        self.review_requested.emit(self.selected_set_id())

    def _on_quiz(self) -> None:
        self.quiz_requested.emit(self.selected_set_id())
