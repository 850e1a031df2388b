"""The app's consistency rules, as SQL: rows pointing at missing rows, impossible values.

Each :class:`Rule` names a problem, the rows that have it (a ``WHERE`` on one
table) and its safe repair, in words for the report and as the statement that
makes it; :func:`quizapp.store.integrity.full_check` counts and repairs them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import column, literal
from sqlalchemy.engine import Dialect
from sqlalchemy.sql.expression import ColumnElement

from quizapp.store.sqltime import greatest, least

MAX_STABILITY = 36500.0  # days; fsrs never schedules further than 100 years
MIN_STABILITY = 0.001
MAX_DIFFICULTY = 10.0
MIN_DIFFICULTY = 1.0
_DIFFICULTY = f"difficulty NOT BETWEEN {MIN_DIFFICULTY} AND {MAX_DIFFICULTY}"


@dataclass(frozen=True)
class Rule:
    """One rule: the rows of ``table`` that break it (``where``) and their repair."""

    problem: str
    table: str
    where: str
    # "DELETE", "SET <assignments>", or column -> new value in either engine's words
    action: str | dict[str, ColumnElement[Any]] | None  # None: report only
    fix: str | None

    def statement(self, dialect: Dialect) -> str:
        if self.action == "DELETE":
            return f"DELETE FROM {self.table} WHERE {self.where}"
        action = self.action
        if isinstance(action, dict):
            action = "SET " + ", ".join(
                f"{name} = {_sql(value, dialect)}" for name, value in action.items()
            )
        return f"UPDATE {self.table} {action} WHERE {self.where}"


def _sql(value: ColumnElement[Any], dialect: Dialect) -> str:
    return str(value.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))


def _clamp(name: str, low: float, high: float) -> ColumnElement[Any]:
    """``name`` moved into [low, high] (two-argument min/max: LEAST/GREATEST on PostgreSQL)."""
    return least(greatest(column(name), literal(low)), literal(high))


COVERED_LINKS = {
    ("question", "questionset"),
    ("question", "article"),
    ("cardstate", "question"),
    ("cardstate", "learner"),
    ("reviewlog", "question"),
    ("reviewlog", "learner"),
    ("reviewlog", "quizattempt"),
    ("recentanswer", "reviewlog"),
    ("recentanswer", "learner"),
    ("quizattempt", "learner"),
    ("quizattempt", "questionset"),
    ("quizattempt", "quizattempt"),
}  # fmt: skip  (links the rules below check and repair themselves)


def _missing(column: str, parent: str) -> str:
    return f"{column} IS NOT NULL AND {column} NOT IN (SELECT id FROM {parent})"


RULES = (
    Rule(
        "questions without a set",
        "question",
        _missing("set_id", "questionset"),
        "DELETE",
        "deleted, as deleting their set would have",
    ),
    Rule(
        "questions pointing at a missing article",
        "question",
        _missing("article_id", "article"),
        "SET article_id = NULL",
        "link cleared",
    ),
    Rule(
        "card states without a question",
        "cardstate",
        _missing("question_id", "question"),
        "DELETE",
        "deleted",
    ),
    Rule(
        "card states without a learner",
        "cardstate",
        _missing("learner_id", "learner"),
        "DELETE",
        "deleted",
    ),
    Rule(
        "review rows without a question",
        "reviewlog",
        _missing("question_id", "question"),
        "DELETE",
        "deleted",
    ),
    Rule(
        "review rows without a learner",
        "reviewlog",
        _missing("learner_id", "learner"),
        "DELETE",
        "deleted",
    ),
    Rule(
        "review rows pointing at a missing quiz attempt",
        "reviewlog",
        _missing("attempt_id", "quizattempt"),
        "SET attempt_id = NULL",
        "link cleared",
    ),
    Rule(
        "answer ids without their review",
        "recentanswer",
        _missing("review_id", "reviewlog"),
        "DELETE",
        "deleted (a retry of that answer would be a new answer)",
    ),
    Rule(
        "answer ids without a learner",
        "recentanswer",
        _missing("learner_id", "learner"),
        "DELETE",
        "deleted",
    ),
    Rule(
        "quiz attempts without a learner",
        "quizattempt",
        _missing("learner_id", "learner"),
        "DELETE",
        "deleted",
    ),
    Rule(
        "quiz attempts pointing at a missing set",
        "quizattempt",
        _missing("set_id", "questionset"),
        "SET set_id = NULL",
        "link cleared",
    ),
    Rule(
        "quiz attempts retrying a missing attempt",
        "quizattempt",
        _missing("retry_of", "quizattempt"),
        "SET retry_of = NULL",
        "link cleared",
    ),
    Rule(
        "review rows with a negative duration",
        "reviewlog",
        "duration_ms < 0",
        "SET duration_ms = 0",
        "duration set to 0",
    ),
    Rule(
        "review rows with a rating outside 0-4",
        "reviewlog",
        "rating IS NULL OR rating NOT BETWEEN 0 AND 4",
        "SET rating = 0",
        "rating set to 0 (not used for scheduling)",
    ),
    Rule(
        "card states with an unknown state",
        "cardstate",
        "state NOT IN (1, 2, 3)",
        "DELETE",
        "card reset to new; its review history is kept",
    ),
    Rule(
        "card states with a negative step", "cardstate", "step < 0", "SET step = 0", "step set to 0"
    ),
    Rule(
        "card states with stability out of range",
        "cardstate",
        f"stability IS NOT NULL AND stability NOT BETWEEN {MIN_STABILITY} AND {MAX_STABILITY}",
        {"stability": _clamp("stability", MIN_STABILITY, MAX_STABILITY)},
        "clamped into range",
    ),
    Rule(
        "card states with difficulty out of range",
        "cardstate",
        f"difficulty IS NOT NULL AND {_DIFFICULTY}",
        {"difficulty": _clamp("difficulty", MIN_DIFFICULTY, MAX_DIFFICULTY)},
        "clamped into range",
    ),
    Rule(
        "learners with desired retention outside (0, 1)",
        "learner",
        "desired_retention IS NULL OR desired_retention <= 0 OR desired_retention >= 1",
        "SET desired_retention = 0.9",
        "set to 0.9",
    ),
    Rule(
        "learners with a negative new-cards-per-day",
        "learner",
        "new_per_day < 0",
        "SET new_per_day = 20",
        "set to 20",
    ),
    Rule(
        "learners with a day start hour outside 0-23",
        "learner",
        "day_start_hour NOT BETWEEN 0 AND 23",
        "SET day_start_hour = 4",
        "set to 4",
    ),
    Rule(
        "quiz attempts with negative counts",
        "quizattempt",
        "total < 0 OR correct < 0",
        {
            "total": greatest(column("total"), literal(0)),
            "correct": greatest(column("correct"), literal(0)),
        },
        "set to 0",
    ),
    Rule(
        "quiz attempts with more correct than total",
        "quizattempt",
        "correct > total",
        "SET total = correct",
        "total raised to the correct count",
    ),
)
