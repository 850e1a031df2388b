"""CSV and TSV / Anki text files: one flashcard per row (front, back, tags).

Reading follows Anki's text import (2.1.55+): ``#key:value`` header lines at
the top (``#separator:``, ``#html:``, ``#tags:``, ``#columns:``, ``#tags column:``,
``#guid column:``; notetype and deck headers are ignored), RFC 4180 quoting,
``#`` comment rows, short rows padded. Without ``#columns:`` a first row made
only of known column names (front/question, back/answer, tags, explanation, id)
is taken as the header; otherwise the columns are front, back and tags. The
separator is comma for CSV; for TSV / Anki text it is the first of tab, ``|``,
``;``, ``:``, ``,`` found (Anki's rule), else a space. HTML is reduced to text
when ``#html:true`` or, without that header, when the first rows look like HTML.

Writing makes every question a front/back row; kinds other than flashcard are
flattened (choices listed on the front) and reported as altered.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import assert_never

from quizapp.errors import FormatError, FormatErrors
from quizapp.formats import common
from quizapp.formats.common import Conversion, ReadResult
from quizapp.formats.markup import html_to_text, looks_like_html
from quizapp.questiondata import QuestionData, QuestionKind, SetData

SEPARATORS = {"comma": ",", "semicolon": ";", "tab": "\t", "space": " ", "pipe": "|", "colon": ":"}
COLUMN_NAMES = {
    "front": "front", "question": "front", "prompt": "front", "text": "front",
    "back": "back", "answer": "back", "tags": "tags", "explanation": "explanation",
    "extra": "explanation", "id": "uid", "uid": "uid", "guid": "uid",
}  # fmt: skip
HEADER = re.compile(r"^#([a-z ]+):(.*)$")


@dataclass
class _Layout:
    separator: str | None = None
    html: bool | None = None
    tags: list[str] = field(default_factory=list)
    columns: dict[str, int] = field(default_factory=dict)
    body_line: int = 1


def read_csv(path: str | Path) -> ReadResult:
    """Read a CSV file (comma-separated unless a ``#separator:`` header says otherwise)."""
    return loads(common.read_text(path), str(path), default_separator=",")


def read_tsv(path: str | Path) -> ReadResult:
    """Read a TSV / Anki text file (separator sniffed the way Anki does)."""
    return loads(common.read_text(path), str(path), default_separator=None)


def loads(text: str, file: str = "<csv>", *, default_separator: str | None = ",") -> ReadResult:
    """Read delimited text; ``file`` names it in errors."""
    layout = _headers(common.iter_lines(text), file)
    body = common.after_lines(text, layout.body_line - 1)
    separator = layout.separator or default_separator or _sniff(body)
    rows = _rows(body, separator, layout.body_line, file)
    result = ReadResult()
    if not layout.columns and rows and _is_header(rows[0][1]):
        layout.columns = _column_map([c.strip() for c in rows[0][1]], file, rows[0][0])
        rows = rows[1:]
    columns = _complete(layout.columns)
    html = layout.html
    if html is None:
        html = any(looks_like_html(cell) for _, row in rows[:5] for cell in row)
    width = max(columns.values()) + 1
    if any(len(row) > width for _, row in rows):
        result.notes.append(f"columns after the {width} known ones were ignored")
    taken: set[str] = set()
    for number, (line, row) in enumerate(rows, start=1):
        common.count_question(number, file, line)
        cells = {name: _cell(row, index, html) for name, index in columns.items()}
        tags = [*layout.tags, *cells.get("tags", "").split()]
        question = QuestionData(
            uid=common.unique_uid(cells.get("uid") or f"q{number}", taken),
            kind=QuestionKind.FLASHCARD,
            prompt=cells["front"],
            answer=cells["back"],
            explanation=cells.get("explanation", ""),
            tags=list(dict.fromkeys(tags)),
        )
        common.check(result, question, file, line)
    return result


def _complete(columns: dict[str, int]) -> dict[str, int]:
    """Columns named by headers, the rest taking free places: front, back, then tags."""
    if "front" in columns and "back" in columns:
        return columns
    done = dict(columns)
    free = (i for i in range(64) if i not in columns.values())
    for role in ("front", "back", "tags"):
        if role not in done:
            done[role] = next(free)
    return done


def _cell(row: list[str], index: int, html: bool) -> str:
    value = row[index] if index < len(row) else ""
    return html_to_text(value) if html else value.strip()


def _headers(lines: Iterable[str], file: str) -> _Layout:
    layout = _Layout()
    for number, line in enumerate(lines, start=1):
        if number == 1 and line.startswith("tags:"):
            layout.tags, layout.body_line = line[5:].split(), 2
            continue
        match = HEADER.match(line.strip())
        if not match:
            break
        layout.body_line = number + 1
        _header(layout, match.group(1).strip(), match.group(2), file, number)
    return layout


def _header(layout: _Layout, key: str, value: str, file: str, line: int) -> None:
    def bad(problem: str) -> FormatErrors:
        return FormatErrors([FormatError(file, line, problem)])

    if key == "separator":
        sep = SEPARATORS.get(value.strip().lower(), value if len(value) == 1 else "")
        if not sep:
            raise bad(
                f"unknown separator {value!r}; use Comma, Semicolon, Tab, Space, Pipe, "
                "Colon or one character"
            )
        layout.separator = sep
    elif key == "html":
        if value.strip().lower() not in ("true", "false"):
            raise bad(f"#html: must be true or false, not {value!r}")
        layout.html = value.strip().lower() == "true"
    elif key == "tags":
        layout.tags = value.split()
    elif key == "columns":
        names = [n.strip() for n in value.split(layout.separator or _sniff(value))]
        layout.columns = _column_map(names, file, line)
    elif key in ("tags column", "guid column"):
        try:
            index = int(value) - 1
            if index < 0:
                raise ValueError
        except ValueError:
            raise bad(f"#{key}: must be a column number from 1, not {value!r}") from None
        layout.columns["tags" if key == "tags column" else "uid"] = index


def _column_map(names: list[str], file: str, line: int) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, name in enumerate(names):
        role = COLUMN_NAMES.get(name.lower())
        if role and role not in columns:
            columns[role] = index
    if "front" not in columns or "back" not in columns:
        raise FormatErrors([FormatError(file, line, "the columns need a front (or question) "
                                        "and a back (or answer)")])  # fmt: skip
    return columns


def _is_header(row: list[str]) -> bool:
    names = [c.strip().lower() for c in row if c.strip()]
    roles = {COLUMN_NAMES.get(n) for n in names}
    return bool(names) and None not in roles and "front" in roles


def _sniff(body: str) -> str:
    head = body[:8192]
    return next((s for s in ("\t", "|", ";", ":", ",") if s in head), " ")


def _rows(body: str, separator: str, first_line: int, file: str) -> list[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(body), delimiter=separator, strict=True)
    rows: list[tuple[int, list[str]]] = []
    while True:
        start = first_line + reader.line_num
        try:
            row = next(reader)
        except StopIteration:
            return rows
        except csv.Error as exc:
            raise FormatErrors([FormatError(file, start, f"CSV: {exc}")]) from exc
        if not any(c.strip() for c in row) or row[0].startswith("#"):
            continue
        rows.append((start, row))
        common.count_question(len(rows) - 1, file, start)  # the first row may be a header


# --- writing -----------------------------------------------------------------


def flatten(q: QuestionData, conv: Conversion) -> tuple[str, str]:
    """A front and back for ``q``; anything but a flashcard is reported as altered."""
    front, back = q.prompt, q.answer
    alternatives = " / ".join([q.answer, *q.accepted]) if q.accepted else back
    match q.kind:
        case QuestionKind.MULTIPLE_CHOICE:
            letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
            choices = enumerate(q.choices or [])
            front += "\n" + "\n".join(f"{letters[i % 26]}) {c}" for i, c in choices)
            back = alternatives
        case QuestionKind.SHORT_ANSWER | QuestionKind.CLOZE:
            back = alternatives
        case QuestionKind.NUMERIC:
            if q.tolerance:
                back = f"{q.answer} ± {common.number_text(q.tolerance)}"
        case QuestionKind.ORDERING:
            back = "\n".join(q.choices or [])
        case QuestionKind.MATCHING:
            front += "\n" + "\n".join(left for left, _ in q.pairs or [])
            back = "\n".join(f"{left} → {right}" for left, right in q.pairs or [])
        case QuestionKind.TRUE_FALSE | QuestionKind.FLASHCARD:
            pass
        case _:
            assert_never(q.kind)
    if q.kind != QuestionKind.FLASHCARD:
        kind = q.kind.replace("_", " ")
        article = "an" if kind[:1] in "aeiou" else "a"
        conv.alter(q, f"written as a front/back card; it is no longer {article} {kind} question")
    return front, back


def anki_tags(q: QuestionData, conv: Conversion) -> list[str]:
    tags = common.plain_tags(q)
    if any(" " in t for t in tags):
        conv.alter(q, "spaces in tags became underscores")
    return [t.replace(" ", "_") for t in tags]


def dumps(data: SetData, *, separator: str = ",") -> tuple[str, Conversion]:
    """The set as delimited text (CSV with a header row, or tab-separated Anki text)."""
    conv = Conversion()
    out = io.StringIO()
    writer = csv.writer(out, delimiter=separator, lineterminator="\n")
    with_explanation = any(q.explanation.strip() for q in data.questions)
    if separator == "\t":
        out.write("#separator:tab\n#html:false\n#tags column:3\n")
        if with_explanation:
            conv.altered += [common.Issue(q.uid, "the explanation was added to the back")
                             for q in data.questions if q.explanation.strip()]  # fmt: skip
    else:
        writer.writerow(["front", "back", "tags", *(["explanation"] if with_explanation else [])])
    for q in data.questions:
        front, back = flatten(q, conv)
        if q.image is not None:
            conv.alter(q, "its image was left out: delimited text holds no images")
        row = [front, back, " ".join(anki_tags(q, conv))]
        if with_explanation and separator == "\t":
            row[1] = f"{back}\n\n{q.explanation}" if q.explanation.strip() else back
        elif with_explanation:
            row.append(q.explanation)
        writer.writerow(row)
    return out.getvalue(), conv


def write_csv(data: SetData, path: str | Path) -> Conversion:
    """Write the set as CSV with a ``front,back,tags`` header row."""
    text, conv = dumps(data, separator=",")
    Path(path).write_text(text, encoding="utf-8")
    return conv


def write_tsv(data: SetData, path: str | Path) -> Conversion:
    """Write the set as tab-separated Anki text with Anki's header lines."""
    text, conv = dumps(data, separator="\t")
    Path(path).write_text(text, encoding="utf-8")
    return conv
