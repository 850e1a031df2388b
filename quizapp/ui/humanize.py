"""Short, human forms of durations and times for labels."""

from __future__ import annotations

from datetime import timedelta


def interval(span: timedelta) -> str:
    """``span`` as a button would show it: "<1m", "10m", "3h", "4d", "2mo", "1.5y"."""
    minutes = span.total_seconds() / 60
    if minutes < 1:
        return "<1m"
    if minutes < 60:
        return f"{round(minutes)}m"
    hours = minutes / 60
    if hours < 24:
        return f"{round(hours)}h"
    days = hours / 24
    if days < 30:
        return f"{round(days)}d"
    if days < 365:
        return f"{days / 30:.1f}mo".replace(".0mo", "mo")
    return f"{days / 365:.1f}y".replace(".0y", "y")


def duration(seconds: float) -> str:
    """A time taken: "42s", "3m 05s", "1h 02m"."""
    whole = round(seconds)
    if whole < 60:
        return f"{whole}s"
    minutes, secs = divmod(whole, 60)
    if minutes < 60:
        return f"{minutes}m {secs:02d}s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h {minutes:02d}m"


def count(n: int, noun: str) -> str:
    """ "1 set", "2 sets": a number with its noun (regular plurals only)."""
    return f"{n} {noun}{'' if n == 1 else 's'}"
