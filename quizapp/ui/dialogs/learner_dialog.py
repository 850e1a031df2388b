"""Choose a learner profile, or create one."""

from __future__ import annotations

from PySide6.QtCore import Qt
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

from quizapp import learners
from quizapp.bank import Bank
from quizapp.errors import QuizappError
from quizapp.ui.dialogs.learner_password import ask_learner_password


class LearnerDialog(QDialog):
    """Lists profiles; double-click or Enter picks one, the field below adds one."""

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
        self.name_edit.setPlaceholderText("New learner's name")
        self.name_edit.setAccessibleName("New learner's name")
        self.name_edit.returnPressed.connect(self._on_add)
        self.add_button = QPushButton("&Add")
        self.add_button.setToolTip("Create this learner profile (Enter)")
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
        layout.addWidget(QLabel("Choose your profile, or add a new one:"))
        layout.addWidget(self.list)
        layout.addLayout(add_row)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self._fill(current)

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
        if not self.list.count():
            self.name_edit.setFocus()

    def _on_add(self) -> None:
        name = self.name_edit.text().strip()
        if not name:
            return
        try:
            info = learners.create_learner(self.bank, name)
        except QuizappError as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            return
        self.error_label.hide()
        self.name_edit.clear()
        self._fill(info.name)
        self.list.setFocus()

    def accept(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        chosen: learners.LearnerInfo = item.data(Qt.ItemDataRole.UserRole)
        if chosen.name != self.current and not ask_learner_password(self.bank, chosen, self):
            return  # a protected profile stays closed without its password
        self.chosen = chosen
        super().accept()
