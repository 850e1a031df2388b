"""The one door into a set: what it stores, what it leaves out as already there, and where."""

from __future__ import annotations

import pytest
from sqlmodel import select

from quizapp.content import editing, sets
from quizapp.content.set_intake import Target, add_questions
from quizapp.errors import QuizappError
from quizapp.questiondata import ArticleData, QuestionData, QuestionKind, SetData
from quizapp.store.bank import Bank
from quizapp.store.models import Article, Question

pytestmark = pytest.mark.both_engines  # every test here runs on SQLite and PostgreSQL

ANDES = ArticleData("Andes", "andes.txt", "The Andes run along South America.")


def _q(uid: str, prompt: str = "Capital of Peru?", answer: str = "Lima") -> QuestionData:
    return QuestionData(uid=uid, kind=QuestionKind.SHORT_ANSWER, prompt=prompt, answer=answer)


def _order(uid: str, items: list[str]) -> QuestionData:
    prompt = "Put these in order."
    return QuestionData(uid=uid, kind=QuestionKind.ORDERING, prompt=prompt, choices=items)


def _uids(bank: Bank, name: str) -> list[str]:
    return [q.uid for q in sets.get_set(bank, name).questions]


@pytest.fixture
def filled(bank: Bank) -> Bank:
    editing.create_set(bank, "Capitals", "South America")
    for i, (p, a) in enumerate([("Peru?", "Lima"), ("Chile?", "Santiago"), ("Bolivia?", "Sucre")]):
        editing.add_question(bank, "Capitals", _q(f"q-{i + 1}", f"Capital of {p}", a))
    return bank


def test_questions_already_in_the_set_are_left_out_and_named(filled: Bank) -> None:
    # Given a set holding "Capital of Peru?" (Lima) as q-1, and questions to add:
    new = [
        _q("gen-1", "Where do the Andes run?", "South America"),  # new
        _q("q-2", "Something else?", "Else"),  # the id of a question already there
        _q("gen-2", "  capital OF   peru? ", "LIMA"),  # q-1's prompt and answer, case aside
        _q("gen-3", "Capital of Peru?", "Cusco"),  # q-1's prompt, another answer
    ]
    # When they are added with their article
    added = add_questions(filled, "Capitals", new, article=ANDES, target=Target.EXISTING)
    # Then the new ones are stored after the others, with the article; the rest named
    assert (added.added, added.already_there) == (["gen-1", "gen-3"], ["q-2", "gen-2"])
    assert not added.created
    assert _uids(filled, "Capitals") == ["q-1", "q-2", "q-3", "gen-1", "gen-3"]
    with filled.session() as session:
        row = session.exec(select(Question).where(Question.uid == "gen-1")).one()
        stored = session.get(Article, row.article_id)
        assert stored is not None and stored.text == ANDES.text
    # And adding them again stores nothing, not even the article
    again = add_questions(filled, "Capitals", new, article=ANDES)
    assert again.added == [] and again.already_there == [q.uid for q in new]
    with filled.session() as session:
        assert len(session.exec(select(Article)).all()) == 1


def test_orderings_with_one_prompt_are_told_apart_by_their_items(bank: Bank) -> None:
    add_questions(bank, "Order", [_order("o-1", ["a", "b"])])
    added = add_questions(bank, "Order", [_order("o-2", ["c", "d"]), _order("o-3", ["A", " b"])])
    assert (added.added, added.already_there) == (["o-2"], ["o-3"])


def test_a_set_is_made_when_missing_with_the_one_default_description(bank: Bank) -> None:
    made = add_questions(bank, "Andes", [_q("a")], article=ANDES)
    assert made.created and made.description == "Generated from Andes"
    assert sets.get_set(bank, "Andes").description == "Generated from Andes"
    assert add_questions(bank, "Bare", [_q("a")]).description == ""


def test_each_target_refuses_what_it_cannot_take(filled: Bank) -> None:
    with pytest.raises(QuizappError, match="already exists: choose another name, or add"):
        add_questions(filled, "Capitals", [_q("new")], target=Target.NEW)
    with pytest.raises(QuizappError, match="no set called 'Rivers'"):
        add_questions(filled, "Rivers", [_q("new")], target=Target.EXISTING)
    with pytest.raises(QuizappError, match="a set needs a name"):
        add_questions(filled, "  ", [_q("new")])
    assert [s.name for s in sets.list_sets(filled)] == ["Capitals"]


def test_it_is_all_or_nothing(filled: Bank) -> None:
    bad = QuestionData(uid="gen-2", kind=QuestionKind.CLOZE, prompt="No gap here", answer="x")
    with pytest.raises(QuizappError, match="gap"):
        add_questions(filled, "Capitals", [_q("gen-1", "New?", "Yes"), bad])
    with pytest.raises(QuizappError, match="two questions share the id 'x'"):
        add_questions(filled, "New set", [_q("x"), _q("x", "Other?", "Yes")])
    assert _uids(filled, "Capitals") == ["q-1", "q-2", "q-3"]
    assert [s.name for s in sets.list_sets(filled)] == ["Capitals"]


def test_a_repeat_within_the_questions_added_is_left_out_too(filled: Bank) -> None:
    # Given questions to add where two ask the same with the same answer (other ids)
    new = [
        _q("gen-1", "Where do the Andes run?", "South America"),
        _q("gen-2", "Capital of Ecuador?", "Quito"),
        _q("gen-3", "where do the andes  RUN?", "south america"),  # gen-1 again
        _order("gen-4", ["x", "y"]),
        _order("gen-5", ["x", "y"]),  # gen-4 again
        _order("gen-6", ["y", "x"]),  # other items: another question
    ]
    # When they are added (the article dialog's "Add to", quizapp generate --set)
    added = add_questions(filled, "Capitals", new, article=ANDES, target=Target.EXISTING)
    # Then the first of each wins, and the repeats are named as already there
    assert added.added == ["gen-1", "gen-2", "gen-4", "gen-6"]
    assert added.already_there == ["gen-3", "gen-5"]
    assert _uids(filled, "Capitals") == ["q-1", "q-2", "q-3", "gen-1", "gen-2", "gen-4", "gen-6"]
    # And in a set made for them just as well
    made = add_questions(filled, "Andes", new, target=Target.NEW)
    assert made.already_there == ["gen-3", "gen-5"]


def test_the_editors_new_question_follows_the_rule(filled: Bank) -> None:
    # A new question asking what q-1 asks, with its answer (case aside), is refused by name
    with pytest.raises(
        QuizappError, match=r"already asks this with the same answer \(question 'q-1'\)"
    ):
        editing.add_question(filled, "Capitals", _q("q-9", "capital of PERU?", "lima"))
    with pytest.raises(QuizappError, match="already has a question 'q-2'"):
        editing.add_question(filled, "Capitals", _q("q-2", "New?", "New"))
    # Another answer is another question, placed where asked
    editing.add_question(filled, "Capitals", _q("q-9", "Capital of Peru?", "Cusco"), position=1)
    assert _uids(filled, "Capitals") == ["q-1", "q-9", "q-2", "q-3"]
    editing.add_question(filled, "Capitals", _q("q-10", "Capital of Chad?", "N'Djamena"))
    assert _uids(filled, "Capitals")[-1] == "q-10"


def test_an_import_keeps_every_question_of_its_file(bank: Bank) -> None:
    """The rule is about a set's questions before the call: a file's own repeats stay."""
    twice = [_q("a"), _q("b"), _order("c", ["x", "y"]), _order("d", ["x", "y"])]
    summary = sets.add_set(bank, SetData("Drill", "Said twice on purpose", twice, ANDES))
    assert summary.questions == 4 and _uids(bank, "Drill") == ["a", "b", "c", "d"]
    assert sets.get_set(bank, "Drill").description == "Said twice on purpose"
