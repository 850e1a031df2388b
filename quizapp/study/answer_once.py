"""Recording an answer at most once, however often it is retried.

The client makes an id for each answer it gives (:func:`new_answer_id`) and
sends it again when it retries that answer: after a refused write, or after a
class server that committed the answer but whose acknowledgement was lost on
the way back. The id is kept for a week beside its review row (``recentanswer``,
not the review log: a retry comes within minutes), and its unique index refuses the
second copy whole (its transaction, card move and day totals included);
:func:`record_answer_once` then hands back the answer already recorded.
"""

from __future__ import annotations

import uuid

from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from quizapp.store.bank import Bank
from quizapp.study.answering import Answer, AnswerResult, record_answer
from quizapp.study.studydb import CARDS

_RECORDED = text(
    "SELECT r.id, r.reviewed_at, c.due FROM recentanswer a JOIN reviewlog r ON r.id = a.review_id"
    " LEFT JOIN cardstate c ON c.learner_id = r.learner_id AND c.question_id = r.question_id"
    " WHERE a.answer_id = :answer_id"
).columns(reviewed_at=CARDS.c.due.type, due=CARDS.c.due.type)  # the bank's UTC datetime


def new_answer_id() -> str:
    """An id for one answer the learner gives (random: no two clients make the same)."""
    return uuid.uuid4().hex


def record_answer_once(
    bank: Bank, learner_id: int, question_id: int, answer: Answer, *, answer_id: str
) -> AnswerResult:
    """:func:`~study.answering.record_answer`, or the answer ``answer_id`` already recorded."""
    try:
        return record_answer(bank, learner_id, question_id, answer, answer_id=answer_id)
    except IntegrityError:
        found = recorded(bank, answer_id)
        if found is None:  # another integrity problem: not a retry
            raise
        return found


def recorded(bank: Bank, answer_id: str) -> AnswerResult | None:
    """The answer recorded under ``answer_id`` (its card's due as it stands), or None."""
    with bank.engine.connect() as conn:
        row = conn.execute(_RECORDED, {"answer_id": answer_id}).first()
    if row is None:
        return None
    due = row.due or row.reviewed_at
    return AnswerResult(int(row.id), due, due - row.reviewed_at)
