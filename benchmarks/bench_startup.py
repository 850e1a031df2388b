"""Start-up, next-question time and memory of the app on a big bank (issue 5's targets).

Takes a fresh copy of the kept bank of --size questions with a year of simulated
history for one learner (bench_banks.py builds it once, in a child process), then
measures, each several times:

* process start to the first interactive home screen: a fresh ``python`` runs
  ``quizapp.ui.app.run_app`` offscreen and reports the moment the window is
  shown and the event loop idle (both sides read the system-wide monotonic clock);
* the memory of that process then (its own peak RSS, ``VmHWM`` of
  ``/proc/self/status``: ``getrusage`` of a child starts from the parent's peak);
* the learner's two waits per card in the review screen, inside the running event
  loop as the app runs (old question views are deleted as they would be), each up
  to the end of the window's repaint: from Space to the answer shown, and from the
  grade to the next question shown; median and p95 over 200 cards;
* the memory (``VmRSS``) of a window before and after one "Questions from an
  article" on ``../shared/articles/caucasus-peace-talks.txt`` (the generator runs
  in a worker process), beside the generator run inside the app's process.

Run by hand:  QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_startup.py [--size N]
Targets: start < 0.5 s, first review card < 1 s, next question < 5 ms p95, memory < 150 MB.
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
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_banks import app_env

CHILD = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from quizapp.ui.app import run_app

def rss():
    status = open("/proc/self/status").read().split("VmHWM:")[1]
    return int(status.split()[0]) / 1024

def ready():
    print(f"{time.monotonic()} {rss()} {time.process_time()}", flush=True)
    QTimer.singleShot(10, wait_open)

def wait_open():
    window = next(w for w in QApplication.topLevelWidgets() if hasattr(w, "review_screen"))
    if window.bank is None:
        QTimer.singleShot(10, wait_open)
        return
    # the review screen with its first question, as a learner would open it
    window.home.table.selectRow(0)
    window.start_review(window.home.selected_set_id())
    QApplication.processEvents()
    print(f"{time.monotonic()} {rss()} {time.process_time()}", flush=True)
    QApplication.quit()

run_app(sys.argv[1], ready=ready)
"""


GENERATE_CHILD = """
import gc, sys
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from quizapp.settings import Settings
from quizapp.ui.dialogs.generate_dialog import GenerateDialog
from quizapp.ui.main_window import MainWindow

def status(key):
    return int(open("/proc/self/status").read().split(key + ":")[1].split()[0]) / 1024

app = QApplication([])
window = MainWindow(db=Path(sys.argv[1]), settings=Settings(last_learner="Bench"))
window.show()
app.processEvents()
text = Path(sys.argv[2]).read_text(encoding="utf-8")
before = status("VmRSS")
if sys.argv[3] == "window":  # as the app does it: the dialog, its Generate, then Close
    dialog = GenerateDialog(window.bank, window)
    dialog.show()
    dialog.text.setPlainText(text)
    loop = QEventLoop()
    dialog.generated.connect(lambda _n: loop.quit())
    dialog.failed.connect(lambda _m: loop.quit())
    QTimer.singleShot(0, dialog.generate)
    loop.exec()
    dialog.done(0)
    dialog.deleteLater()
else:  # the generator run inside the app's process, as before issue 14
    from quizapp.generator import generate
    generate(text)
app.processEvents()
gc.collect()
print(before, status("VmRSS"), status("VmHWM"), flush=True)
window.close()
"""
ARTICLE = Path(__file__).resolve().parents[2] / "shared" / "articles" / "caucasus-peace-talks.txt"


def memory_after_generating(
    db: Path, home: Path, article: Path, how: str
) -> tuple[float, float, float]:
    """VmRSS before and after one generation in the window, and the peak (MB), in a child."""
    env = app_env(home)
    command = [sys.executable, "-c", GENERATE_CHILD, str(db), str(article), how]
    done = subprocess.run(command, env=env, timeout=600, capture_output=True, text=True,
                          check=True)  # fmt: skip
    before, after, peak = (float(x) for x in done.stdout.split()[-3:])
    return before, after, peak


def remember_learner(home: Path, name: str) -> None:
    """Write the app's settings under ``home`` with ``name`` as the last learner."""
    os.environ["QUIZAPP_HOME"] = str(home)
    from quizapp.settings import load_settings, save_settings

    settings = load_settings()
    settings.last_learner = name
    save_settings(settings)


def start_once(db: Path, home: Path) -> tuple[float, float, float, float, float]:
    """Seconds to the home and to the first card, the memory at each, and the CPU time (all
    threads) the process had used by the first card."""
    env = app_env(home)
    began = time.monotonic()
    done = subprocess.run([sys.executable, "-c", CHILD, str(db)], env=env, timeout=300,
                          capture_output=True, text=True, check=True)  # fmt: skip
    shown, rss_home, _cpu, opened, rss_open, cpu = (float(x) for x in done.stdout.split()[-6:])
    return shown - began, rss_home, opened - began, rss_open, cpu


READ_MS = 50  # the least time a learner takes to read the answer before grading it


def next_question_times(db: Path, home: Path, answers: int = 200) -> dict[str, Any]:
    """The learner's two waits per flashcard, inside the running event loop, up to the paint.

    ``reveal``: from Space (show the answer) until the answer and the grades' intervals are
    painted; ``next``: from the grade (given ``READ_MS`` after the answer was painted, far
    less than a learner takes) until the next question is painted (the answer recorded,
    the card moved, the old input deleted, the window repainted). Also the
    question views still alive at the end (old ones must be deleted).
    """
    os.environ["QUIZAPP_HOME"] = str(home)
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from quizapp.settings import Settings
    from quizapp.ui.main_window import MainWindow
    from quizapp.ui.widgets.question_card import QuestionCard

    class PaintWatch(QObject):
        """Calls ``then`` once the window's next repaint has ended.

        Qt repaints a window's changed widgets together, when the window handles an
        UpdateRequest; the call is queued from there, so it runs once that has ended.
        """

        then: Callable[[], None] | None = None

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if self.then is not None and event.type() == QEvent.Type.UpdateRequest:
                QTimer.singleShot(0, self.then)  # after the whole (synchronous) repaint
                self.then = None
            return False

    app = QApplication.instance() or QApplication([])
    window = MainWindow(db=db, settings=Settings(last_learner="Bench"))
    window.show()
    window.start_review(None)
    screen = window.review_screen
    watch = PaintWatch()
    window.installEventFilter(watch)
    # wall-clock time, and the GUI thread's CPU time (what other processes on a busy
    # machine cannot add to)
    times: dict[str, list[float]] = {k: [] for k in ("reveal", "next", "reveal_cpu", "next_cpu")}

    def timed(kind: str, action: Callable[[], None], then: Callable[[], None], pause: int) -> None:
        began, cpu = time.perf_counter(), time.thread_time()

        def painted() -> None:
            times[kind].append(time.perf_counter() - began)
            times[f"{kind}_cpu"].append(time.thread_time() - cpu)
            QTimer.singleShot(pause, then)  # the learner's next key comes later

        watch.then = painted
        action()

    def reveal() -> None:
        if screen.card is None or len(times["next"]) >= answers:
            app.quit()
            return
        card = screen.card
        timed("reveal", card.input.submitted.emit, grade, READ_MS)  # Space on a flashcard

    def grade() -> None:
        timed("next", lambda: screen._on_grade(3), reveal, 0)  # key 3, Good

    QTimer.singleShot(0, reveal)
    app.exec()
    window.removeEventFilter(watch)
    alive = len(window.findChildren(QuestionCard))
    window.close()
    window.deleteLater()
    app.processEvents()
    return {**times, "alive": alive}


def build_bank(db: Path, size: int) -> None:
    """A working copy of the kept bank of ``size`` questions at ``db`` (built once, elsewhere)."""
    from bench_banks import banks

    shutil.copyfile(banks(size).quizapp, db)


def p95(values: list[float]) -> float:
    return sorted(values)[int(len(values) * 0.95)]


def measure(size: int, folder: Path, runs: int, article: Path) -> dict[str, float | str]:
    """Every figure of this benchmark on a fresh copy of the kept bank, in seconds and MB."""
    db = folder / f"startup-{size}.sqlite3"
    build_bank(db, size)
    home = folder / "home"
    remember_learner(home, "Bench")  # the simulated learner, as after a first session
    start_once(db, home)  # warm the disk cache once, as a second start would be
    starts, memory, opened, memory_open, cpu = zip(*(start_once(db, home) for _ in range(runs)),
                                              strict=True)  # fmt: skip
    waits = next_question_times(db, home)
    nexts, reveals = waits["next"], waits["reveal"]
    figures: dict[str, float | str] = {
        "bank_mb": db.stat().st_size / 1e6,
        "start": statistics.median(starts), "start_min": min(starts), "start_max": max(starts),
        "rss_home": statistics.median(memory),
        "first_card": statistics.median(opened), "rss_open": statistics.median(memory_open),
        "first_card_cpu": statistics.median(cpu),
        "next_median": statistics.median(nexts), "next_p95": p95(nexts),
        "next_count": len(nexts), "alive": waits["alive"],
        "reveal_median": statistics.median(reveals), "reveal_p95": p95(reveals),
        "next_cpu_median": statistics.median(waits["next_cpu"]),
        "next_cpu_p95": p95(waits["next_cpu"]), "reveal_cpu_p95": p95(waits["reveal_cpu"]),
    }  # fmt: skip
    if not article.is_file():
        figures["generation_missing"] = f"{article} is not here (see --article)"
        return figures
    before, after, peak = memory_after_generating(db, home, article, "window")
    figures.update(gen_before=before, gen_after=after, gen_peak=peak)
    figures["gen_inline"] = memory_after_generating(db, home, article, "inline")[1]
    return figures


def report(figures: dict[str, Any]) -> None:
    f = figures
    print(f"bank: {f['bank_mb']:.0f} MB")
    print(
        f"start to interactive home screen: median {f['start'] * 1000:.0f} ms "
        f"(min {f['start_min'] * 1000:.0f}, max {f['start_max'] * 1000:.0f}; target < 500 ms)"
    )
    print(f"memory at the home screen (peak RSS): {f['rss_home']:.0f} MB")
    print(
        f"bank checked and open, first review card shown: median "
        f"{f['first_card'] * 1000:.0f} ms after start, peak RSS "
        f"{f['rss_open']:.0f} MB (target < 1 s, < 150 MB)"
    )
    print(
        f"  the process's CPU time by then (all threads; a busy machine cannot add to it): "
        f"median {f['first_card_cpu'] * 1000:.0f} ms"
    )
    print(
        f"show the answer (Space until painted, with the intervals): median "
        f"{f['reveal_median'] * 1000:.1f} ms, p95 {f['reveal_p95'] * 1000:.1f} ms"
    )
    print(
        f"show the next question (grade until the next card is painted): median "
        f"{f['next_median'] * 1000:.1f} ms, p95 {f['next_p95'] * 1000:.1f} ms over "
        f"{f['next_count']} (target < 5 ms p95); question views alive after: {f['alive']}"
    )
    print(
        f"  the GUI thread's CPU time in it (what a busy machine cannot add to): median "
        f"{f['next_cpu_median'] * 1000:.1f} ms, p95 {f['next_cpu_p95'] * 1000:.1f} ms"
    )
    if "generation_missing" in f:
        print(f"memory after generating: skipped ({f['generation_missing']})")
        return
    print(f"memory after generating in the window (VmRSS): {f['gen_before']:.0f} MB before, "
          f"{f['gen_after']:.0f} MB after (worker process; peak VmHWM {f['gen_peak']:.0f} MB); "
          f"the generator inside the app's process keeps {f['gen_inline']:.0f} MB "
          f"(target: back to about {f['gen_before']:.0f} MB)")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--article", default=str(ARTICLE), help="the article to generate from")
    parser.add_argument("--json", metavar="FILE", help="write the figures here instead")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        figures = measure(args.size, Path(scratch), args.runs, Path(args.article))
    if args.json:
        Path(args.json).write_text(json.dumps(figures), encoding="utf-8")
    else:
        report(figures)


if __name__ == "__main__":
    main()
