"""The interchange formats by name: what each reads and writes, and guessing from a file."""

from __future__ import annotations

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
    """One interchange format; ``read``/``write`` is None when quizapp cannot do that."""

    name: str
    title: str
    extensions: tuple[str, ...]
    read: Reader | None
    write: Writer | None

    @property
    def can_read(self) -> bool:
        return self.read is not None

    @property
    def can_write(self) -> bool:
        return self.write is not None

    def reader(self) -> Reader:
        if self.read is None:
            raise QuizappError(f"quizapp cannot import {self.title} files, only export them")
        return self.read

    def writer(self) -> Writer:
        if self.write is None:
            raise QuizappError(f"quizapp cannot export {self.title} files, only import them")
        return self.write


# Each reader and writer imports its module on first use, so listing formats stays cheap.


def _read_quizset(path: Path) -> ReadResult:
    from quizapp.formats import quizset_io

    return quizset_io.read(path)


def _write_quizset(data: SetData, path: Path) -> Conversion:
    from quizapp.formats import quizset_io

    return quizset_io.write(data, path)


def _read_gift(path: Path) -> ReadResult:
    from quizapp.formats import gift

    return gift.read(path)


def _write_gift(data: SetData, path: Path) -> Conversion:
    from quizapp.formats import gift

    return gift.write(data, path)


def _read_moodle_xml(path: Path) -> ReadResult:
    from quizapp.formats import moodle_xml

    return moodle_xml.read(path)


def _write_moodle_xml(data: SetData, path: Path) -> Conversion:
    from quizapp.formats import moodle_xml

    return moodle_xml.write(data, path)


def _read_aiken(path: Path) -> ReadResult:
    from quizapp.formats import aiken

    return aiken.read(path)


def _read_csv(path: Path) -> ReadResult:
    from quizapp.formats import delimited

    return delimited.read_csv(path)


def _write_csv(data: SetData, path: Path) -> Conversion:
    from quizapp.formats import delimited

    return delimited.write_csv(data, path)


def _read_tsv(path: Path) -> ReadResult:
    from quizapp.formats import delimited

    return delimited.read_tsv(path)


def _write_tsv(data: SetData, path: Path) -> Conversion:
    from quizapp.formats import delimited

    return delimited.write_tsv(data, path)


def _write_apkg(data: SetData, path: Path) -> Conversion:
    from quizapp.formats import apkg

    return apkg.write(data, path)


FORMATS = (
    Format("quizapp", "quizapp set (YAML)", (".yaml", ".yml"), _read_quizset, _write_quizset),
    Format("gift", "Moodle GIFT", (".gift",), _read_gift, _write_gift),
    Format("moodle-xml", "Moodle XML", (".xml",), _read_moodle_xml, _write_moodle_xml),
    Format("aiken", "Aiken", (".aiken",), _read_aiken, None),
    Format("csv", "CSV (front, back, tags)", (".csv",), _read_csv, _write_csv),
    Format("tsv", "TSV / Anki text", (".tsv", ".tab"), _read_tsv, _write_tsv),
    Format("apkg", "Anki package", (".apkg",), None, _write_apkg),
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
