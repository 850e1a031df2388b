"""Progress statistics of a learner, over one set or all, computed with aggregate SQL.

Definitions:

- **new**: questions the learner never answered; **learning**: cards in FSRS
  learning or relearning steps; **review**: cards in review with a stability
  under :data:`~quizapp.study.scheduler.MASTERED_DAYS` (21) days; **mastered**: cards
  in review with a stability of 21 days or more. These count every question, held
  or not (they add up to the questions of the scope).
- **held**: the same four counts of the questions suspended or buried (until a
  later learner day) at ``now``; ``counts - held`` is what Review draws from: its
  ``new`` is the home's New before the daily limit.
- **marks**: the questions suspended, buried today and starred (a question may
  carry several marks; starring holds nothing back).
- **reviews per day** and **time**: every answer (reviews and quizzes, retries
  included) grouped by the learner's day on their clock when they answered
  (time zone and day-start hour, DST included).
- **streak**: consecutive learner days with at least one answer; the current
  streak ends today, or yesterday while today has no answer yet.
- **accuracy**: share of correct scheduled answers (practice, quiz retries included,
  is not scheduled and is left out), by question kind and by fact kind.
- **true retention**: among scheduled answers to cards that were in review and
  due (due within a day of the answer), the share recalled (rated Hard or better);
  **retention by week** is the same, per learner week (Monday first), for the
  last 12 weeks.

Everything reads the totals :mod:`quizapp.study.summaries` keeps with each answer
(per day and per card), never the whole review log.
- **practice**: answers given in custom study outside the schedule or in a retry of
  a quiz's missed questions (they leave the cards as they were, so they count in
  reviews per day and time, never in accuracy, retention, due counts or the
  forecast), today and in all.
- **forecast**: cards due on each of the next 30 learner days (overdue ones count today;
  suspended cards never, buried ones not today).
- **quizzes**: the learner's quiz attempts, retries of the missed ones left out
  (they are practice); ``seconds`` rounded as the results screen rounds them.
- **hardest**: the questions with the lowest share of correct answers (at least
  two answers), most answered first among equals.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import Connection, and_, case, func, select

from quizapp.store import sqltime
from quizapp.store.bank import Bank
from quizapp.study import flags, scheduler
from quizapp.study.quiz import whole_seconds
from quizapp.study.studydb import (
    ATTEMPTS,
    CARDS,
    DAYS,
    QUESTIONS,
    REVIEW_STATE,
    SETS,
    LearnerSettings,
    card_not_held,
    learner_settings,
)

FORECAST_DAYS = 30
RETENTION_WEEKS = 12
T = TypeVar("T")
HARDEST = 10


@dataclass(frozen=True)
class CardCounts:
    new: int
    learning: int
    review: int
    mastered: int


@dataclass(frozen=True)
class DayActivity:
    day: date  # the learner's day
    reviews: int
    seconds: int


@dataclass(frozen=True)
class DayDue:
    day: date
    due: int


@dataclass(frozen=True)
class Accuracy:
    answers: int
    correct: int
    percent: float | None


@dataclass(frozen=True)
class HardQuestion:
    question_id: int
    set: str
    prompt: str
    answers: int
    correct: int
    percent: float


@dataclass(frozen=True)
class QuizSummary:
    id: int
    set: str | None
    started_at: datetime
    finished_at: datetime | None
    score: int
    total: int
    percent: float | None
    seconds: int | None


@dataclass(frozen=True)
class Scope:
    """Whose statistics, over which set, as of when."""

    ls: LearnerSettings
    set_id: int | None
    now: datetime

    def day(self, when: datetime) -> date:
        return scheduler.learner_day(when, self.ls.timezone, self.ls.day_start_hour)


def _percent(part: int, whole: int) -> float | None:
    return round(100.0 * part / whole, 1) if whole else None


def day_expr(column: Any, scope: Scope, since: datetime, until: datetime) -> Any:
    """SQL giving the learner's day (ISO text) of a UTC datetime ``column``."""
    periods = scheduler.day_shifts(scope.ls.timezone, scope.ls.day_start_hour, since, until)
    days = [(end, sqltime.shifted_day(column, minutes)) for end, minutes in periods]
    if len(days) == 1:
        return days[0][1]
    return case(*[(column < end, expr) for end, expr in days[:-1]], else_=days[-1][1])


def _card_counts(conn: Connection, scope: Scope) -> tuple[CardCounts, CardCounts]:
    """New / learning / review / mastered counts: of every question, and of the held ones."""
    c, q = CARDS.c, QUESTIONS.c
    held = flags.held(scope.ls.id, q.id, scope.now)
    kind = case(
        (c.id.is_(None), "new"),
        (c.state != REVIEW_STATE, "learning"),
        (c.stability >= scheduler.MASTERED_DAYS, "mastered"),
        else_="review",
    )
    query = (
        select(kind, func.count(), func.count().filter(held))
        .select_from(QUESTIONS)
        .outerjoin(CARDS, and_(c.question_id == q.id, c.learner_id == scope.ls.id))
        .group_by(kind)
    )
    if scope.set_id is not None:
        query = query.where(q.set_id == scope.set_id)
    rows = conn.execute(query).all()
    every: dict[str, int] = {k: int(n) for k, n, _held in rows}
    held_back: dict[str, int] = {k: int(n) for k, _n, n in rows}
    kinds = ("new", "learning", "review", "mastered")
    return (
        CardCounts(**{k: every.get(k, 0) for k in kinds}),
        CardCounts(**{k: held_back.get(k, 0) for k in kinds}),
    )


def _activity(conn: Connection, scope: Scope) -> list[DayActivity]:
    """Answers and seconds studied per learner day, oldest first (days with answers only)."""
    d = DAYS.c
    query = (
        select(d.day, func.sum(d.answers), func.sum(d.ms))
        .where(*_days_in_scope(scope))
        .group_by(d.day)
        .having(func.sum(d.answers) > 0)
        .order_by(d.day)
    )
    rows = conn.execute(query)
    return [DayActivity(date.fromisoformat(day), int(n), int(ms) // 1000) for day, n, ms in rows]


def _days_in_scope(scope: Scope) -> list[Any]:
    d = DAYS.c
    where = [d.learner_id == scope.ls.id]
    if scope.set_id is not None:
        where.append(d.set_id == scope.set_id)
    return where


def streaks(days: list[DayActivity], today: date) -> tuple[int, int]:
    """(current, longest) runs of consecutive days with answers."""
    studied = sorted(d.day for d in days)
    longest = run = 0
    previous: date | None = None
    for day in studied:
        run = run + 1 if previous is not None and day - previous == timedelta(days=1) else 1
        longest = max(longest, run)
        previous = day
    have = set(studied)
    end = today if today in have else today - timedelta(days=1)
    current = 0
    while end - timedelta(days=current) in have:
        current += 1
    return current, longest


def _accuracy(conn: Connection, scope: Scope, column: Any) -> dict[str, Accuracy]:
    """Scheduled answers and correct ones, grouped by a question column (kind or fact kind)."""
    c = CARDS.c
    query = (
        select(column, func.sum(c.answers), func.sum(c.correct))
        .join(QUESTIONS, QUESTIONS.c.id == c.question_id)
        .where(c.learner_id == scope.ls.id, column.is_not(None), c.answers > 0)
        .group_by(column)
        .order_by(column)
    )
    if scope.set_id is not None:
        query = query.where(QUESTIONS.c.set_id == scope.set_id)
    return {
        key: Accuracy(int(n), int(ok), _percent(int(ok), int(n)))
        for key, n, ok in conn.execute(query).all()
    }


def _true_retention(conn: Connection, scope: Scope) -> Accuracy:
    """Due reviews of cards in review, and how many were recalled."""
    d = DAYS.c
    query = select(func.sum(d.due_reviews), func.sum(d.recalled)).where(*_days_in_scope(scope))
    n, recalled = conn.execute(query).one()
    n, recalled = int(n or 0), int(recalled or 0)
    return Accuracy(n, recalled, _percent(recalled, n))


def _practice(conn: Connection, scope: Scope) -> Practice:
    """Practice answers today and in all."""
    d = DAYS.c
    today = scope.day(scope.now).isoformat()
    query = select(
        func.coalesce(func.sum(d.practice), 0),
        func.coalesce(func.sum(case((d.day == today, d.practice), else_=0)), 0),
    ).where(*_days_in_scope(scope))
    total, on_day = conn.execute(query).one()
    return Practice(today=int(on_day), total=int(total))


@dataclass(frozen=True)
class WeekRetention:
    week: date  # the week's Monday (learner days)
    reviews: int  # due reviews of cards in review
    recalled: int
    percent: float | None


def _retention_by_week(
    conn: Connection, scope: Scope, weeks: int = RETENTION_WEEKS
) -> list[WeekRetention]:
    """True retention in each of the last ``weeks`` weeks, oldest first (empty weeks: None)."""
    d = DAYS.c
    query = (
        select(d.day, func.sum(d.due_reviews), func.sum(d.recalled))
        .where(*_days_in_scope(scope))
        .group_by(d.day)
    )
    this_week = scope.day(scope.now) - timedelta(days=scope.day(scope.now).weekday())
    mondays = [this_week - timedelta(weeks=weeks - 1 - i) for i in range(weeks)]
    totals = {monday: [0, 0] for monday in mondays}
    for day, reviews, recalled in conn.execute(query):
        when = date.fromisoformat(day)
        monday = when - timedelta(days=when.weekday())
        if monday in totals:
            totals[monday][0] += int(reviews or 0)
            totals[monday][1] += int(recalled or 0)
    return [WeekRetention(m, n, r, _percent(r, n)) for m, (n, r) in totals.items()]


def _forecast(conn: Connection, scope: Scope, days: int = FORECAST_DAYS) -> list[DayDue]:
    """Cards due on each of the next ``days`` learner days (overdue ones count today)."""
    ls, c = scope.ls, CARDS.c
    today = scope.day(scope.now)
    start = scheduler.day_start(today, ls.timezone, ls.day_start_hour)
    end = scheduler.day_start(today + timedelta(days=days), ls.timezone, ls.day_start_hour)
    day = day_expr(c.due, scope, start, end)
    day = case((c.due < start, today.isoformat()), else_=day).label("day")
    tomorrow = scheduler.day_start(today + timedelta(days=1), ls.timezone, ls.day_start_hour)
    held_back = card_not_held(scope.now, buried_before=tomorrow)  # buried: today only
    query = select(day, func.count()).where(c.learner_id == ls.id, c.due < end, held_back)
    if scope.set_id is not None:
        query = query.join(QUESTIONS, QUESTIONS.c.id == c.question_id).where(
            QUESTIONS.c.set_id == scope.set_id
        )
    found: dict[str, int] = {d: int(n) for d, n in conn.execute(query.group_by(day)).all()}
    every = [today + timedelta(days=i) for i in range(days)]
    return [DayDue(d, int(found.get(d.isoformat(), 0))) for d in every]


def _hardest(conn: Connection, scope: Scope, limit: int = HARDEST) -> list[HardQuestion]:
    """The questions answered wrong most often, relative to how often they were asked."""
    c, q = CARDS.c, QUESTIONS.c
    query = (
        select(q.id, SETS.c.name, q.prompt, c.answers, c.correct)
        .join(QUESTIONS, q.id == c.question_id)
        .join(SETS, SETS.c.id == q.set_id)
        .where(c.learner_id == scope.ls.id, c.answers >= 2, c.correct < c.answers)
        .order_by(c.correct * 1.0 / c.answers, c.answers.desc(), q.id)
        .limit(limit)
    )
    if scope.set_id is not None:
        query = query.where(q.set_id == scope.set_id)
    return [
        HardQuestion(qid, name, prompt, int(total), int(good), _percent(int(good), int(total)) or 0)
        for qid, name, prompt, total, good in conn.execute(query).all()
    ]


def _quizzes(conn: Connection, scope: Scope) -> list[QuizSummary]:
    """The learner's quiz attempts, newest first."""
    a = ATTEMPTS.c
    query = (
        select(a.id, SETS.c.name, a.started_at, a.finished_at, a.correct, a.total)
        .outerjoin(SETS, SETS.c.id == a.set_id)
        .where(a.learner_id == scope.ls.id, a.retry_of.is_(None))  # a retry is practice
        .order_by(a.started_at.desc(), a.id.desc())
    )
    if scope.set_id is not None:
        query = query.where(a.set_id == scope.set_id)
    return [
        QuizSummary(
            id=row.id,
            set=row.name,
            started_at=row.started_at,
            finished_at=row.finished_at,
            score=row.correct,
            total=row.total,
            percent=_percent(row.correct, row.total) if row.finished_at else None,
            seconds=whole_seconds(row.finished_at - row.started_at) if row.finished_at else None,
        )
        for row in conn.execute(query)
    ]


@dataclass(frozen=True)
class Totals:
    answers: int
    seconds: int
    days_studied: int


@dataclass(frozen=True)
class Practice:
    """Practice answers (custom study outside the schedule, quiz retries), today and in all."""

    today: int
    total: int


@dataclass(frozen=True)
class Streak:
    current: int
    longest: int


@dataclass(frozen=True)
class LearnerStats:
    """Every statistic of the module docstring, for one learner over one set or all."""

    learner_id: int
    set_id: int | None
    now: datetime
    today: date
    counts: CardCounts  # every question of the scope, held or not
    held: CardCounts  # those of ``counts`` suspended, or buried until a later day, at ``now``
    marks: flags.MarkCounts
    totals: Totals
    practice: Practice
    per_day: list[DayActivity]
    streak: Streak
    accuracy_by_kind: dict[str, Accuracy]
    accuracy_by_fact_kind: dict[str, Accuracy]
    true_retention: Accuracy
    retention_by_week: list[WeekRetention]
    forecast: list[DayDue]
    hardest: list[HardQuestion]
    quizzes: list[QuizSummary]


def learner_stats(
    bank: Bank, learner_id: int, *, now: datetime, set_id: int | None = None
) -> LearnerStats:
    """Every statistic of the module docstring."""
    with bank.engine.connect() as conn:
        scope = Scope(learner_settings(conn, learner_id), set_id, scheduler.utc(now))
        days = _activity(conn, scope)
        current, longest = streaks(days, scope.day(scope.now))
        counts, held = _card_counts(conn, scope)
        return LearnerStats(
            learner_id=learner_id,
            set_id=set_id,
            now=scope.now,
            today=scope.day(scope.now),
            counts=counts,
            held=held,
            marks=flags.mark_counts(conn, learner_id, set_id=set_id, now=scope.now),
            totals=Totals(
                answers=sum(d.reviews for d in days),
                seconds=sum(d.seconds for d in days),
                days_studied=len(days),
            ),
            practice=_practice(conn, scope),
            per_day=days,
            streak=Streak(current, longest),
            accuracy_by_kind=_accuracy(conn, scope, QUESTIONS.c.kind),
            accuracy_by_fact_kind=_accuracy(conn, scope, QUESTIONS.c.fact_kind),
            true_retention=_true_retention(conn, scope),
            retention_by_week=_retention_by_week(conn, scope),
            forecast=_forecast(conn, scope),
            hardest=_hardest(conn, scope),
            quizzes=_quizzes(conn, scope),
        )


# --- typed accessors for charts ---------------------------------------------------------


def _one(
    bank: Bank,
    learner_id: int,
    now: datetime,
    set_id: int | None,
    what: Callable[[Connection, Scope], T],
) -> T:
    with bank.engine.connect() as conn:
        return what(conn, Scope(learner_settings(conn, learner_id), set_id, scheduler.utc(now)))


def current_streak(bank: Bank, learner_id: int, *, now: datetime) -> int:
    """Consecutive learner days with answers up to today (or yesterday, today not begun)."""

    def streak(conn: Connection, scope: Scope) -> int:
        return streaks(_activity(conn, scope), scope.day(scope.now))[0]

    return _one(bank, learner_id, now, None, streak)
