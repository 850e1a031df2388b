"""Open and save dialogs that start where the user keeps files.

They open in the folder last used (kept in the settings, so it holds across
sessions), else the user's Documents folder, else the ``QUIZAPP_HOME`` folder in
portable use, else their home folder; never the folder the app happened to be
started from.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from quizapp import paths
from quizapp.settings import Settings, save_settings


def start_folder(settings: Settings) -> Path:
    """The last folder used if it still exists, else Documents, else the portable home
    (``QUIZAPP_HOME``), else home."""
    last = Path(settings.last_folder) if settings.last_folder else None
    if last is not None and last.is_dir():
        return last
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    portable = paths.portable_home()
    if portable is not None and portable.is_dir():
        return portable
    return Path.home()


def remember_folder(settings: Settings, path: str) -> None:
    """Keep the folder of ``path`` for the next dialog (a settings file that cannot
    be written only means the next dialog starts in Documents)."""
    folder = str(Path(path).parent)
    if folder != settings.last_folder:
        settings.last_folder = folder
        with contextlib.suppress(OSError):
            save_settings(settings)


def open_file(parent: QWidget, settings: Settings, title: str, filters: str) -> str:
    """The file chosen to open ("" when cancelled)."""
    path, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder(settings)), filters)
    if path:
        remember_folder(settings, path)
    return path


def save_file(parent: QWidget, settings: Settings, title: str, name: str, filters: str) -> str:
    """The file chosen to write, suggested as ``name`` ("" when cancelled)."""
    suggested = str(start_folder(settings) / name.replace("/", "-").replace("\\", "-"))
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    if path:
        remember_folder(settings, path)
    return path
