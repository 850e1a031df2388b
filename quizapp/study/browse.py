"""The Browser's rows: every question of a set (or of all sets) with one learner's card and marks.

:func:`browse` turns a search (:mod:`quizapp.study.search_query`) into one SQL query;
the window sorts the rows it gets. Interval is the days between the card's last
review and its due time; lapses count the learner's "Again" answers to the card
while it was in review (forgotten after being learnt), as Anki counts them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, assert_never

from sqlalchemy import Connection, String, and_, case, cast, func, literal, select

from quizapp.content import sets
from quizapp.errors import QuizappError
from quizapp.questiondata import QuestionData
from quizapp.store.bank import Bank
from quizapp.store.models import Question, QuestionSet
from quizapp.study import scheduler
from quizapp.study.flags import FLAGS
from quizapp.study.search_query import Due, Field, Is, Term, parse
from quizapp.study.studydb import CARDS, QUESTIONS, REVIEW_STATE, REVIEWS, SETS, learner_settings


@dataclass(frozen=True)
class BrowseRow:
    """One question as the Browser lists it."""

    question_id: int
    set_name: str
    prompt: str
    kind: str
    tags: tuple[str, ...]
    fact_kind: str | None
    due: datetime | None  # None: never answered (new)
    interval_days: float | None
    lapses: int
    answers: int
    correct: int
    suspended: bool
    buried: bool
    starred: bool

    @property
    def percent_correct(self) -> float | None:
        """Share of the learner's scheduled answers that were right, or None without any."""
        return 100.0 * self.correct / self.answers if self.answers else None


@dataclass(frozen=True)
class _Clock:
    now: datetime
    day_start: datetime
    day_end: datetime


def browse(
    bank: Bank, learner_id: int, *, now: datetime, set_id: int | None = None, query: str = ""
) -> list[BrowseRow]:
    """The questions matching ``query`` (a QueryError when it cannot be read), in set order."""
    terms = parse(query)
    now = scheduler.utc(now)
    with bank.engine.connect() as conn:
        start, end = learner_settings(conn, learner_id).today(now)
        clock = _Clock(now, start, end)
        return _rows(conn, learner_id, set_id, terms, clock)


@dataclass(frozen=True)
class StoredQuestion:
    """A question of the bank with where it lives, for editing it in place."""

    question_id: int
    set_name: str
    question: QuestionData


def stored_question(bank: Bank, question_id: int) -> StoredQuestion:
    """The question with id ``question_id``; a QuizappError when it is gone."""
    with bank.session() as session:
        row = session.get(Question, question_id)
        if row is None:
            raise QuizappError("that question is no longer in the bank")
        qset = session.get(QuestionSet, row.set_id)
        assert qset is not None  # a foreign key with ON DELETE CASCADE
        return StoredQuestion(question_id, qset.name, sets.to_data(row))


def _lapses(learner_id: int) -> Any:
    r = REVIEWS.c
    was_review = r.prev_state == REVIEW_STATE  # the card was in review when forgotten
    return (
        select(r.question_id, func.count().label("lapses"))
        .where(r.learner_id == learner_id, r.rating == 1, was_review)
        .group_by(r.question_id)
        .subquery()
    )


def _rows(
    conn: Connection, learner_id: int, set_id: int | None, terms: list[Term], clock: _Clock
) -> list[BrowseRow]:
    q, c, f = QUESTIONS.c, CARDS.c, FLAGS.c
    lapses = _lapses(learner_id)
    interval = func.julianday(c.due) - func.julianday(c.last_review)
    query = (
        select(
            q.id,
            SETS.c.name,
            q.prompt,
            q.kind,
            q.tags,
            q.fact_kind,
            c.due,
            interval.label("interval"),
            func.coalesce(lapses.c.lapses, 0).label("lapses"),
            c.answers,
            c.correct,
            f.suspended,
            f.buried_until,
            f.starred,
        )
        .join(SETS, SETS.c.id == q.set_id)
        .outerjoin(CARDS, and_(c.question_id == q.id, c.learner_id == learner_id))
        .outerjoin(FLAGS, and_(f.question_id == q.id, f.learner_id == learner_id))
        .outerjoin(lapses, lapses.c.question_id == q.id)
        .where(*(_condition(t, clock) for t in terms))
        .order_by(func.lower(SETS.c.name), q.set_id, q.position, q.id)
    )
    if set_id is not None:
        query = query.where(q.set_id == set_id)
    return [_row(r, clock.now) for r in conn.execute(query)]


def _row(r: Any, now: datetime) -> BrowseRow:
    buried = r.buried_until is not None and scheduler.utc(r.buried_until) > now
    return BrowseRow(
        r.id,
        r.name,
        r.prompt,
        r.kind,
        tuple(r.tags or ()),
        r.fact_kind,
        scheduler.utc(r.due) if r.due is not None else None,
        float(r.interval) if r.interval is not None else None,
        int(r.lapses),
        int(r.answers or 0),
        int(r.correct or 0),
        bool(r.suspended),
        buried,
        bool(r.starred),
    )


def _condition(term: Term, clock: _Clock) -> Any:
    """The SQL of one term; a negated term also matches where its column is empty (NULL)."""
    test = _test(term, clock)
    matched = case((test, 1), else_=0)
    return matched == 0 if term.negated else matched == 1


def _test(term: Term, clock: _Clock) -> Any:
    q, c = QUESTIONS.c, CARDS.c
    match term.field:
        case Field.TEXT:
            haystack = func.lower(
                q.prompt + " " + q.answer + " " + q.explanation + " " + cast(q.tags, String)
            )
            return haystack.contains(term.value.casefold(), autoescape=True)
        case Field.KIND:
            return q.kind == term.value
        case Field.FACT:
            return q.fact_kind == term.value
        case Field.TAG:
            each = func.json_each(q.tags).table_valued("value")
            found = select(literal(1)).select_from(each)
            return found.where(func.lower(each.c.value) == term.value.casefold()).exists()
        case Field.DUE:
            day = clock.day_end if Due(term.value) is Due.TODAY else clock.day_start
            return c.due < day
        case Field.IS:
            return _is(Is(term.value), clock)
        case _:
            assert_never(term.field)


def _is(mark: Is, clock: _Clock) -> Any:
    c, f = CARDS.c, FLAGS.c
    match mark:
        case Is.STARRED:
            return f.starred
        case Is.SUSPENDED:
            return f.suspended
        case Is.BURIED:
            return and_(f.buried_until.is_not(None), f.buried_until > clock.now)
        case Is.NEW:
            return c.id.is_(None)
        case Is.DUE:
            return c.due < clock.day_end
        case _:
            assert_never(mark)
