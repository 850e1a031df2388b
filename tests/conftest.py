"""Shared fixtures: every test gets its own QUIZAPP_HOME and its own bank file."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

from quizapp.bank import Bank, open_bank

# Property tests draw the same examples on every run (a red CI is then a real bug, not
# the luck of the draw); HYPOTHESIS_PROFILE=explore draws new ones, to hunt for bugs.
hypothesis_settings.register_profile("repeatable", derandomize=True)
hypothesis_settings.register_profile("explore", derandomize=False)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
ARTICLES = SHARED / "articles"


@pytest.fixture(autouse=True)
def quizapp_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every file the app writes goes under this test's temp folder."""
    home = tmp_path / "home"
    monkeypatch.setenv("QUIZAPP_HOME", str(home))
    return home


@pytest.fixture
def bank(tmp_path: Path) -> Iterator[Bank]:
    """An empty, migrated bank in a real SQLite file."""
    opened = open_bank(tmp_path / "bank.sqlite3")
    yield opened
    opened.close()


@pytest.fixture
def shared_article() -> Callable[[str], Path]:
    """Gives a file of ../shared/articles, or skips the test saying why it is missing."""

    def find(name: str) -> Path:
        path = ARTICLES / name
        if not path.exists():
            pytest.skip(f"{path} is absent: shared articles come with the team's checkout only")
        return path

    return find
