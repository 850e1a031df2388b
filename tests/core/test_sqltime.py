"""Date arithmetic in SQL (store.sqltime) gives the same answers on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import bindparam, select
from sqlmodel.sql.sqltypes import UTCDateTime

from quizapp.content import sets
from quizapp.questiondata import QuestionData, SetData
from quizapp.store import sqltime
from quizapp.store.bank import Bank
from quizapp.study import learners, optimizer, review_queue
from quizapp.study.answering import Answer

pytestmark = pytest.mark.both_engines

NOW = datetime(2026, 3, 29, 2, 30, tzinfo=UTC)


def scalar(bank: Bank, expression: Any) -> Any:
    with bank.engine.connect() as conn:
        return conn.execute(select(expression)).scalar_one()


def stored(when: datetime) -> Any:
    """A datetime bound as the bank stores it (UTC text on SQLite)."""
    return bindparam(None, when, type_=UTCDateTime())


@pytest.mark.parametrize(
    ("minutes", "day"), [(-240, "2026-03-28"), (0, "2026-03-29"), (600, "2026-03-29"),
                         (-150, "2026-03-29"), (-151, "2026-03-28"), (1290, "2026-03-30")],
)  # fmt: skip
def test_shifted_day_moves_a_utc_time_by_minutes(bank: Bank, minutes: int, day: str) -> None:
    assert scalar(bank, sqltime.shifted_day(stored(NOW), minutes)) == day


def test_day_numbers_differ_by_days(bank: Bank) -> None:
    later = NOW + timedelta(days=1, hours=12)
    assert scalar(bank, sqltime.at(later) - sqltime.day_number(stored(NOW))) == pytest.approx(1.5)


def test_greatest_of_two(bank: Bank) -> None:
    assert scalar(bank, sqltime.greatest(0.25, 0.001)) == pytest.approx(0.25)
    assert scalar(bank, sqltime.greatest(-1.0, 0.001)) == pytest.approx(0.001)


def test_the_optimizer_counts_reviews_a_day_or_more_apart(bank: Bank) -> None:
    questions = [QuestionData(uid="q", kind="flashcard", prompt="front", answer="back")]
    sets.add_set(bank, SetData("One", questions=questions))
    ann = learners.create_learner(bank, "Ann")
    question_id = review_queue.study_queue(bank, ann.id, now=NOW)[0].question_id
    # 0 h, +23 h (not a day after), +47 h (a day after the previous), +72 h (again)
    for hours in (0, 23, 47, 72):
        review_queue.record_answer(
            bank,
            ann.id,
            question_id,
            Answer(
                rating=3,
                response="",
                correct=True,
                duration_ms=1000,
                time=NOW + timedelta(hours=hours),
            ),
        )
    assert optimizer.countable_reviews(bank, ann.id) == 2
