"""Question images in the bank: the ``questionimage`` rows beside the questions.

An image is kept with its question (one row per question, deleted with it) and
read back only for the questions asked for, since images are the bank's
largest values. Every image stored went through :func:`quizapp.images.check_image`
(in :class:`~quizapp.questiondata.QuestionData`'s way in: the editor or a file).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import partial
from typing import Any

from sqlalchemy import Connection, Engine, delete, select
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, col

from quizapp.images import ImageType, QuestionImage
from quizapp.store.models import Question
from quizapp.store.models import QuestionImage as ImageRow

_CHUNK = 900  # SQLite's bound-parameter limit, with room to spare
_TYPES = {t.value for t in ImageType}
_TABLE = ImageRow.__table__  # type: ignore[attr-defined]


def load(conn: Session | Connection, question_ids: Iterable[int]) -> dict[int, QuestionImage]:
    """The images of those questions that have one, by question id."""
    c = _TABLE.c
    rows = _rows(conn, question_ids, c.question_id, c.media_type, c.width, c.height, c.data)
    return {
        r.question_id: QuestionImage(ImageType(r.media_type), bytes(r.data), r.width, r.height)
        for r in rows
    }


def load_when_used(conn: Connection, question_ids: Iterable[int]) -> dict[int, QuestionImage]:
    """Like :func:`load`, but each image's bytes are read (on ``conn``'s engine) when used.

    For a study queue: it holds every question to ask, and shows one at a time.
    """
    c = _TABLE.c
    return {
        r.question_id: QuestionImage(
            ImageType(r.media_type),
            None,
            r.width,
            r.height,
            load=partial(_read_data, conn.engine, r.question_id),
        )
        for r in _rows(conn, question_ids, c.question_id, c.media_type, c.width, c.height)
    }


def _rows(conn: Session | Connection, question_ids: Iterable[int], *columns: Any) -> Iterator[Any]:
    """The rows of those questions' images, of a type quizapp knows (else a damaged row)."""
    ids = list(question_ids)
    for start in range(0, len(ids), _CHUNK):
        query = select(*columns).where(_TABLE.c.question_id.in_(ids[start : start + _CHUNK]))
        yield from (r for r in conn.execute(query) if r.media_type in _TYPES)


def _read_data(engine: Engine, question_id: int) -> bytes:
    try:
        with engine.connect() as conn:
            query = select(_TABLE.c.data).where(_TABLE.c.question_id == question_id)
            data = conn.execute(query).scalar()
    except SQLAlchemyError:  # the bank went away meanwhile: the question shows without it
        return b""
    return bytes(data) if data is not None else b""


def add(session: Session, question: Question, image: QuestionImage | None) -> None:
    """Store ``image`` for a question row just added to ``session`` (nothing when None)."""
    if image is None:
        return
    if question.id is None:
        session.flush()  # the row's id, only for questions that have an image
    session.add(_row(question.id or 0, image))


def replace(session: Session, question_id: int, image: QuestionImage | None) -> None:
    """Make ``image`` the question's image (None: the question has none)."""
    session.execute(delete(ImageRow).where(col(ImageRow.question_id) == question_id))
    if image is not None:
        session.add(_row(question_id, image))


def _row(question_id: int, image: QuestionImage) -> ImageRow:
    return ImageRow(
        question_id=question_id,
        media_type=str(image.media_type),
        data=image.data,
        width=image.width,
        height=image.height,
    )
