"""Wrong dates written like the answer: near years, decades and centuries, other months and
weekdays, and for a calendar date ("10 December 1815", "June 1987", "9 May") the other
corners of a grid of two of its parts.
"""

from __future__ import annotations

import random
import re

from quizapp.generator.facts import dates
from quizapp.generator.facts.facts import (
    CENTURY,
    DECADE,
    FULL_DATE,
    MONTH,
    MONTH_YEAR,
    TIME,
    WEEKDAY,
    YEAR,
    Fact,
)


def date_variations(fact: Fact, rng: random.Random) -> list[str]:
    """Wrong dates of the fact's type and format, in random order."""
    v = fact.value
    if fact.type == YEAR:
        steps = rng.sample([-9, -7, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 7, 9], 14)
        return [str(v + s) for s in steps if v + s <= 2100]
    if fact.type == DECADE:
        steps = rng.sample([-30, -20, -10, 10, 20, 30], 6)
        return [f"{v + s}s" for s in steps if v + s <= 2090]
    if fact.type == CENTURY:
        steps = rng.sample([-2, -1, 1, 2], 4)
        return [_replace_number(fact.surface, _ordinal(v + s)) for s in steps if 1 <= v + s <= 21]
    if fact.type == MONTH:
        return rng.sample([m for m in dates.MONTHS if m != fact.surface], 11)
    if fact.type == WEEKDAY:
        return rng.sample([d for d in dates.WEEKDAYS if d != fact.surface], 6)
    if fact.type in (FULL_DATE, MONTH_YEAR):
        return _calendar_variations(fact, rng)
    if fact.type == TIME:
        steps = rng.sample([-3, -2, -1, 1, 2, 3], 6)
        return [_replace_number(fact.surface, str((v[0] + s - 1) % 12 + 1)) for s in steps]
    return []


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _replace_number(text: str, new: str) -> str:
    return re.sub(r"\d+(?:st|nd|rd|th)?", new, text, count=1)


def _calendar_variations(fact: Fact, rng: random.Random) -> list[str]:
    """Other dates on a grid: two of the date's parts each get one other value, and the
    choices are the grid's other corners ("10 December 1815": "10 September 1815", "10
    December 1817", "10 September 1817"). Each choice then shares as many parts with the
    others as the answer does; varying one part at a time made the answer the only date
    that shares its day, month and year with the rest, which gives it away."""
    surface = fact.surface
    parts = _date_parts(surface)
    names = [name for name, _ in parts]
    pairs = [(a, b) for i, a in enumerate(names) for b in names[i + 1 :]]
    out: list[str] = []
    for first, second in rng.sample(pairs, len(pairs)):
        a, b = _other_part(surface, parts, first, rng), _other_part(surface, parts, second, rng)
        both = _other_part(a, _date_parts(a), second, rng, like=b)
        out += [a, b, both]
    return out


def _date_parts(text: str) -> list[tuple[str, re.Match[str]]]:
    """The day, month name and year of a written date, each with where it stands."""
    found = [
        ("year", re.search(r"\b\d{4}\b", text)),
        ("month", re.search(r"\b(?:" + "|".join(dates.MONTHS) + r")\b", text)),
        ("day", re.search(r"\b\d{1,2}\b", text)),
    ]
    return [(name, m) for name, m in found if m is not None]


def _other_part(
    text: str, parts: list[tuple[str, re.Match[str]]], name: str, rng: random.Random, like: str = ""
) -> str:
    """``text`` with its part ``name`` changed: to that part of ``like`` when given, else to
    a near value (a year or a day up to three away, another month)."""
    found = dict(parts).get(name)
    if found is None:
        return text
    old = found.group(0)
    if like:
        new = dict(_date_parts(like))[name].group(0)
    elif name == "year":
        new = str(int(old) + rng.choice([-3, -2, -1, 1, 2, 3]))
    elif name == "month":
        new = rng.choice([m for m in dates.MONTHS if m != old])
    else:
        day = int(old)
        new = str(rng.choice([d for d in range(max(1, day - 3), min(28, day + 3) + 1) if d != day]))
    return text[: found.start()] + new + text[found.end() :]
