"""Fitting a learner's parameters: readiness, the log loss, and a fit in another process."""

from __future__ import annotations

import math
import random
from datetime import UTC, datetime, timedelta

import pytest
from fsrs import Rating, Scheduler

from quizapp.content.sets import add_set
from quizapp.errors import QuizappError
from quizapp.questiondata import QuestionData, SetData
from quizapp.store.bank import Bank
from quizapp.study import learners, optimizer, review_queue
from quizapp.study.answering import Answer

START = datetime(2026, 1, 1, 8, 0, tzinfo=UTC)


def simulate(bank: Bank, learner: int, cards: int, days: int, seed: int = 1) -> None:
    """A learner who answers every due card each morning, recalling with fsrs's odds."""
    questions = [QuestionData(uid=f"c{i}", kind="flashcard", prompt=f"front {i}", answer="back")
                 for i in range(cards)]  # fmt: skip
    add_set(bank, SetData("Sim", questions=questions))
    rng = random.Random(seed)
    truth = Scheduler(desired_retention=0.85, enable_fuzzing=False)
    for day in range(days):
        now = START + timedelta(days=day)
        for item in review_queue.study_queue(bank, learner, now=now):
            stored = review_queue.current_card(bank, learner, item.question_id)
            odds = truth.get_card_retrievability(stored, now) if stored else 0.0
            recalled = rng.random() < (odds if stored and stored.stability else 0.6)
            rating = Rating.Good if recalled else Rating.Again
            review_queue.record_answer(
                bank,
                learner,
                item.question_id,
                Answer(
                    rating=int(rating), response="", correct=recalled, duration_ms=4000, time=now
                ),
            )


@pytest.mark.both_engines
def test_status_counts_reviews_on_separate_days(bank: Bank) -> None:
    ann = learners.create_learner(bank, "Ann", new_per_day=5)
    simulate(bank, ann.id, cards=5, days=3)
    status = optimizer.optimizer_status(bank, ann.id)
    # day 0: 5 new cards (Good -> 10 min, Again -> 1 min: not due again that morning);
    # days 1 and 2: every card that came back counts once per day
    assert 0 < status.reviews <= 10 and status.needed == optimizer.MIN_REVIEWS
    assert not status.ready and f"{status.reviews} of the 512" in status.message
    with pytest.raises(QuizappError, match="of the 512"):
        optimizer.optimize(bank, ann.id)


def test_log_loss_is_finite_and_prefers_the_truth(bank: Bank) -> None:
    ann = learners.create_learner(bank, "Ann", new_per_day=10)
    simulate(bank, ann.id, cards=10, days=40)
    logs = optimizer.review_history(bank, ann.id)
    assert logs and all(log.review_datetime.tzinfo is UTC for log in logs)
    default = optimizer.log_loss(None, logs)
    assert 0 < default < 1.5
    assert optimizer.log_loss(None, []) == math.inf


@pytest.mark.skipif(not optimizer.torch_installed(), reason="torch is absent: quizapp[optimizer]")
def test_log_loss_matches_py_fsrs(bank: Bank) -> None:
    from fsrs import Optimizer

    ann = learners.create_learner(bank, "Ann", new_per_day=10)
    simulate(bank, ann.id, cards=10, days=30)
    logs = optimizer.review_history(bank, ann.id)
    params = list(Scheduler().parameters)
    theirs = Optimizer(logs)._compute_batch_loss(parameters=params)
    assert optimizer.log_loss(params, logs) == pytest.approx(theirs, rel=1e-6)


@pytest.mark.slow
@pytest.mark.skipif(not optimizer.torch_installed(), reason="torch is absent: quizapp[optimizer]")
def test_fit_in_a_separate_process_keeps_only_better_parameters(bank: Bank) -> None:
    ann = learners.create_learner(bank, "Ann", new_per_day=40)
    simulate(bank, ann.id, cards=160, days=45)
    assert optimizer.optimizer_status(bank, ann.id).ready
    job = optimizer.OptimizerJob(bank, ann.id)
    seen: list[tuple[float, str]] = []
    result = job.wait(progress=lambda f, m: seen.append((f, m)))
    assert seen and seen[-1] == (1.0, "done")
    assert [f for f, _m in seen] == sorted(f for f, _m in seen)
    assert len(result.parameters) == 21
    kept = optimizer.apply(bank, ann.id, result)
    assert kept == (result.new_loss < result.old_loss)
    stored = learners.learner_by_id(bank, ann.id).parameters
    assert stored == (tuple(result.parameters) if kept else None)
