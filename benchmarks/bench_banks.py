"""The benchmark banks, built once and kept: a quizapp bank and an Anki collection per size.

Both hold the same simulated year (``bench_scheduler.simulate``) and are built together in
a child process (its memory stays out of every figure). They are kept under
``benchmarks/.banks/`` (git-ignored), keyed by size and by the bank's schema revision, so
``make bench`` builds the 100k pair once (minutes) and reuses it afterwards. Every
benchmark works on a fresh copy (``working_copy``): answering in one run never changes
what the next run finds.

Run by hand to build ahead:  .venv/bin/python benchmarks/bench_banks.py 1000 10000 100000
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".banks"
# Bump when the builder changes what it writes (the schema revision is part of the key too).
BUILDER = 3  # 3: the last week's answers carry an id (recentanswer), as the app keeps them


@dataclass(frozen=True)
class Banks:
    """One size's pristine pair and what was simulated into it."""

    size: int
    quizapp: Path
    anki: Path
    learner_id: int
    reviews: int


def _key(size: int) -> str:
    from quizapp.store.migrations import HEAD

    return f"{size}-r{HEAD}-b{BUILDER}"


def banks(size: int, cache: Path = CACHE) -> Banks:
    """The pair for ``size``: from the cache, or built now (in a child process) and kept."""
    folder = cache / _key(size)
    stamp = folder / "built.json"
    if not stamp.exists():
        for old in cache.glob(f"{size}-*"):  # built by another schema or builder: not reused
            shutil.rmtree(old, ignore_errors=True)
        folder.mkdir(parents=True)
        began = time.monotonic()
        print(f"  building the {size:,}-question banks (once, kept in {folder})...", flush=True)
        env = dict(os.environ, QUIZAPP_HOME=str(folder / "home"))  # no settings of the user's
        command = [sys.executable, __file__, "--build", str(size), str(folder)]
        subprocess.run(command, check=True, env=env)
        print(f"  built in {time.monotonic() - began:.0f} s", flush=True)
    built = json.loads(stamp.read_text(encoding="utf-8"))
    return Banks(size, folder / "quizapp.sqlite3", folder / "anki.anki2",
                 built["learner_id"], built["reviews"])  # fmt: skip


def app_env(home: Path) -> dict[str, str]:
    """The environment of a timed app process: offscreen, its own settings, and Python's
    bytecode cached (kept under the cache folder) as an installed app's is: with
    PYTHONDONTWRITEBYTECODE set, every start would compile quizapp's modules again.
    """
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QUIZAPP_HOME=str(home))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(CACHE / "pycache")
    return env


def working_copy(source: Path, folder: Path) -> Path:
    """A copy of a pristine bank in ``folder`` for one run to change as it likes."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / source.name
    for suffix in ("-wal", "-shm", ".lock"):
        target.with_name(target.name + suffix).unlink(missing_ok=True)
    shutil.copyfile(source, target)
    return target


def _build(size: int, folder: Path) -> None:
    from datetime import UTC, datetime

    sys.path.insert(0, str(HERE))
    from bench_scheduler import build_anki, build_quizapp, simulate

    history = simulate(size, datetime.now(UTC))
    learner_id = build_quizapp(folder / "quizapp.sqlite3", history)
    build_anki(folder / "anki.anki2", history)
    for extra in folder.glob("quizapp.sqlite3?*"):  # -wal, -shm, .lock of the build
        extra.unlink()
    stamp = {"learner_id": learner_id, "reviews": len(history.reviews), "size": size}
    (folder / "built.json").write_text(json.dumps(stamp), encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--build"]:
        _build(int(sys.argv[2]), Path(sys.argv[3]))
    else:
        for n in sys.argv[1:]:
            print(banks(int(n)))
