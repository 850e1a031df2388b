"""The facts the generator finds in an article, before any question is made.

A :class:`Sentence` is one sentence of the article with its spaCy span; a
:class:`Fact` is one askable thing in it (a date, an actor, a figure or a
quote) with its place in the sentence, its fine type and, where one exists, a
normalised value so facts can be compared and ordered.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from quizapp.questiondata import PLACE_TYPES as PLACE_TYPES  # the places' fine types
from quizapp.questiondata import FactKind, FineType

DATE, ACTOR, FIGURE, QUOTE = FactKind.DATE, FactKind.ACTOR, FactKind.FIGURE, FactKind.QUOTE

# Fine types (FineType members): a distractor always has the fine type of the answer.
PERSON, ORG, COUNTRY, CITY = FineType.PERSON, FineType.ORG, FineType.COUNTRY, FineType.CITY
REGION, PLACE, RIVER, LAKE, SEA = (
    FineType.REGION, FineType.PLACE, FineType.RIVER, FineType.LAKE, FineType.SEA,
)  # fmt: skip
EVENT, WORK = FineType.EVENT, FineType.WORK
YEAR, DECADE, CENTURY = FineType.YEAR, FineType.DECADE, FineType.CENTURY
MONTH, WEEKDAY, TIME = FineType.MONTH, FineType.WEEKDAY, FineType.TIME
FULL_DATE, MONTH_YEAR = FineType.FULL_DATE, FineType.MONTH_YEAR
COUNT, DURATION, MONEY = FineType.COUNT, FineType.DURATION, FineType.MONEY
PERCENT, QUANTITY, TIMES = FineType.PERCENT, FineType.QUANTITY, FineType.TIMES
SCORE = FineType.SCORE  # a result: "beating West Germany 4-2"
SPEAKER = FineType.SPEAKER


class Gender(StrEnum):
    """A person's grammatical gender, as the article's pronouns and titles show it."""

    FEMALE = "female"
    MALE = "male"


@dataclass(eq=False)
class Sentence:
    """One sentence of the article."""

    index: int
    text: str
    span: Any = field(repr=False)  # spacy.tokens.Span
    char0: int  # where ``text`` starts in the span's doc
    usable: bool  # a complete sentence that questions may quote

    def local(self, doc_char: int) -> int:
        """A character offset of the doc as an offset in ``text``."""
        return doc_char - self.char0

    def root_at(self, start: int, end: int) -> Any:
        """The root token of ``text[start:end]`` widened to whole tokens, or None where no
        token covers it (a spacy.tokens.Token)."""
        span = self.span.doc.char_span(
            self.char0 + start, self.char0 + end, alignment_mode="expand"
        )
        return None if span is None else span.root


@dataclass(eq=False)
class Entity:
    """An actor of the article: all mentions of one person, body or place."""

    name: str
    type: str
    aliases: set[str] = field(default_factory=set)
    roles: list[str] = field(default_factory=list)
    mentions: int = 0
    sure: bool = True  # the type has evidence beyond the model's label (see actor_types)
    gender: Gender | None = None  # a person's, where the article shows it (see gender)
    plural: bool = False  # named as a plural ("the Andes are"): never an "it"
    team: bool = False  # a country the article has play ("X beat Y 2-0"): its national side

    def names(self) -> set[str]:
        """Every way the article names this actor, the full name first."""
        return {self.name, *self.aliases}


@dataclass(eq=False)
class Fact:
    """One askable thing: ``text[start:end]`` of ``sentence`` is its span."""

    kind: FactKind
    type: str
    answer: str
    sentence: Sentence
    start: int
    end: int
    value: Any = None
    aliases: tuple[str, ...] = ()
    unit: str = ""
    entity: Entity | None = None
    token: Any = field(default=None, repr=False)  # the head token of the span
    quote: str = ""  # for quote facts: the quoted words

    @property
    def surface(self) -> str:
        """The words of the fact as they stand in the sentence."""
        return self.sentence.text[self.start : self.end]

    @property
    def key(self) -> str:
        """A stable key shared by every question about this fact."""
        raw = f"{self.kind}|{self.answer.casefold()}|{self.sentence.text}|{self.start}"
        return f"{self.kind}-{hashlib.sha1(raw.encode()).hexdigest()[:10]}"

    def gapped(self, gap: str = "___") -> str:
        """The sentence with the fact replaced by ``gap``."""
        text = self.sentence.text
        return text[: self.start] + gap + text[self.end :]

    def all_answers(self) -> set[str]:
        """The answer and its aliases, folded for comparison."""
        return {a.casefold() for a in (self.answer, *self.aliases) if a}


def entities_by_token(facts: list[Fact]) -> dict[tuple[int, int], Entity]:
    """The actors of ``facts`` by the token that names them (its doc's id and index)."""
    return {
        (id(f.sentence.span.doc), f.token.i): f.entity
        for f in facts
        if f.kind == ACTOR and f.token is not None and f.entity is not None
    }
