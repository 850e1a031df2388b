"""File > Connect to class bank...: the server, the database, your name and your password."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from quizapp.errors import QuizappError
from quizapp.study.classconnect import ClassLogin

ABOUT = (
    "A class bank is one bank on your school's PostgreSQL server, shared by the class. "
    "Your teacher gives you the server, the database, your name and your password."
)
KEPT = (
    "The password is kept in your desktop's keyring when it has one; "
    "else it is asked at each start."
)


class ConnectDialog(QDialog):
    """Asks where the class bank is and for the password; ``login``/``password`` once accepted."""

    def __init__(
        self,
        known: ClassLogin | None = None,
        parent: QWidget | None = None,
        *,
        problem: str = "",
        password: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Connect to class bank")
        self.login: ClassLogin | None = None
        self.password = ""
        self.server, self.database, self.name = QLineEdit(), QLineEdit(), QLineEdit()
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.server.setPlaceholderText("server name or address, e.g. school-db or 10.0.0.5:5432")
        room = self.server.fontMetrics().horizontalAdvance(self.server.placeholderText())
        self.server.setMinimumWidth(room + 24)  # the whole example shows, with the frame
        form = QFormLayout()
        for label, field in (
            ("&Server:", self.server),
            ("&Database:", self.database),
            ("&Name:", self.name),
            ("&Password:", self.secret),
        ):
            form.addRow(label, field)
        self.message = _plain(problem)
        self.message.setStyleSheet("color: palette(highlight)")
        self.message.setVisible(bool(problem))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Connect")
        buttons.accepted.connect(self._on_connect)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (_plain(ABOUT), self.message):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(_plain(KEPT))
        layout.addWidget(buttons)
        self._fill(known, password)

    def _fill(self, known: ClassLogin | None, password: str) -> None:
        if known is None:
            return
        self.server.setText(known.server)
        self.database.setText(known.database)
        self.name.setText(known.name)
        self.secret.setText(password)
        self.secret.setFocus()

    def _on_connect(self) -> None:
        login = ClassLogin(
            self.server.text().strip(), self.database.text().strip(), self.name.text().strip()
        )
        try:
            login.url(self.secret.text())  # a bad port or an empty field: said here
        except QuizappError as exc:
            self.message.setText(str(exc))
            self.message.show()
            return
        if not self.secret.text():
            self.message.setText("give your password")
            self.message.show()
            return
        self.login, self.password = login, self.secret.text()
        self.accept()


def _plain(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # server and error texts are not ours
    label.setWordWrap(True)
    return label
