"""Closing the app and the command line, quizapp beside Anki on the same simulated year.

Takes fresh copies of the kept quizapp bank of --size questions with a year of
simulated history and of the Anki collection of the same year (bench_banks.py
builds them once, in a child process), then times fresh processes, each
--runs times after one warm-up run (the median, min and max, as hyperfine does):

* close: the app (``run_app`` offscreen) opens the bank, waits for its
  whole-file check, then closes as Ctrl+Q does; from the close to the process's
  exit. Twice: with a recent backup (the automatic one, every 30 minutes, made
  one: the usual case) and with none (the close backup runs, on a worker thread).
  Anki: its Python library (``anki``; the Qt front end ``aqt`` is not installed
  here) opens the collection, then closes it, with and without a forced backup.
* the command line: ``quizapp --version``, ``--help``, ``sets`` and ``stats --json``,
  from process start to exit. Anki has no command line: beside ``sets``, a fresh
  process that opens the collection and lists its decks; beside ``stats``, one
  that opens it and computes a year of statistics (the Statistics window's data).

Run by hand:  QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_close_and_cli.py
              [--size 10000]
Targets (issue 14): close < 1 s, --version and --help < 0.15 s, sets < 0.5 s,
stats --json below Anki's year of statistics.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_banks import app_env
from bench_startup import remember_learner

APP_CLOSE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from quizapp.ui.app import run_app
try:
    from quizapp.cli import exit_now
except ImportError:  # an older quizapp (figures from before a change)
    exit_now = sys.exit

def ready():
    window = next(w for w in QApplication.topLevelWidgets() if hasattr(w, "review_screen"))
    check = getattr(window, "_check", None)
    if window.bank is None or (check is not None and not check.done()):
        QTimer.singleShot(10, ready)
        return
    print(time.monotonic(), flush=True)
    window.close()  # what File > Quit (Ctrl+Q) does

exit_now(run_app(sys.argv[1], ready=ready))  # as the installed program ends (cli.run)
"""

INSTALLED = """
import sys
try:
    from quizapp.cli import run
except ImportError:  # an older quizapp (figures from before a change)
    from quizapp.cli import main
    run = lambda: sys.exit(main())
run()
"""

ANKI_CLOSE = """
import sys, time
from anki.collection import Collection
col = Collection(sys.argv[1])
print(time.monotonic(), flush=True)
if sys.argv[2] == "backup":
    col.create_backup(backup_folder=sys.argv[3], force=True, wait_for_completion=True)
col.close()
"""

ANKI_DECKS = """
import sys
from anki.collection import Collection
col = Collection(sys.argv[1])
for deck in col.decks.all_names_and_ids():
    print(deck.name, col.decks.card_count(deck.id, include_subdecks=True))
col.close()
"""

ANKI_STATS = """
import sys
from anki.collection import Collection
col = Collection(sys.argv[1])
col._backend.graphs(search="", days=365)
col.close()
"""


def repeated(run: Callable[[], float], runs: int) -> list[float]:
    """One warm-up run (disk cache), then ``runs`` timed ones."""
    run()
    return [run() for _ in range(runs)]


def process_time(argv: list[str], env: dict[str, str]) -> float:
    began = time.monotonic()
    subprocess.run(argv, env=env, check=True, capture_output=True, timeout=600)
    return time.monotonic() - began


def close_time(argv: list[str], env: dict[str, str], before: Callable[[], None]) -> float:
    """From the moment the child says it closes (system-wide monotonic clock) to its exit."""
    before()
    child = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    said = child.stdout.readline()
    child.wait(timeout=600)
    ended = time.monotonic()
    child.stdout.close()
    if child.returncode != 0 or not said.strip():
        raise SystemExit(f"{argv[:3]} failed ({child.returncode})")
    return ended - float(said)


def recent_backup(db: Path, home: Path) -> Callable[[], None]:
    """Before each run: a backup made five minutes ago, and no other."""

    def make() -> None:
        no_backups(db, home)()
        from quizapp.store import backup

        backup.make_backup(db, now=datetime.now(UTC) - timedelta(minutes=5), reason="auto")

    return make


def no_backups(db: Path, home: Path) -> Callable[[], None]:
    def clear() -> None:
        os.environ["QUIZAPP_HOME"] = str(home)
        from quizapp.store import backup

        shutil.rmtree(backup.backups_folder(db), ignore_errors=True)

    return clear


def show(label: str, ours: list[float], theirs: list[float] | None, target: str) -> None:
    def fmt(values: list[float]) -> str:
        return f"{statistics.median(values) * 1000:7.0f} ms ({min(values) * 1000:.0f}-" \
               f"{max(values) * 1000:.0f})"  # fmt: skip

    anki = fmt(theirs) if theirs else "          -"
    print(f"  {label:44} {fmt(ours):>24} {anki:>24}  {target}", flush=True)


ROWS = [  # key, label, target
    ("close_recent", "close to exit, a recent backup exists", "< 1 s"),
    ("close_backup", "close to exit, backing up first", "(none recent)"),
    ("floor", "(python -c pass: this machine's floor now)", ""),
    ("version", "quizapp --version", "< 0.15 s"),
    ("help", "quizapp --help", "< 0.15 s"),
    ("sets", "quizapp sets (Anki: open, list decks)", "< 0.5 s"),
    ("stats", "stats --json (Anki: open, a year of stats)", "< Anki"),
]


def measure(size: int, folder: Path, runs: int) -> dict[str, Any]:
    """{key: (quizapp's times, Anki's times or None)} on fresh copies of the kept banks."""
    from bench_banks import banks, working_copy
    from bench_scheduler import anki_missing

    pair = banks(size)
    db = working_copy(pair.quizapp, folder / "quizapp")
    col = working_copy(pair.anki, folder / "anki")
    home = folder / "home-close"
    remember_learner(home, "Bench")
    env = app_env(home)
    py = sys.executable
    anki_backups = folder / "anki-backups"
    anki_backups.mkdir(exist_ok=True)
    has_anki = anki_missing() is None

    def app_close(before: Callable[[], None]) -> list[float]:
        return repeated(lambda: close_time([py, "-c", APP_CLOSE, str(db)], env, before), runs)

    def anki_close(kind: str) -> list[float] | None:
        argv = [py, "-c", ANKI_CLOSE, str(col), kind, str(anki_backups)]
        return repeated(lambda: close_time(argv, env, lambda: None), runs) if has_anki else None

    def cli(*argv: str) -> list[float]:  # as the installed `quizapp` script runs
        return repeated(lambda: process_time([py, "-c", INSTALLED, *argv], env), runs)

    def anki(code: str) -> list[float] | None:
        argv = [py, "-c", code, str(col)]
        return repeated(lambda: process_time(argv, env), runs) if has_anki else None

    return {
        "close_recent": (app_close(recent_backup(db, home)), anki_close("none")),
        "close_backup": (app_close(no_backups(db, home)), anki_close("backup")),
        "floor": (repeated(lambda: process_time([py, "-c", "pass"], env), runs), None),
        "version": (cli("--version"), None),
        "help": (cli("--help"), None),
        "sets": (cli("sets", "--db", str(db)), anki(ANKI_DECKS)),
        "stats": (cli("stats", "--json", "--db", str(db)), anki(ANKI_STATS)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", metavar="FILE", help="write the figures here instead")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        figures = measure(args.size, Path(scratch), args.runs)
    if args.json:
        Path(args.json).write_text(json.dumps(figures), encoding="utf-8")
        return
    print(f"\n{args.size:,} questions; {args.runs} runs each (median, min-max)")
    print(f"  {'':44} {'quizapp':>24} {'Anki':>24}  target")
    for key, label, target in ROWS:
        show(label, *figures[key], target)


if __name__ == "__main__":
    main()
