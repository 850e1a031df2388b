"""Questions on one fact ("siblings") kept apart: the feedback of one must not answer the other.

Two questions are siblings when they share a ``fact_key``, or have the same answer
(kinds with one answer: multiple choice, typed, numeric, fill-the-gap, flashcard;
compared without case, spaces or punctuation, so "120,000" is "120000"). The
feedback of one (its answer, explanation and source sentence) would answer the other.

- :func:`spread` orders a review queue so that siblings stand at least
  :data:`MIN_GAP` places apart, the last answers given counting as the places before
  it; when the queue is too short for that, as far apart as it allows. Otherwise the
  queue keeps its order (due cards first, as :mod:`quizapp.study.review_queue` built it).
- :func:`new_ids` buries new questions as Anki buries siblings: a sibling of a
  question answered today, or of one already chosen, is introduced only when no other
  new question is left to take its place.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Connection, select

from quizapp.questiondata import QuestionData
from quizapp.store.models import QuestionKind
from quizapp.study.studydb import QUESTIONS, REVIEWS

T = TypeVar("T")
Keys = frozenset[str]
Tagged = tuple[int, Keys]  # a question's id and its keys

MIN_GAP = 5  # siblings at least this many places apart (4 other questions between)
LOOKAHEAD = 50  # how far down the queue a question may be brought forward
ONE_ANSWER = frozenset(
    {
        QuestionKind.MULTIPLE_CHOICE,
        QuestionKind.SHORT_ANSWER,
        QuestionKind.NUMERIC,
        QuestionKind.CLOZE,
        QuestionKind.FLASHCARD,
    }
)
_NOT_WORD = re.compile(r"[\W_]+")


def keys(kind: str, answer: str, fact_key: str | None) -> Keys:
    """What a question shares with its siblings: its fact, and its answer for one-answer kinds."""
    found = {f"fact:{fact_key}"} if fact_key else set()
    folded = _NOT_WORD.sub("", answer.casefold())
    if kind in ONE_ANSWER and folded:
        found.add(f"answer:{folded}")
    return frozenset(found)


def question_keys(question: QuestionData) -> Keys:
    return keys(question.kind, question.answer, question.fact_key)


# --- spacing a queue -------------------------------------------------------------------


def spread(
    items: Sequence[T], tag: Callable[[T], Tagged], recent: Sequence[Tagged] = ()
) -> list[T]:
    """``items`` reordered as little as possible so siblings are :data:`MIN_GAP` apart.

    ``tag`` gives an item's question id and keys; ``recent`` the last answers given,
    oldest first: they stand just before the queue (a question is no sibling of its
    own earlier answer). Each place takes the first question (within
    :data:`LOOKAHEAD`) far enough from its siblings, unless a later one must start
    now for its own siblings to fit before the end; when none is far enough, the
    farthest.
    """
    spacing = _Spacing([tag(item) for item in items], list(recent)[-MIN_GAP:])
    rest = list(range(len(items)))
    ordered: list[T] = []
    for place in range(len(items)):
        chosen = rest.pop(spacing.pick(rest, place))
        ordered.append(items[chosen])
        spacing.place(spacing.tags[chosen], place)
    return ordered


class _Spacing:
    """Where each key was last placed, the gap it needs, and how many of it are left."""

    def __init__(self, tags: Sequence[Tagged], before: Sequence[Tagged]) -> None:
        pairs = {(qid, key) for qid, found in [*before, *tags] for key in found}
        counts = Counter(key for _qid, key in pairs)  # questions per key
        room = max(len(before) + len(tags) - 1, 1)
        self.gaps = {k: min(MIN_GAP, max(1, room // (n - 1))) for k, n in counts.items() if n > 1}
        # each item's keys that some other question shares (most have none)
        self.tags = [(qid, found & self.gaps.keys()) for qid, found in tags]
        self.left = Counter(key for _qid, found in self.tags for key in found)
        self.last: dict[str, tuple[int, int]] = {}  # key -> place and question id of its latest
        most = max(self.left.values(), default=1)
        self.tight_from = (most - 1) * MIN_GAP + 1  # urgency is possible from this many left
        for place, tagged in enumerate(before, start=-len(before)):
            self.place(tagged, place, counted=False)

    def place(self, tagged: Tagged, place: int, *, counted: bool = True) -> None:
        qid, found = tagged
        for key in found:
            self.last[key] = (place, qid)
            if counted and key in self.left:
                self.left[key] -= 1

    def pick(self, rest: list[int], place: int) -> int:
        """Index in ``rest`` of the question to place: see :func:`spread`."""
        best, best_slack, first = 0, MIN_GAP * -(10**6), None
        tight = len(rest) <= self.tight_from
        for n in range(min(LOOKAHEAD, len(rest))):
            tagged = self.tags[rest[n]]
            slack = self.slack(tagged, place)
            if slack >= 0 and (not tight or self.urgent(tagged, len(rest))):
                return n
            if slack >= 0 and first is None:
                first = n
            if slack > best_slack:
                best, best_slack = n, slack
        return first if first is not None else best

    def slack(self, tagged: Tagged, place: int) -> int:
        """How many places more than needed separate ``place`` from the nearest sibling."""
        qid, found = tagged
        slack = MIN_GAP
        for key in found:
            last = self.last.get(key)
            if last is not None and last[1] != qid:
                slack = min(slack, place - last[0] - self.gaps[key])
        return slack

    def urgent(self, tagged: Tagged, left: int) -> bool:
        """Whether the siblings still to come need every place left, starting now."""
        return any((self.left[k] - 1) * self.gaps[k] + 1 >= left for k in tagged[1])


# --- burying new siblings ---------------------------------------------------------------


def bury(
    candidates: Sequence[int], keys_of: dict[int, Keys], taken: Iterable[Keys], limit: int
) -> list[int]:
    """Up to ``limit`` of ``candidates`` (in order), siblings of ``taken`` or of each other last."""
    seen: set[str] = set().union(*taken)
    fresh: list[int] = []
    buried: list[int] = []
    for qid in candidates:
        if len(fresh) >= limit:
            break
        found = keys_of.get(qid, frozenset())
        if found & seen:
            buried.append(qid)
        else:
            fresh.append(qid)
            seen |= found
    return fresh + buried[: limit - len(fresh)]


def new_ids(
    conn: Connection, learner_id: int, day_start: datetime, candidates: Sequence[int], limit: int
) -> list[int]:
    """:func:`bury` over the bank: ``candidates`` against what the learner answered today."""
    if limit <= 0 or not candidates:
        return []
    q, r = QUESTIONS.c, REVIEWS.c
    today = (
        select(q.kind, q.answer, q.fact_key)
        .join(REVIEWS, r.question_id == q.id)
        .where(r.learner_id == learner_id, r.reviewed_at >= day_start)
    )
    taken = [keys(row.kind, row.answer, row.fact_key) for row in conn.execute(today.distinct())]
    return bury(candidates, _keys_of(conn, candidates), taken, limit)


def recent(conn: Connection, learner_id: int) -> list[Tagged]:
    """The questions of the learner's last :data:`MIN_GAP` answers, oldest first."""
    q, r = QUESTIONS.c, REVIEWS.c
    query = (
        select(q.id, q.kind, q.answer, q.fact_key)
        .join(REVIEWS, r.question_id == q.id)
        .where(r.learner_id == learner_id)
        .order_by(r.id.desc())
        .limit(MIN_GAP)
    )
    rows: list[Any] = list(conn.execute(query))
    return [(row.id, keys(row.kind, row.answer, row.fact_key)) for row in reversed(rows)]


def _keys_of(conn: Connection, ids: Sequence[int]) -> dict[int, Keys]:
    q = QUESTIONS.c
    found: dict[int, Keys] = {}
    for chunk in range(0, len(ids), 900):  # SQLite's bound-parameter limit
        query = select(q.id, q.kind, q.answer, q.fact_key).where(q.id.in_(ids[chunk : chunk + 900]))
        found.update(
            (row.id, keys(row.kind, row.answer, row.fact_key)) for row in conn.execute(query)
        )
    return found
