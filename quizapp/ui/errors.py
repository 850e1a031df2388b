"""Show errors as friendly messages, never as tracebacks."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from quizapp.errors import FormatErrors, QuizappError


def describe(exc: BaseException) -> tuple[str, str]:
    """A short message and the details for ``exc``."""
    if isinstance(exc, FormatErrors):
        return str(exc.errors[0]), exc.report()
    if isinstance(exc, QuizappError):
        return str(exc), ""
    if isinstance(exc, OSError):
        return f"The file could not be used: {exc.strerror or exc}", str(exc)
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    return "Something went wrong. Your answers so far are saved.", details


def show_error(parent: QWidget | None, exc: BaseException, title: str = "quizapp") -> None:
    """A message box explaining ``exc``; technical details folded away."""
    message, details = describe(exc)
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent
    )
    box.setTextFormat(Qt.TextFormat.PlainText)  # the message may quote the file
    if details:
        box.setDetailedText(details)
    box.exec()


def answer_saved(parent: QWidget, store: Callable[[], object]) -> bool:
    """Run ``store`` (recording an answer); False, after saying why, when the bank refused it.

    The review and quiz screens keep the question on the screen then, to answer again.
    """
    try:
        store()
    except QuizappError as exc:
        show_error(parent, exc, "Your answer was not saved")
        return False
    return True


def _hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    traceback.print_exception(kind, exc, tb)
    if QApplication.instance() is not None:
        show_error(QApplication.activeWindow(), exc)


def install_excepthook() -> None:
    """Turn uncaught exceptions in slots into messages instead of crashes."""
    sys.excepthook = _hook
