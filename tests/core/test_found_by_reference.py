"""Code is found by reading it: no module imported from a computed string, no action up a layer.

Read from the source (nothing imported), as a reader or mypy follows it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import quizapp

PACKAGE = Path(quizapp.__file__).parent
ACTIONS = ("file_actions.py", "teacher_actions.py", "learner_actions.py", "class_actions.py")


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), str(path))


def _imported(tree: ast.Module) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(tree):  # TYPE_CHECKING and lazy imports count: a reader follows them
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_no_module_is_imported_from_a_computed_string() -> None:
    calls = [
        f"{path.relative_to(PACKAGE)}:{node.lineno}"
        for path in PACKAGE.rglob("*.py")
        for node in ast.walk(_tree(path))
        if isinstance(node, ast.Call)
        and getattr(node.func, "attr", getattr(node.func, "id", "")) == "import_module"
        and not (node.args and isinstance(node.args[0], ast.Constant))
    ]
    assert calls == []


def test_the_menus_actions_do_not_reach_back_into_the_window() -> None:
    for name in ACTIONS:
        imports = _imported(_tree(PACKAGE / "ui" / name))
        assert "quizapp.ui.main_window" not in imports, name
