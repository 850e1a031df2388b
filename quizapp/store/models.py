"""The bank's tables (SQLModel): sets, questions, articles, learners, cards, reviews, work set.

Datetimes are UTC-aware in Python. SQLModel's ``UTCDateTime`` column type
refuses naive values and gives back UTC-aware ones, so what fsrs receives
always carries ``timezone.utc``; SQLite stores them as UTC text that sorts in
time order.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    UniqueConstraint,
    text,
)
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel

from quizapp.questiondata import FactKind as FactKind
from quizapp.questiondata import QuestionKind as QuestionKind


def utcnow() -> datetime:
    """Now, as an aware UTC datetime."""
    return datetime.now(UTC)


EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MICROSECOND = timedelta(microseconds=1)


class EpochMicros(TypeDecorator[datetime]):
    """An aware datetime stored as whole microseconds since 1970 (UTC): exact, 8 bytes."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: pass an aware UTC datetime")
        return (value - EPOCH) // MICROSECOND

    def process_result_value(self, value: int | None, dialect: Dialect) -> datetime | None:
        return None if value is None else EPOCH + value * MICROSECOND


def _micros() -> Any:
    return Field(default=None, sa_column=Column(EpochMicros, nullable=True))


def _fk(target: str, *, nullable: bool = False, ondelete: str = "CASCADE") -> Any:
    return Field(
        default=None,
        sa_column=Column(
            Integer, ForeignKey(target, ondelete=ondelete), nullable=nullable, index=True
        ),
    )


class Meta(SQLModel, table=True):
    """Key/value facts about the bank itself (e.g. bundled sets loaded)."""

    key: str = Field(primary_key=True)
    value: str = ""


class Article(SQLModel, table=True):
    """A text questions were generated from."""

    id: int | None = Field(default=None, primary_key=True)
    title: str
    source: str = ""  # file name or address it came from
    text: str
    added_at: datetime = Field(default_factory=utcnow)


class QuestionSet(SQLModel, table=True):
    """A named, ordered collection of questions."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, index=True)
    description: str = ""
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class Question(SQLModel, table=True):
    """One question of a set.

    Per kind: ``multiple_choice`` uses ``choices`` (``answer`` is one of them);
    ``true_false`` has ``answer`` "true" or "false"; ``short_answer`` and
    ``cloze`` accept ``answer`` or any of ``accepted`` (a cloze ``prompt`` holds
    a ``___`` gap); ``numeric`` has a number ``answer`` and a ``tolerance``;
    ``ordering`` keeps its items in the right order in ``choices``;
    ``matching`` keeps ``pairs`` of [left, right]; ``flashcard`` has a front
    (``prompt``) and a back (``answer``), graded by the learner.
    """

    __table_args__ = (UniqueConstraint("set_id", "uid"),)

    id: int | None = Field(default=None, primary_key=True)
    set_id: int = _fk("questionset.id")
    uid: str  # stable id within its set, as written in set files
    position: int = 0
    kind: str
    prompt: str
    answer: str = ""
    choices: list[str] | None = Field(default=None, sa_column=Column(JSON))
    accepted: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    pairs: list[list[str]] | None = Field(default=None, sa_column=Column(JSON))
    tolerance: float | None = None
    explanation: str = ""
    tags: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    fact_kind: str | None = None
    fact_key: str | None = None  # questions sharing a fact_key ask about the same fact
    source: str | None = None  # the sentence of the article the question came from
    article_id: int | None = _fk("article.id", nullable=True, ondelete="SET NULL")


class QuestionImage(SQLModel, table=True):
    """The image a question shows above its prompt (one at most), kept in the bank itself.

    ``data`` holds the file's bytes as :func:`quizapp.images.check_image` accepted them;
    the width and height are its natural size in pixels.
    """

    question_id: int = Field(
        sa_column=Column(Integer, ForeignKey("question.id", ondelete="CASCADE"), primary_key=True)
    )
    media_type: str  # quizapp.images.ImageType's value, e.g. "image/png"
    width: int
    height: int
    # Last: SQLite reads a row's columns in order, so those before it are read without it.
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class Learner(SQLModel, table=True):
    """A learner profile with its own scheduling settings."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, index=True)
    created_at: datetime = Field(default_factory=utcnow)
    desired_retention: float = 0.9
    new_per_day: int = 20
    day_start_hour: int = 4
    timezone: str = "UTC"  # IANA zone name of the learner's clock
    fsrs_parameters: list[float] | None = Field(default=None, sa_column=Column(JSON))
    password_hash: str | None = None  # a quizapp.store.passwords record; None: no password


class CardState(SQLModel, table=True):
    """One learner's FSRS memory state for one question."""

    __table_args__ = (
        UniqueConstraint("learner_id", "question_id"),
        Index("ix_cardstate_learner_due", "learner_id", "due"),
        Index("ix_cardstate_learner_introduced", "learner_id", "introduced_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    learner_id: int = _fk("learner.id")
    question_id: int = _fk("question.id")
    state: int = 1  # fsrs.State: 1 learning, 2 review, 3 relearning
    step: int | None = 0
    stability: float | None = None
    difficulty: float | None = None
    due: datetime = Field(default_factory=utcnow)
    last_review: datetime | None = None
    introduced_at: datetime | None = None  # first answer, for the daily new-card limit
    answers: int = 0  # scheduled answers (rating 1-4) to this card, kept for the statistics
    correct: int = 0  # of which right


class StudyDay(SQLModel, table=True):
    """A learner's totals per set and learner day, kept with every answer for the statistics.

    ``day`` is the learner's day (ISO date) on their clock when they answered.
    The review log stays the record; :mod:`quizapp.study.summaries` can rebuild these.
    """

    learner_id: int = Field(
        sa_column=Column(Integer, ForeignKey("learner.id", ondelete="CASCADE"), primary_key=True)
    )
    set_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("questionset.id", ondelete="CASCADE"), primary_key=True
        )
    )
    day: str = Field(primary_key=True)
    answers: int = 0  # every answer, quiz retries included
    ms: int = 0  # time spent answering
    due_reviews: int = 0  # scheduled answers to review cards that were due
    recalled: int = 0  # of which rated Hard or better
    # practice answers: rating 0 (custom study outside the schedule, quiz retries)
    practice: int = Field(default=0, sa_column_kwargs={"server_default": "0"})


class Assignment(SQLModel, table=True):
    """Work the teacher set the class: a quiz on one set, due on a day.

    One per set (assigning it again changes it). ``due_on`` is an ISO date, read on
    each learner's own day; ``quiz_length`` None asks every question of the set, and
    ``pass_mark`` (a percent) None has no pass mark.
    """

    __table_args__ = (UniqueConstraint("set_id"),)

    id: int | None = Field(default=None, primary_key=True)
    set_id: int = Field(
        sa_column=Column(Integer, ForeignKey("questionset.id", ondelete="CASCADE"), nullable=False)
    )
    due_on: str
    quiz_length: int | None = None
    pass_mark: int | None = None
    created_at: datetime = Field(default_factory=utcnow)


class QuizAttempt(SQLModel, table=True):
    """A scored run through some questions (of an assignment, when one was started)."""

    id: int | None = Field(default=None, primary_key=True)
    learner_id: int = _fk("learner.id")
    set_id: int | None = _fk("questionset.id", nullable=True, ondelete="SET NULL")
    started_at: datetime = Field(default_factory=utcnow)
    finished_at: datetime | None = None
    total: int = 0
    correct: int = 0
    question_ids: list[int] | None = Field(default=None, sa_column=Column(JSON))  # in order
    retry_of: int | None = _fk("quizattempt.id", nullable=True, ondelete="SET NULL")
    assignment_id: int | None = _fk("assignment.id", nullable=True, ondelete="SET NULL")


class ReviewLog(SQLModel, table=True):
    """Every answer a learner gave, written before the next question shows."""

    # Kept small: the log is most of a bank. Most answers belong to no quiz attempt, so
    # only those that do are indexed (SQLite uses it for "attempt_id = ?").
    __table_args__ = (
        Index("ix_reviewlog_attempt_id", "attempt_id", sqlite_where=text("attempt_id IS NOT NULL")),
    )

    id: int | None = Field(default=None, primary_key=True)
    learner_id: int = _fk("learner.id")
    question_id: int = _fk("question.id")
    attempt_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("quizattempt.id", ondelete="SET NULL"), nullable=True),
    )
    response: str = ""
    correct: bool = False
    duration_ms: int = 0
    rating: int = 0  # fsrs.Rating 1-4, 0 when not scheduled (a quiz retry, or practice)
    reviewed_at: datetime = Field(default_factory=utcnow)
    # The card as it was before this answer (its CardState columns), so undo restores it
    # exactly; prev_state is None when the question had never been answered.
    prev_state: int | None = None
    prev_step: int | None = None
    prev_stability: float | None = None
    prev_difficulty: float | None = None
    prev_due: datetime | None = _micros()
    prev_last_review: datetime | None = _micros()


class RecentAnswer(SQLModel, table=True):
    """The id a client made for a recent answer, so that a retry is recorded once.

    A retry after a lost acknowledgement comes within minutes and carries the same id:
    the unique index refuses the second copy whole. Ids older than a week are deleted
    as answers go in (:mod:`quizapp.study.answering`), so this table stays small and the review
    log keeps no id at all. Its row goes with its review (undo, a deleted learner).
    """

    __table_args__ = (
        Index("ux_recentanswer_answer_id", "answer_id", unique=True),
        Index("ix_recentanswer_made_at", "made_at"),
    )

    review_id: int = Field(
        sa_column=Column(Integer, ForeignKey("reviewlog.id", ondelete="CASCADE"), primary_key=True)
    )
    answer_id: str
    learner_id: int = Field(
        sa_column=Column(Integer, ForeignKey("learner.id", ondelete="CASCADE"), nullable=False)
    )
    made_at: datetime = Field(sa_column=Column(EpochMicros, nullable=False))


class CardFlag(SQLModel, table=True):
    """A learner's own marks on one question, kept apart from its schedule (the Browser's).

    A suspended card is never asked until unsuspended; a buried one not before
    ``buried_until`` (the start of the learner's next day); a starred one is one
    the learner marked to find again. A row exists only once a mark was set.
    """

    learner_id: int = Field(
        sa_column=Column(Integer, ForeignKey("learner.id", ondelete="CASCADE"), primary_key=True)
    )
    question_id: int = Field(
        sa_column=Column(Integer, ForeignKey("question.id", ondelete="CASCADE"), primary_key=True)
    )
    suspended: bool = False
    buried_until: datetime | None = None
    starred: bool = False


class SavedQuiz(SQLModel, table=True):
    """A teacher's named quiz of a set: the options of :class:`study.quiz_options.QuizOptions`.

    Learners pick it before a quiz; a class bank can assign it by its id. The kinds
    and fact kinds are stored as their plain text and checked when read.
    """

    __table_args__ = (UniqueConstraint("set_id", "name"),)

    id: int | None = Field(default=None, primary_key=True)
    set_id: int = _fk("questionset.id")
    name: str
    count: int = 10
    kinds: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    tags: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    fact_kinds: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    time_limit_s: int | None = None  # None: no time limit
    exam: bool = False  # no feedback until the results
    pass_mark: int | None = None  # percent; None: no pass mark
