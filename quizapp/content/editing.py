"""Editing sets and their questions, for the teacher's editor.

Every function is one transaction and checks its input first (questions with
:func:`quizapp.questiondata.problems`), so a refused edit changes nothing.
Sets are named as the user sees them; questions by their ``uid`` within the set.
Editing a question keeps its bank row, so learners keep their progress on it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlmodel import Session, col, select

from quizapp.content import sets
from quizapp.content.set_intake import Target, add_in, find_set, same_as, to_question
from quizapp.content.set_links import SetLinks, links_of
from quizapp.content.sets import SetSummary
from quizapp.errors import QuizappError
from quizapp.questiondata import QuestionData, SetData, problems
from quizapp.store import image_store
from quizapp.store.bank import Bank
from quizapp.store.models import Question, QuestionSet, utcnow


def create_set(bank: Bank, name: str, description: str = "") -> SetSummary:
    """A new, empty set called ``name``."""
    with bank.session() as session:
        name = _free_name(session, name)
        qset = QuestionSet(name=name, description=description.strip())
        session.add(qset)
        session.flush()
        return SetSummary(qset.id or 0, qset.name, qset.description, 0)


def rename_set(bank: Bank, name: str, new_name: str, *, description: str | None = None) -> None:
    """Call the set ``name`` ``new_name`` (and change its description when given)."""
    with bank.session() as session:
        qset = find_set(session, name)
        if new_name.strip() != qset.name:
            qset.name = _free_name(session, new_name)
        if description is not None:
            qset.description = description.strip()
        qset.updated_at = utcnow()


def duplicate_set(bank: Bank, name: str, new_name: str | None = None) -> SetSummary:
    """A copy of the set ``name`` (questions, order, articles), without learners' progress.

    The questions are copied as they are, not through :mod:`quizapp.content.set_intake`:
    a copy of a whole set into a new one is already what its rule would let in.
    """
    with bank.session() as session:
        source = find_set(session, name)
        target_name = _free_name(session, new_name or copy_name(session, source.name))
        copy = QuestionSet(name=target_name, description=source.description)
        session.add(copy)
        session.flush()
        rows = _ordered(session, source)
        for position, row in enumerate(rows):
            data = sets.to_data(row)
            new = to_question(data, set_id=copy.id or 0, position=position)
            new.article_id = row.article_id
            session.add(new)
            image_store.add(session, new, data.image)
        return SetSummary(copy.id or 0, copy.name, copy.description, len(rows))


@dataclass(frozen=True)
class DeletedSet:
    """What :func:`delete_set` took away and :func:`restore_set` puts back.

    The questions, the assignment and the named quizzes; not learners' progress.
    """

    data: SetData
    links: SetLinks

    @property
    def name(self) -> str:
        return self.data.name


def set_links(bank: Bank, name: str) -> SetLinks:
    """The assignment and named quizzes of the set ``name`` (what deleting it takes too)."""
    with bank.session() as session:
        return links_of(session.connection(), find_set(session, name).id or 0)


def delete_set(bank: Bank, name: str) -> DeletedSet:
    """Remove the set ``name`` (with its learners' progress); returns what it held."""
    data = sets.get_set(bank, name)
    with bank.session() as session:
        qset = find_set(session, name)
        links = links_of(session.connection(), qset.id or 0)
        session.delete(qset)
    return DeletedSet(data, links)


def restore_set(bank: Bank, deleted: DeletedSet) -> SetSummary:
    """Store a set :func:`delete_set` returned under its own name, with its assignment and
    named quizzes (its assignment's quizzes linked to it again)."""
    return sets.add_set(bank, deleted.data, links=deleted.links)


def copy_name(session: Session, name: str) -> str:
    """A free name for a copy of ``name``: "name (copy)", "name (copy 2)", ..."""
    taken = set(session.exec(select(QuestionSet.name)).all())
    candidate = f"{name} (copy)"
    number = 2
    while candidate in taken:
        candidate = f"{name} (copy {number})"
        number += 1
    return candidate


def add_question(
    bank: Bank, set_name: str, question: QuestionData, *, position: int | None = None
) -> None:
    """Add ``question`` to the set at ``position`` (at the end when None).

    It goes in through :func:`quizapp.content.set_intake.add_in`, so the rule of what is
    already in a set holds here too: a question with the id, or the prompt and
    answer, of one the set has is refused, naming that one.
    """
    _check(question)
    with bank.session() as session:
        qset = find_set(session, set_name)
        rows = _ordered(session, qset)
        if any(r.uid == question.uid for r in rows):
            raise QuizappError(f"the set {set_name!r} already has a question {question.uid!r}")
        twin = same_as(question, rows)
        if twin is not None:
            raise QuizappError(
                f"the set {set_name!r} already asks this with the same answer (question {twin!r})"
            )
        add_in(session, qset.name, [question], target=Target.EXISTING)
        rows = _ordered(session, qset)  # the new question last
        where = len(rows) - 1 if position is None else max(0, min(position, len(rows) - 1))
        rows.insert(where, rows.pop())
        _renumber(rows)


def update_question(bank: Bank, set_name: str, uid: str, question: QuestionData) -> None:
    """Replace the question ``uid`` of the set by ``question`` (same row, same place)."""
    _check(question)
    with bank.session() as session:
        qset = find_set(session, set_name)
        rows = _ordered(session, qset)
        row = _find(rows, set_name, uid)
        if question.uid != uid and any(r.uid == question.uid for r in rows):
            raise QuizappError(f"the set {set_name!r} already has a question {question.uid!r}")
        for name, value in question.row_values().items():
            setattr(row, name, value)
        image_store.replace(session, row.id or 0, question.image)
        qset.updated_at = utcnow()


def delete_question(bank: Bank, set_name: str, uid: str) -> int:
    """Remove the question ``uid`` (and learners' progress on it); returns its position."""
    with bank.session() as session:
        qset = find_set(session, set_name)
        rows = _ordered(session, qset)
        row = _find(rows, set_name, uid)
        position = rows.index(row)
        session.delete(row)
        rows.remove(row)
        _renumber(rows)
        qset.updated_at = utcnow()
        return position


def move_question(bank: Bank, set_name: str, uid: str, position: int) -> None:
    """Move the question ``uid`` to ``position`` (0 is first), the others keeping their order."""
    with bank.session() as session:
        qset = find_set(session, set_name)
        rows = _ordered(session, qset)
        row = _find(rows, set_name, uid)
        rows.remove(row)
        rows.insert(max(0, min(position, len(rows))), row)
        _renumber(rows)
        qset.updated_at = utcnow()


def new_uid(taken: Iterable[str], prefix: str = "q") -> str:
    """The first id ``prefix-N`` not in ``taken``, N counting from one past the highest used."""
    used = set(taken)
    pattern = re.compile(rf"{re.escape(prefix)}-(\d+)")
    numbers = [int(m.group(1)) for u in used if (m := pattern.fullmatch(u))]
    number = max(numbers, default=0) + 1
    while f"{prefix}-{number}" in used:
        number += 1
    return f"{prefix}-{number}"


def all_tags(questions: Iterable[QuestionData]) -> list[str]:
    """Every tag the questions use, sorted case-insensitively."""
    return sorted({t for q in questions for t in q.tags}, key=str.casefold)


def _check(question: QuestionData) -> None:
    found = problems(question)
    if found:
        raise QuizappError(f"question {question.uid!r}: {found[0][1]}")


def _free_name(session: Session, name: str) -> str:
    name = name.strip()
    if not name:
        raise QuizappError("a set needs a name")
    taken = session.exec(select(QuestionSet.id).where(QuestionSet.name == name)).first()
    if taken is not None:
        raise QuizappError(f"a set called {name!r} already exists")
    return name


def _ordered(session: Session, qset: QuestionSet) -> list[Question]:
    return list(
        session.exec(
            select(Question)
            .where(Question.set_id == qset.id)
            .order_by(col(Question.position), col(Question.id))
        ).all()
    )


def _renumber(rows: Sequence[Question]) -> None:
    for position, row in enumerate(rows):
        row.position = position


def _find(rows: Sequence[Question], set_name: str, uid: str) -> Question:
    for row in rows:
        if row.uid == uid:
            return row
    raise QuizappError(f"the set {set_name!r} has no question {uid!r}")
