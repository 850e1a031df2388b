"""Aiken files (import only): one-line multiple-choice questions with a letter key.

Grammar, as Moodle reads it::

    question = stem-line choice-line { choice-line } "ANSWER:" letter
    choice   = capital letter, ")" or ".", optional space or tab, text   e.g. "B) Paris"

Lines shorter than two characters (blank lines) are ignored. A question with
fewer than two choices, a choice or ANSWER line without a stem, a second stem
before the ANSWER line, or a key that names no choice is an error at its line;
reading goes on with the next question. Each question becomes a
``multiple_choice`` with uid ``q1``, ``q2``…
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from quizapp.errors import FormatError
from quizapp.formats import common
from quizapp.formats.common import ReadResult
from quizapp.questiondata import QuestionData, QuestionKind

CHOICE = re.compile(r"^([A-Z])[).][ \t]?(.*)$")
ANSWER = re.compile(r"^ANSWER:\s*(.*)$")


@dataclass
class _Open:
    line: int
    stem: str
    choices: list[tuple[str, str]] = field(default_factory=list)


def read(path: str | Path) -> ReadResult:
    """Read the Aiken file at ``path``."""
    return loads(common.read_text(path), str(path))


def loads(text: str, file: str = "<aiken>") -> ReadResult:
    """Read Aiken text; ``file`` names it in errors."""
    result = ReadResult()
    current: _Open | None = None
    number = 0
    for line_no, raw in enumerate(common.iter_lines(text), start=1):
        line = raw.strip()
        if len(line) < 2:
            continue
        choice, answer = CHOICE.match(line), ANSWER.match(line)
        if answer:
            if current is None:
                result.errors.append(
                    FormatError(file, line_no, "an ANSWER line without a question")
                )
                continue
            number += 1
            common.count_question(number, file, line_no)
            _finish(result, current, answer.group(1), line_no, number, file)
            current = None
        elif choice:
            if current is None:
                problem = f"the choice {line!r} comes before any question"
                result.errors.append(FormatError(file, line_no, problem))
            else:
                current.choices.append((choice.group(1), choice.group(2).strip()))
        else:
            if current is not None:
                problem = "this question has no ANSWER line before the next question starts"
                result.errors.append(FormatError(file, current.line, problem))
                number += 1
                common.count_question(number, file, line_no)
            current = _Open(line_no, line)
    if current is not None:
        result.errors.append(
            FormatError(file, current.line, "this question has no ANSWER line before the end")
        )
    return result


def _finish(
    result: ReadResult, current: _Open, key: str, line: int, number: int, file: str
) -> None:
    if len(current.choices) < 2:
        problem = "a question needs at least 2 choices (A) …, B) …)"
        result.errors.append(FormatError(file, current.line, problem))
        return
    letter = key.strip()[:1]
    by_letter = dict(current.choices)
    if letter not in by_letter:
        letters = ", ".join(by_letter)
        problem = f"ANSWER {key.strip()!r} names no choice (choices: {letters})"
        result.errors.append(FormatError(file, line, problem))
        return
    question = QuestionData(
        uid=f"q{number}",
        kind=QuestionKind.MULTIPLE_CHOICE,
        prompt=current.stem,
        answer=by_letter[letter],
        choices=[text for _, text in current.choices],
    )
    common.check(result, question, file, current.line)
