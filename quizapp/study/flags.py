"""A learner's own marks on questions: suspend, bury until tomorrow, star; and resetting progress.

Marks live in the ``cardflag`` table, apart from the schedule: suspending or
burying never moves a card's due time, so unsuspending gives back the card as
it was. The study queue skips held cards (:func:`without_held`, :func:`not_suspended`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar, cast

from sqlalchemy import Connection, Table, and_, delete, exists, func, or_, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from quizapp.store.bank import Bank
from quizapp.store.models import CardFlag
from quizapp.study import scheduler
from quizapp.study.studydb import CARDS, QUESTIONS, learner_settings

FLAGS = cast(Table, CardFlag.__table__)  # type: ignore[attr-defined]
CHUNK = 900  # SQLite's bound-parameter limit
T = TypeVar("T")


@dataclass(frozen=True)
class MarkCounts:
    """How many of a learner's questions (in a set, or in all) carry each mark."""

    suspended: int
    buried: int
    starred: int


@dataclass(frozen=True)
class Marks:
    """The marks of one question for one learner."""

    suspended: bool = False
    buried: bool = False
    starred: bool = False


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    unique = list(dict.fromkeys(ids))
    for start in range(0, len(unique), CHUNK):
        yield unique[start : start + CHUNK]


def _upsert(conn: Connection, learner_id: int, ids: Sequence[int], values: dict[str, Any]) -> None:
    """Set ``values`` on the learner's rows of ``ids``, creating the missing rows."""
    for chunk in _chunks(ids):
        rows = [
            {"learner_id": learner_id, "question_id": qid, "suspended": False, "starred": False}
            | values
            for qid in chunk
        ]
        # both dialects spell an upsert the same way, each with its own construct
        insert = postgresql_insert if conn.dialect.name == "postgresql" else sqlite_insert
        stmt = insert(FLAGS).values(rows)
        conn.execute(
            stmt.on_conflict_do_update(index_elements=["learner_id", "question_id"], set_=values)
        )


def set_suspended(bank: Bank, learner_id: int, question_ids: Sequence[int], on: bool) -> None:
    """Suspend (``on``) or unsuspend the learner's cards of ``question_ids``."""
    with bank.engine.begin() as conn:
        _upsert(conn, learner_id, question_ids, {"suspended": on})


def set_starred(bank: Bank, learner_id: int, question_ids: Sequence[int], on: bool) -> None:
    """Star (``on``) or unstar ``question_ids`` for the learner."""
    with bank.engine.begin() as conn:
        _upsert(conn, learner_id, question_ids, {"starred": on})


def bury(bank: Bank, learner_id: int, question_ids: Sequence[int], *, now: datetime) -> datetime:
    """Hold ``question_ids`` back until the learner's next day starts; returns that time."""
    with bank.engine.begin() as conn:
        _start, end = learner_settings(conn, learner_id).today(scheduler.utc(now))
        _upsert(conn, learner_id, question_ids, {"buried_until": end})
    return end


def unbury(bank: Bank, learner_id: int, question_ids: Sequence[int]) -> None:
    """Give buried cards back today."""
    with bank.engine.begin() as conn:
        _upsert(conn, learner_id, question_ids, {"buried_until": None})


def toggle_starred(bank: Bank, learner_id: int, question_id: int) -> bool:
    """Star the question, or unstar it when starred; returns whether it is now starred."""
    f = FLAGS.c
    with bank.engine.begin() as conn:
        starred = conn.execute(
            select(f.starred).where(f.learner_id == learner_id, f.question_id == question_id)
        ).scalar()
        _upsert(conn, learner_id, [question_id], {"starred": not starred})
    return not starred


def marks_of(bank: Bank, learner_id: int, question_id: int, *, now: datetime) -> Marks:
    """The learner's marks on one question (buried: held back at ``now``)."""
    f = FLAGS.c
    with bank.engine.connect() as conn:
        row = conn.execute(
            select(f.suspended, f.buried_until, f.starred).where(
                f.learner_id == learner_id, f.question_id == question_id
            )
        ).first()
    if row is None:
        return Marks()
    buried = row.buried_until is not None and row.buried_until > scheduler.utc(now)
    return Marks(bool(row.suspended), buried, bool(row.starred))


def reset_progress(bank: Bank, learner_id: int, question_ids: Sequence[int]) -> int:
    """Forget the learner's schedule of ``question_ids``: they are new again.

    Their answers stay in the review log (history and statistics). Returns how many
    cards were reset.
    """
    removed = 0
    with bank.engine.begin() as conn:
        for chunk in _chunks(question_ids):
            result = conn.execute(
                delete(CARDS).where(
                    CARDS.c.learner_id == learner_id, CARDS.c.question_id.in_(chunk)
                )
            )
            removed += result.rowcount
    return removed


def mark_counts(
    conn: Connection, learner_id: int, *, set_id: int | None, now: datetime
) -> MarkCounts:
    """Suspended, buried (at ``now``) and starred questions of the learner, for the statistics."""
    f = FLAGS.c
    buried = and_(f.buried_until.is_not(None), f.buried_until > scheduler.utc(now))
    query = select(
        func.count().filter(f.suspended),
        func.count().filter(buried),
        func.count().filter(f.starred),
    ).where(f.learner_id == learner_id)
    if set_id is not None:
        query = query.join(QUESTIONS, QUESTIONS.c.id == f.question_id).where(
            QUESTIONS.c.set_id == set_id
        )
    suspended, buried_count, starred = conn.execute(query).one()
    return MarkCounts(int(suspended), int(buried_count), int(starred))


# --- for the queue ---------------------------------------------------------------------


def held(learner_id: int, question_id: Any, now: datetime) -> Any:
    """SQL: the learner's card of ``question_id`` (a column) is suspended or buried at ``now``."""
    f = FLAGS.c
    return exists().where(
        f.learner_id == learner_id,
        f.question_id == question_id,
        or_(f.suspended, and_(f.buried_until.is_not(None), f.buried_until > now)),
    )


def not_suspended(learner_id: int, question_id: Any) -> Any:
    """SQL: the learner has not suspended ``question_id`` (a column)."""
    f = FLAGS.c
    return ~exists().where(f.learner_id == learner_id, f.question_id == question_id, f.suspended)


def held_ids(conn: Connection, learner_id: int, now: datetime) -> set[int]:
    """The learner's suspended or buried questions at ``now``."""
    f = FLAGS.c
    query = select(f.question_id).where(
        f.learner_id == learner_id,
        or_(f.suspended, and_(f.buried_until.is_not(None), f.buried_until > scheduler.utc(now))),
    )
    return set(conn.execute(query).scalars())


def without_held(
    conn: Connection, learner_id: int, wanted: list[tuple[int, T]], now: datetime
) -> list[tuple[int, T]]:
    """``wanted`` (question id, anything) pairs less the learner's held questions."""
    skip = held_ids(conn, learner_id, now)
    return [pair for pair in wanted if pair[0] not in skip] if skip else wanted
