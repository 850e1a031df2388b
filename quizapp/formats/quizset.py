"""quizapp's own question-set files: YAML, one set per file, written by hand.

The file is read as a YAML node tree rather than through YAML's implicit typing,
so every value is the text as written (``answer: no`` stays "no", ``1988``
stays "1988") and every problem is reported as ``file:line: problem``. A file
with any problem loads nothing. A question's ``image`` names an image file beside
the set file (``set-images/q1.png``, see :mod:`image_refs`), read and checked
with the set; writing a set file writes its images there.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from quizapp.errors import FormatError, FormatErrors
from quizapp.formats import common, image_refs, yaml_nodes
from quizapp.formats.common import read_bytes
from quizapp.images import ImageError, QuestionImage
from quizapp.questiondata import (
    FACT_KINDS,
    KINDS,
    ArticleData,
    FactKind,
    QuestionData,
    QuestionKind,
    SetData,
    kind_problems,
    problems,
    with_fact_kind,
)

FORMAT_TAG = "quizapp-set/1"
SET_KEYS = {"format", "name", "description", "article", "questions"}
ARTICLE_KEYS = {"title", "source"}
TEXT_FIELDS = ("kind", "prompt", "answer", "explanation", "fact_kind", "fact_key", "source")
LIST_FIELDS = ("choices", "items", "accepted", "tags")
QUESTION_KEYS = {"id", *TEXT_FIELDS, *LIST_FIELDS, "pairs", "tolerance", "image"}
NULL_TAG = "tag:yaml.org,2002:null"


class _Reader:
    """Walks the node tree, collecting every problem with its line."""

    def __init__(self, file: str, folder: Path | None = None) -> None:
        self.file = file
        self.folder = folder  # where the set's image files are; None: read from text alone
        self.errors: list[FormatError] = []

    def error(self, node: yaml.Node | None, problem: str) -> None:
        line = node.start_mark.line + 1 if node is not None else None
        self.errors.append(FormatError(self.file, line, problem))

    def mapping(self, node: yaml.Node, what: str, allowed: set[str]) -> dict[str, yaml.Node]:
        if not isinstance(node, yaml.MappingNode):
            self.error(node, f"{what} must be a mapping of 'key: value' lines")
            return {}
        result: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if not isinstance(key, str):
                self.error(key_node, f"{what} has a key that is not text")
            elif key not in allowed:
                self.error(key_node, f"unknown field {key!r} in {what}")
            elif key in result:
                self.error(key_node, f"field {key!r} appears twice in {what}")
            else:
                result[key] = value_node
        return result

    def text(self, node: yaml.Node | None, name: str) -> str | None:
        if node is None or (node.tag == NULL_TAG and not node.value):
            return None
        if not isinstance(node, yaml.ScalarNode):
            self.error(node, f"{name} must be text")
            return None
        return str(node.value)

    def text_list(self, node: yaml.Node | None, name: str) -> list[str] | None:
        if node is None or (isinstance(node, yaml.ScalarNode) and node.tag == NULL_TAG):
            return None
        if not isinstance(node, yaml.SequenceNode):
            self.error(node, f"{name} must be a list")
            return None
        items = [self.text(item, f"each of {name}") for item in node.value]
        return [i for i in items if i is not None]

    def pairs(self, node: yaml.Node | None) -> list[list[str]] | None:
        if node is None or (isinstance(node, yaml.ScalarNode) and node.tag == NULL_TAG):
            return None
        if not isinstance(node, yaml.MappingNode):
            self.error(node, "pairs must be a mapping of 'left: right' lines")
            return None
        result: list[list[str]] = []
        for key_node, value_node in node.value:
            left = self.text(key_node, "the left side of a pair")
            right = self.text(value_node, "the right side of a pair")
            if left is None or right is None:
                self.error(key_node, "a pair needs a left and a right side")
            else:
                result.append([left, right])
        return result

    def number(self, node: yaml.Node | None, name: str) -> float | None:
        raw = self.text(node, name)
        if raw is None:
            return None
        try:
            return float(raw)
        except ValueError:
            self.error(node, f"{name} must be a number, not {raw!r}")
            return None


def load(path: str | Path) -> SetData:
    """Read and validate the set file at ``path``; raise FormatErrors on any problem."""
    raw = read_bytes(path)  # size-limited: no endless or huge file
    return loads(raw, str(path), folder=Path(path).parent)


def loads(raw: bytes | str, file: str = "<text>", *, folder: Path | None = None) -> SetData:
    """Read and validate set-file content; ``file`` names it in errors, ``folder`` its images."""
    found = read_set(raw, file, folder=folder)
    errors = found.set_errors + found.question_errors
    if errors:
        raise FormatErrors(sorted(errors, key=lambda e: e.line or 0))
    assert found.data is not None
    return found.data


@dataclass
class SetFile:
    """A set file read: the set (its bad questions left out) and the problems found."""

    data: SetData | None  # None when the set itself is wrong
    set_errors: list[FormatError] = field(default_factory=list)
    question_errors: list[FormatError] = field(default_factory=list)  # of left-out questions


def read_set(raw: bytes | str, file: str = "<text>", *, folder: Path | None = None) -> SetFile:
    """Read set-file content, question by question (for ``--skip-bad``).

    ``folder`` is where the file's image references are read from.

    Raises:
        FormatErrors: the file is not UTF-8, not YAML, empty, or holds more
            questions than :data:`common.MAX_QUESTIONS`.
    """
    text = _decode(raw, file)
    reader = _Reader(file, folder)
    questions = _Questions(reader)
    root = _compose(text, file, questions.add)
    if root is None:
        raise FormatErrors([FormatError(file, 1, "the file is empty")])
    data = _read_set(reader, root, questions)
    return SetFile(data, reader.errors, questions.errors)


def _decode(raw: bytes | str, file: str) -> str:
    if isinstance(raw, str):
        return raw
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad_line = raw[: exc.start].count(b"\n") + 1
        raise FormatErrors([FormatError(file, bad_line, "the file is not UTF-8 text")]) from exc


def _compose(text: str, file: str, on_question: yaml_nodes.OnItem) -> yaml.Node | None:
    try:
        root, _count = yaml_nodes.compose(text, on_question)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = f"YAML syntax: {exc.problem or exc.context}"
        raise FormatErrors([FormatError(file, line, problem)]) from exc
    except yaml.reader.ReaderError as exc:  # its str() spans two lines
        line = text[: exc.position].count("\n") + 1
        problem = f"YAML syntax: the character #x{exc.character:04x} is not allowed"
        raise FormatErrors([FormatError(file, line, problem)]) from exc
    except yaml.YAMLError as exc:
        problem = "YAML syntax: " + " ".join(str(exc).split())
        raise FormatErrors([FormatError(file, None, problem)]) from exc
    except RecursionError:  # PyYAML composes nested collections recursively
        problem = "YAML: lists or mappings nested too deeply"
        raise FormatErrors([FormatError(file, None, problem)]) from None
    return root


class _Questions:
    """The questions of the list, read one by one as the file is composed."""

    def __init__(self, reader: _Reader) -> None:
        self.reader = reader
        self.good: list[QuestionData] = []
        self.errors: list[FormatError] = []  # of the questions left out
        self.count = 0
        self.lines: dict[str, int] = {}

    def add(self, node: yaml.Node) -> None:
        reader, line = self.reader, node.start_mark.line + 1
        self.count += 1
        common.count_question(self.count, reader.file, line)
        before = len(reader.errors)
        read = _read_question(reader, node)
        question = read if isinstance(read, QuestionData) else None
        uid = read.uid if isinstance(read, QuestionData) else read
        if uid is not None and uid in self.lines:
            first = self.lines[uid]
            reader.error(node, f"duplicate id {uid!r} (first used on line {first})")
        if uid is not None:
            self.lines.setdefault(uid, line)
        if len(reader.errors) > before or question is None:
            self.errors += reader.errors[before:]
            del reader.errors[before:]
        else:
            self.good.append(question)


def _read_set(reader: _Reader, root: yaml.Node, questions: _Questions) -> SetData | None:
    fields = reader.mapping(root, "the set", SET_KEYS)
    if not fields:
        return None
    fmt = reader.text(fields.get("format"), "format")
    if fmt is not None and fmt != FORMAT_TAG:
        reader.error(fields["format"], f"unsupported format {fmt!r}; expected {FORMAT_TAG!r}")
    name = reader.text(fields.get("name"), "name")
    if not (name and name.strip()) and not isinstance(fields.get("name"), yaml.CollectionNode):
        reader.error(fields.get("name", root), "the set needs a name")
    description = reader.text(fields.get("description"), "description") or ""
    article = _read_article(reader, fields.get("article"))
    questions_node = fields.get("questions")
    if not isinstance(questions_node, yaml.SequenceNode) or not questions.count:
        reader.error(questions_node or root, "the set needs a list of questions")
        return None
    return SetData(
        name=name or "", description=description, questions=questions.good, article=article
    )


def _read_article(reader: _Reader, node: yaml.Node | None) -> ArticleData | None:
    if node is None:
        return None
    fields = reader.mapping(node, "the article", ARTICLE_KEYS)
    title = reader.text(fields.get("title"), "article title")
    if not title:
        reader.error(node, "the article needs a title")
        return None
    return ArticleData(title=title, source=reader.text(fields.get("source"), "source") or "")


def _read_question(reader: _Reader, node: yaml.Node) -> QuestionData | str | None:
    """The question; only its id when its kind is unknown; None when it cannot be read."""
    fields = reader.mapping(node, "a question", QUESTION_KEYS)
    if not fields:
        return None
    before = len(reader.errors)
    values: dict[str, Any] = {n: reader.text(fields.get(n), n) for n in TEXT_FIELDS}
    lists = {n: reader.text_list(fields.get(n), n) for n in LIST_FIELDS}
    uid = reader.text(fields.get("id"), "id")
    pairs = reader.pairs(fields.get("pairs"))
    tolerance = reader.number(fields.get("tolerance"), "tolerance")
    image = _read_image(reader, fields.get("image"), uid)
    for name, value in (("id", uid), ("kind", values["kind"]), ("prompt", values["prompt"])):
        if value is None and not isinstance(fields.get(name), yaml.CollectionNode):
            reader.error(node, f"the question has no {name}")
    if lists["choices"] is not None and lists["items"] is not None:
        reader.error(fields["items"], "use either choices or items, not both")
    if len(reader.errors) > before:  # a wrong-typed field: kind rules would only echo it
        return None
    kind, fact_kind = values["kind"], values["fact_kind"]
    if kind not in KINDS:  # the rules of a kind quizapp does not know would only echo it
        for name, problem in kind_problems(uid or "", kind):
            reader.error(fields.get(name, node), f"question {uid or ''!r}: {problem}")
        return uid or ""
    question = QuestionData(
        uid=uid or "",
        kind=QuestionKind(kind),
        prompt=values["prompt"],
        answer=values["answer"] or "",
        choices=lists["choices"] if lists["choices"] is not None else lists["items"],
        accepted=lists["accepted"] or [],
        pairs=pairs,
        tolerance=tolerance,
        explanation=values["explanation"] or "",
        tags=lists["tags"] or [],
        fact_kind=FactKind(fact_kind) if fact_kind in FACT_KINDS else None,
        fact_key=values["fact_key"],
        source=values["source"],
        image=image,
    )
    for name, problem in with_fact_kind(problems(question), fact_kind):
        place = fields.get("items" if name == "choices" and "items" in fields else name, node)
        reader.error(place, f"question {question.uid!r}: {problem}")
    return question


def _read_image(reader: _Reader, node: yaml.Node | None, uid: str | None) -> QuestionImage | None:
    ref = reader.text(node, "image")
    if ref is None:
        return None
    what = f"question {uid or ''!r}"
    if reader.folder is None:
        reader.error(node, f"{what}: the image {ref!r} can only be read from a set file on disk")
        return None
    try:
        return image_refs.read_beside(reader.folder, ref)
    except ImageError as exc:
        reader.error(node, f"{what}: {exc}")
        return None


# --- writing -----------------------------------------------------------------


class _Dumper(yaml.SafeDumper):
    """Block style, indented lists, literal blocks for multi-line text.

    The loader reads every value as text, so the dumper needs no quotes to
    protect values such as ``false`` or ``1988`` from YAML's implicit typing.
    """

    yaml_implicit_resolvers: dict[str, Any] = {}  # noqa: RUF012 (PyYAML class attribute)

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    # PyYAML falls back to quotes where "|" cannot hold the text; it would read an
    # unquoted NEL (U+0085) back as a line break or space, so that needs quotes too.
    style = '"' if "\x85" in value else "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)


def _question_dict(q: QuestionData, image: str | None) -> dict[str, Any]:
    out: dict[str, Any] = {"id": q.uid, "kind": str(q.kind), "prompt": q.prompt}
    if image is not None:
        out["image"] = image
    if q.answer or q.kind not in (QuestionKind.ORDERING, QuestionKind.MATCHING):
        out["answer"] = q.answer
    if q.choices is not None:
        out["items" if q.kind == QuestionKind.ORDERING else "choices"] = list(q.choices)
    if q.accepted:
        out["accepted"] = list(q.accepted)
    if q.pairs is not None:
        out["pairs"] = {left: right for left, right in q.pairs}
    if q.tolerance is not None:
        text = repr(q.tolerance)
        out["tolerance"] = text.removesuffix(".0")
    for name in ("explanation", "fact_kind", "fact_key", "source"):
        value = getattr(q, name)
        if value:
            out[name] = str(value)  # YAML's safe dumper knows str, not its enum subclasses
    if q.tags:
        out["tags"] = list(q.tags)
    return out


def dumps(data: SetData, images: dict[str, str] | None = None) -> str:
    """The set as set-file text; :func:`loads` gives back an equal SetData.

    ``images`` are the references of the image files written beside it, by uid
    (without them, images are left out: :func:`dump` writes them).
    """
    images = images or {}
    doc: dict[str, Any] = {"format": FORMAT_TAG, "name": data.name}
    if data.description:
        doc["description"] = data.description
    if data.article is not None:
        doc["article"] = {"title": data.article.title}
        if data.article.source:
            doc["article"]["source"] = data.article.source
    doc["questions"] = [_question_dict(q, images.get(q.uid)) for q in data.questions]
    body = yaml.dump(doc, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100, indent=2)
    return body.replace("\n  - id:", "\n\n  - id:")


def dump(data: SetData, path: str | Path) -> None:
    """Write the set to ``path`` as a set file, its images in a folder beside it."""
    Path(path).write_text(
        dumps(data, image_refs.write_beside(path, data.questions)), encoding="utf-8"
    )
