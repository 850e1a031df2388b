"""A learner's password: asked before their profile opens, set or removed by its owner."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QWidget,
)

from quizapp import learners
from quizapp.bank import Bank
from quizapp.errors import QuizappError
from quizapp.ui.widgets.password_form import PasswordForm


def ask_learner_password(bank: Bank, learner: learners.LearnerInfo, parent: QWidget) -> bool:
    """Whether the user opened ``learner``'s profile (asks only when it has a password)."""
    if not learner.protected:
        return True
    check = lambda text: learners.check_password(bank, learner.id, text)  # noqa: E731
    dialog = UnlockLearnerDialog(learner, check, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


class UnlockLearnerDialog(PasswordForm):
    """Asks for the password of a protected profile."""

    def __init__(
        self, learner: learners.LearnerInfo, check: Callable[[str], bool], parent: QWidget | None
    ) -> None:
        super().__init__(
            f"{learner.name}'s profile",
            f"{learner.name}'s profile has a password. Type it to study as {learner.name}.",
            "Open profile",
            parent,
        )
        self.buttons.accepted.connect(self._on_ok)
        self.name = learner.name
        self.check = check
        self.password = self.field("&Password:", "Password")
        self.password.setFocus()

    def _on_ok(self) -> None:
        if self.check(self.password.text()):
            self.accept()
        else:
            self.show_problem(f"That is not {self.name}'s password", self.password)


class LearnerPasswordDialog(PasswordForm):
    """Sets, changes or removes the password of the learner's own profile."""

    def __init__(self, bank: Bank, learner: learners.LearnerInfo, parent: QWidget) -> None:
        super().__init__(
            f"Password for {learner.name}",
            "On a shared computer, a password keeps others from opening your profile "
            f"and seeing your progress. At least {learners.MIN_PASSWORD} characters.",
            "Change password" if learner.protected else "Set password",
            parent,
        )
        self.buttons.accepted.connect(self._on_ok)
        self.bank = bank
        self.learner = learner
        self.current = self.field("&Current password:", "Current password")
        self.current.setVisible(learner.protected)
        self.form.labelForField(self.current).setVisible(learner.protected)
        self.new = self.field("&New password:", "New password")
        self.again = self.field("&Again:", "New password again")
        self.remove_button = QPushButton("&Remove password")
        self.remove_button.setToolTip("Let anyone on this computer open the profile")
        self.remove_button.clicked.connect(self._on_remove)
        if learner.protected:
            self.buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        (self.current if learner.protected else self.new).setFocus()

    def _save(self, password: str | None) -> bool:
        try:
            self.learner = learners.set_password(
                self.bank, self.learner.id, password, current=self.current.text() or None
            )
        except QuizappError as exc:
            wrong_current = "current password" in str(exc)
            self.show_problem(str(exc), self.current if wrong_current else self.new)
            return False
        return True

    def _on_ok(self) -> None:
        if self.new.text() != self.again.text():
            self.show_problem("The two passwords differ; type the same one twice", self.again)
        elif self._save(self.new.text()):
            self.accept()

    def _on_remove(self) -> None:
        if self._save(None):
            self.accept()
