"""One answer widget per question kind; each reports the learner's response.

Every input emits ``submitted`` when the learner commits an answer and returns
it from :meth:`AnswerInput.response` in the form ``quizapp.grading`` checks:
text for most kinds, the items in order for ordering, a dict for matching.
"""

from __future__ import annotations

import random
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.questiondata import QuestionData
from quizapp.ui.plain import tooltip


class AnswerInput(QWidget):
    """Base of the answer widgets."""

    submitted = Signal()

    def response(self) -> Any:
        raise NotImplementedError

    def lock(self) -> None:
        """Freeze the input once the answer is given."""
        self.setEnabled(False)

    def focus(self) -> None:
        self.setFocus()


class ChoiceInput(AnswerInput):
    """Multiple choice and true/false: a button per option, also on keys 1-9."""

    def __init__(self, options: list[str], labels: list[str] | None = None) -> None:
        super().__init__()
        self._options = options
        self._chosen: str | None = None
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[QPushButton] = []
        for i, (option, label) in enumerate(zip(options, labels or options, strict=True), start=1):
            button = QPushButton(f"{i}.  {label}" if i < 10 else label)
            button.setCheckable(True)
            button.setToolTip(tooltip(f"Answer {label} (key {i})"))
            button.setAccessibleName(f"Option {i}: {label}")
            button.setStyleSheet("text-align: left; padding: 8px 12px;")
            button.clicked.connect(lambda _=False, o=option: self._choose(o))
            self.group.addButton(button, i)
            layout.addWidget(button)
            self.buttons.append(button)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        number = event.text()
        if number.isdigit() and 1 <= int(number) <= len(self._options):
            self.choose(int(number))
            return
        super().keyPressEvent(event)

    def focus(self) -> None:
        if self.buttons:
            self.buttons[0].setFocus()

    def _choose(self, option: str) -> None:
        if not self.isEnabled():
            return
        self._chosen = option
        self.buttons[self._options.index(option)].setChecked(True)
        self.submitted.emit()

    def choose(self, number: int) -> None:
        """Pick option ``number`` (1-based), as the key would."""
        self._choose(self._options[number - 1])

    def response(self) -> str:
        return self._chosen or ""

    def mark(self, right: str, colours: dict[str, str]) -> None:
        """Outline the right option in green and a wrong choice in red."""
        for option, button in zip(self._options, self.buttons, strict=True):
            colour = colours["right"] if option == right else None
            if option == self._chosen and option != right:
                colour = colours["wrong"]
            if colour:
                button.setStyleSheet(
                    f"text-align: left; padding: 8px 12px; border: 2px solid {colour};"
                    f" color: {colour}; font-weight: 600;"
                )


class _AnswerEdit(QLineEdit):
    """A line edit that keeps its Enter key: it submits the answer and goes no further."""

    entered = Signal()

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
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.check_button)

    def _on_return(self) -> None:
        if self.edit.text().strip():
            self.submitted.emit()

    def response(self) -> str:
        return self.edit.text()

    def focus(self) -> None:
        self.edit.setFocus()


class _OrderList(QListWidget):
    """A list the learner reorders by dragging or with Alt+Up / Alt+Down."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(event.key()))
        if step is not None and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.move_current(step)
            return
        super().keyPressEvent(event)

    def move_current(self, step: int) -> None:
        row = self.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.count():
            return
        item = self.takeItem(row)
        self.insertItem(target, item)
        self.setCurrentRow(target)


class OrderingInput(AnswerInput):
    """Put items in order: drag them, or move the selected one with Alt+Up/Down."""

    def __init__(self, items: list[str], rng: random.Random) -> None:
        super().__init__()
        shuffled = list(items)
        while len(shuffled) > 1 and shuffled == items:
            rng.shuffle(shuffled)
        self.list = _OrderList()
        self.list.setAccessibleName("Items to put in order")
        self.list.addItems(shuffled)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setCurrentRow(0)
        self.list.setMinimumHeight(min(40 * len(items), 260))
        hint = QLabel("Drag the items, or select one and move it with ▲ ▼ or Alt+Up / Alt+Down.")
        hint.setProperty("role", "subtitle")
        hint.setWordWrap(True)
        self.up_button = self._mover("▲", "Move up", "Move the selected item up (Alt+Up)", -1)
        self.down_button = self._mover(
            "▼", "Move down", "Move the selected item down (Alt+Down)", 1
        )
        self.done_button = QPushButton("Check order")
        self.done_button.setToolTip("Check the order (Ctrl+Enter)")
        self.done_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.done_button.clicked.connect(self.submitted.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.done_button)
        buttons.addStretch(1)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint)
        layout.addWidget(self.list)
        layout.addLayout(buttons)

    def _mover(self, text: str, name: str, tip: str, step: int) -> QPushButton:
        """A button moving the selected item (a way without dragging, for mouse and touch)."""
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setToolTip(tip)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep the selection's focus in the list
        button.clicked.connect(lambda: self.list.move_current(step))
        return button

    def response(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def focus(self) -> None:
        self.list.setFocus()


class MatchingInput(AnswerInput):
    """Match each left item with one of the right items."""

    def __init__(self, pairs: list[list[str]], rng: random.Random) -> None:
        super().__init__()
        rights = [right for _left, right in pairs]
        rng.shuffle(rights)
        form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        for left, _right in pairs:
            combo = QComboBox()
            combo.addItem("— choose —", "")
            for right in rights:
                combo.addItem(right, right)
            combo.setAccessibleName(f"Match for {left}")
            label = QLabel(left)
            label.setTextFormat(Qt.TextFormat.PlainText)
            form.addRow(label, combo)
            self.combos[left] = combo
        self.done_button = QPushButton("Check matches")
        self.done_button.setToolTip("Check the matches (Ctrl+Enter)")
        self.done_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.done_button.clicked.connect(self.submitted.emit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignLeft)

    def response(self) -> dict[str, str]:
        return {left: str(combo.currentData() or "") for left, combo in self.combos.items()}

    def set_match(self, left: str, right: str) -> None:
        combo = self.combos[left]
        combo.setCurrentIndex(combo.findData(right))

    def focus(self) -> None:
        next(iter(self.combos.values())).setFocus()


class RevealInput(AnswerInput):
    """Flashcards: Space (or the button) shows the answer; the learner then grades."""

    def __init__(self) -> None:
        super().__init__()
        self.show_button = QPushButton("Show answer")
        self.show_button.setToolTip("Show the answer (Space)")
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

    def response(self) -> str:
        return ""


def input_for(question: QuestionData, rng: random.Random | None = None) -> AnswerInput:
    """The answer widget for ``question``'s kind."""
    rng = rng or random.Random()
    kind = question.kind
    if kind == "multiple_choice":
        options = list(question.choices or [])
        rng.shuffle(options)
        return ChoiceInput(options)
    if kind == "true_false":
        return ChoiceInput(["true", "false"], ["True", "False"])
    if kind == "ordering":
        return OrderingInput(list(question.choices or []), rng)
    if kind == "matching":
        return MatchingInput([list(p) for p in question.pairs or []], rng)
    if kind == "flashcard":
        return RevealInput()
    placeholder = {"numeric": "Type a number", "cloze": "Type the missing words"}
    return TextInput(placeholder.get(kind, "Type your answer"))
