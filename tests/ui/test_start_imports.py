"""The window shows its home before the database services load, and loads them off its thread.

SQLAlchemy and the models take longer to import than the whole home takes to show; they
belong on the worker thread that opens the bank, not on the GUI thread before the window is
painted (nor brought in there by the class-bank lookup when no class bank was used).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from quizapp.startup import open_app_bank

HEAVY = ("sqlalchemy", "sqlmodel", "quizapp.study.classconnect", "quizapp.startup")

PROBE = """
import sys, threading
from importlib.abc import MetaPathFinder

first = {}  # heavy module -> whether the GUI (main) thread imported it first

class Watch(MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name in HEAVY and name not in first:
            first[name] = threading.current_thread() is threading.main_thread()
        return None

HEAVY = %r
sys.meta_path.insert(0, Watch())
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from quizapp.ui.app import run_app

def ready():  # the home is shown: what has the GUI thread imported so far?
    print("AT_HOME", sorted(m for m, gui in first.items() if gui), flush=True)
    QTimer.singleShot(10, wait_open)

def wait_open():
    window = next(w for w in QApplication.topLevelWidgets() if hasattr(w, "review_screen"))
    if window.bank is None:
        QTimer.singleShot(10, wait_open)
        return
    print("ON_GUI", sorted(m for m, gui in first.items() if gui), flush=True)
    print("OFF_GUI", sorted(m for m, gui in first.items() if not gui), flush=True)
    QApplication.quit()

run_app(sys.argv[1], ready=ready)
"""


def lines_of(out: str) -> dict[str, str]:
    return {ln.split(" ", 1)[0]: ln.split(" ", 1)[1] for ln in out.splitlines() if " " in ln}


def test_the_database_services_load_on_the_worker_thread_after_the_home_shows(
    tmp_path: Path,
) -> None:
    # Given a bank, and no class bank used before (the class bank's code is not needed)
    db = tmp_path / "bank.sqlite3"
    open_app_bank(db).close()
    env = dict(os.environ, QUIZAPP_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen")
    # When the app starts on it, in a fresh interpreter, until its bank is open
    done = subprocess.run([sys.executable, "-c", PROBE % (HEAVY,), str(db)], env=env,
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    seen = lines_of(done.stdout)
    assert done.returncode == 0, done.stderr
    # Then the GUI thread had imported none of them when the home showed
    assert seen["AT_HOME"] == "[]"
    # and the worker thread loaded the database services to open the bank
    for heavy in ("sqlalchemy", "sqlmodel", "quizapp.startup"):
        assert repr(heavy) in seen["OFF_GUI"] and repr(heavy) not in seen["ON_GUI"]
