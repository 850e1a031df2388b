"""The Browser's search language, parsed into terms (no SQL, no Qt).

A query is a list of terms separated by spaces; a question must match every
term. Terms:

==================  ==========================================================
``word``            the word appears in the prompt, answer, explanation or tags
``"exact words"``   those words, in that order
``kind:cloze``      the question's kind (``multiple_choice``, ``short_answer``...), or
                    its name in the table, quoted: ``kind:"fill the gap"``
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
from quizapp.questiondata import KIND_TITLES
from quizapp.store.models import FactKind, QuestionKind


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


def _plain(name: str) -> str:
    """A kind's name as compared: case, ``_``, ``-``, extra spaces and a final ``?`` aside."""
    return " ".join(name.casefold().rstrip("?").replace("_", " ").replace("-", " ").split())


# "fill the gap" -> "cloze": the kinds by the names the window shows them under
_KIND_NAMES: dict[str, str] = {
    _plain(name): kind for kind in QuestionKind for name in (kind.value, KIND_TITLES[kind])
}


def _kind_choices() -> str:
    """Every kind, with the table's name beside it when that differs."""
    return ", ".join(
        kind.value
        if _plain(KIND_TITLES[kind]) == _plain(kind.value)
        else f'{kind.value} (or "{_plain(KIND_TITLES[kind])}")'
        for kind in QuestionKind
    )


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
    if field is Field.KIND:
        kind = _KIND_NAMES.get(_plain(value))
        if kind is None:
            raise QueryError(f"{name}:{value} is not known; use one of {_kind_choices()}")
        return Term(field, kind, negated)
    allowed = _ALLOWED.get(field)
    if allowed is not None:
        value = value.casefold()
        if value not in allowed:
            raise QueryError(f"{name}:{value} is not known; use one of {', '.join(allowed)}")
    return Term(field, value, negated)


def _example(field: Field) -> str:
    allowed = _ALLOWED.get(field)
    return allowed[0] if allowed else "dates"
