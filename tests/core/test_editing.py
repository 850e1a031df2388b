"""The editing service: sets and questions change in one checked transaction each."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from sqlmodel import select

from quizapp.content import editing, sets
from quizapp.errors import QuizappError
from quizapp.questiondata import QuestionData, SetData
from quizapp.store.bank import Bank
from quizapp.store.models import CardState, Question
from quizapp.study import answering, assignments, learners, quiz, review_queue, saved_quizzes
from quizapp.study.answering import Answer
from quizapp.study.quiz_options import QuizOptions

pytestmark = pytest.mark.both_engines  # every test here runs on SQLite and PostgreSQL

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def _q(uid: str, prompt: str = "Capital of Peru?", answer: str = "Lima") -> QuestionData:
    return QuestionData(uid=uid, kind="short_answer", prompt=prompt, answer=answer)


def _uids(bank: Bank, name: str) -> list[str]:
    return [q.uid for q in sets.get_set(bank, name).questions]


def _positions(bank: Bank) -> list[int]:
    with bank.session() as session:
        return sorted(q.position for q in session.exec(select(Question)).all())


@pytest.fixture
def filled(bank: Bank) -> Bank:
    editing.create_set(bank, "Capitals", "South America")
    for i, (p, a) in enumerate([("Peru?", "Lima"), ("Chile?", "Santiago"), ("Bolivia?", "Sucre")]):
        editing.add_question(bank, "Capitals", _q(f"q-{i + 1}", f"Capital of {p}", a))
    return bank


def test_create_rename_and_refuse_clashes(bank: Bank) -> None:
    summary = editing.create_set(bank, "  History  ", "Dates")
    assert (summary.name, summary.questions) == ("History", 0)
    with pytest.raises(QuizappError, match="already exists"):
        editing.create_set(bank, "History")
    with pytest.raises(QuizappError, match="needs a name"):
        editing.create_set(bank, "   ")
    editing.create_set(bank, "Other")
    with pytest.raises(QuizappError, match="already exists"):
        editing.rename_set(bank, "Other", "History")
    editing.rename_set(bank, "History", "Modern history", description="Since 1900")
    assert [(s.name, s.description) for s in sets.list_sets(bank)] == [
        ("Modern history", "Since 1900"),
        ("Other", ""),
    ]
    with pytest.raises(QuizappError, match="no set called 'History'"):
        editing.rename_set(bank, "History", "X")


def test_add_update_delete_questions_keep_positions(filled: Bank) -> None:
    assert _uids(filled, "Capitals") == ["q-1", "q-2", "q-3"]
    editing.add_question(filled, "Capitals", _q("q-4", "Capital of Peru, again?"), position=0)
    assert _uids(filled, "Capitals") == ["q-4", "q-1", "q-2", "q-3"]
    changed = _q("q-2", "Capital of Chile?", "Santiago de Chile")
    changed.tags = ["chile"]
    editing.update_question(filled, "Capitals", "q-2", changed)
    assert sets.get_set(filled, "Capitals").questions[2] == changed
    assert editing.delete_question(filled, "Capitals", "q-1") == 1
    assert _uids(filled, "Capitals") == ["q-4", "q-2", "q-3"]
    assert _positions(filled) == [0, 1, 2]


def test_invalid_question_changes_nothing(filled: Bank) -> None:
    before = sets.get_set(filled, "Capitals")
    bad = QuestionData(uid="mc", kind="multiple_choice", prompt="Pick", answer="C", choices=["A"])
    with pytest.raises(QuizappError, match="at least 2 choices"):
        editing.add_question(filled, "Capitals", bad)
    with pytest.raises(QuizappError, match="needs an answer"):
        editing.update_question(filled, "Capitals", "q-1", _q("q-1", answer=" "))
    with pytest.raises(QuizappError, match="already has a question 'q-2'"):
        editing.update_question(filled, "Capitals", "q-1", _q("q-2"))
    with pytest.raises(QuizappError, match="already has a question 'q-3'"):
        editing.add_question(filled, "Capitals", _q("q-3"))
    with pytest.raises(QuizappError, match="no question 'q-9'"):
        editing.delete_question(filled, "Capitals", "q-9")
    assert sets.get_set(filled, "Capitals") == before


def test_move(filled: Bank) -> None:
    editing.move_question(filled, "Capitals", "q-3", 0)
    assert _uids(filled, "Capitals") == ["q-3", "q-1", "q-2"]
    editing.move_question(filled, "Capitals", "q-3", 99)
    assert _uids(filled, "Capitals") == ["q-1", "q-2", "q-3"]
    editing.move_question(filled, "Capitals", "q-1", 2)
    assert _uids(filled, "Capitals") == ["q-2", "q-3", "q-1"]


def test_editing_a_question_keeps_learners_progress(filled: Bank) -> None:
    # Given a learner who has answered a question
    learner = learners.create_learner(filled, "Ada", timezone="UTC")
    item = review_queue.study_queue(filled, learner.id, now=NOW, limit=1)[0]
    answering.record_answer(
        filled,
        learner.id,
        item.question_id,
        Answer(rating=3, response="Lima", correct=True, duration_ms=3000, time=NOW),
    )
    with filled.session() as session:
        cards_before = len(session.exec(select(CardState)).all())
    # When the teacher corrects its wording
    uid = item.question.uid
    editing.update_question(filled, "Capitals", uid, _q(uid, "Which city is the capital?"))
    # Then the card is still there
    with filled.session() as session:
        assert len(session.exec(select(CardState)).all()) == cards_before == 1


def test_duplicate_and_delete_then_restore(filled: Bank) -> None:
    copy = editing.duplicate_set(filled, "Capitals")
    assert (copy.name, copy.questions) == ("Capitals (copy)", 3)
    assert editing.duplicate_set(filled, "Capitals").name == "Capitals (copy 2)"
    assert sets.get_set(filled, "Capitals (copy)").questions == (
        sets.get_set(filled, "Capitals").questions
    )
    snapshot = editing.delete_set(filled, "Capitals")
    assert "Capitals" not in [s.name for s in sets.list_sets(filled)]
    editing.restore_set(filled, snapshot)
    assert sets.get_set(filled, "Capitals").questions == snapshot.data.questions


def test_new_uid_and_tags() -> None:
    assert editing.new_uid([]) == "q-1"
    assert editing.new_uid(["q-1", "q-7", "mc", "q-x"]) == "q-8"
    questions = [_q("a"), _q("b")]
    questions[0].tags = ["rivers", "Europe"]
    questions[1].tags = ["asia", "rivers"]
    assert editing.all_tags(questions) == ["asia", "Europe", "rivers"]


def test_sets_from_files_can_be_edited(bank: Bank) -> None:
    sets.add_set(bank, SetData("Loaded", questions=[_q("x"), _q("y", "Capital of Chad?", "N")]))
    editing.move_question(bank, "Loaded", "y", 0)
    assert _uids(bank, "Loaded") == ["y", "x"]


def _linked(bank: Bank, name: str) -> tuple[Any, list[Any], list[Any]]:
    """The set's assignment and named quizzes, and the class's work on it, ids aside."""
    (found,) = [s for s in sets.list_sets(bank) if s.name == name]
    (work,) = [w for w in assignments.class_work(bank) if w.assignment.set_name == name]
    a = work.assignment
    named = [(q.id, q.name, q.options) for q in saved_quizzes.list_saved(bank, found.id)]
    done = [(w.name, w.state, w.attempts, w.best) for w in work.work]
    return (a.id, a.due_on, a.quiz_length, a.pass_mark), named, done


def _assign_and_save(bank: Bank, name: str) -> None:
    """An assignment with a pass mark, two named quizzes, and one learner's work on it."""
    (found,) = [s for s in sets.list_sets(bank) if s.name == name]
    work, _ = assignments.assign(bank, name, NOW.date(), quiz_length=2, pass_mark=50,
                                 today=NOW.date(), now=NOW)  # fmt: skip
    saved_quizzes.save_quiz(bank, found.id, "Short", QuizOptions(count=2))
    saved_quizzes.save_quiz(bank, found.id, "Exam", QuizOptions(count=3, exam=True, pass_mark=80))
    ann = learners.create_learner(bank, "Ann").id
    run = assignments.start_assigned(bank, ann, work, now=NOW)
    for item in run.items:
        quiz.record_quiz_answer(bank, run.attempt_id, item.question_id,
                                Answer(0, "x", True, 1000, NOW))  # fmt: skip
    quiz.finish_quiz(bank, run.attempt_id, now=NOW)


def test_undo_of_a_deleted_set_brings_back_its_assignment_and_named_quizzes(
    filled: Bank,
) -> None:
    # Given a set with an assignment (Ann did it), and two named quizzes
    _assign_and_save(filled, "Capitals")
    before = _linked(filled, "Capitals")
    assert len(before[1]) == 2 and before[2] == [("Ann", assignments.WorkState.PASSED, 1, 100.0)]
    # When the teacher deletes it, everything on it goes, and the snapshot says what
    deleted = editing.delete_set(filled, "Capitals")
    assert deleted.links.describe() == "its assignment and its 2 named quizzes"
    assert assignments.list_assignments(filled) == [] and not saved_quizzes.list_all(filled)
    # Then Undo brings back the questions, the assignment, the named quizzes (same ids,
    # so what names them still finds them) and the class's work on the assignment
    editing.restore_set(filled, deleted)
    assert sets.get_set(filled, "Capitals").questions == deleted.data.questions
    assert _linked(filled, "Capitals") == before


def test_a_set_replaced_by_import_keeps_its_assignment_and_named_quizzes(filled: Bank) -> None:
    # Given a set with an assignment and two named quizzes
    _assign_and_save(filled, "Capitals")
    before = _linked(filled, "Capitals")
    # When a new version of it is imported with --replace
    new = SetData("Capitals", questions=[_q("n-1", "Capital of Chile?", "Santiago")])
    made = sets.add_set(filled, new, replace=True)
    # Then the new set holds them (the work done on the old version still counts)
    assert [s.id for s in sets.list_sets(filled)] == [made.id]
    assert _linked(filled, "Capitals") == before
    assert saved_quizzes.list_saved(filled, made.id)[0].set_id == made.id


def test_deleting_a_set_with_nothing_on_it_says_nothing_more(filled: Bank) -> None:
    assert editing.set_links(filled, "Capitals").describe() == ""
    deleted = editing.delete_set(filled, "Capitals")
    assert deleted.links.empty
    editing.restore_set(filled, deleted)
    assert assignments.list_assignments(filled) == []
