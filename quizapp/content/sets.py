"""The question-set service: list, import, export and remove sets in the bank.

The GUI and the CLI both go through these functions; none of them leaves a set
half-written: each import is one transaction. Questions enter a set through
:mod:`quizapp.content.set_intake`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func
from sqlalchemy.orm import object_session
from sqlmodel import Session, col, select

from quizapp import resources
from quizapp.content.set_intake import Target, add_in, check_questions, find_set
from quizapp.content.set_links import SetLinks, links_of, put_back
from quizapp.errors import QuizappError
from quizapp.formats import quizset
from quizapp.questiondata import FIELDS, ArticleData, QuestionData, SetData
from quizapp.store import image_store
from quizapp.store.bank import Bank
from quizapp.store.models import Article, Meta, Question, QuestionSet, utcnow

BUNDLED_KEY = "bundled_sets_loaded"
QUESTION_FIELDS = tuple(name for name in FIELDS if name != "uid")  # a row's question columns


@dataclass(frozen=True)
class SetSummary:
    """A set as lists show it."""

    id: int
    name: str
    description: str
    questions: int
    unchanged: bool = False  # an identical set was already in the bank


def list_sets(bank: Bank) -> list[SetSummary]:
    """Every set with its question count, by name."""
    with bank.session() as session:
        count = func.count(col(Question.id))
        rows = session.exec(
            select(QuestionSet, count)
            .join(Question, isouter=True)
            .group_by(col(QuestionSet.id))
            .order_by(func.lower(QuestionSet.name))
        ).all()
        return [SetSummary(s.id or 0, s.name, s.description, n) for s, n in rows]


def to_data(question: Question) -> QuestionData:
    """The plain data of a bank row, with its image when the row is in a session."""
    data = QuestionData.from_row(question)
    session = object_session(question)
    if session is None or question.id is None:
        return data
    image = image_store.load(session.connection(), [question.id]).get(question.id)
    return dataclasses.replace(data, image=image)


def add_set(
    bank: Bank,
    data: SetData,
    *,
    name: str | None = None,
    replace: bool = False,
    links: SetLinks | None = None,
) -> SetSummary:
    """Store ``data`` as a new set (or in place of one, with ``replace``), all or nothing.

    Importing a set identical to the one of that name already in the bank changes nothing.
    A set replaced hands its assignment and named quizzes on to the one taking its place;
    ``links`` (a deleted set's, :mod:`quizapp.content.set_links`) are put on the new set.
    """
    with bank.session() as session:
        made = _store_set(session, data, name=name, replace=replace)
        if links is not None and not made.unchanged:
            put_back(session.connection(), links, made.id)
        return made


def _store_set(session: Session, data: SetData, *, name: str | None, replace: bool) -> SetSummary:
    name = (name or data.name).strip()
    if not name:
        raise QuizappError("a set needs a name")
    check_questions(data.questions)
    existing = session.exec(select(QuestionSet).where(QuestionSet.name == name)).first()
    kept = SetLinks()
    if existing is not None:
        current = _set_data(session, existing)
        if not replace and _same_content(current, data):
            return SetSummary(
                existing.id or 0, name, existing.description, len(data.questions), True
            )
        if not replace:
            raise QuizappError(
                f"a set called {name!r} already exists; choose another name with --set"
            )
        kept = links_of(session.connection(), existing.id or 0)
        session.delete(existing)
        session.flush()
    made = add_in(
        session,
        name,
        data.questions,
        article=data.article,
        target=Target.NEW,
        description=data.description,
        whole=True,  # a file's own repeats stay (set_intake.add_in)
    )
    put_back(session.connection(), kept, made.set_id)  # a replaced set's, on its replacement
    return SetSummary(made.set_id, made.set_name, made.description, len(made.added))


def get_set(bank: Bank, name: str) -> SetData:
    """The set called ``name`` with its questions in order."""
    with bank.session() as session:
        return _set_data(session, find_set(session, name))


def _set_data(session: Session, qset: QuestionSet) -> SetData:
    questions = session.exec(
        select(Question).where(Question.set_id == qset.id).order_by(col(Question.position))
    ).all()
    images = image_store.load(session, [q.id for q in questions if q.id is not None])
    return SetData(
        name=qset.name,
        description=qset.description,
        questions=[
            dataclasses.replace(QuestionData.from_row(q), image=images.get(q.id or 0))
            for q in questions
        ],
        article=_set_article(session, questions),
    )


def _same_content(current: SetData, incoming: SetData) -> bool:
    """Whether importing ``incoming`` would change nothing (an identical re-import)."""
    return (current.description, current.questions) == (incoming.description, incoming.questions)


def _set_article(session: Session, questions: Sequence[Question]) -> ArticleData | None:
    ids = {q.article_id for q in questions if q.article_id is not None}
    if len(ids) != 1:
        return None
    article = session.get(Article, ids.pop())
    if article is None:
        return None
    return ArticleData(title=article.title, source=article.source, text=article.text)


def delete_set(bank: Bank, name: str) -> None:
    """Remove the set called ``name`` and its questions (and their cards and reviews)."""
    with bank.session() as session:
        session.delete(find_set(session, name))


def load_bundled_sets(bank: Bank) -> list[SetSummary]:
    """On a bank's first start, store the bundled sets; later calls do nothing."""
    with bank.session() as session:
        if session.get(Meta, BUNDLED_KEY) is not None:
            return []
        loaded = []
        for item in resources.bundled_sets():
            data = quizset.loads(item.read_bytes(), item.name)
            taken = session.exec(select(QuestionSet.id).where(QuestionSet.name == data.name))
            if taken.first() is None:
                loaded.append(_store_set(session, data, name=None, replace=False))
        session.add(Meta(key=BUNDLED_KEY, value=utcnow().isoformat()))
        return loaded


def question_article(bank: Bank, question_id: int) -> ArticleData | None:
    """The article the question came from, if it is stored."""
    with bank.session() as session:
        question = session.get(Question, question_id)
        if question is None or question.article_id is None:
            return None
        article = session.get(Article, question.article_id)
        if article is None or not article.text:
            return None
        return ArticleData(title=article.title, source=article.source, text=article.text)
