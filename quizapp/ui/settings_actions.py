"""File > Settings... and the app's theme following the desktop's light or dark scheme."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from quizapp.settings import Settings, save_settings
from quizapp.ui.theme import apply_theme

if TYPE_CHECKING:
    from quizapp.store.bank import Bank
    from quizapp.study.learners import LearnerInfo


def edit_settings(
    bank: Bank, learner: LearnerInfo | None, settings: Settings, parent: QWidget
) -> tuple[bool, LearnerInfo | None]:
    """Show the settings dialog; when accepted, save and apply them. Returns whether it was
    accepted and the learner as the dialog left them (their own settings changed).
    """
    from quizapp.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(bank, learner, settings, parent)
    if not dialog.exec():
        return False, learner
    save_settings(settings)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_theme(app, settings.theme, settings.font_size)
    return True, dialog.learner


def follow_scheme(settings: Settings, scheme: Qt.ColorScheme) -> bool:
    """Follow the desktop's ``scheme`` when the theme is "system"; returns whether it did."""
    app = QApplication.instance()
    if settings.theme == "system" and isinstance(app, QApplication):
        apply_theme(app, "system", settings.font_size, scheme=scheme)
        return True
    return False


class SchemeFollower(QObject):
    """Follows the desktop switching between light and dark, from when it is made until
    :meth:`stop`; emits ``followed`` when the app's theme changed with it."""

    followed = Signal()

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        QGuiApplication.styleHints().colorSchemeChanged.connect(self.follow)
        self._following = True

    def follow(self, scheme: Qt.ColorScheme) -> None:
        """The desktop switched to ``scheme``: follow it when the theme is "system"."""
        if follow_scheme(self.settings, scheme):
            self.followed.emit()

    def stop(self) -> None:
        """Stop following (once: a second close of the window finds it stopped)."""
        if self._following:
            QGuiApplication.styleHints().colorSchemeChanged.disconnect(self.follow)
            self._following = False
