"""Importing and exporting sets in the formats teachers use (GIFT, Moodle XML, Aiken,
CSV/TSV, Anki), for the CLI and the GUI alike.

An import is all or nothing: a file with any problem imports nothing and raises
:class:`FormatErrors` naming ``file:line`` for each, unless ``skip_bad`` is
given, in which case the bad questions are listed in the report and the rest
are stored in one transaction. An export writes what the format can hold and
lists every question it left out or wrote with less detail.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from quizapp import sets
from quizapp.bank import Bank
from quizapp.errors import FormatErrors, QuizappError
from quizapp.formats import registry
from quizapp.formats.common import Issue, ReadResult, Skipped
from quizapp.questiondata import SetData


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
        if self.unchanged:
            out = [f"set {self.set_name!r} is already in the bank, identical: nothing to import"]
        else:
            out = [f"imported {self.imported} questions into set {self.set_name!r}"]
        out += [f"skipped {s}" for s in self.skipped]
        out += [f"note: {n}" for n in self.notes]
        return out


@dataclass(frozen=True)
class ExportReport:
    """What an export wrote, left out (``dropped``) or wrote with less detail (``altered``)."""

    set_name: str
    format: str
    path: Path
    exported: int
    dropped: list[Issue] = field(default_factory=list)
    altered: list[Issue] = field(default_factory=list)

    def lines(self) -> list[str]:
        """The report as lines for people."""
        out = [f"exported {self.exported} questions of {self.set_name!r} to {self.path}"]
        out += [f"not exported: {i}" for i in self.dropped]
        out += [f"changed: {i}" for i in self.altered]
        return out


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
            for bad questions only without ``skip_bad``).
        QuizappError: the format is unknown or the file holds no question.
    """
    path = Path(path)
    fmt = registry.resolve(path, format)
    result: ReadResult = fmt.reader()(path)
    skipped = list(result.skipped)
    if result.errors:
        if not skip_bad:
            raise FormatErrors(result.errors)
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
    return ExportReport(data.name, fmt.name, path, exported, conversion.dropped, conversion.altered)
