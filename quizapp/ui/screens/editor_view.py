"""The set editor's layout: its widgets, built in code, and nothing they do.

Sets with their buttons on the left, the question form in the middle, the live
preview on the right, Undo and Redo in the header. :class:`EditorScreen
<quizapp.ui.screens.editor.EditorScreen>` builds on this view and owns the
behaviour: it connects every button and shortcut.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.ui.widgets.question_form import QuestionForm
from quizapp.ui.widgets.question_list import QuestionList
from quizapp.ui.widgets.question_preview import QuestionPreview


class EditorView(QWidget):
    """The editor's widgets in their places: three columns under a header."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Edit question sets — quizapp")
        self.set_list = QListWidget()
        self.set_list.setAccessibleName("Sets")
        self.question_list = QuestionList()
        self.form = QuestionForm()
        self.preview = QuestionPreview()
        self.form_title = QLabel()
        self.form_title.setProperty("role", "subtitle")
        self.form_title.setTextFormat(Qt.TextFormat.PlainText)
        self._build()

    def _build(self) -> None:
        self.new_set_button = _button("&New set", "Create an empty set")
        self.rename_button = _button("Rena&me", "Rename this set")
        self.duplicate_button = _button("D&uplicate", "Copy this set and its questions")
        self.delete_set_button = _button("Delete set", "Delete this set and its learners' progress")
        self.add_button = _button("&Add question", "Write a new question", "Ctrl+N")
        self.delete_button = _button("&Delete", "Delete this question", "Del")
        self.up_button = _button("▲", "Move the question up", "Ctrl+Up")
        self.down_button = _button("▼", "Move the question down", "Ctrl+Down")
        self.up_button.setAccessibleName("Move up")
        self.down_button.setAccessibleName("Move down")
        self.save_button = _button("&Save question", "Save this question into the set", "Ctrl+S")
        self.save_button.setProperty("primary", True)
        self.revert_button = _button("&Revert", "Forget the changes to this question")
        self.undo_button, self.redo_button = QToolButton(), QToolButton()
        title = QLabel("Edit question sets")
        title.setProperty("role", "title")
        header = QHBoxLayout()
        header.addWidget(title, 1)
        header.addWidget(self.undo_button)
        header.addWidget(self.redo_button)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(_heading("Sets"))
        left_layout.addWidget(self.set_list, 2)
        left_layout.addLayout(_row(self.new_set_button, self.rename_button))
        left_layout.addLayout(_row(self.duplicate_button, self.delete_set_button))
        left_layout.addSpacing(8)
        left_layout.addWidget(_heading("Questions"))
        left_layout.addWidget(self.question_list, 5)
        left_layout.addLayout(
            _row(self.add_button, self.delete_button, self.up_button, self.down_button)
        )
        self.left = left

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.form_title)
        middle_layout.addWidget(scroll, 1)
        buttons = _row(self.revert_button, self.save_button)
        buttons.insertStretch(0, 1)
        middle_layout.addLayout(buttons)
        self.middle = middle

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(middle)
        splitter.addWidget(self.preview)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([330, 430, 360])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)
        self.resize(1180, 720)


def _button(text: str, tip: str, shortcut: str = "") -> QPushButton:
    """A button whose tooltip names its shortcut (the screen connects what it does)."""
    button = QPushButton(text)
    button.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
    button.setAccessibleName(text.replace("&", ""))
    return button


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: 600;")
    return label


def _row(*buttons: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    return row
