"""Study > Custom study (C): what to study beside the day's queue, and whether it reschedules.

Each choice shows, as it changes, how many questions the session would ask
(:func:`quizapp.study.custom_study.count`); Start is pressed only when there are some.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from quizapp.errors import QuizappError
from quizapp.store.bank import Bank
from quizapp.study import custom_study, review_queue
from quizapp.study.custom_study import (
    MAX_DAYS,
    MAX_MORE_NEW,
    SESSION_LIMIT,
    CustomKind,
    CustomStudy,
)
from quizapp.ui.humanize import count
from quizapp.ui.screens.review import MORE_NEW_CARDS  # as the end of a review offers

AHEAD_DAYS = 1
MISSED_DAYS = 7
CHOICES = (
    (CustomKind.MORE_NEW, "Study more &new cards today:"),
    (CustomKind.AHEAD, "Review &ahead: cards due in the next"),
    (CustomKind.MISSED, "Practise &missed questions: wrong in the last"),
    (CustomKind.STARRED, "Practise &starred questions"),
    (CustomKind.TAG, "Practise a &tag:"),
)


def _spin(low: int, high: int, value: int, suffix: str, name: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setValue(value)
    spin.setSuffix(suffix)
    spin.setAccessibleName(name)
    return spin


class CustomStudyDialog(QDialog):
    """Asks for one custom study session; :attr:`chosen` holds it once accepted."""

    def __init__(
        self,
        bank: Bank,
        learner_id: int,
        set_id: int | None,
        set_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.bank = bank
        self.learner_id = learner_id
        self.chosen: CustomStudy | None = None
        self.setWindowTitle("Custom study")
        self.kinds = QButtonGroup(self)
        self.radios: dict[CustomKind, QRadioButton] = {}
        self.more_new = _spin(1, MAX_MORE_NEW, MORE_NEW_CARDS, " cards", "New cards to add")
        self.ahead_days = _spin(1, MAX_DAYS, AHEAD_DAYS, " days", "Days ahead")
        self.missed_days = _spin(1, MAX_DAYS, MISSED_DAYS, " days", "Days back")
        self.tag = QComboBox()
        self.tag.setAccessibleName("Tag")
        self.scope = QComboBox()
        if set_id is not None:
            self.scope.addItem(f"This set: {set_name}", set_id)
        self.scope.addItem("All sets", None)
        self.reschedule = QCheckBox("&Reschedule cards based on my answers")
        self.reschedule.setToolTip(
            "Unticked, your answers are practice: no card moves and nothing comes due sooner"
        )
        self.found = QLabel()
        self.found.setTextFormat(Qt.TextFormat.PlainText)
        self.found.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start_button = QPushButton("Start")
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self._connect()
        self.radios[CustomKind.MORE_NEW].setChecked(True)
        self._fill_tags()
        self._update()

    def _lay_out(self) -> None:
        fields: dict[CustomKind, QWidget | None] = {
            CustomKind.MORE_NEW: self.more_new, CustomKind.AHEAD: self.ahead_days,
            CustomKind.MISSED: self.missed_days, CustomKind.STARRED: None,
            CustomKind.TAG: self.tag,
        }  # fmt: skip
        grid = QGridLayout()
        for row, (kind, text) in enumerate(CHOICES):
            radio = QRadioButton(text)
            self.kinds.addButton(radio)
            self.radios[kind] = radio
            grid.addWidget(radio, row, 0)
            field = fields[kind]
            if field is not None:
                grid.addWidget(field, row, 1)
        grid.setColumnStretch(2, 1)
        over = QHBoxLayout()
        over_label = QLabel("&Over:")
        over_label.setBuddy(self.scope)
        over.addWidget(over_label)
        over.addWidget(self.scope, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(over)
        layout.addWidget(self.reschedule)
        layout.addWidget(self.found)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.kinds.buttonToggled.connect(self._on_kind)
        for spin in (self.more_new, self.ahead_days, self.missed_days):
            spin.valueChanged.connect(self._update)
        self.tag.currentIndexChanged.connect(self._update)
        self.scope.currentIndexChanged.connect(self._on_scope)
        self.reschedule.toggled.connect(self._update)
        fields = {self.more_new: CustomKind.MORE_NEW, self.ahead_days: CustomKind.AHEAD,
                  self.missed_days: CustomKind.MISSED, self.tag: CustomKind.TAG}  # fmt: skip
        for field, kind in fields.items():  # changing a field chooses its line
            field.installEventFilter(self)
            field.setProperty("kind", kind.value)

    def _on_kind(self, _button: QRadioButton, on: bool) -> None:
        if on:  # the line chosen, not the one left
            self._update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            kind = watched.property("kind") if isinstance(watched, QWidget) else None
            if isinstance(kind, str):
                self.radios[CustomKind(kind)].setChecked(True)
        return False

    def _on_scope(self) -> None:
        self._fill_tags()
        self._update()

    def _fill_tags(self) -> None:
        current = self.tag.currentText()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItems(custom_study.tags(self.bank, self.scope.currentData()))
        self.tag.setCurrentIndex(max(0, self.tag.findText(current)))
        self.tag.blockSignals(False)

    def kind(self) -> CustomKind:
        return next(k for k, radio in self.radios.items() if radio.isChecked())

    def choice(self) -> CustomStudy:
        """The session as the dialog stands."""
        kind = self.kind()
        days = self.missed_days if kind is CustomKind.MISSED else self.ahead_days
        return CustomStudy(
            kind,
            set_id=self.scope.currentData(),
            days=days.value(),
            tag=self.tag.currentText(),
            more_new=self.more_new.value(),
            reschedule=self.reschedule.isChecked(),
        )

    def _update(self) -> None:
        """The count of what the choice would ask, and Start only when there is some."""
        choice = self.choice()
        for spin, noun in (
            (self.more_new, "card"),
            (self.ahead_days, "day"),
            (self.missed_days, "day"),
        ):
            spin.setSuffix(f" {noun}" if spin.value() == 1 else f" {noun}s")
        self.reschedule.setEnabled(choice.kind is not CustomKind.MORE_NEW)
        self.tag.setEnabled(self.tag.count() > 0)
        found, text = self._found(choice)
        self.found.setText(text)
        self.start_button.setEnabled(found > 0)
        self.start_button.setDefault(True)  # Enter starts (once shown, the box may move it)

    def _found(self, choice: CustomStudy) -> tuple[int, str]:
        """How many questions ``choice`` asks, and the line saying so (or why none)."""
        now = datetime.now(UTC)
        try:
            found = custom_study.count(self.bank, self.learner_id, choice, now=now)
        except QuizappError as exc:
            return 0, no_tags_text() if choice.kind is CustomKind.TAG else str(exc)
        if choice.kind is CustomKind.MORE_NEW and not found:
            counts = review_queue.queue_counts(
                self.bank, self.learner_id, now=now, set_id=choice.set_id
            )
            return 0, no_new_text(counts)
        return found, found_text(choice, found)

    def accept(self) -> None:
        if not self.start_button.isEnabled():
            return  # Enter on nothing to study: the line says why
        self.chosen = self.choice()
        super().accept()


def no_tags_text() -> str:
    return "No question here has a tag."


def no_new_text(counts: review_queue.QueueCounts) -> str:
    """Why no new card can be added today."""
    if counts.new:
        return f"{count(counts.new, 'new card')} of today's still to start: Review (R) asks them."
    return "No new question is left here: you have seen them all."


def found_text(custom: CustomStudy, found: int) -> str:
    """What the dialog says the choice would ask."""
    if custom.kind is CustomKind.MORE_NEW:
        if not found:
            return "No new card to add."
        return f"Adds {count(found, 'new card')} to today's limit, then reviews as usual."
    if found:
        what = "practice: no card moves" if custom.practice else "your answers reschedule them"
        asked = count(found, "question")
        if found > SESSION_LIMIT:
            asked = f"The first {SESSION_LIMIT} of {found:,} questions"
        return f"{asked} ({what})."
    match custom.kind:
        case CustomKind.AHEAD:
            return f"No card falls due in the next {count(custom.days, 'day')}."
        case CustomKind.MISSED:
            return f"No question answered wrong in the last {count(custom.days, 'day')}."
        case CustomKind.STARRED:
            return "No starred question here: star one with * while reviewing, or in Browse."
        case _:
            return f"No question here has the tag {custom.tag}."
