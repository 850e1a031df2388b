"""One answer widget per question kind; each reports the learner's response.

Every input emits ``submitted`` when the learner commits an answer and returns
it from :meth:`AnswerInput.response` in the form ``quizapp.study.grading`` checks:
text for most kinds, the items in order for ordering, a dict for matching.
"""

from __future__ import annotations

import random
from typing import assert_never

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from quizapp.questiondata import QuestionData, QuestionKind
from quizapp.ui.plain import tooltip
from quizapp.ui.widgets.answer_base import (
    ENTER_KEYS,
    AnswerInput,
    hint_label,
    marked_style,
    show_hint,
)
from quizapp.ui.widgets.arrangement_inputs import MatchingInput, OrderingInput
from quizapp.ui.widgets.wrapping_button import WrappingButton

__all__ = [
    "ENTER_KEYS",
    "AnswerInput",
    "ChoiceInput",
    "MatchingInput",
    "OrderingInput",
    "RevealInput",
    "TextInput",
    "input_for",
    "marked_style",
]


class ChoiceInput(AnswerInput):
    """Multiple choice and true/false: a button per option, also on keys 1-9.

    Space never answers (it only turns flashcards): on an option it shows how to
    answer instead. Enter on an option (reached with Tab) chooses it.
    """

    BUTTON_STYLE = "text-align: left;"  # the padding is WrappingButton's

    def __init__(self, options: list[str], labels: list[str] | None = None) -> None:
        super().__init__()
        self._options = options
        self._labels = labels or options
        self._chosen: str | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # keys 1-9 without a preselected option
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[WrappingButton] = []
        for i, label in enumerate(self._labels, start=1):
            button = WrappingButton(self._button_text(i, label))  # a long option wraps
            button.setCheckable(True)
            button.setToolTip(tooltip(f"Answer {label} (key {i})"))
            button.setAccessibleName(f"Option {i}: {label}")
            button.setStyleSheet(self.BUTTON_STYLE)
            button.clicked.connect(lambda _=False, n=i: self.choose(n))
            button.installEventFilter(self)
            self.group.addButton(button, i)
            layout.addWidget(button)
            self.buttons.append(button)
        self.hint = QLabel(f"Press 1-{min(len(options), 9)} or click an option to answer.")
        self.hint.setProperty("role", "subtitle")
        self.hint.hide()
        layout.addWidget(self.hint)

    @staticmethod
    def _button_text(number: int, label: str, sign: str = "") -> str:
        text = f"{number}.  {label}" if number < 10 else label
        return f"{sign}  {text}" if sign else text

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On an option, Space shows the hint (never answers) and Enter chooses it."""
        if isinstance(event, QKeyEvent) and watched in self.buttons:
            if event.key() == Qt.Key.Key_Space:
                if event.type() == QEvent.Type.KeyPress:
                    self.hint.show()
                return True
            if event.key() in ENTER_KEYS and event.type() == QEvent.Type.KeyPress:
                self.choose(self.buttons.index(watched) + 1)
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        number = event.text()
        if number.isdigit() and 1 <= int(number) <= len(self._options):
            self.choose(int(number))
            return
        if event.key() == Qt.Key.Key_Space:
            self.hint.show()
            return
        super().keyPressEvent(event)

    def choose(self, number: int) -> None:
        """Pick option ``number`` (1-based), as the key would."""
        if not self.isEnabled():
            return
        self._chosen = self._options[number - 1]
        self.buttons[number - 1].setChecked(True)
        self.hint.hide()
        self.submitted.emit()

    def response(self) -> str:
        return self._chosen or ""

    def mark(self, question: QuestionData, colours: dict[str, str]) -> None:
        """Mark the right option ✔ and a wrong choice ✘, on a tinted background."""
        right = question.answer
        for number, (option, button) in enumerate(zip(self._options, self.buttons, strict=True)):
            if option != right and option != self._chosen:
                continue
            is_right = option == right
            label = self._labels[number]
            button.setText(self._button_text(number + 1, label, "✔" if is_right else "✘"))
            verdict = "right answer" if is_right else "your answer, wrong"
            button.setAccessibleName(f"Option {number + 1}: {label} ({verdict})")
            button.setStyleSheet(
                f"{self.BUTTON_STYLE} {marked_style(colours, is_right)} font-weight: 600;"
            )


class _AnswerEdit(QLineEdit):
    """A line edit that keeps its Enter key: it submits the answer and goes no further.

    Ctrl+Z undoes its typing while there is typing to undo; with none, the key goes on
    to the window (take back the last answer), as F1 says.
    """

    entered = Signal()

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Undo)
            and not self.isUndoAvailable()
        ):
            event.ignore()  # not this field's: the window's Ctrl+Z fires
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.entered.emit()
            return
        super().keyPressEvent(event)


class TextInput(AnswerInput):
    """Short answer, cloze and numeric: a line edit; Enter submits."""

    def __init__(self, placeholder: str) -> None:
        super().__init__()
        self.edit = _AnswerEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setAccessibleName("Your answer")
        self.edit.entered.connect(self._on_return)
        self.check_button = QPushButton("Check")
        self.check_button.setToolTip("Check your answer (Enter)")
        self.check_button.clicked.connect(self._on_return)
        self.hint = hint_label("Type an answer first.")
        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        row.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.hint)

    def _on_return(self) -> None:
        """An empty answer is ignored, with a hint."""
        empty = not self.edit.text().strip()
        show_hint(self.hint, empty)
        if not empty:
            self.submitted.emit()

    def response(self) -> str:
        return self.edit.text()

    def pending(self) -> str | None:
        return self.edit.text() if self.isEnabled() and self.edit.text().strip() else None

    def focus(self) -> None:
        self.edit.setFocus()


class RevealInput(AnswerInput):
    """Flashcards: Space, Enter (or the button) shows the answer; the learner then grades."""

    def __init__(self) -> None:
        super().__init__()
        self.show_button = QPushButton("Show answer  (Space)")
        self.show_button.setToolTip("Show the answer (Space or Enter)")
        self.show_button.setAccessibleName("Show answer")
        self.show_button.setProperty("primary", True)
        self.show_button.clicked.connect(self.submitted.emit)
        shortcut = QShortcut(QKeySequence(Qt.Key.Key_Space), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(self._on_space)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.show_button)
        layout.addStretch(1)

    def _on_space(self) -> None:
        if self.isEnabled() and self.isVisible():
            self.submitted.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter on the focused Show answer button (it comes up to here) turns the card."""
        if event.key() in ENTER_KEYS:
            self._on_space()
            return
        super().keyPressEvent(event)

    def focus(self) -> None:
        self.show_button.setFocus()

    def response(self) -> str:
        return ""


def input_for(question: QuestionData, rng: random.Random | None = None) -> AnswerInput:
    """The answer widget for ``question``'s kind."""
    rng = rng or random.Random()
    kind = question.kind
    match kind:
        case QuestionKind.MULTIPLE_CHOICE:
            options = list(question.choices or [])
            rng.shuffle(options)
            return ChoiceInput(options)
        case QuestionKind.TRUE_FALSE:
            return ChoiceInput(["true", "false"], ["True", "False"])
        case QuestionKind.ORDERING:
            return OrderingInput(list(question.choices or []), rng)
        case QuestionKind.MATCHING:
            return MatchingInput([list(p) for p in question.pairs or []], rng)
        case QuestionKind.FLASHCARD:
            return RevealInput()
        case QuestionKind.NUMERIC:
            return TextInput("Type a number")
        case QuestionKind.CLOZE:
            return TextInput("Type the missing words")
        case QuestionKind.SHORT_ANSWER:
            return TextInput("Type your answer")
        case _:
            assert_never(kind)
