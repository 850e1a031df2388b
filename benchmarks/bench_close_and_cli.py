"""Closing the app and the command line, quizapp beside Anki on the same simulated year.

Builds (or reuses, with --keep) a quizapp bank of --size questions with a year of
simulated history (benchmarks/bench_scheduler.py's builder, in a child process)
and the same history as an Anki collection, then times fresh processes, each
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
              [--size 10000] [--keep /tmp/bench]
Targets (issue 14): close < 1 s, --version and --help < 0.15 s, sets < 0.5 s,
stats --json below Anki's year of statistics.
"""

from __future__ import annotations

import argparse
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

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_startup import build_bank, remember_learner

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


def build_anki_collection(path: Path, size: int) -> None:
    code = (
        "import sys; from datetime import UTC, datetime; from pathlib import Path; "
        f"sys.path.insert(0, {str(Path(__file__).resolve().parent)!r}); "
        "from bench_scheduler import build_anki, simulate; "
        f"build_anki(Path({str(path)!r}), simulate({size}, datetime.now(UTC)))"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def recent_backup(db: Path, home: Path) -> Callable[[], None]:
    """Before each run: a backup made five minutes ago, and no other."""

    def make() -> None:
        no_backups(db, home)()
        from quizapp import backup

        backup.make_backup(db, now=datetime.now(UTC) - timedelta(minutes=5), reason="auto")

    return make


def no_backups(db: Path, home: Path) -> Callable[[], None]:
    def clear() -> None:
        os.environ["QUIZAPP_HOME"] = str(home)
        from quizapp import backup

        shutil.rmtree(backup.backups_folder(db), ignore_errors=True)

    return clear


def show(label: str, ours: list[float], theirs: list[float] | None, target: str) -> None:
    def fmt(values: list[float]) -> str:
        return f"{statistics.median(values) * 1000:7.0f} ms ({min(values) * 1000:.0f}-" \
               f"{max(values) * 1000:.0f})"  # fmt: skip

    anki = fmt(theirs) if theirs else "          -"
    print(f"  {label:44} {fmt(ours):>24} {anki:>24}  {target}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--keep", metavar="DIR", help="keep (and reuse) the bank here")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    folder = Path(args.keep or tempfile.mkdtemp())
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / f"startup-{args.size}.sqlite3"  # the same file as bench_startup.py's
    col = folder / f"anki-close-{args.size}.anki2"
    if not db.exists():
        print(f"building a bank of {args.size:,} questions with a year of history...", flush=True)
        build_bank(db, args.size)
    if not col.exists():
        print("building the Anki collection of the same year...", flush=True)
        build_anki_collection(col, args.size)
    home = folder / "home-close"
    remember_learner(home, "Bench")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QUIZAPP_HOME=str(home))
    py, runs = sys.executable, args.runs
    anki_backups = folder / "anki-backups"
    anki_backups.mkdir(exist_ok=True)
    size_mb = db.stat().st_size / 1e6
    print(f"\n{args.size:,} questions: bank {size_mb:.0f} MB, Anki collection "
          f"{col.stat().st_size / 1e6:.0f} MB; {runs} runs each")  # fmt: skip
    print(f"  {'':44} {'quizapp':>24} {'Anki':>24}  target")

    def app_close(before: Callable[[], None]) -> list[float]:
        return repeated(lambda: close_time([py, "-c", APP_CLOSE, str(db)], env, before), runs)

    def anki_close(kind: str) -> list[float]:
        argv = [py, "-c", ANKI_CLOSE, str(col), kind, str(anki_backups)]
        return repeated(lambda: close_time(argv, env, lambda: None), runs)

    show("close to exit, a recent backup exists", app_close(recent_backup(db, home)),
         anki_close("none"), "< 1 s")  # fmt: skip
    show("close to exit, backing up first", app_close(no_backups(db, home)),
         anki_close("backup"), "(none recent)")  # fmt: skip

    def cli(*argv: str) -> list[float]:  # as the installed `quizapp` script runs
        program = [py, "-c", INSTALLED]
        return repeated(lambda: process_time([*program, *argv], env), runs)

    def anki(code: str) -> list[float]:
        return repeated(lambda: process_time([py, "-c", code, str(col)], env), runs)

    floor = repeated(lambda: process_time([py, "-c", "pass"], env), runs)
    show("(python -c pass: this machine's floor now)", floor, None, "")
    show("quizapp --version", cli("--version"), None, "< 0.15 s")
    show("quizapp --help", cli("--help"), None, "< 0.15 s")
    show("quizapp sets (Anki: open, list decks)", cli("sets", "--db", str(db)), anki(ANKI_DECKS),
         "< 0.5 s")  # fmt: skip
    show("stats --json (Anki: open, a year of stats)", cli("stats", "--json", "--db", str(db)),
         anki(ANKI_STATS), "< Anki")  # fmt: skip


if __name__ == "__main__":
    main()
