"""The one door into a set: questions, with their article, into a new or an existing set.

Every way questions enter the bank goes through :func:`add_in`: the generator's
``quizapp generate --set``, the article dialog's "New set" and "Add to", the
editor's new question, importing a file and the bundled sets (a copy of a
whole set, :func:`quizapp.content.editing.duplicate_set`, is copied as it is). So one
rule says what is already in a set (:func:`already_in`), one description names
a set made from an article (:func:`default_description`), and an article is
stored once per call.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from quizapp.errors import QuizappError
from quizapp.questiondata import ArticleData, QuestionData, QuestionKind, problems
from quizapp.store import image_store
from quizapp.store.bank import Bank
from quizapp.store.models import Article, Question, QuestionSet, utcnow


class Target(Enum):
    """Which set the questions may go into."""

    NEW = "new"  # a set made for them: a name already taken is refused
    EXISTING = "existing"  # a set the bank holds: a name it does not know is refused
    EITHER = "either"  # the set of that name, made when there is none


@dataclass(frozen=True)
class Intake:
    """What :func:`add_in` stored, and what it left out as already in the set."""

    set_id: int
    set_name: str
    description: str
    created: bool
    added: list[str]  # uids
    already_there: list[str]  # uids


Key = tuple[str, ...]


def default_description(article: ArticleData | None) -> str:
    """The description of a set made for the questions of ``article``."""
    if article is None:
        return ""
    return f"Generated from {article.title}" if article.title.strip() else "Generated"


def add_questions(
    bank: Bank,
    name: str,
    questions: Sequence[QuestionData],
    *,
    article: ArticleData | None = None,
    target: Target = Target.EITHER,
    description: str | None = None,
) -> Intake:
    """:func:`add_in` in a transaction of its own: all of it is stored, or nothing."""
    with bank.session() as session:
        return add_in(
            session, name, questions, article=article, target=target, description=description
        )


def add_in(
    session: Session,
    name: str,
    questions: Sequence[QuestionData],
    *,
    article: ArticleData | None = None,
    target: Target = Target.EITHER,
    description: str | None = None,
    whole: bool = False,
) -> Intake:
    """Append ``questions`` to the set ``name``, with ``article`` stored and attached to them.

    A question :func:`already_in` the set is left out (and named in the result),
    and so is one already among the questions before it here (the first wins),
    unless ``whole``: an imported file keeps its own repeats (a drill may ask a
    thing twice on purpose; an import loses nothing of its file).
    ``description`` (default: :func:`default_description`) is used when the set
    is made here. Invalid questions, or two sharing an id, store nothing.
    """
    check_questions(questions)
    qset, created = _target_set(session, name, target, description, article)
    set_id = qset.id or 0
    fresh, skipped = _split(questions, _held_keys(session, set_id), within=not whole)
    if fresh:
        article_id = _store_article(session, article)
        first = _next_position(session, set_id)
        for offset, q in enumerate(fresh):
            row = to_question(q, set_id=set_id, position=first + offset)
            row.article_id = article_id
            session.add(row)
            image_store.add(session, row, q.image)
        if not created:
            qset.updated_at = utcnow()
    return Intake(set_id, qset.name, qset.description, created, [q.uid for q in fresh], skipped)


def _split(
    questions: Iterable[QuestionData], held: set[Key], *, within: bool
) -> tuple[list[QuestionData], list[str]]:
    """The questions to store, and the uids of those already there (in the set, or
    ``within`` the questions before them)."""
    fresh: list[QuestionData] = []
    skipped: list[str] = []
    grown = set(held)
    for q in questions:
        keys = _keys(q.uid, q.kind, q.prompt, q.answer, q.choices, q.pairs)
        if keys & (grown if within else held):
            skipped.append(q.uid)
        else:
            fresh.append(q)
            grown |= keys
    return fresh, skipped


def same_as(question: QuestionData, rows: Iterable[Question]) -> str | None:
    """The uid of the first of ``rows`` :func:`already_in` would take ``question`` for."""
    q = question
    keys = _keys(q.uid, q.kind, q.prompt, q.answer, q.choices, q.pairs)
    for r in rows:
        if keys & _keys(r.uid, r.kind, r.prompt, r.answer, r.choices, r.pairs):
            return r.uid
    return None


def already_in(question: QuestionData, held: set[Key]) -> bool:
    """Whether a set whose questions have the keys ``held`` already has ``question``.

    It has it when one of its questions has the same id, or the same prompt and
    the same answer (an ordering's items, a matching's pairs), case and spacing aside.
    """
    q = question
    return bool(_keys(q.uid, q.kind, q.prompt, q.answer, q.choices, q.pairs) & held)


def to_question(data: QuestionData, *, set_id: int, position: int) -> Question:
    """The bank row for ``data``."""
    return Question(set_id=set_id, position=position, **data.row_values())


def find_set(session: Session, name: str) -> QuestionSet:
    """The set called ``name``; a QuizappError naming the choices if there is none."""
    found = session.exec(select(QuestionSet).where(QuestionSet.name == name)).first()
    if found is None:
        names = session.exec(select(QuestionSet.name).order_by(QuestionSet.name)).all()
        known = ", ".join(repr(n) for n in names) or "none yet"
        raise QuizappError(f"no set called {name!r} (sets: {known})")
    return found


def check_questions(questions: Iterable[QuestionData]) -> None:
    """Refuse invalid questions, or two sharing an id, before anything is written."""
    seen: set[str] = set()
    for q in questions:
        found = problems(q)
        if found:
            raise QuizappError(f"question {q.uid!r}: {found[0][1]}")
        if q.uid in seen:
            raise QuizappError(f"two questions share the id {q.uid!r}")
        seen.add(q.uid)


def _target_set(
    session: Session,
    name: str,
    target: Target,
    description: str | None,
    article: ArticleData | None,
) -> tuple[QuestionSet, bool]:
    """The set the questions go into, made when ``target`` allows it; whether it was made."""
    name = name.strip()
    if not name:
        raise QuizappError("a set needs a name")
    if target is Target.EXISTING:
        return find_set(session, name), False
    found = session.exec(select(QuestionSet).where(QuestionSet.name == name)).first()
    if found is not None and target is Target.NEW:
        raise QuizappError(
            f"a set called {name!r} already exists: choose another name, or add the questions to it"
        )
    if found is not None:
        return found, False
    text = default_description(article) if description is None else description
    qset = QuestionSet(name=name, description=text)
    session.add(qset)
    session.flush()
    return qset, True


def _held_keys(session: Session, set_id: int) -> set[Key]:
    rows = session.exec(select(Question).where(Question.set_id == set_id)).all()
    return {
        key for r in rows for key in _keys(r.uid, r.kind, r.prompt, r.answer, r.choices, r.pairs)
    }


def _keys(uid: str, kind: str, prompt: str, answer: str, choices: Any, pairs: Any) -> set[Key]:
    """The keys :func:`already_in` compares: the id, and the prompt with its answer."""
    match kind:
        case QuestionKind.ORDERING:
            expected = [str(item) for item in choices or []]
        case QuestionKind.MATCHING:
            expected = [f"{left} → {right}" for left, right in pairs or []]
        case _:  # every other kind: its answer
            expected = [answer]
    return {("id", uid), ("asks", _plain(prompt), *(_plain(e) for e in expected))}


def _plain(text: str) -> str:
    return " ".join(text.casefold().split())


def _next_position(session: Session, set_id: int) -> int:
    last = session.exec(
        select(func.max(col(Question.position))).where(Question.set_id == set_id)
    ).one()
    return 0 if last is None else last + 1


def _store_article(session: Session, article: ArticleData | None) -> int | None:
    if article is None:
        return None
    row = Article(title=article.title, source=article.source, text=article.text)
    session.add(row)
    session.flush()
    return row.id
