"""Quiz options: the selection honours count, kinds, tags and fact kinds; named quizzes."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from quizapp.content import sets
from quizapp.errors import QuizappError
from quizapp.questiondata import FactKind, QuestionData, QuestionKind, SetData
from quizapp.store.bank import Bank
from quizapp.study import learners, quiz, saved_quizzes
from quizapp.study.answering import Answer
from quizapp.study.quiz_options import QuizOptions, clock_text, options_from, parse_duration

pytestmark = pytest.mark.both_engines

NOW = datetime(2026, 2, 3, 15, 0, tzinfo=UTC)
MC = QuestionKind.MULTIPLE_CHOICE


def _question(uid: str, kind: QuestionKind, tags: list[str], fact: FactKind | None) -> QuestionData:
    if kind == MC:
        return QuestionData(uid=uid, kind=kind, prompt=f"{uid}?", answer="a",
                            choices=["a", "b"], tags=tags, fact_kind=fact)  # fmt: skip
    if kind == QuestionKind.CLOZE:
        return QuestionData(uid=uid, kind=kind, prompt=f"{uid} ___ x", answer="a",
                            tags=tags, fact_kind=fact)  # fmt: skip
    return QuestionData(uid=uid, kind=kind, prompt=f"{uid}?", answer="a", tags=tags,
                        fact_kind=fact)  # fmt: skip


@pytest.fixture
def mixed(bank: Bank) -> int:
    """12 questions: 4 multiple choice, 4 cloze, 4 short answer; tags and fact kinds vary."""
    kinds = [MC, QuestionKind.CLOZE, QuestionKind.SHORT_ANSWER]
    tags = [["dates"] if i % 2 else ["people"] for i in range(12)]
    facts = [FactKind.DATE if i % 4 == 0 else None for i in range(12)]
    questions = [_question(f"q{i}", kinds[i % 3], tags[i], facts[i]) for i in range(12)]
    return sets.add_set(bank, SetData(name="Mixed", questions=questions)).id


def _asked(bank: Bank, set_id: int, options: QuizOptions, seed: int = 1) -> list[QuestionData]:
    run = quiz.start_quiz(bank, _learner(bank), set_id=set_id, now=NOW, options=options,
                          rng=random.Random(seed))  # fmt: skip
    return [item.question for item in run.items]


def _learner(bank: Bank) -> int:
    found = [who for who in learners.list_learners(bank) if who.name == "Ann"]
    return found[0].id if found else learners.create_learner(bank, "Ann").id


def test_selection_honours_count_kinds_tags_and_fact_kinds(bank: Bank, mixed: int) -> None:
    # Every question of any kind, but only 5 of them
    assert len(_asked(bank, mixed, QuizOptions(count=5))) == 5
    # Only cloze and multiple choice: 8 match, 6 asked
    asked = _asked(bank, mixed, options_from(count=6, kinds=["cloze", "multiple_choice"]))
    assert len(asked) == 6 and {q.kind for q in asked} <= {QuestionKind.CLOZE, MC}
    # A tag: the 6 odd questions, all of them when more are asked for
    asked = _asked(bank, mixed, options_from(count=50, tags=["dates"]))
    assert sorted(q.uid for q in asked) == sorted(f"q{i}" for i in range(1, 12, 2))
    # Fact kind and kind together: q0 (mc), q4 (cloze), q8 (short answer) are dates
    asked = _asked(bank, mixed, options_from(count=10, kinds=["cloze"], fact_kinds=["date"]))
    assert [q.uid for q in asked] == ["q4"]


def test_no_match_and_bad_options_are_one_line_errors(bank: Bank, mixed: int) -> None:
    with pytest.raises(QuizappError, match="no question of this set matches"):
        _asked(bank, mixed, options_from(tags=["nowhere"]))
    with pytest.raises(QuizappError, match="'essay' is not a kind of question"):
        options_from(kinds=["essay"])
    with pytest.raises(QuizappError, match="pass mark is 1 to 100"):
        QuizOptions(pass_mark=101)
    with pytest.raises(QuizappError, match="1 to 500 questions"):
        QuizOptions(count=0)
    with pytest.raises(QuizappError, match="time limit"):
        QuizOptions(time_limit_s=0)


def test_pass_mark() -> None:
    assert QuizOptions().passed(0, 10) is None
    marked = QuizOptions(pass_mark=70)
    assert marked.passed(7, 10) is True
    assert marked.passed(6, 10) is False
    assert marked.passed(2, 3) is False  # 66.7 % is under 70
    assert QuizOptions(pass_mark=66).passed(2, 3) is True
    assert marked.passed(0, 0) is False


def test_durations_read_and_shown() -> None:
    assert [parse_duration(t) for t in ("90", "90s", "10m", "1h30m", "1:30", "1:00:00", "")] == [
        90, 90, 600, 5400, 90, 3600, None,
    ]  # fmt: skip
    with pytest.raises(QuizappError, match="not a duration"):
        parse_duration("soon")
    assert [clock_text(s) for s in (0, 4.2, 65, 3723)] == ["0:00", "0:05", "1:05", "1:02:03"]


def test_saved_quiz_round_trip_rename_and_delete(bank: Bank, mixed: int) -> None:
    options = options_from(
        count=7, kinds=["cloze", "short_answer"], tags=["dates"], fact_kinds=["date"],
        time_limit_s=300, exam=True, pass_mark=80,
    )  # fmt: skip
    saved = saved_quizzes.save_quiz(bank, mixed, "  Final test ", options)
    assert saved.name == "Final test" and saved.options == options
    assert saved_quizzes.get_saved(bank, saved.id) == saved
    assert saved_quizzes.list_saved(bank, mixed) == [saved]
    # The same name again is refused, unless replacing: the id stays
    with pytest.raises(QuizappError, match="already has a quiz named 'Final test'"):
        saved_quizzes.save_quiz(bank, mixed, "Final test", QuizOptions())
    replaced = saved_quizzes.save_quiz(bank, mixed, "Final test", QuizOptions(), replace=True)
    assert replaced.id == saved.id and replaced.options == QuizOptions()
    # Renamed: same id; a name taken by another quiz of the set is refused
    other = saved_quizzes.save_quiz(bank, mixed, "Warm-up", QuizOptions(count=3))
    assert saved_quizzes.rename_quiz(bank, saved.id, "Exam").id == saved.id
    with pytest.raises(QuizappError, match="already has a quiz named 'Warm-up'"):
        saved_quizzes.rename_quiz(bank, saved.id, "Warm-up")
    assert [q.name for q in saved_quizzes.list_saved(bank, mixed)] == ["Exam", "Warm-up"]
    with pytest.raises(QuizappError, match="needs a name"):
        saved_quizzes.save_quiz(bank, mixed, "  ", QuizOptions())
    saved_quizzes.delete_quiz(bank, other.id)
    with pytest.raises(QuizappError, match="no saved quiz"):
        saved_quizzes.get_saved(bank, other.id)
    # Deleting the set deletes its named quizzes
    sets.delete_set(bank, "Mixed")
    assert saved_quizzes.list_all(bank) == []


def test_a_damaged_saved_quiz_is_refused_with_its_name(bank: Bank, mixed: int) -> None:
    saved = saved_quizzes.save_quiz(bank, mixed, "Odd", QuizOptions())
    with bank.engine.begin() as conn:
        conn.execute(text("UPDATE savedquiz SET pass_mark = 300 WHERE id = :i"), {"i": saved.id})
    with pytest.raises(QuizappError, match="saved quiz 'Odd' is damaged: a pass mark"):
        saved_quizzes.get_saved(bank, saved.id)


def test_results_carry_each_answers_time(bank: Bank, mixed: int) -> None:
    ann = _learner(bank)
    run = quiz.start_quiz(bank, ann, set_id=mixed, now=NOW, options=QuizOptions(count=2))
    first = run.items[0]
    quiz.record_quiz_answer(
        bank, run.attempt_id, first.question_id, Answer(3, "a", True, 4321, NOW)
    )
    result = quiz.finish_quiz(bank, run.attempt_id, now=NOW)
    assert [a.duration_ms for a in result.answers] == [4321, None]
