"""Answers that arrange items: put them in order, or match each left item to a right one."""

from __future__ import annotations

import random
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
)

from quizapp.questiondata import QuestionData
from quizapp.ui.widgets.answer_base import (
    ENTER_KEYS,
    AnswerInput,
    hint_label,
    marked_style,
    show_hint,
)

ITEM_MARGIN = 8
"""Room kept above and below an ordering item scrolled into view."""
MIN_MATCH_CHARS = 12
"""A matching box is at least this many characters wide; a longer match is cut in it."""


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
        self.reveal_current()

    def reveal_current(self) -> None:
        """Scroll the card (the list is as tall as its items) so the selected item shows."""
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        content = area.widget() if isinstance(area, QScrollArea) else None
        item = self.currentItem()
        if area is None or content is None or item is None:
            return
        rect = self.visualItemRect(item)
        centre = self.viewport().mapTo(content, rect.center())
        area.ensureVisible(centre.x(), centre.y(), 0, rect.height() // 2 + ITEM_MARGIN)


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
        self.list.currentRowChanged.connect(lambda _row: self.list.reveal_current())  # Up, Down
        self._shown = shuffled
        self.hint = hint_label(
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
        layout.addLayout(buttons)  # above the list: in view however long it is (a small window)
        layout.addWidget(self.hint)
        layout.addWidget(self.list)

    def _on_check(self) -> None:
        """The order as shown at first (always wrong) is ignored, with a hint."""
        untouched = len(self._shown) > 1 and self.response() == self._shown
        show_hint(self.hint, untouched)
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

    def pending(self) -> list[str] | None:
        """The order, once moved from the shuffled one shown (never right, so not an answer)."""
        order = self.response()
        moved = len(self._shown) <= 1 or order != self._shown
        return order if self.isEnabled() and moved else None

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
        grid = QGridLayout()  # left item and its box; (once checked) the mark under the box
        grid.setColumnStretch(1, 1)
        self.combos: dict[str, QComboBox] = {}
        self.marks: dict[str, QLabel] = {}
        for row, (left, _right) in enumerate(pairs):
            combo = QComboBox()
            combo.addItem("— choose —", "")
            for right in rights:
                combo.addItem(right, right)
            combo.setAccessibleName(f"Match for {left}")
            # as narrow as the window: a long match is cut in the box, never the card
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(MIN_MATCH_CHARS)
            label = QLabel(left)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setBuddy(combo)
            mark = QLabel()
            mark.setTextFormat(Qt.TextFormat.PlainText)
            mark.setWordWrap(True)  # a long right match wraps under its box
            mark.hide()
            grid.addWidget(label, 2 * row, 0)
            grid.addWidget(combo, 2 * row, 1)
            grid.addWidget(mark, 2 * row + 1, 1)
            self.combos[left] = combo
            self.marks[left] = mark
        self.done_button = _check_button("Check matches", "Check the matches", self._on_check)
        self.hint = hint_label("Choose a match for each item first.")
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
        show_hint(self.hint, bool(unchosen))
        if unchosen:
            self.combos[unchosen[0]].setFocus()
        else:
            self.submitted.emit()

    def response(self) -> dict[str, str]:
        return {left: str(combo.currentData() or "") for left, combo in self.combos.items()}

    def pending(self) -> dict[str, str] | None:
        """The matches, once every item has one."""
        matches = self.response()
        return matches if self.isEnabled() and all(matches.values()) else None

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
