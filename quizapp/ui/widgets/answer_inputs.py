"""One answer widget per question kind; each reports the learner's response.

Every input emits ``submitted`` when the learner commits an answer and returns
it from :meth:`AnswerInput.response` in the form ``quizapp.grading`` checks:
text for most kinds, the items in order for ordering, a dict for matching.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any, assert_never

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from quizapp.questiondata import QuestionData, QuestionKind
from quizapp.ui.plain import tooltip

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def marked_style(colours: dict[str, str], right: bool) -> str:
    """Style sheet marking a part of an answer right or wrong: body text on a tinted background.

    The colour is never the only sign (a ✔ or ✘ goes with it), and the text keeps
    its contrast (WCAG AA) in both themes.
    """
    state = "right" if right else "wrong"
    return (
        f"color: {colours['text']}; background: {colours[state + '_bg']};"
        f" border: 2px solid {colours[state]}; border-radius: 6px;"
    )


def _hint(text: str) -> QLabel:
    """A hidden line saying why a submission was ignored (shown by :func:`_show_hint`)."""
    label = QLabel(text)
    label.setProperty("role", "subtitle")
    label.setWordWrap(True)
    label.hide()
    return label


def _show_hint(label: QLabel, shown: bool) -> None:
    """Show or hide ``label``; shown, it is scrolled into view (a small window scrolls)."""
    label.setVisible(shown)
    parent = label.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if shown and isinstance(parent, QScrollArea):
        area = parent
        QTimer.singleShot(0, label, lambda: area.ensureWidgetVisible(label))  # once laid out


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

    def mark(self, question: QuestionData, colours: dict[str, str]) -> None:
        """Mark each part of the given answer right or wrong (after :meth:`lock`)."""


class ChoiceInput(AnswerInput):
    """Multiple choice and true/false: a button per option, also on keys 1-9.

    Space never answers (it only turns flashcards): on an option it shows how to
    answer instead. Enter on an option (reached with Tab) chooses it.
    """

    BUTTON_STYLE = "text-align: left; padding: 8px 12px;"

    def __init__(self, options: list[str], labels: list[str] | None = None) -> None:
        super().__init__()
        self._options = options
        self._labels = labels or options
        self._chosen: str | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # keys 1-9 without a preselected option
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[QPushButton] = []
        for i, label in enumerate(self._labels, start=1):
            button = QPushButton(self._button_text(i, label))
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
        self.hint = _hint("Type an answer first.")
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
        _show_hint(self.hint, empty)
        if not empty:
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


def _check_button(text: str, tip: str, submit: Callable[[], object]) -> QPushButton:
    """The 'check' button of a many-part answer: Enter (or Ctrl+Enter) anywhere in it too."""
    button = QPushButton(text)
    button.setToolTip(f"{tip} (Enter)")
    button.setShortcut(QKeySequence("Ctrl+Return"))
    button.clicked.connect(submit)
    return button


class OrderingInput(AnswerInput):
    """Put items in order: drag them, or move the selected one with Alt+Up/Down; Enter checks."""

    def __init__(self, items: list[str], rng: random.Random) -> None:
        super().__init__()
        shuffled = list(items)
        while len(shuffled) > 1 and shuffled == items:
            rng.shuffle(shuffled)
        self.list = _OrderList()
        self.list.setAccessibleName("Items to put in order")
        row_height = self.list.fontMetrics().height() + 14
        for text in shuffled:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, text)
            item.setSizeHint(QSize(0, row_height))
            self.list.addItem(item)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setCurrentRow(0)
        self._shown = shuffled
        self.hint = _hint(
            "Move the items into order first: they start shuffled, never in the right order."
        )
        self._fit_list()
        hint = QLabel(
            "Drag the items, or select one and move it with ▲ ▼ or Alt+Up / Alt+Down;"
            " Enter checks the order."
        )
        hint.setProperty("role", "subtitle")
        hint.setWordWrap(True)
        self.up_button = self._mover("▲", "Move up", "Move the selected item up (Alt+Up)", -1)
        self.down_button = self._mover(
            "▼", "Move down", "Move the selected item down (Alt+Down)", 1
        )
        self.done_button = _check_button("Check order", "Check the order", self._on_check)
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
        layout.addWidget(self.hint)

    def _on_check(self) -> None:
        """The order as shown at first (always wrong) is ignored, with a hint."""
        untouched = len(self._shown) > 1 and self.response() == self._shown
        _show_hint(self.hint, untouched)
        if not untouched:
            self.submitted.emit()

    def _fit_list(self) -> None:
        """As tall as its items: none hidden, no empty space (the card scrolls when needed)."""
        rows = sum(self.list.sizeHintForRow(i) for i in range(self.list.count()))
        self.list.setFixedHeight(rows + 2 * self.list.frameWidth() + 4)

    def _mover(self, text: str, name: str, tip: str, step: int) -> QPushButton:
        """A button moving the selected item (a way without dragging, for mouse and touch)."""
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setToolTip(tip)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep the selection's focus in the list
        button.clicked.connect(lambda: self.list.move_current(step))
        return button

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in ENTER_KEYS and self.isEnabled():
            self._on_check()
            return
        super().keyPressEvent(event)

    def response(self) -> list[str]:
        return [
            str(self.list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.list.count())
        ]

    def focus(self) -> None:
        self.list.setFocus()

    def mark(self, question: QuestionData, colours: dict[str, str]) -> None:
        """Each item ✔ in its place, or ✘ with the place it belongs in."""
        right = list(question.choices or [])
        for row, text in enumerate(self.response()):
            item = self.list.item(row)
            ok = row < len(right) and right[row] == text
            place = right.index(text) + 1 if text in right else 0
            item.setText(f"✔  {text}" if ok else f"✘  {text}  (belongs at {place})")
            item.setBackground(QBrush(QColor(colours["right_bg" if ok else "wrong_bg"])))
            item.setForeground(QBrush(QColor(colours["text"])))
        self.list.setCurrentRow(-1)  # the selection's colour would hide the marks
        self.list.clearSelection()


class MatchingInput(AnswerInput):
    """Match each left item with one of the right items; Enter checks."""

    def __init__(self, pairs: list[list[str]], rng: random.Random) -> None:
        super().__init__()
        rights = [right for _left, right in pairs]
        rng.shuffle(rights)
        grid = QGridLayout()  # left item, its box, and (once checked) the mark, in columns
        grid.setColumnStretch(1, 1)
        self.combos: dict[str, QComboBox] = {}
        self.marks: dict[str, QLabel] = {}
        for row, (left, _right) in enumerate(pairs):
            combo = QComboBox()
            combo.addItem("— choose —", "")
            for right in rights:
                combo.addItem(right, right)
            combo.setAccessibleName(f"Match for {left}")
            label = QLabel(left)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setBuddy(combo)
            mark = QLabel()
            mark.setTextFormat(Qt.TextFormat.PlainText)
            mark.hide()
            grid.addWidget(label, row, 0)
            grid.addWidget(combo, row, 1)
            grid.addWidget(mark, row, 2)
            self.combos[left] = combo
            self.marks[left] = mark
        self.done_button = _check_button("Check matches", "Check the matches", self._on_check)
        self.hint = _hint("Choose a match for each item first.")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.hint)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in ENTER_KEYS and self.isEnabled():
            self._on_check()
            return
        super().keyPressEvent(event)

    def _on_check(self) -> None:
        """Any item with no match chosen: not checked, a hint, the focus in its box."""
        unchosen = [left for left, right in self.response().items() if not right]
        _show_hint(self.hint, bool(unchosen))
        if unchosen:
            self.combos[unchosen[0]].setFocus()
        else:
            self.submitted.emit()

    def response(self) -> dict[str, str]:
        return {left: str(combo.currentData() or "") for left, combo in self.combos.items()}

    def set_match(self, left: str, right: str) -> None:
        combo = self.combos[left]
        combo.setCurrentIndex(combo.findData(right))

    def focus(self) -> None:
        next(iter(self.combos.values())).setFocus()

    def mark(self, question: QuestionData, colours: dict[str, str]) -> None:
        """Each pair ✔, or ✘ with its right match."""
        right = dict(question.pairs or [])
        for left, given in self.response().items():
            ok = given == right.get(left)
            mark = self.marks[left]
            mark.setText("✔" if ok else f"✘  {right.get(left, '')}")
            mark.setAccessibleName("right" if ok else f"wrong, the match is {right.get(left, '')}")
            mark.setStyleSheet(f"{marked_style(colours, ok)} padding: 2px 8px;")
            mark.show()


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
