"""The home screen's numbers, read with the standard ``sqlite3`` module for a fast start.

Importing SQLAlchemy and SQLModel takes longer than showing the whole window,
so the app paints its home screen from these few read-only queries first and
opens the bank through the full services in the background. The queries are
plain SQL with named parameters, which both ``sqlite3`` and SQLAlchemy's
``text()`` run, so the service (:func:`quizapp.study.review_queue.counts_by_set`) and this
fast path share them. Datetimes are bound as the bank stores them (UTC text).

It also holds quizapp's one meaning of "due" (:data:`DUE_TODAY_SQL`) and reads
the new cards a learner added to today's limit (``meta`` keys made by
:func:`extra_new_key`), so the fast path and the services count alike.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from quizapp.store.migrations import HEAD

REVIEW_STATE = 2  # fsrs.State.Review
BUNDLED_KEY = "bundled_sets_loaded"

SETS_SQL = """
SELECT s.id, s.name, count(q.id)
FROM questionset s LEFT JOIN question q ON q.set_id = s.id
GROUP BY s.id ORDER BY lower(s.name)
"""
# "Due" has one meaning in quizapp: a card (reviews, learning and relearning steps)
# whose due time falls before the end of the learner's current day; overdue cards
# count; cards the learner holds back (suspended, or buried until later than now, in
# ``cardflag`` joined as ``f``) do not. quizapp.study.studydb.due_today is the same condition
# for SQLAlchemy, and a test checks that both count the same cards. "Due now" narrows
# it to what can be asked at once: reviews due today, and learning steps whose time has come.
HELD_SQL = "(coalesce(f.suspended, false) OR coalesce(f.buried_until > :now, false))"
DUE_TODAY_SQL = f"c.due < :day_end AND NOT {HELD_SQL}"
DUE_NOW_SQL = f"{DUE_TODAY_SQL} AND (c.state = :review OR c.due <= :now)"
COUNTS_SQL = f"""
SELECT q.set_id,
       coalesce(sum(CASE WHEN c.id IS NULL AND NOT {HELD_SQL} THEN 1 ELSE 0 END), 0),
       coalesce(sum(CASE WHEN {DUE_TODAY_SQL} THEN 1 ELSE 0 END), 0),
       coalesce(sum(CASE WHEN {DUE_NOW_SQL} THEN 1 ELSE 0 END), 0)
FROM question q LEFT JOIN cardstate c ON c.question_id = q.id AND c.learner_id = :learner
LEFT JOIN cardflag f ON f.question_id = q.id AND f.learner_id = :learner
GROUP BY q.set_id
"""
INTRODUCED_SQL = """
SELECT count(*) FROM cardstate
WHERE learner_id = :learner AND introduced_at >= :day_start AND introduced_at < :day_end
"""
EXTRA_NEW_SQL = "SELECT value FROM meta WHERE key = :extra_key"
LEARNER_SQL = """
SELECT id, name, new_per_day, day_start_hour, timezone FROM learner
WHERE name = :name AND password_hash IS NULL
"""

LIST_SETS_SQL = """
SELECT s.name, s.description, count(q.id)
FROM questionset s LEFT JOIN question q ON q.set_id = s.id
GROUP BY s.id ORDER BY lower(s.name)
"""

Run = Callable[[str, Mapping[str, Any]], Sequence[Sequence[Any]]]


def sql_time(when: datetime) -> str:
    """``when`` as the bank stores datetimes: naive UTC text that sorts in time order."""
    if when.tzinfo is None:
        raise ValueError("datetimes must carry a time zone")
    return when.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


EXTRA_NEW_KEYS = "extra_new_cards/"  # what every learner's extra-new-cards key starts with


def extra_new_prefix(learner_id: int) -> str:
    """What the ``meta`` keys of a learner's extra new cards start with."""
    return f"{EXTRA_NEW_KEYS}{learner_id}/"


def extra_new_key(learner_id: int, day: date) -> str:
    """The ``meta`` key holding the new cards a learner added to their limit for ``day``."""
    return extra_new_prefix(learner_id) + day.isoformat()


@dataclass(frozen=True)
class LearnerDay:
    """A learner's current day, as the counts need it."""

    learner_id: int
    new_per_day: int
    day: date  # the learner's day, on their clock
    start: datetime  # its bounds in UTC
    end: datetime


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
    """What one set holds for a learner today.

        ``due`` is due today (the one meaning of due, see :data:`DUE_TODAY_SQL`), of which
        ``due_now`` can be asked at once; ``unseen`` questions were never answered (held
    ones left out), and
        ``allowed`` is what is left of today's new-card limit, shared by every set.
    """

    due: int
    due_now: int
    unseen: int
    allowed: int

    @property
    def new(self) -> int:
        """New cards this set can start today (studied alone)."""
        return min(self.unseen, self.allowed)

    @property
    def held_back(self) -> int:
        """Unseen questions that today's new-card limit keeps for another day."""
        return self.unseen - self.new

    @property
    def total(self) -> int:
        return self.due + self.new


def _params(today: LearnerDay, now: datetime) -> dict[str, Any]:
    return {"learner": today.learner_id, "now": sql_time(now),
            "day_start": sql_time(today.start), "day_end": sql_time(today.end),
            "review": REVIEW_STATE,
            "extra_key": extra_new_key(today.learner_id, today.day)}  # fmt: skip


def new_allowed(run: Run, today: LearnerDay, now: datetime) -> int:
    """What is left of the learner's new cards for today (their limit plus any extra)."""
    params = _params(today, now)
    introduced = int(run(INTRODUCED_SQL, params)[0][0])
    extra = run(EXTRA_NEW_SQL, params)
    more = int(extra[0][0]) if extra and str(extra[0][0]).isdigit() else 0
    return max(0, today.new_per_day + more - introduced)


def counts_by_set(run: Run, today: LearnerDay, now: datetime) -> dict[int, Counts]:
    """Set id -> due and new counts (new limited by what is left of today's new cards)."""
    allowed = new_allowed(run, today, now)
    return {
        int(set_id): Counts(int(due), int(due_now), int(unseen), allowed)
        for set_id, unseen, due, due_now in run(COUNTS_SQL, _params(today, now))
    }


@dataclass(frozen=True)
class HomeView:
    """What the home screen shows before the bank is fully open."""

    learner_id: int | None
    learner_name: str | None
    rows: list[SetCounts]
    new_allowed: int | None = None  # what is left of today's new cards, shared by the sets


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
    allowed = None
    if found:
        learner_id, _name, new_per_day, start_hour, zone = found[0]
        today = learner_today(learner_id, new_per_day, zone, start_hour, now)
        allowed = new_allowed(run, today, now)
        counts = counts_by_set(run, today, now)
    rows = []
    for set_id, name_of_set, total in run(SETS_SQL, {}):
        c = counts.get(set_id)
        rows.append(
            SetCounts(set_id, name_of_set, total, c.due if c else None, c.new if c else None)
        )
    return HomeView(learner_id, found[0][1] if found else None, rows, allowed)


@dataclass(frozen=True)
class SetListing:
    """A set as ``quizapp sets`` lists it."""

    name: str
    description: str
    questions: int


def read_sets(path: Path) -> list[SetListing] | None:
    """Every set with its question count, by name, read-only (nothing can be written).

    None when the fast path does not apply (as :func:`read_home`); a damaged page met
    while reading raises :class:`~quizapp.store.dberrors.DamagedBankError`.
    """
    if not path.is_file():
        return None
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=2)
        try:
            if db.execute("SELECT version_num FROM alembic_version").fetchall() != [(HEAD,)]:
                return None
            if not db.execute("SELECT 1 FROM meta WHERE key = ?", (BUNDLED_KEY,)).fetchall():
                return None
            rows = db.execute(LIST_SETS_SQL).fetchall()
        finally:
            db.close()
    except sqlite3.DatabaseError as exc:
        if "malformed" in str(exc) or "not a database" in str(exc):
            from quizapp.store.filecheck import refuse_damage

            refuse_damage(path, [str(exc)])
        return None  # locked, missing tables (a half-made bank): the full path says why
    return [SetListing(name, description or "", int(n)) for name, description, n in rows]


def learner_today(
    learner_id: int, new_per_day: int, zone: str, start_hour: int, now: datetime
) -> LearnerDay:
    """The learner's current day, from their settings."""
    from quizapp.study import scheduler

    start, end = scheduler.day_bounds(now, zone, start_hour)
    day = scheduler.learner_day(now, zone, start_hour)
    return LearnerDay(learner_id, new_per_day, day, start, end)
