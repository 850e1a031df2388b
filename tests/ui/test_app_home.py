"""QUIZAPP_HOME holds every file of the app, Qt's own settings included."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

RUN = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication, QFileDialog
    from quizapp.ui.app import run_app
    from quizapp.ui.main_window import MainWindow

    def close_window() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow):
                widget.ready.connect(widget.close)  # closes once the bank is open
                if widget.bank is not None:
                    widget.close()

    code = run_app(sys.argv[1], ready=close_window)
    from PySide6.QtCore import QSettings

    print(QSettings(QSettings.Scope.UserScope, "QtProject").fileName())  # file dialogs' history
    sys.exit(code)
    """
)


@pytest.mark.slow
def test_the_window_keeps_its_geometry_under_quizapp_home(tmp_path: Path) -> None:
    # Given a home folder for the user and one for quizapp
    user_home, app_home = tmp_path / "user", tmp_path / "portable"
    user_home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(user_home), QUIZAPP_HOME=str(app_home), QT_QPA_PLATFORM="offscreen")
    # When the app opens and closes its window
    done = subprocess.run(
        [sys.executable, "-c", RUN, str(tmp_path / "bank.sqlite3")],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    # Then the window's geometry is stored under QUIZAPP_HOME, and nothing under the user's home
    stored = [p for p in app_home.rglob("*") if p.is_file() and b"geometry" in p.read_bytes()]
    assert stored, sorted(str(p) for p in app_home.rglob("*"))
    assert [p for p in user_home.rglob("*") if p.is_file()] == []
    # and so do the file dialogs' folders and history
    assert Path(done.stdout.strip()).is_relative_to(app_home)
