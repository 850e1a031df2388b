"""Assign a set as work: the set, the day it is due, the quiz's length and the pass mark.

A set already assigned opens with its values, and OK changes it; when learners
already have results for it and the pass mark or length changes, it first says
what that does to their results and asks. Nothing is written here:
:attr:`AssignDialog.request` holds what was asked, and the class view's work panel
assigns it (and shows what the bank said).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from quizapp.content.sets import SetSummary
from quizapp.study.assignment_changes import change_note
from quizapp.study.assignments import MAX_QUIZ_LENGTH, AssignmentInfo

DEFAULT_DAYS = 7  # a new assignment is due in a week


@dataclass(frozen=True)
class AssignRequest:
    """What the teacher asked for."""

    set_name: str
    due_on: date
    quiz_length: int | None
    pass_mark: int | None


class AssignDialog(QDialog):
    """Asks for the set, due day, quiz length (or all) and pass mark (or none)."""

    def __init__(
        self,
        sets: list[SetSummary],
        assigned: list[AssignmentInfo],
        today: date,
        set_id: int | None = None,
        parent: QWidget | None = None,
        with_results: dict[int, int] | None = None,
    ) -> None:
        """``with_results``: per assigned set's id, how many learners already have results."""
        super().__init__(parent)
        self.setWindowTitle("Assign a set")
        self.request: AssignRequest | None = None
        self._assigned = {a.set_id: a for a in assigned}
        self._with_results = with_results or {}
        self._today = today
        self.set_combo = QComboBox()
        self.set_combo.setAccessibleName("Set")
        for summary in sets:
            self.set_combo.addItem(summary.name, summary.id)
        self.due_edit = QDateEdit()
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("ddd d MMM yyyy")
        self.due_edit.setMinimumDate(_qdate(today))
        self.due_edit.setAccessibleName("Due on")
        self.length_box = QSpinBox()
        self.length_box.setRange(0, MAX_QUIZ_LENGTH)
        self.length_box.setSpecialValueText("every question")  # 0
        self.length_box.setSuffix(" questions")
        self.length_box.setAccessibleName("Quiz length")
        self.mark_box = QSpinBox()
        self.mark_box.setRange(0, 100)
        self.mark_box.setSpecialValueText("none")  # 0
        self.mark_box.setSuffix(" %")
        self.mark_box.setAccessibleName("Pass mark")
        self.note = QLabel()
        self.note.setProperty("role", "subtitle")
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow("&Set:", self.set_combo)
        form.addRow("&Due on:", self.due_edit)
        form.addRow("Quiz &length:", self.length_box)
        form.addRow("&Pass mark:", self.mark_box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.set_combo.currentIndexChanged.connect(lambda _i: self._show_set())
        self.set_combo.setCurrentIndex(max(0, self.set_combo.findData(set_id)))
        self._show_set()

    def _show_set(self) -> None:
        """The chosen set's assignment, when it has one; else a week from today."""
        known = self._assigned.get(self.set_combo.currentData())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if known is None:
            self.due_edit.setDate(_qdate(self._today).addDays(DEFAULT_DAYS))
            self.length_box.setValue(0)
            self.mark_box.setValue(0)
            self.note.setText("Learners see it first on their home, with its due day.")
            ok.setText("&Assign")
            return
        self.due_edit.setDate(_qdate(max(known.due_on, self._today)))
        self.length_box.setValue(known.quiz_length or 0)
        self.mark_box.setValue(known.pass_mark or 0)
        self.note.setText(
            "This set is assigned already: Change saves its new due day, length and pass mark."
        )
        ok.setText("&Change")

    def _on_ok(self) -> None:
        if self.set_combo.currentIndex() < 0:
            return
        due = self.due_edit.date()
        request = AssignRequest(
            self.set_combo.currentText(),
            date(due.year(), due.month(), due.day()),
            self.length_box.value() or None,
            self.mark_box.value() or None,
        )
        if not self._confirmed(request):
            return
        self.request = request
        self.accept()

    def _confirmed(self, request: AssignRequest) -> bool:
        """Whether to go on: asked first when learners' results would be judged anew."""
        set_id = self.set_combo.currentData()
        known = self._assigned.get(set_id)
        if known is None:
            return True
        note = change_note(
            known, request.quiz_length, request.pass_mark, self._with_results.get(set_id, 0)
        )
        if not note:
            return True
        no_buttons = QMessageBox.StandardButton.NoButton
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Change the assignment?",
            f"{note} Change it?",
            no_buttons,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        change = box.addButton("&Change", QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton("&Keep it as it was", QMessageBox.ButtonRole.RejectRole))
        box.exec()
        return box.clickedButton() is change


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
