"""Choose a learner profile, or create one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.errors import QuizappError
from quizapp.store.bank import Bank
from quizapp.study import learners
from quizapp.ui.dialogs.learner_password import ask_learner_password

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class LearnerDialog(QDialog):
    """Lists profiles; the name field takes the keys first.

    Enter in the name field chooses the learner typed (created when new); with the
    field empty, Enter (or a double-click) chooses the profile selected in the list,
    which Up and Down move from the field too.
    """

    def __init__(self, bank: Bank, current: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bank = bank
        self.current = current
        self.setWindowTitle("Who is learning?")
        self.chosen: learners.LearnerInfo | None = None
        self.list = QListWidget()
        self.list.setAccessibleName("Learners")
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText("Your name (Enter to start)")
        self.name_edit.setAccessibleName("Learner's name")
        self.add_button = QPushButton("&Add")
        self.add_button.setAutoDefault(False)
        self.add_button.setToolTip("Create this learner profile")
        self.add_button.clicked.connect(self._on_add)
        self.error_label = QLabel()
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setStyleSheet("color: #c62828;")
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        add_row = QHBoxLayout()
        add_row.addWidget(self.name_edit, 1)
        add_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Type your name and press Enter, or choose your profile:"))
        layout.addLayout(add_row)
        layout.addWidget(self.list)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self._fill(current)
        self.name_edit.setFocus()

    def _fill(self, select: str) -> None:
        self.list.clear()
        for info in learners.list_learners(self.bank):
            item = QListWidgetItem(f"{info.name}  (password)" if info.protected else info.name)
            if info.protected:
                item.setToolTip("This profile has a password")
            item.setData(Qt.ItemDataRole.UserRole, info)
            self.list.addItem(item)
            if info.name == select:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.ok_button.setEnabled(self.list.count() > 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        in_field = self.focusWidget() is self.name_edit
        if in_field and event.key() in ENTER_KEYS:
            self._on_enter()
            return
        if in_field and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            row = min(max(self.list.currentRow() + step, 0), self.list.count() - 1)
            self.list.setCurrentRow(row)
            return
        super().keyPressEvent(event)

    def _on_enter(self) -> None:
        if not self.name_edit.text().strip():
            self.accept()
            return
        info = self._typed_learner()
        if info is not None:
            self._choose(info)

    def _on_add(self) -> None:
        info = self._typed_learner()
        if info is not None:
            self.name_edit.clear()
            self._fill(info.name)
            self.list.setFocus()

    def _typed_learner(self) -> learners.LearnerInfo | None:
        """The learner named in the field, created when new; None (saying why) if refused."""
        name = self.name_edit.text().strip()
        if not name:
            return None
        try:
            info = learners.learner_named(self.bank, name)
        except QuizappError as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            return None
        self.error_label.hide()
        return info

    def accept(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._choose(item.data(Qt.ItemDataRole.UserRole))

    def _choose(self, chosen: learners.LearnerInfo) -> None:
        if chosen.name != self.current and not ask_learner_password(self.bank, chosen, self):
            return  # a protected profile stays closed without its password
        self.chosen = chosen
        super().accept()
