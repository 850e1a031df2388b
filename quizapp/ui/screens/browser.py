"""The Browser (Study > Browse, Ctrl+B): every question in a sortable, searchable table.

The learner selects questions (many at once) and suspends, buries until
tomorrow, stars or resets them; the search language is
:mod:`quizapp.study.search_query`'s, run by :func:`quizapp.study.browse.browse`.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from quizapp.content import sets
from quizapp.errors import QuizappError
from quizapp.study import browse, flags
from quizapp.study.browse import BrowseRow
from quizapp.study.learners import LearnerInfo
from quizapp.study.search_query import QueryError
from quizapp.ui.errors import show_error
from quizapp.ui.humanize import count
from quizapp.ui.models.browse_model import COLUMNS, BrowseModel, Column
from quizapp.ui.screens.review import now_utc
from quizapp.ui.session import Session
from quizapp.ui.theme import app_is_dark, status_colours
from quizapp.ui.widgets.elided_label import ElidedLabel

SEARCH_HINT = 'Search: words, "exact words", kind:cloze tag:dates due:today is:starred is:suspended'
SEARCH_DELAY_MS = 300  # typing pauses this long before the table follows
# each column but the question is as wide as its header or its contents (the first
# CONTENTS_ROWS rows), at most COLUMN_MAX characters; the question takes what is left, at
# least QUESTION_SHARE of the table (the others then narrow toward their headers, eliding)
# and QUESTION_MIN characters (the table scrolls sideways below that)
CONTENTS_ROWS = 200
COLUMN_MAX = 14
QUESTION_MIN = 24
QUESTION_SHARE = 0.45
KEPT_WHOLE = (Column.DUE,)  # never narrowed: "suspended", "buried", "in 1.2mo" read whole
HEADER_PADDING = 22  # app.qss's header padding and border (Fusion draws the sort arrow above)


def narrowed(widths: dict[int, tuple[int, int]], budget: int) -> dict[int, int]:
    """Column -> width: each its wanted width, or, when they do not fit in ``budget``, each
    narrowed toward (never under) its header's width in proportion to what it can give.

    ``widths`` maps a column to (its header's width, the width it wants).
    """
    wanted = sum(want for _title, want in widths.values())
    slack = sum(want - title for title, want in widths.values())
    excess = wanted - budget
    if excess <= 0 or slack <= 0:
        return {n: want for n, (_title, want) in widths.items()}
    give = min(1.0, excess / slack)
    return {n: want - math.ceil((want - title) * give) for n, (title, want) in widths.items()}


class BrowserScreen(QWidget):
    """The table of questions with the search above and the learner's actions below."""

    finished = Signal()

    def __init__(
        self,
        session: Session,
        learner: LearnerInfo,
        set_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        assert session.bank is not None, "the Browser opens once the bank is open"
        self.session = session  # the window's: its bank, whether the teacher unlocked editing
        self.bank = session.bank
        self.learner = learner
        self.model = BrowseModel(now_utc())
        self._widths: dict[int, tuple[int, int]] = {}  # column -> (header width, wanted)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.load)
        self._build(set_id)

    # --- layout ------------------------------------------------------------------

    def _build(self, set_id: int | None) -> None:
        title = QLabel(f"Browse · {self.learner.name}")
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setProperty("role", "title")
        home = QPushButton("Home")
        home.setToolTip("Back to your sets (Esc)")
        home.clicked.connect(self.finished.emit)
        header = QHBoxLayout()
        header.addWidget(title, 1)
        header.addWidget(home)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addLayout(self._build_search(set_id))
        self.status = ElidedLabel()  # one line: a long error ends in "…", whole in its tooltip
        self.status.setProperty("role", "subtitle")
        self.status.setAccessibleName("Search result")
        layout.addWidget(self.status)
        layout.addWidget(self._build_table(), 1)
        layout.addLayout(self._build_actions())
        QShortcut(QKeySequence.StandardKey.Find, self).activated.connect(self._focus_search)

    def _build_search(self, set_id: int | None) -> QHBoxLayout:
        self.set_box = QComboBox()
        self.set_box.setAccessibleName("Set to browse")
        self.set_box.addItem("All sets", None)
        for summary in sets.list_sets(self.bank):
            self.set_box.addItem(summary.name, summary.id)
        self.set_box.setCurrentIndex(max(0, self.set_box.findData(set_id)))
        self.set_box.currentIndexChanged.connect(self.load)
        self.search = QLineEdit()
        self.search.setPlaceholderText(SEARCH_HINT)
        self.search.setToolTip(
            SEARCH_HINT + '. kind: also takes the names in the table, quoted: kind:"fill the gap". '
            "Every word must match; -word excludes (Ctrl+F)"
        )
        self.search.setAccessibleName("Search questions")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self.load)
        row = QHBoxLayout()
        row.addWidget(self.set_box)
        row.addWidget(self.search, 1)
        return row

    def _build_table(self) -> QTableView:
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName("Questions")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setResizeContentsPrecision(CONTENTS_ROWS)
        self.table.viewport().installEventFilter(self)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.table.activated.connect(lambda _index: self._on_edit())  # Enter, double-click
        return self.table

    def _button(self, text: str, tip: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def _build_actions(self) -> QHBoxLayout:
        self.suspend_button = self._button(
            "S&uspend",
            "Never ask the selected questions until unsuspended (Alt+U)",
            self._on_suspend,
        )
        self.bury_button = self._button(
            "&Bury", "Hold the selected questions back until tomorrow (Alt+B)", self._on_bury
        )
        self.star_button = self._button(
            "St&ar", "Mark the selected questions to find them again (Alt+A)", self._on_star
        )
        self.edit_button = self._button(
            "&Edit…",
            "Edit the current question, teacher only (Alt+E, Enter, double-click)",
            self._on_edit,
        )
        self.reset_button = self._button(
            "&Reset progress…",
            "Make the selected questions new again, after asking (Alt+R)",
            self._on_reset,
        )
        row = QHBoxLayout()
        for button in (self.suspend_button, self.bury_button, self.star_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.edit_button)
        row.addWidget(self.reset_button)
        self._update_actions()
        return row

    def _fit_columns(self) -> None:
        """Each column but the question as wide as its header or its contents, within a cap."""
        bold = QFont(self.table.horizontalHeader().font())
        bold.setWeight(QFont.Weight.DemiBold)  # as app.qss draws the headers
        headers = QFontMetrics(bold)
        most = COLUMN_MAX * self.table.fontMetrics().averageCharWidth()
        self._widths = {}
        for n, column in enumerate(COLUMNS):
            if column is not Column.TEXT and not self.table.isColumnHidden(n):
                title = headers.horizontalAdvance(column.value) + HEADER_PADDING
                want = max(title, min(self.table.sizeHintForColumn(n), most))
                self._widths[n] = (want if column in KEPT_WHOLE else title, want)
        self._fit_question_column()

    def _fit_question_column(self) -> None:
        """The question column takes the table's free width, at least its share (the others
        narrowing for it); it scrolls sideways below its least width."""
        char = self.table.fontMetrics().averageCharWidth()
        view = self.table.viewport().width()
        least = max(QUESTION_MIN * char, int(view * QUESTION_SHARE))
        others = narrowed(self._widths, view - least)
        for n, width in others.items():
            self.table.setColumnWidth(n, width)
        free = view - sum(others.values())
        self.table.setColumnWidth(COLUMNS.index(Column.TEXT), max(QUESTION_MIN * char, free))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            # the window resized, or the vertical scroll bar came or went
            QTimer.singleShot(0, self, self._fit_question_column)
        return super().eventFilter(watched, event)

    # --- loading -------------------------------------------------------------------

    def load(self) -> None:
        """Run the search on the chosen set; a bad search says why and greys the table out.

        The rows of the last good search stay in sight, disabled, so nothing can be
        done to them until the search reads again (they may not match it).
        """
        self._timer.stop()
        now = now_utc()
        try:
            rows = browse.browse(
                self.bank,
                self.learner.id,
                now=now,
                set_id=self.set_box.currentData(),
                query=self.search.text(),
            )
        except QueryError as exc:
            self.table.setEnabled(False)
            self._update_actions()
            self._say(str(exc), error=True)
            return
        self.table.setEnabled(True)
        keep = set(self.selected_ids())
        self.model.set_rows(rows, now)
        self.table.setColumnHidden(
            COLUMNS.index(Column.SET), self.set_box.currentData() is not None
        )
        self._fit_columns()
        self._reselect(keep)
        self._say(self._summary(rows))

    def _summary(self, rows: list[BrowseRow]) -> str:
        shown = count(len(rows), "question")
        marks = [
            f"{n} {word}"
            for n, word in (
                (sum(r.suspended for r in rows), "suspended"),
                (sum(r.buried for r in rows), "buried"),
                (sum(r.starred for r in rows), "starred"),
            )
            if n
        ]
        return shown + (f" · {', '.join(marks)}" if marks else "")

    def _say(self, text: str, *, error: bool = False) -> None:
        colour = status_colours(app_is_dark())["wrong"] if error else ""
        self.status.setStyleSheet(f"color: {colour};" if colour else "")
        self.status.setText(text)

    def _reselect(self, question_ids: set[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        flag = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).question_id in question_ids:
                selection.select(self.model.index(row, 0), flag)
        self._update_actions()

    # --- selection and actions ------------------------------------------------------

    def selected_rows(self) -> list[BrowseRow]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.row_at(row) for row in rows]

    def selected_ids(self) -> list[int]:
        return [row.question_id for row in self.selected_rows()]

    def _update_actions(self) -> None:
        rows = self.selected_rows() if self.table.isEnabled() else []  # greyed: a bad search
        buttons = (self.suspend_button, self.bury_button, self.star_button, self.reset_button)
        for button in (*buttons, self.edit_button):
            button.setEnabled(bool(rows))
        all_of = bool(rows)
        self.suspend_button.setText(
            "&Unsuspend" if all_of and all(r.suspended for r in rows) else "S&uspend"
        )
        self.bury_button.setText("Un&bury" if all_of and all(r.buried for r in rows) else "&Bury")
        self.star_button.setText("Unst&ar" if all_of and all(r.starred for r in rows) else "St&ar")

    def _apply(self, change: Callable[[list[int]], object], done: str) -> None:
        """Run ``change`` on the selected ids, reload, and say what was done."""
        ids = self.selected_ids()
        if not ids:
            return
        try:
            change(ids)
        except QuizappError as exc:
            show_error(self, exc, "Browse")
            return
        self.load()
        self._say(f"{done} {count(len(ids), 'question')}. {self.status.text()}")

    def _on_suspend(self) -> None:
        on = not all(r.suspended for r in self.selected_rows())
        self._apply(
            lambda ids: flags.set_suspended(self.bank, self.learner.id, ids, on),
            "Suspended" if on else "Unsuspended",
        )

    def _on_bury(self) -> None:
        if all(r.buried for r in self.selected_rows()):
            self._apply(lambda ids: flags.unbury(self.bank, self.learner.id, ids), "Unburied")
            return
        self._apply(
            lambda ids: flags.bury(self.bank, self.learner.id, ids, now=now_utc()),
            "Buried until tomorrow:",
        )

    def _on_star(self) -> None:
        on = not all(r.starred for r in self.selected_rows())
        self._apply(
            lambda ids: flags.set_starred(self.bank, self.learner.id, ids, on),
            "Starred" if on else "Unstarred",
        )

    def _on_reset(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Reset progress?",
            f"Forget your progress on {count(len(ids), 'question')}? They become new cards "
            "again; your past answers stay in your statistics.",
            parent=self,
        )
        reset = box.addButton("&Reset progress", QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(box.addButton("&Keep it", QMessageBox.ButtonRole.RejectRole))
        box.exec()
        self.table.setFocus()  # where the learner was, whatever the answer
        if box.clickedButton() is reset:
            self._apply(
                lambda chosen: flags.reset_progress(self.bank, self.learner.id, chosen), "Reset"
            )

    def _on_edit(self) -> None:
        """The current question in the editing form (after the teacher gate); saved, reloaded."""
        from quizapp.ui.question_edit import edit_in_place

        current = self.table.currentIndex()
        if not current.isValid():
            return
        row = self.model.row_at(current.row())
        saved = edit_in_place(self, self.session, row.question_id)
        self.table.setFocus()
        if saved is not None:
            self.load()
            self._say(f"Saved the question. {self.status.text()}")

    # --- keys -------------------------------------------------------------------------

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.finished.emit()
        elif event.key() == Qt.Key.Key_Down and self.search.hasFocus():
            self.table.setFocus()
            if not self.selected_rows() and self.model.rowCount():
                self.table.selectRow(0)
        else:
            super().keyPressEvent(event)
