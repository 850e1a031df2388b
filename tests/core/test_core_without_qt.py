"""The core runs on a machine without PySide6: every module outside quizapp.ui imports, and works.

Each check runs in a fresh interpreter whose import system refuses PySide6 (and
shiboken6), so a stray ``import PySide6`` anywhere in the core fails the test.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "quizapp"
# Run by Alembic (migrations) or only as ``python -m quizapp``: exercised by the flow below instead.
NOT_IMPORTED_DIRECTLY = {"quizapp.__main__", "quizapp.store.migrations.env"}

BLOCKER = """
import importlib.abc, sys

class BlockQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {"PySide6", "shiboken6"}:
            raise ImportError(f"{name} is blocked: the core must not import Qt")
        return None

sys.meta_path.insert(0, BlockQt())
"""

IMPORT_ALL = """
import importlib, json, sys
failed = {}
for name in json.loads(sys.argv[1]):
    try:
        importlib.import_module(name)
    except Exception as exc:
        failed[name] = f"{type(exc).__name__}: {exc}"
qt = sorted(m for m in sys.modules if m.split(".")[0] in {"PySide6", "shiboken6"})
print(json.dumps({"failed": failed, "qt": qt}))
"""

CORE_FLOW = """
import contextlib, io, json, runpy, sys
from pathlib import Path
from quizapp.content import interchange, sets
from quizapp.cli import main
from quizapp.startup import open_app_bank

folder = Path(sys.argv[1])
bank = open_app_bank(folder / "bank.sqlite3")
found = sets.list_sets(bank)
name = found[0].name
interchange.export_set(bank, name, folder / "set.yaml")
copy = interchange.import_file(bank, folder / "set.yaml", set_name="Copy")
bank.close()
out = io.StringIO()
with contextlib.redirect_stdout(out):
    code = main(["sets", "--json", "--db", str(folder / "bank.sqlite3")])
    sys.argv = ["quizapp", "--version"]
    try:
        runpy.run_module("quizapp", run_name="__main__")
    except SystemExit as stop:
        version_code = stop.code
listed = json.loads(out.getvalue().split("\\nquizapp ")[0])
print(json.dumps({
    "bundled": [found[0].name, found[0].questions], "copy": copy.imported, "code": code,
    "listed": sorted(row["name"] for row in listed), "version_code": version_code,
    "qt": sorted(m for m in sys.modules if m.split(".")[0] in {"PySide6", "shiboken6"}),
}))
"""


def core_modules() -> list[str]:
    """Every module of the package outside quizapp.ui, by dotted name."""
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(REPO).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        name = ".".join(parts)
        if name.startswith("quizapp.ui") or name in NOT_IMPORTED_DIRECTLY:
            continue
        if ".migrations.versions." in name:
            continue  # revision scripts, run by Alembic during the flow below
        names.append(name)
    return names


def run_blocked(script: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-c", BLOCKER + script, *args],
        capture_output=True, text=True, cwd=cwd, env=env, timeout=300, check=False,
    )  # fmt: skip


def test_every_core_module_imports_with_pyside6_blocked(tmp_path: Path) -> None:
    modules = core_modules()
    assert {
        "quizapp.store.bank",
        "quizapp.content.sets",
        "quizapp.cli",
        "quizapp.formats.quizset",
    } <= set(modules)
    done = run_blocked(IMPORT_ALL, json.dumps(modules), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result == {"failed": {}, "qt": []}


def test_the_blocker_really_blocks_qt(tmp_path: Path) -> None:
    # The same interpreter set-up refuses the GUI, so the test above can fail.
    done = run_blocked(IMPORT_ALL, json.dumps(["quizapp.ui.main_window"]), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    failed = json.loads(done.stdout)["failed"]
    assert "blocked" in failed["quizapp.ui.main_window"]


def test_a_core_flow_runs_with_pyside6_blocked(tmp_path: Path) -> None:
    # Given a fresh interpreter without Qt, When it opens a bank (migrating it and loading
    # the bundled set), exports and re-imports that set and runs the command line
    done = run_blocked(CORE_FLOW, str(tmp_path), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.splitlines()[-1])
    # Then all of it worked and Qt was never loaded
    name, count = result["bundled"]
    assert count >= 40 and result["copy"] == count
    assert result["listed"] == sorted([name, "Copy"])
    assert (result["code"], result["version_code"]) == (0, 0)
    assert result["qt"] == []
