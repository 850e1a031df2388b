"""Quiz attempts: start, answer (scheduling the card), finish with a score, retry the missed."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from quizapp.content import sets
from quizapp.errors import QuizappError
from quizapp.questiondata import QuestionData, SetData
from quizapp.store.bank import Bank
from quizapp.store.models import CardState, QuizAttempt, ReviewLog
from quizapp.study import learners, quiz, review_queue
from quizapp.study.answering import Answer
from quizapp.study.grading import auto_rating, check_answer

pytestmark = pytest.mark.both_engines  # every test here runs on SQLite and PostgreSQL

NOW = datetime(2026, 2, 3, 15, 0, tzinfo=UTC)


@pytest.fixture
def set_id(bank: Bank) -> int:
    questions = [
        QuestionData(uid=f"n{i}", kind="numeric", prompt=f"{i} times 10?", answer=str(i * 10))
        for i in range(1, 6)
    ]
    return sets.add_set(bank, SetData(name="Tens", questions=questions)).id


def answer_all(bank: Bank, run: quiz.QuizRun, wrong: set[str], at: datetime) -> None:
    for item in run.items:
        response = "0" if item.question.uid in wrong else item.question.answer
        verdict = check_answer(item.question, response)
        quiz.record_quiz_answer(
            bank,
            run.attempt_id,
            item.question_id,
            Answer(
                rating=auto_rating(item.question.kind, verdict.correct, 12_000),
                response=response,
                correct=verdict.correct,
                duration_ms=12_000,
                time=at,
            ),
        )


def test_quiz_scores_and_schedules(bank: Bank, set_id: int) -> None:
    ann = learners.create_learner(bank, "Ann")
    run = quiz.start_quiz(bank, ann.id, set_id=set_id, size=4, now=NOW, rng=random.Random(5))
    assert len(run.items) == 4 and len({i.question_id for i in run.items}) == 4
    missed = run.items[1].question.uid
    answer_all(bank, run, {missed}, NOW + timedelta(seconds=30))
    result = quiz.finish_quiz(bank, run.attempt_id, now=NOW + timedelta(minutes=2))
    assert (result.score, result.total, result.percent) == (3, 4, 75.0)
    assert result.duration == timedelta(minutes=2)
    wrong = [a for a in result.answers if not a.correct]
    assert len(wrong) == 1 and wrong[0].response == "0" and wrong[0].answered
    assert [a.question_id for a in result.answers] == [i.question_id for i in run.items]
    with bank.session() as s:
        assert len(s.exec(select(CardState)).all()) == 4  # every answer scheduled its card
        attempt = s.get(QuizAttempt, run.attempt_id)
        assert attempt is not None and attempt.correct == 3 and attempt.finished_at is not None
        assert {r.attempt_id for r in s.exec(select(ReviewLog)).scalars()} == {run.attempt_id}


def test_unanswered_questions_count_as_missed_and_retry(bank: Bank, set_id: int) -> None:
    ann = learners.create_learner(bank, "Ann")
    run = quiz.start_quiz(bank, ann.id, set_id=set_id, size=10, now=NOW)
    assert len(run.items) == 5  # the whole set
    first = quiz.QuizRun(run.attempt_id, run.items[:3])
    answer_all(bank, first, {run.items[0].question.uid}, NOW)
    result = quiz.finish_quiz(bank, run.attempt_id, now=NOW + timedelta(minutes=1))
    assert result.score == 2 and result.total == 5
    retry = quiz.retry_missed(bank, run.attempt_id, now=NOW + timedelta(minutes=2))
    assert retry is not None and retry.retry_of == run.attempt_id
    assert [i.question_id for i in retry.items] == result.missed
    with bank.session() as s:
        before = [(c.question_id, c.due) for c in s.exec(select(CardState)).scalars()]
    answer_all(bank, retry, set(), NOW + timedelta(minutes=3))
    with bank.session() as s:  # a retry logs the answers without moving the cards
        assert [(c.question_id, c.due) for c in s.exec(select(CardState)).scalars()] == before
        ratings = s.exec(select(ReviewLog.rating).where(ReviewLog.attempt_id == retry.attempt_id))
        assert set(ratings.scalars()) == {0}
    again = quiz.finish_quiz(bank, retry.attempt_id, now=NOW + timedelta(minutes=4))
    assert again.score == again.total == 3
    assert quiz.retry_missed(bank, retry.attempt_id, now=NOW) is None


def test_quiz_refuses_bad_requests(bank: Bank, set_id: int) -> None:
    ann = learners.create_learner(bank, "Ann")
    with pytest.raises(QuizappError, match="at least one"):
        quiz.start_quiz(bank, ann.id, set_id=set_id, size=0, now=NOW)
    run = quiz.start_quiz(bank, ann.id, set_id=set_id, size=2, now=NOW)
    outside = next(qid for qid in range(1, 7) if qid not in {i.question_id for i in run.items})
    answer = Answer(rating=3, response="1", correct=True, duration_ms=1, time=NOW)
    with pytest.raises(QuizappError, match="not part"):
        quiz.record_quiz_answer(bank, run.attempt_id, outside, answer)
    quiz.record_quiz_answer(bank, run.attempt_id, run.items[0].question_id, answer)
    with pytest.raises(QuizappError, match="already answered"):
        quiz.record_quiz_answer(bank, run.attempt_id, run.items[0].question_id, answer)
    result = quiz.finish_quiz(bank, run.attempt_id, now=NOW)
    with pytest.raises(QuizappError, match="finished"):
        quiz.record_quiz_answer(bank, run.attempt_id, run.items[1].question_id, answer)
    assert result.score == 1


def test_undo_takes_back_only_the_running_quizs_last_answer(bank: Bank, set_id: int) -> None:
    ada = learners.create_learner(bank, "Ada", timezone="UTC")
    run = quiz.start_quiz(bank, ada.id, set_id=set_id, size=2, now=NOW)
    first = run.items[0].question_id
    quiz.record_quiz_answer(
        bank,
        run.attempt_id,
        first,
        Answer(rating=1, response="x", correct=False, duration_ms=900, time=NOW),
    )
    # The quiz's last answer goes, and the card is new again
    assert quiz.undo_quiz_answer(bank, run.attempt_id) == first
    assert review_queue.current_card(bank, ada.id, first) is None
    assert quiz.undo_quiz_answer(bank, run.attempt_id) is None  # nothing left
    # An answer given since (here a review outside the quiz) is not the quiz's to take back
    quiz.record_quiz_answer(
        bank,
        run.attempt_id,
        first,
        Answer(rating=3, response="y", correct=True, duration_ms=900, time=NOW),
    )
    other = run.items[1].question_id
    review_queue.record_answer(
        bank, ada.id, other, Answer(rating=3, response="", correct=True, duration_ms=900, time=NOW)
    )
    assert quiz.undo_quiz_answer(bank, run.attempt_id) is None
    assert review_queue.current_card(bank, ada.id, other) is not None
    # A finished quiz is scored: no undo
    quiz.finish_quiz(bank, run.attempt_id, now=NOW)
    with pytest.raises(QuizappError, match="finished"):
        quiz.undo_quiz_answer(bank, run.attempt_id)
