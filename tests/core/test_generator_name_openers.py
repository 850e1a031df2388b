"""Name spans and keys: a verb opening a quotation is no part of a name, "the" only where
the article writes it, a team's key its full name (issue 16). Texts invented for the tests."""

from __future__ import annotations

from quizapp.generator.facts.facts import ORG, Entity
from quizapp.generator.naming.pronouns import with_the
from quizapp.generator.pipeline import analyse


def test_a_verb_opening_a_quotation_is_not_part_of_the_company_name() -> None:
    text = (
        "Lumenfield employs 60 people in Bristol. "
        '"Bringing Lumenfield inside Olvane doubles our engineers," said Mira Castell, '
        "chief executive of Olvane Group. Lumenfield was founded in 2012."
    )
    names = {e.name: e for e in analyse(text).entities}
    assert not any(n.startswith("Bringing") for n in names)
    assert names["Lumenfield"].mentions == 3


def test_the_is_not_added_to_a_firm_the_article_writes_without_it() -> None:
    text = (
        "Olvane Group agreed to buy Tarnwick. The Olvane Group board approved the deal. "
        "Olvane Group said it would pay in cash."
    )
    assert not with_the(Entity("Olvane Group", ORG), text)
    written = (
        "The Ostrava Alliance urged a No vote. Later the Ostrava Alliance said it would appeal."
    )
    assert with_the(Entity("Ostrava Alliance", ORG), written)


def test_a_team_named_by_its_last_word_keeps_its_full_name_as_key() -> None:
    text = (
        "Pellbury Athletic beat Carrow Town 3-0 on Saturday to reach the cup final. "
        "Athletic scored twice before half-time, and Athletic held on in front of 3,100 fans."
    )
    names = {e.name: e for e in analyse(text).entities}
    assert "Athletic" not in names
    assert "Athletic" in names["Pellbury Athletic"].aliases


def test_a_team_word_the_model_calls_a_person_is_the_team() -> None:
    text = (
        "Rovers edge past Pellbury\n\n"
        "Harbourside Rovers beat Pellbury 2-1 on Saturday to reach the cup final. "
        "Rovers scored twice before half-time, and Rovers held on in front of 3,100 fans."
    )
    names = {e.name: e for e in analyse(text).entities}
    assert "Rovers" not in names
    assert "Rovers" in names["Harbourside Rovers"].aliases


def test_an_opening_adverb_is_no_part_of_a_name() -> None:
    for adverb in ("Then", "Afterwards", "Meanwhile"):
        text = (
            "Ada Quill wrote poems in Leeds. Quill said the poems were for children. "
            f"{adverb} Quill died in 1920."
        )
        names = {e.name for e in analyse(text).entities}
        assert f"{adverb} Quill" not in names, adverb  # before: a person of its own
        assert "Ada Quill" in names
