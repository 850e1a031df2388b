"""The Browser's rows and searches, and a learner's marks, on a real SQLite bank."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from fsrs import Rating

from quizapp.content import sets
from quizapp.questiondata import QuestionData, SetData
from quizapp.store.bank import Bank
from quizapp.study import browse, flags, learners, review_queue
from quizapp.study.answering import Answer
from quizapp.study.search_query import QueryError

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def q(uid: str, kind: str = "short_answer", **extra: object) -> QuestionData:
    fields: dict[str, object] = {"prompt": f"Prompt {uid}?", "answer": f"answer {uid}"} | extra
    return QuestionData(uid=uid, kind=kind, **fields)  # type: ignore[arg-type]


@pytest.fixture
def world(bank: Bank) -> tuple[Bank, int, dict[str, int]]:
    """Two sets, one learner who answered some questions; uid -> question id."""
    history = [
        q(
            "year",
            fact_kind="date",
            tags=["Dates", "history"],
            prompt="When was the treaty signed?",
        ),
        q("gap", "cloze", prompt="The capital is ___.", answer="Baku", tags=["places"]),
        q("count", "numeric", answer="3", fact_kind="figure", explanation="Three peace rounds"),
        q("who", "multiple_choice", answer="Aliyev", choices=["Aliyev", "Pashinyan"]),
    ]
    sets.add_set(bank, SetData("History", questions=history))
    sets.add_set(bank, SetData("Extra", questions=[q("x1", tags=["dates"]), q("100%_done")]))
    ann = learners.create_learner(bank, "Ann", timezone="UTC").id
    rows = browse.browse(bank, ann, now=NOW)
    ids = {sets_row.prompt: sets_row.question_id for sets_row in rows}
    by_uid = {uid: ids[p] for uid, p in [
        ("year", "When was the treaty signed?"), ("gap", "The capital is ___."),
        ("count", "Prompt count?"), ("who", "Prompt who?"), ("x1", "Prompt x1?"),
        ("pct", "Prompt 100%_done?"),
    ]}  # fmt: skip
    return bank, ann, by_uid


def answer(bank: Bank, learner: int, qid: int, rating: Rating, at: datetime) -> None:
    review_queue.record_answer(
        bank,
        learner,
        qid,
        Answer(
            rating=int(rating),
            response="x",
            correct=rating > Rating.Again,
            duration_ms=3000,
            time=at,
        ),
    )


def found(world: tuple[Bank, int, dict[str, int]], query: str, **kw: object) -> set[str]:
    bank, ann, ids = world
    names = {v: k for k, v in ids.items()}
    return {names[r.question_id] for r in browse.browse(bank, ann, now=NOW, query=query, **kw)}  # type: ignore[arg-type]


def test_every_question_of_all_sets_or_of_one(world: tuple[Bank, int, dict[str, int]]) -> None:
    bank, ann, _ids = world
    assert len(browse.browse(bank, ann, now=NOW)) == 6
    history = next(s.id for s in sets.list_sets(bank) if s.name == "History")
    assert found(world, "", set_id=history) == {"year", "gap", "count", "who"}


def test_fields_and_words_all_must_match(world: tuple[Bank, int, dict[str, int]]) -> None:
    assert found(world, "kind:cloze") == {"gap"}
    assert found(world, "tag:dates") == {"year", "x1"}  # case does not count
    assert found(world, "fact:figure") == {"count"}
    assert found(world, "prompt") == {"count", "who", "x1", "pct"}
    assert found(world, "prompt answer") == {"x1", "pct"}  # every word must match
    assert found(world, '"treaty signed"') == {"year"}
    assert found(world, '"signed treaty"') == set()
    assert found(world, "three") == {"count"}  # the explanation counts
    assert found(world, "100%") == {"pct"} and found(world, "_d") == {"pct"}  # no wildcards
    assert found(world, "-kind:short_answer -tag:places") == {"count", "who"}


def test_learner_searches_due_new_starred_suspended_buried(
    world: tuple[Bank, int, dict[str, int]],
) -> None:
    bank, ann, ids = world
    answer(bank, ann, ids["year"], Rating.Good, NOW - timedelta(days=30))
    answer(bank, ann, ids["gap"], Rating.Again, NOW)
    assert found(world, "is:new") == {"count", "who", "x1", "pct"}
    assert found(world, "due:today") == {"year", "gap"} == found(world, "is:due")
    assert found(world, "-is:new -due:overdue") == {"gap"}
    flags.set_starred(bank, ann, [ids["who"], ids["x1"]], True)
    flags.set_suspended(bank, ann, [ids["year"]], True)
    flags.bury(bank, ann, [ids["count"]], now=NOW)
    assert found(world, "is:starred") == {"who", "x1"}
    assert found(world, "is:suspended") == {"year"}
    assert found(world, "is:buried") == {"count"}
    assert found(world, "-is:starred -is:suspended -is:buried") == {"gap", "pct"}
    flags.set_starred(bank, ann, [ids["x1"]], False)
    assert found(world, "is:starred") == {"who"}


def test_columns_interval_lapses_and_percent_correct(
    world: tuple[Bank, int, dict[str, int]],
) -> None:
    bank, ann, ids = world
    answer(bank, ann, ids["year"], Rating.Good, NOW - timedelta(days=40))
    answer(bank, ann, ids["year"], Rating.Good, NOW - timedelta(days=30))  # in review now
    answer(bank, ann, ids["year"], Rating.Again, NOW - timedelta(days=1))  # a lapse
    row = next(r for r in browse.browse(bank, ann, now=NOW) if r.question_id == ids["year"])
    assert row.lapses == 1 and row.answers == 3 and row.correct == 2
    assert row.percent_correct == pytest.approx(200 / 3)
    assert row.due is not None and row.interval_days is not None and row.interval_days > 0
    new = next(r for r in browse.browse(bank, ann, now=NOW) if r.question_id == ids["who"])
    assert new.due is None and new.interval_days is None and new.percent_correct is None


def test_a_bad_search_is_a_query_error(world: tuple[Bank, int, dict[str, int]]) -> None:
    bank, ann, _ids = world
    with pytest.raises(QueryError):
        browse.browse(bank, ann, now=NOW, query="kind:essay")


def test_queue_skips_suspended_and_buried_cards_until_tomorrow(
    world: tuple[Bank, int, dict[str, int]],
) -> None:
    # Given Ann with two cards due and new ones waiting
    bank, ann, ids = world
    answer(bank, ann, ids["year"], Rating.Again, NOW - timedelta(hours=2))
    answer(bank, ann, ids["gap"], Rating.Again, NOW - timedelta(hours=2))
    before = [i.question_id for i in review_queue.study_queue(bank, ann, now=NOW)]
    assert {ids["year"], ids["gap"], ids["who"]} <= set(before)
    # When she suspends one due card and one new card, and buries the other due card
    flags.set_suspended(bank, ann, [ids["year"], ids["who"]], True)
    flags.bury(bank, ann, [ids["gap"]], now=NOW)
    # Then the queue skips all three today
    today = {i.question_id for i in review_queue.study_queue(bank, ann, now=NOW)}
    assert not today & {ids["year"], ids["gap"], ids["who"]}
    assert ids["count"] in today  # the other new cards still come
    # and tomorrow the buried card is back, the suspended ones are not
    tomorrow = {
        i.question_id for i in review_queue.study_queue(bank, ann, now=NOW + timedelta(days=1))
    }
    assert ids["gap"] in tomorrow and not tomorrow & {ids["year"], ids["who"]}
    # until she unsuspends them: the card comes back with its schedule untouched
    flags.set_suspended(bank, ann, [ids["year"], ids["who"]], False)
    back = {i.question_id for i in review_queue.study_queue(bank, ann, now=NOW)}
    assert {ids["year"], ids["who"]} <= back


def test_suspended_new_cards_do_not_take_the_days_new_slots(
    world: tuple[Bank, int, dict[str, int]],
) -> None:
    # Given Bo, two new cards a day, who suspended the first two new questions
    bank, _ann, ids = world
    bo = learners.create_learner(bank, "Bo", timezone="UTC", new_per_day=2).id
    flags.set_suspended(bank, bo, [ids["year"], ids["gap"]], True)
    # Then today's two new cards are the next two, not none
    queue = [i.question_id for i in review_queue.study_queue(bank, bo, now=NOW)]
    assert len(queue) == 2 and not set(queue) & {ids["year"], ids["gap"]}


def test_reset_progress_makes_cards_new_and_keeps_the_log(
    world: tuple[Bank, int, dict[str, int]],
) -> None:
    bank, ann, ids = world
    answer(bank, ann, ids["year"], Rating.Good, NOW - timedelta(days=3))
    answer(bank, ann, ids["gap"], Rating.Good, NOW - timedelta(days=3))
    assert flags.reset_progress(bank, ann, [ids["year"], ids["who"]]) == 1
    assert found(world, "is:new") >= {"year", "who"} and "gap" not in found(world, "is:new")


def test_toggle_star_and_marks_of(world: tuple[Bank, int, dict[str, int]]) -> None:
    bank, ann, ids = world
    assert flags.toggle_starred(bank, ann, ids["who"]) is True
    assert flags.marks_of(bank, ann, ids["who"], now=NOW) == flags.Marks(starred=True)
    assert flags.toggle_starred(bank, ann, ids["who"]) is False
    flags.bury(bank, ann, [ids["who"]], now=NOW)
    assert flags.marks_of(bank, ann, ids["who"], now=NOW).buried
    assert not flags.marks_of(bank, ann, ids["who"], now=NOW + timedelta(days=1)).buried


def test_stats_json_counts_the_marks(
    world: tuple[Bank, int, dict[str, int]], capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from quizapp.cli import main

    # Given Ann's marks: two starred, one suspended, one buried today
    bank, ann, ids = world
    flags.set_starred(bank, ann, [ids["who"], ids["x1"]], True)
    flags.set_suspended(bank, ann, [ids["year"]], True)
    flags.bury(bank, ann, [ids["gap"]], now=datetime.now(UTC))
    assert bank.path is not None
    # Then `quizapp stats --json` counts them, over all sets and per set
    assert main(["stats", "--learner", "Ann", "--json", "--db", str(bank.path)]) == 0
    marks = json.loads(capsys.readouterr().out)["marks"]
    assert marks == {"suspended": 1, "buried": 1, "starred": 2}
    args = ["stats", "--learner", "Ann", "--set", "Extra", "--json", "--db", str(bank.path)]
    assert main(args) == 0
    assert json.loads(capsys.readouterr().out)["marks"] == {
        "suspended": 0,
        "buried": 0,
        "starred": 1,
    }


def test_review_counts_leave_out_suspended_and_buried_cards(
    world: tuple[Bank, int, dict[str, int]],
) -> None:
    # Given Ann with two cards due and four new questions
    bank, ann, ids = world
    answer(bank, ann, ids["year"], Rating.Again, NOW - timedelta(hours=2))
    answer(bank, ann, ids["gap"], Rating.Again, NOW - timedelta(hours=2))
    before = review_queue.queue_counts(bank, ann, now=NOW)
    # When she suspends a due card and buries a new one
    flags.set_suspended(bank, ann, [ids["year"]], True)
    flags.bury(bank, ann, [ids["who"]], now=NOW)
    # Then the counts drop by one each, as the queue does
    after = review_queue.queue_counts(bank, ann, now=NOW)
    assert (after.due, after.due_now, after.unseen) == (
        before.due - 1, before.due_now - 1, before.unseen - 1,
    )  # fmt: skip
    queue = review_queue.study_queue(bank, ann, now=NOW)
    assert len(queue) == after.total
