"""Recording answers, previewing intervals and undo: the write side of studying.

An answer is one small transaction: one select (learner, question and card
together), the card written as fsrs moves it, the review row (holding the card
as it was, for undo), the client's id of the answer when it sent one (kept a week, so a
retry is recorded once: :mod:`quizapp.study.answer_once`) and the day's totals
(:mod:`quizapp.study.summaries`).
:mod:`quizapp.study.review_queue` re-exports these functions.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from fsrs import Card
from sqlalchemy import Connection, bindparam, delete, text

from quizapp.errors import QuizappError
from quizapp.store.bank import Bank
from quizapp.study import scheduler, summaries
from quizapp.study.studydb import (
    CARDS,
    LEARNERS,
    REVIEWS,
    LearnerSettings,
    learner_settings,
    settings_of,
)

_c = CARDS.c
_TIME = CARDS.c.due.type  # the bank's UTC datetime type
# The statements of an answer, built once: an answer is the hot path (see
# benchmarks/bench_scheduler.py), and building SQLAlchemy constructs per call
# costs more than SQLite's own work.
_CONTEXT = text(
    "SELECT l.id, l.desired_retention, l.new_per_day, l.day_start_hour, l.timezone,"
    " l.fsrs_parameters, q.set_id, c.id AS card_id, c.state, c.step, c.stability,"
    " c.difficulty, c.due, c.last_review"
    " FROM learner l JOIN question q ON q.id = :question"
    " LEFT JOIN cardstate c ON c.question_id = q.id AND c.learner_id = l.id"
    " WHERE l.id = :learner"
).columns(fsrs_parameters=LEARNERS.c.fsrs_parameters.type, due=_TIME, last_review=_TIME)
_CARD_VALUES = [bindparam("due", type_=_TIME), bindparam("last_review", type_=_TIME)]
_NEW_CARD = text(
    "INSERT INTO cardstate (learner_id, question_id, state, step, stability, difficulty, due,"
    " last_review, introduced_at, answers, correct) VALUES (:learner, :question, :state, :step,"
    " :stability, :difficulty, :due, :last_review, :now, 1, :correct)"
).bindparams(*_CARD_VALUES, bindparam("now", type_=_TIME))
_MOVE_CARD = text(
    "UPDATE cardstate SET state = :state, step = :step, stability = :stability,"
    " difficulty = :difficulty, due = :due, last_review = :last_review,"
    " answers = answers + :answers, correct = correct + :correct"
    " WHERE learner_id = :learner AND question_id = :question"
).bindparams(*_CARD_VALUES)
_MICROS = REVIEWS.c.prev_due.type  # the card before an answer keeps its times as microseconds
_LOG = text(
    "INSERT INTO reviewlog (learner_id, question_id, attempt_id, response, correct, duration_ms,"
    " rating, reviewed_at, prev_state, prev_step, prev_stability, prev_difficulty, prev_due,"
    " prev_last_review) VALUES (:learner, :question, :attempt, :response, :correct,"
    " :ms, :rating, :now, :state, :step, :stability, :difficulty, :due, :last_review)"
    " RETURNING id"
).bindparams(
    bindparam("now", type_=_TIME),
    bindparam("due", type_=_MICROS),
    bindparam("last_review", type_=_MICROS),
)
# A retry after a lost acknowledgement comes within minutes: the client's id of an answer
# is kept for a week, in a table of its own (the review log keeps none), and the ids older
# than that are deleted every PRUNE_EVERY-th review row, so the table's pages are reused.
RECENT_ANSWERS = timedelta(days=7)
PRUNE_EVERY = 100
_RECENT = text(
    "INSERT INTO recentanswer (review_id, answer_id, learner_id, made_at)"
    " VALUES (:review, :answer_id, :learner, :now)"
).bindparams(bindparam("now", type_=_MICROS))
_FORGET = text("DELETE FROM recentanswer WHERE made_at < :before").bindparams(
    bindparam("before", type_=_MICROS)
)
_LAST = text(
    "SELECT id, question_id, rating, correct, duration_ms, reviewed_at, attempt_id, prev_state,"
    " prev_step, prev_stability, prev_difficulty, prev_due, prev_last_review FROM reviewlog"
    " WHERE learner_id = :learner ORDER BY id DESC LIMIT 1"
).columns(reviewed_at=_TIME, prev_due=_MICROS, prev_last_review=_MICROS)
_NOTHING_BEFORE = dict.fromkeys(("state", "step", "stability", "difficulty", "due", "last_review"))


@dataclass(frozen=True)
class Answer:
    """One answer a learner gave, as it travels from the screen to the review log."""

    rating: int  # 1 (again) to 4 (easy); 0 logs the answer without moving the card
    response: object  # what was answered (text, a list for an ordering, a dict for a matching)
    correct: bool
    duration_ms: int
    time: datetime  # when it was given


@dataclass(frozen=True)
class AnswerResult:
    """What recording an answer did: the review row and the card's next due time."""

    review_id: int
    due: datetime
    interval: timedelta
    due_today: bool = False  # the card comes back before the end of the learner's day


def _card_of(row: Any, question_id: int) -> Card | None:
    if row.card_id is None:
        return None
    return scheduler.card_from_row(
        question_id,
        state=row.state,
        step=row.step,
        stability=row.stability,
        difficulty=row.difficulty,
        due=row.due,
        last_review=row.last_review,
    )


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
    answer: Answer,
    *,
    attempt_id: int | None = None,
    answer_id: str | None = None,
) -> AnswerResult:
    """Log an answer and, for a rating of 1-4, move the card as fsrs says (rating 0: log only).

    A rating of 0 is practice (custom study that leaves the schedule alone, or a retry
    of a quiz's missed questions): the day's totals count it as such.
    """
    rating, correct = answer.rating, answer.correct
    if rating not in (0, 1, 2, 3, 4):
        raise QuizappError(f"a rating is 1 (again) to 4 (easy), not {rating}")
    now = scheduler.utc(answer.time)
    ms = max(0, int(answer.duration_ms))
    row = _context(conn, learner_id, question_id)
    ls = settings_of(row)
    before = _card_of(row, question_id)
    after = before
    if rating:
        current = before or scheduler.new_card(question_id, now)
        after = scheduler.review(ls.scheduler(), current, rating, now, ms)
        _store_card(
            conn, learner_id, question_id, after, new=before is None, now=now, correct=correct
        )
    log = {
        "learner": learner_id,
        "question": question_id,
        "attempt": attempt_id,
        "response": response_text(answer.response),
        "correct": correct,
        "ms": ms,
        "rating": rating,
        "now": now,
        **(scheduler.card_columns(before) if before is not None else _NOTHING_BEFORE),
    }
    review_id = conn.execute(_LOG, log).scalar_one()
    _remember(conn, review_id, learner_id, answer_id, now)
    summaries.add(
        conn,
        learner_id=learner_id,
        set_id=row.set_id,
        day=_day(ls, now),
        ms=ms,
        rating=rating,
        before=before,
        now=now,
        practice=summaries.is_practice(rating, attempt_id),
    )
    due = after.due if after is not None else now
    back = after is not None and after.due < ls.today(now)[1]
    return AnswerResult(int(review_id), due, due - now, back)


def _remember(
    conn: Connection, review_id: int, learner_id: int, answer_id: str | None, now: datetime
) -> None:
    """Keep the client's id of the answer (unique: a retry is refused whole), forget old ones."""
    if answer_id is not None:
        ids = {"review": review_id, "answer_id": answer_id, "learner": learner_id, "now": now}
        conn.execute(_RECENT, ids)
    if review_id % PRUNE_EVERY == 0:
        forget_old_answer_ids(conn, now)


def forget_old_answer_ids(conn: Connection, now: datetime) -> int:
    """Delete the answer ids made more than :data:`RECENT_ANSWERS` before ``now``; how many."""
    return int(conn.execute(_FORGET, {"before": now - RECENT_ANSWERS}).rowcount)


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
    values.update(learner=learner_id, question=question_id, correct=int(correct))
    if new:
        conn.execute(_NEW_CARD, {**values, "now": now})
    else:
        conn.execute(_MOVE_CARD, {**values, "answers": 1})


def record_answer(
    bank: Bank,
    learner_id: int,
    question_id: int,
    answer: Answer,
    *,
    attempt_id: int | None = None,
    answer_id: str | None = None,
) -> AnswerResult:
    """Schedule the card by the answer's rating (1-4) and log it, in one committed transaction."""
    with bank.engine.begin() as conn:
        return write_answer(
            conn, learner_id, question_id, answer, attempt_id=attempt_id, answer_id=answer_id
        )


def preview_intervals(
    bank: Bank, learner_id: int, question_id: int, *, now: datetime
) -> dict[int, timedelta]:
    """Rating (1-4) -> how long until the card comes back, for the grade buttons."""
    with bank.engine.connect() as conn:
        row = _context(conn, learner_id, question_id)
    card = _card_of(row, question_id) or scheduler.new_card(question_id, now)
    return scheduler.preview(settings_of(row).scheduler(fuzz=False), card, now)


def undo_last(bank: Bank, learner_id: int, *, attempt_id: int | None = None) -> int | None:
    """Take back the learner's last answer: the card as it was, the review row gone.

    The answer's id goes with its review row (the foreign key cascades), so the same id
    sent again afterwards is a new answer.

    With ``attempt_id``, only if that last answer belongs to that quiz attempt
    (checked in the same transaction). Returns the question id, or None when there
    is nothing to undo.
    """
    with bank.engine.begin() as conn:
        last = conn.execute(_LAST, {"learner": learner_id}).first()
        if last is None or (attempt_id is not None and last.attempt_id != attempt_id):
            return None
        row = _context(conn, learner_id, last.question_id)
        before = card_before(last)
        if last.rating:
            _put_back(conn, learner_id, last.question_id, before, correct=last.correct)
        conn.execute(delete(REVIEWS).where(REVIEWS.c.id == last.id))
        ls = settings_of(row)
        summaries.add(
            conn,
            learner_id=learner_id,
            set_id=row.set_id,
            day=_day(ls, last.reviewed_at),
            ms=last.duration_ms,
            rating=last.rating,
            before=before,
            now=last.reviewed_at,
            sign=-1,
            practice=summaries.is_practice(last.rating, last.attempt_id),
        )
        return int(last.question_id)


def card_before(review: Any) -> Card | None:
    """The card as it was before a review (a row with its ``prev_`` columns); None: new."""
    if review.prev_state is None:
        return None
    return scheduler.card_from_row(
        review.question_id,
        state=review.prev_state,
        step=review.prev_step,
        stability=review.prev_stability,
        difficulty=review.prev_difficulty,
        due=review.prev_due,
        last_review=review.prev_last_review,
    )


def _put_back(
    conn: Connection, learner_id: int, question_id: int, card: Card | None, *, correct: bool
) -> None:
    if card is None:
        conn.execute(
            delete(CARDS).where(_c.learner_id == learner_id, _c.question_id == question_id)
        )
        return
    values = scheduler.card_columns(card)
    values.update(learner=learner_id, question=question_id, answers=-1, correct=-int(correct))
    conn.execute(_MOVE_CARD, values)
