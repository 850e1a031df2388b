"""One meaning of "due": the home's fast SQL, the queue, the class report and statistics agree.

The one meaning leaves out the cards a learner holds back (suspended or buried).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fsrs import Rating
from sqlalchemy import text

from quizapp.content import sets
from quizapp.questiondata import QuestionData, SetData
from quizapp.startup import open_app_bank
from quizapp.store.bank import Bank
from quizapp.study import flags, learners, quickview, review_queue, stats, teacher_report
from quizapp.study.answering import Answer

NOW = datetime(2026, 1, 12, 10, 0, tzinfo=UTC)
REVIEW, LEARNING = 2, 1  # fsrs states
# (state, due relative to NOW) for the cards of each learner, one question each
CARDS = [
    (REVIEW, -timedelta(days=3)),  # overdue
    (REVIEW, timedelta(hours=1)),  # due later today
    (REVIEW, timedelta(days=2)),  # not today
    (LEARNING, -timedelta(minutes=1)),  # its step has come
    (LEARNING, timedelta(minutes=30)),  # later today
    (LEARNING, timedelta(days=1, hours=1)),  # after the end of the day
    (REVIEW, timedelta(hours=12)),  # today in London (the day ends at 04:00), not in Tokyo
]


def add_set(bank: Bank, name: str, n: int) -> int:
    questions = [
        QuestionData(uid=f"{name}{i}", kind="short_answer", prompt=f"{name} {i}?", answer="x")
        for i in range(n)
    ]
    return sets.add_set(bank, SetData(name=name, questions=questions)).id


def question_ids_of(bank: Bank, set_id: int) -> list[int]:
    with bank.engine.connect() as conn:
        found = conn.execute(
            text("SELECT id FROM question WHERE set_id = :s ORDER BY position"), {"s": set_id}
        )
        return [row.id for row in found]


def give_cards(bank: Bank, learner_id: int, set_id: int) -> None:
    """Answers the set's first questions, then sets each card's state and due time."""
    question_ids = question_ids_of(bank, set_id)
    for question_id, (state, offset) in zip(question_ids, CARDS, strict=False):
        review_queue.record_answer(
            bank,
            learner_id,
            question_id,
            Answer(
                rating=int(Rating.Good),
                response="x",
                correct=True,
                duration_ms=1000,
                time=NOW - timedelta(days=5),
            ),
        )
        with bank.engine.begin() as conn:
            conn.execute(
                text("UPDATE cardstate SET state = :s, due = :d"
                     " WHERE learner_id = :l AND question_id = :q"),
                {"s": state, "d": quickview.sql_time(NOW + offset), "l": learner_id,
                 "q": question_id},
            )  # fmt: skip


def test_every_count_of_due_agrees_with_the_home_screens_fast_sql(tmp_path: Path) -> None:
    # Given two learners on different clocks, with cards due before, during and after today
    db = tmp_path / "bank.sqlite3"
    bank = open_app_bank(db)
    capitals, rivers = add_set(bank, "Capitals", 8), add_set(bank, "Rivers", 4)
    ann = learners.create_learner(bank, "Ann", timezone="UTC", new_per_day=3)
    # At NOW it is 10:00 in UTC, 19:00 in Tokyo; both days end at 04:00 (18 h and 9 h later)
    kenji = learners.create_learner(bank, "Kenji", timezone="Asia/Tokyo", new_per_day=10)
    for who in (ann, kenji):
        give_cards(bank, who.id, capitals)
    give_cards(bank, ann.id, rivers)
    # Ann holds back two cards due today and the one question of Capitals she never saw
    held = question_ids_of(bank, capitals)
    flags.set_suspended(bank, ann.id, [held[0], held[7]], True)  # overdue; unseen
    flags.bury(bank, ann.id, [held[3]], now=NOW)  # a learning step that has come
    report = {s: teacher_report.set_report(bank, s, now=NOW) for s in (capitals, rivers)}
    for who, expected in ((ann, {capitals: 3, rivers: 3}), (kenji, {capitals: 4, rivers: 0})):
        # When the home screen reads the bank file with plain sqlite3, before anything else
        fast = quickview.read_home(db, who.name, NOW)
        assert fast is not None
        home = {row.set_id: (row.due, row.new) for row in fast.rows}
        service = review_queue.counts_by_set(bank, who.id, now=NOW)
        for set_id, due in expected.items():
            # Then the home, the review queue's counts, the class report and the statistics
            # all count the same cards due today
            counts = review_queue.queue_counts(bank, who.id, now=NOW, set_id=set_id)
            learner_row = next(p for p in report[set_id].learners if p.learner_id == who.id)
            forecast = stats.learner_stats(bank, who.id, now=NOW, set_id=set_id).forecast
            assert home[set_id] == (due, counts.new)  # Ann's held unseen one is not new
            assert (service[set_id].due, service[set_id].new) == (due, counts.new)
            assert (counts.due, learner_row.due, forecast[0].due) == (due, due, due)
        assert fast.new_allowed == service[capitals].allowed
    bank.close()


def test_due_now_is_the_part_of_due_today_the_queue_asks_at_once(bank: Bank) -> None:
    set_id = add_set(bank, "Capitals", 8)
    ann = learners.create_learner(bank, "Ann", timezone="UTC", new_per_day=0)
    give_cards(bank, ann.id, set_id)
    counts = review_queue.queue_counts(bank, ann.id, now=NOW, set_id=set_id)
    queue = review_queue.study_queue(bank, ann.id, now=NOW, set_id=set_id)
    assert (counts.due, counts.due_now) == (5, 4)  # reviews due today are asked at once
    assert len(queue) == counts.due_now + counts.new


@pytest.mark.both_engines
def test_held_cards_are_left_out_alike_by_the_plain_sql_and_the_services(bank: Bank) -> None:
    # Given a learner who suspended one card due today and buried another
    set_id = add_set(bank, "Capitals", 8)
    ann = learners.create_learner(bank, "Ann", timezone="UTC", new_per_day=3)
    give_cards(bank, ann.id, set_id)
    ids = question_ids_of(bank, set_id)
    flags.set_suspended(bank, ann.id, [ids[0], ids[7]], True)  # overdue; never seen
    flags.bury(bank, ann.id, [ids[1]], now=NOW)  # due later today
    # When every count of due reads the bank (the plain SQL runs through SQLAlchemy here)
    plain = review_queue.counts_by_set(bank, ann.id, now=NOW)[set_id]
    counts = review_queue.queue_counts(bank, ann.id, now=NOW, set_id=set_id)
    report = teacher_report.set_report(bank, set_id, now=NOW).learners
    forecast = stats.learner_stats(bank, ann.id, now=NOW, set_id=set_id).forecast
    # Then all leave out the two held cards and the held new question, on either engine
    assert (plain.due, plain.due_now, plain.new) == (counts.due, counts.due_now, counts.new)
    assert (plain.due, plain.new) == (3, 0)
    assert next(p.due for p in report if p.learner_id == ann.id) == 3
    assert forecast[0].due == 3
