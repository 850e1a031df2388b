"""What Learn mode asks: each question's forms, and the question shown for a form.

The easy form of a typed question (short answer, fill the gap, number) or a
flashcard is a multiple choice whose wrong options are other answers of the
same kind and type in the set (see :mod:`quizapp.study.learn_options`: a date among
dates, a person among people, a count among whole counts of its size), never one
that the grading would accept as right; without enough of them, it is typed at
once. Its hardest form is the typed answer, graded like a review's; a flashcard
whose back is too long to type is turned and self-graded instead. A
multiple-choice question is asked with its own options first, then typed
(unless its prompt points at the options, "which of these", or its answer is
too long to type). True or false, ordering and matching questions are asked in
their own form both times.

Pure functions over :class:`~quizapp.questiondata.QuestionData` (no Qt); only
:func:`load_questions` reads the bank.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import islice
from typing import TYPE_CHECKING, assert_never

from quizapp.questiondata import QuestionData, QuestionKind
from quizapp.study import grading
from quizapp.study.learn import Form, Ladder
from quizapp.study.learn_options import answer_type, fits, makes_neighbours, neighbours

if TYPE_CHECKING:
    from datetime import datetime

    from quizapp.store.bank import Bank
    from quizapp.study.review_queue import StudyItem

OPTIONS = 4  # options of a built multiple choice: the answer and three others
MIN_OPTIONS = 3  # fewer than this (the answer and one other) is a coin toss: typed at once
TYPABLE_CHARS = 40  # a longer answer is not asked typed
TYPABLE_WORDS = 6
POINTS_AT_OPTIONS = re.compile(
    r"\b(of these|of the following|among these|which one|none of|all of the)\b", re.IGNORECASE
)
Option = tuple[str, int]  # a wrong option's text and how close it is to the question's kind
TEXT_KINDS = (QuestionKind.MULTIPLE_CHOICE, QuestionKind.SHORT_ANSWER, QuestionKind.CLOZE)


@dataclass(frozen=True)
class LearnQuestion:
    """A question of the set as Learn mode holds it."""

    question_id: int
    question: QuestionData
    has_article: bool = False


def typable(answer: str) -> bool:
    """Whether ``answer`` is short enough to ask typed."""
    return len(answer) <= TYPABLE_CHARS and len(answer.split()) <= TYPABLE_WORDS


def ladder_of(question: QuestionData, pool: Sequence[QuestionData]) -> Ladder:
    """The forms ``question`` is asked in, given the set's questions (``pool``)."""
    kind = question.kind
    match kind:
        case QuestionKind.MULTIPLE_CHOICE:
            own = POINTS_AT_OPTIONS.search(question.prompt) or not typable(question.answer)
            return Ladder(Form.CHOICE, Form.CHOICE if own else Form.TYPED)
        case QuestionKind.SHORT_ANSWER | QuestionKind.CLOZE | QuestionKind.NUMERIC:
            return Ladder(_easy(question, pool, Form.TYPED), Form.TYPED)
        case QuestionKind.FLASHCARD:
            hard = Form.TYPED if typable(question.answer) else Form.OWN
            return Ladder(_easy(question, pool, hard), hard)
        case QuestionKind.TRUE_FALSE | QuestionKind.ORDERING | QuestionKind.MATCHING:
            return Ladder(Form.OWN, Form.OWN)
        case _:
            assert_never(kind)


def _easy(question: QuestionData, pool: Sequence[QuestionData], hard: Form) -> Form:
    """A multiple choice when the set gives enough wrong options; else ``hard`` at once."""
    wanted = MIN_OPTIONS - 1
    enough = len(list(islice(_wrong(question, _candidates(question, pool)), wanted))) == wanted
    return Form.CHOICE if enough else hard


def asked(
    question: QuestionData, form: Form, pool: Sequence[QuestionData], rng: random.Random
) -> QuestionData:
    """The question to show for ``form``: graded by :func:`quizapp.study.grading.check_answer`."""
    match form:
        case Form.OWN:
            return question
        case Form.TYPED:
            accepted = other_names(question, pool)
            if question.kind in (QuestionKind.MULTIPLE_CHOICE, QuestionKind.FLASHCARD):
                return replace(
                    question, kind=QuestionKind.SHORT_ANSWER, choices=None, accepted=accepted
                )
            return (
                question if accepted == question.accepted else replace(question, accepted=accepted)
            )
        case Form.CHOICE:
            if question.kind == QuestionKind.MULTIPLE_CHOICE:
                return question
            others = distractors(question, pool, rng=rng, limit=OPTIONS - 1)
            chosen = [text for text, _closeness in others]
            options = [question.answer, *chosen]
            rng.shuffle(options)
            return replace(question, kind=QuestionKind.MULTIPLE_CHOICE, choices=options)
        case _:
            assert_never(form)


def other_names(question: QuestionData, pool: Iterable[QuestionData]) -> list[str]:
    """The answers the set accepts for ``question``'s answer wherever it is asked typed: a
    multiple choice has no list of its own, but a question of the set with the same answer
    says "Stoltenberg" is right for "Jens Stoltenberg" too."""
    key = question.answer.casefold()
    names = dict.fromkeys(question.accepted or [])
    for other in pool:
        if other.answer.casefold() == key:
            names.update(dict.fromkeys(other.accepted or []))
    return list(names)


def distractors(
    question: QuestionData,
    pool: Sequence[QuestionData],
    *,
    rng: random.Random | None = None,
    limit: int | None = None,
) -> list[Option]:
    """Wrong options for ``question``: (answer, closeness), the closest first, each text once.

    Answers of the same kind of question (flashcard backs for a flashcard, numbers
    for a number, other short answers for the rest) and of the same type
    (:func:`quizapp.study.learn_options.fits`); none the grading accepts for
    ``question``. A number short of others gets round neighbours of its own.
    Closeness: 2 for the same fact kind (a date for a date), 1 more for the same
    kind of question (a gap's answer for a gap). ``rng`` shuffles equals; only the
    first ``limit`` are graded, so a big set costs little.
    """
    candidates = list(_candidates(question, pool))
    if rng is not None:
        rng.shuffle(candidates)
    candidates.sort(key=lambda candidate: -candidate[1])  # stable: equals stay shuffled
    return list(islice(_wrong(question, candidates, rng), limit))


def _candidates(question: QuestionData, pool: Iterable[QuestionData]) -> Iterator[Option]:
    """Answers of the same kind and type as ``question``'s, each text once (not yet graded)."""
    seen = {question.answer.strip().casefold()}
    kind = answer_type(question)
    for other in pool:
        text = other.answer.strip()
        fresh = text and text.casefold() not in seen
        if fresh and _same_kind(question, other) and fits(kind, answer_type(other)):
            seen.add(text.casefold())
            yield text, _closeness(question, other)


def _wrong(
    question: QuestionData, candidates: Iterable[Option], rng: random.Random | None = None
) -> Iterator[Option]:
    """The ``candidates`` the grading refuses for ``question``, then a number's neighbours."""
    typed = asked(question, Form.TYPED, (), random.Random(0))
    given = {question.answer.strip().casefold()}
    for text, closeness in candidates:
        if not grading.check_answer(typed, text).correct:
            given.add(text.casefold())
            yield text, closeness
    if makes_neighbours(question):
        for text in neighbours(question, rng):
            if text.casefold() not in given and not grading.check_answer(typed, text).correct:
                yield text, 0


def _closeness(question: QuestionData, other: QuestionData) -> int:
    same_fact = other.fact_kind is not None and other.fact_kind == question.fact_kind
    return 2 * int(same_fact) + int(other.kind == question.kind)


def _same_kind(question: QuestionData, other: QuestionData) -> bool:
    if question.kind in TEXT_KINDS:
        return other.kind in TEXT_KINDS and other.uid != question.uid
    return other.kind == question.kind and other.uid != question.uid


class Ladders(Mapping[int, Ladder]):
    """Each question's ladder by id, in the set's order, each worked out when first read.

    Working out a ladder grades a few of the set's answers: done for all at once,
    a set of 20,000 questions would keep Learn from starting for seconds.
    """

    def __init__(self, questions: Sequence[LearnQuestion]) -> None:
        self._questions = {q.question_id: q.question for q in questions}
        self._pool = list(self._questions.values())
        self._known: dict[int, Ladder] = {}

    def __getitem__(self, question_id: int) -> Ladder:
        if question_id not in self._known:
            self._known[question_id] = ladder_of(self._questions[question_id], self._pool)
        return self._known[question_id]

    def __iter__(self) -> Iterator[int]:
        return iter(self._questions)

    def __len__(self) -> int:
        return len(self._questions)


def ladders(questions: Sequence[LearnQuestion]) -> Ladders:
    """Each question's ladder, in the order given (worked out as they are read)."""
    return Ladders(questions)


def load_questions(
    bank: Bank, learner_id: int, set_id: int, *, now: datetime
) -> list[LearnQuestion]:
    """The set's questions in set order, leaving out those the learner holds at ``now``.

    Held is suspended or buried, as custom study and the review leave them out
    (a quiz, a test of the whole set, asks them all).
    """
    from sqlalchemy import select

    from quizapp.study import flags, review_queue, scheduler
    from quizapp.study.studydb import QUESTIONS

    held = flags.held(learner_id, QUESTIONS.c.id, scheduler.utc(now))
    query = (
        select(QUESTIONS.c.id)
        .where(QUESTIONS.c.set_id == set_id, ~held)
        .order_by(QUESTIONS.c.position)
    )
    with bank.engine.connect() as conn:
        ids = list(conn.execute(query).scalars())
        items: list[StudyItem] = review_queue.load_items(conn, [(qid, None) for qid in ids])
    return [LearnQuestion(i.question_id, i.question, i.has_article) for i in items]
