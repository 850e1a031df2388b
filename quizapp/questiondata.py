"""Plain question data shared by file formats, the generator and the editor.

:class:`QuestionData` is a question outside the bank; :func:`problems` holds the
rules every question of a kind must follow, so each format and the editor
validate the same way.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, assert_never

from quizapp.images import QuestionImage


class QuestionKind(StrEnum):
    """The kinds of question the app can ask (the value is how files spell it)."""

    MULTIPLE_CHOICE = "multiple_choice"
    TRUE_FALSE = "true_false"
    SHORT_ANSWER = "short_answer"
    NUMERIC = "numeric"
    CLOZE = "cloze"
    ORDERING = "ordering"
    MATCHING = "matching"
    FLASHCARD = "flashcard"


class FactKind(StrEnum):
    """What a question is about, as the generator labels facts."""

    DATE = "date"
    ACTOR = "actor"
    FIGURE = "figure"
    QUOTE = "quote"


class FineType(StrEnum):
    """What sort of thing a fact's answer is, finer than its :class:`FactKind`: the
    generator's ``fact_type`` and the tags of a bundled set's actors (a wrong option, a
    distractor and a typed answer's forms follow it)."""

    PERSON = "person"
    ORG = "org"
    COUNTRY = "country"
    CITY = "city"
    REGION = "region"
    PLACE = "place"
    RIVER = "river"
    LAKE = "lake"
    SEA = "sea"
    EVENT = "event"
    WORK = "work"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"
    MONTH = "month"
    WEEKDAY = "weekday"
    FULL_DATE = "full_date"
    MONTH_YEAR = "month_year"
    TIME = "time"
    COUNT = "count"
    DURATION = "duration"
    MONEY = "money"
    PERCENT = "percent"
    QUANTITY = "quantity"
    TIMES = "times"
    SCORE = "score"  # a result: "beating West Germany 4-2"
    RACE_TIME = "race_time"  # a time of a race: "won in 2:05:41", "a split of 62:31"
    SPEAKER = "speaker"  # the speaker of a quote


# the fine types of places (a country, a city, a river, ...)
PLACE_TYPES = (
    FineType.COUNTRY, FineType.CITY, FineType.REGION, FineType.PLACE,
    FineType.RIVER, FineType.LAKE, FineType.SEA,
)  # fmt: skip
KINDS = tuple(k.value for k in QuestionKind)
# each kind as the window names it (question titles, tables, the editor's list)
KIND_TITLES: dict[str, str] = {
    QuestionKind.MULTIPLE_CHOICE: "Multiple choice",
    QuestionKind.TRUE_FALSE: "True or false?",
    QuestionKind.SHORT_ANSWER: "Short answer",
    QuestionKind.NUMERIC: "Number",
    QuestionKind.CLOZE: "Fill the gap",
    QuestionKind.ORDERING: "Put in order",
    QuestionKind.MATCHING: "Match the pairs",
    QuestionKind.FLASHCARD: "Flashcard",
}
FACT_KINDS = tuple(k.value for k in FactKind)
CLOZE_GAP = re.compile(r"_{3,}")
TRUE_FALSE = ("true", "false")


@dataclass
class QuestionData:
    """A question as files and the generator describe it."""

    uid: str
    kind: QuestionKind
    prompt: str
    answer: str = ""
    choices: list[str] | None = None
    accepted: list[str] = field(default_factory=list)
    pairs: list[list[str]] | None = None
    tolerance: float | None = None
    explanation: str = ""
    tags: list[str] = field(default_factory=list)
    fact_kind: FactKind | None = None
    fact_key: str | None = None
    source: str | None = None
    image: QuestionImage | None = field(default=None, metadata={"column": False})
    """Shown above the prompt; kept in its own table (quizapp.store.image_store), not a column."""

    @classmethod
    def from_row(cls, row: Any) -> QuestionData:
        """The data of a bank row: a ``Question``, or any row with its columns as attributes.

        The image is not a column: :mod:`quizapp.store.image_store` reads it.

        Raises:
            ValueError: the row's kind or fact kind is not one quizapp knows.
        """
        values = {name: getattr(row, name) for name in FIELDS}
        values["kind"] = QuestionKind(row.kind)
        values["fact_kind"] = FactKind(row.fact_kind) if row.fact_kind else None
        values["accepted"] = list(values["accepted"] or [])
        values["tags"] = list(values["tags"] or [])
        return cls(**values)

    def row_values(self) -> dict[str, Any]:
        """The bank row's columns for this question (its kinds as their plain text)."""
        values = {name: getattr(self, name) for name in FIELDS}
        values["kind"] = str(self.kind)
        values["fact_kind"] = str(self.fact_kind) if self.fact_kind else None
        return values


FIELDS = tuple(f.name for f in dataclasses.fields(QuestionData) if f.metadata.get("column", True))
"""A question's fields that are also its bank row's columns (beside set, place, article)."""


@dataclass
class ArticleData:
    """The article a set's questions came from."""

    title: str
    source: str = ""
    text: str = ""


@dataclass
class SetData:
    """A question set outside the bank."""

    name: str
    description: str = ""
    questions: list[QuestionData] = field(default_factory=list)
    article: ArticleData | None = None


def problems(q: QuestionData) -> list[tuple[str, str]]:
    """What is wrong with ``q``, as (field, message) pairs; empty when valid."""
    if q.kind not in KINDS:  # data that skipped the types (a test, a damaged row)
        return kind_problems(q.uid, q.kind)
    found = [("id", "the id is empty")] if not q.uid.strip() else []
    if not q.prompt.strip():
        found.append(("prompt", "the prompt is empty"))
    if q.fact_kind is not None and q.fact_kind not in FACT_KINDS:
        found.append(("fact_kind", unknown_fact_kind(q.fact_kind)))
    found.extend(_rules(q.kind)(q))
    return found


def kind_problems(uid: str, kind: str) -> list[tuple[str, str]]:
    """The problems of a question whose kind quizapp does not know (no rules to check)."""
    return [*([("id", "the id is empty")] if not uid.strip() else []), ("kind", unknown_kind(kind))]


def with_fact_kind(found: list[tuple[str, str]], fact_kind: str | None) -> list[tuple[str, str]]:
    """``found``, the problems of a question read without its fact kind, with ``fact_kind``'s.

    For text (a file, a bank row) whose fact kind may be unknown: it is listed where
    :func:`problems` would list it.
    """
    if fact_kind is None or fact_kind in FACT_KINDS:
        return found
    at = sum(1 for name, _ in found if name in ("id", "prompt"))
    return [*found[:at], ("fact_kind", unknown_fact_kind(fact_kind)), *found[at:]]


def unknown_kind(text: str) -> str:
    """The message for a kind quizapp does not know."""
    return f"unknown kind {text!r}; use one of {', '.join(KINDS)}"


def unknown_fact_kind(text: str) -> str:
    """The message for a fact kind quizapp does not know."""
    return f"unknown fact kind {text!r}; use one of {', '.join(FACT_KINDS)}"


def _needs_answer(q: QuestionData) -> list[tuple[str, str]]:
    return [] if q.answer.strip() else [("answer", f"a {q.kind} question needs an answer")]


def _distinct(values: list[str], what: str, name: str) -> list[tuple[str, str]]:
    if any(not v.strip() for v in values):
        return [(name, f"a {what} is empty")]
    seen: set[str] = set()
    for v in values:
        if v.strip().casefold() in seen:
            return [(name, f"{what} {v!r} appears twice")]
        seen.add(v.strip().casefold())
    return []


def _multiple_choice(q: QuestionData) -> list[tuple[str, str]]:
    found = _needs_answer(q)
    if not q.choices or len(q.choices) < 2:
        return [*found, ("choices", "a multiple_choice question needs at least 2 choices")]
    found += _distinct(q.choices, "choice", "choices")
    if q.answer.strip() and q.answer not in q.choices:
        found.append(("answer", f"the answer {q.answer!r} is not among the choices"))
    return found


def _true_false(q: QuestionData) -> list[tuple[str, str]]:
    if q.answer not in TRUE_FALSE:
        return [("answer", f"a true_false answer must be true or false, not {q.answer!r}")]
    return []


def _numeric(q: QuestionData) -> list[tuple[str, str]]:
    found = _needs_answer(q)
    if found:
        return found
    try:
        value = float(q.answer)
    except ValueError:
        return [("answer", f"a numeric answer must be a number, not {q.answer!r}")]
    if not math.isfinite(value):
        found.append(("answer", "a numeric answer must be a finite number"))
    if q.tolerance is not None and (q.tolerance < 0 or not math.isfinite(q.tolerance)):
        found.append(("tolerance", "the tolerance must be a number of 0 or more"))
    return found


def _cloze(q: QuestionData) -> list[tuple[str, str]]:
    found = _needs_answer(q)
    if not CLOZE_GAP.search(q.prompt):
        found.append(("prompt", "a cloze prompt needs a gap written as ___"))
    return found


def _ordering(q: QuestionData) -> list[tuple[str, str]]:
    if not q.choices or len(q.choices) < 2:
        return [("items", "an ordering question needs at least 2 items")]
    return _distinct(q.choices, "item", "items")


def _matching(q: QuestionData) -> list[tuple[str, str]]:
    if not q.pairs or len(q.pairs) < 2:
        return [("pairs", "a matching question needs at least 2 pairs")]
    if any(len(p) != 2 for p in q.pairs):
        return [("pairs", "every pair needs a left and a right side")]
    return _distinct([p[0] for p in q.pairs], "left side", "pairs")


Rule = Callable[[QuestionData], list[tuple[str, str]]]


def _rules(kind: QuestionKind) -> Rule:
    """The rules a question of ``kind`` must follow."""
    match kind:
        case QuestionKind.MULTIPLE_CHOICE:
            return _multiple_choice
        case QuestionKind.TRUE_FALSE:
            return _true_false
        case QuestionKind.SHORT_ANSWER | QuestionKind.FLASHCARD:
            return _needs_answer
        case QuestionKind.NUMERIC:
            return _numeric
        case QuestionKind.CLOZE:
            return _cloze
        case QuestionKind.ORDERING:
            return _ordering
        case QuestionKind.MATCHING:
            return _matching
        case _:
            assert_never(kind)
