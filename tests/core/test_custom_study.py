"""Custom study: what each session selects, and that practice never moves a card."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from fsrs import Rating
from sqlalchemy import select, update

from quizapp.cli.study import stats_json
from quizapp.content import sets
from quizapp.errors import QuizappError
from quizapp.questiondata import QuestionData, SetData
from quizapp.store.bank import Bank
from quizapp.study import custom_study, flags, learners, review_queue, scheduler, stats, summaries
from quizapp.study.custom_study import CustomKind, CustomStudy
from quizapp.study.studydb import CARDS, DAYS, QUESTIONS, learner_settings

pytestmark = pytest.mark.both_engines  # every test here runs on SQLite and PostgreSQL

NOW = datetime(2026, 1, 12, 10, 0, tzinfo=UTC)  # Ann's day (UTC, starts 4:00) ends 13 Jan 4:00


def add_set(bank: Bank, name: str, n: int = 5, tags: dict[int, list[str]] | None = None) -> int:
    questions = [
        QuestionData(uid=f"q{i}", kind="short_answer", prompt=f"{name} {i}?",
                     answer=f"{name} answer {i}", tags=(tags or {}).get(i, []))
        for i in range(n)
    ]  # fmt: skip
    return sets.add_set(bank, SetData(name=name, questions=questions)).id


def qid(bank: Bank, set_id: int, uid: str) -> int:
    with bank.engine.connect() as conn:
        q = QUESTIONS.c
        return int(conn.execute(select(q.id).where(q.set_id == set_id, q.uid == uid)).scalar_one())


def answer(
    bank: Bank, who: int, question_id: int, at: datetime, *, rating: int = 3, right: bool = True
) -> review_queue.AnswerResult:
    return review_queue.record_answer(
        bank, who, question_id, review_queue.Answer(rating, "x", right, 2000, at)
    )


def uids(items: list[review_queue.StudyItem]) -> list[str]:
    return [f"{item.set_name}:{item.question.uid}" for item in items]


def set_due(bank: Bank, who: int, question_id: int, due: datetime) -> None:
    with bank.engine.begin() as conn:
        conn.execute(
            update(CARDS)
            .where(CARDS.c.learner_id == who, CARDS.c.question_id == question_id)
            .values(due=due)
        )


def cards(bank: Bank, who: int) -> list[tuple[object, ...]]:
    with bank.engine.connect() as conn:
        c = CARDS.c
        query = select(c.question_id, c.state, c.step, c.stability, c.difficulty, c.due,
                       c.last_review, c.answers, c.correct).where(c.learner_id == who)  # fmt: skip
        return sorted(tuple(row) for row in conn.execute(query))


def test_review_ahead_takes_the_cards_due_in_the_next_days_soonest_first(bank: Bank) -> None:
    # Given Ann's five cards of Capitals, learnt, and due at different times
    capitals = add_set(bank, "Capitals")
    ann = learners.create_learner(bank, "Ann", timezone="UTC").id
    due = {"q0": NOW + timedelta(hours=2), "q1": NOW + timedelta(days=3),
           "q2": NOW + timedelta(days=1), "q3": NOW + timedelta(days=4),
           "q4": NOW + timedelta(days=1, hours=1)}  # fmt: skip
    for uid, when in due.items():
        answer(bank, ann, qid(bank, capitals, uid), NOW - timedelta(days=1))
        set_due(bank, ann, qid(bank, capitals, uid), when)
    flags.set_suspended(bank, ann, [qid(bank, capitals, "q4")], True)
    # When she reviews 3 days ahead
    ahead = CustomStudy(CustomKind.AHEAD, set_id=capitals, days=3)
    items = custom_study.session_items(bank, ann, ahead, now=NOW)
    # Then she gets the cards due tomorrow to the 15th, soonest first: not today's (Review's),
    # not the 16th's, not the suspended one
    assert uids(items) == ["Capitals:q2", "Capitals:q1"]
    assert custom_study.count(bank, ann, ahead, now=NOW) == 2
    assert ahead.title() == "Review ahead: 3 days" and ahead.practice
    # and one day ahead is tomorrow only
    one_day = CustomStudy(CustomKind.AHEAD, days=1)
    assert uids(custom_study.session_items(bank, ann, one_day, now=NOW)) == ["Capitals:q2"]


def test_missed_takes_the_questions_answered_wrong_in_the_last_days(bank: Bank) -> None:
    # Given answers to Capitals and Rivers, some wrong, over the last ten days
    capitals, rivers = add_set(bank, "Capitals"), add_set(bank, "Rivers")
    ann = learners.create_learner(bank, "Ann", timezone="UTC").id
    bob = learners.create_learner(bank, "Bob", timezone="UTC").id
    answer(bank, ann, qid(bank, capitals, "q3"), NOW - timedelta(days=9), rating=1, right=False)
    answer(bank, ann, qid(bank, capitals, "q1"), NOW - timedelta(days=5), rating=1, right=False)
    answer(bank, ann, qid(bank, capitals, "q2"), NOW - timedelta(hours=1), rating=3, right=True)
    answer(bank, ann, qid(bank, rivers, "q0"), NOW - timedelta(hours=2), rating=1, right=False)
    answer(bank, bob, qid(bank, capitals, "q4"), NOW - timedelta(hours=2), rating=1, right=False)
    # When Ann practises what she missed in the last 7 days, over all sets
    missed = CustomStudy(CustomKind.MISSED, days=7)
    items = custom_study.session_items(bank, ann, missed, now=NOW)
    # Then she gets her own wrong answers of the window, in set order
    assert uids(items) == ["Capitals:q1", "Rivers:q0"]
    # and over one set, or today only, fewer
    in_rivers = CustomStudy(CustomKind.MISSED, set_id=rivers, days=7)
    assert uids(custom_study.session_items(bank, ann, in_rivers, now=NOW)) == ["Rivers:q0"]
    today = CustomStudy(CustomKind.MISSED, days=1)
    assert uids(custom_study.session_items(bank, ann, today, now=NOW)) == ["Rivers:q0"]
    assert today.title() == "Practice: missed today"
    assert missed.title() == "Practice: missed in the last 7 days"


def test_starred_and_tag_take_new_and_learnt_questions_not_held_ones(bank: Bank) -> None:
    # Given two sets with tags in mixed case, Ann's stars, and a buried question
    capitals = add_set(bank, "Capitals", tags={0: ["Dates"], 2: ["dates", "war"], 3: ["war"]})
    rivers = add_set(bank, "Rivers", tags={1: ["DATES"]})
    ann = learners.create_learner(bank, "Ann", timezone="UTC").id
    answer(bank, ann, qid(bank, capitals, "q2"), NOW - timedelta(days=1))
    flags.set_starred(bank, ann, [qid(bank, rivers, "q4"), qid(bank, capitals, "q2")], True)
    flags.set_starred(bank, ann, [qid(bank, capitals, "q0")], True)
    flags.bury(bank, ann, [qid(bank, capitals, "q0")], now=NOW)
    # Then starred gives her stars that are not buried, in set order, new ones new
    starred = custom_study.session_items(bank, ann, CustomStudy(CustomKind.STARRED), now=NOW)
    assert uids(starred) == ["Capitals:q2", "Rivers:q4"]
    assert [item.is_new for item in starred] == [False, True]
    # and a tag matches in any case, over all sets or one
    tag = CustomStudy(CustomKind.TAG, tag="dates")
    assert uids(custom_study.session_items(bank, ann, tag, now=NOW)) == [
        "Capitals:q2", "Rivers:q1"
    ]  # fmt: skip
    in_capitals = CustomStudy(CustomKind.TAG, set_id=capitals, tag="WAR")
    assert uids(custom_study.session_items(bank, ann, in_capitals, now=NOW)) == [
        "Capitals:q2", "Capitals:q3"
    ]  # fmt: skip
    assert tag.title() == "Practice: tag dates"
    # and a session asks at most its limit, the first ones in its order
    first = custom_study.session_items(bank, ann, tag, now=NOW, limit=1)
    assert uids(first) == ["Capitals:q2"]
    assert custom_study.count(bank, ann, tag, now=NOW) == 2  # the dialog says how many in all
    # and the tags offered are each spelling once, sorted
    assert custom_study.tags(bank, None) == ["Dates", "war"]
    assert custom_study.tags(bank, rivers) == ["DATES"]


def test_practice_moves_no_card_and_counts_as_practice_only(bank: Bank) -> None:
    # Given Ann with two learnt cards (one due today) and a starred new question
    capitals = add_set(bank, "Capitals")
    ann = learners.create_learner(bank, "Ann", timezone="UTC").id
    for uid in ("q0", "q1"):
        answer(bank, ann, qid(bank, capitals, uid), NOW - timedelta(days=3))
    set_due(bank, ann, qid(bank, capitals, "q0"), NOW - timedelta(hours=1))
    flags.set_starred(bank, ann, [qid(bank, capitals, u) for u in ("q0", "q1", "q4")], True)
    before_cards = cards(bank, ann)
    before_counts = review_queue.queue_counts(bank, ann, now=NOW)
    before = stats.learner_stats(bank, ann, now=NOW)
    # When she practises her starred questions, answering each wrong, then one right
    custom = CustomStudy(CustomKind.STARRED)
    items = custom_study.session_items(bank, ann, custom, now=NOW)
    assert uids(items) == ["Capitals:q0", "Capitals:q1", "Capitals:q4"]
    for n, item in enumerate([*items, items[0]]):
        rating = custom_study.rating(custom, 1 if n < 3 else 3)
        answer(bank, ann, item.question_id, NOW + timedelta(minutes=n), rating=rating,
               right=n == 3)  # fmt: skip
    # Then no card moved, none was made for the new question, and the counts are as they were
    assert cards(bank, ann) == before_cards
    assert review_queue.queue_counts(bank, ann, now=NOW) == before_counts
    assert "Capitals:q0" in uids(review_queue.study_queue(bank, ann, now=NOW))  # still due
    # and the statistics count four practice answers, none a scheduled review
    after = stats.learner_stats(bank, ann, now=NOW)
    assert after.practice == stats.Practice(today=4, total=4)
    assert after.totals.answers == before.totals.answers + 4
    assert after.true_retention == before.true_retention
    assert after.accuracy_by_kind == before.accuracy_by_kind
    assert after.forecast == before.forecast and after.counts == before.counts
    assert stats_json(after)["practice"] == {"today": 4, "total": 4}
    # and tomorrow the practice is no longer today's
    assert stats.learner_stats(bank, ann, now=NOW + timedelta(days=1)).practice.today == 0


def test_undo_and_rebuild_keep_the_practice_count(bank: Bank) -> None:
    # Given two practice answers of Ann's
    capitals = add_set(bank, "Capitals")
    ann = learners.create_learner(bank, "Ann", timezone="UTC").id
    answer(bank, ann, qid(bank, capitals, "q0"), NOW, rating=0, right=False)
    answer(bank, ann, qid(bank, capitals, "q1"), NOW, rating=0, right=True)
    assert stats.learner_stats(bank, ann, now=NOW).practice.total == 2
    # When the last one is taken back
    assert review_queue.undo_last(bank, ann) == qid(bank, capitals, "q1")
    # Then one practice answer is left, and rebuilding from the log finds the same
    assert stats.learner_stats(bank, ann, now=NOW).practice == stats.Practice(1, 1)
    with bank.engine.begin() as conn:
        ls = learner_settings(conn, ann)
        kept = list(conn.execute(select(DAYS)).all())
        summaries.rebuild(conn, ann, timezone=ls.timezone, day_start_hour=ls.day_start_hour)
        assert list(conn.execute(select(DAYS)).all()) == kept
    # and a rating of 0 inside a quiz attempt (a retry of the missed ones) is practice too
    assert summaries.is_practice(0, None) and summaries.is_practice(0, 7)
    assert not summaries.is_practice(3, None) and not summaries.is_practice(3, 7)


def test_reschedule_answers_normally_and_fsrs_takes_an_early_answer(bank: Bank) -> None:
    # Given Ann's card in review, due in three days
    capitals = add_set(bank, "Capitals")
    ann = learners.create_learner(bank, "Ann", timezone="UTC").id
    question = qid(bank, capitals, "q0")
    answer(bank, ann, question, NOW - timedelta(days=10))
    answer(bank, ann, question, NOW - timedelta(days=9))
    set_due(bank, ann, question, NOW + timedelta(days=3))
    card = review_queue.current_card(bank, ann, question)
    assert card is not None and card.state == 2
    retention = stats.learner_stats(bank, ann, now=NOW).true_retention
    # When she reviews ahead, asking to reschedule, and answers Good now
    custom = CustomStudy(CustomKind.AHEAD, days=3, reschedule=True)
    assert not custom.practice and custom.mode() == "Your answers reschedule these cards"
    [item] = custom_study.session_items(bank, ann, custom, now=NOW)
    answer(bank, ann, item.question_id, NOW, rating=custom_study.rating(custom, int(Rating.Good)))
    # Then the card moved as fsrs moves a card answered now, three days early: it gains
    # less stability than on its due day
    moved = review_queue.current_card(bank, ann, question)
    assert moved is not None and moved.last_review == NOW
    sched = scheduler.scheduler_for(0.9, None, fuzz=False)
    early = scheduler.review(sched, card, int(Rating.Good), NOW)
    on_time = scheduler.review(sched, card, int(Rating.Good), card.due)
    assert moved.stability == pytest.approx(early.stability)
    assert early.stability is not None and on_time.stability is not None
    assert early.stability < on_time.stability
    # and an early answer is not a due review: true retention is as it was, no practice
    after = stats.learner_stats(bank, ann, now=NOW)
    assert after.true_retention == retention and after.practice.total == 0


def test_more_new_raises_todays_limit_and_gives_the_usual_queue(bank: Bank) -> None:
    # Given Ann, who started her two new cards of today out of five
    capitals = add_set(bank, "Capitals")
    ann = learners.create_learner(bank, "Ann", timezone="UTC", new_per_day=2).id
    for item in review_queue.study_queue(bank, ann, now=NOW, set_id=capitals):
        answer(bank, ann, item.question_id, NOW)
    more = CustomStudy(CustomKind.MORE_NEW, set_id=capitals, more_new=2)
    assert custom_study.count(bank, ann, more, now=NOW) == 2
    # When she studies two more new cards today
    assert custom_study.add_new_cards(bank, ann, more, now=NOW) == 2
    items = review_queue.study_queue(bank, ann, now=NOW, set_id=capitals)
    # Then the usual queue holds two new ones, and her answers schedule them
    assert [item.question.uid for item in items if item.is_new] == ["q2", "q3"]
    assert not more.practice and custom_study.rating(more, 3) == 3
    assert custom_study.count(bank, ann, more, now=NOW) == 0  # still two to start first


@pytest.mark.parametrize(
    ("custom", "message"),
    [
        (CustomStudy(CustomKind.AHEAD, days=0), "choose 1 to 365 days, not 0"),
        (CustomStudy(CustomKind.MISSED, days=400), "choose 1 to 365 days, not 400"),
        (CustomStudy(CustomKind.TAG, tag="  "), "choose a tag to practise"),
        (CustomStudy(CustomKind.MORE_NEW, more_new=0), "study 1 to 9999 more new cards, not 0"),
    ],
)
def test_a_choice_that_makes_no_session_is_refused_in_one_line(
    bank: Bank, custom: CustomStudy, message: str
) -> None:
    ann = learners.create_learner(bank, "Ann", timezone="UTC").id
    with pytest.raises(QuizappError, match=f"^{message}$"):
        custom_study.count(bank, ann, custom, now=NOW)  # what the dialog asks at each change
