"""A learner's password: asked before their profile opens, set or removed by its owner."""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QWidget,
)

from quizapp.errors import QuizappError
from quizapp.store.bank import Bank
from quizapp.store.passwords import RetryDelay
from quizapp.study import learners
from quizapp.ui.widgets.password_form import PasswordForm

_delays: weakref.WeakKeyDictionary[Bank, dict[int, RetryDelay]] = weakref.WeakKeyDictionary()


def retry_delay(bank: Bank, learner_id: int) -> RetryDelay:
    """The wait after wrong passwords of one learner, shared by every dialog asking for it."""
    return _delays.setdefault(bank, {}).setdefault(learner_id, RetryDelay())


def ask_learner_password(bank: Bank, learner: learners.LearnerInfo, parent: QWidget) -> bool:
    """Whether the user opened ``learner``'s profile (asks only when it has a password)."""
    if not learner.protected:
        return True
    check = lambda text: learners.check_password(bank, learner.id, text)  # noqa: E731
    dialog = UnlockLearnerDialog(learner, check, parent, delay=retry_delay(bank, learner.id))
    return dialog.exec() == QDialog.DialogCode.Accepted


class UnlockLearnerDialog(PasswordForm):
    """Asks for the password of a protected profile."""

    def __init__(
        self,
        learner: learners.LearnerInfo,
        check: Callable[[str], bool],
        parent: QWidget | None,
        *,
        delay: RetryDelay | None = None,
    ) -> None:
        super().__init__(
            f"{learner.name}'s profile",
            f"{learner.name}'s profile has a password. Type it to study as {learner.name}.",
            "Open profile",
            parent,
            delay=delay,
        )
        self.name = learner.name
        self.check = check
        self.password = self.field("&Password:", "Password")
        self.password.setFocus()

    def _on_ok(self) -> None:
        if self.check(self.password.text()):
            self.delay.succeeded()
            self.accept()
        else:
            self.refuse(f"That is not {self.name}'s password", self.password)


class LearnerPasswordDialog(PasswordForm):
    """Sets, changes or removes the password of the learner's own profile."""

    def __init__(self, bank: Bank, learner: learners.LearnerInfo, parent: QWidget) -> None:
        super().__init__(
            f"Password for {learner.name}",
            "On a shared computer, a password keeps others from opening your profile "
            f"and seeing your progress. At least {learners.MIN_PASSWORD} characters.",
            "Change password" if learner.protected else "Set password",
            parent,
            delay=retry_delay(bank, learner.id),
        )
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
            if "current password" in str(exc):
                self.refuse(str(exc), self.current)
            else:
                self.show_problem(str(exc), self.new)
            return False
        self.delay.succeeded()
        return True

    def _on_ok(self) -> None:
        if self.new.text() != self.again.text():
            self.show_problem("The two passwords differ; type the same one twice", self.again)
        elif self._save(self.new.text()):
            self.accept()

    def _on_remove(self) -> None:
        if not self.delay.remaining() and self._save(None):
            self.accept()
