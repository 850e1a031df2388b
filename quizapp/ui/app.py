"""Start the desktop app: check for a display, open the bank, show the main window."""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

NO_DISPLAY = (
    "quizapp: no display found (DISPLAY and WAYLAND_DISPLAY are unset). "
    "Run it in a desktop session, or headless with QT_QPA_PLATFORM=offscreen "
    "or under xvfb-run: xvfb-run quizapp"
)


def display_problem() -> str | None:
    """Why no window can open here, or None when one can."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return None
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        return NO_DISPLAY
    return None


# How long after the window shows grading's word and place lists start loading.
_WARM_UP_DELAY_MS = 500
_WARM_UP_TRIES = 60  # while the bank opens: about half a minute


def start_grading_warm_up() -> threading.Thread:
    """Load grading's word and place lists on a daemon thread, so the first typed answer
    does not stall the GUI thread; a failure only leaves them to load on first use."""

    def work() -> None:
        try:
            from quizapp.study.grading import warm_up

            warm_up()
        except Exception:  # never into the GUI: grading loads them on first use instead
            return

    thread = threading.Thread(target=work, name="grading-warm-up", daemon=True)
    thread.start()
    return thread


class _Opening(Protocol):
    """What the warm-up asks of the window: its bank (None while it opens), shown or not."""

    @property
    def bank(self) -> object | None: ...

    def isVisible(self) -> bool: ...


def warm_up_once_open(window: _Opening, tries: int = _WARM_UP_TRIES) -> None:
    """Start grading's warm-up once the window's bank has opened, never while it opens: the
    opening's background thread imports the bank's and study's modules, and two threads
    importing the same modules at once can meet one half-imported (an ImportError the
    opening showed once under the kill test). Given up after about half a minute or once
    the window is closed (grading then loads its lists on first use)."""
    from PySide6.QtCore import QTimer

    if window.bank is not None:
        start_grading_warm_up()
    elif tries > 0 and window.isVisible():
        QTimer.singleShot(_WARM_UP_DELAY_MS, lambda: warm_up_once_open(window, tries - 1))


def keep_qt_settings_in_config_dir() -> None:
    """Point Qt's own settings (window geometry, file-dialog history) at quizapp's config folder.

    So ``QUIZAPP_HOME`` holds them too, instead of ``~/.config/quizapp/quizapp.conf`` and
    ``~/.config/QtProject.conf``.
    """
    from PySide6.QtCore import QSettings

    from quizapp import paths

    folder = str(paths.config_dir())
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, folder)


def run_app(db: str | Path | None = None, *, ready: Callable[[], None] | None = None) -> int:
    """Open the main window on the bank ``db``; returns the exit status.

    ``ready`` is called once the window is shown and the event loop is idle
    (the start-up benchmark measures up to that moment).
    """
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    from PySide6.QtWidgets import QApplication

    from quizapp import __version__
    from quizapp.settings import load_settings
    from quizapp.ui.errors import install_excepthook
    from quizapp.ui.main_window import MainWindow, app_icon
    from quizapp.ui.theme import apply_theme

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("quizapp")
    app.setOrganizationName("quizapp")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.github.quizapp.QuizApp")
    app.setWindowIcon(app_icon())
    keep_qt_settings_in_config_dir()
    settings = load_settings()
    apply_theme(app, settings.theme, settings.font_size)
    install_excepthook()
    from quizapp.paths import class_bank_file
    from quizapp.ui.startup_checks import lock_or_explain

    if db is None and class_bank_file().exists():  # class_actions brings SQLAlchemy: only then
        from quizapp.ui.class_actions import bank_to_open

        db = bank_to_open(db)  # the class bank used last (its password asked if need be)
    lock = lock_or_explain(db)
    if lock is None:
        return 1
    window = MainWindow(db=db, settings=settings, background=True, lock=lock, greet=True)
    window.show()
    from PySide6.QtCore import QTimer

    if ready is not None:
        QTimer.singleShot(0, ready)
    QTimer.singleShot(_WARM_UP_DELAY_MS, lambda: warm_up_once_open(window))
    try:
        return app.exec()
    finally:
        lock.release()
