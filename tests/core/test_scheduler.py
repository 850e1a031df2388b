"""The FSRS wrapper and the learner's day (time zones, start hour, DST)."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from fsrs import Card, Rating, Scheduler

from quizapp.study import scheduler

PARIS = "Europe/Paris"


def test_day_starts_at_the_configured_hour_in_the_learners_zone() -> None:
    # 03:59 in Paris (winter, UTC+1) still belongs to the day before when days start at 4
    before = datetime(2026, 1, 15, 2, 59, tzinfo=UTC)
    after = datetime(2026, 1, 15, 3, 0, tzinfo=UTC)
    assert scheduler.learner_day(before, PARIS, 4) == date(2026, 1, 14)
    assert scheduler.learner_day(after, PARIS, 4) == date(2026, 1, 15)
    start, end = scheduler.day_bounds(after, PARIS, 4)
    assert start == after and end == after + timedelta(days=1)


def test_day_across_spring_dst_change_is_23_hours() -> None:
    # Paris moves clocks forward at 02:00 on 2026-03-29: the learner's 28th lasts 23 hours
    now = datetime(2026, 3, 28, 12, 0, tzinfo=UTC)
    start, end = scheduler.day_bounds(now, PARIS, 4)
    assert start == datetime(2026, 3, 28, 3, 0, tzinfo=UTC)  # 04:00 CET
    assert end == datetime(2026, 3, 29, 2, 0, tzinfo=UTC)  # 04:00 CEST
    assert end - start == timedelta(hours=23)
    assert scheduler.learner_day(end - timedelta(seconds=1), PARIS, 4) == date(2026, 3, 28)
    assert scheduler.learner_day(end, PARIS, 4) == date(2026, 3, 29)


def test_day_across_autumn_dst_change_is_25_hours() -> None:
    now = datetime(2026, 10, 25, 12, 0, tzinfo=UTC)
    start, end = scheduler.day_bounds(now, "America/New_York", 0)
    assert end - start == timedelta(hours=24)  # New York changes a week later
    start, end = scheduler.day_bounds(datetime(2026, 11, 1, 12, tzinfo=UTC), "America/New_York", 0)
    assert end - start == timedelta(hours=25)


def test_day_shifts_group_instants_like_learner_day() -> None:
    since = datetime(2026, 3, 20, tzinfo=UTC)
    until = datetime(2026, 4, 5, tzinfo=UTC)
    periods = scheduler.day_shifts(PARIS, 4, since, until)
    assert len(periods) == 2
    assert periods[0] == (datetime(2026, 3, 29, 1, 0, tzinfo=UTC), 60 - 240)
    assert periods[1] == (None, 120 - 240)
    at = since
    while at < until:
        minutes = next(m for end, m in periods if end is None or at < end)
        assert (at + timedelta(minutes=minutes)).date() == scheduler.learner_day(at, PARIS, 4)
        at += timedelta(minutes=37)


def test_review_matches_fsrs_and_snapshot_round_trips() -> None:
    now = datetime(2026, 5, 1, 9, 30, tzinfo=UTC)
    ours = scheduler.new_card(7, now)
    theirs = Card(card_id=7, due=now)
    sched = scheduler.scheduler_for(0.9)
    plain = Scheduler(desired_retention=0.9)
    for step, rating in enumerate([Rating.Good, Rating.Good, Rating.Again, Rating.Good]):
        at = now + timedelta(days=step * 3, minutes=step)
        random.seed(step)
        ours = scheduler.review(sched, ours, int(rating), at)
        random.seed(step)
        theirs, _ = plain.review_card(theirs, rating, at)
        assert ours.to_dict() == theirs.to_dict()
        restored = scheduler.restore(scheduler.snapshot(ours))
        assert restored is not None and restored.to_dict() == ours.to_dict()
    assert scheduler.restore(scheduler.snapshot(None)) is None


def test_preview_gives_an_interval_per_rating() -> None:
    now = datetime(2026, 5, 1, tzinfo=UTC)
    shown = scheduler.preview(scheduler.scheduler_for(0.9, fuzz=False), Card(1, due=now), now)
    assert sorted(shown) == [1, 2, 3, 4]
    assert shown[1] == timedelta(minutes=1) and shown[3] == timedelta(minutes=10)
    assert shown[4] >= timedelta(days=1)


def test_naive_datetimes_are_refused() -> None:
    import pytest

    with pytest.raises(ValueError, match="naive"):
        scheduler.new_card(1, datetime(2026, 1, 1))
    assert scheduler.utc(datetime(2026, 1, 1, 1, tzinfo=ZoneInfo(PARIS))).tzinfo is UTC
