"""A retry of a quiz's missed questions is practice: not a quiz, its answers under practice."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from quizapp.content.sets import add_set
from quizapp.questiondata import QuestionData, SetData
from quizapp.store.bank import Bank
from quizapp.study import learners, quiz, stats, summaries
from quizapp.study.answering import Answer

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def _quiz_and_retry(bank: Bank) -> tuple[int, quiz.QuizResult]:
    """Ann misses all 3 questions of a quiz (23.6 s long), then retries and answers one."""
    questions = [QuestionData(uid=f"q{i}", kind="short_answer", prompt=f"Q{i}?", answer="x")
                 for i in range(3)]  # fmt: skip
    qset = add_set(bank, SetData("S", questions=questions))
    ann = learners.create_learner(bank, "Ann", timezone="UTC")
    run = quiz.start_quiz(bank, ann.id, set_id=qset.id, size=3, now=NOW)
    for item in run.items:
        wrong = Answer(rating=1, response="y", correct=False, duration_ms=900, time=NOW)
        quiz.record_quiz_answer(bank, run.attempt_id, item.question_id, wrong)
    result = quiz.finish_quiz(bank, run.attempt_id, now=NOW + timedelta(seconds=23.6))
    later = NOW + timedelta(minutes=1)
    retry = quiz.retry_missed(bank, run.attempt_id, now=later)
    assert retry is not None
    right = Answer(rating=3, response="x", correct=True, duration_ms=700, time=later)
    quiz.record_quiz_answer(bank, retry.attempt_id, retry.items[0].question_id, right)
    quiz.finish_quiz(bank, retry.attempt_id, now=later + timedelta(seconds=5))
    return ann.id, result


def test_a_retry_is_not_listed_as_a_quiz(bank: Bank) -> None:
    ann, result = _quiz_and_retry(bank)
    found = stats.learner_stats(bank, ann, now=NOW + timedelta(hours=1))
    assert [(q.score, q.total) for q in found.quizzes] == [(0, 3)]
    assert found.quizzes[0].id == result.attempt_id


def test_a_retrys_answers_count_as_practice(bank: Bank) -> None:
    ann, _result = _quiz_and_retry(bank)
    found = stats.learner_stats(bank, ann, now=NOW + timedelta(hours=1))
    assert (found.practice.today, found.practice.total) == (1, 1)
    assert found.totals.answers == 4  # practice counts in the answers of the day
    accuracy = found.accuracy_by_kind["short_answer"]
    assert (accuracy.answers, accuracy.correct) == (3, 0)  # the retry is left out


def test_quiz_seconds_match_the_results_screen(bank: Bank) -> None:
    ann, result = _quiz_and_retry(bank)
    found = stats.learner_stats(bank, ann, now=NOW + timedelta(hours=1))
    assert result.seconds == found.quizzes[0].seconds == 24


def test_an_older_banks_retry_answers_become_practice(tmp_path: Path) -> None:
    # Given a bank whose retry answer was logged before retries counted as practice
    from alembic import command
    from sqlalchemy import text

    from quizapp.store.bank import _alembic_config, create_bank_engine, migrate, open_bank
    from quizapp.store.migrations import HEAD

    path = tmp_path / "older.sqlite3"
    bank = open_bank(str(path))
    ann, _result = _quiz_and_retry(bank)
    bank.close()
    engine = create_bank_engine(f"sqlite:///{path}")
    config = _alembic_config()
    with engine.begin() as conn:  # back to the revision before: the retry counts as no practice
        config.attributes["connection"] = conn
        command.downgrade(config, "0011")

    def practice() -> int:
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT sum(practice) FROM studyday")).scalar_one())

    assert practice() == 0
    # When the bank is brought up to date
    migrate(engine, HEAD)
    engine.dispose()
    # Then its retry answer counts as practice, as a rebuild from the log counts it
    assert practice() == 1
    bank = open_bank(str(path))
    assert stats.learner_stats(bank, ann, now=NOW + timedelta(hours=1)).practice.total == 1
    summaries.rebuild_bank(bank)
    assert stats.learner_stats(bank, ann, now=NOW + timedelta(hours=1)).practice.total == 1
    bank.close()
