"""Retention by week: due reviews and recalls summed per learner week, oldest first."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import text

from quizapp.content import sets
from quizapp.questiondata import QuestionData, SetData
from quizapp.store.bank import Bank
from quizapp.study import learners, stats

pytestmark = pytest.mark.both_engines  # every test here runs on SQLite and PostgreSQL


def test_weeks_sum_their_days(bank: Bank) -> None:
    # Given a learner with kept day totals on three days of two weeks (Wednesday 2026-11-25 is
    # "today"; Monday 2026-11-23 starts this week, Monday 2026-11-16 the one before)
    card = QuestionData(uid="a", kind="flashcard", prompt="front", answer="back")
    set_id = sets.add_set(bank, SetData("S", questions=[card])).id
    ada = learners.create_learner(bank, "Ada", timezone="UTC", day_start_hour=4)
    rows = [("2026-11-17", 4, 3), ("2026-11-22", 6, 3), ("2026-11-23", 5, 5)]
    with bank.engine.begin() as conn:
        for day, due, recalled in rows:
            conn.execute(
                text("INSERT INTO studyday (learner_id, set_id, day, answers, ms, due_reviews, "
                     "recalled) VALUES (:l, :s, :d, :n, 0, :n, :r)"),
                {"l": ada.id, "s": set_id, "d": day, "n": due, "r": recalled},
            )  # fmt: skip
    # When the statistics are computed on Wednesday
    found = stats.learner_stats(bank, ada.id, now=datetime(2026, 11, 25, 12, tzinfo=UTC))
    weeks = found.retention_by_week
    # Then there are 12 weeks, the last two holding 6 of 10 (60 %) and 5 of 5 (100 %)
    assert len(weeks) == 12
    assert weeks[-2] == stats.WeekRetention(date(2026, 11, 16), 10, 6, 60.0)
    assert weeks[-1] == stats.WeekRetention(date(2026, 11, 23), 5, 5, 100.0)
    assert all(w.percent is None for w in weeks[:-2])
    assert weeks[0].week == date(2026, 9, 7)
