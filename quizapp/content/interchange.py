"""Importing and exporting sets in the formats teachers use (GIFT, Moodle XML, Aiken,
CSV/TSV, Anki), for the CLI and the GUI alike.

An import is all or nothing: a file with any problem imports nothing and raises
:class:`FormatErrors` naming ``file:line`` for each, unless ``skip_bad`` is
given, in which case the bad questions are listed in the report and the rest
are stored in one transaction. An export writes what the format can hold and
lists every question it left out or wrote with less detail.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from quizapp.content import sets
from quizapp.errors import FormatErrors, QuizappError
from quizapp.formats import registry
from quizapp.formats.common import Issue, ReadResult, Skipped
from quizapp.questiondata import SetData
from quizapp.store.bank import Bank


class BadQuestions(FormatErrors):
    """Problems with some questions of a file: importing with ``skip_bad`` takes the rest."""


@dataclass(frozen=True)
class ImportReport:
    """What an import stored and what it left out."""

    set_name: str
    format: str
    imported: int
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    unchanged: bool = False  # the bank already held this very set

    def lines(self) -> list[str]:
        """The report as lines for people."""
        return [self.headline(), *self.details()]

    def headline(self) -> str:
        if self.unchanged:
            return f"set {self.set_name!r} is already in the bank, identical: nothing to import"
        return f"imported {self.imported} questions into set {self.set_name!r}"

    def summary(self) -> list[str]:
        """The headline and how many questions were skipped or noted (a few lines)."""
        out = [self.headline()]
        if self.skipped:
            out.append(f"skipped {_count(len(self.skipped), 'question')} with problems")
        if self.notes:
            out.append(_count(len(self.notes), "note") + " on what was converted")
        return out

    def details(self) -> list[str]:
        """Every skipped question and every note, one per line."""
        return [f"skipped {s}" for s in self.skipped] + [f"note: {n}" for n in self.notes]


@dataclass(frozen=True)
class ExportReport:
    """What an export wrote, left out (``dropped``) or wrote with less detail (``altered``)."""

    set_name: str
    format: str
    path: Path
    exported: int
    dropped: list[Issue] = field(default_factory=list)
    altered: list[Issue] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)  # question uid -> its prompt, short

    def lines(self) -> list[str]:
        """The report as lines for people."""
        return [self.headline(), *self.details()]

    def headline(self) -> str:
        return f"exported {self.exported} questions of {self.set_name!r} to {self.path}"

    def summary(self) -> list[str]:
        """The headline and one line per kind of change: "7 questions changed: …"."""
        out = [self.headline()]
        for verb, issues in (("not exported", self.dropped), ("changed", self.altered)):
            groups = Counter(i.problem.split("; ")[0] for i in issues)
            out += [f"{_count(n, 'question')} {verb}: {problem}" for problem, n in groups.items()]
        return out

    def details(self) -> list[str]:
        """Every question left out or changed, by its prompt, one per line."""
        out = [f"not exported: {self._label(i)}: {i.problem}" for i in self.dropped]
        return out + [f"changed: {self._label(i)}: {i.problem}" for i in self.altered]

    def _label(self, issue: Issue) -> str:
        return self.labels.get(issue.uid, issue.uid)


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


def _label(prompt: str, width: int = 60) -> str:
    """The first line of ``prompt``, cut to ``width`` characters."""
    line = prompt.strip().split("\n", 1)[0]
    return line if len(line) <= width else line[: width - 1].rstrip() + "…"


@dataclass(frozen=True)
class ReadFile:
    """A file read but not stored: the set and what the import report would say."""

    data: SetData
    format: str
    skipped: list[Skipped]
    notes: list[str]


def read_file(path: str | Path, *, format: str | None = None, skip_bad: bool = False) -> ReadFile:
    """Read ``path`` into a set without touching the bank (e.g. for a preview).

    Raises:
        FormatErrors: the file has problems (always for whole-file problems;
            for bad questions, :class:`BadQuestions`, only without ``skip_bad``).
        QuizappError: the format is unknown or the file holds no question.
    """
    path = Path(path)
    fmt = registry.resolve(path, format)
    result: ReadResult = fmt.reader()(path)
    skipped = list(result.skipped)
    if result.errors:
        if not skip_bad:
            raise BadQuestions(result.errors)
        skipped += [Skipped(e.line, "", e.problem) for e in result.errors]
        skipped.sort(key=lambda s: s.line or 0)
    if not result.questions:
        why = f" ({len(skipped)} skipped)" if skipped else ""
        raise QuizappError(f"{path}: no questions to import{why}")
    data = SetData(
        name=result.name or path.stem,
        description=result.description,
        questions=result.questions,
        article=result.article,
    )
    return ReadFile(data, fmt.name, skipped, list(result.notes))


def import_file(
    bank: Bank,
    path: str | Path,
    *,
    format: str | None = None,
    set_name: str | None = None,
    skip_bad: bool = False,
    replace: bool = False,
) -> ImportReport:
    """Read ``path`` and store it as one set, all or nothing.

    The set is named ``set_name``, else the name the file states (quizapp YAML),
    else the file name without its extension. An existing set of that name is
    refused unless ``replace``, or unless it is identical (then nothing changes).
    """
    found = read_file(path, format=format, skip_bad=skip_bad)
    summary = sets.add_set(bank, found.data, name=set_name, replace=replace)
    return ImportReport(
        summary.name, found.format, summary.questions, found.skipped, found.notes, summary.unchanged
    )


def export_set(
    bank: Bank, set_name: str, path: str | Path, *, format: str | None = None
) -> ExportReport:
    """Write the set called ``set_name`` to ``path`` (format from the extension if not named)."""
    path = Path(path)
    fmt = registry.resolve(path, format, writing=True)
    writer = fmt.writer()
    data = sets.get_set(bank, set_name)
    try:
        conversion = writer(data, path)
    except OSError as exc:
        raise QuizappError(f"cannot write {path}: {exc.strerror or exc}") from exc
    exported = len(data.questions) - len({i.uid for i in conversion.dropped})
    named = {i.uid for i in conversion.dropped + conversion.altered}
    labels = {q.uid: _label(q.prompt) for q in data.questions if q.uid in named}
    return ExportReport(
        data.name, fmt.name, path, exported, conversion.dropped, conversion.altered, labels
    )
