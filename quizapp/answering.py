"""Recording answers, previewing intervals and undo: the write side of studying.

An answer is one small transaction: one select (learner, question and card
together), the card written as fsrs moves it, the review row (holding the card
as it was, for undo) and the day's totals (:mod:`quizapp.summaries`).
:mod:`quizapp.review` re-exports these functions.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from fsrs import Card
from sqlalchemy import Connection, and_, bindparam, delete, insert, select, update

from quizapp import scheduler, summaries
from quizapp.bank import Bank
from quizapp.errors import QuizappError
from quizapp.studydb import (
    CARDS,
    LEARNERS,
    QUESTIONS,
    REVIEWS,
    LearnerSettings,
    learner_settings,
    settings_of,
)

_c, _q, _l = CARDS.c, QUESTIONS.c, LEARNERS.c
_CARD_COLUMNS = (_c.state, _c.step, _c.stability, _c.difficulty, _c.due, _c.last_review)
# The learner, the question's set and the learner's card for it, in one query.
_CONTEXT = (
    select(*LEARNERS.c, _q.set_id.label("set_id"), _c.id.label("card_id"), *_CARD_COLUMNS)
    .select_from(LEARNERS)
    .join(QUESTIONS, _q.id == bindparam("question"))
    .outerjoin(CARDS, and_(_c.question_id == _q.id, _c.learner_id == _l.id))
    .where(_l.id == bindparam("learner"))
)


@dataclass(frozen=True)
class AnswerResult:
    """What recording an answer did: the review row and the card's next due time."""

    review_id: int
    due: datetime
    interval: timedelta


def _card_of(row: Any, question_id: int) -> Card | None:
    if row.card_id is None:
        return None
    return scheduler.card_from_row(
        question_id, state=row.state, step=row.step, stability=row.stability,
        difficulty=row.difficulty, due=row.due, last_review=row.last_review,
    )  # fmt: skip


def _context(conn: Connection, learner_id: int, question_id: int) -> Any:
    row = conn.execute(_CONTEXT, {"learner": learner_id, "question": question_id}).first()
    if row is None:
        learner_settings(conn, learner_id)  # names a missing learner
        raise QuizappError(f"there is no question with id {question_id}")
    return row


def current_card(bank: Bank, learner_id: int, question_id: int) -> Card | None:
    """The learner's fsrs card for a question (None when never answered)."""
    with bank.engine.connect() as conn:
        return _card_of(_context(conn, learner_id, question_id), question_id)


def response_text(response: object) -> str:
    """A response as the review log stores it (text, or JSON for lists and dicts)."""
    return response if isinstance(response, str) else json.dumps(response, ensure_ascii=False)


def write_answer(
    conn: Connection,
    learner_id: int,
    question_id: int,
    *,
    rating: int,
    response: object,
    correct: bool,
    duration_ms: int,
    now: datetime,
    attempt_id: int | None = None,
) -> AnswerResult:
    """Log an answer and, for a rating of 1-4, move the card as fsrs says (rating 0: log only)."""
    if rating not in (0, 1, 2, 3, 4):
        raise QuizappError(f"a rating is 1 (again) to 4 (easy), not {rating}")
    now = scheduler.utc(now)
    ms = max(0, int(duration_ms))
    row = _context(conn, learner_id, question_id)
    ls = settings_of(row)
    before = _card_of(row, question_id)
    after = before
    if rating:
        current = before or scheduler.new_card(question_id, now)
        after = scheduler.review(ls.scheduler(), current, rating, now, ms)
        _store_card(conn, learner_id, question_id, after, new=before is None, now=now,
                    correct=correct)  # fmt: skip
    key = conn.execute(
        insert(REVIEWS).values(
            learner_id=learner_id,
            question_id=question_id,
            attempt_id=attempt_id,
            response=response_text(response),
            correct=correct,
            duration_ms=ms,
            rating=rating,
            reviewed_at=now,
            card_before=scheduler.snapshot(before),
        )
    ).inserted_primary_key
    assert key is not None
    summaries.add(conn, learner_id=learner_id, set_id=row.set_id, day=_day(ls, now), ms=ms,
                  rating=rating, before=before, now=now)  # fmt: skip
    due = after.due if after is not None else now
    return AnswerResult(int(key[0]), due, due - now)


def _day(ls: LearnerSettings, when: datetime) -> str:
    return scheduler.learner_day(when, ls.timezone, ls.day_start_hour).isoformat()


def _store_card(
    conn: Connection,
    learner_id: int,
    question_id: int,
    card: Card,
    *,
    new: bool,
    now: datetime,
    correct: bool,
) -> None:
    values = scheduler.card_columns(card)
    if new:
        conn.execute(
            insert(CARDS).values(
                learner_id=learner_id,
                question_id=question_id,
                introduced_at=now,
                answers=1,
                correct=int(correct),
                **values,
            )
        )
        return
    conn.execute(
        update(CARDS)
        .where(_c.learner_id == learner_id, _c.question_id == question_id)
        .values(answers=_c.answers + 1, correct=_c.correct + int(correct), **values)
    )


def record_answer(
    bank: Bank,
    learner_id: int,
    question_id: int,
    *,
    rating: int,
    response: object,
    correct: bool,
    duration_ms: int,
    now: datetime,
    attempt_id: int | None = None,
) -> AnswerResult:
    """Schedule the card by ``rating`` (1-4) and log the answer, in one committed transaction."""
    with bank.engine.begin() as conn:
        return write_answer(
            conn, learner_id, question_id, rating=rating, response=response, correct=correct,
            duration_ms=duration_ms, now=now, attempt_id=attempt_id,
        )  # fmt: skip


def preview_intervals(
    bank: Bank, learner_id: int, question_id: int, *, now: datetime
) -> dict[int, timedelta]:
    """Rating (1-4) -> how long until the card comes back, for the grade buttons."""
    with bank.engine.connect() as conn:
        row = _context(conn, learner_id, question_id)
    card = _card_of(row, question_id) or scheduler.new_card(question_id, now)
    return scheduler.preview(settings_of(row).scheduler(fuzz=False), card, now)


def undo_last(bank: Bank, learner_id: int) -> int | None:
    """Take back the learner's last answer: the card as it was, the review row gone.

    Returns the question id, or None when there is nothing to undo.
    """
    r = REVIEWS.c
    with bank.engine.begin() as conn:
        last = conn.execute(
            select(
                r.id,
                r.question_id,
                r.rating,
                r.correct,
                r.card_before,
                r.duration_ms,
                r.reviewed_at,
            )
            .where(r.learner_id == learner_id)
            .order_by(r.id.desc())
            .limit(1)
        ).first()
        if last is None:
            return None
        row = _context(conn, learner_id, last.question_id)
        before = scheduler.restore(last.card_before or {"new": True})
        if last.rating:
            _put_back(conn, learner_id, last.question_id, before, correct=last.correct)
        conn.execute(delete(REVIEWS).where(r.id == last.id))
        ls = settings_of(row)
        summaries.add(
            conn, learner_id=learner_id, set_id=row.set_id, day=_day(ls, last.reviewed_at),
            ms=last.duration_ms, rating=last.rating, before=before, now=last.reviewed_at, sign=-1,
        )  # fmt: skip
        return int(last.question_id)


def _put_back(
    conn: Connection, learner_id: int, question_id: int, card: Card | None, *, correct: bool
) -> None:
    where = and_(_c.learner_id == learner_id, _c.question_id == question_id)
    if card is None:
        conn.execute(delete(CARDS).where(where))
    else:
        values = scheduler.card_columns(card)
        conn.execute(
            update(CARDS)
            .where(where)
            .values(answers=_c.answers - 1, correct=_c.correct - int(correct), **values)
        )
