"""A definite noun phrase ("the bridge", "the crossing", "the museum", "the town", "Its
founder") that refers back to a common-noun phrase the article introduced is named by
that phrase, shortened; where two phrases or none may be meant, or the phrase holds a
relative clause, the question stays refused (texts written for these tests)."""

from __future__ import annotations

import re

import pytest

from quizapp.generator import generate

BRIDGE = (
    "On 14 March 2019, the engineer Maria Lindqvist opened a new bridge across the river in "
    "Norway. The bridge cost 320 million kroner and took four years to build. Lindqvist said "
    "the crossing would cut the journey to the coast by forty minutes."
)
MUSEUM = (
    "The harbour museum of Port Ellis opened on 4 May 1998. Its founder, the shipwright Marta "
    "Olsen, gave the town 312 model ships. In 2006 the museum moved to the old customs house, "
    "and 41,000 people visited it that summer."
)
DEAL = (
    "In May 2017 the carmaker Orvan Motors signed an agreement with the Chilean state mining "
    "company Andeca. The deal gave Orvan Motors a share of 12 percent in a lithium mine. The "
    "firm said the accord was worth 900 million dollars."
)
GLASS = (
    "A new museum of glass opened in Lindby in 2004. The museum holds 3,000 objects and was "
    "designed by the architect Karin Holm."
)
FLOOD = (
    "Heavy rain caused floods in the district of Varnholm on 2 April 2021. The floods destroyed "
    "140 homes. The region received 60 million euros from the government in May."
)
TWO_BRIDGES = (
    "In June 2011 the builder Tomas Reed finished a stone bridge over the canal in Leeds. A "
    "second bridge opened near the station in 2013. The bridge cost 14 million pounds."
)
NO_BRIDGE_BEFORE = (
    "The bridge cost 14 million pounds. In June 2011 the builder Tomas Reed finished a stone "
    "bridge over the canal in Leeds."
)
RELATIVE = (
    "In June 2011 the builder Tomas Reed finished a bridge that links the two halves of Leeds. "
    "The bridge cost 14 million pounds and took three years to build."
)
UNNAMED = re.compile(r"\bthe (?:bridge|crossing|museum|town)\b|\bits founder\b", re.I)


def prompts(text: str) -> list[str]:
    return [q.prompt for q in generate(text)]


def test_the_bridge_is_named_by_its_introducing_phrase() -> None:
    found = prompts(BRIDGE)
    assert any("did the new bridge in Norway cost" in p for p in found), found
    assert any("did the new bridge in Norway take to build" in p for p in found), found
    assert not any(UNNAMED.search(p) for p in found), found


def test_the_museum_its_founder_and_the_town_are_named() -> None:
    found = prompts(MUSEUM)
    assert any("did the harbour museum of Port Ellis move" in p for p in found), found
    assert any("founder of the harbour museum of Port Ellis" in p for p in found), found
    assert any(p.endswith("give Port Ellis?") for p in found), found
    assert not any(UNNAMED.search(p) for p in found), found
    assert len(found) >= 3, found


def test_its_director_is_named_once_and_the_museum_after_it_stays() -> None:
    text = (
        "The river museum in Hull opened in 1990. Its director, the historian Ann Lee, bought "
        "300 maps for the museum in 1995."
    )
    found = prompts(text)
    assert any(
        p.startswith("In which year did the director of the river museum in Hull, the historian")
        and p.endswith("buy 300 maps for the museum?")
        for p in found
    ), found


def test_a_deal_is_named_by_the_agreement_and_its_named_party() -> None:
    found = prompts(DEAL)
    assert any(p.startswith("The agreement with Andeca gave") for p in found), found
    assert any("said the agreement with Andeca was worth" in p for p in found), found
    assert not any(re.search(r"\bthe (?:deal|accord)\b", p, re.I) for p in found), found


def test_a_subject_is_named_with_the_place_its_verb_gives() -> None:
    # "A new museum of glass opened in Lindby": "of glass" names no place, "in Lindby" does
    found = prompts(GLASS)
    assert "How many objects does the new museum in Lindby hold?" in found, found


def test_the_region_is_the_district_named_before() -> None:
    found = prompts(FLOOD)
    assert any("did Varnholm receive from the government" in p for p in found), found


@pytest.mark.parametrize("text", [TWO_BRIDGES, NO_BRIDGE_BEFORE, RELATIVE])
def test_the_bridge_stays_refused_where_no_one_phrase_names_it(text: str) -> None:
    # the cost is said of "the bridge" only: two bridges, none before, or a relative clause
    asked = [(q.prompt, q.answer) for q in generate(text)]
    assert not any("14" in a for _, a in asked), asked
    assert not any("cost" in p for p, _ in asked), asked
