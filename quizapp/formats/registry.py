"""The interchange formats by name: what each reads and writes, and guessing from a file.

Readers and writers are imported when first used, so listing formats stays cheap.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from quizapp.errors import QuizappError

if TYPE_CHECKING:  # they import the data model (SQLModel): kept off `quizapp --help`
    from quizapp.formats.common import Conversion, ReadResult
    from quizapp.questiondata import SetData

    Reader = Callable[[Path], ReadResult]
    Writer = Callable[[SetData, Path], Conversion]


@dataclass(frozen=True)
class Format:
    """One interchange format."""

    name: str
    title: str
    extensions: tuple[str, ...]
    module: str
    can_read: bool = True
    can_write: bool = True
    read_function: str = "read"
    write_function: str = "write"

    def reader(self) -> Reader:
        if not self.can_read:
            raise QuizappError(f"quizapp cannot import {self.title} files, only export them")
        read: Reader = getattr(importlib.import_module(self.module), self.read_function)
        return read

    def writer(self) -> Writer:
        if not self.can_write:
            raise QuizappError(f"quizapp cannot export {self.title} files, only import them")
        write: Writer = getattr(importlib.import_module(self.module), self.write_function)
        return write


FORMATS = (
    Format("quizapp", "quizapp set (YAML)", (".yaml", ".yml"), "quizapp.formats.quizset_io"),
    Format("gift", "Moodle GIFT", (".gift",), "quizapp.formats.gift"),
    Format("moodle-xml", "Moodle XML", (".xml",), "quizapp.formats.moodle_xml"),
    Format("aiken", "Aiken", (".aiken",), "quizapp.formats.aiken", can_write=False),
    Format(
        "csv",
        "CSV (front, back, tags)",
        (".csv",),
        "quizapp.formats.delimited",
        read_function="read_csv",
        write_function="write_csv",
    ),
    Format(
        "tsv",
        "TSV / Anki text",
        (".tsv", ".tab"),
        "quizapp.formats.delimited",
        read_function="read_tsv",
        write_function="write_tsv",
    ),
    Format("apkg", "Anki package", (".apkg",), "quizapp.formats.apkg", can_read=False),
)
ALIASES = {"yaml": "quizapp", "yml": "quizapp", "xml": "moodle-xml", "moodle": "moodle-xml",
           "anki": "apkg", "text": "tsv", "txt": "tsv"}  # fmt: skip
_BY_NAME = {f.name: f for f in FORMATS}
_AIKEN_KEY = re.compile(r"^ANSWER:\s*[A-Z]\s*$", re.MULTILINE)
_GIFT_BLOCK = re.compile(r"(?<!\\)\{[^{}]*(?<!\\)\}")


def names(*, reading: bool = False, writing: bool = False) -> list[str]:
    """Format names, optionally only those that can be read / written."""
    return [f.name for f in FORMATS if (not reading or f.can_read) and (not writing or f.can_write)]


def get(name: str, *, writing: bool | None = None) -> Format:
    """The format called ``name`` (or an alias such as ``xml``).

    An unknown name is refused listing the formats quizapp can write
    (``writing=True``), read (``writing=False``) or either (None).
    """
    key = name.strip().lower()
    found = _BY_NAME.get(ALIASES.get(key, key))
    if found is None:
        known = names() if writing is None else names(writing=writing, reading=not writing)
        raise QuizappError(f"unknown format {name!r}; use one of {', '.join(known)}")
    return found


def guess(path: str | Path, *, writing: bool = False) -> Format:
    """The format of ``path`` from its extension (and, for ``.txt`` to read, its content)."""
    path = Path(path)
    ext = path.suffix.lower()
    for fmt in FORMATS:
        if ext in fmt.extensions:
            return fmt
    if ext == ".txt" and not writing:
        return _sniff_text(path)
    choices = ", ".join(names(writing=writing, reading=not writing))
    raise QuizappError(
        f"cannot tell the format of {path.name!r} from its extension; "
        f"name it with --format ({choices})"
    )


def _sniff_text(path: Path) -> Format:
    """GIFT, Aiken or Anki text for a ``.txt`` file (Moodle exports GIFT as .txt)."""
    try:
        if not path.is_file() and path.exists():  # opening a pipe would wait for a writer
            raise QuizappError(f"{path}: not a regular file")
        with path.open("rb") as handle:
            head = handle.read(64 * 1024).decode("utf-8", "replace")
    except OSError as exc:
        raise QuizappError(f"cannot read {path}: {exc.strerror or exc}") from exc
    body = "\n".join(line for line in head.splitlines() if not line.strip().startswith("//"))
    if _AIKEN_KEY.search(body):
        return _BY_NAME["aiken"]
    if head.startswith(("#separator:", "#columns:", "#html:", "#tags:", "#notetype", "#deck")):
        return _BY_NAME["tsv"]
    if _GIFT_BLOCK.search(body):
        return _BY_NAME["gift"]
    if "\t" in head:
        return _BY_NAME["tsv"]
    raise QuizappError(
        f"cannot tell whether {path.name!r} is GIFT, Aiken or Anki text; name it with --format"
    )


def resolve(path: str | Path, name: str | None, *, writing: bool = False) -> Format:
    """The named format, else the one guessed from ``path``."""
    return get(name, writing=writing) if name else guess(path, writing=writing)
