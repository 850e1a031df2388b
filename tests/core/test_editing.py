"""The editing service: sets and questions change in one checked transaction each."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlmodel import select

from quizapp import answering, editing, learners, review, sets
from quizapp.answering import Answer
from quizapp.bank import Bank
from quizapp.errors import QuizappError
from quizapp.models import CardState, Question
from quizapp.questiondata import QuestionData, SetData

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
    item = review.study_queue(filled, learner.id, now=NOW, limit=1)[0]
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
    assert sets.get_set(filled, "Capitals").questions == snapshot.questions


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
