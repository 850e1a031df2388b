"""A typed answer compared with its key, character by character (like Anki's type-in diff).

:func:`compare` aligns the learner's text with the key (difflib, no Qt) and
returns two lines of spans: what was typed, each character right or wrong, with
the key's characters that were left out shown as missing; and the key, each
character matched or missed. Case and accents do not count as differences, as
they do not count in grading (:mod:`quizapp.study.grading`); the text shown keeps
what the learner and the key wrote.

:attr:`AnswerDiff.columns` pairs the two lines stretch by stretch, so a window can
pad the shorter side and show them one above the other, character under character.
"""

from __future__ import annotations

import difflib
import unicodedata
from dataclasses import dataclass
from enum import Enum

from quizapp.questiondata import QuestionData
from quizapp.store.models import QuestionKind

TYPED_KINDS = (QuestionKind.SHORT_ANSWER, QuestionKind.CLOZE, QuestionKind.NUMERIC)


class Mark(Enum):
    """How a span of one line compares with the other line."""

    SAME = "same"  # the same characters in both
    WRONG = "wrong"  # typed, but not in the key there
    MISSING = "missing"  # in the key, not typed there


@dataclass(frozen=True)
class Span:
    """A run of characters with one mark."""

    mark: Mark
    text: str


@dataclass(frozen=True)
class AnswerDiff:
    """The typed line and the key line, each as marked spans."""

    given: tuple[Span, ...]
    expected: tuple[Span, ...]
    # the same spans, stretch by stretch: (typed, key), either None where that line has none
    columns: tuple[tuple[Span | None, Span | None], ...] = ()

    @property
    def differs(self) -> bool:
        """Whether anything is marked (False when only case or accents differ)."""
        return any(span.mark is not Mark.SAME for span in (*self.given, *self.expected))


def _key(char: str) -> str:
    """One character without case or accents, so "é" matches "E"."""
    decomposed = unicodedata.normalize("NFKD", char.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)) or char


def compare(given: str, expected: str) -> AnswerDiff:
    """``given`` aligned with ``expected`` character by character."""
    matcher = difflib.SequenceMatcher(
        None, [_key(c) for c in given], [_key(c) for c in expected], autojunk=False
    )
    columns = tuple(
        _column(op, given[i1:i2], expected[j1:j2]) for op, i1, i2, j1, j2 in matcher.get_opcodes()
    )
    typed = [t for t, _k in columns if t is not None]
    key = [k for _t, k in columns if k is not None]
    return AnswerDiff(_merged(typed), _merged(key), columns)


def _column(op: str, typed: str, key: str) -> tuple[Span | None, Span | None]:
    """One stretch of the alignment: what was typed there over what the key holds there."""
    if op == "equal":
        return Span(Mark.SAME, typed), Span(Mark.SAME, key)
    # typed but not in the key there; or nothing typed: the gap where the key's characters go
    shown = Span(Mark.WRONG, typed) if typed else Span(Mark.MISSING, key)
    return shown, Span(Mark.MISSING, key) if key else None


def _merged(spans: list[Span]) -> tuple[Span, ...]:
    out: list[Span] = []
    for span in spans:
        if out and out[-1].mark is span.mark:
            out[-1] = Span(span.mark, out[-1].text + span.text)
        else:
            out.append(span)
    return tuple(out)


def closest_key(given: str, keys: list[str]) -> str:
    """The key ``given`` is closest to (the first one on a tie); "" without keys."""
    best, best_ratio = "", -1.0
    given_keys = [_key(c) for c in given]
    for key in keys:
        ratio = difflib.SequenceMatcher(
            None, given_keys, [_key(c) for c in key], autojunk=False
        ).ratio()
        if ratio > best_ratio:
            best, best_ratio = key, ratio
    return best


def typed_diff(question: QuestionData, response: object, *, correct: bool) -> AnswerDiff | None:
    """The diff to show under a wrong typed answer, or None when it would tell nothing.

    None for other kinds, an empty answer, text that matches its key but for case
    and accents, and any answer the grading accepted: "12%" for "12 percent" or
    "May 2, 1937" for "2 May 1937" is right, and is not marked as errors
    (:func:`accepted_note` names the exact answer instead).
    """
    if question.kind not in TYPED_KINDS or not isinstance(response, str) or correct:
        return None
    given = " ".join(response.split())
    if not given:
        return None
    numeric = question.kind == QuestionKind.NUMERIC
    keys = [question.answer] if numeric else [question.answer, *question.accepted]
    key = closest_key(given, [k.strip() for k in keys if k.strip()])
    if not key:
        return None
    diff = compare(given, key)
    return diff if diff.differs else None


def accepted_note(question: QuestionData, response: object, *, correct: bool, note: str) -> str:
    """The feedback's note: ``note``, or for a right typed answer written otherwise than
    its key (and no note of the grading's), "accepted: the exact answer is ...".

    A number's note is the grading's (it says when a number is right within tolerance).
    """
    kinds = (QuestionKind.SHORT_ANSWER, QuestionKind.CLOZE)
    if note or not correct or question.kind not in kinds or not isinstance(response, str):
        return note
    given, key = " ".join(response.split()), question.answer.strip()
    if not given or not key or not compare(given, key).differs:
        return note
    return f"accepted: the exact answer is {key}"
