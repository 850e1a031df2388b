"""The Browser's search language, parsed into terms (no SQL, no Qt).

A query is a list of terms separated by spaces; a question must match every
term. Terms:

==================  ==========================================================
``word``            the word appears in the prompt, answer, explanation or tags
``"exact words"``   those words, in that order
``kind:cloze``      the question's kind (``multiple_choice``, ``short_answer``...)
``tag:dates``       one of its tags is ``dates`` (case does not count)
``fact:date``       its fact kind (date, actor, figure, quote)
``due:today``       the learner's card is due today (``due:overdue``: before today)
``is:starred``      also ``is:suspended``, ``is:buried``, ``is:new``, ``is:due``
``-term``           any term, negated: the question must not match it
==================  ==========================================================

A value may be quoted (``tag:"world war"``). :func:`parse` raises
:class:`QueryError` with a one-line message for anything else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from quizapp.errors import QuizappError
from quizapp.models import FactKind, QuestionKind


class QueryError(QuizappError):
    """A search the Browser cannot understand (one line, for the user)."""


class Field(Enum):
    """What a term looks at."""

    TEXT = "text"  # a plain word or a quoted phrase
    KIND = "kind"
    TAG = "tag"
    FACT = "fact"
    DUE = "due"
    IS = "is"


class Due(Enum):
    TODAY = "today"
    OVERDUE = "overdue"


class Is(Enum):
    STARRED = "starred"
    SUSPENDED = "suspended"
    BURIED = "buried"
    NEW = "new"
    DUE = "due"


@dataclass(frozen=True)
class Term:
    """One condition of a query."""

    field: Field
    value: str
    negated: bool = False


_TOKEN = re.compile(r'\s*(-?)(?:([A-Za-z_]+):)?(?:"([^"]*)"|("(?!.*"))|([^\s"]*))')
_FIELDS = {f.value: f for f in Field if f is not Field.TEXT}
_ALLOWED: dict[Field, tuple[str, ...]] = {
    Field.KIND: tuple(k.value for k in QuestionKind),
    Field.FACT: tuple(k.value for k in FactKind),
    Field.DUE: tuple(d.value for d in Due),
    Field.IS: tuple(i.value for i in Is),
}


def parse(text: str) -> list[Term]:
    """The terms of ``text``; a QueryError naming the first problem."""
    terms: list[Term] = []
    position = 0
    text = text.rstrip()
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None or match.group(4) is not None or match.end() == position:
            raise QueryError('a quotation mark is not closed: end the exact words with "')
        position = match.end()
        negated, name, quoted, bare = match.group(1, 2, 3, 5)
        terms.append(_term(bool(negated), name, quoted if quoted is not None else bare))
    return [t for t in terms if t.value]


def _term(negated: bool, name: str | None, value: str) -> Term:
    if name is None:
        return Term(Field.TEXT, value, negated)
    field = _FIELDS.get(name.casefold())
    if field is None:
        known = ", ".join(f"{n}:" for n in _FIELDS)
        raise QueryError(f"unknown search field {name + ':'!r}; use {known}")
    if not value:
        raise QueryError(f"{name}: needs a value, e.g. {name}:{_example(field)}")
    allowed = _ALLOWED.get(field)
    if allowed is not None:
        value = value.casefold()
        if value not in allowed:
            raise QueryError(f"{name}:{value} is not known; use one of {', '.join(allowed)}")
    return Term(field, value, negated)


def _example(field: Field) -> str:
    allowed = _ALLOWED.get(field)
    return allowed[0] if allowed else "dates"
