"""The Help menu: the keyboard shortcuts (those of the screen on show first) and About."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenuBar, QMessageBox, QWidget

from quizapp import __version__

if TYPE_CHECKING:
    from quizapp.ui.dialogs.shortcuts_dialog import Screen


def current_screen(widget: QWidget | None) -> Screen:
    """Which screen ``widget`` (the stack's current one) is, for the keys listed first."""
    from quizapp.ui.dialogs.shortcuts_dialog import Screen
    from quizapp.ui.screens.browser import BrowserScreen
    from quizapp.ui.screens.editor import EditorScreen
    from quizapp.ui.screens.learn_screen import LearnScreen
    from quizapp.ui.screens.progress import ProgressScreen
    from quizapp.ui.screens.quiz import QuizScreen
    from quizapp.ui.screens.review import ReviewScreen

    kinds: list[tuple[type[QWidget], Screen]] = [
        (ReviewScreen, Screen.REVIEW), (QuizScreen, Screen.QUIZ),
        (ProgressScreen, Screen.PROGRESS), (EditorScreen, Screen.EDITOR),
        (BrowserScreen, Screen.BROWSER), (LearnScreen, Screen.LEARN),
    ]  # fmt: skip
    return next((screen for cls, screen in kinds if isinstance(widget, cls)), Screen.HOME)


def show_shortcuts(current: QWidget | None, bar: QMenuBar, parent: QWidget) -> None:
    """Help > Keyboard shortcuts: every key, those of the ``current`` screen first."""
    from quizapp.ui.dialogs.shortcuts_dialog import ShortcutsDialog

    ShortcutsDialog(current_screen(current), bar, parent).exec()


def show_about(parent: QWidget) -> None:
    """Help > About quizapp."""
    QMessageBox.about(
        parent,
        "About quizapp",
        f"<h3>quizapp {__version__}</h3>"
        "<p>Quizzes and spaced-repetition flashcards made from real articles.</p>"
        "<p>Scheduling by FSRS (py-fsrs). Built with Qt for Python.</p>",
    )
