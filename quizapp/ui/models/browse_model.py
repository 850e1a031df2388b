"""The Browser's table: one row per question (:class:`quizapp.study.browse.BrowseRow`), sortable."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from enum import Enum
from typing import Any, assert_never

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from quizapp.study.browse import BrowseRow
from quizapp.ui.humanize import interval
from quizapp.ui.widgets.question_card import KIND_TITLES

Index = QModelIndex | QPersistentModelIndex
STAR = "★"


class Column(Enum):
    """The table's columns, in order."""

    TEXT = "Question"
    SET = "Set"
    KIND = "Kind"
    TAGS = "Tags"
    FACT = "Fact"
    DUE = "Due"
    INTERVAL = "Interval"
    LAPSES = "Lapses"
    CORRECT = "% right"
    STARRED = "★"


COLUMNS = tuple(Column)
COLUMN_TIPS = {
    Column.DUE: "When you see the question next (new: never answered yet)",
    Column.INTERVAL: "Days between your last review and the next",
    Column.LAPSES: "Times you forgot it after learning it (Again on a review)",
    Column.CORRECT: "Your right answers, of all your scheduled answers",
    Column.STARRED: "Starred by you",
}


def due_text(row: BrowseRow, now: datetime) -> str:
    """ "new", "suspended", "buried", "today", "in 3d", "2d ago"."""
    if row.suspended:
        return "suspended"
    if row.buried:
        return "buried"
    if row.due is None:
        return "new"
    span = row.due - now
    if abs(span.total_seconds()) < 12 * 3600 and row.due.date() == now.date():
        return "today"
    return f"in {interval(span)}" if span.total_seconds() > 0 else f"{interval(-span)} ago"


def _text(row: BrowseRow, column: Column, now: datetime) -> str:
    match column:
        case Column.TEXT:
            return " ".join(row.prompt.split())
        case Column.SET:
            return row.set_name
        case Column.KIND:
            return KIND_TITLES.get(row.kind, row.kind)
        case Column.TAGS:
            return ", ".join(row.tags)
        case Column.FACT:
            return row.fact_kind or ""
        case Column.DUE:
            return due_text(row, now)
        case Column.INTERVAL:
            days = row.interval_days
            return "" if days is None else interval(timedelta(days=days))
        case Column.LAPSES:
            return str(row.lapses) if row.due is not None else ""
        case Column.CORRECT:
            pct = row.percent_correct
            return "" if pct is None else f"{pct:.0f} %"
        case Column.STARRED:
            return STAR if row.starred else ""
        case _:
            assert_never(column)


def _sort_key(column: Column) -> Callable[[BrowseRow], Any]:
    """A key that sorts empty values (new cards, no answers) last in ascending order."""
    keys: dict[Column, Callable[[BrowseRow], Any]] = {
        Column.TEXT: lambda r: r.prompt.casefold(),
        Column.SET: lambda r: r.set_name.casefold(),
        Column.KIND: lambda r: r.kind,
        Column.TAGS: lambda r: ", ".join(r.tags).casefold(),
        Column.FACT: lambda r: r.fact_kind or "",
        Column.DUE: lambda r: r.due.timestamp() if r.due else None,
        Column.INTERVAL: lambda r: r.interval_days,
        Column.LAPSES: lambda r: r.lapses if r.due is not None else None,
        Column.CORRECT: lambda r: r.percent_correct,
        Column.STARRED: lambda r: not r.starred,
    }
    key = keys[column]
    return lambda r: (key(r) is None, key(r) if key(r) is not None else 0)


class BrowseModel(QAbstractTableModel):
    """Rows of the Browser; read-only, sorted in place by :meth:`sort`."""

    NUMERIC = (Column.INTERVAL, Column.LAPSES, Column.CORRECT)
    CUT = (Column.TEXT, Column.SET, Column.KIND, Column.TAGS, Column.FACT)  # text it may elide

    def __init__(self, now: datetime) -> None:
        super().__init__()
        self._rows: list[BrowseRow] = []
        self._now = now
        self._sorted: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[BrowseRow], now: datetime) -> None:
        """Show ``rows`` (keeping the current sort order)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._now = now
        if self._sorted is not None:
            self._sort_rows(*self._sorted)
        self.endResetModel()

    def row_at(self, row: int) -> BrowseRow:
        return self._rows[row]

    def rows(self) -> list[BrowseRow]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _text(row, column, self._now)
        if role == Qt.ItemDataRole.ToolTipRole and column in self.CUT:
            # the whole text (narrowed columns elide it); escaped inside a paragraph, as a
            # tooltip would read "<b>" as markup
            whole = row.prompt if column is Column.TEXT else _text(row, column, self._now)
            return f"<p>{html.escape(whole)}</p>".replace("\n", "<br>")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole and column is Column.STARRED:
            return "starred" if row.starred else "not starred"
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section].value
        if role == Qt.ItemDataRole.ToolTipRole:
            return COLUMN_TIPS.get(COLUMNS[section], COLUMNS[section].value)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column``; the selection and current row follow their questions."""
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        held = [(self._rows[i.row()], i.column()) for i in before]
        self._sorted = (column, order)
        self._sort_rows(column, order)
        position = {id(row): n for n, row in enumerate(self._rows)}
        after = [self.index(position[id(row)], col) for row, col in held]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        self._rows.sort(key=_sort_key(COLUMNS[column]), reverse=descending)
