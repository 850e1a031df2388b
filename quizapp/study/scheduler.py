"""A thin, pure wrapper around py-fsrs, and the learner's day.

Nothing here reads the bank or the clock: ``now`` is passed in. fsrs only
accepts datetimes whose tzinfo is exactly ``timezone.utc`` and sleeps 1 ms when a
Card gets no id, so :func:`card_from_row` converts and passes the question id.

The learner's day starts at ``day_start_hour`` on their own clock (IANA zone):
:func:`learner_day` is the day an instant belongs to, :func:`day_bounds` the UTC
instants where the learner's current day begins and ends (23 or 25 hours apart
across a DST change). fsrs itself counts elapsed days as whole 24-hour periods.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from fsrs import Card, Rating, Scheduler, State

MASTERED_DAYS = 21.0  # a card in review with stability of 21 days or more counts as mastered
LEARN_AHEAD = timedelta(minutes=20)  # learning cards shown early when nothing else is left
RATINGS = (Rating.Again, Rating.Hard, Rating.Good, Rating.Easy)


@lru_cache(maxsize=64)
def scheduler_for(
    desired_retention: float, parameters: tuple[float, ...] | None = None, *, fuzz: bool = True
) -> Scheduler:
    """An fsrs Scheduler for a learner's retention and (fitted) parameters."""
    if parameters:
        return Scheduler(
            parameters=parameters, desired_retention=desired_retention, enable_fuzzing=fuzz
        )
    return Scheduler(desired_retention=desired_retention, enable_fuzzing=fuzz)


def utc(when: datetime) -> datetime:
    """``when`` with tzinfo exactly ``timezone.utc`` (what fsrs demands)."""
    if when.tzinfo is None:
        raise ValueError("naive datetime: pass an aware UTC datetime")
    return when.astimezone(UTC)


def new_card(question_id: int, now: datetime) -> Card:
    """The fsrs card of a question never answered."""
    return Card(card_id=question_id, due=utc(now))


def card_from_row(
    question_id: int,
    *,
    state: int,
    step: int | None,
    stability: float | None,
    difficulty: float | None,
    due: datetime,
    last_review: datetime | None,
) -> Card:
    """The fsrs card of a stored card state."""
    return Card(
        card_id=question_id,
        state=State(state),
        step=step,
        stability=stability,
        difficulty=difficulty,
        due=utc(due),
        last_review=utc(last_review) if last_review is not None else None,
    )


def card_columns(card: Card) -> dict[str, Any]:
    """The CardState column values of ``card``."""
    return {
        "state": int(card.state),
        "step": card.step,
        "stability": card.stability,
        "difficulty": card.difficulty,
        "due": card.due,
        "last_review": card.last_review,
    }


def snapshot(card: Card | None) -> dict[str, Any]:
    """A JSON-ready copy of ``card`` (``{"new": true}`` for a card never answered)."""
    if card is None:
        return {"new": True}
    return dict(card.to_dict())


def restore(saved: dict[str, Any]) -> Card | None:
    """The card a :func:`snapshot` was taken of (None for a new card)."""
    if saved.get("new"):
        return None
    card = Card.from_dict(saved)  # type: ignore[arg-type]
    # Card.from_dict turns a stability or difficulty of 0.0 into None; keep them exact.
    card.stability = saved["stability"]
    card.difficulty = saved["difficulty"]
    return card


def review(
    scheduler: Scheduler, card: Card, rating: int, now: datetime, duration_ms: int | None = None
) -> Card:
    """``card`` after an answer rated ``rating`` at ``now``."""
    updated, _log = scheduler.review_card(card, Rating(rating), utc(now), duration_ms)
    return updated


def preview(scheduler: Scheduler, card: Card, now: datetime) -> dict[int, timedelta]:
    """Rating -> the wait until the card is due again, were it rated so now."""
    now = utc(now)
    return {int(r): scheduler.review_card(card, r, now)[0].due - now for r in RATINGS}


def retrievability(scheduler: Scheduler, card: Card, now: datetime) -> float:
    """The chance the learner recalls ``card`` at ``now`` (0 for a new card)."""
    return float(scheduler.get_card_retrievability(card, utc(now)))


# --- the learner's day --------------------------------------------------------------


def learner_day(when: datetime, tz: str, start_hour: int) -> date:
    """The learner's day that the instant ``when`` belongs to."""
    local = when.astimezone(ZoneInfo(tz)).replace(tzinfo=None)
    return (local - timedelta(hours=start_hour)).date()


def day_start(day: date, tz: str, start_hour: int) -> datetime:
    """The UTC instant the learner's ``day`` begins."""
    return datetime.combine(day, time(start_hour), tzinfo=ZoneInfo(tz)).astimezone(UTC)


def day_bounds(now: datetime, tz: str, start_hour: int) -> tuple[datetime, datetime]:
    """The UTC instants where the learner's current day begins and ends."""
    today = learner_day(now, tz, start_hour)
    return day_start(today, tz, start_hour), day_start(today + timedelta(days=1), tz, start_hour)


def day_shifts(
    tz: str, start_hour: int, since: datetime, until: datetime
) -> list[tuple[datetime | None, int]]:
    """Constant-offset periods covering [since, until], for grouping by day in SQL.

    Returns ``(end, minutes)`` pairs in time order: an instant ``t`` before
    ``end`` (and after the previous end) belongs to the learner day
    ``(t + minutes).date()`` in UTC. The last pair's end is None.
    """
    zone = ZoneInfo(tz)

    def shift(at: datetime) -> int:
        offset = at.astimezone(zone).utcoffset() or timedelta(0)
        return int(offset.total_seconds() // 60) - start_hour * 60

    periods: list[tuple[datetime | None, int]] = []
    current = shift(since)
    step = timedelta(hours=6)
    at = since
    while at < until:
        nxt = min(at + step, until)
        if shift(nxt) != current:
            change = _find_change(shift, at, nxt)
            periods.append((change, current))
            current = shift(change)
        at = nxt
    periods.append((None, current))
    return periods


def _find_change(shift: Any, low: datetime, high: datetime) -> datetime:
    """The first instant in (low, high] whose shift differs from low's (to the second)."""
    before = shift(low)
    while high - low > timedelta(seconds=1):
        middle = low + (high - low) / 2
        if shift(middle) == before:
            low = middle
        else:
            high = middle
    return high.replace(microsecond=0)
