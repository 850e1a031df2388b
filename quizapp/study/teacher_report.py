"""The teacher's view of one set: every learner's progress and every question's % correct.

Answers and % correct count scheduled and quiz answers; practice (custom study
outside the schedule and retries of missed quiz questions,
:func:`quizapp.study.summaries.is_practice`) is left out of them,
as the learner's own statistics leave it out, though its time counts in minutes.

:func:`write_csv` writes both tables into one CSV file (UTF-8 with a byte-order
mark so spreadsheet programs read accents right): the learners first, then an
empty row, then the questions with one "% correct" column per learner.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import and_, case, func, select

from quizapp.errors import QuizappError
from quizapp.store.bank import Bank
from quizapp.study import scheduler
from quizapp.study.studydb import (
    CARDS,
    LEARNERS,
    QUESTIONS,
    REVIEW_STATE,
    REVIEWS,
    SETS,
    card_not_held,
    due_before,
    settings_of,
)


@dataclass(frozen=True)
class LearnerProgress:
    """One learner's progress in the set."""

    learner_id: int
    name: str
    seen: int  # questions answered at least once
    mastered: int
    due: int  # due today, held cards left out (quizapp.study.studydb.due_today)
    answers: int
    correct: int
    minutes: float
    last_studied: datetime | None

    @property
    def percent(self) -> float | None:
        return round(100.0 * self.correct / self.answers, 1) if self.answers else None


@dataclass(frozen=True)
class QuestionResult:
    """How a question of the set went, over all learners and per learner."""

    question_id: int
    uid: str
    prompt: str
    kind: str
    answers: int
    correct: int
    by_learner: dict[int, tuple[int, int]] = field(default_factory=dict)  # id -> (answers, ok)

    @property
    def percent(self) -> float | None:
        return round(100.0 * self.correct / self.answers, 1) if self.answers else None


@dataclass(frozen=True)
class SetReport:
    """Progress of every learner and results of every question, for one set."""

    set_id: int
    set_name: str
    questions_total: int
    learners: list[LearnerProgress]
    questions: list[QuestionResult]


def set_report(bank: Bank, set_id: int, *, now: datetime) -> SetReport:
    """The teacher's report of the set ``set_id`` as of ``now``."""
    now = scheduler.utc(now)
    q, c, r = QUESTIONS.c, CARDS.c, REVIEWS.c
    in_set = select(q.id).where(q.set_id == set_id)
    with bank.engine.connect() as conn:
        name = conn.execute(select(SETS.c.name).where(SETS.c.id == set_id)).scalar()
        if name is None:
            raise QuizappError(f"there is no set with id {set_id}")
        questions = conn.execute(
            select(q.id, q.uid, q.prompt, q.kind).where(q.set_id == set_id).order_by(q.position)
        ).all()
        mastered = case(
            (and_(c.state == REVIEW_STATE, c.stability >= scheduler.MASTERED_DAYS), 1), else_=0
        )
        learners = [settings_of(row) for row in conn.execute(select(LEARNERS))]
        day_ends = [(c.learner_id == ls.id, ls.today(now)[1]) for ls in learners]
        due = case(*day_ends, else_=now) if day_ends else now  # each learner's own day
        cards = {
            row[0]: row[1:]
            for row in conn.execute(
                select(
                    c.learner_id,
                    func.count(),
                    func.sum(mastered),
                    func.sum(case((and_(due_before(due), card_not_held(now)), 1), else_=0)),
                )
                .where(c.question_id.in_(in_set))
                .group_by(c.learner_id)
            )
        }
        counted = r.rating != 0  # not practice (summaries.is_practice): a retry's answers neither
        answers = conn.execute(
            select(
                r.learner_id,
                r.question_id,
                func.sum(case((counted, 1), else_=0)),
                func.sum(case((and_(counted, r.correct), 1), else_=0)),
                func.sum(r.duration_ms),
                func.max(r.reviewed_at),
            )
            .where(r.question_id.in_(in_set))
            .group_by(r.learner_id, r.question_id)
        ).all()
        people = conn.execute(
            select(LEARNERS.c.id, LEARNERS.c.name).order_by(LEARNERS.c.name)
        ).all()
    return _assemble(set_id, name, questions, cards, answers, people)


def _assemble(
    set_id: int,
    name: str,
    questions: Sequence[Any],
    cards: dict[int, Any],
    answers: Sequence[Any],
    people: Sequence[Any],
) -> SetReport:
    per_learner: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
    last: dict[int, datetime] = {}
    per_question: dict[int, dict[int, tuple[int, int]]] = defaultdict(dict)
    for learner_id, question_id, n, ok, ms, latest in answers:
        totals = per_learner[learner_id]
        totals[0] += n or 0
        totals[1] += ok or 0
        totals[2] += ms or 0
        if n:
            per_question[question_id][learner_id] = (int(n), int(ok or 0))
        if latest is not None and (learner_id not in last or latest > last[learner_id]):
            last[learner_id] = scheduler.utc(latest) if latest.tzinfo else latest
    learners = []
    for learner_id, learner_name in people:
        seen, mastered, due = cards.get(learner_id, (0, 0, 0))
        n, ok, ms = per_learner.get(learner_id, [0, 0, 0])
        learners.append(
            LearnerProgress(
                learner_id,
                learner_name,
                int(seen),
                int(mastered or 0),
                int(due or 0),
                n,
                ok,
                round(ms / 60000, 1),
                last.get(learner_id),
            )
        )
    results = []
    for qid, uid, prompt, kind in questions:
        by = per_question.get(qid, {})
        results.append(
            QuestionResult(
                qid,
                uid,
                prompt,
                kind,
                sum(n for n, _ok in by.values()),
                sum(ok for _n, ok in by.values()),
                by,
            )
        )
    return SetReport(set_id, name, len(questions), learners, results)


def report_rows(report: SetReport) -> list[list[str]]:
    """The report as CSV rows: the learners table, an empty row, the questions table."""
    rows = [
        ["learner", "questions seen", "questions in set", "mastered", "due today", "answers",
         "% correct", "minutes", "last studied (UTC)"],
    ]  # fmt: skip
    for p in report.learners:
        rows.append(
            [
                p.name,
                str(p.seen),
                str(report.questions_total),
                str(p.mastered),
                str(p.due),
                str(p.answers),
                _pct(p.percent),
                f"{p.minutes:g}",
                p.last_studied.strftime("%Y-%m-%d %H:%M") if p.last_studied else "",
            ]
        )
    rows.append([])
    names = [p.name for p in report.learners]
    ids = [p.learner_id for p in report.learners]
    rows.append(["question", "prompt", "kind", "answers", "% correct", *(f"{n} %" for n in names)])
    for q in report.questions:
        each = [_pct(percent_right(q.by_learner.get(i))) for i in ids]
        rows.append([q.uid, q.prompt, q.kind, str(q.answers), _pct(q.percent), *each])
    return rows


def write_csv(report: SetReport, path: str | Path) -> Path:
    """Write the report to ``path`` as CSV; returns the path."""
    return write_rows(report_rows(report), path)


def write_rows(rows: list[list[str]], path: str | Path) -> Path:
    """Write ``rows`` to ``path`` as CSV for spreadsheets (UTF-8 with a byte-order mark)."""
    target = Path(path)
    try:
        with target.open("w", newline="", encoding="utf-8-sig") as handle:
            csv.writer(handle).writerows(rows)
    except OSError as exc:
        raise QuizappError(f"cannot write {target}: {exc.strerror or exc}") from exc
    return target


def percent_right(pair: tuple[int, int] | None) -> float | None:
    """% correct of an (answers, right) pair, to one decimal; None without answers."""
    if not pair or not pair[0]:
        return None
    return round(100.0 * pair[1] / pair[0], 1)


def _pct(value: float | None) -> str:
    return "" if value is None else f"{value:g}"
