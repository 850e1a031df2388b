"""Distractors of the answer's exact sort: players for a player, never the managers; no
choices for a place name the gazetteer reads as a place on another continent than all
the article's other places (issue 16)."""

from __future__ import annotations

from quizapp.generator.choices.distractors import distractors
from quizapp.generator.facts.facts import Fact
from quizapp.generator.pipeline import analyse

FINAL = (
    "Millbrook Wanderers beat Eastfield United 2-1 in the county final on Sunday. "
    "Eastfield manager Joan Perrow watched from the touchline as her side took the lead. "
    "Millbrook coach Dermot Quaid made two changes at half-time. "
    "Eastfield goalkeeper Tobias Venn saved a penalty from Millbrook striker Arlo Finch. "
    "Millbrook defender Sean Kilbride headed the equaliser after an hour. "
    "Eastfield midfielder Yusuf Dade hit the post, and Millbrook winger Petra Lunn "
    "scored the winner in the last minute."
)
FEW_PLAYERS = (
    "Eastfield manager Joan Perrow praised her team after the final on Sunday. "
    "Millbrook coach Dermot Quaid said the referee had made mistakes. "
    "Eastfield goalkeeper Tobias Venn saved a penalty in the second half. "
    "Millbrook striker Arlo Finch missed that penalty."
)
CAMPAIGN = (
    "In June 1815 the armies of Britain and Prussia met Napoleon south of Brussels. "
    "The French had marched north from Paris through Charleroi. "
    "The decisive fighting took place near Waterloo, where the French army broke by evening. "
    "Napoleon fled back to Paris and gave up his throne four days later."
)


def _fact(text: str, surface: str) -> tuple[Fact, list[Fact]]:
    analysis = analyse(text)
    fact = next(f for f in analysis.facts if f.surface == surface or f.answer == surface)
    return fact, analysis.facts


def test_a_player_gets_players_never_a_manager_or_a_coach() -> None:
    fact, facts = _fact(FINAL, "Tobias Venn")
    wrong = distractors(fact, facts, full=True)
    assert wrong is not None
    assert not {"Joan Perrow", "Dermot Quaid"} & set(wrong)


def test_no_choices_where_three_of_the_sort_are_lacking() -> None:
    fact, facts = _fact(FEW_PLAYERS, "Tobias Venn")
    assert distractors(fact, facts, full=True) is None


def test_a_manager_gets_no_player_where_the_roles_tell() -> None:
    fact, facts = _fact(FINAL, "Joan Perrow")
    wrong = distractors(fact, facts, full=True) or []
    assert not {"Tobias Venn", "Arlo Finch", "Sean Kilbride", "Yusuf Dade"} & set(wrong)


def test_no_choices_for_a_name_read_as_a_place_on_another_continent() -> None:
    analysis = analyse(CAMPAIGN)
    waterloo = [f for f in analysis.facts if f.answer == "Waterloo" and f.type == "city"]
    assert waterloo
    for fact in waterloo:  # the gazetteer's Waterloo is in Ontario: no Winnipeg, no Edmonton
        assert distractors(fact, analysis.facts) is None
    paris = next(f for f in analysis.facts if f.answer == "Paris")
    assert distractors(paris, analysis.facts) is not None  # a place of the article's continent


BOTANIST = (
    "Astrid Halvorsen was a Danish botanist who became famous for mapping the mosses of "
    "Iceland. She was born on 3 May 1871 at Øvre Kvålsgard, a farm near Aarhus. "
    "In 1899 she and Karen Dyhr spent a summer in a tent on Grimsvik Holm and collected "
    "400 species."
)


def test_a_place_taken_for_a_person_is_no_choice_beside_people() -> None:
    fact, facts = _fact(BOTANIST, "Astrid Halvorsen")
    assert "Grimsvik Holm" not in {f.answer for f in facts if f.type == "person"}
    assert "Grimsvik Holm" in {f.answer for f in facts if f.type == "place"}  # "a tent on X"
    assert distractors(fact, facts, full=True) is None  # one other person only


CRUSADE = (
    "In 1346 an army from England defeated the French at Crécy. "
    "Ten years later, in 1356, the English won again at Poitiers and captured the king of France. "
    "Soldiers from Portugal fought for the English side in 1367."
)


def test_an_old_story_gets_only_its_own_countries() -> None:
    fact, facts = _fact(CRUSADE, "England")
    own = {f.answer for f in facts if f.type == "country"}
    wrong = distractors(fact, facts)
    assert wrong is None or set(wrong) <= own  # never "Germany" nor "Ireland" in 1346


DERBY = (
    "Kelso Rangers beat Dunmore Town 3-2 in the derby on Saturday. "
    "Rangers manager Fiona Laird praised her players after the match. "
    "Town manager Colm Reddy blamed the referee for the defeat. "
    "Rangers striker Owen Pratt opened the scoring after five minutes. "
    "Town defender Ravi Mehta equalised with a header. "
    "Nadia Holt curled in a free kick before half-time, and Ben Kerr tapped in a rebound. "
    "Late in the game Sol Baptiste volleyed a second goal for Town."
)


def test_a_person_without_a_role_who_plays_gets_no_manager() -> None:
    fact, facts = _fact(DERBY, "Sol Baptiste")
    wrong = distractors(fact, facts, full=True)
    assert wrong is not None
    assert not {"Fiona Laird", "Colm Reddy"} & set(wrong)
