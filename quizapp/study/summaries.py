"""Totals kept with every answer so statistics never scan the whole review log.

Each answer adds, in its own transaction, to the learner's :class:`StudyDay`
row for the question's set and the learner's day (answers, time, due reviews,
recalled), and scheduled answers (rating 1-4) count on the card
(``CardState.answers`` / ``correct``). Undo takes the same amounts back.
:func:`rebuild` recomputes everything from the review log (migrations and
repairs use the same rules).

A "due review" is a scheduled answer to a card that was in review and due
within a day of the answer; it is "recalled" when rated Hard or better. A
"practice" answer is one not scheduled (rating 0): custom study outside the
schedule (:mod:`quizapp.study.custom_study`) or a retry of a quiz's missed questions
(:func:`quizapp.study.quiz.retry_missed`). It counts as an answer and as practice,
never as a due review nor on the card.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from fsrs import Card, State
from sqlalchemy import Connection, delete, insert, select, text, update

from quizapp.store.bank import Bank
from quizapp.study import scheduler
from quizapp.study.studydb import CARDS as _CARDS
from quizapp.study.studydb import DAYS, LEARNERS
from quizapp.study.studydb import QUESTIONS as _QUESTIONS
from quizapp.study.studydb import REVIEWS as _REVIEWS


def is_practice(rating: int, attempt_id: int | None = None) -> bool:
    """Whether an answer is practice: not scheduled (rating 0).

    In a quiz attempt too: the only unscheduled quiz answers are those of a retry
    of the missed questions, which is practice. (``attempt_id`` does not change
    the answer; callers pass it so the reason reads where they call.)
    """
    del attempt_id  # every unscheduled answer is practice, in an attempt or not
    return not rating


def due_review(before: Card | None, now: datetime) -> bool:
    """Whether an answer at ``now`` to the card ``before`` is a due review."""
    return before is not None and was_due(int(before.state), before.due, now)


def was_due(state: int | None, due: datetime | None, now: datetime) -> bool:
    """Whether a card in ``state``, due at ``due``, was a due review when answered at ``now``."""
    return state == State.Review and due is not None and due < now + timedelta(days=1)


# Prebuilt statements: an answer is the hot path (see benchmarks/bench_scheduler.py).
_ADD = text(
    "UPDATE studyday SET answers = answers + :answers, ms = ms + :ms,"
    " due_reviews = due_reviews + :due_reviews, recalled = recalled + :recalled,"
    " practice = practice + :practice"
    " WHERE learner_id = :learner_id AND set_id = :set_id AND day = :day"
)
_NEW_DAY = text(
    "INSERT INTO studyday (learner_id, set_id, day, answers, ms, due_reviews, recalled, practice)"
    " VALUES (:learner_id, :set_id, :day, :answers, :ms, :due_reviews, :recalled, :practice)"
)
_EMPTY_DAY = text(
    "DELETE FROM studyday WHERE learner_id = :learner_id AND set_id = :set_id AND day = :day"
    " AND answers <= 0"
)


def add(
    conn: Connection,
    *,
    learner_id: int,
    set_id: int,
    day: str,
    ms: int,
    rating: int,
    before: Card | None,
    now: datetime,
    sign: int = 1,
    practice: bool = False,
) -> None:
    """Add one answer to the learner's day (``sign=-1`` takes it back).

    ``practice``: the answer is practice (see :func:`is_practice`).
    """
    due = due_review(before, now) if rating else False
    values = {
        "learner_id": learner_id,
        "set_id": set_id,
        "day": day,
        "answers": sign,
        "ms": sign * ms,
        "due_reviews": sign * int(due),
        "recalled": sign * int(due and rating > 1),
        "practice": sign * int(practice),
    }
    changed = conn.execute(_ADD, values).rowcount
    if not changed and sign > 0:
        conn.execute(_NEW_DAY, values)
    elif sign < 0:
        conn.execute(_EMPTY_DAY, values)


def rebuild(conn: Connection, learner_id: int, *, timezone: str, day_start_hour: int) -> None:
    """Recompute a learner's day totals and card counters from the review log."""
    r, c = _REVIEWS.c, _CARDS.c
    conn.execute(delete(DAYS).where(DAYS.c.learner_id == learner_id))
    totals: dict[tuple[int, str], list[int]] = {}
    counters: dict[int, list[int]] = {}
    rows = conn.execute(
        select(
            _QUESTIONS.c.set_id,
            r.question_id,
            r.reviewed_at,
            r.duration_ms,
            r.rating,
            r.correct,
            r.prev_state,
            r.prev_due,
            r.attempt_id,
        )
        .join(_QUESTIONS, _QUESTIONS.c.id == r.question_id)
        .where(r.learner_id == learner_id)
    )
    for set_id, question_id, at, ms, rating, correct, state, due_at, attempt_id in rows:
        day = scheduler.learner_day(at, timezone, day_start_hour).isoformat()
        entry = totals.setdefault((set_id, day), [0, 0, 0, 0, 0])
        due = bool(rating) and was_due(state, due_at, at)
        entry[0] += 1
        entry[1] += ms
        entry[2] += due
        entry[3] += due and rating > 1
        entry[4] += is_practice(rating, attempt_id)
        if rating:
            counts = counters.setdefault(question_id, [0, 0])
            counts[0] += 1
            counts[1] += bool(correct)
    if totals:
        conn.execute(
            insert(DAYS),
            [
                {
                    "learner_id": learner_id,
                    "set_id": s,
                    "day": d,
                    "answers": a,
                    "ms": m,
                    "due_reviews": due,
                    "recalled": ok,
                    "practice": practice,
                }
                for (s, d), (a, m, due, ok, practice) in totals.items()
            ],
        )
    conn.execute(update(_CARDS).where(c.learner_id == learner_id).values(answers=0, correct=0))
    for question_id, (answers, correct) in counters.items():
        conn.execute(
            update(_CARDS)
            .where(c.learner_id == learner_id, c.question_id == question_id)
            .values(answers=answers, correct=correct)
        )


def rebuild_bank(bank: Bank) -> None:
    """Rebuild the totals of every learner (after repairs or hand-made history)."""
    with bank.engine.begin() as conn:
        for row in conn.execute(
            select(LEARNERS.c.id, LEARNERS.c.timezone, LEARNERS.c.day_start_hour)
        ).all():
            rebuild(conn, row.id, timezone=row.timezone, day_start_hour=row.day_start_hour)
