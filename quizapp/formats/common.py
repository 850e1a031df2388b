"""What every interchange format shares: read results, export issues, file limits.

A reader returns a :class:`ReadResult`: the questions it could build, the
problems it found (``file:line``), the questions it deliberately left out
(e.g. a Moodle "description") and notes about conversions that lost detail.
A writer returns a :class:`Conversion` listing what it could not write at all
(``dropped``) and what it wrote with less detail (``altered``).
"""

from __future__ import annotations

import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from quizapp.errors import FormatError, FormatErrors
from quizapp.questiondata import ArticleData, QuestionData, problems

MAX_FILE_BYTES = 20 * 1024 * 1024
"""Largest file any reader accepts (20 MiB): far above real question files,
small enough that a mistaken or hostile file cannot exhaust memory."""

MAX_QUESTIONS = 20_000
"""Most questions one imported file may hold: a real set has tens or hundreds, and
this keeps any accepted file's import within a few hundred MB of memory."""

WEIGHTS_TAG = "weights:"
"""Tag prefix holding per-choice credit in percent, in ``choices`` order."""
MULTI_TAG = "multiple-response"
"""Tag marking a question where learners may select several choices."""
CATEGORY_TAG = "category:"
"""Tag prefix holding the Moodle category path a question came from."""
CASE_TAG = "case-sensitive"
"""Tag marking a short answer whose answers are compared case-sensitively."""


@dataclass(frozen=True)
class Skipped:
    """A question of the file that was not imported, and why."""

    line: int | None
    label: str
    reason: str

    def __str__(self) -> str:
        where = f"line {self.line}: " if self.line is not None else ""
        label = f"{self.label}: " if self.label else ""
        return f"{where}{label}{self.reason}"


@dataclass
class ReadResult:
    """What a reader made of one file."""

    questions: list[QuestionData] = field(default_factory=list)
    name: str | None = None  # the set name the file states, if any
    description: str = ""
    article: ArticleData | None = None
    errors: list[FormatError] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Issue:
    """A question an export could not write, or wrote with less detail."""

    uid: str
    problem: str

    def __str__(self) -> str:
        return f"{self.uid}: {self.problem}"


@dataclass
class Conversion:
    """What a writer could not express."""

    dropped: list[Issue] = field(default_factory=list)
    altered: list[Issue] = field(default_factory=list)

    def drop(self, q: QuestionData, problem: str) -> None:
        self.dropped.append(Issue(q.uid, problem))

    def alter(self, q: QuestionData, problem: str) -> None:
        self.altered.append(Issue(q.uid, problem))


def read_bytes(path: str | Path, *, max_bytes: int = MAX_FILE_BYTES) -> bytes:
    """The file's bytes; FormatErrors if it is missing, unreadable or too large.

    The size is checked before reading and no more than the limit is ever read;
    devices and pipes (``/dev/zero`` has size 0 but never ends) are refused.
    """
    path = Path(path)
    try:
        info = path.stat()
        size = info.st_size
        if not (stat.S_ISREG(info.st_mode) or stat.S_ISDIR(info.st_mode)):
            raise FormatErrors([FormatError(str(path), None, "not a regular file")])
        if size > max_bytes:
            raise _too_large(path, _mib(size), max_bytes)
        with path.open("rb") as handle:
            raw = handle.read(max_bytes + 1)
    except OSError as exc:
        raise FormatErrors([FormatError(str(path), None, exc.strerror or str(exc))]) from exc
    if len(raw) > max_bytes:
        raise _too_large(path, f"more than {_mib(max_bytes)}", max_bytes)
    return raw


def _too_large(path: Path, size: str, max_bytes: int) -> FormatErrors:
    problem = f"the file is {size}; the limit is {_mib(max_bytes)} per imported file"
    return FormatErrors([FormatError(str(path), None, problem)])


def _mib(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MiB"


def decode(raw: bytes, file: str) -> str:
    """UTF-8 text (a BOM is dropped, line ends become ``\\n``); FormatErrors if not UTF-8."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise FormatErrors([FormatError(file, line, "the file is not UTF-8 text")]) from exc
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(path: str | Path) -> str:
    """The file as text, within the size limit."""
    return decode(read_bytes(path), str(path))


def iter_lines(text: str) -> Iterator[str]:
    """The lines of ``text`` one by one, without a list of them all (a file may hold millions)."""
    start = 0
    while (end := text.find("\n", start)) >= 0:
        yield text[start:end]
        start = end + 1
    yield text[start:]


def after_lines(text: str, count: int) -> str:
    """``text`` without its first ``count`` lines."""
    start = 0
    for _ in range(count):
        end = text.find("\n", start)
        if end < 0:
            return ""
        start = end + 1
    return text[start:]


def count_question(number: int, file: str, line: int | None) -> None:
    """Refuse the file (FormatErrors) at its question ``number`` beyond :data:`MAX_QUESTIONS`."""
    if number > MAX_QUESTIONS:
        problem = (
            f"the file holds more than {MAX_QUESTIONS:,} questions, the limit per imported "
            "file; split it into smaller files"
        )
        raise FormatErrors([FormatError(file, line, problem)])


def check(result: ReadResult, q: QuestionData, file: str, line: int | None) -> None:
    """Add ``q`` to ``result`` if it is valid, else record its problems."""
    found = problems(q)
    if not found:
        result.questions.append(q)
        return
    for _name, problem in found:
        result.errors.append(FormatError(file, line, f"{shown_as(q)}: {problem}"))


def shown_as(q: QuestionData, width: int = 50) -> str:
    """How a message names ``q``: by its prompt as the teacher reads it (ids may be made up)."""
    text = q.prompt.strip().split("\n", 1)[0]
    if not text:
        return f"question {q.uid!r}"
    return repr(text if len(text) <= width else text[: width - 1].rstrip() + "…")


def unique_uid(wanted: str, taken: set[str]) -> str:
    """``wanted``, or ``wanted-2``, ``wanted-3``… if already taken; records the result."""
    base = wanted.strip() or "q"
    uid, n = base, 1
    while uid in taken:
        n += 1
        uid = f"{base}-{n}"
    taken.add(uid)
    return uid


def number_text(value: float) -> str:
    """A number as short text that reads back equal: ``3``, ``2.5``, ``33.33333``."""
    text = repr(float(value))
    return text.removesuffix(".0")


def explanation(general: str, right: list[str], others: list[tuple[str, str]]) -> str:
    """One explanation from a general feedback, right-answer and other-answer feedback."""
    parts = [general.strip(), *(r.strip() for r in right)]
    parts += [f"{label.strip()}: {fb.strip()}" for label, fb in others if fb.strip()]
    return "\n".join(p for p in parts if p)


def special_tag(tag: str) -> bool:
    """Whether ``tag`` carries format detail rather than a teacher's tag."""
    return tag.startswith((WEIGHTS_TAG, CATEGORY_TAG)) or tag in (MULTI_TAG, CASE_TAG)


def plain_tags(q: QuestionData) -> list[str]:
    """The teacher's own tags of ``q``."""
    return [t for t in q.tags if not special_tag(t)]


def category_path(raw: str) -> str:
    """A Moodle category path without its context and ``top`` prefix ("" for the top)."""
    path = raw.strip()
    for prefix in ("$course$/", "$system$/", "$module$/", "$coursecategory$/"):
        path = path.removeprefix(prefix)
    return path.removeprefix("top/").removeprefix("top").strip()


def category_of(q: QuestionData) -> str | None:
    """The Moodle category path recorded on ``q``."""
    for tag in q.tags:
        if tag.startswith(CATEGORY_TAG):
            return tag[len(CATEGORY_TAG) :]
    return None


def weights_of(q: QuestionData, options: list[str]) -> list[float] | None:
    """Per-option credit recorded on ``q``, if it fits ``options``."""
    for tag in q.tags:
        if tag.startswith(WEIGHTS_TAG):
            try:
                values = [float(v) for v in tag[len(WEIGHTS_TAG) :].split(",")]
            except ValueError:
                return None
            return values if len(values) == len(options) else None
    return None


def weight_tags(fractions: list[float], *, multi: bool) -> list[str]:
    """Tags recording credit that plain answer/accepted cannot: partial or negative."""
    tags = [MULTI_TAG] if multi else []
    if multi or any(f not in (0.0, 100.0) for f in fractions):
        tags.append(WEIGHTS_TAG + ",".join(number_text(f) for f in fractions))
    return tags


def graded_options(q: QuestionData, options: list[str]) -> list[float]:
    """Credit per option: the recorded weights, else 100 for answer/accepted, 0 otherwise."""
    weights = weights_of(q, options)
    if weights is not None:
        return weights
    right = {q.answer, *q.accepted}
    return [100.0 if o in right else 0.0 for o in options]


def pick_right(options: list[str], fractions: list[float]) -> tuple[str, list[str]]:
    """The best option as the answer and the other options giving credit as accepted."""
    best = max(range(len(options)), key=lambda i: (fractions[i], -i))
    accepted = [o for i, o in enumerate(options) if fractions[i] > 0 and i != best]
    return options[best], accepted
