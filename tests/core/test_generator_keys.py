"""The accepted answers of typed questions name the answer and nothing else: never a
common head word alone ("Accords"), never another person's name (texts written for these
tests)."""

from __future__ import annotations

import pytest

from quizapp.generator.facts.clusters import generic_word
from quizapp.generator.facts.facts import ACTOR, ORG, PERSON, Fact, Sentence
from quizapp.generator.synthesis import _alias_used


def actor(text: str, answer: str, type_: str, aliases: tuple[str, ...]) -> Fact:
    start = text.index(answer)
    sentence = Sentence(0, text, None, 0, True)
    return Fact(ACTOR, type_, answer, sentence, start, start + len(answer), aliases=aliases)


@pytest.mark.parametrize("word", ["Accords", "Survey", "Agreement", "Treaty", "Commission"])
def test_a_common_head_word_is_generic(word: str) -> None:
    assert generic_word(word)


@pytest.mark.parametrize("word", ["Curie", "Mandela", "Northwind", "Babbage"])
def test_a_name_is_not_generic(word: str) -> None:
    assert not generic_word(word)


@pytest.mark.parametrize(
    ("answer", "type_", "alias"),
    [("Camp David Accords", PERSON, "Accords"), ("Helsinki Agreement", ORG, "Agreement"),
     ("Irish Geological Survey", ORG, "Survey")],
)  # fmt: skip
def test_a_head_word_alone_is_not_accepted(answer: str, type_: str, alias: str) -> None:
    # Given the article names the body in full and once by its head word alone
    text = f"The {answer} were signed in 1978. The {alias} took effect in 1979."
    fact = actor(text, answer, type_, (alias,))
    other = actor(text, alias, type_, ())
    # Then the head word alone is no accepted answer
    assert not _alias_used(alias, fact, [fact, other])


def test_a_surname_the_article_uses_is_still_accepted() -> None:
    text = "Nelson Mandela was freed in 1990. Mandela became president in 1994."
    fact = actor(text, "Nelson Mandela", PERSON, ("Mandela",))
    assert _alias_used("Mandela", fact, [fact])


@pytest.mark.slow
def test_her_birth_name_is_hers_and_no_one_elses() -> None:
    # Given a short biography: she was born under another name, and married a man
    from quizapp.generator.pipeline import analyse

    text = (
        "Anna Lindqvist was a Swedish chemist whose work on soils made her famous. "
        "She was the first woman to teach at the Uppsala Institute.\n\n"
        "She was born Anna Berg in Lund in 1880. In 1905 she married the engineer "
        "Erik Lindqvist. Erik was killed in 1912 when he fell from a bridge in Malmo. "
        "Erik had built the bridge."
    )
    people = {e.name: e for e in analyse(text).entities if e.type == PERSON}
    # Then "Anna Berg" is one of her names, and none of his
    assert "Anna Berg" in people["Anna Lindqvist"].names()
    assert not any("Berg" in n for n in people["Erik Lindqvist"].names())


@pytest.mark.slow
def test_a_month_is_right_with_the_year_the_article_gives_it() -> None:
    # Given "In April 2021 ... blocked. The commission had cleared it in March, ..."
    from quizapp.generator.pipeline import analyse
    from quizapp.questiondata import QuestionData
    from quizapp.study.grading import check_answer

    text = (
        "In April 2021 the national regulator blocked the merger of the two railways. "
        "The European Commission had already cleared it in March, after the buyers "
        "promised to sell a freight line.\n\n"
        "In 2019 the railways carried 40 million passengers. The following June, the "
        "owners cut 300 jobs."
    )
    months = {f.answer: f for f in analyse(text).facts if f.type == "month"}
    march = months["March"]
    key = QuestionData(uid="m", kind="cloze", prompt="in ___", answer="March",
                       accepted=list(march.aliases))  # fmt: skip
    # Then "March 2021" is right, "March 2020" is not
    assert check_answer(key, "March 2021").correct
    assert not check_answer(key, "March 2020").correct
    # and "the following June" gets no year
    assert not any(a[-4:].isdigit() for a in months["June"].aliases)


@pytest.mark.slow
def test_a_company_is_not_merged_into_a_division_named_after_it() -> None:
    # Given a company named alone first, and a division of it named later
    from quizapp.generator.pipeline import analyse

    text = (
        "Siemens closed its purchase of the Dutch rail firm Vanmoer on 3 May 2021. "
        "Siemens paid 2 billion euros for the firm, and Siemens said it would keep "
        "all 900 jobs. Klaus Meyer, the head of Siemens Mobility, welcomed the deal."
    )
    names = {e.name: e.names() for e in analyse(text).entities}
    # Then "Siemens" is not another name of "Siemens Mobility" (nor the reverse)
    assert not any("Siemens" in ns and "Siemens Mobility" in ns for ns in names.values())
    # (a short name after the full one is still that company: "Northwind" of "Northwind
    # Energy", tests/core/test_generator_entities.py)
