"""The generate dialog's review of proposed questions: a verdict on each.

:class:`ProposalReview` holds the proposals' table, the chosen proposal's view
and the verdict buttons (with the table's keys A, X and E). It emits what
changed; the dialog owning it decides what that means (its status and Save).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from quizapp.ui.dialogs.question_dialog import QuestionDialog
from quizapp.ui.widgets.proposal_table import ACCEPTED, PENDING, REJECTED, ProposalTable
from quizapp.ui.widgets.proposal_view import ProposalView


def button(text: str, tip: str) -> QPushButton:
    """A push button with its tool tip, named for screen readers after its text."""
    made = QPushButton(text)
    made.setToolTip(tip)
    made.setAccessibleName(text.replace("&", "").rstrip("."))
    return made


class ProposalReview(QWidget):
    """The proposals, the chosen one in full, and Accept / Edit / Reject (one or all)."""

    changed = Signal()  # a verdict, an edit, or another row chosen
    sentence_chosen = Signal(str)  # the chosen proposal's source sentence ("" for none)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = ProposalTable()
        self.table.itemSelectionChanged.connect(self._on_row_chosen)
        self.table.doubleClicked.connect(lambda _index: self._on_edit())
        self.view = ProposalView()
        self.accept_button = button("&Accept", "Keep this question (A)")
        self.edit_button = button("&Edit...", "Change it, then keep it (E)")
        self.reject_button = button("Re&ject", "Leave this question out (X)")
        self.accept_all_button = button(
            "Accept a&ll", "Keep every question you did not reject one by one"
        )
        self.reject_all_button = button("Reject all", "Leave every question out")
        self.accept_button.clicked.connect(lambda: self._decide(ACCEPTED))
        self.reject_button.clicked.connect(lambda: self._decide(REJECTED))
        self.edit_button.clicked.connect(self._on_edit)
        self.accept_all_button.clicked.connect(lambda: self._decide_all(ACCEPTED))
        self.reject_all_button.clicked.connect(lambda: self._decide_all(REJECTED))
        self._add_keys()
        self._layout()

    def _add_keys(self) -> None:
        keys = [
            ("A", lambda: self._decide(ACCEPTED)),
            ("X", lambda: self._decide(REJECTED)),
            ("E", self._on_edit),
        ]
        for key, slot in keys:
            action = QAction(self.table)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.table.addAction(action)

    def _layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        table_and_view = QSplitter(Qt.Orientation.Vertical)
        table_and_view.addWidget(self.table)
        table_and_view.addWidget(self.view)
        table_and_view.setSizes([320, 280])
        layout.addWidget(table_and_view, 1)
        row = QHBoxLayout()
        for verdict in (self.accept_button, self.edit_button, self.reject_button):
            row.addWidget(verdict)
        row.addStretch(1)
        row.addWidget(self.accept_all_button)
        row.addWidget(self.reject_all_button)
        layout.addLayout(row)

    def update_state(self, busy: bool) -> None:
        """Enable the verdicts that apply (none while ``busy``); show the chosen proposal."""
        row = self.table.current()
        for verdict in (self.accept_button, self.edit_button, self.reject_button):
            verdict.setEnabled(row is not None and not busy)
        for verdict in (self.accept_all_button, self.reject_all_button):
            verdict.setEnabled(bool(self.table.proposals) and not busy)
        self.view.show_proposal(self.table.proposals[row] if row is not None else None)

    def _on_row_chosen(self) -> None:
        row = self.table.current()
        sentence = self.table.proposals[row].question.source if row is not None else None
        self.sentence_chosen.emit(sentence or "")
        self.changed.emit()

    def _decide(self, status: str) -> None:
        row = self.table.current()
        if row is None:
            return
        self.table.proposals[row].status = status
        self.table.proposals[row].rejected_by_hand = status == REJECTED
        self.table.refresh_row(row)
        self._next_row(row)
        self.changed.emit()

    def _next_row(self, row: int) -> None:
        """After a verdict on ``row``: the next question not reviewed yet (below, else from
        the top), or the row below when every question has a verdict."""
        rows = self.table.rowCount()
        after = [(row + step) % rows for step in range(1, rows)]
        pending = [r for r in after if self.table.proposals[r].status == PENDING]
        following = pending[0] if pending else (row + 1 if row + 1 < rows else row)
        self.table.selectRow(following)
        self.table.scrollTo(self.table.model().index(following, 0))

    def _decide_all(self, status: str) -> None:
        """Reject every question, or accept every one not rejected on its own row."""
        for row, proposal in enumerate(self.table.proposals):
            if status == REJECTED or not proposal.rejected_by_hand:
                proposal.status = status
            self.table.refresh_row(row)
        self.changed.emit()

    def _on_edit(self) -> None:
        row = self.table.current()
        if row is None:
            return
        proposal = self.table.proposals[row]
        dialog = QuestionDialog(proposal.question, "Edit the proposed question", self.window())
        if dialog.exec() and dialog.result_question is not None:
            proposal.question = dialog.result_question
            proposal.status = ACCEPTED
            proposal.edited = True
            proposal.rejected_by_hand = False
            self.table.refresh_row(row)
            self._next_row(row)
            self.changed.emit()
