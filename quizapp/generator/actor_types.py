"""The fine type of an actor: person, organisation, country, city, region or place.

The gazetteer and the article's own words ("the X region", "the city of X")
outrank the model's label; a name ending in an event word is no place at all.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from quizapp.generator.facts import CITY, COUNTRY, ORG, PERSON, PLACE, REGION
from quizapp.generator.gazetteer import gazetteer

if TYPE_CHECKING:
    from quizapp.generator.actors import Mention

REGION_WORDS = {"region", "province", "state", "territory", "county", "district", "enclave",
                "oblast", "governorate", "prefecture", "canton", "republic"}  # fmt: skip
CITY_WORDS = {"city", "town", "capital", "village", "port"}
# A name ending so is an event ("the Rotterdam Marathon", "the Earth Summit"), never a place,
# however the model labels it
EVENT_WORDS = {"marathon", "summit", "games", "olympics", "cup", "championship",
               "championships", "tournament", "festival", "open", "prix", "war",
               "conference", "congress", "expo", "prize", "award", "race", "rally",
               "election", "elections", "treaty", "accords", "talks"}  # fmt: skip
PLACE_PREPS = {"in", "to", "from", "at", "near", "into", "outside", "across"}


def fine_type(
    key: str, labels: Counter[str], m: Mention, full_names: set[str], text: str
) -> str | None:
    """The fine type of the actor called ``key``, or None when it is no actor at all.

    ``labels`` counts the model's labels over its mentions, ``m`` is its first mention,
    ``full_names`` the people named in full, ``text`` the whole article.
    """
    place = gazetteer().lookup(key)
    if place is not None and place.type == COUNTRY:
        return COUNTRY
    if key in full_names:
        return PERSON
    evidence = _place_evidence(key, text)
    if evidence:
        return evidence
    top = labels.most_common(1)[0][0]
    is_place_label = labels["GPE"] + labels["LOC"] + labels["FAC"] > 0
    if place is not None and (is_place_label or _city_evidence(m, place.population)):
        return place.type
    if top == "PERSON" or (labels["PERSON"] and not is_place_label):
        return PERSON if " " in key or key[:1].isupper() else None
    if top == "ORG" or (labels["ORG"] and not is_place_label):
        return ORG
    if key.split()[-1].lower() in EVENT_WORDS:
        return None  # an event, not a place
    if labels["GPE"]:
        return REGION
    if labels["LOC"] or labels["FAC"]:
        return PLACE
    return None


def _place_evidence(name: str, text: str) -> str | None:
    """The fine type the article itself gives a place: 'the X region', 'the city of X'."""
    quoted = re.escape(name)
    for words, kind in ((REGION_WORDS, REGION), (CITY_WORDS, CITY)):
        alternatives = "|".join(sorted(words))
        after = rf"\b{quoted}\s+(?:{alternatives})\b"
        before = rf"\b(?:{alternatives})\s+of\s+{quoted}\b"
        if re.search(after, text) or re.search(before, text):
            return kind
    return None


def _city_evidence(m: Mention, population: int) -> bool:
    """A known city named by the model as a person or body, with the text agreeing."""
    previous = m.doc[m.start - 1].lower_ if m.start > 0 else ""
    return previous in PLACE_PREPS or population == 0 or population >= 1_000_000
