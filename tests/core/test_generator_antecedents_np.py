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


@pytest.mark.parametrize("text", [TWO_BRIDGES, NO_BRIDGE_BEFORE, RELATIVE])
def test_the_bridge_stays_refused_where_no_one_phrase_names_it(text: str) -> None:
    # the cost is said of "the bridge" only: two bridges, none before, or a relative clause
    asked = [(q.prompt, q.answer) for q in generate(text)]
    assert not any("14" in a for _, a in asked), asked
    assert not any("cost" in p for p, _ in asked), asked
