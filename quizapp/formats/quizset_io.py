"""quizapp's own YAML set files as an interchange format (see :mod:`quizset`).

The YAML file holds every field of every kind, so nothing is ever dropped; a
file with any problem loads nothing (``skip_bad`` does not apply to it).
"""

from __future__ import annotations

from pathlib import Path

from quizapp.formats import common, quizset
from quizapp.formats.common import Conversion, ReadResult
from quizapp.questiondata import SetData


def read(path: str | Path) -> ReadResult:
    """Read a quizapp set file."""
    data = quizset.loads(common.read_bytes(path), str(path))
    return ReadResult(
        questions=data.questions,
        name=data.name,
        description=data.description,
        article=data.article,
    )


def write(data: SetData, path: str | Path) -> Conversion:
    """Write a quizapp set file; it can hold everything."""
    quizset.dump(data, path)
    return Conversion()
