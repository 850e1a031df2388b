"""The review queue, recording answers and undo, on a real bank file."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest
from fsrs import Card, Rating, Scheduler, State
from sqlalchemy import select

from quizapp.content import sets
from quizapp.errors import QuizappError
from quizapp.questiondata import QuestionData, SetData
from quizapp.store.bank import Bank
from quizapp.store.models import CardState, ReviewLog
from quizapp.study import learners, review_queue
from quizapp.study.answering import Answer

pytestmark = pytest.mark.both_engines  # every test here runs on SQLite and PostgreSQL

NOW = datetime(2026, 1, 12, 10, 0, tzinfo=UTC)


def add_set(bank: Bank, name: str = "Capitals", n: int = 5, keys: list[str] | None = None) -> int:
    questions = [
        QuestionData(
            uid=f"q{i}",
            kind="short_answer",
            prompt=f"Question {i}?",
            answer=f"answer {i}",
            fact_key=keys[i] if keys else None,
        )
        for i in range(n)
    ]
    return sets.add_set(bank, SetData(name=name, questions=questions)).id


def ids(items: list[review_queue.StudyItem]) -> list[str]:
    return [item.question.uid for item in items]


def answer(
    bank: Bank, learner: int, item: review_queue.StudyItem, rating: Rating, at: datetime
) -> None:
    review_queue.record_answer(
        bank,
        learner,
        item.question_id,
        Answer(
            rating=int(rating),
            response="x",
            correct=rating > Rating.Again,
            duration_ms=3000,
            time=at,
        ),
    )


def card_row(bank: Bank, learner: int, question_id: int) -> CardState | None:
    with bank.session() as s:
        return s.exec(
            select(CardState).where(
                CardState.learner_id == learner, CardState.question_id == question_id
            )
        ).scalar_one_or_none()


def test_new_learners_queue_is_the_new_cards_in_set_order(bank: Bank) -> None:
    set_id = add_set(bank)
    ann = learners.create_learner(bank, "Ann", timezone="UTC")
    queue = review_queue.study_queue(bank, ann.id, now=NOW, set_id=set_id)
    assert ids(queue) == ["q0", "q1", "q2", "q3", "q4"]
    assert all(item.is_new and item.due is None for item in queue)
    assert queue[0].set_name == "Capitals"
    assert review_queue.queue_counts(bank, ann.id, now=NOW) == review_queue.QueueCounts(0, 0, 5, 20)
    assert review_queue.study_queue(bank, ann.id, now=NOW, limit=2)[1].question.uid == "q1"


def test_answering_moves_the_card_exactly_as_fsrs_does(bank: Bank) -> None:
    add_set(bank)
    ann = learners.create_learner(bank, "Ann", desired_retention=0.85)
    item = review_queue.study_queue(bank, ann.id, now=NOW)[0]
    expected = Card(card_id=item.question_id, due=NOW)
    fsrs = Scheduler(desired_retention=0.85)
    at = NOW
    for rating in (Rating.Good, Rating.Good, Rating.Hard, Rating.Again, Rating.Good):
        random.seed(7)
        result = review_queue.record_answer(
            bank,
            ann.id,
            item.question_id,
            Answer(rating=int(rating), response="r", correct=True, duration_ms=1500, time=at),
        )
        random.seed(7)
        expected, _ = fsrs.review_card(expected, rating, at, 1500)
        row = card_row(bank, ann.id, item.question_id)
        assert row is not None
        assert (row.state, row.step, row.stability, row.difficulty) == (
            int(expected.state), expected.step, expected.stability, expected.difficulty,
        )  # fmt: skip
        assert (row.due, row.last_review) == (expected.due, expected.last_review)
        assert result.due == expected.due and result.interval == expected.due - at
        at = expected.due + timedelta(hours=1)
    assert expected.state == State.Relearning or expected.state == State.Review


def test_preview_shows_the_interval_of_each_grade(bank: Bank) -> None:
    add_set(bank)
    ann = learners.create_learner(bank, "Ann")
    qid = review_queue.study_queue(bank, ann.id, now=NOW)[0].question_id
    shown = review_queue.preview_intervals(bank, ann.id, qid, now=NOW)
    fsrs = Scheduler(enable_fuzzing=False)
    for rating in Rating:
        card, _ = fsrs.review_card(Card(card_id=qid, due=NOW), rating, NOW)
        assert shown[int(rating)] == card.due - NOW
    assert shown[1] == timedelta(minutes=1)


def test_due_cards_come_first_lowest_retrievability_first(bank: Bank) -> None:
    add_set(bank, n=4)
    ann = learners.create_learner(bank, "Ann", timezone="UTC", new_per_day=4)
    q = review_queue.study_queue(bank, ann.id, now=NOW)
    random.seed(1)
    answer(bank, ann.id, q[0], Rating.Easy, NOW)  # q0: long interval
    answer(bank, ann.id, q[1], Rating.Easy, NOW - timedelta(days=20))  # q1: old, most overdue
    answer(bank, ann.id, q[2], Rating.Again, NOW)  # q2: learning step of 1 minute
    later = NOW + timedelta(days=60)
    queue = review_queue.study_queue(bank, ann.id, now=later)
    assert ids(queue) == ["q2", "q1", "q0", "q3"]
    assert [item.is_new for item in queue] == [False, False, False, True]
    assert review_queue.queue_counts(bank, ann.id, now=later) == review_queue.QueueCounts(
        3, 3, 1, 4
    )


def test_learning_cards_wait_for_their_step_unless_nothing_else_is_left(bank: Bank) -> None:
    add_set(bank, n=2)
    ann = learners.create_learner(bank, "Ann", new_per_day=2, timezone="UTC")
    first, second = review_queue.study_queue(bank, ann.id, now=NOW)
    answer(bank, ann.id, first, Rating.Again, NOW)  # back in 1 minute
    assert ids(review_queue.study_queue(bank, ann.id, now=NOW)) == ["q1"]
    answer(bank, ann.id, second, Rating.Good, NOW)  # back in 10 minutes
    # nothing else left: the learning cards are shown ahead of time, soonest first
    assert ids(review_queue.study_queue(bank, ann.id, now=NOW)) == ["q0", "q1"]
    # they are due today (the counts say so), though not due now
    counts = review_queue.queue_counts(bank, ann.id, now=NOW)
    assert (counts.due, counts.due_now, counts.new) == (2, 0, 0)


def test_daily_new_card_limit(bank: Bank) -> None:
    set_id = add_set(bank, n=6)
    other = add_set(bank, "Rivers", n=3)
    ann = learners.create_learner(bank, "Ann", new_per_day=2, timezone="UTC")
    queue = review_queue.study_queue(bank, ann.id, now=NOW)
    assert ids(queue) == ["q0", "q1"]
    answer(bank, ann.id, queue[0], Rating.Easy, NOW)
    assert review_queue.counts_by_set(bank, ann.id, now=NOW) == {
        set_id: review_queue.QueueCounts(0, 0, 5, 1),
        other: review_queue.QueueCounts(0, 0, 3, 1),
    }
    answer(bank, ann.id, queue[1], Rating.Easy, NOW)
    assert review_queue.study_queue(bank, ann.id, now=NOW, set_id=other) == []
    assert review_queue.queue_counts(bank, ann.id, now=NOW, set_id=other).new == 0
    assert ids(review_queue.study_queue(bank, ann.id, now=NOW + timedelta(days=1))) == ["q2", "q3"]


def test_day_starts_at_the_learners_hour_in_their_zone(bank: Bank) -> None:
    # Tokyo is UTC+9; the learner's day starts at 04:00 Tokyo time = 19:00 UTC
    add_set(bank, n=4)
    ken = learners.create_learner(bank, "Ken", new_per_day=1, timezone="Asia/Tokyo")
    evening = datetime(2026, 1, 12, 18, 30, tzinfo=UTC)  # 03:30 in Tokyo, still the 12th
    answer(
        bank, ken.id, review_queue.study_queue(bank, ken.id, now=evening)[0], Rating.Easy, evening
    )
    before = datetime(2026, 1, 12, 18, 59, 59, tzinfo=UTC)
    assert review_queue.study_queue(bank, ken.id, now=before) == []
    at_four = datetime(2026, 1, 12, 19, 0, tzinfo=UTC)
    assert ids(review_queue.study_queue(bank, ken.id, now=at_four)) == ["q1"]


def test_review_cards_due_later_today_are_shown_from_the_days_start(bank: Bank) -> None:
    add_set(bank, n=1)
    ann = learners.create_learner(bank, "Ann", timezone="Europe/Paris", new_per_day=1)
    random.seed(3)
    answer(bank, ann.id, review_queue.study_queue(bank, ann.id, now=NOW)[0], Rating.Easy, NOW)
    with bank.session() as s:
        due = s.exec(select(CardState.due)).scalar_one()
    # Due at 10:00 UTC some day; that day starts at 04:00 Paris time (03:00 UTC in winter)
    assert due.hour == 10 and due.month in (1, 2)
    day_start = due.replace(hour=3, minute=0, second=0, microsecond=0)
    assert ids(review_queue.study_queue(bank, ann.id, now=day_start)) == ["q0"]
    assert review_queue.study_queue(bank, ann.id, now=day_start - timedelta(seconds=1)) == []


def test_daily_limit_across_a_dst_change(bank: Bank) -> None:
    # Paris springs forward on 2026-03-29: the 28th lasts 23 hours, ending at 02:00 UTC
    add_set(bank, n=3)
    ann = learners.create_learner(bank, "Ann", timezone="Europe/Paris", new_per_day=1)
    late = datetime(2026, 3, 29, 1, 30, tzinfo=UTC)  # 03:30 CEST, still the learner's 28th
    answer(bank, ann.id, review_queue.study_queue(bank, ann.id, now=late)[0], Rating.Easy, late)
    assert (
        review_queue.study_queue(bank, ann.id, now=datetime(2026, 3, 29, 1, 59, tzinfo=UTC)) == []
    )
    fresh = review_queue.study_queue(bank, ann.id, now=datetime(2026, 3, 29, 2, 0, tzinfo=UTC))
    assert ids(fresh) == ["q1"]


def test_undo_restores_the_exact_card_and_removes_the_review(bank: Bank) -> None:
    add_set(bank, n=2)
    ann = learners.create_learner(bank, "Ann")
    first = review_queue.study_queue(bank, ann.id, now=NOW)[0]
    answer(bank, ann.id, first, Rating.Good, NOW)
    kept = card_row(bank, ann.id, first.question_id)
    answer(bank, ann.id, first, Rating.Again, NOW + timedelta(minutes=12))
    assert review_queue.undo_last(bank, ann.id) == first.question_id
    assert card_row(bank, ann.id, first.question_id) == kept
    assert review_queue.undo_last(bank, ann.id) == first.question_id
    assert card_row(bank, ann.id, first.question_id) is None  # new again
    with bank.session() as s:
        assert s.exec(select(ReviewLog)).all() == []
    assert review_queue.undo_last(bank, ann.id) is None
    assert ids(review_queue.study_queue(bank, ann.id, now=NOW)) == ["q0", "q1"]


def test_two_learners_are_independent(bank: Bank) -> None:
    add_set(bank, n=3)
    ann = learners.create_learner(bank, "Ann", new_per_day=3)
    bob = learners.create_learner(bank, "Bob", new_per_day=3)
    for item in review_queue.study_queue(bank, ann.id, now=NOW):
        answer(bank, ann.id, item, Rating.Easy, NOW)
    assert review_queue.study_queue(bank, ann.id, now=NOW) == []
    assert ids(review_queue.study_queue(bank, bob.id, now=NOW)) == ["q0", "q1", "q2"]
    answer(bank, bob.id, review_queue.study_queue(bank, bob.id, now=NOW)[0], Rating.Good, NOW)
    assert review_queue.undo_last(bank, ann.id) is not None  # Ann's last, not Bob's
    assert (
        card_row(bank, bob.id, review_queue.study_queue(bank, bob.id, now=NOW)[0].question_id)
        is None
    )


def test_siblings_are_not_back_to_back(bank: Bank) -> None:
    add_set(bank, n=5, keys=["a", "a", "a", "b", "c"])
    ann = learners.create_learner(bank, "Ann")
    queue = review_queue.study_queue(bank, ann.id, now=NOW)
    keys = [item.question.fact_key for item in queue]
    assert keys == ["a", "b", "a", "c", "a"]


def test_bad_answers_change_nothing(bank: Bank) -> None:
    add_set(bank, n=1)
    ann = learners.create_learner(bank, "Ann")
    qid = review_queue.study_queue(bank, ann.id, now=NOW)[0].question_id
    with pytest.raises(QuizappError, match="rating"):
        review_queue.record_answer(
            bank, ann.id, qid, Answer(rating=5, response="", correct=True, duration_ms=1, time=NOW)
        )
    with pytest.raises(QuizappError, match="no question"):
        review_queue.record_answer(
            bank, ann.id, 999, Answer(rating=3, response="", correct=True, duration_ms=1, time=NOW)
        )
    with pytest.raises(QuizappError, match="no learner"):
        review_queue.study_queue(bank, 999, now=NOW)
    assert card_row(bank, ann.id, qid) is None


def test_structured_responses_are_stored_as_json(bank: Bank) -> None:
    add_set(bank, n=1)
    ann = learners.create_learner(bank, "Ann")
    qid = review_queue.study_queue(bank, ann.id, now=NOW)[0].question_id
    review_queue.record_answer(
        bank,
        ann.id,
        qid,
        Answer(rating=3, response=["b", "é"], correct=True, duration_ms=1, time=NOW),
    )
    with bank.session() as s:
        assert s.exec(select(ReviewLog.response)).scalar_one() == '["b", "é"]'


def test_study_more_new_cards_raises_todays_limit_only(bank: Bank) -> None:
    # Given Ann has started today's two new cards, and Bo shares the bank
    set_id = add_set(bank, n=6)
    ann = learners.create_learner(bank, "Ann", new_per_day=2, timezone="UTC")
    bo = learners.create_learner(bank, "Bo", new_per_day=2, timezone="UTC")
    for item in review_queue.study_queue(bank, ann.id, now=NOW):
        answer(bank, ann.id, item, Rating.Easy, NOW)
    counts = review_queue.queue_counts(bank, ann.id, now=NOW, set_id=set_id)
    assert (counts.new, counts.held_back) == (0, 4)
    # When she asks for three more today, twice over
    assert review_queue.study_more_new(bank, ann.id, 3, now=NOW) == 3
    assert ids(review_queue.study_queue(bank, ann.id, now=NOW)) == ["q2", "q3", "q4"]
    assert review_queue.study_more_new(bank, ann.id, 1, now=NOW + timedelta(hours=1)) == 4
    # Then today's limit grows by four for her alone, and tomorrow is as before
    assert review_queue.queue_counts(bank, ann.id, now=NOW).new == 4
    assert review_queue.queue_counts(bank, bo.id, now=NOW).new == 2
    tomorrow = NOW + timedelta(days=1)
    assert review_queue.queue_counts(bank, ann.id, now=tomorrow).allowed == 2
    assert review_queue.study_more_new(bank, ann.id, 2, now=tomorrow) == 2  # yesterday's extra gone
    with pytest.raises(QuizappError, match="at least one"):
        review_queue.study_more_new(bank, ann.id, 0, now=NOW)


def test_new_cards_interleave_their_kinds_in_a_fixed_order(bank: Bank) -> None:
    # Given a set written as six multiple-choice questions, then three true/false, two typed
    kinds = ["multiple_choice"] * 6 + ["true_false"] * 3 + ["short_answer"] * 2
    questions = [
        QuestionData(uid=f"q{i}", kind=kind, prompt=f"Question {i}?",
                     answer="true" if kind == "true_false" else f"a{i}",  # no two alike
                     choices=[f"a{i}", "b", "c"] if kind == "multiple_choice" else None)
        for i, kind in enumerate(kinds)
    ]  # fmt: skip
    sets.add_set(bank, SetData(name="Mixed", questions=questions))
    ann = learners.create_learner(bank, "Ann", timezone="UTC")
    # When her first review is built, twice
    queue = review_queue.study_queue(bank, ann.id, now=NOW)
    assert ids(queue) == ids(review_queue.study_queue(bank, ann.id, now=NOW))
    # Then no kind comes more than twice in a row, and each kind keeps the set's order
    shown = [item.question.kind for item in queue]
    assert sorted(shown) == sorted(kinds)
    assert all(len({*shown[i : i + 3]}) > 1 for i in range(len(shown) - 2))
    for kind in set(kinds):
        asked = [item.question.uid for item in queue if item.question.kind == kind]
        assert asked == sorted(asked, key=lambda uid: int(uid[1:]))
    # And with three new cards a day, the first three are not the first three of the file
    bo = learners.create_learner(bank, "Bo", timezone="UTC", new_per_day=3)
    first_day = review_queue.study_queue(bank, bo.id, now=NOW)
    assert [i.question.kind for i in first_day] == ["multiple_choice", "true_false",
                                                   "multiple_choice"]  # fmt: skip


def test_counts_kept_by_answers_agree_with_a_fresh_count(bank: Bank) -> None:
    # Given a learner with three new cards a day, a day into a ten-question set
    set_id = add_set(bank, n=10)
    ann = learners.create_learner(bank, "Ann", timezone="UTC", new_per_day=3)
    rng = random.Random(5)
    for day in range(3):
        at = NOW + timedelta(days=day)
        counts = review_queue.queue_counts(bank, ann.id, now=at, set_id=set_id)
        # When each card of the session is answered and the counts follow the answers only
        for step in range(12):
            queue = review_queue.study_queue(bank, ann.id, now=at, set_id=set_id)
            if not queue:
                break
            item = queue[0]
            result = review_queue.record_answer(
                bank,
                ann.id,
                item.question_id,
                Answer(
                    rating=rng.choice([1, 3, 4]),
                    response="x",
                    correct=True,
                    duration_ms=900,
                    time=at,
                ),
            )
            counts = review_queue.counts_after(counts, item, result)
            at += timedelta(minutes=11 + step)
            # Then they are what the bank counts afresh
            fresh = review_queue.queue_counts(bank, ann.id, now=at, set_id=set_id)
            assert (counts.total, counts.due, counts.new) == (fresh.total, fresh.due, fresh.new)


def test_the_queue_says_which_questions_have_their_article(bank: Bank) -> None:
    from quizapp.questiondata import ArticleData

    # Given a set with its article, and a set without one
    with_article = SetData(
        name="Read", questions=[QuestionData(uid="a", kind="short_answer", prompt="A?",
                                              answer="a", source="A is a.")],
        article=ArticleData(title="On A", source="a.txt", text="A is a. B is b."),
    )  # fmt: skip
    sets.add_set(bank, with_article)
    add_set(bank, n=1)
    ann = learners.create_learner(bank, "Ann")
    # When the queue is built, then each item knows without loading the article
    queue = review_queue.study_queue(bank, ann.id, now=NOW)
    assert {item.question.uid: item.has_article for item in queue} == {"a": True, "q0": False}
