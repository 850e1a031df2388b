"""What hangs on a set besides its questions: its assignment and its named quizzes.

Deleting a set deletes them with it (the database cascades). :func:`links_of`
takes them first and :func:`put_back` stores them on a set again, so Undo of a
deleted set brings them back, and ``import --replace`` keeps them on the set
that takes the old one's place. The assignment's finished quizzes are linked
to it again, so the class's work on it survives. Ids are kept when free (a
class bank may name a named quiz by its id).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Connection, Table, insert, select, update

from quizapp.store.models import Assignment, QuizAttempt, SavedQuiz

_ASSIGNMENTS = cast(Table, Assignment.__table__)  # type: ignore[attr-defined]
_SAVED = cast(Table, SavedQuiz.__table__)  # type: ignore[attr-defined]
_ATTEMPTS = cast(Table, QuizAttempt.__table__)  # type: ignore[attr-defined]

Row = Mapping[str, Any]


@dataclass(frozen=True)
class SetLinks:
    """A set's assignment (its row), named quizzes (their rows) and assigned quizzes' ids."""

    assignment: Row | None = None
    saved: tuple[Row, ...] = ()
    attempts: tuple[int, ...] = ()  # quiz attempts made for the assignment

    @property
    def empty(self) -> bool:
        return self.assignment is None and not self.saved

    def describe(self, whose: str = "its") -> str:
        """In words: "its assignment and its 2 named quizzes", "" when there is nothing."""
        parts = [f"{whose} assignment"] if self.assignment is not None else []
        if self.saved:
            n = len(self.saved)
            parts.append(f"{whose} {n} named quizzes" if n > 1 else f"{whose} named quiz")
        return " and ".join(parts)


def links_of(conn: Connection, set_id: int) -> SetLinks:
    """The set's assignment and named quizzes, as they are now."""
    found = conn.execute(select(_ASSIGNMENTS).where(_ASSIGNMENTS.c.set_id == set_id)).first()
    assignment = dict(found._mapping) if found is not None else None
    attempts: tuple[int, ...] = ()
    if assignment is not None:
        linked = select(_ATTEMPTS.c.id).where(_ATTEMPTS.c.assignment_id == assignment["id"])
        attempts = tuple(int(i) for i in conn.execute(linked).scalars())
    saved = conn.execute(
        select(_SAVED).where(_SAVED.c.set_id == set_id).order_by(_SAVED.c.id)
    ).all()
    return SetLinks(assignment, tuple(dict(r._mapping) for r in saved), attempts)


def put_back(conn: Connection, links: SetLinks, set_id: int) -> None:
    """Store ``links`` on the set ``set_id`` (which has no assignment or named quiz yet)."""
    if links.assignment is not None:
        new_id = _insert(conn, _ASSIGNMENTS, links.assignment, set_id)
        if links.attempts:
            conn.execute(
                update(_ATTEMPTS)
                .where(_ATTEMPTS.c.id.in_(links.attempts))
                .values(assignment_id=new_id, set_id=set_id)
            )
    for row in links.saved:
        _insert(conn, _SAVED, row, set_id)


def _insert(conn: Connection, table: Table, row: Row, set_id: int) -> int:
    """Insert ``row`` on the set, under its old id when that is free; the id it got."""
    values = {**row, "set_id": set_id}
    taken = conn.execute(select(table.c.id).where(table.c.id == values["id"])).first()
    if taken is not None:
        del values["id"]
    key = conn.execute(insert(table).values(**values)).inserted_primary_key
    assert key is not None
    return int(key[0])
