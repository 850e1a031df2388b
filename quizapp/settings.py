"""The user's settings: a typed model stored as JSON under the config folder."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from typing import Any

from quizapp import paths

THEMES = ("system", "light", "dark")


@dataclass
class Settings:
    """Preferences of this computer's user (per-learner study settings live in the bank)."""

    theme: str = "system"
    font_size: int = 11
    last_learner: str = ""
    quiz_size: int = 10
    last_folder: str = ""  # where the last file was opened or saved (file dialogs start there)


def load_settings() -> Settings:
    """The saved settings; defaults for anything missing or unreadable."""
    try:
        raw = json.loads(paths.settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    known = {f.name: f.type for f in fields(Settings)}
    values: dict[str, Any] = {}
    for name, value in raw.items():
        if name in known and isinstance(value, type(getattr(Settings(), name))):
            values[name] = value
    settings = Settings(**values)
    if settings.theme not in THEMES:
        settings.theme = "system"
    settings.font_size = min(max(settings.font_size, 8), 24)
    return settings


def save_settings(settings: Settings) -> None:
    """Write the settings atomically (a crash never leaves half a file)."""
    path = paths.settings_path()
    paths.ensure_dir(path.parent)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(settings), indent=2), encoding="utf-8")
    tmp.replace(path)
