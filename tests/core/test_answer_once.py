"""An answer is recorded once, however often it is retried; a lost server is one clear error.

A client makes an id per answer and retries with the same id (after a refused write,
or after a server that committed the answer but whose acknowledgement never arrived):
the unique index on the recent answer ids keeps the second copy out, on both engines.
The ids are kept a week beside their review rows, not in the review log.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from quizapp.content import sets
from quizapp.questiondata import QuestionData, SetData
from quizapp.store.bank import Bank, open_bank
from quizapp.store.server import ServerUnreachableError
from quizapp.study import answer_once, answering, learners, review_queue
from quizapp.study.answering import Answer

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def ready(bank: Bank) -> tuple[int, int]:
    """A learner and the id of one question of a new set."""
    question = QuestionData(uid="q1", kind="short_answer", prompt="Q?", answer="a")
    sets.add_set(bank, SetData(name="Rivers", questions=[question]))
    learner = learners.create_learner(bank, "ann").id
    return learner, review_queue.study_queue(bank, learner, now=NOW)[0].question_id


def counts(bank: Bank) -> tuple[int, int, int]:
    """Review rows, the card's answers and the day's answers."""
    with bank.engine.connect() as conn:
        return (
            conn.execute(text("SELECT count(*) FROM reviewlog")).scalar_one(),
            conn.execute(text("SELECT coalesce(sum(answers), 0) FROM cardstate")).scalar_one(),
            conn.execute(text("SELECT coalesce(sum(answers), 0) FROM studyday")).scalar_one(),
        )


def answer(bank: Bank, learner: int, question: int, answer_id: str, when: datetime) -> Any:
    return answer_once.record_answer_once(
        bank,
        learner,
        question,
        Answer(rating=3, response="a", correct=True, duration_ms=1200, time=when),
        answer_id=answer_id,
    )


@pytest.mark.both_engines
def test_a_retried_answer_is_recorded_once(bank: Bank) -> None:
    # Given an answer recorded under the id its client made
    learner, question = ready(bank)
    first = answer(bank, learner, question, "answer-1", NOW)
    # When the client sends it again (its acknowledgement was lost), a little later
    again = answer(bank, learner, question, "answer-1", NOW + timedelta(seconds=5))
    # Then the bank holds it once: one review, the card moved once, the day counted once
    assert counts(bank) == (1, 1, 1)
    assert again.review_id == first.review_id and again.due == first.due
    # And a new answer (a new id) is recorded as usual
    answer(bank, learner, question, "answer-2", NOW + timedelta(days=3))
    assert counts(bank) == (2, 2, 2)


@pytest.mark.both_engines
def test_the_bank_itself_refuses_a_second_row_with_the_same_answer_id(bank: Bank) -> None:
    learner, question = ready(bank)
    answer(bank, learner, question, "answer-1", NOW)
    copy = text(
        "INSERT INTO reviewlog (learner_id, question_id, response, correct, duration_ms, rating,"
        " reviewed_at) VALUES (:l, :q, '', true, 0, 3, :t) RETURNING id"
    )
    same_id = text(
        "INSERT INTO recentanswer (review_id, answer_id, learner_id, made_at)"
        " VALUES (:r, 'answer-1', :l, 0)"
    )
    with pytest.raises(IntegrityError), bank.engine.begin() as conn:
        review_id = conn.execute(copy, {"l": learner, "q": question, "t": NOW}).scalar_one()
        conn.execute(same_id, {"r": review_id, "l": learner})
    assert counts(bank)[0] == 1  # the whole transaction went back, its review row too


@pytest.mark.both_engines
def test_undoing_an_answer_forgets_its_id(bank: Bank) -> None:
    # Given an answer recorded under an id, then taken back
    learner, question = ready(bank)
    answer(bank, learner, question, "answer-1", NOW)
    assert review_queue.undo_last(bank, learner) == question
    assert counts(bank) == (0, 0, 0) and recent_ids(bank) == []
    # When the same id comes again, it is a new answer (not the one taken back), kept once
    again = answer(bank, learner, question, "answer-1", NOW + timedelta(minutes=1))
    assert counts(bank) == (1, 1, 1) and recent_ids(bank) == ["answer-1"]
    assert answer(bank, learner, question, "answer-1", NOW).review_id == again.review_id


def recent_ids(bank: Bank) -> list[str]:
    with bank.engine.connect() as conn:
        rows = conn.execute(text("SELECT answer_id FROM recentanswer ORDER BY review_id"))
        return [r[0] for r in rows]


def test_ids_older_than_a_week_are_forgotten_as_answers_go_in(bank: Bank) -> None:
    # Given a learner who answers once a day for a year, each answer under its own id
    learner, question = ready(bank)
    days = 365
    for day in range(days):
        answer(bank, learner, question, f"answer-{day}", NOW + timedelta(days=day))
    # Then every answer is in the review log, but only the recent ids are kept: at most
    # a week's and those since the last clearing (every PRUNE_EVERY-th review row)
    assert counts(bank)[0] == days
    kept = recent_ids(bank)
    assert len(kept) <= answering.RECENT_ANSWERS.days + answering.PRUNE_EVERY
    assert kept == [f"answer-{day}" for day in range(days - len(kept), days)]
    # And a retry within the week is still recorded once
    last = answer(bank, learner, question, f"answer-{days - 1}", NOW + timedelta(days=days))
    assert counts(bank)[0] == days and last.review_id == days


@pytest.mark.slow
def test_a_server_lost_mid_review_is_one_clear_error_and_the_retry_counts_once(
    pg_cluster: Any,
) -> None:
    with pg_cluster.fresh_database() as url:
        bank, idle = open_bank(url), open_bank(url)
        try:
            learner, question = ready(bank)
            answer(bank, learner, question, "answer-1", NOW)
            assert learners.list_learners(idle)  # a pooled connection, then idle
            # When the server goes away between two answers (every connection cut)
            with pg_cluster.stopped(), pytest.raises(ServerUnreachableError) as lost:
                answer(bank, learner, question, "answer-2", NOW + timedelta(days=3))
            # Then the error names the server and says it cannot be reached, in one line
            message = str(lost.value)
            assert message.startswith(f"the class server {pg_cluster.socket_dir}:")
            assert "cannot be reached" in message and "\n" not in message
            # And once it is back, the same answer goes in once (the earlier one is kept)
            answer(bank, learner, question, "answer-2", NOW + timedelta(days=3))
            answer(bank, learner, question, "answer-2", NOW + timedelta(days=3))
            assert counts(bank) == (2, 2, 2)
            # And a bank idle meanwhile just replaces its dropped connection
            assert [x.name for x in learners.list_learners(idle)] == ["ann"]
        finally:
            bank.close()
            idle.close()
