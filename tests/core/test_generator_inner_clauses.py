"""Wording and form: commas of a cut phrase, "according to officials", figures in millions,
dates in clauses below the main one (issue 16)."""

from __future__ import annotations

from quizapp.generator.pipeline import analyse
from quizapp.generator.synthesis import GeneratedQuestion, fact_questions
from quizapp.questiondata import QuestionKind


def _questions(text: str, answer: str) -> list[GeneratedQuestion]:
    a = analyse(text)
    out: list[GeneratedQuestion] = []
    for fact in a.facts:
        if fact.answer == answer:
            out.extend(fact_questions(fact, a.facts))
    return out


def _prompts(text: str, answer: str) -> set[str]:
    return {q.prompt for q in _questions(text, answer)}


def test_both_commas_of_a_cut_date_go() -> None:
    text = "A ferryman named Olle Brandt, in 1907, opened a boat service to Tjorn."
    prompts = _prompts(text, "1907")
    asked = "In which year did a ferryman named Olle Brandt open a boat service to Tjorn?"
    assert asked in prompts
    assert not any(",," in p or "Brandt, open" in p for p in prompts)


def test_according_to_a_common_noun_is_lower_case() -> None:
    text = "Engineers said the lighthouse at Skagen had been repaired in 1962."
    prompts = _prompts(text, "1962")
    assert any(p.startswith("According to engineers, ") for p in prompts), prompts
    assert not any("According to Engineers" in p for p in prompts)


def test_a_figure_in_millions_is_no_numeric_question() -> None:
    text = "A spokesman said the World Bank would lend 450 million dollars to the port of Mombasa."
    questions = _questions(text, "450 million dollars")
    assert questions
    assert not any(q.kind == QuestionKind.NUMERIC for q in questions)
    short = [q for q in questions if q.kind == QuestionKind.SHORT_ANSWER]
    assert short and "450000000" in short[0].accepted


def test_a_date_in_a_clause_hung_on_a_relative_clause_is_asked_of_its_named_subject() -> None:
    text = "The tariffs that the Reform League raised after it took office in 1891 hurt farmers."
    prompts = _prompts(text, "1891")
    assert "In which year did the Reform League take office?" in prompts


def test_a_date_in_a_relative_clause_is_asked_with_its_named_antecedent() -> None:
    text = "The Peace of Nystad, which Russia signed in 1721, ended the long war in the north."
    assert "In which year did Russia sign the Peace of Nystad?" in _prompts(text, "1721")


def test_an_unnamed_subject_or_antecedent_gets_no_inner_question() -> None:
    text = "The mill that the village elders bought after they sold the forest in 1888 burned down."
    assert not any("did the village elders" in p for p in _prompts(text, "1888"))
    text = "The charter that the guild signed in 1410 is kept in a museum."
    prompts = _prompts(text, "1410")
    assert not any(p.startswith("In which year") for p in prompts), prompts


def test_a_place_that_opened_the_sentence_stays_at_the_front() -> None:
    text = "In Tromso, Nordhavn Shipping opened a new quay for icebreakers in 2014."
    prompts = _prompts(text, "Nordhavn Shipping")
    assert any(p.startswith("In Tromso, which ") for p in prompts), prompts
    assert not any("in 2014, in Tromso" in p or p.endswith("in Tromso?") for p in prompts)


def test_a_pronoun_that_may_mean_the_antecedent_is_not_resolved() -> None:
    text = "The bank that Harlow Capital bought after it collapsed in 2009 reopened in 2012."
    assert not any("Harlow Capital collapse" in p for p in _prompts(text, "2009"))
