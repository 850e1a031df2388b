"""Files that ship with the app: bundled question sets, icons, stylesheets.

In a wheel or a frozen bundle they live inside the package (``quizapp/_data``);
in a source checkout they are the top-level ``questions/`` and ``resources/``.
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path


def _data(name: str) -> Traversable:
    packaged = files("quizapp") / "_data" / name
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / name


def bundled_sets() -> list[Traversable]:
    """The bundled question-set files, by name."""
    folder = _data("questions")
    if not folder.is_dir():
        return []
    found = [f for f in folder.iterdir() if f.name.endswith((".yaml", ".yml"))]
    return sorted(found, key=lambda f: f.name)


APP_ICON = "icons/io.github.quizapp.QuizApp.svg"  # also the desktop entry's icon


def resource(relative: str) -> Traversable:
    """A file under ``resources/``, e.g. ``"styles/light.qss"``."""
    item = _data("resources")
    for part in relative.split("/"):
        item = item / part
    return item
