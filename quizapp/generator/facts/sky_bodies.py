"""Bodies of the sky: the Sun, the planets, a moon, the Solar System, typed as places.

The small model calls "the Sun", "Neptune" or "the Solar System" an organisation or a
person; a question then asks "Which organisation ...". A body of the sky is a thing, typed
as a place (what it is may be asked only with the article's own word for it). It is known
by its name (the Sun, the Moon, the planets of the Solar System, written with "the" where
English writes it), or by what the article says of a one-word name no gazetteer knows: it
orbits or circles something, it has moons or rings, or it is called a planet, a moon, a
star, a comet ("Kepler-7, a gas giant", "Triton circles the planet backwards"). A name
that speaks ("Mars said", a company) is never one.
"""

from __future__ import annotations

from typing import Any

from quizapp.generator.facts.gazetteer import gazetteer
from quizapp.generator.facts.mentions import Mention

WITH_THE = {"Sun", "Moon", "Solar System", "Milky Way"}  # "the Sun"
PLANETS = {"Mercury", "Venus", "Earth", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune",
           "Pluto"}  # fmt: skip
SKY_NOUNS = {"planet", "moon", "star", "comet", "asteroid", "galaxy", "nebula", "satellite",
             "giant", "dwarf", "exoplanet"}  # fmt: skip
ORBIT_VERBS = {"orbit", "circle", "revolve", "rotate", "spin"}
OWNED = {"moon", "ring", "atmosphere", "orbit", "core", "crust"}
SPEECH = {"say", "tell", "announce", "report", "add", "sell", "hire", "employ"}


def sky_body(key: str, mentions: list[Mention]) -> bool:
    """Whether the actor called ``key`` is a body of the sky (see the module)."""
    if any(m.root.dep_ == "nsubj" and m.root.head.lemma_ in SPEECH for m in mentions):
        return False  # "Mars said ...": the company
    if key in WITH_THE:
        return any(_after_the(m) for m in mentions)
    if key in PLANETS:
        return True
    if " " in key or gazetteer().lookup(key) is not None:
        return False
    return any(_said_of_a_body(m.root) for m in mentions)


def _after_the(m: Mention) -> bool:
    """ "the Sun", "the inner Solar System", "the whole Milky Way"."""
    doc, i = m.doc, m.start - 1
    while i > 0 and doc[i].pos_ == "ADJ" and doc[i].is_lower:
        i -= 1
    return i >= 0 and doc[i].lower_ == "the"


def _said_of_a_body(root: Any) -> bool:
    """It orbits, has moons, or is called a planet (as its subject or by an apposition)."""
    verb = root.head
    if root.dep_ == "nsubj" and verb.lemma_ in ORBIT_VERBS:
        return True
    if root.dep_ == "nsubj" and verb.lemma_ == "have":
        return any(c.dep_ == "dobj" and c.lemma_ in OWNED for c in verb.children)
    if root.dep_ == "nsubj" and verb.lemma_ == "be":
        return any(c.dep_ == "attr" and c.lemma_ in SKY_NOUNS for c in verb.children)
    return any(c.dep_ == "appos" and c.lemma_ in SKY_NOUNS for c in root.children)
