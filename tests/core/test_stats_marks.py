"""The statistics' counts agree with the Browser and the home once a learner marks cards."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fsrs import Rating

from quizapp.cli.study import stats_json
from quizapp.content import sets
from quizapp.questiondata import QuestionData, SetData
from quizapp.store.bank import Bank
from quizapp.study import browse, flags, learners, review_queue, stats
from quizapp.study.answering import Answer

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def _answer(bank: Bank, learner: int, qid: int, rating: Rating, at: datetime) -> None:
    kept = Answer(rating=int(rating), response="x", correct=rating > Rating.Again,
                  duration_ms=3000, time=at)  # fmt: skip
    review_queue.record_answer(bank, learner, qid, kept)


def _marked_bank(bank: Bank) -> tuple[int, list[int]]:
    """Ann with eight questions: four answered (three due today), some suspended, buried, starred.

    The home's counts (:func:`review_queue.counts_by_set`) run the SQL of its start-up path too
    (:mod:`quizapp.study.quickview`), which ``test_due_counts`` holds to them.
    """
    questions = [QuestionData(uid=f"q{i}", kind="short_answer", prompt=f"Prompt {i}?",
                              answer=f"answer {i}") for i in range(8)]  # fmt: skip
    sets.add_set(bank, SetData("History", questions=questions))
    ann = learners.create_learner(bank, "Ann", timezone="UTC", new_per_day=20).id
    ids = [r.question_id for r in browse.browse(bank, ann, now=NOW)]
    for qid in ids[:3]:  # forgotten two hours ago: due again today
        _answer(bank, ann, qid, Rating.Again, NOW - timedelta(hours=2))
    _answer(bank, ann, ids[3], Rating.Easy, NOW - timedelta(hours=2))  # due on a later day
    flags.set_suspended(bank, ann, [ids[0], ids[4]], True)  # a due card and a new one
    flags.bury(bank, ann, [ids[1], ids[5], ids[3]], now=NOW)  # due, new, and a later one
    flags.set_starred(bank, ann, [ids[0], ids[6], ids[7]], True)
    return ann, ids


def _browsed(bank: Bank, learner: int, query: str) -> int:
    return len(browse.browse(bank, learner, now=NOW, query=query))


def test_stats_counts_match_the_browser_and_the_home(bank: Bank) -> None:
    # Given Ann's suspended, buried and starred cards
    ann, _ids = _marked_bank(bank)
    data = stats_json(stats.learner_stats(bank, ann, now=NOW))
    # Then the marks are those the Browser finds
    assert (
        data["marks"]
        == {
            "suspended": _browsed(bank, ann, "is:suspended"),
            "buried": _browsed(bank, ann, "is:buried"),
            "starred": _browsed(bank, ann, "is:starred"),
        }
        == {"suspended": 2, "buried": 3, "starred": 3}
    )
    # and the held cards per state too; every question is counted once, held or not
    assert data["held"]["new"] == _browsed(bank, ann, "is:new is:suspended") + _browsed(
        bank, ann, "is:new is:buried -is:suspended"
    )
    assert sum(data["counts"].values()) == _browsed(bank, ann, "") == 8
    assert data["counts"]["new"] == _browsed(bank, ann, "is:new") == 4
    # and what Review can ask agrees with the home's Due and New and the Browser
    home = review_queue.counts_by_set(bank, ann, now=NOW)
    assert len(home) == 1
    (counts,) = home.values()
    askable_new = data["counts"]["new"] - data["held"]["new"]
    assert askable_new == counts.unseen == _browsed(bank, ann, "is:new -is:suspended -is:buried")
    assert askable_new == 2
    due_today = data["forecast"][0]["due"]
    assert due_today == counts.due == _browsed(bank, ann, "is:due -is:suspended -is:buried") == 1
    assert review_queue.queue_counts(bank, ann, now=NOW).total == due_today + askable_new
    assert len(review_queue.study_queue(bank, ann, now=NOW)) == due_today + askable_new


def test_held_counts_end_with_the_day_a_card_is_buried(bank: Bank) -> None:
    # Given Ann's marks, the next day
    ann, _ids = _marked_bank(bank)
    tomorrow = stats.learner_stats(bank, ann, now=NOW + timedelta(days=1))
    # Then only the suspended cards are still held
    assert tomorrow.marks.buried == 0
    assert sum(vars(tomorrow.held).values()) == tomorrow.marks.suspended == 2
