"""`make run` installs the app alone; `make test` (what CI runs) adds the dev extras."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def planned(target: str, tmp_path: Path) -> list[str]:
    """The commands ``make -n TARGET`` would run, from a copy of the Makefile on a fresh venv."""
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    shutil.copy(REPO / "Makefile", tmp_path / "Makefile")
    (tmp_path / "pyproject.toml").touch()
    # as a user runs it: not as a sub-make of `make test` (which would add its directory lines)
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MAKELEVEL", "MFLAGS")}
    done = subprocess.run(
        ["make", "-n", target, f"VENV={tmp_path / 'venv'}"],
        cwd=tmp_path, capture_output=True, text=True, check=True, env=env,
    )  # fmt: skip
    return done.stdout.splitlines()


def test_make_run_installs_the_app_without_the_dev_extras(tmp_path: Path) -> None:
    commands = planned("run", tmp_path)
    installs = [c for c in commands if "pip install" in c and "--upgrade pip" not in c]
    assert installs and all(c.endswith("install --quiet -e .") for c in installs), installs
    assert commands[-1].endswith("/bin/quizapp")


def test_make_test_adds_the_dev_extras_and_runs_pytest(tmp_path: Path) -> None:
    commands = planned("test", tmp_path)
    assert any(c.endswith("install --quiet -e '.[dev]'") for c in commands)
    assert commands[-1].endswith("-m pytest")
