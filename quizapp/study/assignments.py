"""Work the teacher sets the class: a quiz on one set, due on a day.

An assignment names a set, the day it is due, and optionally how many questions
its quiz asks (else every question of the set) and the pass mark (a percent of
right answers). A learner starts it with :func:`start_assigned`: the quiz's
attempt carries the assignment's id, so :func:`class_work` can tell who did it,
their best score, whether they passed, and who has not started.

One assignment per set: assigning a set again changes its due day, length and
pass mark. On a class bank the server lets learners read assignments and only
the teacher's login write them (:mod:`quizapp.study.classbank`).
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Connection, Table, delete, func, insert, select, update

from quizapp.errors import QuizappError
from quizapp.store.bank import Bank
from quizapp.store.models import Assignment
from quizapp.study import quiz, scheduler
from quizapp.study.quiz_options import MAX_COUNT, QuizOptions, check_pass_mark, reaches_pass_mark
from quizapp.study.studydb import ATTEMPTS, LEARNERS, QUESTIONS, REVIEWS, SETS, learner_settings
from quizapp.study.teacher_report import write_rows

ASSIGNMENTS = cast(Table, Assignment.__table__)  # type: ignore[attr-defined]
MAX_QUIZ_LENGTH = 200  # as many as the quiz screen asks at most


class WorkState(StrEnum):
    """Where a learner stands with an assignment."""

    NOT_STARTED = "not started"
    STARTED = "started"  # a quiz begun, none finished with at least one answer
    DONE = "done"  # finished, and the assignment has no pass mark
    PASSED = "passed"
    FAILED = "not passed"  # finished, best score under the pass mark


@dataclass(frozen=True)
class AssignmentInfo:
    """An assignment as the screens and commands show it."""

    id: int
    set_id: int
    set_name: str
    due_on: date
    quiz_length: int | None  # None: every question of the set
    pass_mark: int | None  # percent; None: no pass mark
    questions: int  # the set's questions now

    @property
    def length(self) -> int:
        """How many questions its quiz asks (never more than the set holds)."""
        wanted = self.quiz_length or self.questions
        return max(1, min(wanted, self.questions)) if self.questions else 0

    def passes(self, correct: int, total: int) -> bool | None:
        """Whether ``correct`` right of ``total`` reaches the pass mark (None without one)."""
        return None if self.pass_mark is None else reaches_pass_mark(correct, total, self.pass_mark)

    def quiz_options(self) -> QuizOptions:
        """The options of its quiz (its length and pass mark) for the quiz screen.

        A pass mark of 0, which an older quizapp let a teacher store, passes everyone:
        the quiz is asked without one, as it says nothing.

        Raises:
            QuizappError: a pass mark out of range (over 100, written by hand).
        """
        mark = self.pass_mark or None
        return QuizOptions(count=max(1, min(self.length, MAX_COUNT)), pass_mark=mark)


@dataclass(frozen=True)
class Work:
    """One learner's work on one assignment."""

    learner_id: int
    name: str
    state: WorkState
    attempts: int = 0  # finished quizzes of the assignment (with at least one answer)
    best: float | None = None  # best score of those, in percent
    finished_at: datetime | None = None  # when the first was finished

    @property
    def finished(self) -> bool:
        return self.attempts > 0

    def overdue(self, assignment: AssignmentInfo, today: date) -> bool:
        """Not finished and its due day is past (on ``today``'s calendar)."""
        return not self.finished and today > assignment.due_on


@dataclass(frozen=True)
class ClassWork:
    """An assignment and every learner's work on it (those who have not started too)."""

    assignment: AssignmentInfo
    work: list[Work]

    def count(self, *states: WorkState) -> int:
        return sum(w.state in states for w in self.work)


@dataclass(frozen=True)
class MyWork:
    """An assignment as one learner sees it on their home: their own work and their day."""

    assignment: AssignmentInfo
    work: Work
    today: date  # the learner's day

    @property
    def overdue(self) -> bool:
        return self.work.overdue(self.assignment, self.today)

    @property
    def days_left(self) -> int:
        return (self.assignment.due_on - self.today).days


def parse_due(text: str) -> date:
    """A due day written YYYY-MM-DD."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise QuizappError(
            f"a due date is written YYYY-MM-DD (e.g. 2026-03-06), not {text!r}"
        ) from None


def assign(
    bank: Bank,
    set_name: str,
    due_on: date,
    *,
    quiz_length: int | None = None,
    pass_mark: int | None = None,
    today: date,
    now: datetime,
) -> tuple[AssignmentInfo, bool]:
    """Set ``set_name`` as work due on ``due_on``; the assignment, and whether it was new.

    Raises:
        QuizappError: no such set, a due day before ``today``, a length under 1 or a
            pass mark outside 1-100 (:func:`quizapp.study.quiz_options.check_pass_mark`).
    """
    _check(due_on, quiz_length, pass_mark, today)
    values = {"due_on": due_on.isoformat(), "quiz_length": quiz_length, "pass_mark": pass_mark}
    with bank.engine.begin() as conn:
        set_id = _set_id(conn, set_name)
        found = conn.execute(select(ASSIGNMENTS.c.id).where(ASSIGNMENTS.c.set_id == set_id))
        old = found.scalar()
        if old is None:
            conn.execute(
                insert(ASSIGNMENTS).values(set_id=set_id, created_at=scheduler.utc(now), **values)
            )
        else:
            conn.execute(update(ASSIGNMENTS).where(ASSIGNMENTS.c.id == old).values(**values))
        (made,) = _assignments(conn, ASSIGNMENTS.c.set_id == set_id)
    return made, old is None


def _check(due_on: date, quiz_length: int | None, pass_mark: int | None, today: date) -> None:
    if due_on < today:
        raise QuizappError(f"the due date {due_on.isoformat()} is already past")
    if quiz_length is not None and not 1 <= quiz_length <= MAX_QUIZ_LENGTH:
        raise QuizappError(f"a quiz length is 1 to {MAX_QUIZ_LENGTH} questions, not {quiz_length}")
    check_pass_mark(pass_mark)


def _set_id(conn: Connection, set_name: str) -> int:
    found = conn.execute(select(SETS.c.id).where(SETS.c.name == set_name)).scalar()
    if found is None:
        names = conn.execute(select(SETS.c.name).order_by(SETS.c.name)).scalars().all()
        known = ", ".join(repr(n) for n in names) or "none yet"
        raise QuizappError(f"no set called {set_name!r} (sets: {known})")
    return int(found)


def unassign(bank: Bank, set_name: str) -> AssignmentInfo:
    """Take ``set_name`` off the class's work (the quizzes taken for it stay, as quizzes)."""
    with bank.engine.begin() as conn:
        set_id = _set_id(conn, set_name)
        found = _assignments(conn, ASSIGNMENTS.c.set_id == set_id)
        if not found:
            raise QuizappError(f"{set_name!r} is not assigned")
        conn.execute(delete(ASSIGNMENTS).where(ASSIGNMENTS.c.set_id == set_id))
        return found[0]


def list_assignments(bank: Bank) -> list[AssignmentInfo]:
    """Every assignment, the soonest due first."""
    with bank.engine.connect() as conn:
        return _assignments(conn)


def _assignments(conn: Connection, *where: Any) -> list[AssignmentInfo]:
    a = ASSIGNMENTS.c
    held = select(func.count()).where(QUESTIONS.c.set_id == a.set_id).scalar_subquery()
    rows = conn.execute(
        select(a.id, a.set_id, SETS.c.name, a.due_on, a.quiz_length, a.pass_mark, held)
        .join(SETS, SETS.c.id == a.set_id)
        .where(*where)
        .order_by(a.due_on, SETS.c.name)
    )
    return [
        AssignmentInfo(r[0], r[1], r[2], date.fromisoformat(r[3]), r[4], r[5], int(r[6]))
        for r in rows
    ]


def start_assigned(
    bank: Bank,
    learner_id: int,
    assignment: AssignmentInfo,
    *,
    now: datetime,
    rng: random.Random | None = None,
) -> quiz.QuizRun:
    """Start the assignment's quiz (its length now) for the learner, recorded against it.

    Raises:
        QuizappError: the assignment was taken off since it was shown, or its set is empty.
    """
    return start_assigned_quiz(bank, learner_id, assignment, now=now, rng=rng)[0]


def start_assigned_quiz(
    bank: Bank,
    learner_id: int,
    assignment: AssignmentInfo,
    *,
    now: datetime,
    rng: random.Random | None = None,
) -> tuple[quiz.QuizRun, QuizOptions]:
    """:func:`start_assigned`, with the options of the quiz as the teacher left it.

    The options are made (and checked) before the attempt is written, so a quiz that
    cannot be taken leaves no attempt behind.

    Raises:
        QuizappError: no longer assigned, an empty set, or options out of range.
    """
    with bank.engine.connect() as conn:
        found = _assignments(conn, ASSIGNMENTS.c.id == assignment.id)
    if not found:
        raise QuizappError(f"{assignment.set_name!r} is no longer assigned")
    assignment = found[0]  # as the teacher left it (its length may have changed)
    if not assignment.questions:
        raise QuizappError(f"{assignment.set_name!r} has no questions to quiz on")
    options = assignment.quiz_options()
    run = quiz.start_quiz(
        bank,
        learner_id,
        set_id=assignment.set_id,
        size=assignment.length,
        now=now,
        rng=rng,
        assignment_id=assignment.id,
    )
    return run, options


def class_work(bank: Bank) -> list[ClassWork]:
    """Every assignment with every learner's work on it, learners by name."""
    with bank.engine.connect() as conn:
        assigned = _assignments(conn)
        people = conn.execute(select(LEARNERS.c.id, LEARNERS.c.name).order_by(LEARNERS.c.name))
        learners = [(int(i), str(n)) for i, n in people]
        done = _attempts(conn, [a.id for a in assigned])
    return [
        ClassWork(a, [_work(a, i, name, done.get((a.id, i), [])) for i, name in learners])
        for a in assigned
    ]


def my_work(bank: Bank, learner_id: int, *, now: datetime) -> list[MyWork]:
    """The learner's assignments: what is left to do first (soonest due first), then done."""
    with bank.engine.connect() as conn:
        settings = learner_settings(conn, learner_id)
        today = settings.learner_day(scheduler.utc(now)).day
        assigned = _assignments(conn)
        done = _attempts(conn, [a.id for a in assigned], learner_id)
    mine = [
        MyWork(a, _work(a, learner_id, "", done.get((a.id, learner_id), [])), today)
        for a in assigned
    ]
    return sorted(mine, key=lambda m: (m.work.finished, m.assignment.due_on))


def _attempts(
    conn: Connection, assignment_ids: list[int], learner_id: int | None = None
) -> dict[tuple[int, int], list[Any]]:
    """(assignment, learner) -> their attempts of it (retries of missed questions left out),
    each with how many of its questions were answered."""
    if not assignment_ids:
        return {}
    t = ATTEMPTS.c
    answered = select(func.count()).where(REVIEWS.c.attempt_id == t.id).scalar_subquery()
    query = select(
        t.assignment_id,
        t.learner_id,
        t.finished_at,
        t.correct,
        t.total,
        answered.label("answered"),
    ).where(t.assignment_id.in_(assignment_ids), t.retry_of.is_(None))
    if learner_id is not None:
        query = query.where(t.learner_id == learner_id)
    found: dict[tuple[int, int], list[Any]] = defaultdict(list)
    for row in conn.execute(query):
        found[(row.assignment_id, row.learner_id)].append(row)
    return found


def _work(assignment: AssignmentInfo, learner_id: int, name: str, attempts: list[Any]) -> Work:
    """The learner's work; a quiz stopped before any answer is only started, never done.

    Answered is told by the attempt's answers, or its score (a right answer to a
    question deleted since, whose logged answer went with it).
    """
    finished = [r for r in attempts if r.finished_at is not None and (r.answered or r.correct)]
    if not finished:
        state = WorkState.STARTED if attempts else WorkState.NOT_STARTED
        return Work(learner_id, name, state)
    best = max(round(100.0 * r.correct / r.total, 1) if r.total else 0.0 for r in finished)
    first = min(_aware(r.finished_at) for r in finished)
    passed = (
        None
        if assignment.pass_mark is None
        else any(assignment.passes(r.correct, r.total) for r in finished)
    )
    state = WorkState.DONE if passed is None else WorkState.PASSED if passed else WorkState.FAILED
    return Work(learner_id, name, state, len(finished), best, first)


def _aware(when: datetime) -> datetime:
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


CSV_HEADER = ["set", "due", "questions", "pass mark %", "learner", "state", "best %",
              "quizzes finished", "first finished (UTC)"]  # fmt: skip


def work_rows(work: list[ClassWork]) -> list[list[str]]:
    """The class's work as CSV rows: one per assignment and learner, under a header."""
    rows = [CSV_HEADER]
    for each in work:
        a = each.assignment
        mark = "" if a.pass_mark is None else str(a.pass_mark)
        for w in each.work:
            best = "" if w.best is None else f"{w.best:g}"
            when = w.finished_at.strftime("%Y-%m-%d %H:%M") if w.finished_at else ""
            rows.append([a.set_name, a.due_on.isoformat(), str(a.length), mark, w.name,
                         str(w.state), best, str(w.attempts), when])  # fmt: skip
    return rows


def write_csv(work: list[ClassWork], path: str | Path) -> Path:
    """Write :func:`work_rows` to ``path`` (as the class report: UTF-8 with a byte-order mark)."""
    return write_rows(work_rows(work), path)


def as_json(work: list[ClassWork]) -> list[dict[str, Any]]:
    """The class's work as ``quizapp class assignments --json`` prints it."""
    return [
        {"set": c.assignment.set_name, "due": c.assignment.due_on.isoformat(),
         "quiz_length": c.assignment.length, "pass_mark": c.assignment.pass_mark,
         "learners": [_work_json(w) for w in c.work]}
        for c in work
    ]  # fmt: skip


def _work_json(w: Work) -> dict[str, Any]:
    return {
        "learner": w.name, "state": str(w.state), "finished": w.finished,
        "best_percent": w.best, "passed": {WorkState.PASSED: True, WorkState.FAILED: False}.get(
            w.state), "quizzes_finished": w.attempts,
        "first_finished": w.finished_at.isoformat() if w.finished_at else None,
    }  # fmt: skip
