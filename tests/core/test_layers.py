"""The wings' arrows, read from the source: the bank file (store) never imports upwards."""

from __future__ import annotations

import ast
from pathlib import Path

import quizapp

PACKAGE = Path(quizapp.__file__).parent
ABOVE_STORE = ("quizapp.study", "quizapp.content", "quizapp.generator", "quizapp.formats",
               "quizapp.ui", "quizapp.cli", "quizapp.startup", "quizapp.selftest")  # fmt: skip


def imported_modules(path: Path) -> set[str]:
    """Every module ``path`` imports, TYPE_CHECKING and function bodies included."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def arrows_into(wing: str, forbidden: tuple[str, ...]) -> list[str]:
    bad = []
    for path in sorted((PACKAGE / wing).rglob("*.py")):
        for name in imported_modules(path):
            if name.startswith(forbidden):
                bad.append(f"{path.relative_to(PACKAGE)} imports {name}")
    return bad


def test_store_imports_nothing_above_it() -> None:
    assert arrows_into("store", ABOVE_STORE) == []


def test_the_checker_sees_an_upward_arrow(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from quizapp.study import scheduler\n")
    assert "quizapp.study.scheduler" in imported_modules(module)


def test_flat_core_is_gone() -> None:
    """Only shared words stay at the top; features live in a wing."""
    top = sorted(p.stem for p in PACKAGE.glob("*.py"))
    assert top == ["__init__", "__main__", "errors", "images", "paths", "questiondata",
                   "resources", "selftest", "settings", "startup", "svg_css"]  # fmt: skip


def test_the_generator_knows_nothing_of_the_bank() -> None:
    """Text in, questions out: the generator imports no bank, set or study module."""
    banned = ("quizapp.store", "quizapp.content", "quizapp.study", "quizapp.ui", "quizapp.cli")
    assert arrows_into("generator", banned) == []


def test_no_import_circles_nor_computed_imports() -> None:
    # the team's checker in ../shared (a user's own clone may not have it)
    import subprocess
    import sys

    import pytest

    tool = PACKAGE.parent.parent / "shared" / "tools" / "import_graph.py"
    if not tool.exists():
        pytest.skip(f"{tool} is absent: the shared tools come with the team's checkout only")
    found = subprocess.run(
        [sys.executable, str(tool), "quizapp"], cwd=PACKAGE.parent, capture_output=True, text=True
    )
    assert found.returncode == 0, found.stdout + found.stderr
