"""Typed answers judged in round 7 (issue 16): letters a learner types without their key
("Kjaer" for "Kjær"), and a vowel added to a short surname that makes another name
("Morgani" for "Morgan"). Examples are our own."""

from __future__ import annotations

import pytest

from quizapp.questiondata import FactKind, QuestionData
from quizapp.study.grading import check_answer


def _q(answer: str, accepted: list[str], tags: list[str] | None = None) -> QuestionData:
    return QuestionData(
        uid="q1",
        kind="short_answer",
        prompt="Who opened the new library?",
        answer=answer,
        accepted=accepted,
        tags=tags or [],
        fact_kind=FactKind.ACTOR,
    )


@pytest.mark.parametrize(
    ("answer", "accepted", "response"),
    [
        ("Sigrid Æbelø", ["Æbelø"], "Sigrid Aebelo"),
        ("Sigrid Æbelø", ["Æbelø"], "Aebelo"),
        ("Tomasz Łęcki", ["Łęcki"], "Lecki"),
        ("Anja Straße", ["Straße"], "Strasse"),
    ],
)
def test_letters_typed_without_their_key_are_right(
    answer: str, accepted: list[str], response: str
) -> None:
    assert check_answer(_q(answer, accepted), response).correct


@pytest.mark.parametrize("tags", [[], ["actors", "person"]])
@pytest.mark.parametrize("response", ["Weltoni", "Weltona", "Rhysa"])
def test_a_vowel_added_to_a_short_surname_is_another_name(tags: list[str], response: str) -> None:
    key, short = ("Rhys", "Rhys") if response.startswith("Rhys") else ("Welton", "Welton")
    assert not check_answer(_q(f"Carys {key}", [short], tags), response).correct


def test_an_english_word_surname_of_a_person_allows_no_added_vowel() -> None:
    # "Morgan" is also an English word: the untagged answer is still a person's name.
    assert not check_answer(_q("Eleri Morgan", ["Morgan"]), "Morgani").correct
    assert check_answer(_q("Eleri Morgan", ["Morgan"]), "Ms Morgan").correct


@pytest.mark.parametrize(
    ("kind", "answer", "response", "correct"),
    [
        ("cloze", "4.5 percent", "four and a half percent", True),
        ("cloze", "4.5 percent", "4 and a half per cent", True),
        ("cloze", "12.25 metres", "twelve and a quarter metres", True),
        ("cloze", "4.5 percent", "four percent", False),
        ("cloze", "4.5 percent", "five and a half percent", False),
        ("numeric", "4.5", "four and a half", True),
        ("numeric", "1500000", "one and a half million", True),
        ("numeric", "4.5", "four", False),
    ],
)
def test_a_number_and_a_half_in_words(kind: str, answer: str, response: str, correct: bool) -> None:
    question = QuestionData(uid="q1", kind=kind, prompt="Prices rose by ___.", answer=answer)
    assert check_answer(question, response).correct is correct


@pytest.mark.parametrize(
    ("answer", "accepted", "response", "correct"),
    [
        ("Halil Rifat", [], "Grand Vizier Halil Rifat", True),
        ("Halil Rifat", [], "Halil Rifat Pasha", True),
        ("Halil Rifat", [], "Sultan Halil Rifat", True),
        ("Enver Pasha", [], "Enver", True),
        ("Halil Rifat", [], "Halil Pasha", False),
        ("Halil Rifat", [], "Grand Vizier Halil", False),
        ("Martin Oduya Jr", [], "Martin Oduya Sr", False),
        ("Gerhard von Tannfeld", ["von Tannfeld"], "Tannfeld", True),
        ("Gerhard von Tannfeld", ["von Tannfeld"], "Tanfeld", True),
        ("Gerhard von Tannfeld", ["von Tannfeld"], "Gerhard", False),
        ("Pieter van der Wal", ["van der Wal"], "Wal", True),
    ],
)
def test_a_title_an_honorific_or_a_particle_around_a_name(
    answer: str, accepted: list[str], response: str, correct: bool
) -> None:
    assert check_answer(_q(answer, accepted), response).correct is correct


@pytest.mark.parametrize(
    ("answer", "response", "correct"),
    [
        ("Cretaceous", "Cretaceous period", True),
        ("Cretaceous", "the Cretaceous Period", True),
        ("Cretaceous", "Permian period", False),
        ("Tang", "Tang dynasty", True),
        ("Tang", "Song dynasty", False),
    ],
)
def test_a_period_typed_with_its_head_noun(answer: str, response: str, correct: bool) -> None:
    question = QuestionData(
        uid="q1", kind="cloze", prompt="The fossil dates from the late ___.", answer=answer
    )
    assert check_answer(question, response).correct is correct


@pytest.mark.parametrize(
    ("answer", "response", "correct"),
    [
        ("Zumbavi Delta", "Zumbavi", True),
        ("Zumbavi Delta", "the Zumbavi Delta", True),
        ("Zumbavi Delta", "Zumbavi River", False),
        ("Tarkuni Desert", "Tarkuni", True),
        ("Tarkuni Desert", "Tarkumi", True),
    ],
)
def test_a_delta_or_desert_without_its_head(answer: str, response: str, correct: bool) -> None:
    question = QuestionData(
        uid="q1",
        kind="short_answer",
        prompt="Which place floods each winter?",
        answer=answer,
        fact_kind=FactKind.ACTOR,
    )
    assert check_answer(question, response).correct is correct


@pytest.mark.parametrize(
    ("answer", "accepted", "response", "correct"),
    [
        ("Velmori", [], "Velmori, Tarsung", True),
        ("Velmori", [], "Velmori, Tarsung island", True),
        ("Velmori", [], "Velmori (Tarsung)", True),
        ("Velmori", [], "Velmori, London", False),  # a town is not in another town
        ("Velmori", [], "Velmori, nearby", False),
        ("Velmori", [], "Valmora, Tarsung", False),
        ("Idris Kaleno", ["Kaleno"], "Kaleno, Tarsung", False),  # a person: a first name
    ],
)
def test_a_town_with_its_island(
    answer: str, accepted: list[str], response: str, correct: bool
) -> None:
    question = QuestionData(
        uid="q1",
        kind="cloze",
        prompt="The injured were flown to the clinic in ___.",
        answer=answer,
        accepted=accepted,
        fact_kind=FactKind.ACTOR,
    )
    assert check_answer(question, response).correct is correct
