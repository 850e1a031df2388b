"""The study tables as SQLAlchemy Core tables, and a learner's settings as the work reads them.

The queue, answers, quizzes and statistics use Core selects over these (no ORM
objects per row), so they stay fast on banks of 100,000 questions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Connection, Table, and_, exists, or_, select

from quizapp.errors import QuizappError
from quizapp.store.models import (
    Article,
    CardFlag,
    CardState,
    Learner,
    Meta,
    Question,
    QuestionSet,
    QuizAttempt,
    ReviewLog,
    StudyDay,
)
from quizapp.study import quickview, scheduler

ARTICLES = cast(Table, Article.__table__)  # type: ignore[attr-defined]
CARDS = cast(Table, CardState.__table__)  # type: ignore[attr-defined]
REVIEWS = cast(Table, ReviewLog.__table__)  # type: ignore[attr-defined]
QUESTIONS = cast(Table, Question.__table__)  # type: ignore[attr-defined]
SETS = cast(Table, QuestionSet.__table__)  # type: ignore[attr-defined]
LEARNERS = cast(Table, Learner.__table__)  # type: ignore[attr-defined]
ATTEMPTS = cast(Table, QuizAttempt.__table__)  # type: ignore[attr-defined]
DAYS = cast(Table, StudyDay.__table__)  # type: ignore[attr-defined]
META = cast(Table, Meta.__table__)  # type: ignore[attr-defined]
FLAGS = cast(Table, CardFlag.__table__)  # type: ignore[attr-defined]
REVIEW_STATE = 2  # fsrs.State.Review


@dataclass(frozen=True)
class LearnerSettings:
    """The scheduling settings of a learner, read in the same transaction as the work."""

    id: int
    desired_retention: float
    new_per_day: int
    day_start_hour: int
    timezone: str
    parameters: tuple[float, ...] | None

    def scheduler(self, *, fuzz: bool = True) -> Any:
        return scheduler.scheduler_for(self.desired_retention, self.parameters, fuzz=fuzz)

    def today(self, now: datetime) -> tuple[datetime, datetime]:
        return scheduler.day_bounds(now, self.timezone, self.day_start_hour)

    def learner_day(self, now: datetime) -> quickview.LearnerDay:
        """The learner's current day with their new-card limit, as the counts take it."""
        return quickview.learner_today(
            self.id, self.new_per_day, self.timezone, self.day_start_hour, now
        )


def due_today(learner_id: int, day_end: datetime, now: datetime) -> Any:
    """Cards of the learner due today: quizapp's one meaning of "due".

    The condition of :data:`quizapp.study.quickview.DUE_TODAY_SQL`: every card (reviews and
    learning steps) whose due time falls before the end of the learner's day, less the
    cards the learner holds back at ``now`` (suspended, or buried until later).
    """
    return and_(CARDS.c.learner_id == learner_id, due_before(day_end), card_not_held(now))


def due_before(day_end: Any) -> Any:
    """The card's due time falls before ``day_end`` (a value or a per-learner expression)."""
    return CARDS.c.due < day_end


def card_not_held(now: datetime, *, buried_before: Any = None) -> Any:
    """SQL: the card (a ``cardstate`` row) is neither suspended nor buried at ``now``.

    With ``buried_before``, a buried card is held only when it falls due before then
    (the forecast counts a buried card on a later day).
    """
    f = FLAGS.c
    buried = and_(f.buried_until.is_not(None), f.buried_until > now)
    if buried_before is not None:
        buried = and_(buried, CARDS.c.due < buried_before)
    return ~exists().where(
        f.learner_id == CARDS.c.learner_id,
        f.question_id == CARDS.c.question_id,
        or_(f.suspended, buried),
    )


def due_now(learner_id: int, now: datetime, day_end: datetime) -> Any:
    """The cards due today that can be asked at once (:data:`quickview.DUE_NOW_SQL`)."""
    return and_(
        due_today(learner_id, day_end, now),
        (CARDS.c.state == REVIEW_STATE) | (CARDS.c.due <= now),
    )


def learner_settings(conn: Connection, learner_id: int) -> LearnerSettings:
    """The learner's settings; a QuizappError when there is no such learner."""
    row = conn.execute(select(LEARNERS).where(LEARNERS.c.id == learner_id)).first()
    if row is None:
        raise QuizappError(f"there is no learner with id {learner_id}")
    return settings_of(row)


def settings_of(row: Any) -> LearnerSettings:
    """The settings in a row holding the learner table's columns."""
    params = tuple(row.fsrs_parameters) if row.fsrs_parameters else None
    return LearnerSettings(
        row.id, row.desired_retention, row.new_per_day, row.day_start_hour, row.timezone, params
    )
