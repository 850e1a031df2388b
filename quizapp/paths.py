"""Where quizapp keeps its files: the one module that knows.

Every file the app writes lives under the appdirs folders for "quizapp", or, when
the ``QUIZAPP_HOME`` environment variable names a folder, under that folder
(portable use and tests).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import appdirs

APP_NAME = "quizapp"
HOME_ENV = "QUIZAPP_HOME"


def _home_override() -> Path | None:
    home = os.environ.get(HOME_ENV)
    return Path(home).expanduser() if home else None


def portable_home() -> Path | None:
    """The ``QUIZAPP_HOME`` folder in portable use (None otherwise): where file dialogs
    start when no folder was used yet and the desktop has no Documents folder."""
    return _home_override()


def data_dir() -> Path:
    """The folder for the question bank and its backups."""
    home = _home_override()
    return home / "data" if home else Path(appdirs.user_data_dir(APP_NAME))


def config_dir() -> Path:
    """The folder for the settings file."""
    home = _home_override()
    return home / "config" if home else Path(appdirs.user_config_dir(APP_NAME))


def class_bank_file() -> Path:
    """Where the window remembers the class bank it used last (absent: the user's own bank)."""
    return config_dir() / "class-bank.json"


def bank_path() -> Path:
    """The default question bank file."""
    return data_dir() / "bank.sqlite3"


def backup_dir() -> Path:
    """The folder holding automatic and manual backups of the bank."""
    return data_dir() / "backups"


def settings_path() -> Path:
    """The settings file."""
    return config_dir() / "settings.json"


def ensure_dir(path: Path) -> Path:
    """Create ``path`` (and its parents) if missing and return it."""
    path.mkdir(parents=True, exist_ok=True)
    return path


def bank_url(db: str | Path | None = None) -> str:
    """The SQLAlchemy URL for ``db``: a URL, a file path, or the default bank."""
    if db is None:
        db = bank_path()
    text_db = str(db)
    if "://" in text_db:
        return text_db
    return f"sqlite:///{Path(text_db).expanduser().resolve()}"


_SQLITE_URL = re.compile(r"^sqlite(\+\w+)?://(?:/(?P<database>[^?]*))?(?:\?.*)?$")


def sqlite_path(url: str) -> Path | None:
    """The file a SQLite URL names (any driver, query options ignored); None for others.

    ``sqlite:///bank.sqlite3`` is relative to the current folder, ``sqlite:////abs`` absolute;
    ``sqlite://`` and ``:memory:`` name no file.
    """
    match = _SQLITE_URL.match(url)
    if match is None:
        return None
    database = match.group("database")
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database).expanduser().absolute()
