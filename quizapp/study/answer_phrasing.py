"""The same answer in other words around it, for grading typed answers.

- A range or a bound in other words (:mod:`answer_ranges`).
- A share in words is its percentage: "three quarters" for "75%", "half" for "50 percent"
  (halves, quarters, fifths and tenths only: "a third" is no exact percentage).
- A count typed with the noun it counts ("4 terraces" where "4 stepped terraces" is an
  accepted form): the number, and the noun the accepted form ends with.
- A period's name typed with its head noun ("Jurassic period" for "Jurassic").
- Two words sharing one head, written out ("Central Asia and South Asia" for "Central and
  South Asia"), and "&" for "and".
- An answer restated in brackets in another form ("seven (7)", "7 (seven)"): the first
  form, when the bracket holds the same answer (never "seven (8)" nor "six (or seven)").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from quizapp.study.answer_amounts import SCALES
from quizapp.study.answer_forms import canonical, fold
from quizapp.study.answer_ranges import same_bound, same_range

_PARTS = {"half": 2, "halves": 2, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
          "tenth": 10, "tenths": 10}  # fmt: skip
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "nine": 9}
_SHARE = re.compile(
    r"^(?:(" + "|".join(_COUNTS) + r")\s+)?(" + "|".join(_PARTS) + r")(?:\s+of\b.*)?$"
)
_PERCENT = re.compile(r"^(\d+(?:\.\d+)?) percent$")
# Words a count cannot lose: "3 litres" is not "3 million litres", "2 kilometres" not "2
# square kilometres".
_KEPT = frozenset(SCALES) | {"square", "cubic"}
_SHARED_HEAD = re.compile(r"^(?P<a>\w+) (?:and|&) (?P<b>\w+(?: \w+)?) (?P<head>\w+)$")

Same = Callable[[str, str], bool]
# Nouns a period's name is typed with: "Jurassic period" for "Jurassic", "Ming dynasty".
_PERIOD_HEADS = frozenset({"period", "era", "epoch", "age", "dynasty"})


def without_period_head(given: str, key: str) -> str:
    """``given`` without a period's head noun the key lacks ("Jurassic" of "Jurassic
    period" for the key "Jurassic"), or ``given`` as it is."""
    words = given.split()
    if len(words) < 2 or fold(words[-1]) not in _PERIOD_HEADS:
        return given
    if fold(key).split()[-1:] == [fold(words[-1])]:
        return given
    return " ".join(words[:-1])


_BRACKETED = re.compile(r"^(?P<first>[^()]+?)\s*\((?P<again>[^()]+)\)$")


def restated(given: str, same: Same) -> str:
    """``given`` without a bracket that restates it ("seven" of "seven (7)"), or ``given``
    as it is (``same``: another form of one answer)."""
    found = _BRACKETED.match(given.strip())
    if found is None or not same(found.group("first"), found.group("again")):
        return given
    return found.group("first")


def rephrased(given: str, key: str, same: Same) -> bool:
    """Whether ``given`` is ``key`` in other words: "4000-6500" for "between 4,000 and
    6,500", "over" for "above" (:mod:`answer_ranges`), "three quarters" for "75%", "4
    terraces" for "4 stepped terraces", "Central Asia and South Asia" for "Central and
    South Asia" (``same``: another form of one answer)."""
    if same_range(given, key, same) or same_bound(given, key, same):
        return True
    if same_share(given, key) or counted(given, key, same):
        return True
    forms = written_out(key)
    if with_and(given) != given or with_and(key) != key:  # "&" for "and": else the grader's
        forms.append(key)  # own comparison decides ("5°C" is not "-5°C", fold drops signs)
    typed = fold(with_and(given))
    return any(typed == fold(with_and(form)) for form in forms)


def share_percent(text: str) -> float | None:
    """The percentage a share in words is ("three quarters": 75.0, "half": 50.0), or None."""
    found = _SHARE.match(fold(text))
    if found is None:
        return None
    count = _COUNTS.get(found.group(1) or "one", 1)
    parts = _PARTS[found.group(2)]
    if count >= parts:
        return None  # "four quarters": no share
    return 100.0 * count / parts


def same_share(given: str, key: str) -> bool:
    """Whether one is a share in words and the other its percentage ("three quarters",
    "75%")."""
    for words, figure in ((given, key), (key, given)):
        share = share_percent(words)
        percent = _PERCENT.match(canonical(figure))
        if share is not None and percent is not None and float(percent.group(1)) == share:
            return True
    return False


def counted(given: str, key: str, same: Same) -> bool:
    """Whether ``given`` is the number of ``key`` with the noun ``key`` ends with ("4
    terraces" for "4 stepped terraces"), every word of it one of the key's, and no number,
    scale ("million") or "square"/"cubic" of the key left out."""
    typed, words = fold(given).split(), fold(key).split()
    if len(typed) < 2 or len(words) <= len(typed) or typed[-1] != words[-1]:
        return False
    if not all(w in words[1:] for w in typed[1:]):
        return False
    dropped = [w for w in words[1:-1] if w not in typed[1:]]
    if any(w in _KEPT or any(c.isdigit() for c in w) for w in dropped):
        return False
    return same(typed[0], words[0]) and any(c.isdigit() for c in canonical(words[0]))


def written_out(key: str) -> list[str]:
    """``key``'s two words sharing a head written out ("Central Asia and South Asia" of
    "Central and South Asia"), and with "&" ("Central & South Asia")."""
    found = _SHARED_HEAD.match(key.strip())
    if found is None:
        return []
    a, b, head = found.group("a"), found.group("b"), found.group("head")
    return [f"{a} {head} and {b} {head}", f"{a} {head} & {b} {head}", f"{a} & {b} {head}"]


def with_and(given: str) -> str:
    """``given`` with "&" as "and" ("central & south asia")."""
    return re.sub(r"\s*&\s*", " and ", given).strip()
