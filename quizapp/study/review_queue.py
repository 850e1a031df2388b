"""The review queue per learner, with the answering functions the review screen needs.

The queue (per set or over all sets) is built from indexes: cards whose review
is due in the learner's current day (learning and relearning cards once their
step is due) come first: learning steps by due time, then reviews with the
lowest retrievability (the most overdue for their stability) first. Then come
new questions, in set order (their kinds interleaved), up to the learner's
daily new-card limit counted in their own day (plus any extra new cards
:func:`study_more_new` added for that day only). When nothing else is left,
learning cards due within
:data:`~quizapp.study.scheduler.LEARN_AHEAD` are shown early, as Anki does.
Questions on the same fact (a ``fact_key`` or an answer in common) stand
apart, and a new one waits for another day after its sibling was answered
(:mod:`quizapp.study.siblings`).

Answers (:func:`record_answer`, :func:`preview_intervals`, :func:`undo_last`)
live in :mod:`quizapp.study.answering` and are re-exported here.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Connection, Row, and_, case, delete, func, insert, select, text

from quizapp.content.sets import QUESTION_FIELDS
from quizapp.errors import QuizappError
from quizapp.images import QuestionImage
from quizapp.questiondata import QuestionData
from quizapp.store import image_store, sqltime
from quizapp.store.bank import Bank
from quizapp.study import flags, quickview, scheduler, siblings
from quizapp.study.answering import (
    Answer,
    AnswerResult,
    current_card,
    preview_intervals,
    record_answer,
    response_text,
    undo_last,
    write_answer,
)
from quizapp.study.studydb import (
    ARTICLES,
    CARDS,
    META,
    QUESTIONS,
    REVIEW_STATE,
    SETS,
    LearnerSettings,
    due_now,
    due_today,
    learner_settings,
)

__all__ = [
    "Answer",
    "AnswerResult",
    "QueueCounts",
    "StudyItem",
    "counts_after",
    "counts_by_set",
    "current_card",
    "interleave_kinds",
    "load_items",
    "new_allowed",
    "preview_intervals",
    "queue_counts",
    "record_answer",
    "response_text",
    "spread_siblings",
    "study_more_new",
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
    has_article: bool = False  # its whole article is stored (the screen offers to open it)


QueueCounts = quickview.Counts  # due today, due now, unseen, new allowed (and new, total)


T = TypeVar("T")
# New cards are chosen from the next few unseen questions of a set with their kinds
# interleaved: the next limit x INTERLEAVE_WINDOW questions, at least INTERLEAVE_MIN.
INTERLEAVE_WINDOW = 5
INTERLEAVE_MIN = 200


# --- the queue ---------------------------------------------------------------------


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
    query = select(c.question_id, c.due).where(due_now(ls.id, now, end))
    query = _in_set(query, set_id).order_by(c.state == REVIEW_STATE, order).limit(limit)
    return list(conn.execute(query).all())


def new_allowed(conn: Connection, ls: LearnerSettings, now: datetime) -> int:
    """What is left of the learner's new cards today: their limit, plus extra, less started."""
    return quickview.new_allowed(_runner(conn), ls.learner_day(now), now)


def _runner(conn: Connection) -> quickview.Run:
    """Runs :mod:`quizapp.study.quickview`'s plain SQL on ``conn``."""

    def run(sql: str, params: Mapping[str, Any]) -> Sequence[Sequence[Any]]:
        return conn.execute(text(sql), dict(params)).all()

    return run


def study_more_new(bank: Bank, learner_id: int, count: int, *, now: datetime) -> int:
    """Let the learner start ``count`` more new cards today only; returns today's extra.

    Kept per learner per day in the bank's ``meta`` table (older days' entries go).
    """
    if count <= 0:
        raise QuizappError(f"study at least one more new card, not {count}")
    now = scheduler.utc(now)
    with bank.engine.begin() as conn:
        ls = learner_settings(conn, learner_id)
        key = quickview.extra_new_key(ls.id, ls.learner_day(now).day)
        old = conn.execute(select(META.c.value).where(META.c.key == key)).scalar()
        extra = (int(old) if old and old.isdigit() else 0) + count
        prefix = quickview.extra_new_prefix(ls.id)
        conn.execute(delete(META).where(META.c.key.startswith(prefix, autoescape=True)))
        conn.execute(insert(META).values(key=key, value=str(extra)))
    return extra


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


def _new_ids(
    conn: Connection, ls: LearnerSettings, set_id: int | None, limit: int, now: datetime
) -> list[int]:
    if limit <= 0 or (set_id is None and _all_seen(conn, ls)):
        return []
    q = QUESTIONS.c
    query = select(q.id, q.kind).where(_unseen(ls), flags.not_suspended(ls.id, q.id))
    if set_id is not None:
        query = query.where(q.set_id == set_id)
    window = max(limit * INTERLEAVE_WINDOW, INTERLEAVE_MIN)  # kinds mix over the next ones
    query = query.order_by(q.set_id, q.position, q.id).limit(window)
    rows = list(conn.execute(query).all())
    ordered = [row.id for row in interleave_kinds(rows, lambda row: str(row.kind))]
    return siblings.new_ids(conn, ls.id, ls.today(now)[0], ordered, limit)  # siblings buried


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
        allowed = new_allowed(conn, ls, now)
        new = _new_ids(conn, ls, set_id, allowed if room is None else min(room, allowed), now)
        if not due and not new:
            due = _ahead_ids(conn, ls, now, set_id, limit)
        wanted = [(r.question_id, r.due) for r in due] + [(qid, None) for qid in new]
        wanted = flags.without_held(conn, learner_id, wanted, now)  # suspended or buried
        items = load_items(conn, wanted)
        recent = siblings.recent(conn, learner_id)
    return spread_siblings(items, recent)


def load_items(conn: Connection, wanted: Sequence[tuple[int, datetime | None]]) -> list[StudyItem]:
    """The study items of ``wanted`` (question id, due) pairs, in that order."""
    if not wanted:
        return []
    q = QUESTIONS.c
    stored = select(ARTICLES.c.id).where(and_(ARTICLES.c.id == q.article_id, ARTICLES.c.text != ""))
    columns = [q.id, q.uid, SETS.c.name.label("set_name"), stored.exists().label("has_article"),
               *(q[n] for n in QUESTION_FIELDS)]  # fmt: skip
    rows: dict[int, Row[Any]] = {}
    ids = [qid for qid, _due in wanted]
    for chunk in range(0, len(ids), 900):  # SQLite's bound-parameter limit
        query = (
            select(*columns)
            .join(SETS, SETS.c.id == q.set_id)
            .where(q.id.in_(ids[chunk : chunk + 900]))
        )
        rows.update((r.id, r) for r in conn.execute(query))
    images = image_store.load_when_used(conn, rows)  # bytes read when shown
    data = {qid: question_data(r, images.get(qid)) for qid, r in rows.items()}
    return [
        StudyItem(qid, data[qid], r.set_name, due is None, due, bool(r.has_article))
        for qid, due in wanted
        if (r := rows.get(qid)) is not None
    ]


def question_data(row: Any, image: QuestionImage | None = None) -> QuestionData:
    """The QuestionData of a Core row holding the question's columns (and its image)."""
    return dataclasses.replace(QuestionData.from_row(row), image=image)


def interleave_kinds(items: Sequence[T], kind_of: Callable[[T], str]) -> list[T]:
    """``items`` with their question kinds spread evenly, each kind keeping its own order.

    Each item goes to where it falls within its kind (the 3rd of 6 multiple-choice
    questions halfway), so a set written as 19 multiple-choice questions then a few of
    other kinds is not asked as 19 multiple-choice questions in a row. Deterministic.
    """
    kinds: dict[str, list[T]] = {}
    for item in items:
        kinds.setdefault(kind_of(item), []).append(item)
    placed = [
        ((n + 0.5) / len(group), k, n, item)
        for k, group in enumerate(kinds.values())
        for n, item in enumerate(group)
    ]
    placed.sort(key=lambda p: p[:3])
    return [item for *_key, item in placed]


def spread_siblings(items: list[StudyItem], recent: list[siblings.Tagged]) -> list[StudyItem]:
    """``items`` with questions on one fact kept apart (see :mod:`quizapp.study.siblings`)."""
    return siblings.spread(items, _tagged, recent)


def _tagged(item: StudyItem) -> siblings.Tagged:
    return item.question_id, siblings.question_keys(item.question)


# --- counts ---------------------------------------------------------------------------


def queue_counts(
    bank: Bank, learner_id: int, *, now: datetime, set_id: int | None = None
) -> QueueCounts:
    """Due and new-today counts for one set, or over all sets (see :class:`QueueCounts`)."""
    now = scheduler.utc(now)
    with bank.engine.connect() as conn:
        ls = learner_settings(conn, learner_id)
        _start, end = ls.today(now)

        def count(where: Any) -> int:  # due_today leaves out suspended and buried cards
            return int(
                conn.execute(_in_set(select(func.count()).where(where), set_id)).scalar_one()
            )

        due, now_due = count(due_today(ls.id, end, now)), count(due_now(ls.id, now, end))
        unseen_query = (
            select(func.count())
            .select_from(QUESTIONS)
            .where(_unseen(ls), ~flags.held(ls.id, QUESTIONS.c.id, now))
        )
        if set_id is not None:
            unseen_query = unseen_query.where(QUESTIONS.c.set_id == set_id)
        unseen = int(conn.execute(unseen_query).scalar_one())
        return QueueCounts(due, now_due, unseen, new_allowed(conn, ls, now))


def counts_after(counts: QueueCounts, item: StudyItem, result: AnswerResult) -> QueueCounts:
    """``counts`` once ``item`` of the queue is answered, without asking the bank again.

    A new card leaves the unseen questions and takes one of today's new cards; a due
    card leaves the due ones; either is due again when it comes back later today.
    """
    new, back = int(item.is_new), int(result.due_today)
    return QueueCounts(
        due=max(0, counts.due - (1 - new)) + back,
        due_now=max(0, counts.due_now - (1 - new)),
        unseen=max(0, counts.unseen - new),
        allowed=max(0, counts.allowed - new),
    )


def counts_by_set(bank: Bank, learner_id: int, *, now: datetime) -> dict[int, QueueCounts]:
    """Set id -> due and new-today counts, for every set that has questions (three queries).

    The SQL is :mod:`quizapp.study.quickview`'s, which also paints the home screen at start-up.
    """
    now = scheduler.utc(now)
    with bank.engine.connect() as conn:
        ls = learner_settings(conn, learner_id)
        return quickview.counts_by_set(_runner(conn), ls.learner_day(now), now)
