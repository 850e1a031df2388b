"""Moodle GIFT text files: reading and writing.

Grammar (as Moodle documents and reads it; see ``docs`` in formats.md)::

    file      = block { blank-line block }
    block     = { "//" comment-line } ( category | question )
    category  = "$CATEGORY:" path
    question  = [ "::" name "::" ] [ "[" format "]" ] text [ "{" answers "}" [ text ] ]
    answers   = "" (essay) | "#" numeric | T/F | { ("=" | "~") [ "%" n "%" ] text [ "#" fb ] }
                [ "####" general-feedback ]

Escapes ``\\~ \\= \\# \\{ \\} \\:`` and ``\\\\`` stand for the character, ``\\n`` for a
line break; they are swapped for placeholders before the structure is parsed.

Mapping: multiple choice -> ``multiple_choice`` (several right answers go to
``accepted``; partial or negative credit and "select several" are kept as the
``weights:`` / ``multiple-response`` tags, see :mod:`common`); true/false ->
``true_false``; short answer -> ``short_answer`` (``cloze`` when the answers sit
inside the text, "missing word"); matching -> ``matching`` (extra right-hand
distractors go to ``choices``); numerical (``#3:2``, ``#1..5``) -> ``numeric``;
essay -> ``flashcard`` (its general feedback is the back); description ->
skipped. Feedback becomes ``explanation``; ``$CATEGORY`` becomes a
``category:`` tag; ``[tag:x]`` / ``[id:y]`` in comments give tags and the uid;
``[image:folder/name.png]`` in a comment gives the question's image, a file beside
the GIFT file (see :mod:`image_refs`: it may not leave the GIFT file's folder).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from quizapp.errors import FormatError
from quizapp.formats import common, image_refs
from quizapp.formats.common import ReadResult, Skipped
from quizapp.formats.gift_write import dumps, write
from quizapp.formats.markup import to_plain
from quizapp.images import ImageError, QuestionImage
from quizapp.questiondata import QuestionData, QuestionKind

__all__ = ["dumps", "loads", "read", "write"]
_ESCAPED = "\\~=#{}:n"
_HOLD = {c: chr(0xE000 + i) for i, c in enumerate(_ESCAPED)}
_RESTORE = {v: ("\n" if k == "n" else k) for k, v in _HOLD.items()}
_ESCAPE_RE = re.compile(r"\\([\\~=#{}:n])")
_FORMAT_RE = re.compile(r"\s*\[(html|moodle|plain|markdown)\]")
_WEIGHT_RE = re.compile(r"\s*%(-?[0-9]+(?:\.[0-9]*)?)%")
_BAD_WEIGHT_RE = re.compile(r"\s*%[^%\s]*%")
_TAG_RE = re.compile(r"\[tag:([^\]]+)\]")
_ID_RE = re.compile(r"\[id:([^\]]+)\]")
_IMAGE_RE = re.compile(r"\[image:([^\]]+)\]")
_TRUE_FALSE = {"T": "true", "TRUE": "true", "F": "false", "FALSE": "false"}


class _Bad(Exception):
    """A problem with one question; ``offset`` points into the block."""

    def __init__(self, offset: int, problem: str) -> None:
        super().__init__(problem)
        self.offset = offset
        self.problem = problem


@dataclass
class _Block:
    line: int
    text: str = ""
    comments: list[str] = field(default_factory=list)


@dataclass
class _Answer:
    marker: str
    fraction: float
    text: str
    feedback: str
    offset: int


def read(path: str | Path) -> ReadResult:
    """Read the GIFT file at ``path``."""
    return loads(common.read_text(path), str(path), folder=Path(path).parent)


def loads(text: str, file: str = "<gift>", *, folder: Path | None = None) -> ReadResult:
    """Read GIFT text; ``file`` names it in errors, ``folder`` holds its image files."""
    result = ReadResult()
    reserved = next((c for c in _RESTORE if c in text), None)
    if reserved is not None:
        line = text[: text.index(reserved)].count("\n") + 1
        result.errors.append(FormatError(file, line, "the file holds a private-use character"))
        return result
    category: str | None = None
    taken: set[str] = set()
    number = 0
    for block in _blocks(text):
        body = _ESCAPE_RE.sub(lambda m: _HOLD[m.group(1)], block.text)
        if body.strip().startswith("$CATEGORY:"):
            category = common.category_path(body.strip()[len("$CATEGORY:") :]) or None
            continue
        number += 1
        common.count_question(number, file, block.line)
        try:
            uid = _uid(block, body, taken, number)
            _read_question(result, block, body, category, uid, file, folder)
        except _Bad as bad:
            line = block.line + body[: bad.offset].count("\n")
            result.errors.append(FormatError(file, line, bad.problem))
    return result


def _blocks(text: str) -> Iterator[_Block]:
    """The file's blocks (separated by blank lines) one by one, as they are read."""
    current: _Block | None = None
    lines: list[str] = []
    for number, raw in enumerate(common.iter_lines(text), start=1):
        line = raw.strip()
        if not line:
            if current is not None and any(lines):
                current.text = "\n".join(lines)
                yield current
            current, lines = None, []
            continue
        if current is None:
            current = _Block(number)
        if line.startswith("//"):
            current.comments.append(line)
            line = ""
        lines.append(line)
    if current is not None and any(lines):
        current.text = "\n".join(lines)
        yield current


def _restore(text: str) -> str:
    return "".join(_RESTORE.get(c, c) for c in text)


def _with_format(raw: str, inherited: str) -> tuple[str, str]:
    match = _FORMAT_RE.match(raw)
    if match:
        return raw[match.end() :], match.group(1)
    return raw, inherited


def _plain(raw: str, fmt: str) -> str:
    return to_plain(_restore(raw), fmt)


def _read_question(
    result: ReadResult,
    block: _Block,
    body: str,
    category: str | None,
    uid: str,
    file: str,
    folder: Path | None = None,
) -> None:
    pos = len(body) - len(body.lstrip())
    name = ""
    if body.startswith("::", pos):
        end = body.find("::", pos + 2)
        if end < 0:
            raise _Bad(pos, "the question name has no closing ::")
        name, pos = _restore(body[pos + 2 : end]).strip(), end + 2
    rest, fmt = _with_format(body[pos:], "moodle")
    pos = len(body) - len(rest)
    open_at = body.find("{", pos)
    close_at = body.find("}", open_at + 1) if open_at >= 0 else -1
    if open_at < 0:
        if "}" in body[pos:]:
            raise _Bad(body.index("}", pos), "a } without an opening {; write \\} for a brace")
        label = name or _restore(body[pos:]).strip()[:40]
        result.skipped.append(
            Skipped(block.line, label, "a description (no answers) is not a question")
        )
        return
    if close_at < 0:
        raise _Bad(open_at, "the answers opened by { have no closing }")
    if "{" in body[open_at + 1 : close_at]:
        raise _Bad(body.index("{", open_at + 1), "a { inside the answers; write \\{ for a brace")
    after = body[close_at + 1 :]
    if "{" in after or "}" in after:
        raise _Bad(close_at + 1, "a second answer block; a question has one {…}")
    before = body[pos:open_at]
    gap = bool(after.strip())
    prompt_raw = before + "___" + after if gap else before
    prompt = _plain(prompt_raw, fmt)
    tags = [*_comment_tags(block), *([common.CATEGORY_TAG + category] if category else [])]
    q = QuestionData(uid=uid, kind=QuestionKind.FLASHCARD, prompt=prompt)  # the answers decide
    if not _answers(body, open_at + 1, close_at, fmt, q, gap, result):
        result.skipped[-1] = Skipped(block.line, uid, result.skipped[-1].reason)
        return
    q.tags = [*tags, *q.tags]
    q.image = _comment_image(block, folder, uid)
    common.check(result, q, file, block.line)


def _uid(block: _Block, body: str, taken: set[str], number: int) -> str:
    """The ``[id:…]`` of the comments, else the question name, else ``q<number>``."""
    for comment in block.comments:
        found = _ID_RE.search(comment)
        if found:
            return common.unique_uid(found.group(1), taken)
    name = ""
    stripped = body.lstrip()
    if stripped.startswith("::") and "::" in stripped[2:]:
        name = _restore(stripped[2 : stripped.index("::", 2)]).strip()
    return common.unique_uid(name or f"q{number}", taken)


def _comment_image(block: _Block, folder: Path | None, uid: str) -> QuestionImage | None:
    """The image a ``[image:…]`` comment names, read from beside the GIFT file."""
    refs = [r for c in block.comments for r in _IMAGE_RE.findall(c)]
    if not refs:
        return None
    if len(refs) > 1:
        raise _Bad(0, f"{uid}: a question has one image; {len(refs)} are named")
    if folder is None:
        raise _Bad(0, f"{uid}: the image {refs[0]!r} can only be read from a GIFT file on disk")
    try:
        return image_refs.read_beside(folder, refs[0])
    except ImageError as exc:
        raise _Bad(0, f"{uid}: {exc}") from None


def _comment_tags(block: _Block) -> list[str]:
    return [t.strip() for c in block.comments for t in _TAG_RE.findall(c) if t.strip()]


def _answers(
    body: str, start: int, end: int, fmt: str, q: QuestionData, gap: bool, result: ReadResult
) -> bool:
    """Fill ``q`` from the answers between ``start`` and ``end``; False if it is skipped."""
    inner = body[start:end]
    general = ""
    split = inner.rfind("####")
    if split >= 0:
        general = _plain(*_with_format(inner[split + 4 :], fmt))
        inner = inner[:split]
    stop = start + len(inner)
    stripped = inner.strip()
    first = inner.split("#", 1)[0].strip()
    if not stripped:
        if not general:
            result.skipped.append(Skipped(None, q.uid, "an essay without feedback has no back"))
            return False
        q.kind, q.answer = QuestionKind.FLASHCARD, general
        return True
    if stripped.startswith("#"):
        _numeric(q, body, start + inner.index("#") + 1, stop, fmt, result)
    elif "~" in inner:
        _choices(q, _parse(body, start, stop, fmt, lead_ok=False))
    elif "=" in inner and "->" in inner:
        _matching(q, _parse(body, start, stop, fmt, lead_ok=False))
    elif first in _TRUE_FALSE:
        q.kind, q.answer = QuestionKind.TRUE_FALSE, _TRUE_FALSE[first]
        feedback = [_plain(*_with_format(f, fmt)) for f in inner.split("#")[1:3]]
        wrong = feedback[0] if feedback else ""
        right = feedback[1] if len(feedback) > 1 else ""
        other = "false" if q.answer == "true" else "true"
        q.explanation = common.explanation("", [right], [(other, wrong)])
    else:
        _short(q, _parse(body, start, stop, fmt, lead_ok=True), gap)
    q.explanation = common.explanation(general, [q.explanation], [])
    return True


def _parse(body: str, start: int, end: int, fmt: str, *, lead_ok: bool) -> list[_Answer]:
    """The ``=`` / ``~`` answers between ``start`` and ``end`` of ``body``."""
    marks = [i for i in range(start, end) if body[i] in "=~"]
    lead = body[start : marks[0] if marks else end]
    answers: list[_Answer] = []
    if lead.strip():
        if not lead_ok:
            raise _Bad(
                start,
                f"text before the first answer: {_restore(lead).strip()!r}; "
                "start each answer with = or ~",
            )
        answers.append(_answer("=", body, start, end if not marks else marks[0], fmt))
    for n, at in enumerate(marks):
        stop = marks[n + 1] if n + 1 < len(marks) else end
        answers.append(_answer(body[at], body, at + 1, stop, fmt))
    return answers


def _answer(marker: str, body: str, start: int, stop: int, fmt: str) -> _Answer:
    raw = body[start:stop]
    fraction = 100.0 if marker == "=" else 0.0
    weight = _WEIGHT_RE.match(raw)
    if weight:
        fraction = float(weight.group(1))
        if not -100 <= fraction <= 100:
            raise _Bad(start, f"the weight {weight.group(1)}% is outside -100..100")
        raw = raw[weight.end() :]
    elif bad := _BAD_WEIGHT_RE.match(raw):
        raise _Bad(start, f"bad weight {bad.group().strip()!r}; write it like %50% or %-33.3%")
    text, _, feedback = raw.partition("#")
    text_raw, text_fmt = _with_format(text, fmt)
    fb_raw, fb_fmt = _with_format(feedback, fmt)
    return _Answer(marker, fraction, _plain(text_raw, text_fmt), _plain(fb_raw, fb_fmt), start)


def _feedback(answers: list[_Answer], right: set[str]) -> str:
    return common.explanation(
        "",
        [a.feedback for a in answers if a.text in right],
        [(a.text, a.feedback) for a in answers if a.text not in right],
    )


def _choices(q: QuestionData, answers: list[_Answer]) -> None:
    if len(answers) < 2:
        raise _Bad(
            answers[0].offset if answers else 0, "a multiple choice question needs 2 answers"
        )
    fractions = [a.fraction for a in answers]
    if max(fractions) <= 0:
        raise _Bad(answers[0].offset, "no right answer: mark one with = or a positive %weight%")
    options = [a.text for a in answers]
    q.kind, q.choices = QuestionKind.MULTIPLE_CHOICE, options
    q.answer, q.accepted = common.pick_right(options, fractions)
    multi = not any(a.marker == "=" for a in answers)
    q.tags = common.weight_tags(fractions, multi=multi)
    q.explanation = _feedback(answers, {q.answer, *q.accepted})


def _matching(q: QuestionData, answers: list[_Answer]) -> None:
    pairs: list[list[str]] = []
    extra: list[str] = []
    for a in answers:
        if "->" not in a.text:
            raise _Bad(a.offset, f"the match {a.text!r} has no ->")
        left, right = (s.strip() for s in a.text.split("->", 1))
        if left:
            pairs.append([left, right])
        else:
            extra.append(right)
    if len(pairs) < 2:
        raise _Bad(answers[0].offset, "a matching question needs 2 pairs (= left -> right)")
    q.kind, q.pairs, q.choices = QuestionKind.MATCHING, pairs, extra or None


def _short(q: QuestionData, answers: list[_Answer], gap: bool) -> None:
    graded = [a for a in answers if a.fraction > 0]
    if not graded:
        raise _Bad(answers[0].offset, "no right answer: give one with =")
    fractions = [a.fraction for a in graded]
    best = fractions.index(max(fractions))
    ordered = [graded[best], *(a for i, a in enumerate(graded) if i != best)]
    q.kind = QuestionKind.CLOZE if gap else QuestionKind.SHORT_ANSWER
    q.answer, q.accepted = ordered[0].text, [a.text for a in ordered[1:]]
    q.tags = common.weight_tags([a.fraction for a in ordered], multi=False)
    q.explanation = _feedback(answers, {a.text for a in graded})


def _numeric(
    q: QuestionData, body: str, start: int, end: int, fmt: str, result: ReadResult
) -> None:
    inner = body[start:end]
    if "=" in inner or "~" in inner:
        answers = _parse(body, start, end, fmt, lead_ok=True)
    else:
        answers = [_answer("=", body, start, end, fmt)]
    right = [(a, _number(a)) for a in answers if a.fraction > 0]
    if not right:
        raise _Bad(start, "a numerical question needs a right answer like #3, #3:0.5 or #1..5")
    best = max(right, key=lambda r: r[0].fraction)
    q.kind = QuestionKind.NUMERIC
    q.answer, q.tolerance = best[1]
    for a, _value in right:
        if a is not best[0]:
            result.notes.append(
                f"{q.uid}: kept only the best numeric answer; dropped {a.text!r} "
                f"({common.number_text(a.fraction)}%)"
            )
    q.explanation = common.explanation(
        "",
        [best[0].feedback],
        [(a.text or "other answers", a.feedback) for a in answers if a is not best[0]],
    )


def _number(a: _Answer) -> tuple[str, float | None]:
    spec = a.text.replace(" ", "")
    try:
        if ".." in spec:
            low, high = (float(s) for s in spec.split("..", 1))
            if high < low or not (math.isfinite(low) and math.isfinite(high)):
                raise ValueError
            return common.number_text((low + high) / 2), (high - low) / 2
        value, _, tol = spec.partition(":")
        number, tolerance = float(value), float(tol) if tol else None
        if not math.isfinite(number) or (tolerance is not None and not tolerance >= 0):
            raise ValueError
        return value, tolerance
    except ValueError:
        raise _Bad(a.offset, f"{a.text!r} is not a number, number:tolerance or low..high") from None
