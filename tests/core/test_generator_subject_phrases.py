"""A wh-word stands for the whole subject phrase: "Marta Lind of Sweden won ..." asks
"Who won ...?", never "Who of Sweden won ...?" (issue 16). The text is written for this test."""

from __future__ import annotations

from quizapp.generator.forms.phrasing import wh_question
from quizapp.generator.pipeline import analyse


def test_a_person_with_an_of_phrase_is_asked_by_who_alone() -> None:
    text = (
        "Marta Lindqvist of Sweden won the women's downhill at the Val Gardena World Cup "
        "race on Saturday, beating the reigning champion by almost half a second."
    )
    fact = next(f for f in analyse(text).facts if f.answer == "Marta Lindqvist")
    question = wh_question(fact)
    assert question is not None
    assert question.startswith("Who won the women's downhill"), question
    assert "of Sweden" not in question, question


def test_a_reported_clause_never_ends_on_a_dangling_and() -> None:
    text = (
        "The Norwegian Farmers' Union, the largest group of growers in the country, said the "
        "new subsidies were too low to help small dairies and warned that many would close "
        "within five years."
    )
    facts = analyse(text).facts
    fact = next(f for f in facts if f.answer == "Norwegian Farmers' Union")
    question = wh_question(fact)
    assert question is not None
    assert not question.rstrip("?").endswith((" and", " or")), question


def test_a_perfect_before_a_subject_with_a_participle_is_asked_with_did() -> None:
    for made in ("launched", "run"):
        text = (
            f"A trial programme {made} in 2021 had involved 36 schools across the northern region."
        )
        fact = next(f for f in analyse(text).facts if f.answer == "36")
        question = wh_question(fact)
        assert question is not None
        assert question.startswith(f"How many schools did a trial programme {made} in 2021 involve")
