"""Saving generated questions into a set of the bank, new or existing."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import col, select

from quizapp import sets
from quizapp.bank import Bank
from quizapp.models import Article, Question, QuestionSet
from quizapp.questiondata import ArticleData, QuestionData


@dataclass(frozen=True)
class SaveReport:
    """What :func:`save_questions` did."""

    set_name: str
    created: bool
    added: int
    skipped: int  # questions whose prompt the set already had


def save_questions(
    bank: Bank, name: str, article: ArticleData, questions: list[QuestionData]
) -> SaveReport:
    """Store ``questions`` with their article in the set ``name``, all or nothing.

    The set is created if missing; in an existing set, questions whose prompt
    it already holds are skipped.
    """
    with bank.session() as session:
        qset = session.exec(select(QuestionSet).where(QuestionSet.name == name)).first()
        created = qset is None
        if qset is None:
            qset = QuestionSet(name=name, description=f"Generated from {article.title}")
            session.add(qset)
            session.flush()
        set_id = qset.id or 0
        rows = session.exec(select(Question.prompt, Question.uid).where(Question.set_id == set_id))
        prompts, uids = set(), set()
        for prompt, uid in rows.all():
            prompts.add(" ".join(prompt.casefold().split()))
            uids.add(uid)
        last = session.exec(
            select(func.max(col(Question.position))).where(Question.set_id == set_id)
        ).one()
        position = (last + 1) if last is not None else 0
        fresh = [
            q
            for q in questions
            if " ".join(q.prompt.casefold().split()) not in prompts and q.uid not in uids
        ]
        if fresh:
            row = Article(title=article.title, source=article.source, text=article.text)
            session.add(row)
            session.flush()
            for offset, data in enumerate(fresh):
                question = sets.to_question(data, set_id=set_id, position=position + offset)
                question.article_id = row.id
                session.add(question)
        return SaveReport(name, created, len(fresh), len(questions) - len(fresh))
