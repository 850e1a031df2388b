"""\"The island\" or \"the storm\" named as the article's subject (issue 16)."""

from __future__ import annotations

from quizapp.generator import generate

ISLAND = (
    "Madagascar is an island country in the Indian Ocean. Madagascar became independent "
    "from France in 1960. In 1972 the island adopted a new constitution written by Raoul "
    "Tessier."
)
STORM = (
    "Hurricane Orla was a destructive Category 5 Atlantic hurricane that struck Louisiana "
    "in 2005. Hurricane Orla formed over the Bahamas on August 23. The storm killed 1,392 "
    "people in New Orleans and Mississippi."
)
TWO_ISLANDS = (
    "Velmora is an island country in the Indian Ocean. Velmora and Tarsil Island were "
    "French colonies until 1960. In 1972 the island adopted a new constitution written by "
    "Raoul Tessier."
)


def _prompts(text: str) -> list[str]:
    return [q.prompt for q in generate(text, max_questions=30)]


def test_the_island_is_the_island_country_the_article_is_about() -> None:
    prompts = _prompts(ISLAND)
    assert any("did Madagascar adopt a new constitution" in p for p in prompts), prompts
    assert not any("the island" in p for p in prompts), prompts


def test_the_storm_is_the_hurricane_the_article_is_about_with_its_title() -> None:
    prompts = _prompts(STORM)
    asked = ("Hurricane Orla killed ___ people", "How many people did Hurricane Orla kill")
    assert any(p.startswith(asked) for p in prompts), prompts
    assert not any("he storm" in p for p in prompts), prompts


def test_the_island_stays_unnamed_beside_another_island() -> None:
    prompts = _prompts(TWO_ISLANDS)
    assert not any("did Velmora adopt" in p for p in prompts), prompts


def test_the_island_inside_a_quotation_is_left_as_it_is() -> None:
    from quizapp.generator.facts.facts import Entity
    from quizapp.generator.naming.pronouns import named_for_description
    from quizapp.generator.synthesis import GeneratedQuestion

    source = 'Tessier said "the island will never be sold" in 1972.'
    q = GeneratedQuestion(
        "cloze", 'Tessier said "the island will never be sold" in ___.', "1972",
        "date", "k", source, "e",
    )  # fmt: skip
    madagascar = Entity("Madagascar", "country")
    assert named_for_description(q, madagascar, [], ("country", "island")) == q
    # the same words outside the quotation: named
    bare = GeneratedQuestion(
        "cloze", "In ___ the island adopted a constitution.", "1972", "date", "k",
        "In 1972 the island adopted a constitution.", "e",
    )  # fmt: skip
    named = named_for_description(bare, madagascar, [], ("country", "island"))
    assert named.prompt == "In ___ Madagascar adopted a constitution."


def test_the_noun_is_learned_from_what_the_first_sentence_says_the_subject_is() -> None:
    from quizapp.generator.facts.descriptions import description_nouns
    from quizapp.generator.facts.facts import Entity
    from quizapp.generator.pipeline import analyse

    island = analyse(ISLAND)
    assert "island" in description_nouns(Entity("Madagascar", "country"), island.sentences)
    # "video game company": a company, never "the game"
    firm = analyse(
        "Kyoku Ltd. is a Japanese video game company based in Kyoto. Kyoku was founded in 1889."
    )
    nouns = description_nouns(Entity("Kyoku Ltd.", "org"), firm.sentences)
    assert "company" in nouns and "game" not in nouns
    # a sentence not about the subject teaches nothing
    assert "island" not in description_nouns(Entity("France", "country"), island.sentences)


def test_what_was_invaded_is_the_place_the_article_is_about() -> None:
    invaded = (
        "Madagascar is an island country in the Indian Ocean. Madagascar became "
        "independent from Britain in 1960. France invaded in 1895 and made Madagascar a colony."
    )
    prompts = _prompts(invaded)
    assert "In which year did France invade Madagascar?" in prompts, prompts
    # another place after the verb: what was invaded may be that one
    other = invaded.replace("and made Madagascar a colony", "and made Réunion a colony")
    assert not any(p.endswith("invade Madagascar?") for p in _prompts(other))
