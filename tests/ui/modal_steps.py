"""Answering modal dialogs from a test: each step runs on the dialog showing at its turn.

A modal dialog's ``exec()`` waits in its own event loop, so a test queues its steps
before the action that opens the dialog. (Importable from tests through the
``pythonpath`` setting in pyproject.toml.)
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

Step = Callable[[QWidget], object]


def on_next_modal(steps: list[Step]) -> list[str]:
    """Run each step, in turn, on the modal dialog showing then; returns their class names.

    The next step is queued before a step runs, so a step may open the next dialog
    (and wait in it) or leave its dialog open for the next step (a refused entry).
    """
    seen: list[str] = []

    def act() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            if steps:
                QTimer.singleShot(10, act)
            return
        seen.append(type(modal).__name__)
        step = steps.pop(0)
        if steps:
            QTimer.singleShot(0, act)
        step(modal)

    QTimer.singleShot(0, act)
    return seen
