"""Writing Moodle XML files (reading is in :mod:`moodle_xml`).

Text is written with ``format="plain_text"`` so it reads back exactly; tags that
carry format detail (weights, multiple response, category, case) become the
matching Moodle elements instead of tags. A question with an image has its text
as HTML (escaped, line breaks kept) ending in ``<img src="@@PLUGINFILE@@/name">``,
the image embedded as ``<file name="name" encoding="base64">``, as Moodle writes it.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET  # builds and serialises only; never parses input
from pathlib import Path

from quizapp.formats import common, image_refs
from quizapp.formats.markup import text_to_html
from quizapp.questiondata import CLOZE_GAP, QuestionData, QuestionKind, SetData

KIND_TYPES = {
    QuestionKind.MULTIPLE_CHOICE: "multichoice",
    QuestionKind.TRUE_FALSE: "truefalse",
    QuestionKind.SHORT_ANSWER: "shortanswer",
    QuestionKind.CLOZE: "shortanswer",
    QuestionKind.NUMERIC: "numerical",
    QuestionKind.MATCHING: "matching",
    QuestionKind.FLASHCARD: "essay",
}


def _add_text(parent: ET.Element, tag: str, text: str, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    ET.SubElement(element, "text").text = text
    return element


def _add_answer(parent: ET.Element, text: str, fraction: float) -> ET.Element:
    answer = _add_text(
        parent, "answer", text, fraction=common.number_text(fraction), format="plain_text"
    )
    _add_text(answer, "feedback", "", format="plain_text")
    return answer


def _question_element(q: QuestionData, conv: common.Conversion) -> ET.Element | None:
    qtype = KIND_TYPES.get(q.kind)
    if qtype is None:
        conv.drop(q, f"Moodle XML has no {q.kind} questions")
        return None
    element = ET.Element("question", type=qtype)
    _add_text(element, "name", q.uid)
    _add_question_text(element, q)
    _add_text(element, "generalfeedback", q.explanation, format="plain_text")
    ET.SubElement(element, "defaultgrade").text = "1"
    ET.SubElement(element, "hidden").text = "0"
    _BODIES[q.kind](element, q, conv)
    tags = common.plain_tags(q)
    if tags:
        holder = ET.SubElement(element, "tags")
        for tag in tags:
            _add_text(holder, "tag", tag)
    return element


def _add_question_text(element: ET.Element, q: QuestionData) -> None:
    if q.image is None:
        _add_text(element, "questiontext", q.prompt, format="plain_text")
        return
    name = image_refs.file_name(q.uid, q.image, set())
    html = f'{text_to_html(q.prompt)}<br><img src="@@PLUGINFILE@@/{name}" alt="">'
    holder = _add_text(element, "questiontext", html, format="html")
    embedded = ET.SubElement(holder, "file", name=name, path="/", encoding="base64")
    embedded.text = image_refs.to_base64(q.image)


def _choices_body(element: ET.Element, q: QuestionData, conv: common.Conversion) -> None:
    options = list(q.choices or [])
    if any(a not in options for a in q.accepted):
        conv.alter(q, "accepted answers that are not choices were left out")
    multi = common.MULTI_TAG in q.tags
    ET.SubElement(element, "single").text = "false" if multi else "true"
    ET.SubElement(element, "shuffleanswers").text = "true"
    ET.SubElement(element, "answernumbering").text = "abc"
    for option, fraction in zip(options, common.graded_options(q, options), strict=True):
        _add_answer(element, option, fraction)


def _truefalse_body(element: ET.Element, q: QuestionData, conv: common.Conversion) -> None:
    for value in ("true", "false"):
        _add_answer(element, value, 100.0 if q.answer == value else 0.0)


def _short_body(element: ET.Element, q: QuestionData, conv: common.Conversion) -> None:
    if q.kind == QuestionKind.SHORT_ANSWER and CLOZE_GAP.search(q.prompt):
        conv.alter(q, "its prompt holds a ___ gap, so it reads back as a cloze question")
    ET.SubElement(element, "usecase").text = "1" if common.CASE_TAG in q.tags else "0"
    options = [q.answer, *q.accepted]
    for option, fraction in zip(options, common.graded_options(q, options), strict=True):
        _add_answer(element, option, fraction)


def _numeric_body(element: ET.Element, q: QuestionData, conv: common.Conversion) -> None:
    answer = _add_answer(element, q.answer, 100.0)
    if q.tolerance is not None:
        ET.SubElement(answer, "tolerance").text = common.number_text(q.tolerance)
    if q.accepted:
        conv.alter(q, "accepted answers of a numeric question were left out")


def _matching_body(element: ET.Element, q: QuestionData, conv: common.Conversion) -> None:
    ET.SubElement(element, "shuffleanswers").text = "true"
    rows = [*(q.pairs or []), *(["", extra] for extra in q.choices or [])]
    for left, right in rows:
        sub = _add_text(element, "subquestion", left, format="plain_text")
        _add_text(sub, "answer", right)


def _essay_body(element: ET.Element, q: QuestionData, conv: common.Conversion) -> None:
    ET.SubElement(element, "responseformat").text = "plain"
    ET.SubElement(element, "responserequired").text = "1"
    ET.SubElement(element, "responsefieldlines").text = "5"
    _add_text(element, "graderinfo", q.answer, format="plain_text")


_BODIES = {
    QuestionKind.MULTIPLE_CHOICE: _choices_body,
    QuestionKind.TRUE_FALSE: _truefalse_body,
    QuestionKind.SHORT_ANSWER: _short_body,
    QuestionKind.CLOZE: _short_body,
    QuestionKind.NUMERIC: _numeric_body,
    QuestionKind.MATCHING: _matching_body,
    QuestionKind.FLASHCARD: _essay_body,
}


def dumps(data: SetData) -> tuple[str, common.Conversion]:
    """The set as Moodle XML text, and what Moodle XML could not hold."""
    conv = common.Conversion()
    quiz = ET.Element("quiz")
    category: str | None = None
    for q in data.questions:
        element = _question_element(q, conv)
        if element is None:
            continue
        wanted = common.category_of(q)
        if wanted != category:
            holder = ET.SubElement(quiz, "question", type="category")
            _add_text(holder, "category", "$course$/top" + (f"/{wanted}" if wanted else ""))
            category = wanted
        quiz.append(element)
    ET.indent(quiz)
    body = ET.tostring(quiz, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{body}\n', conv


def write(data: SetData, path: str | Path) -> common.Conversion:
    """Write the set to ``path`` as Moodle XML; returns what could not be written."""
    text, conv = dumps(data)
    Path(path).write_text(text, encoding="utf-8")
    return conv
