"""Questions on one fact kept apart in a session, and a new one buried for the day after its
sibling was answered: on the bundled set (a real bank), and on small made-up queues."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

from fsrs import Rating

from quizapp.content import sets
from quizapp.formats import quizset
from quizapp.questiondata import QuestionData
from quizapp.store.bank import Bank
from quizapp.study import learners, review_queue, siblings
from quizapp.study.answering import Answer

BUNDLED = Path(__file__).resolve().parents[2] / "questions" / "caucasus-peace-talks.yaml"
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
ONE_ANSWER = {"multiple_choice", "short_answer", "numeric", "cloze", "flashcard"}


def related(a: QuestionData, b: QuestionData) -> bool:
    """The tester's sense of "the same fact": a fact_key or an answer in common."""
    if a.uid == b.uid:
        return False
    if a.fact_key and a.fact_key == b.fact_key:
        return True

    def fold(q: QuestionData) -> str:
        return re.sub(r"[\W_]+", "", q.answer.casefold()) if q.kind in ONE_ANSWER else ""

    return bool(fold(a)) and fold(a) == fold(b)


def closest(order: list[QuestionData]) -> int:
    """The fewest places between two related questions of ``order`` (a large number if none)."""
    return min(
        (j - i for i in range(len(order)) for j in range(i + 1, len(order))
         if related(order[i], order[j])),
        default=10**6,
    )  # fmt: skip


def bundled_bank(bank: Bank, new_per_day: int) -> int:
    sets.add_set(bank, quizset.load(BUNDLED))
    return learners.create_learner(bank, "Mara", new_per_day=new_per_day, timezone="UTC").id


def test_the_whole_bundled_set_asked_at_once_keeps_related_questions_five_apart(
    bank: Bank,
) -> None:
    # Given Mara may start all 66 questions of the bundled set today (it has related ones)
    mara = bundled_bank(bank, new_per_day=100)
    queue = [item.question for item in review_queue.study_queue(bank, mara, now=NOW)]
    assert len(queue) == 66
    assert sum(related(a, b) for a in queue for b in queue) >= 40  # pairs, both ways
    # Then no two related questions stand closer than five places
    assert closest(queue) >= siblings.MIN_GAP


def test_a_session_on_the_bundled_set_never_asks_related_questions_close_together(
    bank: Bank,
) -> None:
    # Given Mara's first day on the bundled set, 20 new cards, as the review screen runs it
    mara = bundled_bank(bank, new_per_day=20)
    asked: list[QuestionData] = []
    at = NOW
    queue = review_queue.study_queue(bank, mara, now=at)
    first_batch = [item.question for item in queue]
    # When she answers every question (one in three wrong, so it comes back) until done
    while queue and len(asked) < 200:
        item = queue.pop(0)
        at += timedelta(seconds=20)
        rating = Rating.Again if len(asked) % 3 == 0 else Rating.Good
        review_queue.record_answer(
            bank,
            mara,
            item.question_id,
            Answer(rating=int(rating), response="x", correct=rating > 1, duration_ms=4000, time=at),
        )
        asked.append(item.question)
        queue = queue or review_queue.study_queue(bank, mara, now=at)
    # Then the 20 new questions hold no two on one fact (66 to choose from)
    assert closest(first_batch) > len(first_batch)
    # and the cards coming back for their learning steps keep five places from a sibling
    assert len(asked) > 20 and closest(asked) >= siblings.MIN_GAP
    # When she asks for 10 more new questions the same day
    review_queue.study_more_new(bank, mara, 10, now=at)
    more = [item.question for item in review_queue.study_queue(bank, mara, now=at) if item.is_new]
    # Then none of them is on a fact she answered today
    assert len(more) == 10
    assert not [(a.uid, b.uid) for a in more for b in asked if related(a, b)]


def tagged(qid: int, *found: str) -> siblings.Tagged:
    return qid, frozenset(found)


def test_spread_keeps_order_when_it_can_and_spaces_as_far_as_a_short_queue_allows() -> None:
    plain = [tagged(i) for i in range(6)]
    assert siblings.spread(plain, lambda t: t) == plain
    # three of one fact in five places: two apart is the most possible
    queue = [tagged(0, "a"), tagged(1, "a"), tagged(2, "a"), tagged(3, "b"), tagged(4, "c")]
    spread = siblings.spread(queue, lambda t: t)
    assert [qid for qid, _keys in spread] == [0, 3, 1, 4, 2]


def test_the_last_answers_count_before_the_queue_but_not_a_questions_own() -> None:
    queue = [tagged(1, "a"), tagged(2)] + [tagged(i) for i in range(3, 9)]
    # question 7 (fact a) was just answered: 1 waits until five places have passed
    after_sibling = siblings.spread(queue, lambda t: t, recent=[tagged(7, "a")])
    assert [qid for qid, _ in after_sibling].index(1) == 4
    # question 1 itself was just answered (a learning step): it keeps its place
    after_itself = siblings.spread(queue, lambda t: t, recent=[tagged(1, "a")])
    assert after_itself == queue


def test_bury_takes_others_first_and_siblings_only_when_none_is_left() -> None:
    keys = {1: frozenset({"a"}), 2: frozenset({"a"}), 3: frozenset({"b"}), 4: frozenset()}
    assert siblings.bury([1, 2, 3, 4], keys, [], 3) == [1, 3, 4]
    assert siblings.bury([1, 2, 3, 4], keys, [frozenset({"b"})], 2) == [1, 4]
    assert siblings.bury([1, 2, 3, 4], keys, [frozenset({"a"})], 4) == [3, 4, 1, 2]


def test_the_same_answer_makes_siblings_in_one_answer_kinds_only() -> None:
    assert siblings.keys("multiple_choice", "120,000", None) == siblings.keys(
        "numeric", "120000", None
    )
    assert siblings.keys("true_false", "true", None) == frozenset()
    assert siblings.keys("ordering", "", "timeline") == frozenset({"fact:timeline"})
