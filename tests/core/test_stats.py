"""Statistics on a scripted history, against values worked out by hand."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from quizapp.cli.study import stats_json
from quizapp.content.sets import add_set
from quizapp.questiondata import QuestionData, SetData
from quizapp.store.bank import Bank
from quizapp.store.models import CardState, QuizAttempt, ReviewLog
from quizapp.study import learners, stats, summaries
from quizapp.study.answering import Answer

pytestmark = pytest.mark.both_engines  # every test here runs on SQLite and PostgreSQL

NOW = datetime(2026, 1, 20, 12, 0, tzinfo=UTC)  # 13:00 in Paris: the learner's 20 January


def as_json(bank: Bank, learner_id: int, **scope: Any) -> dict[str, Any]:
    """The statistics as ``quizapp stats --json`` writes them."""
    return stats_json(stats.learner_stats(bank, learner_id, **scope))


def t(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def before(state: int, due: str) -> dict[str, Any]:
    """The review row's columns holding the card as it was before the answer."""
    return {"prev_state": state, "prev_stability": 3.0, "prev_difficulty": 5.0,
            "prev_due": t(due)}  # fmt: skip


NEW: dict[str, Any] = {}  # never answered before

# question, reviewed at (UTC), correct, rating, duration ms, card before
HISTORY = [
    (0, "2026-01-10 10:00", True, 3, 4000, NEW),  # day 10
    (1, "2026-01-11 02:30", False, 1, 6000, NEW),  # 03:30 Paris: still day 10
    (2, "2026-01-11 03:00", True, 3, 2000, NEW),  # 04:00 Paris: day 11
    (0, "2026-01-12 09:00", True, 3, 5000, before(2, "2026-01-12 08:00")),  # due review, recalled
    (1, "2026-01-12 09:05", True, 2, 3000, before(3, "2026-01-12 09:00")),  # relearning
    (2, "2026-01-13 04:00", True, 3, 3000, before(2, "2026-01-13 03:00")),  # due review, recalled
    (0, "2026-01-18 20:00", False, 1, 8000, before(2, "2026-01-18 00:00")),  # due review, lapse
    (2, "2026-01-19 10:00", True, 4, 1000, before(2, "2026-01-25 00:00")),  # early: not due
    (1, "2026-01-19 11:00", True, 0, 1000, NEW),  # a quiz retry: logged, not scheduled
    (3, "2026-01-20 05:00", True, 3, 3000, NEW),
    (4, "2026-01-20 05:01", True, 3, 2000, NEW),
]
# question -> state, stability, due (UTC)
CARDS = {
    0: (3, 1.2, "2026-01-18 20:10"),  # relearning, overdue
    1: (2, 5.0, "2026-01-22 09:00"),
    2: (2, 30.0, "2026-02-20 10:00"),  # mastered, due after the 30-day forecast
    3: (2, 2.5, "2026-01-23 02:00"),  # 03:00 Paris on the 23rd: the learner's 22nd
    4: (1, 0.5, "2026-01-20 05:11"),
}
KINDS = [
    ("short_answer", "date"),
    ("numeric", "figure"),
    ("multiple_choice", "actor"),
    ("true_false", None),
    ("flashcard", "quote"),
    ("short_answer", None),  # never answered
]


def question(i: int, kind: str, fact_kind: str | None) -> QuestionData:
    answer = {"numeric": "5", "true_false": "true", "multiple_choice": "a"}.get(kind, "x")
    choices = ["a", "b"] if kind == "multiple_choice" else None
    return QuestionData(uid=f"q{i}", kind=kind, prompt=f"Q{i}?", answer=answer,
                        choices=choices, fact_kind=fact_kind)  # fmt: skip


@pytest.fixture
def scripted(bank: Bank) -> tuple[int, int, int]:
    main = add_set(
        bank, SetData("History", questions=[question(i, *k) for i, k in enumerate(KINDS)])
    )
    other = add_set(bank, SetData("Other", questions=[question(0, "short_answer", "date")]))
    ann = learners.create_learner(bank, "Ann", timezone="Europe/Paris", day_start_hour=4)
    with bank.session() as s:
        ids = list(range(1, 8))  # question ids follow insertion order: History, then Other
        for qi, at, correct, rating, ms, card in HISTORY:
            s.add(ReviewLog(learner_id=ann.id, question_id=ids[qi], reviewed_at=t(at),
                            correct=correct, rating=rating, duration_ms=ms,
                            **card))  # fmt: skip
        for qi, (state, stability, due) in CARDS.items():
            s.add(CardState(learner_id=ann.id, question_id=ids[qi], state=state,
                            stability=stability, difficulty=5.0, due=t(due),
                            last_review=t("2026-01-19 00:00"),
                            introduced_at=t("2026-01-10 10:00")))  # fmt: skip
        s.add(ReviewLog(learner_id=ann.id, question_id=ids[6], reviewed_at=t("2026-01-15 10:00"),
                        correct=False, rating=1, duration_ms=9000, **NEW))  # fmt: skip
        s.add(QuizAttempt(learner_id=ann.id, set_id=main.id, started_at=t("2026-01-19 10:59"),
                          finished_at=t("2026-01-19 11:01:30"), total=4, correct=3))  # fmt: skip
    summaries.rebuild_bank(bank)  # the totals of the hand-written history
    return ann.id, main.id, other.id


def test_stats_of_a_scripted_history(bank: Bank, scripted: tuple[int, int, int]) -> None:
    learner, main, _other = scripted
    got = as_json(bank, learner, now=NOW, set_id=main)
    assert got["today"] == "2026-01-20"
    assert got["counts"] == {"new": 1, "learning": 2, "review": 2, "mastered": 1}
    assert got["per_day"] == [
        {"day": "2026-01-10", "reviews": 2, "seconds": 10},
        {"day": "2026-01-11", "reviews": 1, "seconds": 2},
        {"day": "2026-01-12", "reviews": 2, "seconds": 8},
        {"day": "2026-01-13", "reviews": 1, "seconds": 3},
        {"day": "2026-01-18", "reviews": 1, "seconds": 8},
        {"day": "2026-01-19", "reviews": 2, "seconds": 2},
        {"day": "2026-01-20", "reviews": 2, "seconds": 5},
    ]
    assert got["totals"] == {"answers": 11, "seconds": 38, "days_studied": 7}
    assert got["streak"] == {"current": 3, "longest": 4}
    assert got["accuracy_by_kind"] == {
        "flashcard": {"answers": 1, "correct": 1, "percent": 100.0},
        "multiple_choice": {"answers": 3, "correct": 3, "percent": 100.0},
        "numeric": {"answers": 2, "correct": 1, "percent": 50.0},  # the retry is left out
        "short_answer": {"answers": 3, "correct": 2, "percent": 66.7},
        "true_false": {"answers": 1, "correct": 1, "percent": 100.0},
    }
    assert got["accuracy_by_fact_kind"] == {
        "actor": {"answers": 3, "correct": 3, "percent": 100.0},
        "date": {"answers": 3, "correct": 2, "percent": 66.7},
        "figure": {"answers": 2, "correct": 1, "percent": 50.0},
        "quote": {"answers": 1, "correct": 1, "percent": 100.0},
    }
    assert got["true_retention"] == {"answers": 3, "correct": 2, "percent": 66.7}
    forecast = {d["day"]: d["due"] for d in got["forecast"]}
    assert len(forecast) == 30 and min(forecast) == "2026-01-20" and max(forecast) == "2026-02-18"
    assert {d: n for d, n in forecast.items() if n} == {"2026-01-20": 2, "2026-01-22": 2}
    assert [(h["prompt"], h["answers"], h["correct"]) for h in got["hardest"]] == [
        ("Q1?", 2, 1),
        ("Q0?", 3, 2),
    ]
    assert got["quizzes"] == [
        {"id": 1, "set": "History", "started_at": "2026-01-19T10:59:00+00:00",
         "finished_at": "2026-01-19T11:01:30+00:00", "score": 3, "total": 4,
         "percent": 75.0, "seconds": 150},
    ]  # fmt: skip


def test_stats_over_all_sets_include_the_other_set(
    bank: Bank, scripted: tuple[int, int, int]
) -> None:
    learner, _main, other = scripted
    everything = as_json(bank, learner, now=NOW)
    assert everything["totals"]["answers"] == 12
    assert everything["counts"]["new"] == 2
    assert everything["streak"] == {"current": 3, "longest": 4}  # the 15th is an island
    only_other = as_json(bank, learner, now=NOW, set_id=other)
    assert only_other["per_day"] == [{"day": "2026-01-15", "reviews": 1, "seconds": 9}]
    assert only_other["hardest"] == []  # one answer is not enough to judge
    assert only_other["counts"] == {"new": 1, "learning": 0, "review": 0, "mastered": 0}


def test_days_follow_the_learners_clock_across_dst(bank: Bank) -> None:
    add_set(bank, SetData("S", questions=[question(0, "short_answer", None)]))
    ned = learners.create_learner(bank, "Ned", timezone="America/New_York", day_start_hour=0)
    with bank.session() as s:
        for at in ("2026-03-08 04:30", "2026-03-09 03:30", "2026-03-09 04:30"):
            s.add(ReviewLog(learner_id=ned.id, question_id=1, reviewed_at=t(at), correct=True,
                            rating=3, duration_ms=1000, **NEW))  # fmt: skip
    summaries.rebuild_bank(bank)
    days = stats.learner_stats(bank, ned.id, now=t("2026-03-10 12:00")).per_day
    # 23:30 EST on the 7th; 23:30 EDT on the 8th; 00:30 EDT on the 9th
    assert [(d.day, d.reviews) for d in days] == [
        (date(2026, 3, 7), 1),
        (date(2026, 3, 8), 1),
        (date(2026, 3, 9), 1),
    ]


def test_a_new_learner_has_empty_stats(bank: Bank) -> None:
    bob = learners.create_learner(bank, "Bob")
    got = as_json(bank, bob.id, now=NOW)
    assert got["per_day"] == [] and got["streak"] == {"current": 0, "longest": 0}
    assert got["true_retention"] == {"answers": 0, "correct": 0, "percent": None}
    assert sum(d["due"] for d in got["forecast"]) == 0


def test_totals_kept_with_answers_match_a_rebuild(bank: Bank) -> None:
    import random

    from sqlalchemy import select as core_select

    from quizapp.study import quiz, review_queue
    from quizapp.study.studydb import CARDS, DAYS

    qset = add_set(bank, SetData("S", questions=[question(i, *KINDS[i]) for i in range(5)]))
    ann = learners.create_learner(bank, "Ann", timezone="Asia/Kolkata", new_per_day=5)
    random.seed(4)
    at = NOW
    for day in range(6):
        for item in review_queue.study_queue(bank, ann.id, now=at):
            rating = 1 if (item.question_id + day) % 3 == 0 else 3
            review_queue.record_answer(
                bank,
                ann.id,
                item.question_id,
                Answer(
                    rating=rating, response="", correct=rating > 1, duration_ms=1500 + day, time=at
                ),
            )
        review_queue.undo_last(bank, ann.id)
        at += timedelta(days=1, hours=5)
    run = quiz.start_quiz(bank, ann.id, set_id=qset.id, size=3, now=at)
    for item in run.items:
        quiz.record_quiz_answer(
            bank,
            run.attempt_id,
            item.question_id,
            Answer(rating=1, response="0", correct=False, duration_ms=900, time=at),
        )
    quiz.finish_quiz(bank, run.attempt_id, now=at)
    retry = quiz.retry_missed(bank, run.attempt_id, now=at)
    assert retry is not None
    quiz.record_quiz_answer(
        bank,
        retry.attempt_id,
        retry.items[0].question_id,
        Answer(rating=3, response="x", correct=True, duration_ms=700, time=at),
    )

    def totals() -> tuple[list[Any], list[Any]]:
        with bank.engine.connect() as conn:
            days = conn.execute(core_select(DAYS).order_by(DAYS.c.day)).all()
            cards = conn.execute(
                core_select(CARDS.c.question_id, CARDS.c.answers, CARDS.c.correct).order_by(
                    CARDS.c.question_id
                )
            ).all()
        return [tuple(r) for r in days], [tuple(r) for r in cards]

    kept = totals()
    assert kept[0] and any(answers for _q, answers, _ok in kept[1])
    summaries.rebuild_bank(bank)
    assert totals() == kept


def test_the_command_line_says_one_day_for_a_streak_of_one(
    bank: Bank, capsys: pytest.CaptureFixture[str]
) -> None:
    from quizapp.cli import main
    from quizapp.study import review_queue

    set_id = add_set(bank, SetData(name="Caps", questions=[
        QuestionData(uid="q", kind="short_answer", prompt="Capital of Peru?", answer="Lima")
    ])).id  # fmt: skip
    ada = learners.create_learner(bank, "Ada", timezone="UTC")
    review_queue.record_answer(
        bank,
        ada.id,
        review_queue.study_queue(bank, ada.id, now=datetime.now(UTC), set_id=set_id)[0].question_id,
        Answer(rating=3, response="Lima", correct=True, duration_ms=1000, time=datetime.now(UTC)),
    )
    url = bank.engine.url.render_as_string(hide_password=False)  # a file or a server
    assert main(["stats", "--learner", "Ada", "--db", url]) == 0
    assert "streak: 1 day (longest 1)" in capsys.readouterr().out
