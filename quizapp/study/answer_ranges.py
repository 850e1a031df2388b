"""A range or a bound typed as an answer: "4,000 to 6,500" for the key "between 4,000 and
6,500", "3000-4500 m" for "3,000 to 4,500 metres", "over 5,500 m" for "above 5,500 metres".

A key that is a range needs both of its ends: "4,000" alone (the lower bound) is wrong,
even where the generator's accepted forms hold it. The ends are compared one by one as
answers of their own (with the key's unit when the learner's first end has none), so any
form of a number or a unit that is right alone is right as an end ("4000", "4,000";
"m", "metres"). A score ("2-1") is no range: its ends are not in order, or it has no
range word, no unit and no number of three digits.

A bound ("above", "over", "more than") may be typed with any word of the same sense.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_NUM = r"\d[\d,.\s]*?\d|\d"
_SCALE = r"(?:\s*(?:thousand|million|billion|trillion|bn)\b)?"  # never "m": metres too
_END = rf"(?:{_NUM}){_SCALE}"
_UNIT = r"[^\d]*"  # a unit after an end ("metres", "m", "snow leopards")
_RANGE = re.compile(
    rf"^(?:(?P<between>between|from)\s+)?(?:about\s+|around\s+|some\s+)?"
    rf"(?P<lo>{_END})(?P<lo_unit>{_UNIT}?)\s*(?P<sep>\band\b|\bto\b|[-–—])\s*"
    rf"(?P<hi>{_END})(?P<unit>{_UNIT})$",
    re.IGNORECASE,
)
_ONE_NUMBER = re.compile(rf"^\D*(?:{_END})\D*$", re.IGNORECASE)
# Words of a bound, by their sense: either may be typed for the other.
_ABOVE = ("more than", "greater than", "upwards of", "in excess of", "above", "over")
_BELOW = ("less than", "fewer than", "under", "below")
_BOUND = re.compile(r"^(" + "|".join(_ABOVE + _BELOW) + r")\s+", re.IGNORECASE)

Same = Callable[[str, str], bool]


def range_ends(text: str) -> tuple[str, str, str] | None:
    """The lower end, the upper end and the unit of a range ("4,000", "6,500", "") of
    "between 4,000 and 6,500"; None for no range (a score "2-1", a single number)."""
    found = _RANGE.match(text.strip())
    if found is None:
        return None
    lo, hi, unit = found.group("lo"), found.group("hi"), found.group("unit").strip()
    sep = found.group("sep").casefold()
    if sep == "and" and not found.group("between"):
        return None  # "4 and 5": two answers, not a range
    a, b = _value(lo), _value(hi)
    if a is None or b is None or a >= b:
        return None  # "3-2", a score
    worded = sep in ("and", "to") or bool(found.group("between"))
    if not (worded or unit or found.group("lo_unit").strip() or b >= 100):
        return None  # "1-3": a score as likely as a range
    return lo.strip(), hi.strip(), unit


def is_range(text: str) -> bool:
    """Whether ``text`` is a range with both ends ("3,000 to 4,500 metres")."""
    return range_ends(text) is not None


def single_end(text: str, key: str) -> bool:
    """Whether ``text`` is one number alone where ``key`` is a range: only one of its
    ends, never the range ("4000" or "4,000 snow leopards" for "between 4,000 and 6,500")."""
    return is_range(key) and not is_range(text) and bool(_ONE_NUMBER.match(text.strip()))


def same_range(given: str, key: str, same: Same) -> bool:
    """Whether ``given`` is the range ``key`` in another form ("4000-6500" for "between
    4,000 and 6,500"), each end compared by ``same`` (another form of one answer)."""
    a, b = range_ends(given), range_ends(key)
    if a is None or b is None:
        return False
    (lo, hi, unit), (key_lo, key_hi, key_unit) = a, b
    unit = unit or key_unit
    return same(f"{lo} {unit}".strip(), f"{key_lo} {key_unit}".strip()) and same(
        f"{hi} {unit}".strip(), f"{key_hi} {key_unit}".strip()
    )


def same_bound(given: str, key: str, same: Same) -> bool:
    """Whether ``given`` is the bound ``key`` with another word of its sense ("over 5,500 m"
    for "above 5,500 metres"); "less than" is never "more than"."""
    a, b = _BOUND.match(given.strip()), _BOUND.match(key.strip())
    if a is None or b is None or _sense(a.group(1)) != _sense(b.group(1)):
        return False
    return same(given.strip()[a.end() :], key.strip()[b.end() :])


def _sense(word: str) -> str:
    return "above" if word.casefold() in _ABOVE else "below"


def _value(end: str) -> float | None:
    digits = re.match(r"[\d,.\s]+", end)
    text = re.sub(r"[,\s]", "", digits.group(0)) if digits else ""
    try:
        value = float(text)
    except ValueError:
        return None
    scale = end[digits.end() :].strip().casefold() if digits else ""
    factor = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}
    return value * factor.get(scale, 1.0)
