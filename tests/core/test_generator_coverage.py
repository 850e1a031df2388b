"""Core facts that must not be lost (texts written for these tests): a day and month without
a year, a count the model did not mark, a third question on a long sentence, an actor asked
where its question leaves the sentence's date askable, and a later mention whose gap would
hide the facts of its sentence."""

from __future__ import annotations

import re

from quizapp.generator.choices.distractors import distractors
from quizapp.generator.facts.facts import (
    ACTOR,
    CITY,
    DATE,
    FIGURE,
    FULL_DATE,
    MONTH_YEAR,
    PERSON,
    QUOTE,
    SPEAKER,
    YEAR,
    Entity,
    Fact,
    Sentence,
)
from quizapp.generator.pipeline import analyse
from quizapp.generator.selection import Candidate, select
from quizapp.generator.synthesis import GeneratedQuestion, fact_questions
from quizapp.questiondata import FactKind, QuestionKind


def _facts(text: str) -> list[Fact]:
    return analyse(text).facts


def _question(kind: str, prompt: str, answer: str) -> GeneratedQuestion:
    return GeneratedQuestion(QuestionKind(kind), prompt, answer, FactKind.ACTOR, "k", "", "")


def _fact(facts: list[Fact], answer: str) -> Fact:
    return next(f for f in facts if f.answer == answer)


def test_a_day_and_month_without_a_year_is_a_date() -> None:
    facts = _facts(
        "The blaze at the Kelvin paper mill started on 3 August and burned for a week. "
        "The council elected Ruth Amari as mayor on May 9."
    )
    dates = {f.answer: f for f in facts if f.kind == DATE}
    assert dates["3 August"].type == FULL_DATE, dates
    assert dates["May 9"].type == FULL_DATE, dates
    assert not [f for f in facts if f.kind == FIGURE and f.answer == "9"]  # the day is no count
    assert not [f for f in _facts("Theresa May 3 times refused to resign.") if f.kind == DATE]
    asked = fact_questions(dates["3 August"], facts)
    assert any(
        q.prompt == "On which date did the blaze at the Kelvin paper mill start?" for q in asked
    )


def test_a_date_without_a_year_has_choices_without_one() -> None:
    facts = _facts(
        "The new bridge over the Tarra opened on 12 October 1998. "
        "Its toll was lifted on 2 March, and cyclists were first let across on March 20."
    )
    wrong = distractors(_fact(facts, "2 March"), facts)
    assert wrong, wrong
    assert all(re.fullmatch(r"\d{1,2} [A-Z][a-z]+", w) for w in wrong), wrong


def test_a_count_the_model_did_not_mark_is_a_figure() -> None:
    facts = _facts(
        "The chief of the brigade, Anna Berg, who led more than 900 firefighters, "
        "praised the volunteers."
    )
    counts = [f for f in facts if f.kind == FIGURE]
    assert [(f.answer, f.unit) for f in counts] == [("900", "firefighters")], counts


def _sentence(index: int, text: str) -> Sentence:
    return Sentence(index, text, None, 0, True)


def _made(sentence: Sentence, answer: str, entity: Entity | None = None) -> Fact:
    at = sentence.text.index(answer)
    kind, type_ = (ACTOR, entity.type) if entity is not None else (DATE, YEAR)
    return Fact(kind, type_, answer, sentence, at, at + len(answer), entity=entity)


def _on(fact: Fact, kind: str, prompt: str, order: int, weight: float) -> Candidate:
    return Candidate(_question(kind, prompt, fact.answer), fact, order, weight)


def test_an_actor_is_asked_where_its_question_leaves_the_date_askable() -> None:
    holm = Entity("Karl Holm", PERSON)
    one = _sentence(0, "Karl Holm founded the Tarrow Guides in 1921.")
    two = _sentence(1, "Karl Holm later crossed the Varna glacier with Anna Berg.")
    cands = [
        _on(
            _made(one, "Karl Holm", holm),
            "short_answer",
            "Who founded the Tarrow Guides in 1921?",
            0,
            4.0,
        ),
        _on(
            _made(two, "Karl Holm", holm), "short_answer", "Who crossed the Varna glacier?", 1, 3.5
        ),
        _on(
            _made(one, "1921"),
            "multiple_choice",
            "In which year were the Tarrow Guides founded?",
            2,
            1.5,
        ),
    ]
    chosen = [q.prompt for q in select(cands, 5)]
    assert chosen == [cands[1].question.prompt, cands[2].question.prompt], chosen


def test_a_later_mention_is_not_asked_where_its_gap_hides_the_sentence() -> None:
    tarrow, berg = Entity("Tarrow", CITY), Entity("Anna Berg", PERSON)
    one = _sentence(0, "Karl Holm was born in Tarrow in 1891.")
    two = _sentence(1, "In 1921 Karl Holm met the painter Anna Berg in Tarrow.")
    cands = [
        _on(
            _made(one, "1891"),
            "multiple_choice",
            "In which year was Karl Holm born in Tarrow?",
            0,
            3.5,
        ),
        _on(
            _made(one, "Tarrow", tarrow),
            "short_answer",
            "In which town was Karl Holm born in 1891?",
            1,
            3.0,
        ),
        _on(
            _made(two, "Tarrow", tarrow),
            "cloze",
            "In 1921 Karl Holm met the painter Anna Berg in ___.",
            2,
            1.0,
        ),
        _on(
            _made(two, "1921"),
            "multiple_choice",
            "In which year did Karl Holm meet the painter Anna Berg in Tarrow?",
            3,
            1.2,
        ),
        _on(
            _made(two, "Anna Berg", berg),
            "cloze",
            "In 1921 Karl Holm met the painter ___ in Tarrow.",
            4,
            1.1,
        ),
    ]
    chosen = [q.prompt for q in select(cands, 10)]
    assert chosen == [cands[0].question.prompt, cands[3].question.prompt], chosen


def test_a_long_sentence_gives_a_third_question_when_none_tells_another() -> None:
    long = _sentence(
        0,
        "In 1921 the mountaineer Karl Holm led a team of eleven climbers from the village of "
        "Tarrow across the Varna glacier to the summit of Mount Eskel, a route that nobody had "
        "tried before.",
    )
    short = _sentence(1, "In 1931 the guide Per Lund led a team from Oster.")
    for sentence, year, leader, village, count in (
        (long, "1921", "Karl Holm", "Tarrow", 3),
        (short, "1931", "Per Lund", "Oster", 2),
    ):
        cands = [
            _on(
                _made(sentence, year),
                "multiple_choice",
                "In which year did the team set out?",
                0,
                3.0,
            ),
            _on(
                _made(sentence, leader, Entity(leader, PERSON)),
                "short_answer",
                "Who led the team?",
                1,
                2.8,
            ),
            _on(
                _made(sentence, village, Entity(village, CITY)),
                "short_answer",
                "From which village did the team set out?",
                2,
                2.6,
            ),
        ]
        assert len(select(cands, 10)) == count, sentence.text


def test_an_answer_inside_another_word_is_not_told() -> None:
    sentence = _sentence(0, "Ada Holm often crossed ten glaciers with guides from Tarrow.")
    cands = [
        _on(
            _made(sentence, "ten"),
            "multiple_choice",
            "How many glaciers did Ada Holm cross?",
            0,
            2.0,
        ),
        _on(
            _made(sentence, "Tarrow", Entity("Tarrow", CITY)),
            "short_answer",
            "From which town were the guides Ada Holm often crossed glaciers with?",
            1,
            1.5,
        ),
    ]
    assert len(select(cands, 10)) == 2  # "ten" stands in "often", but not as a word


def test_a_speaker_is_asked_by_the_quote_where_the_who_question_hides_a_date() -> None:
    berg = Entity("Anna Berg", PERSON)
    one = _sentence(0, "In June 1931 Anna Berg spoke at the Tarrow harbour.")
    two = _sentence(1, "“The sea is ours,” Anna Berg said.")
    at = two.text.index("Anna Berg")
    quote = Fact(QUOTE, SPEAKER, "Anna Berg", two, at, at + 9, entity=berg, quote="The sea is ours")
    date = Fact(DATE, MONTH_YEAR, "June 1931", one, 3, 12)
    cands = [
        _on(
            _made(one, "Anna Berg", berg),
            "short_answer",
            "Who spoke at the Tarrow harbour in June 1931?",
            0,
            3.0,
        ),
        _on(quote, "short_answer", "Who said this: “The sea is ours”?", 1, 1.5),
        _on(
            date,
            "multiple_choice",
            "In which month and year did Anna Berg speak at the Tarrow harbour?",
            2,
            1.4,
        ),
    ]
    chosen = [q.prompt for q in select(cands, 5)]
    assert chosen == [cands[1].question.prompt, cands[2].question.prompt], chosen
