"""Proposed questions with the teacher's verdict on each: accepted, rejected or not yet."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from quizapp.questiondata import FactKind, QuestionData
from quizapp.study.grading import expected_text
from quizapp.ui.humanize import count
from quizapp.ui.plain import tooltip
from quizapp.ui.theme import app_is_dark, status_colours
from quizapp.ui.widgets.question_card import KIND_TITLES

PENDING, ACCEPTED, REJECTED = "pending", "accepted", "rejected"
MARKS = {PENDING: "", ACCEPTED: "✔", REJECTED: "✘"}
FACT_TITLES: dict[str, str] = {
    FactKind.DATE: "Date",
    FactKind.ACTOR: "Actor",
    FactKind.FIGURE: "Figure",
    FactKind.QUOTE: "Quote",
}


@dataclass
class Proposal:
    """A generated question and what the teacher decided about it."""

    question: QuestionData
    status: str = PENDING
    edited: bool = False
    rejected_by_hand: bool = False  # rejected on its own row (Accept all leaves it out)


class ProposalTable(QTableWidget):
    """One row per proposal: verdict, kind, fact kind, question and answer."""

    COLUMNS = ("", "Kind", "Fact", "Question", "Answer")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(self.COLUMNS), parent)
        self.proposals: list[Proposal] = []
        self.setAccessibleName("Proposed questions")
        self.setHorizontalHeaderLabels(self.COLUMNS)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.setAlternatingRowColors(True)
        header = self.horizontalHeader()
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(4, 150)

    def show_proposals(self, proposals: list[Proposal]) -> None:
        self.proposals = proposals
        self.setRowCount(len(proposals))
        for row in range(len(proposals)):
            self.refresh_row(row)
        if proposals:
            self.selectRow(0)

    def refresh_row(self, row: int) -> None:
        """Redraw ``row`` after its proposal changed."""
        p = self.proposals[row]
        q = p.question
        colours = status_colours(app_is_dark())
        cells = [
            MARKS[p.status],
            KIND_TITLES.get(q.kind, q.kind),
            FACT_TITLES.get(q.fact_kind or "", q.fact_kind or ""),
            q.prompt + ("  (edited)" if p.edited else ""),
            expected_text(q),
        ]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(tooltip(text) if column >= 3 else "")
            if p.status == REJECTED:
                font = QFont(item.font())
                font.setStrikeOut(column >= 3)
                item.setFont(font)
                item.setForeground(QBrush(QColor(colours["muted"])))
            elif p.status == ACCEPTED and column == 0:
                item.setForeground(QBrush(QColor(colours["right"])))
            if column == 0:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setToolTip(p.status.capitalize())
            self.setItem(row, column, item)

    def current(self) -> int | None:
        """The selected row."""
        rows = self.selectionModel().selectedRows() if self.selectionModel() else []
        return rows[0].row() if rows else None

    def counts(self) -> dict[str, int]:
        found = {PENDING: 0, ACCEPTED: 0, REJECTED: 0}
        for p in self.proposals:
            found[p.status] += 1
        return found

    def unsaved(self) -> str:
        """What closing now would lose ("2 accepted questions not saved and ..."), or ""."""
        counts = self.counts()
        lost = []
        if counts[ACCEPTED]:
            lost.append(f"{count(counts[ACCEPTED], 'accepted question')} not saved")
        if counts[PENDING]:
            lost.append(f"{count(counts[PENDING], 'question')} not reviewed yet")
        return " and ".join(lost)

    def accepted(self) -> list[QuestionData]:
        return [p.question for p in self.proposals if p.status == ACCEPTED]
