"""Custom study: sessions beside the day's queue that leave the schedule alone unless asked.

What a session selects, over one set or all (suspended and buried questions left
out, as Review leaves them out):

- :attr:`CustomKind.MORE_NEW`: today's new-card limit raised, for today only
  (:func:`quizapp.study.review_queue.study_more_new`), then the usual Review.
- :attr:`CustomKind.AHEAD`: cards due in the learner's next N days (not today's: those
  are Review's), soonest first.
- :attr:`CustomKind.MISSED`: questions answered wrong (in a review, a quiz or practice)
  in the last N learner days, today being the first.
- :attr:`CustomKind.STARRED`: the learner's starred questions.
- :attr:`CustomKind.TAG`: the questions carrying a tag (case does not count).

The last four are **practice** unless the learner asks to reschedule, like Anki's
filtered decks without rescheduling: each answer is logged with rating 0 outside any
quiz attempt (:func:`quizapp.study.summaries.is_practice`) and no card moves, so due
counts, accuracy, retention and the optimizer never see it. Asked to reschedule, the
answers are normal ones: fsrs takes an early answer (review ahead) at the time it is
given, so a card answered before its due date gains less stability than waiting would.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum
from typing import Any, assert_never

from sqlalchemy import Connection, and_, select

from quizapp.errors import QuizappError
from quizapp.store.bank import Bank
from quizapp.study import flags, review_queue, scheduler, siblings
from quizapp.study.studydb import (
    CARDS,
    QUESTIONS,
    REVIEWS,
    LearnerSettings,
    card_not_held,
    learner_settings,
)

MAX_DAYS = 365
MAX_MORE_NEW = 9999
SESSION_LIMIT = 200  # questions a session asks at most (the first ones, in its order)

Wanted = list[tuple[int, datetime | None]]  # question id, its card's due time (None: new)


class CustomKind(Enum):
    """What a custom study session asks."""

    MORE_NEW = "more_new"
    AHEAD = "ahead"
    MISSED = "missed"
    STARRED = "starred"
    TAG = "tag"


@dataclass(frozen=True)
class CustomStudy:
    """One custom study session as the learner chose it.

    ``days`` is the AHEAD and MISSED window, ``tag`` TAG's tag, ``more_new`` how many new
    cards MORE_NEW adds; ``reschedule``: answers move the cards (MORE_NEW always does).
    """

    kind: CustomKind
    set_id: int | None = None
    days: int = 1
    tag: str = ""
    more_new: int = 10
    reschedule: bool = False

    @property
    def practice(self) -> bool:
        """Whether the answers are practice, leaving every card as it was."""
        return self.kind is not CustomKind.MORE_NEW and not self.reschedule

    def title(self) -> str:
        """The session's name, as the review screen's title shows it."""
        match self.kind:
            case CustomKind.MORE_NEW:
                return "Review"
            case CustomKind.AHEAD:
                return f"Review ahead: {_days(self.days)}"
            case CustomKind.MISSED:
                return f"{self._noun()}: missed " + (
                    "today" if self.days == 1 else f"in the last {_days(self.days)}"
                )
            case CustomKind.STARRED:
                return f"{self._noun()}: starred"
            case CustomKind.TAG:
                return f"{self._noun()}: tag {self.tag}"
            case _:
                assert_never(self.kind)

    def _noun(self) -> str:
        return "Practice" if self.practice else "Custom study"

    def mode(self) -> str:
        """One line on what the answers do to the schedule."""
        if self.practice:
            return "Practice: your answers leave your schedule as it was"
        return "Your answers reschedule these cards"

    def check(self) -> None:
        """Raise a one-line QuizappError when the choice cannot make a session."""
        if self.kind in (CustomKind.AHEAD, CustomKind.MISSED) and not 1 <= self.days <= MAX_DAYS:
            raise QuizappError(f"choose 1 to {MAX_DAYS} days, not {self.days}")
        if self.kind is CustomKind.TAG and not self.tag.strip():
            raise QuizappError("choose a tag to practise")
        if self.kind is CustomKind.MORE_NEW and not 1 <= self.more_new <= MAX_MORE_NEW:
            raise QuizappError(f"study 1 to {MAX_MORE_NEW} more new cards, not {self.more_new}")


def _days(n: int) -> str:
    return f"{n} day" if n == 1 else f"{n} days"


# --- what a session asks ------------------------------------------------------------------


def count(bank: Bank, learner_id: int, custom: CustomStudy, *, now: datetime) -> int:
    """How many questions the session would ask now (MORE_NEW: the new cards it adds)."""
    custom.check()
    now = scheduler.utc(now)
    if custom.kind is CustomKind.MORE_NEW:
        counts = review_queue.queue_counts(bank, learner_id, now=now, set_id=custom.set_id)
        return min(counts.held_back, custom.more_new) if not counts.new else 0
    with bank.engine.connect() as conn:
        return len(_wanted(conn, learner_settings(conn, learner_id), custom, now))


def session_items(
    bank: Bank,
    learner_id: int,
    custom: CustomStudy,
    *,
    now: datetime,
    limit: int = SESSION_LIMIT,
) -> list[review_queue.StudyItem]:
    """The questions of a practice or reschedule session (the first ``limit``), in order.

    Not for MORE_NEW, whose session is the usual Review (see :func:`add_new_cards`).
    """
    custom.check()
    if custom.kind is CustomKind.MORE_NEW:
        raise QuizappError("more new cards are studied in the usual Review")
    now = scheduler.utc(now)
    with bank.engine.connect() as conn:
        wanted = _wanted(conn, learner_settings(conn, learner_id), custom, now)
        items = review_queue.load_items(conn, wanted[:limit])
        recent = siblings.recent(conn, learner_id)
    return review_queue.spread_siblings(items, recent)


def add_new_cards(bank: Bank, learner_id: int, custom: CustomStudy, *, now: datetime) -> int:
    """MORE_NEW: raise today's new-card limit by ``custom.more_new``; returns today's extra."""
    custom.check()
    if custom.kind is not CustomKind.MORE_NEW:
        raise QuizappError("only 'more new cards' adds new cards")
    return review_queue.study_more_new(bank, learner_id, custom.more_new, now=now)


def rating(custom: CustomStudy, given: int) -> int:
    """The rating to record for an answer rated ``given``: 0 (practice) or ``given``."""
    return 0 if custom.practice else given


def tags(bank: Bank, set_id: int | None) -> list[str]:
    """The tags of the questions of a set (or of all sets), sorted, each spelling once."""
    query = select(QUESTIONS.c.tags)
    if set_id is not None:
        query = query.where(QUESTIONS.c.set_id == set_id)
    found: dict[str, str] = {}
    with bank.engine.connect() as conn:
        for (row_tags,) in conn.execute(query):
            for tag in row_tags or ():
                found.setdefault(str(tag).casefold(), str(tag))
    return sorted(found.values(), key=str.casefold)


# --- selections -------------------------------------------------------------------------


def _wanted(conn: Connection, ls: LearnerSettings, custom: CustomStudy, now: datetime) -> Wanted:
    match custom.kind:
        case CustomKind.AHEAD:
            return _ahead(conn, ls, custom, now)
        case CustomKind.MISSED:
            return _questions(conn, ls, custom, now, QUESTIONS.c.id.in_(_missed(ls, custom, now)))
        case CustomKind.STARRED:
            return _questions(conn, ls, custom, now, _starred(ls))
        case CustomKind.TAG:
            return _tagged(conn, ls, custom, now)
        case CustomKind.MORE_NEW:
            return []
        case _:
            assert_never(custom.kind)


def _ahead(conn: Connection, ls: LearnerSettings, custom: CustomStudy, now: datetime) -> Wanted:
    """Cards due after today and by the end of the learner's day ``days`` from today."""
    c = CARDS.c
    _start, end = ls.today(now)
    after = ls.learner_day(now).day + timedelta(days=custom.days + 1)
    until = scheduler.day_start(after, ls.timezone, ls.day_start_hour)
    query = select(c.question_id, c.due).where(
        c.learner_id == ls.id, c.due >= end, c.due < until, card_not_held(now)
    )
    if custom.set_id is not None:
        query = query.join(QUESTIONS, QUESTIONS.c.id == c.question_id).where(
            QUESTIONS.c.set_id == custom.set_id
        )
    return [(row.question_id, row.due) for row in conn.execute(query.order_by(c.due, c.id))]


def _missed(ls: LearnerSettings, custom: CustomStudy, now: datetime) -> Any:
    """SQL: the questions the learner answered wrong since the start of the window."""
    r = REVIEWS.c
    first = ls.learner_day(now).day - timedelta(days=custom.days - 1)
    since = scheduler.day_start(first, ls.timezone, ls.day_start_hour)
    return (
        select(r.question_id)
        .where(r.learner_id == ls.id, r.correct.is_(False), r.reviewed_at >= since)
        .distinct()
    )


def _starred(ls: LearnerSettings) -> Any:
    f = flags.FLAGS.c
    return (
        select(f.question_id)
        .where(f.learner_id == ls.id, f.question_id == QUESTIONS.c.id, f.starred)
        .exists()
    )


def _questions(
    conn: Connection, ls: LearnerSettings, custom: CustomStudy, now: datetime, where: Any
) -> Wanted:
    """The questions matching ``where`` in set order, with their cards' due times."""
    return [(row.id, row.due) for row in conn.execute(_in_order(ls, custom, now).where(where))]


def _tagged(conn: Connection, ls: LearnerSettings, custom: CustomStudy, now: datetime) -> Wanted:
    """The questions carrying the tag (tags are JSON lists: compared here, on both engines)."""
    wanted = custom.tag.strip().casefold()
    query = _in_order(ls, custom, now).add_columns(QUESTIONS.c.tags)
    return [
        (row.id, row.due)
        for row in conn.execute(query)
        if any(str(tag).casefold() == wanted for tag in row.tags or ())
    ]


def _in_order(ls: LearnerSettings, custom: CustomStudy, now: datetime) -> Any:
    """The scope's questions the learner does not hold back, in set order, with due times."""
    q, c = QUESTIONS.c, CARDS.c
    query = (
        select(q.id, c.due)
        .select_from(QUESTIONS)
        .outerjoin(CARDS, and_(c.question_id == q.id, c.learner_id == ls.id))
        .where(~flags.held(ls.id, q.id, now))
        .order_by(q.set_id, q.position, q.id)
    )
    return query if custom.set_id is None else query.where(q.set_id == custom.set_id)
