"""The review queue per learner, with the answering functions the review screen needs.

The queue (per set or over all sets) is built from indexes: cards whose review
is due in the learner's current day (learning and relearning cards once their
step is due) come first: learning steps by due time, then reviews with the
lowest retrievability (the most overdue for their stability) first. Then come
new questions, in set order, up to the learner's daily new-card limit counted
in their own day. When nothing else is left, learning cards due within
:data:`~quizapp.scheduler.LEARN_AHEAD` are shown early, as Anki does.
Questions sharing a ``fact_key`` are not shown back to back.

Answers (:func:`record_answer`, :func:`preview_intervals`, :func:`undo_last`)
live in :mod:`quizapp.answering` and are re-exported here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, and_, case, func, or_, select, text

from quizapp import quickview, scheduler, sqltime
from quizapp.answering import (
    AnswerResult,
    current_card,
    preview_intervals,
    record_answer,
    response_text,
    undo_last,
    write_answer,
)
from quizapp.bank import Bank
from quizapp.questiondata import QuestionData
from quizapp.sets import QUESTION_FIELDS
from quizapp.studydb import (
    CARDS,
    QUESTIONS,
    REVIEW_STATE,
    REVIEWS,
    SETS,
    LearnerSettings,
    learner_settings,
)

__all__ = [
    "AnswerResult",
    "QueueCounts",
    "StudyItem",
    "counts_by_set",
    "current_card",
    "load_items",
    "preview_intervals",
    "queue_counts",
    "record_answer",
    "response_text",
    "spread_siblings",
    "study_queue",
    "undo_last",
    "write_answer",
]


@dataclass(frozen=True)
class StudyItem:
    """One question to ask, with what the screen needs to show it."""

    question_id: int
    question: QuestionData
    set_name: str
    is_new: bool
    due: datetime | None


@dataclass(frozen=True)
class QueueCounts:
    """How many cards are due now and how many new ones may be started today."""

    due: int
    new: int
    total: int  # due + new


# --- the queue ---------------------------------------------------------------------


def _due_filter(learner_id: int, now: datetime, day_end: datetime) -> Any:
    c = CARDS.c
    return and_(
        c.learner_id == learner_id,
        c.due < day_end,
        or_(c.state == REVIEW_STATE, c.due <= now),
    )


def _in_set(query: Any, set_id: int | None) -> Any:
    if set_id is None:
        return query
    return query.join(QUESTIONS, QUESTIONS.c.id == CARDS.c.question_id).where(
        QUESTIONS.c.set_id == set_id
    )


def _due_ids(
    conn: Connection, ls: LearnerSettings, now: datetime, set_id: int | None, limit: int | None
) -> list[Row[Any]]:
    c = CARDS.c
    _start, end = ls.today(now)
    elapsed = sqltime.at(now) - sqltime.day_number(c.last_review)
    # Lowest retrievability first: fsrs's R falls as elapsed time / stability grows.
    order = case(
        (c.state == REVIEW_STATE, -elapsed / sqltime.greatest(c.stability, 0.001)),
        else_=sqltime.day_number(c.due),
    )
    query = select(c.question_id, c.due).where(_due_filter(ls.id, now, end))
    query = _in_set(query, set_id).order_by(c.state == REVIEW_STATE, order).limit(limit)
    return list(conn.execute(query).all())


def introduced_today(conn: Connection, ls: LearnerSettings, now: datetime) -> int:
    """How many new cards the learner has started in their current day."""
    start, end = ls.today(now)
    c = CARDS.c
    query = select(func.count()).where(
        c.learner_id == ls.id, c.introduced_at >= start, c.introduced_at < end
    )
    return int(conn.execute(query).scalar_one())


def _unseen(ls: LearnerSettings) -> Any:
    """Questions the learner has never answered."""
    seen = select(CARDS.c.id).where(
        CARDS.c.learner_id == ls.id, CARDS.c.question_id == QUESTIONS.c.id
    )
    return ~seen.exists()


def _all_seen(conn: Connection, ls: LearnerSettings) -> bool:
    """Whether the learner has a card for every question (two index-only counts)."""
    questions = conn.execute(select(func.count()).select_from(QUESTIONS)).scalar_one()
    cards = conn.execute(
        select(func.count()).select_from(CARDS).where(CARDS.c.learner_id == ls.id)
    ).scalar_one()
    return bool(cards >= questions)


def _new_ids(conn: Connection, ls: LearnerSettings, set_id: int | None, limit: int) -> list[int]:
    if limit <= 0 or (set_id is None and _all_seen(conn, ls)):
        return []
    q = QUESTIONS.c
    query = select(q.id).where(_unseen(ls))
    if set_id is not None:
        query = query.where(q.set_id == set_id)
    query = query.order_by(q.set_id, q.position, q.id).limit(limit)
    return list(conn.execute(query).scalars())


def _ahead_ids(
    conn: Connection, ls: LearnerSettings, now: datetime, set_id: int | None, limit: int | None
) -> list[Row[Any]]:
    c = CARDS.c
    query = select(c.question_id, c.due).where(
        c.learner_id == ls.id, c.state != REVIEW_STATE, c.due <= now + scheduler.LEARN_AHEAD
    )
    query = _in_set(query, set_id).order_by(c.due).limit(limit)
    return list(conn.execute(query).all())


def study_queue(
    bank: Bank,
    learner_id: int,
    *,
    now: datetime,
    set_id: int | None = None,
    limit: int | None = None,
) -> list[StudyItem]:
    """What the learner should answer next, in order (see the module docstring)."""
    now = scheduler.utc(now)
    with bank.engine.connect() as conn:
        ls = learner_settings(conn, learner_id)
        due = _due_ids(conn, ls, now, set_id, limit)
        room = None if limit is None else limit - len(due)
        new_allowed = max(0, ls.new_per_day - introduced_today(conn, ls, now))
        new = _new_ids(conn, ls, set_id, new_allowed if room is None else min(room, new_allowed))
        if not due and not new:
            due = _ahead_ids(conn, ls, now, set_id, limit)
        wanted = [(r.question_id, r.due) for r in due] + [(qid, None) for qid in new]
        items = load_items(conn, wanted)
        last = _last_fact_key(conn, learner_id)
    return spread_siblings(items, last)


def load_items(conn: Connection, wanted: Sequence[tuple[int, datetime | None]]) -> list[StudyItem]:
    """The study items of ``wanted`` (question id, due) pairs, in that order."""
    if not wanted:
        return []
    q = QUESTIONS.c
    columns = [q.id, q.uid, SETS.c.name.label("set_name"), *(q[n] for n in QUESTION_FIELDS)]
    rows: dict[int, Row[Any]] = {}
    ids = [qid for qid, _due in wanted]
    for chunk in range(0, len(ids), 900):  # SQLite's bound-parameter limit
        query = (
            select(*columns)
            .join(SETS, SETS.c.id == q.set_id)
            .where(q.id.in_(ids[chunk : chunk + 900]))
        )
        rows.update((r.id, r) for r in conn.execute(query))
    return [
        StudyItem(qid, question_data(rows[qid]), rows[qid].set_name, due is None, due)
        for qid, due in wanted
        if qid in rows
    ]


def question_data(row: Any) -> QuestionData:
    """The QuestionData of a Core row holding the question's columns."""
    values = {name: getattr(row, name) for name in QUESTION_FIELDS}
    values["accepted"] = list(values["accepted"] or [])
    values["tags"] = list(values["tags"] or [])
    return QuestionData(uid=row.uid, **values)


def _last_fact_key(conn: Connection, learner_id: int) -> str | None:
    query = (
        select(QUESTIONS.c.fact_key)
        .join(REVIEWS, REVIEWS.c.question_id == QUESTIONS.c.id)
        .where(REVIEWS.c.learner_id == learner_id)
        .order_by(REVIEWS.c.id.desc())
        .limit(1)
    )
    return conn.execute(query).scalar()


def spread_siblings(items: list[StudyItem], previous: str | None = None) -> list[StudyItem]:
    """``items`` reordered as little as possible so no two neighbours share a fact_key."""
    rest = list(items)
    ordered: list[StudyItem] = []
    last = previous
    while rest:
        pick = next(
            (i for i, item in enumerate(rest) if not _siblings(item.question.fact_key, last)), 0
        )
        item = rest.pop(pick)
        ordered.append(item)
        last = item.question.fact_key
    return ordered


def _siblings(a: str | None, b: str | None) -> bool:
    return a is not None and a == b


# --- counts ---------------------------------------------------------------------------


def queue_counts(
    bank: Bank, learner_id: int, *, now: datetime, set_id: int | None = None
) -> QueueCounts:
    """Due and new-today counts for one set, or over all sets."""
    now = scheduler.utc(now)
    with bank.engine.connect() as conn:
        ls = learner_settings(conn, learner_id)
        _start, end = ls.today(now)
        due_query = _in_set(select(func.count()).where(_due_filter(ls.id, now, end)), set_id)
        due = int(conn.execute(due_query).scalar_one())
        unseen_query = select(func.count()).select_from(QUESTIONS).where(_unseen(ls))
        if set_id is not None:
            unseen_query = unseen_query.where(QUESTIONS.c.set_id == set_id)
        unseen = int(conn.execute(unseen_query).scalar_one())
        allowed = max(0, ls.new_per_day - introduced_today(conn, ls, now))
    return _counts(due, min(unseen, allowed))


def counts_by_set(bank: Bank, learner_id: int, *, now: datetime) -> dict[int, QueueCounts]:
    """Set id -> due and new-today counts, for every set that has questions (two queries).

    The SQL is :mod:`quizapp.quickview`'s, which also paints the home screen at start-up.
    """
    now = scheduler.utc(now)
    with bank.engine.connect() as conn:
        ls = learner_settings(conn, learner_id)

        def run(sql: str, params: Mapping[str, Any]) -> Sequence[Sequence[Any]]:
            return conn.execute(text(sql), dict(params)).all()

        found = quickview.counts_by_set(run, ls.id, ls.new_per_day, ls.today(now), now)
    return {set_id: _counts(c.due, c.new) for set_id, c in found.items()}


def _counts(due: int, new: int) -> QueueCounts:
    return QueueCounts(due=due, new=new, total=due + new)
