"""Known cities and countries the small model left untagged where the article names them.

The model misses a city's name before a common noun ("queued along the Aarhus waterfront")
or after a preposition in a long sentence: the city where the story happens is then no
actor and never asked. A capitalised proper noun that no mention covers, that the
gazetteer knows as a city of some size or a country, and that stands as a place (the
object of "in", "at", "near" ..., or the modifier of a place's noun: "the Aarhus
waterfront", "the Kessel suburbs") is added as a place's mention. A word opening its
sentence, or joined to another capitalised word ("Aarhus University"), is left alone.
"""

from __future__ import annotations

from typing import Any

from quizapp.generator.facts.facts import CITY, COUNTRY, Sentence
from quizapp.generator.facts.gazetteer import gazetteer
from quizapp.generator.facts.mentions import Mention
from quizapp.generator.facts.name_words import demonym_shaped

PLACE_PREPS = {"in", "at", "near", "outside", "around", "across", "throughout", "from", "to",
               "into", "towards", "toward", "through"}  # fmt: skip
# Common nouns a place's name stands before: "the Aarhus waterfront"
PLACE_PART_NOUNS = {"waterfront", "harbour", "harbor", "port", "suburbs", "suburb", "outskirts",
                    "centre", "center", "skyline", "seafront", "riverfront", "docks", "quayside",
                    "streets", "district", "area", "region", "coast", "airport"}  # fmt: skip
MIN_POPULATION = 100_000  # a town too small may share a common word's spelling


def with_untagged_places(mentions: list[Mention], sentences: list[Sentence]) -> list[Mention]:
    """``mentions`` with the known places the model left untagged, in text order."""
    taken = {(id(m.doc), i) for m in mentions for i in range(m.start, m.end)}
    added = []
    for sentence in sentences:
        if not sentence.usable:
            continue
        span = sentence.span
        for tok in span:
            if (id(tok.doc), tok.i) in taken or tok.i == span.start:
                continue
            if _known_place(tok) and _alone(tok) and _stands_as_place(tok):
                added.append(Mention(sentence, tok.i, tok.i + 1, "GPE"))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.sentence.index, m.start))


def _known_place(tok: Any) -> bool:
    if not tok.is_title or tok.pos_ != "PROPN" or not tok.is_alpha:
        return False
    place = gazetteer().lookup(tok.text)
    if place is None:
        return False
    return place.type == COUNTRY or (place.type == CITY and place.population >= MIN_POPULATION)


def _alone(tok: Any) -> bool:
    """Whether no capitalised word is joined to the token ("Aarhus University")."""
    doc = tok.doc
    before = doc[tok.i - 1] if tok.i > 0 else None
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return not any(t is not None and t.is_title and t.is_alpha for t in (before, after))


def place_modifier(tok: Any) -> bool:
    """Whether a word the model called a people's ("NORP") names the place of the noun
    after it ("the Aarhus waterfront"), being no people's adjective ("the Danish coast")."""
    if demonym_shaped(tok.text) or not tok.is_title:
        return False
    return _stands_as_place(tok) and tok.dep_ == "compound"


def _stands_as_place(tok: Any) -> bool:
    if tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS:
        return True  # "a hospital in Pokhara"
    head = tok.head
    return bool(
        tok.dep_ == "compound" and head.i == tok.i + 1 and head.lower_ in PLACE_PART_NOUNS
    )  # "the Aarhus waterfront"
