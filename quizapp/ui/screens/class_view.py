"""The teacher's class view: each learner's progress and each question's % correct, per set,
and on its second tab the assigned work (:mod:`quizapp.ui.screens.class_work`).

The figures come from :mod:`quizapp.study.teacher_report`, computed off the GUI
thread; Export CSV writes the same tables as ``quizapp report`` (on the Assigned
work tab, the same rows as ``quizapp class assignments -o``).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from quizapp.content import sets
from quizapp.errors import QuizappError
from quizapp.settings import Settings
from quizapp.store.bank import Bank
from quizapp.study import teacher_report
from quizapp.study.teacher_report import SetReport
from quizapp.ui.errors import show_error
from quizapp.ui.file_dialogs import save_file
from quizapp.ui.humanize import count
from quizapp.ui.plain import tooltip
from quizapp.ui.screens.class_work import ClassWorkPanel
from quizapp.ui.screens.review import now_utc
from quizapp.ui.tasks import run_in_background
from quizapp.ui.theme import app_is_dark, status_colours
from quizapp.ui.widgets.question_card import KIND_TITLES

LEARNER_COLUMNS = (
    "Learner",
    "Seen",
    "Mastered",
    "Due today",
    "Answers",
    "% correct",
    "Minutes",
    "Last studied",
)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def local_time(when: datetime) -> str:
    """``when`` (UTC; a naive time from the bank is UTC) on this computer's clock."""
    aware = when if when.tzinfo is not None else when.replace(tzinfo=UTC)
    return aware.astimezone().strftime("%Y-%m-%d %H:%M")


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value:g}%"


class ClassViewScreen(QWidget):
    """Chooses a set and shows the class's results on it."""

    finished = Signal()
    loaded = Signal()

    def __init__(
        self,
        bank: Bank,
        set_id: int | None = None,
        parent: QWidget | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.bank = bank
        self.settings = settings or Settings()  # the file dialog's last folder
        self.report: SetReport | None = None
        title = QLabel("Class progress")
        title.setProperty("role", "title")
        self.set_combo = QComboBox()
        self.set_combo.setAccessibleName("Set")
        self.set_combo.setMinimumWidth(260)
        for summary in sets.list_sets(bank):
            self.set_combo.addItem(summary.name, summary.id)
        self.set_combo.setCurrentIndex(max(0, self.set_combo.findData(set_id)))
        self.set_combo.currentIndexChanged.connect(lambda _i: self.load())
        self.export_button = QPushButton("Export &CSV...")
        self.export_button.setToolTip("Save the tab's tables as a CSV file for a spreadsheet")
        self.export_button.clicked.connect(self._on_export)
        back = QPushButton("Home")
        back.setToolTip("Back to the sets (Esc)")
        back.clicked.connect(self.finished.emit)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.export_button)
        header.addWidget(back)
        self.summary = QLabel()
        self.summary.setProperty("role", "subtitle")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)  # whole in a narrow window
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(6)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.learner_table = self._table("Learners' progress")
        self.question_table = self._table("Questions' results")
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._titled("Learners", self.learner_table))
        splitter.addWidget(self._titled("Questions", self.question_table))
        splitter.setSizes([220, 380])
        self.work_panel = ClassWorkPanel(bank, self.settings, date.today())
        self.work_panel.set_id = set_id
        self.tabs = QTabWidget()
        self.tabs.addTab(self._progress_page(splitter), "Set &progress")
        self.tabs.addTab(self.work_panel, "Assigned &work")
        self.tabs.currentChanged.connect(self._on_tab)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)

    def _progress_page(self, tables: QWidget) -> QWidget:
        """The set chooser, the line summing the set up, and the two tables."""
        page = QWidget()
        chooser = QHBoxLayout()
        label = QLabel("&Set:")
        label.setBuddy(self.set_combo)
        chooser.addWidget(label)
        chooser.addWidget(self.set_combo)
        chooser.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(chooser)
        layout.addWidget(self.summary)
        layout.addWidget(self.busy)
        layout.addWidget(tables, 1)
        return page

    def _table(self, name: str) -> QTableWidget:
        table = QTableWidget()
        table.setAccessibleName(name)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        return table

    def _titled(self, text: str, table: QTableWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 8, 0, 0)
        label = QLabel(text)
        label.setStyleSheet("font-weight: 600;")
        layout.addWidget(label)
        layout.addWidget(table, 1)
        return box

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.finished.emit()
        else:
            super().keyPressEvent(event)

    def _on_tab(self, _index: int) -> None:
        on_work = self.tabs.currentWidget() is self.work_panel
        if on_work and self.work_panel.work is None:
            self.work_panel.load()  # read when first shown
        self.export_button.setEnabled(on_work or self.report is not None)

    def load(self) -> None:
        """Compute the chosen set's report on a worker thread, then show it."""
        set_id = self.set_combo.currentData()
        self.work_panel.set_id = set_id
        self.export_button.setEnabled(False)
        if set_id is None:
            self.summary.setText("There are no sets yet.")
            return
        self.busy.show()
        self.summary.setText("Counting the class's answers…")
        bank, now = self.bank, now_utc()
        run_in_background(
            lambda _progress: teacher_report.set_report(bank, int(set_id), now=now),
            on_success=self._on_loaded,
            on_failure=self._on_failed,
        )

    def _on_failed(self, exc: BaseException) -> None:
        self.busy.hide()
        self.summary.setText("The class's results could not be computed.")
        show_error(self, exc, "Class progress")

    def _on_loaded(self, report: SetReport) -> None:
        if not shiboken6.isValid(self):
            return  # the screen was closed (Esc, Lock teacher mode) before the report came
        if report.set_id != self.set_combo.currentData():
            return  # another set was chosen meanwhile; its report is on the way
        self.report = report
        self.busy.hide()
        self.export_button.setEnabled(True)
        active = [p for p in report.learners if p.answers]
        answers = sum(q.answers for q in report.questions)
        self.summary.setText(
            f"{report.set_name}: {count(report.questions_total, 'question')} · "
            f"{count(len(report.learners), 'learner')}, {len(active)} of them studied it · "
            f"{count(answers, 'answer')}"
        )
        self._fill_learners(report)
        self._fill_questions(report)
        self.loaded.emit()

    def _fill_learners(self, report: SetReport) -> None:
        table = self.learner_table
        table.setColumnCount(len(LEARNER_COLUMNS))
        table.setHorizontalHeaderLabels(LEARNER_COLUMNS)
        table.setRowCount(len(report.learners))
        for row, p in enumerate(report.learners):
            last = local_time(p.last_studied) if p.last_studied else "never"
            cells = [p.name, f"{p.seen} / {report.questions_total}", str(p.mastered), str(p.due),
                     str(p.answers), _percent(p.percent), f"{p.minutes:g}", last]  # fmt: skip
            for column, text in enumerate(cells):
                self._cell(table, row, column, text, p.percent if column == 5 else None)
        self._fit(table, stretch=0)

    def _fill_questions(self, report: SetReport) -> None:
        table = self.question_table
        names = [p.name for p in report.learners]
        columns = ["#", "Question", "Kind", "Answers", "% correct", *names]
        table.setColumnCount(len(columns))
        table.setHorizontalHeaderLabels(columns)
        table.setRowCount(len(report.questions))
        for row, q in enumerate(report.questions):
            cells = [str(row + 1), q.prompt, KIND_TITLES.get(q.kind, q.kind), str(q.answers)]
            for column, text in enumerate(cells):
                self._cell(table, row, column, text)
            self._cell(table, row, 4, _percent(q.percent), q.percent)
            for offset, p in enumerate(report.learners):
                value = teacher_report.percent_right(q.by_learner.get(p.learner_id))
                self._cell(table, row, 5 + offset, _percent(value), value)
        self._fit(table, stretch=1)

    def _cell(
        self, table: QTableWidget, row: int, column: int, text: str, percent: float | None = None
    ) -> None:
        item = QTableWidgetItem(text)
        if column > 0 and (text[:1].isdigit() or text == "–"):
            item.setTextAlignment(RIGHT)
        if column == 1 and table is self.question_table:
            item.setToolTip(tooltip(text))
        if percent is not None:
            colours = status_colours(app_is_dark())
            if percent < 50 or percent >= 80:
                item.setForeground(QBrush(QColor(colours["wrong" if percent < 50 else "right"])))
        table.setItem(row, column, item)

    def _fit(self, table: QTableWidget, *, stretch: int) -> None:
        header = table.horizontalHeader()
        for column in range(table.columnCount()):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column == stretch
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)

    def _on_export(self) -> None:
        if self.tabs.currentWidget() is self.work_panel:
            self.work_panel.ask_export()
            return
        if self.report is None:
            return
        suggested = f"{self.report.set_name} - class progress.csv"
        path = save_file(self, self.settings, "Export class progress", suggested, "CSV (*.csv)")
        if path:
            self.export_csv(path)

    def export_csv(self, path: str | Path) -> Path | None:
        """Write the shown report to ``path``; None (after a message) if it cannot be written."""
        if self.report is None:
            return None
        try:
            written = teacher_report.write_csv(self.report, path)
        except QuizappError as exc:
            show_error(self, exc, "Export failed")
            return None
        self.summary.setText(f"{self.summary.text()} · exported to {written}")
        return written
