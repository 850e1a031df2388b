"""Quizzes: a scored run through some questions of a set.

A quiz answer is logged like any review (with the attempt's id) and also
schedules the card, since it is real recall. A retry of the missed questions
(:func:`retry_missed`) is a new attempt whose answers are logged with rating 0
and do not move the cards: the learner has just seen the right answers. A retry
is practice: the statistics count its answers under practice, never as a quiz.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Row, insert, select, update

from quizapp.errors import QuizappError
from quizapp.questiondata import QuestionData, QuestionKind
from quizapp.store.bank import Bank
from quizapp.study import scheduler
from quizapp.study.grading import expected_text
from quizapp.study.quiz_options import MAX_COUNT, Candidate, QuizOptions, select_questions
from quizapp.study.review_queue import (
    Answer,
    AnswerResult,
    StudyItem,
    load_items,
    undo_last,
    write_answer,
)
from quizapp.study.studydb import ATTEMPTS, QUESTIONS, REVIEWS, learner_settings


@dataclass(frozen=True)
class QuizRun:
    """A started quiz: its attempt id and the questions to ask, in order."""

    attempt_id: int
    items: list[StudyItem]
    retry_of: int | None = None


@dataclass(frozen=True)
class QuizAnswer:
    """One question of a finished quiz, as the results screen shows it."""

    question_id: int
    prompt: str
    response: str
    expected: str
    correct: bool
    answered: bool
    shown: str = ""  # the response as the learner wrote it (an order with arrows, not a list)
    duration_ms: int | None = None  # time spent on it (None: not answered)


def whole_seconds(span: timedelta) -> int:
    """A quiz's duration in whole seconds, rounded half up: the one rounding the results
    screen and the statistics both use, so they never differ by a second."""
    return int(span.total_seconds() + 0.5)


@dataclass(frozen=True)
class QuizResult:
    """The score of a quiz attempt."""

    attempt_id: int
    score: int
    total: int
    duration: timedelta
    answers: list[QuizAnswer]

    @property
    def percent(self) -> float:
        return 100.0 * self.score / self.total if self.total else 0.0

    @property
    def seconds(self) -> int:
        """How long the quiz took, in whole seconds (:func:`whole_seconds`)."""
        return whole_seconds(self.duration)

    @property
    def answered(self) -> int:
        """How many questions were answered (fewer than ``total`` when the quiz was stopped)."""
        return sum(a.answered for a in self.answers)

    @property
    def missed(self) -> list[int]:
        return [a.question_id for a in self.answers if not a.correct]


def start_quiz(
    bank: Bank,
    learner_id: int,
    *,
    set_id: int,
    size: int = 0,
    now: datetime,
    rng: random.Random | None = None,
    options: QuizOptions | None = None,
    assignment_id: int | None = None,
) -> QuizRun:
    """Start a quiz of the set's questions the options allow, picked at random.

    Without ``options``, ``size`` questions of any kind (all when the set has fewer).
    ``assignment_id`` marks the attempt as done for that assignment (:mod:`study.assignments`).
    """
    if options is None:
        if size < 1:
            raise QuizappError(f"a quiz needs at least one question, not {size}")
        options = QuizOptions(count=min(size, MAX_COUNT))
    with bank.engine.begin() as conn:
        learner_settings(conn, learner_id)
        pool = set_candidates(conn, set_id)
        if not pool:
            raise QuizappError("this set has no questions to quiz on")
        chosen = select_questions(pool, options, rng or random.Random())
        return _new_attempt(
            conn, learner_id, set_id, chosen, now, retry_of=None, assignment_id=assignment_id
        )


def quiz_candidates(bank: Bank, set_id: int) -> list[Candidate]:
    """What the quiz options choose among: the set's questions' kinds, tags and fact kinds."""
    with bank.engine.connect() as conn:
        return set_candidates(conn, set_id)


def set_candidates(conn: Connection, set_id: int) -> list[Candidate]:
    """The set's questions as the quiz options see them, in the set's order."""
    query = (
        select(QUESTIONS.c.id, QUESTIONS.c.kind, QUESTIONS.c.tags, QUESTIONS.c.fact_kind)
        .where(QUESTIONS.c.set_id == set_id)
        .order_by("position")
    )
    return [Candidate(r.id, r.kind, r.tags or [], r.fact_kind) for r in conn.execute(query)]


def _new_attempt(
    conn: Connection,
    learner_id: int,
    set_id: int | None,
    chosen: list[int],
    now: datetime,
    *,
    retry_of: int | None,
    assignment_id: int | None = None,
) -> QuizRun:
    key = conn.execute(
        insert(ATTEMPTS).values(
            learner_id=learner_id,
            set_id=set_id,
            started_at=scheduler.utc(now),
            total=len(chosen),
            correct=0,
            question_ids=chosen,
            retry_of=retry_of,
            assignment_id=assignment_id,
        )
    ).inserted_primary_key
    assert key is not None
    items = load_items(conn, [(qid, None) for qid in chosen])
    return QuizRun(int(key[0]), items, retry_of)


def _attempt(conn: Connection, attempt_id: int) -> Row[Any]:
    row = conn.execute(select(ATTEMPTS).where(ATTEMPTS.c.id == attempt_id)).first()
    if row is None:
        raise QuizappError(f"there is no quiz attempt {attempt_id}")
    return row


def record_quiz_answer(
    bank: Bank, attempt_id: int, question_id: int, answer: Answer
) -> AnswerResult:
    """Log a quiz answer (and schedule the card, except in a retry), committed at once."""
    with bank.engine.begin() as conn:
        attempt = _attempt(conn, attempt_id)
        if attempt.finished_at is not None:
            raise QuizappError("this quiz is finished; start a new one")
        if question_id not in (attempt.question_ids or []):
            raise QuizappError(f"question {question_id} is not part of this quiz")
        done = conn.execute(
            select(REVIEWS.c.id).where(
                REVIEWS.c.attempt_id == attempt_id, REVIEWS.c.question_id == question_id
            )
        ).first()
        if done is not None:
            raise QuizappError("this question of the quiz is already answered")
        logged = replace(answer, rating=0) if attempt.retry_of else answer  # a retry: log only
        return write_answer(conn, attempt.learner_id, question_id, logged, attempt_id=attempt_id)


def undo_quiz_answer(bank: Bank, attempt_id: int) -> int | None:
    """Take back the quiz's last answer (the card as it was, the row gone); its question id.

    Only while the quiz runs, and only when that answer is also the learner's last
    one (undo goes last first); otherwise nothing changes and None is returned.
    """
    with bank.engine.connect() as conn:
        attempt = _attempt(conn, attempt_id)
    if attempt.finished_at is not None:
        raise QuizappError("this quiz is finished; its answers are scored")
    return undo_last(bank, attempt.learner_id, attempt_id=attempt_id)


def finish_quiz(bank: Bank, attempt_id: int, *, now: datetime) -> QuizResult:
    """Close the attempt and score it (unanswered questions count as missed)."""
    with bank.engine.begin() as conn:
        attempt = _attempt(conn, attempt_id)
        result = _score(conn, attempt, attempt.finished_at or scheduler.utc(now))
        if attempt.finished_at is None:
            conn.execute(
                update(ATTEMPTS)
                .where(ATTEMPTS.c.id == attempt_id)
                .values(finished_at=scheduler.utc(now), correct=result.score)
            )
        return result


def _score(conn: Connection, attempt: Row[Any], end: datetime) -> QuizResult:
    chosen: list[int] = list(attempt.question_ids or [])
    given = {
        r.question_id: r
        for r in conn.execute(
            select(
                REVIEWS.c.question_id, REVIEWS.c.response, REVIEWS.c.correct, REVIEWS.c.duration_ms
            ).where(REVIEWS.c.attempt_id == attempt.id)
        )
    }
    items = {item.question_id: item for item in load_items(conn, [(q, None) for q in chosen])}
    answers = []
    for qid in chosen:
        item = items.get(qid)
        if item is None:  # the question was deleted since
            continue
        row = given.get(qid)
        answers.append(
            QuizAnswer(
                question_id=qid,
                prompt=item.question.prompt,
                response=row.response if row else "",
                expected=expected_text(item.question),
                correct=bool(row and row.correct),
                answered=row is not None,
                shown=shown_response(item.question, row.response, bool(row.correct)) if row else "",
                duration_ms=row.duration_ms if row else None,
            )
        )
    score = sum(a.correct for a in answers)
    return QuizResult(attempt.id, score, len(answers), end - attempt.started_at, answers)


def shown_response(question: QuestionData, stored: str, correct: bool) -> str:
    """A logged response (JSON for orders and matches) as the learner would write it."""
    kind = question.kind
    if kind == QuestionKind.FLASHCARD:
        return "knew it" if correct else "did not know it"
    if kind == QuestionKind.TRUE_FALSE:
        return stored.capitalize()
    if kind not in (QuestionKind.ORDERING, QuestionKind.MATCHING):
        return stored
    try:
        value = json.loads(stored)
    except ValueError:
        return stored
    if isinstance(value, list):
        return " → ".join(str(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{left} → {right or '(none)'}" for left, right in value.items())
    return stored


def retry_missed(bank: Bank, attempt_id: int, *, now: datetime) -> QuizRun | None:
    """A new attempt with the questions missed in ``attempt_id`` (None if none were)."""
    with bank.engine.begin() as conn:
        attempt = _attempt(conn, attempt_id)
        missed = _score(conn, attempt, attempt.finished_at or scheduler.utc(now)).missed
        if not missed:
            return None
        return _new_attempt(
            conn, attempt.learner_id, attempt.set_id, missed, now, retry_of=attempt_id
        )
