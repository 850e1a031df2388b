"""Checking a learner's answer, and turning a checked answer into an FSRS rating.

Responses by kind: a ``str`` for multiple_choice, true_false, short_answer,
numeric and cloze; a ``list[str]`` (the items in the learner's order) for
ordering; a ``dict[left, right]`` for matching. Flashcards are graded by the
learner (a typed answer, if any, is checked like a short answer).

Typed answers (short_answer, cloze) are compared after normalising: case,
accents, punctuation, extra spaces and a leading "the/a/an" do not count. Then
small typos are forgiven, by the edit distance between the normalised texts
(rapidfuzz's optimal string alignment: a letter added, dropped, changed, or two
neighbours swapped count one each), allowed by the length of the expected answer:

==================  ===================
expected length     typos allowed
==================  ===================
1-3 characters      none
4-7                 1
8-15                2
16 and more         15 % of the length
==================  ===================

Digits must always match exactly ("1994" is not "1995"). Numeric answers accept
"120,000", "120 000", "120000", "1.5", "1,5", "3.2 million" and a leading or
trailing unit or currency sign, and are right within the question's tolerance.

:func:`auto_rating` maps a checked answer to an FSRS rating: wrong is Again;
right is Good, Hard when slower than the kind's "slow" time, Easy when faster
than its "fast" time (seconds, see :data:`SPEED`).
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import partial
from typing import Any

from fsrs import Rating
from rapidfuzz.distance import OSA

from quizapp.questiondata import QuestionData, QuestionKind

# kind -> (fast, slow) in seconds: right answers faster than "fast" rate Easy, slower
# than "slow" rate Hard, anything between rates Good.
SPEED: dict[str, tuple[float, float]] = {
    QuestionKind.TRUE_FALSE: (3, 10),
    QuestionKind.MULTIPLE_CHOICE: (5, 15),
    QuestionKind.FLASHCARD: (4, 15),
    QuestionKind.SHORT_ANSWER: (8, 25),
    QuestionKind.CLOZE: (8, 25),
    QuestionKind.NUMERIC: (10, 30),
    QuestionKind.ORDERING: (15, 45),
    QuestionKind.MATCHING: (20, 60),
}
ARTICLES = ("the ", "a ", "an ")
MULTIPLIERS = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "trillion": 1e12,
}
_NUMBER = re.compile(r"[-+−]?\d[\d\s,.'\u00a0\u202f]*")
_DIGITS = re.compile(r"\d+")
_PUNCT = re.compile(r"[^\w\s]")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Verdict:
    """The outcome of checking one answer."""

    correct: bool
    exact: bool
    expected: str  # the right answer as the learner should see it
    note: str = ""  # e.g. "accepted: the exact answer is Paris"


def check_answer(question: QuestionData, response: Any) -> Verdict:
    """Whether ``response`` answers ``question`` (forms per kind in the module docstring)."""
    checker = _CHECKERS.get(question.kind)
    if checker is None:
        raise ValueError(f"unknown question kind {question.kind!r}")
    return checker(question, response)


def expected_text(question: QuestionData) -> str:
    """The right answer of ``question`` in display form."""
    kind = question.kind
    if kind == QuestionKind.TRUE_FALSE:
        return question.answer.capitalize()
    if kind == QuestionKind.ORDERING:
        return " → ".join(question.choices or [])
    if kind == QuestionKind.MATCHING:
        return "; ".join(f"{left} → {right}" for left, right in question.pairs or [])
    if kind == QuestionKind.NUMERIC and question.tolerance:
        return f"{question.answer} (± {_plain_number(question.tolerance)})"
    return question.answer


def auto_rating(kind: str, correct: bool, duration_ms: int) -> int:
    """The FSRS rating (1-4) of an auto-graded answer, from correctness and speed."""
    if not correct:
        return int(Rating.Again)
    fast, slow = SPEED.get(kind, (5, 20))
    seconds = duration_ms / 1000
    if seconds > slow:
        return int(Rating.Hard)
    if seconds < fast:
        return int(Rating.Easy)
    return int(Rating.Good)


# --- per kind -------------------------------------------------------------------


def _choice(q: QuestionData, response: Any) -> Verdict:
    given = _text(response)
    exact = given == q.answer.strip()
    correct = exact or _fold(given) == _fold(q.answer)
    return Verdict(correct, exact, expected_text(q))


def _true_false(q: QuestionData, response: Any) -> Verdict:
    given = _fold(_text(response))
    given = {"t": "true", "yes": "true", "f": "false", "no": "false"}.get(given, given)
    correct = given == q.answer
    return Verdict(correct, correct, expected_text(q))


def _typed(q: QuestionData, response: Any) -> Verdict:
    given = _text(response)
    candidates = [a for a in [q.answer, *q.accepted] if a.strip()]
    expected = expected_text(q)
    if not given:
        return Verdict(False, False, expected)
    for candidate in candidates:
        if _collapse(given) == _collapse(candidate):
            return Verdict(True, True, expected, _matched(q, candidate))
    for candidate in candidates:  # a case difference, or another form: "4" for "four"
        other_form = _fold(given) != _fold(candidate) and _canon(given) == _canon(candidate)
        if given.casefold() == candidate.casefold() or other_form:
            return Verdict(True, False, expected, _matched(q, candidate))
    for candidate in candidates:
        if _close_enough(given, candidate):
            note = f"accepted: the exact answer is {candidate}"
            return Verdict(True, False, expected, note)
    return Verdict(False, False, expected)


def _matched(q: QuestionData, candidate: str) -> str:
    """The feedback's note when the learner matched another accepted form of the answer."""
    return "" if candidate == q.answer else f"accepted as {candidate}"


def _flashcard(q: QuestionData, response: Any) -> Verdict:
    if not _text(response):
        return Verdict(False, False, expected_text(q), "flashcards are graded by the learner")
    return _typed(q, response)


def _numeric(q: QuestionData, response: Any) -> Verdict:
    expected = expected_text(q)
    given = parse_number(_text(response))
    if given is None:
        given = words_value(_text(response))  # "six", "twenty-one villages"
    target = float(q.answer)
    if given is None:
        return Verdict(False, False, expected, "not a number")
    tolerance = q.tolerance or 0.0
    exact = math.isclose(given, target, rel_tol=1e-9, abs_tol=1e-12)
    correct = exact or abs(given - target) <= tolerance + 1e-9 * max(1.0, abs(target))
    note = f"accepted: the exact answer is {q.answer}" if correct and not exact else ""
    return Verdict(correct, exact, expected, note)


def _ordering(q: QuestionData, response: Any) -> Verdict:
    items = list(q.choices or [])
    given = [_text(x) for x in response] if isinstance(response, list | tuple) else []
    exact = given == items
    correct = exact or [_fold(x) for x in given] == [_fold(x) for x in items]
    return Verdict(correct, exact, expected_text(q))


def _matching(q: QuestionData, response: Any) -> Verdict:
    pairs = {left: right for left, right in q.pairs or []}
    given = {str(k): _text(v) for k, v in response.items()} if isinstance(response, dict) else {}
    exact = given == pairs
    correct = exact or (
        given.keys() == pairs.keys() and all(_fold(given[k]) == _fold(v) for k, v in pairs.items())
    )
    return Verdict(correct, exact, expected_text(q))


_CHECKERS = {
    QuestionKind.MULTIPLE_CHOICE: _choice,
    QuestionKind.TRUE_FALSE: _true_false,
    QuestionKind.SHORT_ANSWER: _typed,
    QuestionKind.CLOZE: _typed,
    QuestionKind.NUMERIC: _numeric,
    QuestionKind.ORDERING: _ordering,
    QuestionKind.MATCHING: _matching,
    QuestionKind.FLASHCARD: _flashcard,
}


# --- text and numbers -----------------------------------------------------------


def _text(response: Any) -> str:
    return "" if response is None else _collapse(str(response))


def _collapse(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _fold(text: str) -> str:
    """Lower case, no accents, no punctuation, single spaces, no leading article."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = _collapse(_PUNCT.sub(" ", plain))
    for article in ARTICLES:
        if plain.startswith(article) and len(plain) > len(article):
            return plain[len(article) :]
    return plain


def allowed_typos(length: int) -> int:
    """How many edits a typed answer may be away from an expected one of ``length``."""
    if length <= 3:
        return 0
    if length <= 7:
        return 1
    if length <= 15:
        return 2
    return int(length * 0.15)


def _close_enough(given: str, expected: str) -> bool:
    a, b = _canon(given), _canon(expected)
    if a == b:
        return True
    # Typos are counted on the canonical forms and on the words as typed: a canonical
    # form ("month-12" for December) would hide a misspelt month from the count.
    typed, key = _collapse(_fold(given)), _collapse(_fold(expected))
    for x, y in ((a, b), (typed, key)):
        if _DIGITS.findall(x) != _DIGITS.findall(y):
            continue  # a digit is never forgiven
        limit = allowed_typos(len(y))
        if limit > 0 and OSA.distance(x, y, score_cutoff=limit) <= limit:
            return True
    return False


# --- other forms of the same answer: number words, percent, dates --------------------

_UNITS = {w: i for i, w in enumerate((
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
))}  # fmt: skip
_UNITS.update({"once": 1, "twice": 2, "thrice": 3, "dozen": 12})
_TENS = {w: 10 * i for i, w in enumerate(
    ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"), start=2
)}  # fmt: skip
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_NUMBER_WORD = re.compile(
    r"\b(?:(?:a|an|and|hundred|" + "|".join([*_UNITS, *_TENS, *_SCALES]) + r")(?:\s+|$))+"
)
_MONTHS = {m: i for i, m in enumerate((
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
), start=1)}  # fmt: skip
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())} | {"sept": 9})
_MONTH = "(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + ")"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_DATES = [  # (pattern over folded text, order of day, month, year groups)
    (re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:\s+(\d{{3,4}}))?\b"), (1, 2, 3)),
    (re.compile(rf"\b{_MONTH}\s+{_DAY}(?:\s+(\d{{3,4}}))?\b"), (2, 1, 3)),
    (re.compile(r"\b(\d{4})\s+(\d{1,2})\s+(\d{1,2})\b"), (3, 2, 1)),
    (re.compile(rf"\b{_MONTH}\s+(\d{{3,4}})\b"), (0, 1, 2)),
]


def words_value(text: str) -> float | None:
    """The value of a number written in words ("six", "twenty-one", "two thousand"), or None."""
    tokens = [t for t in re.split(r"[\s-]+", _fold(text)) if t and t != "and"]
    total, current, seen = 0.0, 0.0, False
    for i, token in enumerate(tokens):
        if token in _UNITS:
            current += _UNITS[token]
        elif token in _TENS:
            current += _TENS[token]
        elif token == "hundred":
            current = max(current, 1) * 100
        elif token in _SCALES:
            total, current = total + max(current, 1) * _SCALES[token], 0.0
        elif token in ("a", "an") and i == 0:
            continue
        elif seen:
            break  # the unit after the number: "six villages"
        else:
            return None
        seen = True
    return total + current if seen else None


def _canon(text: str) -> str:
    """``text`` folded, with numbers in digits, "percent" for "%", and dates as Y-M-D."""
    plain = re.sub(r"\bper\s*cent\b", "percent", text.replace("%", " percent "), flags=re.I)
    plain = re.sub(r"(?<=\d),(?=\d{3}\b)", "", plain)  # "18,000" is 18000
    folded = _fold(plain)
    folded = _NUMBER_WORD.sub(lambda m: _digits_of(m.group()), folded).strip()
    folded = _UNIT_WORD.sub(lambda m: _UNIT_NAMES[m.group()], folded)
    for pattern, order in _DATES:
        folded = pattern.sub(partial(_date_of, order=order), folded)
    if folded in _MONTHS:
        folded = f"month-{_MONTHS[folded]:02d}"
    return _collapse(folded)


# Units after a number, written short or in another spelling ("35 km" for "35 kilometres").
_UNIT_NAMES = {
    **dict.fromkeys(("km", "kms", "kilometer", "kilometers", "kilometre"), "kilometres"),
    **dict.fromkeys(("kg", "kgs", "kilogram"), "kilograms"),
    **dict.fromkeys(("meter", "meters", "metre"), "metres"),
    **dict.fromkeys(("cm", "centimeter", "centimeters", "centimetre"), "centimetres"),
    **dict.fromkeys(("mm", "millimeter", "millimeters", "millimetre"), "millimetres"),
    **dict.fromkeys(("hrs", "hr", "hour"), "hours"),
    **dict.fromkeys(("mins", "min", "minute"), "minutes"),
    **dict.fromkeys(("secs", "sec", "second"), "seconds"),
    **dict.fromkeys(("sq",), "square"), **dict.fromkeys(("ha",), "hectares"),
    **dict.fromkeys(("mile", "mi"), "miles"), **dict.fromkeys(("degree",), "degrees"),
}  # fmt: skip
_UNIT_WORD = re.compile(
    r"(?<=\d )(?:" + "|".join(sorted(_UNIT_NAMES, key=len, reverse=True)) + r")\b"
)


def _digits_of(words: str) -> str:
    value = words_value(words)
    if value is None or words.strip() in ("a", "an", "and", "a and"):
        return words
    return f"{value:g} " if value < 1e15 else words


def _date_of(found: re.Match[str], order: tuple[int, int, int]) -> str:
    d, m, y = order
    month_text = found.group(m)
    month = _MONTHS.get(month_text) or int(month_text)
    day = int(found.group(d)) if d else 0
    if not 1 <= month <= 12 or day > 31:
        return found.group()
    year = found.group(y) or ""
    parts = [year, f"{month:02d}", f"{day:02d}" if day else ""]
    return "date-" + "-".join(parts)


def parse_number(text: str) -> float | None:
    """The number written in ``text`` ("120,000", "120 000", "1,5", "3.2 million"), or None."""
    match = _NUMBER.search(text)
    if match is None:
        return None
    body = match.group().strip().replace("−", "-")
    rest = _fold(text[match.end() :])
    sign = -1.0 if body.startswith("-") else 1.0
    body = body.lstrip("+-")
    value = _digits_value(body)
    if value is None:
        return None
    word = rest.split(" ", 1)[0] if rest else ""
    return sign * value * MULTIPLIERS.get(word, 1.0)


def _digits_value(body: str) -> float | None:
    body = re.sub(r"[\s'\u00a0\u202f]", "", body).rstrip(",.")
    if "," in body and "." in body:
        # the later separator is the decimal one: 1,234.5 or 1.234,5
        decimal = "." if body.rfind(".") > body.rfind(",") else ","
        group = "," if decimal == "." else "."
        body = body.replace(group, "").replace(decimal, ".")
    elif "," in body:
        body = body.replace(",", "") if _grouped(body, ",") else body.replace(",", ".")
    elif body.count(".") > 1 and _grouped(body, "."):
        body = body.replace(".", "")
    try:
        return float(body)
    except ValueError:
        return None


def _grouped(body: str, separator: str) -> bool:
    """Whether ``separator`` splits ``body`` into thousands groups (1,234,567)."""
    head, *groups = body.split(separator)
    return bool(groups) and 1 <= len(head) <= 3 and all(len(g) == 3 for g in groups)


def _plain_number(value: float) -> str:
    return f"{value:g}"
