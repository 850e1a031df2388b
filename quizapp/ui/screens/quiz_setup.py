"""The quiz's setup page: a named quiz or your own options; Enter starts with the defaults.

The teacher (after the passphrase) saves the options as a named quiz of the set,
renames or deletes one. A named quiz is asked as saved: its fields show, locked.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from quizapp.errors import QuizappError
from quizapp.questiondata import FactKind, QuestionKind
from quizapp.settings import Settings
from quizapp.store.bank import Bank
from quizapp.study import quiz, saved_quizzes
from quizapp.study.quiz_options import MAX_COUNT, QuizOptions, matching, options_from
from quizapp.ui.errors import show_error
from quizapp.ui.humanize import count
from quizapp.ui.widgets.limit_box import LimitBox

OWN_OPTIONS = "Your own options"
KIND_NAMES = {
    QuestionKind.MULTIPLE_CHOICE: "multiple choice", QuestionKind.TRUE_FALSE: "true or false",
    QuestionKind.SHORT_ANSWER: "short answer", QuestionKind.NUMERIC: "number",
    QuestionKind.CLOZE: "fill the gap", QuestionKind.ORDERING: "ordering",
    QuestionKind.MATCHING: "matching", QuestionKind.FLASHCARD: "flashcard",
}  # fmt: skip


def _ticks(values: Sequence[tuple[str, str]], name: str) -> QListWidget:
    """A list of ticked-or-not values (Space ticks); none ticked means every one."""
    box = QListWidget()
    box.setAccessibleName(name)
    box.setFlow(QListView.Flow.TopToBottom)
    box.setMinimumHeight(60)
    box.setProperty("has_values", bool(values))
    for value, text in values:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        box.addItem(item)
    if not values:
        box.addItem(QListWidgetItem("(none in this set)"))
        box.setEnabled(False)
    return box


def ticked(box: QListWidget) -> list[str]:
    items = (box.item(i) for i in range(box.count()))
    return [
        str(item.data(Qt.ItemDataRole.UserRole))
        for item in items
        if item.checkState() == Qt.CheckState.Checked
    ]


def _tick(box: QListWidget, values: Sequence[str]) -> None:
    for i in range(box.count()):
        item = box.item(i)
        wanted = item.data(Qt.ItemDataRole.UserRole) in values
        item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)


class QuizSetup(QWidget):
    """How many questions, which ones, and the quiz's rules; or a named quiz of the set."""

    start_requested = Signal(object)  # the QuizOptions to start with
    cancelled = Signal()

    def __init__(
        self,
        bank: Bank,
        set_id: int,
        settings: Settings,
        teacher_gate: Callable[[], bool] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``teacher_gate`` asks for the passphrase (True once given); None hides saving."""
        super().__init__(parent)
        self.bank = bank
        self.set_id = set_id
        self.settings = settings
        self.teacher_gate = teacher_gate
        self.candidates = quiz.quiz_candidates(bank, set_id)
        self.named: list[saved_quizzes.NamedQuiz] = []
        self.last_named = ""  # the name a Save as proposes
        self.unreadable = ""  # why the named quizzes could not be read (a damaged row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._named_row())
        layout.addLayout(self._numbers_row())
        self.exam_box = QCheckBox("&Exam mode: no feedback until the results")
        layout.addWidget(self.exam_box)
        layout.addLayout(self._filters(), 1)
        self.match_label = QLabel()
        self.match_label.setProperty("role", "subtitle")
        self.match_label.setTextFormat(Qt.TextFormat.PlainText)
        self.match_label.setWordWrap(True)
        layout.addWidget(self.match_label)
        layout.addLayout(self._buttons())
        self.size_box.valueChanged.connect(self._update_match)
        for box in (self.kinds, self.tags, self.facts):
            box.itemChanged.connect(self._update_match)
        self.reload_named()

    # --- building -------------------------------------------------------------------

    def _named_row(self) -> QHBoxLayout:
        self.named_box = QComboBox()
        self.named_box.setAccessibleName("Named quiz")
        self.named_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.named_box.setMinimumContentsLength(12)
        self.named_box.currentIndexChanged.connect(self._on_named_chosen)
        label = QLabel("&Named quiz:")
        label.setBuddy(self.named_box)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.named_box, 1)
        self.save_button = QPushButton("Sa&ve as…")
        self.save_button.setToolTip("Save these options as a named quiz of the set (teacher)")
        self.save_button.clicked.connect(self._on_save)
        self.rename_button = QPushButton("Rena&me…")
        self.rename_button.setToolTip("Rename this named quiz (teacher)")
        self.rename_button.clicked.connect(self._on_rename)
        self.delete_button = QPushButton("&Delete…")
        self.delete_button.setToolTip("Delete this named quiz (teacher)")
        self.delete_button.clicked.connect(self._on_delete)
        for button in (self.save_button, self.rename_button, self.delete_button):
            row.addWidget(button)
            if self.teacher_gate is None:
                button.hide()  # (never show() a widget before it has a parent: a window)
        return row

    def _numbers_row(self) -> QHBoxLayout:
        held = max(1, min(len(self.candidates), MAX_COUNT))
        self.size_box = QSpinBox()
        self.size_box.setRange(1, held)  # never more than the set holds
        self.size_box.setValue(self.settings.quiz_size)
        self.size_box.setSuffix(" questions")
        self.size_box.setAccessibleName("Number of questions")
        self.limit_box = LimitBox()
        self.pass_box = QSpinBox()
        self.pass_box.setRange(0, 100)
        self.pass_box.setSuffix(" %")
        self.pass_box.setSpecialValueText("none")
        self.pass_box.setAccessibleName("Pass mark")
        self.pass_box.setToolTip("The share of right answers that passes (0: no pass mark)")
        row = QHBoxLayout()
        for text, box in (
            ("&Questions:", self.size_box),
            ("T&ime limit:", self.limit_box),
            ("&Pass mark:", self.pass_box),
        ):
            label = QLabel(text)
            label.setBuddy(box)
            row.addWidget(label)
            row.addWidget(box)
            row.addSpacing(8)
        row.addStretch(1)
        return row

    def _filters(self) -> QGridLayout:
        present_kinds = {c.kind for c in self.candidates}
        present_tags = sorted({t for c in self.candidates for t in c.tags}, key=str.casefold)
        present_facts = {c.fact_kind for c in self.candidates}
        self.kinds = _ticks(
            [(k.value, KIND_NAMES[k]) for k in QuestionKind if k.value in present_kinds], "Kinds"
        )
        self.tags = _ticks([(t, t) for t in present_tags], "Tags")
        self.facts = _ticks(
            [(f.value, f.value) for f in FactKind if f.value in present_facts], "Fact kinds"
        )
        grid = QGridLayout()
        grid.setContentsMargins(0, 4, 0, 0)
        for column, (text, box) in enumerate(
            (("&Kinds", self.kinds), ("Ta&gs", self.tags), ("F&act kinds", self.facts))
        ):
            label = QLabel(text)
            label.setBuddy(box)
            label.setToolTip("Tick some to ask only those (Space ticks); none ticked: all")
            grid.addWidget(label, 0, column)
            grid.addWidget(box, 1, column)
        grid.setRowStretch(1, 1)
        return grid

    def _buttons(self) -> QHBoxLayout:
        self.start_button = QPushButton("Sta&rt quiz")
        self.start_button.setProperty("primary", True)
        self.start_button.setToolTip("Start the quiz (Enter)")
        self.start_button.clicked.connect(self.start)
        cancel = QPushButton("Cancel")
        cancel.setToolTip("Back to your sets (Esc)")
        cancel.clicked.connect(self.cancelled.emit)
        row = QHBoxLayout()
        row.addWidget(self.start_button)
        row.addWidget(cancel)
        row.addStretch(1)
        return row

    # --- options --------------------------------------------------------------------

    def chosen_named(self) -> saved_quizzes.NamedQuiz | None:
        index = self.named_box.currentIndex()
        return self.named[index - 1] if index > 0 else None

    def options(self) -> QuizOptions:
        """The named quiz's options, or those the fields show."""
        named = self.chosen_named()
        if named is not None:
            return named.options
        limit = self.limit_box.value()
        return options_from(
            count=self.size_box.value(),
            kinds=ticked(self.kinds),
            tags=ticked(self.tags),
            fact_kinds=ticked(self.facts),
            time_limit_s=limit or None,
            exam=self.exam_box.isChecked(),
            pass_mark=self.pass_box.value() or None,
        )

    def _show_options(self, options: QuizOptions) -> None:
        self.size_box.setValue(min(options.count, self.size_box.maximum()))
        self.limit_box.setValue(options.time_limit_s or 0)
        self.pass_box.setValue(options.pass_mark or 0)
        self.exam_box.setChecked(options.exam)
        _tick(self.kinds, options.kinds)
        _tick(self.tags, options.tags)
        _tick(self.facts, options.fact_kinds)

    def _update_match(self) -> None:
        options = self.options()
        found = len(matching(self.candidates, options))
        if not found:
            self.match_label.setText("No question of this set matches these options.")
        else:
            asked = min(found, options.count)
            self.match_label.setText(
                f"{count(found, 'question')} of {len(self.candidates)} match; "
                f"the quiz asks {asked}."
            )
        if self.unreadable:
            self.match_label.setText(f"{self.match_label.text()} {self.unreadable}")
        self.start_button.setEnabled(found > 0)

    def focus_first(self) -> None:
        """The focus on the number of questions (or on the named quiz when one is chosen)."""
        if self.chosen_named() is None:
            self.size_box.setFocus()
            self.size_box.selectAll()
        else:
            self.named_box.setFocus()

    def start(self) -> None:
        """Start with these options (Enter); the number asked is remembered as the default."""
        if not self.start_button.isEnabled():
            return
        options = self.options()
        if self.chosen_named() is None and options.count != min(
            self.settings.quiz_size, self.size_box.maximum()
        ):
            self.settings.quiz_size = options.count  # not when only capped by the set
        self.start_requested.emit(options)

    # --- named quizzes -----------------------------------------------------------------

    def reload_named(self, select_id: int | None = None) -> None:
        """Fill the named quizzes' box again; choose ``select_id`` (else your own options)."""
        self.unreadable = ""
        try:
            self.named = saved_quizzes.list_saved(self.bank, self.set_id)
        except QuizappError as exc:
            self.named, self.unreadable = [], f"Named quizzes unavailable: {exc}."
        self.named_box.blockSignals(True)
        self.named_box.clear()
        self.named_box.addItem(OWN_OPTIONS)
        for named in self.named:
            self.named_box.addItem(named.name)
        ids = [n.id for n in self.named]
        self.named_box.setCurrentIndex(ids.index(select_id) + 1 if select_id in ids else 0)
        self.named_box.blockSignals(False)
        self._on_named_chosen()

    def _on_named_chosen(self) -> None:
        named = self.chosen_named()
        if named is not None:
            self.last_named = named.name
            self._show_options(named.options)
        for field in (self.size_box, self.limit_box, self.pass_box, self.exam_box):
            field.setEnabled(named is None)
        for box in (self.kinds, self.tags, self.facts):
            box.setEnabled(named is None and bool(box.property("has_values")))
        self.rename_button.setEnabled(named is not None)
        self.delete_button.setEnabled(named is not None)
        self._update_match()

    def _ask_name(self, title: str, label: str, proposed: str) -> str | None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextValue(proposed)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        return dialog.textValue() if dialog.exec() else None

    def _on_save(self) -> None:
        if self.teacher_gate is None or not self.teacher_gate():
            return
        name = self._ask_name("Save as a named quiz", "Name of the quiz:", self.last_named)
        if name is None:
            return
        try:
            options = self.options()
            saved = self._save(name, options)
        except QuizappError as exc:
            show_error(self, exc, "The quiz was not saved")
            return
        if saved is not None:
            self.reload_named(saved.id)
            self.named_box.setFocus()

    def _save(self, name: str, options: QuizOptions) -> saved_quizzes.NamedQuiz | None:
        taken = saved_quizzes.check_name(name) in {n.name for n in self.named}
        if taken and not self._confirm(f"Replace the named quiz {name.strip()!r}?", "&Replace"):
            return None
        return saved_quizzes.save_quiz(self.bank, self.set_id, name, options, replace=taken)

    def _confirm(self, question: str, action: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, "quizapp", question, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton("&Keep it", QMessageBox.ButtonRole.RejectRole))
        box.exec()
        return box.clickedButton() is yes

    def _on_rename(self) -> None:
        named = self.chosen_named()
        if named is None or self.teacher_gate is None or not self.teacher_gate():
            return
        name = self._ask_name("Rename the named quiz", "New name:", named.name)
        if name is None:
            return
        try:
            saved_quizzes.rename_quiz(self.bank, named.id, name)
        except QuizappError as exc:
            show_error(self, exc, "The quiz was not renamed")
            return
        self.reload_named(named.id)
        self.named_box.setFocus()

    def _on_delete(self) -> None:
        named = self.chosen_named()
        if named is None or self.teacher_gate is None or not self.teacher_gate():
            return
        if not self._confirm(f"Delete the named quiz {named.name!r}?", "&Delete"):
            return
        try:
            saved_quizzes.delete_quiz(self.bank, named.id)
        except QuizappError as exc:
            show_error(self, exc, "The quiz was not deleted")
        self.reload_named()
        self.named_box.setFocus()
