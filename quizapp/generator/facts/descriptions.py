"""The nouns by which an article may refer back to its subject: "the river", "the island".

Each kind of subject has its own ("the company" for an organisation), and the article's
first sentence adds the one it uses ("Madagascar is an island country ..." -> "island",
"country"; "Hurricane Katrina was a ... hurricane" -> "hurricane", and so "storm").
"""

from __future__ import annotations

import re
from dataclasses import replace

from quizapp.generator.facts.facts import (
    CITY,
    COUNTRY,
    LAKE,
    ORG,
    PLACE,
    REGION,
    RIVER,
    SEA,
    Entity,
    Sentence,
)  # fmt: skip
from quizapp.generator.synthesis import GeneratedQuestion

DESCRIPTIONS: dict[str, tuple[str, ...]] = {
    RIVER: ("river",), LAKE: ("lake",), SEA: ("sea",), COUNTRY: ("country",),
    ORG: ("company", "group", "firm", "organisation", "organization"),
}  # fmt: skip
# Other words for what the first sentence calls the subject.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "hurricane": ("storm",), "typhoon": ("storm",), "cyclone": ("storm",),
    "company": ("firm",), "corporation": ("company", "firm"),
    "conglomerate": ("company", "group"), "multinational": ("company",),
    "spaceflight": ("mission",), "spacecraft": ("mission", "probe"), "probe": ("mission",),
    "island": (), "lake": (), "river": (),
}  # fmt: skip
BE = ("be",)
# Heads whose one-word modifier is also what the subject is ("island country" -> island).
GENERIC = ("country", "nation", "state", "city", "town", "region", "territory")


def description_nouns(subject: Entity, sentences: list[Sentence]) -> tuple[str, ...]:
    """The nouns "the ___" may stand for the subject with: its kind's, and those of the
    first sentence that names it ("X is an island country" -> island, country)."""
    nouns = list(DESCRIPTIONS.get(subject.type, ()))
    first = next((s for s in sentences[:3] if _names(subject, s.text)), None)
    for noun in _copula_nouns(first, subject):
        nouns += [noun, *SYNONYMS.get(noun, ())]
    return tuple(dict.fromkeys(nouns))


def _names(subject: Entity, text: str) -> bool:
    return any(n in text for n in subject.names())


def _copula_nouns(sentence: Sentence | None, subject: Entity) -> list[str]:
    """The head noun of "X is a/an ... NOUN" and a lowercase noun before it ("island
    country"), from the sentence's parse, where X names the subject."""
    if sentence is None or sentence.span is None:
        return []
    root = sentence.span.root
    said_of = " ".join(
        "".join(t.text_with_ws for t in c.subtree) for c in root.children if c.dep_ == "nsubj"
    )
    if root.lemma_ not in BE or not _names(subject, said_of):
        return []
    heads = [t for t in root.children if t.dep_ == "attr" and t.pos_ == "NOUN"]
    if not heads:
        return []
    head = heads[0]
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children):
        return []
    nouns = [head.lemma_.lower()]
    if nouns[0] in GENERIC:  # "island country", never "video game company" -> "game"
        nouns += [
            c.lower_ for c in head.children
            if c.dep_ == "compound" and c.text.islower() and not list(c.children)
        ]  # fmt: skip
    return [n for n in nouns if n.isalpha()]


# "In which year did France invade?": a verb that needs what was invaded.
NEEDS_OBJECT = re.compile(
    r"\b(did [A-Z][\w .’'-]*? (?:invade|annex|occupy|conquer|colonise|colonize|blockade))\?$"
)
PLACES = (COUNTRY, CITY, REGION, PLACE)


def named_as_object(q: GeneratedQuestion, subject: Entity) -> GeneratedQuestion:
    """ "In which year did France invade?" asked of a place article as "... invade
    Madagascar?", where the sentence names no other place after the verb (then what was
    invaded may be that one, and the question stays as it is)."""
    found = NEEDS_OBJECT.search(q.prompt)
    if (
        found is None
        or subject.type not in PLACES
        or any(n in found.group(1) for n in subject.names())
    ):
        return q
    verb = found.group(1).rsplit(" ", 1)[-1][:-1]
    after = re.split(rf"\b{verb}\w*\b", q.source, maxsplit=1)[-1]
    for n in sorted(subject.names(), key=len, reverse=True):
        after = after.replace(n, " ")
    if re.search(r"\b[A-Z][^\W\d_]", after):
        return q
    return replace(q, prompt=q.prompt[: found.end(1)] + " " + subject.name + "?")
