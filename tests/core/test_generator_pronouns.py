"""A pronoun is named only for an antecedent that agrees with it (gender, number, person
or thing) and that nothing else in reach could be: a wrong name makes a false question
(texts written for these tests)."""

from __future__ import annotations

import re

import pytest

from quizapp.generator import GeneratedQuestion, generate

# A biography of a woman who marries a man named as often as she is: every "she" is hers.
WIFE_AND_HUSBAND = (
    "Clara Brandt was a Swiss-born botanist whose studies of alpine mosses made her "
    "famous across Europe. She was the first woman to lead the Vienna Botanical Society.\n\n"
    "She was born Clara Weiss in Basel on 3 March 1871. She studied chemistry at the "
    "University of Zurich before moving to Vienna in 1894.\n\n"
    "In 1896 she married the Austrian geologist Otto Brandt. Otto Brandt had mapped the "
    "glaciers of the Tyrol, and Otto joined her on long field trips. Otto was killed in "
    "1905 when he fell from a ridge near Innsbruck.\n\n"
    "In 1908 she published the Atlas of Alpine Mosses, which listed 412 species. She later "
    "founded the Moss Herbarium in Graz. She died in Graz on 9 June 1938."
)


@pytest.fixture(scope="module")
def biography() -> list[GeneratedQuestion]:
    return generate(WIFE_AND_HUSBAND, max_questions=30)


@pytest.mark.slow
def test_the_husband_is_never_said_to_do_what_she_did(biography: list[GeneratedQuestion]) -> None:
    # Given a biography of a woman whose husband is named as often as she is
    # Then no question puts him where the article says "she"
    for q in biography:
        for deed in ("first woman", "married", "published", "founded", "died", "studied"):
            if deed in q.prompt:
                assert "Otto" not in q.prompt.split(deed)[0], q.prompt


@pytest.mark.slow
def test_her_birth_name_is_never_accepted_for_him(biography: list[GeneratedQuestion]) -> None:
    for q in biography:
        if "Otto" in q.answer:
            assert not any("Weiss" in a for a in q.accepted), (q.prompt, q.accepted)
        if q.answer == "Clara Brandt":
            assert "Otto Brandt" not in q.accepted


# "Its" after a sentence about a plural range that names a kingdom: the kingdom's, not the
# range's, and not unambiguous enough to name at all.
RANGE_AND_KINGDOM = (
    "The Alps are the highest range in Europe. They stretch for about 1,200 kilometres "
    "through eight countries, from France to Slovenia.\n\n"
    "The Alps were the homeland of the Frankish Empire, which in the ninth century ruled "
    "much of the west of Europe. Its capital was Aachen, and its best-known chapel was built "
    "around 800 in the city.\n\n"
    "The Alps hold many glaciers. The highest peak of the Alps is Mont Blanc, which rises to "
    "4,806 metres. The Alps attract 120 million visitors a year."
)


@pytest.mark.slow
def test_its_is_never_named_for_a_plural_range() -> None:
    questions = generate(RANGE_AND_KINGDOM, max_questions=30)
    for q in questions:
        assert "Mountains’s" not in q.prompt and "Mountains's" not in q.prompt, q.prompt


@pytest.mark.slow
def test_its_after_a_plural_range_and_an_empire_is_not_the_range() -> None:
    # Given "The Alps were the homeland of the Frankish Empire, which ... Its capital was"
    from quizapp.generator.naming.antecedents import pronoun_for, sentences_about
    from quizapp.generator.pipeline import analyse
    from quizapp.generator.ranking import subject_of

    analysis = analyse(RANGE_AND_KINGDOM)
    subject = subject_of(analysis.facts)
    assert subject is not None and subject.name == "Alps"
    about = sentences_about(analysis.sentences, analysis.facts, subject, pronoun_for(subject))
    # Then "Its capital" is not taken for the Alps' (plural; the empire is nearer)
    its = next(s.index for s in analysis.sentences if s.text.startswith("Its capital"))
    assert its not in about


@pytest.mark.slow
def test_her_deeds_are_asked_with_her_name(biography: list[GeneratedQuestion]) -> None:
    # Given the same biography: "She later founded the Moss Herbarium" is hers to ask
    named = [q.prompt for q in biography if q.prompt.startswith("Clara Brandt")]
    assert any("founded" in p or "first woman" in p or "published" in p for p in named), [
        q.prompt for q in biography
    ]


# "the company" after a sentence about another company is that one, not the subject.
BUYER_AND_TARGET = (
    "Siemens agreed on 3 March 2024 to buy the French train maker Alstom for 9 billion "
    "euros. Siemens said the purchase would double its sales of trains. Shares in Siemens "
    "rose 4 percent in Frankfurt.\n\n"
    "Alstom, based in Paris, builds high-speed trains for 60 countries. Its chief "
    "executive, Henri Poupart, said the company had grown by 15 percent a year since 2010.\n\n"
    "Siemens expects the deal to close in September. The company employs 300,000 people "
    "worldwide."
)


@pytest.mark.slow
def test_the_company_after_a_sentence_on_another_company_is_not_the_subject() -> None:
    questions = generate(BUYER_AND_TARGET, max_questions=30)
    for q in questions:
        assert not ("Siemens" in q.prompt and "15 percent" in q.prompt), q.prompt


def test_a_contracted_she_is_not_named_as_a_possessive() -> None:
    # Given a life whose second sentence opens "She's" ("she is")
    text = (
        "Hanna Voss trained as a chemist in Leipzig. She's the first woman to win two Lenz "
        "Medals, and the medals came in 1903 and 1911. Voss died in 1934 in Halle. Her son "
        "Peter Voss won a Lenz Medal in 1935."
    )
    # When questions are made
    prompts = [q.prompt for q in generate(text)]
    # Then no question reads "Hanna Voss's the first woman" (a possessive, not "is")
    assert not any(re.search(r"Voss[’']s (?:the|a)\b", p) for p in prompts), prompts
