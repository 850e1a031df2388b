"""How fast the Browser lists and searches a big bank, on this machine.

Run by hand: ``.venv/bin/python benchmarks/bench_browser.py [QUESTIONS]``.
Builds a throw-away bank of QUESTIONS questions (20,000 by default) in 20 sets,
a learner with a card for a third of them and a few thousand answers, then
prints the time of :func:`quizapp.study.browse.browse` (best of a few runs) for a
few searches, and the time to fill and sort the Qt table model.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quizapp.store.bank import Bank

RUNS = 3
SEARCHES = ["", "kind:cloze", "tag:dates", "is:new", "due:today", "capital of", '"year 12"']


def build(db: Path, total: int) -> tuple[Bank, int]:
    from quizapp.content import sets
    from quizapp.questiondata import QuestionData, SetData
    from quizapp.startup import open_app_bank
    from quizapp.study import learners, review_queue

    bank = open_app_bank(db)
    per_set = total // 20
    for s in range(20):
        questions = [
            QuestionData(uid=f"q{i}", kind=("short_answer", "cloze")[i % 2],
                         prompt=f"What is the capital of place {s}-{i}, year {i % 50}? ___",
                         answer=f"City {i}", tags=["dates" if i % 3 else "places"])
            for i in range(per_set)
        ]  # fmt: skip
        sets.add_set(bank, SetData(f"Set {s:02d}", questions=questions))
    ada = learners.create_learner(bank, "Ada", timezone="UTC", new_per_day=9999).id
    start = datetime.now(UTC) - timedelta(days=30)
    for item in review_queue.study_queue(bank, ada, now=start, limit=total // 3):
        review_queue.record_answer(
            bank,
            ada,
            item.question_id,
            review_queue.Answer(rating=3, response="x", correct=True, duration_ms=2000, time=start),
        )
    return bank, ada


def best(run: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        begin = time.perf_counter()
        run()
        times.append(time.perf_counter() - begin)
    return min(times)


def main(total: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from quizapp.study import browse

    db = Path(tempfile.mkdtemp()) / "bench.sqlite3"
    begin = time.perf_counter()
    bank, ada = build(db, total)
    print(f"built {total} questions in {time.perf_counter() - begin:.1f} s")
    now = datetime.now(UTC)
    for query in SEARCHES:
        found = len(browse.browse(bank, ada, now=now, query=query))
        took = best(lambda: browse.browse(bank, ada, now=now, query=query))  # noqa: B023
        print(f"browse {query or '(all)':<14} {found:6d} rows  {took * 1000:7.0f} ms")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from quizapp.ui.models.browse_model import BrowseModel

    QApplication([])
    rows = browse.browse(bank, ada, now=now)
    model = BrowseModel(now)
    print(f"model fill        {best(lambda: model.set_rows(rows, now)) * 1000:7.0f} ms")
    by_due = best(lambda: model.sort(5, Qt.SortOrder.DescendingOrder))
    print(f"model sort by due {by_due * 1000:7.0f} ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20_000)
