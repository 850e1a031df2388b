"""The main window's size and place, remembered between runs (the one use of ``QSettings``)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QWidget

GEOMETRY_KEY = "main_window/geometry"
FIRST_SIZE = (900, 620)  # before anything is remembered


def restore_geometry(window: QWidget) -> None:
    """Give ``window`` the size and place it was closed with; the first time, FIRST_SIZE."""
    geometry = QSettings().value(GEOMETRY_KEY)
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        window.restoreGeometry(geometry)
    else:
        window.resize(*FIRST_SIZE)


def save_geometry(window: QWidget) -> None:
    """Remember ``window``'s size and place for the next run."""
    QSettings().setValue(GEOMETRY_KEY, window.saveGeometry())
