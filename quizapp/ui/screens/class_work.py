"""The class view's Assigned work tab: each assignment, and each learner's work on it.

One row per assignment (its set, due day, length, pass mark and how many
finished), under it one row per learner: passed, not passed, done, started or
not started, their best score, how many quizzes they finished and when the
first was. The teacher assigns a set (or changes one) and unassigns here; Export
CSV writes the same rows as ``quizapp class assignments -o``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quizapp.content import sets
from quizapp.errors import QuizappError
from quizapp.settings import Settings
from quizapp.store.bank import Bank
from quizapp.study import assignments
from quizapp.study.assignments import AssignmentInfo, ClassWork, Work, WorkState
from quizapp.ui.errors import show_error
from quizapp.ui.file_dialogs import save_file
from quizapp.ui.tasks import run_in_background
from quizapp.ui.theme import app_is_dark, status_colours

COLUMNS = ("Assignment / learner", "Due", "State", "Best", "Quizzes", "First finished")
FIRST_SHARE = 0.3  # the first column's widest, as a share of the list's width (then elided)
FIRST_MIN = 120  # and never narrower than this
FINISHED = (WorkState.DONE, WorkState.PASSED, WorkState.FAILED)
COLOURED = {WorkState.PASSED: "right", WorkState.FAILED: "wrong", WorkState.NOT_STARTED: "muted"}


def assignment_line(a: AssignmentInfo) -> str:
    """The assignment's set, length and pass mark in a few words."""
    mark = "" if a.pass_mark is None else f", pass {a.pass_mark}%"
    return f"{a.set_name} ({a.length} q{mark})"


def finished_line(each: ClassWork) -> str:
    """How many finished, and passed when there is a pass mark."""
    done = each.count(*FINISHED)
    said = f"{done} of {len(each.work)} finished"
    if each.assignment.pass_mark is not None:
        said += f", {each.count(WorkState.PASSED)} passed"
    return said


class ClassWorkPanel(QWidget):
    """The assignments and who did them, with Assign, Unassign and Export."""

    loaded = Signal()
    changed = Signal()  # an assignment was made, changed or removed

    def __init__(
        self, bank: Bank, settings: Settings, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.bank = bank
        self.settings = settings
        self.today = today
        self.set_id: int | None = None  # the class view's set, proposed when assigning
        self.work: list[ClassWork] | None = None
        self.summary = QLabel("Counting who did what…")
        self.summary.setProperty("role", "subtitle")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.assign_button = self._button(
            "&Assign a set...", "Set a set as work, due on a day", self.assign
        )
        self.unassign_button = self._button(
            "&Unassign", "Take the chosen assignment off the class's work", self.unassign
        )
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.assign_button)
        top.addWidget(self.unassign_button)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName("Assigned work")
        self.tree.setColumnCount(len(COLUMNS))
        self.tree.setHeaderLabels(COLUMNS)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setAlternatingRowColors(True)
        self.tree.itemSelectionChanged.connect(self._show_buttons)
        header = self.tree.header()  # the numbers stay whole; a long set name is elided
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)  # its tooltip has it whole
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        self._show_buttons()

    def _button(self, text: str, tip: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def load(self) -> None:
        """Read every assignment and everyone's work on it off the GUI thread, then show it."""
        bank = self.bank
        run_in_background(
            lambda _p: assignments.class_work(bank),
            on_success=self._on_loaded,
            on_failure=self._on_failed,
        )

    def _on_failed(self, exc: BaseException) -> None:
        if shiboken6.isValid(self):
            self.summary.setText("The class's work could not be read.")
            show_error(self, exc, "Assigned work")

    def _on_loaded(self, work: list[ClassWork]) -> None:
        if not shiboken6.isValid(self):
            return  # the class view was closed meanwhile
        self.work = work
        self.summary.setText(
            f"{len(work)} assignment{'s' if len(work) != 1 else ''} set"
            if work
            else "No work set yet: Assign a set... gives the class a quiz to do by a day."
        )
        self._fill(work)
        self.loaded.emit()

    def _fill(self, work: list[ClassWork]) -> None:
        self.tree.clear()
        for each in work:
            a = each.assignment
            top = QTreeWidgetItem([assignment_line(a), a.due_on.isoformat(), finished_line(each)])
            top.setData(0, Qt.ItemDataRole.UserRole, a.set_name)
            top.setToolTip(0, assignment_line(a))
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.addChildren([self._learner_row(a, w) for w in each.work])
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        self._show_buttons()
        self._fit_first_column()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_first_column()

    def _fit_first_column(self) -> None:
        """The names' column as wide as they are, up to a share of the list: the other
        columns stay in view, and a window too narrow for them scrolls sideways."""
        widest = max(FIRST_MIN, int(self.tree.viewport().width() * FIRST_SHARE))
        self.tree.setColumnWidth(0, min(self.tree.sizeHintForColumn(0) + 8, widest))

    def _learner_row(self, a: AssignmentInfo, w: Work) -> QTreeWidgetItem:
        state = str(w.state)
        if w.overdue(a, self.today):
            state += " (overdue)"
        best = "–" if w.best is None else f"{w.best:g}%"
        first = w.finished_at.astimezone() if w.finished_at else None
        day = first.strftime("%Y-%m-%d") if first else ""
        item = QTreeWidgetItem([w.name, "", state, best, str(w.attempts), day])
        item.setToolTip(0, w.name)
        if first is not None:
            item.setToolTip(5, first.strftime("%Y-%m-%d %H:%M"))
        for column in (3, 4):
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
        colour = COLOURED.get(w.state)
        if colour is not None:
            if colour == "muted" and w.overdue(a, self.today):
                colour = "wrong"
            brush = QBrush(QColor(status_colours(app_is_dark())[colour]))
            item.setForeground(2, brush)
        return item

    def chosen(self) -> str | None:
        """The set name of the chosen assignment (a learner row chooses theirs)."""
        items = self.tree.selectedItems()
        if not items:
            return None
        item = items[0].parent() or items[0]
        name = item.data(0, Qt.ItemDataRole.UserRole)
        return str(name) if name else None

    def _show_buttons(self) -> None:
        self.unassign_button.setEnabled(self.chosen() is not None)

    def assign(self) -> None:
        """Ask for a set, due day, length and pass mark; assign it (or change it)."""
        from quizapp.store.models import utcnow
        from quizapp.study.assignment_changes import with_results
        from quizapp.ui.dialogs.assign_dialog import AssignDialog

        known = [c.assignment for c in self.work or []]
        dialog = AssignDialog(
            sets.list_sets(self.bank),
            known,
            self.today,
            self.set_id,
            self,
            with_results=with_results(self.work or []),
        )
        if not dialog.exec() or dialog.request is None:
            return
        r = dialog.request
        try:
            assignments.assign(
                self.bank,
                r.set_name,
                r.due_on,
                quiz_length=r.quiz_length,
                pass_mark=r.pass_mark,
                today=self.today,
                now=utcnow(),
            )
        except QuizappError as exc:
            show_error(self, exc, "Cannot assign the set")
            return
        self.changed.emit()
        self.load()

    def unassign(self) -> None:
        """Take the chosen assignment off, after asking (the quizzes taken stay)."""
        name = self.chosen()
        if name is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Unassign",
            f"Take {name!r} off the class's work? The quizzes taken for it stay.",
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        yes = box.addButton("&Unassign", QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton("&Keep it", QMessageBox.ButtonRole.RejectRole))
        box.exec()
        if box.clickedButton() is not yes:
            return
        try:
            assignments.unassign(self.bank, name)
        except QuizappError as exc:
            show_error(self, exc, "Cannot unassign the set")
            return
        self.changed.emit()
        self.load()

    def ask_export(self) -> None:
        """Export CSV..., from the class view's button while this tab shows."""
        if self.work is None:
            return
        path = save_file(
            self, self.settings, "Export assigned work", "class - assigned work.csv", "CSV (*.csv)"
        )
        if path:
            self.export_csv(path)

    def export_csv(self, path: str | Path) -> Path | None:
        """Write the shown work to ``path``; None (after a message) if it cannot be written."""
        if self.work is None:
            return None
        try:
            written = assignments.write_csv(self.work, path)
        except QuizappError as exc:
            show_error(self, exc, "Export failed")
            return None
        self.summary.setText(f"{self.summary.text()} · exported to {written}")
        return written
