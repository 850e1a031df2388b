"""Writing Moodle GIFT files (reading and the grammar are in :mod:`gift`).

Every question is written as ``::uid::[plain]text{answers}`` (a cloze as
``before{answers}after``), preceded by ``// [tag:x]`` comments and, when the
category changes, a ``$CATEGORY:`` line. A question's image is written to a file
in a folder beside the GIFT file and named in a ``// [image:folder/name]`` comment
(Moodle ignores comments; quizapp reads it back).
"""

from __future__ import annotations

from pathlib import Path
from typing import assert_never

from quizapp.formats import common, image_refs
from quizapp.formats.common import Conversion
from quizapp.questiondata import CLOZE_GAP, QuestionData, QuestionKind, SetData


def _escape(text: str) -> str:
    out = text.strip()
    for c in "\\~=#{}:":
        out = out.replace(c, "\\" + c)
    return out.replace("\n", "\\n")


def dumps(data: SetData, images: dict[str, str] | None = None) -> tuple[str, Conversion]:
    """The set as GIFT text, and what GIFT could not hold.

    ``images`` are the references of the image files written beside it, by uid.
    """
    images = images or {}
    conv = Conversion()
    out = [f"// quizapp set: {_escape(data.name)}"]
    if data.description:
        out.append(f"// {data.description.replace(chr(10), ' ')}")
    out.append("")
    category: str | None = None
    for q in data.questions:
        answers = _write_answers(q, conv)
        if answers is None:
            continue
        wanted = common.category_of(q)
        if wanted != category and wanted is not None:
            out += [f"$CATEGORY: $course$/top/{wanted}", ""]
        elif wanted != category:
            out += ["$CATEGORY: $course$/top", ""]
        category = wanted
        for tag in common.plain_tags(q):
            if "]" in tag or "\n" in tag:
                conv.alter(q, f"tag {tag!r} cannot be written in a GIFT comment")
            else:
                out.append(f"// [tag:{tag}]")
        if q.uid in images:
            out.append(f"// [image:{images[q.uid]}]")
        elif q.image is not None:
            conv.alter(q, "its image was left out: GIFT text names image files written beside it")
        prompt = q.prompt
        gap = CLOZE_GAP.search(prompt) if q.kind == QuestionKind.CLOZE else None
        head = f"::{_escape(q.uid)}::[plain]"
        if gap:
            line = (
                f"{head}{_escape(prompt[: gap.start()])} {answers} {_escape(prompt[gap.end() :])}"
            )
        else:
            line = f"{head}{_escape(prompt)} {answers}"
        out += [line, ""]
    return "\n".join(out), conv


def _feedback_text(q: QuestionData) -> str:
    return f"####{_escape(q.explanation)}" if q.explanation.strip() else ""


def _write_answers(q: QuestionData, conv: Conversion) -> str | None:
    fb = _feedback_text(q)
    if common.CASE_TAG in q.tags:
        conv.alter(q, "GIFT cannot mark answers as case-sensitive")
    match q.kind:
        case QuestionKind.MULTIPLE_CHOICE | QuestionKind.SHORT_ANSWER | QuestionKind.CLOZE:
            return _options(q, conv, fb)
        case QuestionKind.TRUE_FALSE:
            return "{" + ("TRUE" if q.answer == "true" else "FALSE") + fb + "}"
        case QuestionKind.NUMERIC:
            tol = f":{common.number_text(q.tolerance)}" if q.tolerance is not None else ""
            return "{#" + _escape(q.answer) + tol + fb + "}"
        case QuestionKind.MATCHING:
            return _pairs(q, conv, fb)
        case QuestionKind.FLASHCARD:
            return _essay(q, conv)
        case QuestionKind.ORDERING:
            conv.drop(q, f"GIFT has no {q.kind} questions")
            return None
        case _:
            assert_never(q.kind)


def _options(q: QuestionData, conv: Conversion, fb: str) -> str:
    """The answers of a multiple-choice, short-answer or cloze question."""
    choosing = q.kind == QuestionKind.MULTIPLE_CHOICE
    options = list(q.choices or []) if choosing else [q.answer, *q.accepted]
    if choosing and any(a not in options for a in q.accepted):
        conv.alter(q, "accepted answers that are not choices were left out")
    fractions = common.graded_options(q, options)
    multi = common.MULTI_TAG in q.tags and choosing
    parts = []
    for option, f in zip(options, fractions, strict=True):
        mark = "=" if (f > 0 and not multi) else "~"
        plain = f == (100.0 if mark == "=" else 0.0)
        weight = "" if plain else f"%{common.number_text(f)}%"
        parts.append(f"{mark}{weight}{_escape(option)}")
    return "{" + " ".join(parts) + fb + "}"


def _essay(q: QuestionData, conv: Conversion) -> str:
    """A flashcard as an essay question whose feedback is the back of the card."""
    if q.explanation.strip():
        conv.alter(q, "the explanation was left out: a GIFT essay has one feedback, the back")
    return "{####" + _escape(q.answer) + "}"


def _pairs(q: QuestionData, conv: Conversion, fb: str) -> str | None:
    """The pairs of a matching question (None when GIFT cannot write them)."""
    pairs = q.pairs or []
    if any("->" in left for left, _ in pairs):
        conv.drop(q, "a left side holds '->', which GIFT cannot escape")
        return None
    items = [f"={_escape(left)} -> {_escape(right)}" for left, right in pairs]
    items += [f"= -> {_escape(extra)}" for extra in q.choices or []]
    return "{" + " ".join(items) + fb + "}"


def write(data: SetData, path: str | Path) -> Conversion:
    """Write the set to ``path`` as GIFT (images in a folder beside it); returns what was lost."""
    text, conv = dumps(data, image_refs.write_beside(path, data.questions))
    Path(path).write_text(text, encoding="utf-8")
    return conv
