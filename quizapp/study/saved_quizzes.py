"""Named quizzes of a set: a teacher saves quiz options under a name, learners pick them.

Each is a ``savedquiz`` row; its id stays the same through a rename, so an
assignment can refer to it. The window asks for the teacher passphrase before
saving, renaming or deleting; like every teacher action, the file itself is
not guarded.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Connection, Row, Table, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from quizapp.errors import QuizappError
from quizapp.store.bank import Bank
from quizapp.store.models import SavedQuiz
from quizapp.study.quiz import set_candidates
from quizapp.study.quiz_options import QuizOptions, check_for_set, options_from
from quizapp.study.studydb import SETS

SAVED = cast(Table, SavedQuiz.__table__)  # type: ignore[attr-defined]
MAX_NAME = 80


@dataclass(frozen=True)
class NamedQuiz:
    """A saved quiz: its id (for assignments), set, name and options."""

    id: int
    set_id: int
    name: str
    options: QuizOptions


def check_name(name: str) -> str:
    """``name`` trimmed, or a one-line error when it cannot name a quiz."""
    trimmed = name.strip()
    if not trimmed:
        raise QuizappError("a named quiz needs a name")
    if len(trimmed) > MAX_NAME:
        raise QuizappError(f"a quiz name has at most {MAX_NAME} characters")
    if any(ord(c) < 32 or ord(c) == 127 for c in trimmed):
        raise QuizappError("a quiz name cannot hold control characters (tabs, new lines...)")
    return trimmed


def _columns(options: QuizOptions) -> dict[str, Any]:
    return {
        "count": options.count,
        "kinds": [str(k) for k in options.kinds],
        "tags": list(options.tags),
        "fact_kinds": [str(k) for k in options.fact_kinds],
        "time_limit_s": options.time_limit_s,
        "exam": options.exam,
        "pass_mark": options.pass_mark,
    }


def _named(row: Row[Any]) -> NamedQuiz:
    """A row as a named quiz; a row no quizapp could have written is refused, named."""
    try:
        options = options_from(
            count=row._mapping["count"],  # row.count is the tuple's method
            kinds=row.kinds or [],
            tags=row.tags or [],
            fact_kinds=row.fact_kinds or [],
            time_limit_s=row.time_limit_s,
            exam=bool(row.exam),
            pass_mark=row.pass_mark,
        )
    except (QuizappError, TypeError, AttributeError) as exc:
        raise QuizappError(f"the saved quiz {row.name!r} is damaged: {exc}") from None
    return NamedQuiz(row.id, row.set_id, row.name, options)


def list_saved(bank: Bank, set_id: int) -> list[NamedQuiz]:
    """The set's named quizzes, by name."""
    with bank.engine.connect() as conn:
        rows = conn.execute(select(SAVED).where(SAVED.c.set_id == set_id).order_by(SAVED.c.name))
        return [_named(row) for row in rows]


def list_all(bank: Bank) -> list[tuple[str, NamedQuiz]]:
    """Every named quiz with its set's name, by set then name."""
    query = (
        select(SAVED, SETS.c.name.label("set_name"))
        .join(SETS, SETS.c.id == SAVED.c.set_id)
        .order_by(SETS.c.name, SAVED.c.name)
    )
    with bank.engine.connect() as conn:
        return [(row.set_name, _named(row)) for row in conn.execute(query)]


def get_saved(bank: Bank, quiz_id: int) -> NamedQuiz:
    """The named quiz ``quiz_id``, or a one-line error when there is none."""
    with bank.engine.connect() as conn:
        return _named(_row(conn, quiz_id))


def find_saved(bank: Bank, set_id: int, name: str) -> NamedQuiz:
    """The set's named quiz called ``name``."""
    with bank.engine.connect() as conn:
        row = conn.execute(
            select(SAVED).where(SAVED.c.set_id == set_id, SAVED.c.name == name.strip())
        ).first()
    if row is None:
        raise QuizappError(f"this set has no quiz named {name.strip()!r}")
    return _named(row)


def _row(conn: Connection, quiz_id: int) -> Row[Any]:
    row = conn.execute(select(SAVED).where(SAVED.c.id == quiz_id)).first()
    if row is None:
        raise QuizappError(f"there is no saved quiz {quiz_id} (deleted meanwhile?)")
    return row


def save_quiz(
    bank: Bank, set_id: int, name: str, options: QuizOptions, *, replace: bool = False
) -> NamedQuiz:
    """Save ``options`` as the set's quiz ``name``; an existing one only with ``replace``.

    Options naming a tag, kind or fact kind the set's questions lack are refused.

    A replaced quiz keeps its id, so what refers to it now gets the new options.
    """
    name = check_name(name)
    with bank.engine.begin() as conn:
        if conn.execute(select(SETS.c.id).where(SETS.c.id == set_id)).first() is None:
            raise QuizappError(f"there is no set {set_id} (deleted meanwhile?)")
        check_for_set(set_candidates(conn, set_id), options)
        existing = conn.execute(
            select(SAVED.c.id).where(SAVED.c.set_id == set_id, SAVED.c.name == name)
        ).scalar()
        if existing is not None and not replace:
            raise QuizappError(f"this set already has a quiz named {name!r}")
        values = _columns(options)
        if existing is not None:
            conn.execute(update(SAVED).where(SAVED.c.id == existing).values(**values))
            key = existing
        else:
            inserted = conn.execute(
                insert(SAVED).values(set_id=set_id, name=name, **values)
            ).inserted_primary_key
            assert inserted is not None
            key = int(inserted[0])
        return _named(_row(conn, key))


def rename_quiz(bank: Bank, quiz_id: int, new_name: str) -> NamedQuiz:
    """Give the quiz another name (not one its set already uses); its id stays."""
    new_name = check_name(new_name)
    try:
        with bank.engine.begin() as conn:
            row = _row(conn, quiz_id)
            if row.name != new_name:
                conn.execute(update(SAVED).where(SAVED.c.id == quiz_id).values(name=new_name))
            return _named(_row(conn, quiz_id))
    except IntegrityError:
        raise QuizappError(f"this set already has a quiz named {new_name!r}") from None


def delete_quiz(bank: Bank, quiz_id: int) -> None:
    """Delete the named quiz (the set's questions and everyone's answers stay)."""
    with bank.engine.begin() as conn:
        _row(conn, quiz_id)
        conn.execute(delete(SAVED).where(SAVED.c.id == quiz_id))
