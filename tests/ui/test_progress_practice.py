"""The Progress screen says how much practice (a quiz retry's answers) it leaves out."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from quizapp.content.sets import add_set
from quizapp.questiondata import QuestionData, SetData
from quizapp.store.bank import Bank
from quizapp.study import learners, quiz, stats
from quizapp.study.answering import Answer
from quizapp.ui.screens.progress import measures_text

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def test_a_retrys_answers_show_as_practice_left_out(bank: Bank) -> None:
    # Given Ann missed both questions of a quiz, then retried and got one right
    questions = [QuestionData(uid=f"q{i}", kind="short_answer", prompt=f"Q{i}?", answer="x")
                 for i in range(2)]  # fmt: skip
    qset = add_set(bank, SetData("S", questions=questions))
    ann = learners.create_learner(bank, "Ann", timezone="UTC").id
    run = quiz.start_quiz(bank, ann, set_id=qset.id, size=2, now=NOW)
    for item in run.items:
        quiz.record_quiz_answer(bank, run.attempt_id, item.question_id,
                                Answer(1, "y", False, 900, NOW))  # fmt: skip
    quiz.finish_quiz(bank, run.attempt_id, now=NOW)
    retry = quiz.retry_missed(bank, run.attempt_id, now=NOW)
    assert retry is not None
    quiz.record_quiz_answer(bank, retry.attempt_id, retry.items[0].question_id,
                            Answer(3, "x", True, 700, NOW))  # fmt: skip
    # Then her Progress counts 2 answers, none right, and says 1 practice answer is left out
    text = measures_text(stats.learner_stats(bank, ann, now=NOW + timedelta(minutes=5)))
    assert text.startswith("Right answers: 0% of 2,")
    assert "Practice (custom study, retries of missed quiz questions) is left out: 1 answer, " \
           "1 today." in text  # fmt: skip
