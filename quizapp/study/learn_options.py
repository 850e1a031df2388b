"""Which wrong options fit an answer in Learn mode's multiple choice: the answer's own type.

An option of another type gives the answer away (a date offered for a
percentage, a place among people, "13.5" people, "120000" years for a span of
28, 300 and 1200 around 600). So a wrong option must have the answer's type:

- the same fact kind and fine type when the question has one (the generator
  tags its questions "actors, person", "figures, count", "dates, year"); for an
  actor, the same sort: person, organisation, place or country;
- the same shape: a name never gets a figure or a date, "12 percent" only other
  percentages, "2 May 1937" only dates written that way (a longer answer that
  holds a number, "set up in 1992 to ...", is text like any other);
- a sentence (a flashcard's back, too long to type) only other sentences,
  whatever they are about; a short answer never a sentence;
- for a number, the same magnitude band (a third to three times the answer; a
  year within a century of a year), whole when the answer is whole, and never
  exactly half or double the answer.

A number short of such options gets made-up neighbours of its own (see
:func:`neighbours`), spread round it in steps of a round size, so the answer
is not always the middle one. Pure functions, no Qt, no bank.
"""

from __future__ import annotations

import math
import random
import re
from dataclasses import dataclass
from functools import lru_cache

from quizapp.questiondata import FactKind, FineType, QuestionData, QuestionKind

# a fine type (the generator's tag; the bundled set tags its actors the same way) -> the sort
# a wrong option must share: its own, or "place" for any place but a country
_PLACES = (FineType.CITY, FineType.REGION, FineType.PLACE, FineType.RIVER, FineType.LAKE,
           FineType.SEA)  # fmt: skip
FINE_SORTS: dict[str, str] = {
    t: FineType.PLACE if t in _PLACES else t
    for t in FineType
    if t not in (FineType.SCORE, FineType.SPEAKER)
}
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH = re.compile(
    r"\b(" + "|".join(m[:3] + r"(?:" + m[3:] + r")?" for m in MONTHS) + r")\b\.?", re.IGNORECASE
)
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_UNIT_ONLY = re.compile(r"^[^\w\s]{0,2}#(?:\s?%|(?:\s[a-z]+){0,2})$")  # "#", "$# million"
SENTENCE_CHARS, SENTENCE_WORDS = 40, 6  # as learn_forms.typable: longer is a sentence
FIGURE_WORDS = 3  # "12 percent", "2 May 1937", "$4.5 million"; a longer answer is text
BAND = 3.0  # a wrong number is within a third to three times the answer
YEARS = (1000, 2100)  # a whole number here with nothing around it reads as a year
YEAR_BAND = 100
STEP_SHARE = 0.12  # a neighbour's step: about this share of the answer, rounded
YEAR_OFFSETS = (1, -1, 2, -2, 3, -3, 4, -5, 6)
OFFSETS = (1, -1, 2, -2, 3, -3, 4, -4)
OPTIONS_SHOWN = 4  # as Learn mode shows them: the answer and three wrong ones


@dataclass(frozen=True)
class AnswerType:
    """What an answer is, as far as a wrong option must match it."""

    fact: FactKind | None
    sort: str | None  # from the fine type (person, place, count, year...), if tagged
    shape: str  # the answer folded, each number "#" and each month "M"
    value: float | None  # the number, for a shape with exactly one and no month
    sentence: bool  # too long to be a name, a date or a figure (as too long to type)

    @property
    def figure_like(self) -> bool:
        """A number or a date, maybe with a word or two: not a sentence that holds a year."""
        return "#" in self.shape and len(self.shape.split()) <= FIGURE_WORDS

    @property
    def whole(self) -> bool:
        return self.value is not None and self.value.is_integer()

    @property
    def year_like(self) -> bool:
        if self.sort is not None:
            return self.sort == "year"
        return self.shape == "#" and self.whole and YEARS[0] <= (self.value or 0) <= YEARS[1]


def answer_type(question: QuestionData) -> AnswerType:
    """The type of ``question``'s answer."""
    return _answer_type(question.answer, question.fact_kind, tuple(question.tags))


@lru_cache(maxsize=1 << 16)  # a set's answers are read again for each question's options
def _answer_type(answer: str, fact: FactKind | None, tags: tuple[str, ...]) -> AnswerType:
    text = " ".join(answer.split()).casefold()
    shape = _NUMBER.sub("#", _MONTH.sub("M", text))
    numbers = _NUMBER.findall(text)
    value = None
    if len(numbers) == 1 and "M" not in shape and len(shape.split()) <= FIGURE_WORDS:
        value = float(numbers[0].replace(",", ""))
    sort = next((FINE_SORTS[t] for t in tags if t in FINE_SORTS), None)
    sentence = len(text) > SENTENCE_CHARS or len(text.split()) > SENTENCE_WORDS
    return AnswerType(fact, sort, shape, value, sentence)


def fits(answer: AnswerType, other: AnswerType) -> bool:
    """Whether an answer of type ``other`` may be a wrong option for one of type ``answer``."""
    if answer.sentence or other.sentence:  # a flashcard's back: any other sentence will do
        return answer.sentence and other.sentence
    if answer.fact is not None and other.fact != answer.fact:
        return False
    if answer.sort is not None and other.sort != answer.sort:
        return False
    numeric = answer.figure_like
    if numeric != other.figure_like or (numeric and other.shape != answer.shape):
        return False
    if answer.value is None or other.value is None:
        return answer.value is None and other.value is None
    return _in_band(answer, other)


def _in_band(answer: AnswerType, other: AnswerType) -> bool:
    a, b = answer.value, other.value
    assert a is not None and b is not None
    if answer.whole and not other.whole:
        return False  # no "13.5" people
    if answer.year_like or other.year_like:
        return answer.year_like and other.year_like and abs(a - b) <= YEAR_BAND
    if a == 0 or b == 0 or (a < 0) != (b < 0):
        return a == b == 0
    ratio = b / a
    return 1 / BAND <= ratio <= BAND and ratio not in (2.0, 0.5)


def makes_neighbours(question: QuestionData) -> bool:
    """Whether ``question``'s answer is a number that may get made-up neighbours."""
    kind = answer_type(question)
    if kind.value is None:
        return False
    if question.kind == QuestionKind.NUMERIC or kind.fact is FactKind.FIGURE:
        return True
    if kind.fact is FactKind.DATE:
        return kind.year_like
    return kind.fact is None and bool(_UNIT_ONLY.match(kind.shape))


def neighbours(question: QuestionData, rng: random.Random | None = None) -> list[str]:
    """Made-up wrong numbers for ``question``'s answer, written as its answer is.

    Steps of a round size (1, 2 or 5 times a power of ten, about 12 % of the
    answer; one year for a year) either side, whole for a whole answer, never
    below zero for a positive one, never half or double it; shuffled by ``rng``.
    The grading is not asked here: the caller leaves out those it accepts.
    """
    kind = answer_type(question)
    value = kind.value
    if value is None:
        return []
    step = 1.0 if kind.year_like else _round_step(abs(value) * STEP_SHARE, kind.whole)
    offsets = _ordered(YEAR_OFFSETS if kind.year_like else OFFSETS, rng)
    found: list[str] = []
    for offset in offsets:
        near = value + offset * step
        if (value > 0 and near <= 0) or (value and near / value in (2.0, 0.5)):
            continue
        text = _written_as(question.answer, near, step)
        if text not in found and text != question.answer:
            found.append(text)
    return found


def _ordered(offsets: tuple[int, ...], rng: random.Random | None) -> list[int]:
    """``offsets``, the first three putting the answer at a random rank among four options."""
    if rng is None:
        return list(offsets)
    below = rng.randrange(OPTIONS_SHOWN)  # wrong options under the answer
    under = [o for o in offsets if o < 0]
    over = [o for o in offsets if o > 0]
    first = rng.sample(under, min(below, len(under)))
    first += rng.sample(over, min(OPTIONS_SHOWN - 1 - len(first), len(over)))
    return first + [o for o in offsets if o not in first]


def _round_step(size: float, whole: bool) -> float:
    """The round number (1, 2 or 5 times a power of ten) nearest ``size``; 1 at least if whole."""
    if size <= 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(size))
    mantissa = size / power
    step = power * (1 if mantissa < 1.5 else 2 if mantissa < 3.5 else 5 if mantissa < 7.5 else 10)
    return max(1.0, round(step)) if whole else step


def _written_as(answer: str, value: float, step: float) -> str:
    """``answer`` with its number replaced by ``value``, in the same style."""
    found = _NUMBER.search(answer)
    assert found is not None
    old = found.group(0)
    decimals = max(_decimals(old), _decimals(_plain(step)))
    grouped = "," in old and "." not in old  # "4,200"
    number = f"{value:,.0f}" if grouped else _plain(round(value, decimals))
    return answer[: found.start()] + number + answer[found.end() :]


def _decimals(text: str) -> int:
    return len(text.split(".")[1]) if "." in text else 0


def _plain(value: float) -> str:
    """``value`` without an exponent or trailing zeros: "1.5", "0.25"."""
    return f"{value:f}".rstrip("0").rstrip(".")
