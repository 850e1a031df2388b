"""Moodle XML question files: reading (through defusedxml only) and writing.

The file is parsed, safely and one question at a time, by :mod:`moodle_xml_tree`
(every element with its line, so problems are reported as ``file:line``); this
module says what each element means. Writing is :mod:`moodle_xml_write`.

Mapping (the same as GIFT's, see :mod:`gift`): multichoice -> multiple_choice
(several right answers in ``accepted``, partial/negative credit and
``<single>false</single>`` in the ``weights:`` / ``multiple-response`` tags);
truefalse -> true_false; shortanswer -> short_answer, or cloze when its text
holds a ``___`` gap (``<usecase>1`` -> ``case-sensitive`` tag); numerical ->
numeric (units dropped with a note); matching -> matching (distractors in
``choices``); essay -> flashcard (back = grader info, else general feedback);
cloze (multianswer) with one gap -> cloze / multiple_choice / numeric;
description -> skipped; category -> ``category:`` tag on the questions after it.
HTML text is reduced to plain text. The first image embedded in the question text
(``<file name="x.png" encoding="base64">``, PNG, JPEG, WebP or SVG) becomes the
question's image, checked like any other (a hostile one is the question's error);
other embedded files are dropped with a note.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quizapp.errors import FormatError, FormatErrors
from quizapp.formats import common, image_refs
from quizapp.formats.common import ReadResult, Skipped
from quizapp.formats.markup import to_plain
from quizapp.formats.moodle_xml_tree import Node, parse_tree
from quizapp.formats.moodle_xml_write import dumps, write
from quizapp.images import ImageError, QuestionImage, type_of_name
from quizapp.questiondata import CLOZE_GAP, QuestionData, QuestionKind

TEXT_FORMATS = {"html": "html", "moodle_auto_format": "moodle", "plain_text": "plain",
                "markdown": "markdown"}  # fmt: skip
__all__ = ["dumps", "loads", "read", "write"]
_EMBEDDED = re.compile(r"\{(\d*):([A-Z_]+):((?:\\.|[^}])*)\}")


def read(path: str | Path) -> ReadResult:
    """Read the Moodle XML file at ``path``."""
    return loads(common.read_bytes(path), str(path))


def loads(raw: bytes, file: str = "<xml>") -> ReadResult:
    """Read Moodle XML bytes; ``file`` names it in errors."""
    reader = _Reader(file)
    root = parse_tree(raw, file, reader.add)
    if root.tag != "quiz":
        raise FormatErrors([FormatError(file, root.line, f"expected <quiz>, found <{root.tag}>")])
    return reader.result


class _Reader:
    """Turns each ``<question>`` into a question of the result, as the parser reads it."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.result = ReadResult()
        self.category: str | None = None
        self.taken: set[str] = set()
        self.number = 0

    def add(self, node: Node) -> None:
        if node.tag != "question":
            return
        kind = node.attrs.get("type", "")
        if kind == "category":
            path = node.child("category")
            self.category = common.category_path(path.value("text") if path else "") or None
            return
        self.number += 1
        common.count_question(self.number, self.file, node.line)
        result = self.result
        uid = node.value("idnumber") or _name(node) or f"q{self.number}"
        uid = common.unique_uid(uid, self.taken)
        try:
            question = _question(node, kind, uid, result)
        except _Bad as bad:
            result.errors.append(FormatError(self.file, bad.line or node.line, f"{uid}: {bad}"))
            return
        if question is None:
            return
        tags = [t.value("text") for t in _tags(node) if t.value("text")]
        if self.category:
            tags.append(common.CATEGORY_TAG + self.category)
        question.tags = [*tags, *question.tags]
        common.check(result, question, self.file, node.line)


class _Bad(Exception):
    def __init__(self, problem: str, line: int | None = None) -> None:
        super().__init__(problem)
        self.line = line


def _name(node: Node) -> str:
    name = node.child("name")
    return name.value("text") if name is not None else ""


def _tags(node: Node) -> list[Node]:
    tags = node.child("tags")
    return tags.all("tag") if tags is not None else []


def _text(node: Node | None, result: ReadResult, uid: str, fmt: str = "html") -> str:
    """The plain text of a Moodle text element (``<x format=…><text>…</text></x>``)."""
    if node is None:
        return ""
    for f in node.all("file"):
        result.notes.append(f"{uid}: the embedded file {f.attrs.get('name', '')!r} was dropped")
    fmt = TEXT_FORMATS.get(node.attrs.get("format", ""), fmt)
    raw = node.value("text")
    raw = re.sub(r"<img[^>]*@@PLUGINFILE@@[^>]*>", "", raw)
    return to_plain(raw, fmt)


def _image(node: Node, result: ReadResult, uid: str) -> QuestionImage | None:
    """The first image file embedded in ``node``, taken out of it (the others stay, noted)."""
    found = next((f for f in node.all("file") if type_of_name(f.attrs.get("name", ""))), None)
    if found is None:
        return None
    node.children = [c for c in node.children if c is not found]
    name = found.attrs.get("name", "")
    if found.attrs.get("encoding", "base64") != "base64":
        raise _Bad(f"the embedded image {name!r} is not base64-encoded", found.line)
    try:
        return image_refs.from_base64(found.text, name)
    except ImageError as exc:
        raise _Bad(f"the embedded image {name!r}: {exc}", found.line) from None


def _fraction(answer: Node) -> float:
    raw = answer.attrs.get("fraction", "0")
    try:
        value = float(raw)
    except ValueError:
        raise _Bad(f"the answer fraction {raw!r} is not a number", answer.line) from None
    if not -100 <= value <= 100:
        raise _Bad(f"the answer fraction {raw} is outside -100..100", answer.line)
    return value


@dataclass
class _Answer:
    text: str
    fraction: float
    feedback: str
    node: Node


def _answers(node: Node, result: ReadResult, uid: str, fmt: str) -> list[_Answer]:
    return [
        _Answer(
            _text(a, result, uid, fmt), _fraction(a), _text(a.child("feedback"), result, uid), a
        )
        for a in node.all("answer")
    ]


def _question(node: Node, kind: str, uid: str, result: ReadResult) -> QuestionData | None:
    text_node = node.child("questiontext")
    if kind not in READERS:
        what = (
            "a description is not a question"
            if kind == "description"
            else (f"the question type {kind!r} is not supported")
        )
        result.skipped.append(Skipped(node.line, uid, what))
        return None
    if text_node is None:
        raise _Bad("the question has no <questiontext>")
    image = _image(text_node, result, uid)
    q = QuestionData(uid=uid, kind=QuestionKind.FLASHCARD, prompt=_text(text_node, result, uid))
    q.image = image
    general = _text(node.child("generalfeedback"), result, uid)
    if node.all("hint"):
        result.notes.append(f"{uid}: {len(node.all('hint'))} hint(s) were dropped")
    if READERS[kind](q, node, result) is False:
        return None
    q.explanation = common.explanation(general, [q.explanation], [])
    if kind == "essay" and q.answer == general:
        q.explanation = ""
    return q


def _feedback(answers: list[_Answer], right: set[str]) -> str:
    return common.explanation(
        "",
        [a.feedback for a in answers if a.text in right],
        [(a.text, a.feedback) for a in answers if a.text not in right],
    )


def _multichoice(q: QuestionData, node: Node, result: ReadResult) -> None:
    answers = _answers(node, result, q.uid, "html")
    if len(answers) < 2:
        raise _Bad("a multichoice question needs 2 answers")
    fractions = [a.fraction for a in answers]
    if max(fractions) <= 0:
        raise _Bad("no answer has a positive fraction")
    options = [a.text for a in answers]
    single = node.value("single").lower() not in ("false", "0")
    q.kind, q.choices = QuestionKind.MULTIPLE_CHOICE, options
    q.answer, q.accepted = common.pick_right(options, fractions)
    q.tags = common.weight_tags(fractions, multi=not single)
    q.explanation = _feedback(answers, {q.answer, *q.accepted})


def _truefalse(q: QuestionData, node: Node, result: ReadResult) -> None:
    answers = _answers(node, result, q.uid, "moodle")
    right = [a for a in answers if a.fraction > 0 and a.text.lower() in ("true", "false")]
    if len(right) != 1:
        raise _Bad("a truefalse question needs one right answer, 'true' or 'false'")
    q.kind, q.answer = QuestionKind.TRUE_FALSE, right[0].text.lower()
    q.explanation = common.explanation(
        "",
        [right[0].feedback],
        [(a.text.lower(), a.feedback) for a in answers if a is not right[0]],
    )


def _shortanswer(q: QuestionData, node: Node, result: ReadResult) -> None:
    answers = _answers(node, result, q.uid, "moodle")
    graded = sorted((a for a in answers if a.fraction > 0), key=lambda a: -a.fraction)
    if not graded:
        raise _Bad("a shortanswer question needs an answer with a positive fraction")
    q.kind = QuestionKind.CLOZE if CLOZE_GAP.search(q.prompt) else QuestionKind.SHORT_ANSWER
    q.prompt = CLOZE_GAP.sub("___", q.prompt, count=1)  # Moodle writes _____; ours is ___
    q.answer, q.accepted = graded[0].text, [a.text for a in graded[1:]]
    q.tags = common.weight_tags([a.fraction for a in graded], multi=False)
    if node.value("usecase") == "1":
        q.tags.append(common.CASE_TAG)
    q.explanation = _feedback(answers, {a.text for a in graded})


def _numerical(q: QuestionData, node: Node, result: ReadResult) -> None:
    answers = _answers(node, result, q.uid, "moodle")
    right = [a for a in answers if a.fraction > 0 and a.text != "*"]
    if not right:
        raise _Bad("a numerical question needs an answer with a positive fraction")
    best = max(right, key=lambda a: a.fraction)
    for a in right:
        if a is not best:
            result.notes.append(f"{q.uid}: kept only the best numeric answer; dropped {a.text!r}")
    tolerance = best.node.value("tolerance")
    try:
        float(best.text)
        q.tolerance = float(tolerance) if tolerance else None
    except ValueError:
        raise _Bad(
            f"the numerical answer {best.text!r} or its tolerance is not a number", best.node.line
        ) from None
    units = node.child("units")
    if units is not None and units.children:
        result.notes.append(f"{q.uid}: units were dropped")
    q.kind, q.answer = QuestionKind.NUMERIC, best.text
    others = [
        ("other answers" if a.text == "*" else a.text, a.feedback) for a in answers if a is not best
    ]
    q.explanation = common.explanation("", [best.feedback], others)


def _matching(q: QuestionData, node: Node, result: ReadResult) -> None:
    pairs: list[list[str]] = []
    extra: list[str] = []
    for sub in node.all("subquestion"):
        left = _text(sub, result, q.uid)
        right = sub.child("answer")
        right_text = right.value("text") if right is not None else ""
        if left:
            pairs.append([left, right_text])
        elif right_text:
            extra.append(right_text)
    if len(pairs) < 2:
        raise _Bad("a matching question needs 2 subquestions with text")
    q.kind, q.pairs, q.choices = QuestionKind.MATCHING, pairs, extra or None


def _essay(q: QuestionData, node: Node, result: ReadResult) -> bool:
    back = _text(node.child("graderinfo"), result, q.uid) or _text(
        node.child("generalfeedback"), result, q.uid
    )
    if not back:
        result.skipped.append(
            Skipped(node.line, q.uid, "an essay without grader info or feedback has no back")
        )
        return False
    q.kind, q.answer = QuestionKind.FLASHCARD, back
    return True


def _cloze(q: QuestionData, node: Node, result: ReadResult) -> bool:
    raw = node.child("questiontext")
    source = raw.value("text") if raw is not None else ""
    gaps = list(_EMBEDDED.finditer(source))
    if len(gaps) != 1:
        result.skipped.append(
            Skipped(
                node.line, q.uid, f"a cloze with {len(gaps)} gaps; quizapp cloze questions have one"
            )
        )
        return False
    gap = gaps[0]
    fmt = TEXT_FORMATS.get(raw.attrs.get("format", "") if raw else "", "html")
    q.prompt = to_plain(source[: gap.start()] + "___" + source[gap.end() :], fmt)
    from quizapp.formats import gift  # the embedded answers use GIFT's answer grammar

    sub_kind = gap.group(2)
    body = gap.group(3)
    if sub_kind.startswith(("NUMERICAL", "NM")):
        body = "#" + body
    elif sub_kind.startswith(("SHORTANSWER", "SA", "MW")):  # ~ starts a further answer here
        body = re.sub(r"(?<!\\)~(?!%)", "=%0%", re.sub(r"(?<!\\)~(?=%)", "=", body))
    parsed = gift.loads(f"::{q.uid}::x {{{body}}} y")
    if not parsed.questions:
        problem = parsed.errors[0].problem if parsed.errors else "cannot read the gap"
        raise _Bad(f"the gap {gap.group(0)!r}: {problem}")
    sub = parsed.questions[0]
    q.kind = sub.kind
    q.answer, q.accepted, q.choices, q.tolerance = (
        sub.answer,
        sub.accepted,
        sub.choices,
        sub.tolerance,
    )
    q.tags, q.explanation = sub.tags, sub.explanation
    if sub_kind.startswith(("MULTIRESPONSE", "MR")) and common.MULTI_TAG not in q.tags:
        q.tags = common.weight_tags(common.graded_options(q, q.choices or []), multi=True)
    return True


READERS: dict[str, Any] = {
    "multichoice": _multichoice,
    "truefalse": _truefalse,
    "shortanswer": _shortanswer,
    "numerical": _numerical,
    "matching": _matching,
    "essay": _essay,
    "cloze": _cloze,
}
