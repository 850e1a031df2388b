""" "The sides" (or "they", "the two countries") are named as the two actors the sentence
before names together, only where that is sure; otherwise the question is refused as not
self-contained (texts written for these tests)."""

from __future__ import annotations

import re

import pytest

from quizapp.generator import GeneratedQuestion, generate

TWO_COUNTRIES = (
    "Peru and Ecuador signed a peace treaty in Brasilia in October 1998. The two countries "
    "had fought over the Cenepa valley since 1941, and about 500 soldiers died in the last "
    "war.\n\n"
    "The treaty was welcomed by the Organization of American States. Its border commission "
    "finished marking the frontier in 1999."
)
# two coordinations in the sentence before: which two "the sides" are is not sure
TWO_PAIRS = (
    "Peru and Ecuador signed a peace treaty, and Brazil and Argentina signed it as "
    "guarantors in October 1998. The sides had fought over the Cenepa valley since 1941, and "
    "about 500 soldiers died in the last war."
)
# "They" after a sentence about the talks: the talks, not the countries
THE_TALKS = (
    "The talks between Peru and Ecuador ended in Brasilia in October 1998. They had "
    "dragged on since 1995, and about 40 rounds were held in four cities."
)
# "the two countries" inside a quotation stays as the speaker said it
QUOTED = (
    'Peru and Ecuador signed a peace treaty in Brasilia in October 1998. "The two '
    'countries have fought since 1941," said the Brazilian mediator, Luiz Moreira, who '
    "had led 40 rounds of talks."
)


def _prompts(text: str) -> list[str]:
    return [q.prompt for q in generate(text, max_questions=30)]


@pytest.fixture(scope="module")
def treaty() -> list[GeneratedQuestion]:
    return generate(TWO_COUNTRIES, max_questions=30)


@pytest.mark.slow
def test_the_two_countries_are_named(treaty: list[GeneratedQuestion]) -> None:
    # Given "Peru and Ecuador signed ... The two countries had fought ... since 1941"
    # Then that sentence's facts are asked, with the two countries named
    prompts = [q.prompt for q in treaty]
    assert any(re.search(r"Peru and Ecuador (?:had )?fought", p) for p in prompts), prompts
    assert not any("two countries" in p for p in prompts), prompts


@pytest.mark.slow
def test_two_coordinations_name_no_one() -> None:
    # Given a sentence before naming two pairs of countries
    # Then "the sides" is not named, and its sentence is not asked
    for prompt in _prompts(TWO_PAIRS):
        assert "fought" not in prompt, prompt


@pytest.mark.slow
def test_they_after_the_talks_is_not_the_countries() -> None:
    for prompt in _prompts(THE_TALKS):
        assert "dragged" not in prompt, prompt


@pytest.mark.slow
def test_never_named_inside_a_quotation() -> None:
    for prompt in _prompts(QUOTED):
        assert "Peru and Ecuador have fought" not in prompt, prompt


# "both leaders" after two countries: not the countries, and no one else is named
LEADERS_OF_COUNTRIES = (
    "Peru and Chile signed a peace treaty in Brasilia in October 1998. Both leaders had "
    "fought over the Cenepa valley since 1941, and about 500 soldiers died in the last war."
)


@pytest.mark.slow
def test_a_group_of_another_type_is_refused() -> None:
    for prompt in _prompts(LEADERS_OF_COUNTRIES):
        assert "fought" not in prompt, prompt


# "the sides" after "the talks between Peru and Ecuador": the two parties the talks name
BETWEEN = (
    "The talks between Peru and Ecuador ended in Brasilia in October 1998. The sides had "
    "fought over the Cenepa valley since 1941, and about 500 soldiers died in the last war."
)


@pytest.mark.slow
def test_the_sides_of_talks_between_two_countries_are_named() -> None:
    prompts = _prompts(BETWEEN)
    assert any("Peru and Ecuador had fought" in p for p in prompts), prompts
    assert not any("sides" in p for p in prompts), prompts


def test_a_group_noun_with_its_own_of_phrase_is_no_reference() -> None:
    # Given "the governments of Norway and Sweden", which names its own parties
    text = (
        "Lake Femund lies on the border between Norway and Sweden in the high fells. "
        "In 2004 the governments of Norway and Sweden set up a joint board to protect "
        "the lake's trout."
    )
    # Then no question doubles the names ("Norway and Sweden of Norway and Sweden")
    for q in generate(text, max_questions=30):
        assert "Sweden of" not in q.prompt, q.prompt
