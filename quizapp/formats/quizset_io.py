"""quizapp's own YAML set files as an interchange format (see :mod:`quizset`).

The YAML file holds every field of every kind, so nothing is ever dropped. A
problem with the set itself (its format, name or article) loads nothing; a bad
question loads nothing either, unless the import skips bad questions
(``skip_bad``), as for every other format.
"""

from __future__ import annotations

from pathlib import Path

from quizapp.errors import FormatErrors
from quizapp.formats import common, quizset
from quizapp.formats.common import Conversion, ReadResult
from quizapp.questiondata import SetData


def read(path: str | Path) -> ReadResult:
    """Read a quizapp set file; its bad questions are the result's errors."""
    found = quizset.read_set(common.read_bytes(path), str(path), folder=Path(path).parent)
    if found.data is None or found.set_errors:
        errors = found.set_errors + found.question_errors
        raise FormatErrors(sorted(errors, key=lambda e: e.line or 0))
    data = found.data
    return ReadResult(
        questions=data.questions,
        name=data.name,
        description=data.description,
        article=data.article,
        errors=found.question_errors,
    )


def write(data: SetData, path: str | Path) -> Conversion:
    """Write a quizapp set file; it can hold everything."""
    quizset.dump(data, path)
    return Conversion()
