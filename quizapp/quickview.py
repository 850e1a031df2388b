"""The home screen's numbers, read with the standard ``sqlite3`` module for a fast start.

Importing SQLAlchemy and SQLModel takes longer than showing the whole window,
so the app paints its home screen from these few read-only queries first and
opens the bank through the full services in the background. The queries are
plain SQL with named parameters, which both ``sqlite3`` and SQLAlchemy's
``text()`` run, so the service (:func:`quizapp.review.counts_by_set`) and this
fast path share them. Datetimes are bound as the bank stores them (UTC text).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from quizapp.migrations import HEAD

REVIEW_STATE = 2  # fsrs.State.Review
BUNDLED_KEY = "bundled_sets_loaded"

SETS_SQL = """
SELECT s.id, s.name, count(q.id)
FROM questionset s LEFT JOIN question q ON q.set_id = s.id
GROUP BY s.id ORDER BY lower(s.name)
"""
COUNTS_SQL = """
SELECT q.set_id, count(q.id), count(c.id),
       coalesce(sum(CASE WHEN c.due < :day_end AND (c.state = :review OR c.due <= :now)
                    THEN 1 ELSE 0 END), 0)
FROM question q LEFT JOIN cardstate c ON c.question_id = q.id AND c.learner_id = :learner
GROUP BY q.set_id
"""
INTRODUCED_SQL = """
SELECT count(*) FROM cardstate
WHERE learner_id = :learner AND introduced_at >= :day_start AND introduced_at < :day_end
"""
LEARNER_SQL = """
SELECT id, name, new_per_day, day_start_hour, timezone FROM learner
WHERE name = :name AND password_hash IS NULL
"""

Run = Callable[[str, Mapping[str, Any]], Sequence[Sequence[Any]]]


def sql_time(when: datetime) -> str:
    """``when`` as the bank stores datetimes: naive UTC text that sorts in time order."""
    if when.tzinfo is None:
        raise ValueError("datetimes must carry a time zone")
    return when.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


@dataclass(frozen=True)
class SetCounts:
    """One set as the home screen lists it."""

    set_id: int
    name: str
    total: int
    due: int | None = None
    new: int | None = None


@dataclass(frozen=True)
class Counts:
    """Due and new-today counts of one set for one learner."""

    due: int
    new: int

    @property
    def total(self) -> int:
        return self.due + self.new


def counts_by_set(
    run: Run, learner_id: int, new_per_day: int, day: tuple[datetime, datetime], now: datetime
) -> dict[int, Counts]:
    """Set id -> due and new counts (new limited by what is left of today's new cards)."""
    day_start, day_end = (sql_time(t) for t in day)
    params = {"learner": learner_id, "now": sql_time(now), "day_start": day_start,
              "day_end": day_end, "review": REVIEW_STATE}  # fmt: skip
    introduced = int(run(INTRODUCED_SQL, params)[0][0])
    allowed = max(0, new_per_day - introduced)
    return {
        int(set_id): Counts(int(due), min(int(total) - int(seen), allowed))
        for set_id, total, seen, due in run(COUNTS_SQL, params)
    }


@dataclass(frozen=True)
class HomeView:
    """What the home screen shows before the bank is fully open."""

    learner_id: int | None
    learner_name: str | None
    rows: list[SetCounts]


def read_home(path: Path, learner_name: str, now: datetime) -> HomeView | None:
    """The home screen's rows read-only from the bank file at ``path``.

    None when the fast path does not apply: no bank yet, a schema that needs a
    migration, or bundled sets not yet loaded (the full open does those first).
    """
    if not path.is_file():
        return None
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=2)
    except sqlite3.Error:
        return None
    try:
        return _read(db, learner_name, now)
    except sqlite3.Error:
        return None
    finally:
        db.close()


def _read(db: sqlite3.Connection, learner_name: str, now: datetime) -> HomeView | None:
    def run(sql: str, params: Mapping[str, Any]) -> list[Any]:
        return db.execute(sql, params).fetchall()

    if run("SELECT version_num FROM alembic_version", {}) != [(HEAD,)]:
        return None
    if not run("SELECT 1 FROM meta WHERE key = :key", {"key": BUNDLED_KEY}):
        return None
    found = run(LEARNER_SQL, {"name": learner_name}) if learner_name else []
    counts: dict[int, Counts] = {}
    learner_id = None
    if found:
        from quizapp.scheduler import day_bounds

        learner_id, _name, new_per_day, start_hour, zone = found[0]
        counts = counts_by_set(run, learner_id, new_per_day, day_bounds(now, zone, start_hour), now)
    rows = []
    for set_id, name_of_set, total in run(SETS_SQL, {}):
        c = counts.get(set_id)
        rows.append(
            SetCounts(set_id, name_of_set, total, c.due if c else None, c.new if c else None)
        )
    return HomeView(learner_id, found[0][1] if found else None, rows)
