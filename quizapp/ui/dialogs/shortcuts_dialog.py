"""Help > Keyboard shortcuts (F1): the keys of the screen showing, then the menus' keys.

The screen's keys are listed here (they live in each screen's key handling);
the menus' keys are read from the window's own menus, so they never drift.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

KEY_MARGIN = 16  # pixels beside the widest key


class Screen(Enum):
    """The screens whose keys the reference shows."""

    HOME = "Your sets"
    REVIEW = "Review"
    QUIZ = "Quiz"
    PROGRESS = "Progress"
    EDITOR = "Set editor"
    BROWSER = "Browse"
    LEARN = "Learn"


ANSWERING = [
    ("1 – 4", "Answer a multiple-choice or true-or-false question"),
    ("Enter", "Check a typed answer, an order or the matches; then go on"),
    ("Up / Down", "Choose an item of an order"),
    ("Alt+Up / Alt+Down", "Move the chosen item up or down"),
    ("Down, Tab", "Change a match, go to the next one"),
    ("Space / Enter", "Turn a flashcard (Space never answers anything else)"),
    ("1 – 4 on a turned flashcard", "Again, Hard, Good, Easy"),
    ("Ctrl+Z", "Take back the last answer"),
]
SCREEN_KEYS: dict[Screen, list[tuple[str, str]]] = {
    Screen.HOME: [
        ("Up / Down", "Choose a set"),
        ("R", "Review the cards due today"),
        ("Q", "Take a quiz"),
        ("L", "Learn the set: rounds until every question is mastered"),
        ("P", "See your progress"),
        ("Alt+A, Enter in Assigned work", "Take the chosen assignment's quiz"),
        ("C", "Custom study: more new cards, review ahead, practise missed, starred or a tag"),
    ],
    Screen.REVIEW: [
        *ANSWERING,
        ("S / B / *", "Suspend, bury until tomorrow, star (in an answer field they type)"),
        ("Alt+U / Alt+B / Alt+A", "The same from an answer field too, as in the Browser"),
        ("E, Alt+E", "Edit the question (teacher)"),
        ("Esc", "Back to your sets"),
    ],
    Screen.BROWSER: [
        ("Ctrl+F", "Search (Down: back to the table)"),
        ("Shift+Up/Down, Ctrl+A", "Select many questions"),
        ("Alt+U / Alt+B / Alt+A", "Suspend, bury until tomorrow, star (again: undo the mark)"),
        ("Alt+R", "Reset your progress on them (asks first)"),
        ("Enter, Alt+E", "Edit the current question (teacher)"),
        ("Esc", "Back to your sets"),
    ],
    Screen.QUIZ: [
        ("Enter", "Start the quiz with the options shown (on the setup page)"),
        ("Alt + underlined letter", "Go to that option of the setup page"),
        ("Space", "Tick a kind, tag or fact kind (none ticked: all)"),
        *ANSWERING,
        ("Esc", "Stop the quiz: asks first, and scores the answers given"),
    ],
    Screen.LEARN: [
        *ANSWERING[:6],  # as in Review, up to turning a flashcard
        ("1 / 2 on a turned flashcard", "Missed it, knew it"),
        ("Alt+I", "I was right: count a typed answer marked wrong as right"),
        ("Enter on a round's summary", "Start the next round"),
        ("Ctrl+Z", "Take back the last answer of the round"),
        ("Esc", "Stop learning (asks first)"),
    ],
    Screen.PROGRESS: [("Esc", "Back to your sets")],
    Screen.EDITOR: [
        ("Ctrl+N", "Add a question"),
        ("Ctrl+S", "Save the question"),
        ("Alt + underlined letter", "Go to that field or press that button"),
        ("Ctrl+Up / Ctrl+Down", "Move the question up or down"),
        ("Delete", "Delete the question (in the list)"),
        ("Ctrl+Z / Ctrl+Shift+Z", "Undo, redo (in a text field: its typing first)"),
        ("Esc, Ctrl+W", "Close the editor (asks about an unsaved question)"),
    ],
}


def menu_keys(bar: QMenuBar) -> list[tuple[str, str]]:
    """(key, what it does) for every menu action that has a key."""
    found = []
    for top in bar.actions():
        menu = top.menu()
        if not isinstance(menu, QMenu):
            continue
        for action in menu.actions():
            if isinstance(action, QAction) and not action.shortcut().isEmpty():
                name = action.text().replace("&", "").rstrip(".")
                key = action.shortcut().toString(action.shortcut().SequenceFormat.NativeText)
                found.append((key, f"{top.text().replace('&', '')} › {name}"))
    return found


class ShortcutsDialog(QDialog):
    """A two-column reference: this screen's keys, then the menus'."""

    def __init__(self, screen: Screen, bar: QMenuBar | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        self.resize(640, 640)
        self.screen_table = _table(SCREEN_KEYS[screen], f"Keys on this screen ({screen.value})")
        self.menu_table = _table(menu_keys(bar) if bar is not None else [], "Keys of the menus")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for title, table in ((screen.value, self.screen_table), ("Menus", self.menu_table)):
            heading = QLabel(title)
            heading.setStyleSheet("font-weight: 600;")
            layout.addWidget(heading)
            layout.addWidget(table, 1)  # each grows only up to its rows (see _fit)
        layout.addStretch(0)
        layout.addWidget(buttons)
        self.screen_table.setFocus()

    def _fit(self) -> None:
        """Each table at most as tall as its rows: the room a short one leaves goes to the other."""
        for table in (self.screen_table, self.menu_table):
            table.resizeRowsToContents()
            rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
            table.setMaximumHeight(
                table.horizontalHeader().height() + rows + 2 * table.frameWidth()
            )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()
        tables = (self.screen_table, self.menu_table)
        around = self.height() - sum(t.height() for t in tables)  # headings, button, margins
        needed = around + sum(t.maximumHeight() for t in tables)
        screen = self.screen()
        room = screen.availableGeometry().height() if screen is not None else needed
        self.resize(self.width(), min(needed, room))  # every key in view when the screen allows

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()  # rows wrap onto more lines when narrower


def _table(rows: list[tuple[str, str]], name: str) -> QTableWidget:
    table = QTableWidget(len(rows), 2)
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(["Key", "What it does"])
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    for row, (key, what) in enumerate(rows):
        key_item = QTableWidgetItem(key)
        key_item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        table.setItem(row, 0, key_item)
        table.setItem(row, 1, QTableWidgetItem(what))
    # the keys' width and a margin, so no key touches the column's edge
    table.setColumnWidth(0, max(table.sizeHintForColumn(0), header.sectionSizeHint(0)) + KEY_MARGIN)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table
