"""What the home screen lists: each set with the learner's due and new counts, and the
line above the table (who is learning, due today, new, sets, the streak).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from quizapp.ui.humanize import count
from quizapp.ui.screens.home import HomeScreen, SetRow

if TYPE_CHECKING:
    from quizapp.store.bank import Bank
    from quizapp.study.learners import LearnerInfo


def fill_home(
    home: HomeScreen,
    rows: list[SetRow],
    learner: str | None,
    streak: int = 0,
    new_left: int | None = None,
) -> None:
    """Show ``rows`` on ``home`` under a title and a line summing them up."""
    due = sum(r.due or 0 for r in rows)
    days = f" · {streak}-day streak" if streak else ""
    home.title.setText(f"Hello, {learner}" if learner else "Question sets")
    if learner:
        new = sum(r.new or 0 for r in rows)
        new = new if new_left is None else min(new, new_left)  # the limit counted once
        shared = " (shared by the sets)" if new_left is not None and len(rows) > 1 else ""
        subtitle = f"{learner} · {count(due, 'card')} due today · {new} new today{shared} · "
        subtitle += count(len(rows), "set")
    else:  # nobody chosen yet: there is nothing due to count
        subtitle = f"{count(len(rows), 'set')} · choose who is learning (Ctrl+L) to begin"
    home.show_sets(rows, subtitle + days, new_left)


def refresh_home(home: HomeScreen, bank: Bank, learner: LearnerInfo | None, now: datetime) -> None:
    """Reload the sets and ``learner``'s counts from ``bank`` onto ``home``."""
    from quizapp.content import sets
    from quizapp.study import review_queue

    summaries = sets.list_sets(bank)
    counts = review_queue.counts_by_set(bank, learner.id, now=now) if learner else {}
    rows = []
    for s in summaries:
        c = counts.get(s.id)
        rows.append(SetRow(s.id, s.name, s.questions, c.due if c else None, c.new if c else None))
    streak = 0
    if learner is not None:
        from quizapp.study import stats

        streak = stats.current_streak(bank, learner.id, now=now)
    new_left = next((c.allowed for c in counts.values()), None)
    fill_home(home, rows, learner.name if learner else None, streak, new_left)
    show_work(home, bank, learner, now)


def show_work(home: HomeScreen, bank: Bank, learner: LearnerInfo | None, now: datetime) -> None:
    """The learner's assigned work on ``home`` (none without a learner)."""
    from quizapp.study import assignments

    home.show_work(assignments.my_work(bank, learner.id, now=now) if learner else [])


def show_quick_home(home: HomeScreen, db: str | Path | None, learner: str, now: datetime) -> None:
    """The home from plain ``sqlite3`` (:mod:`quizapp.study.quickview`) while the bank opens."""
    from quizapp import paths
    from quizapp.store.instance import bank_file
    from quizapp.study import quickview

    path = bank_file(db) if db is not None else paths.bank_path()
    view = quickview.read_home(path, learner, now) if path else None
    home.set_busy(True)
    if view is None:
        home.show_sets([], "Opening your question bank…")
        return
    rows = [SetRow(r.set_id, r.name, r.total, r.due, r.new) for r in view.rows]
    fill_home(home, rows, view.learner_name, new_left=view.new_allowed)
