"""The head noun of a name as a question word ("which party"), only where it gives nothing away.

"Which union pledged aid?" tells the learner the answer is the one union the article
names (the European Union); "which party" is fair only where the article names another
party the learner must tell it from. The head of "the Bank of England" is "bank", the
word before "of", not "England".
"""

from __future__ import annotations

import re

from quizapp.generator.choices.distractor_fit import ORG_KIND
from quizapp.generator.facts.facts import Fact

CONNECTORS = {"of", "for", "in", "on", "and", "&", "at", "to"}
# The neutral question word for a body of each sort, where its own head word would point at it
NEUTRAL = {"legislature": "which body", "court": "which body", "public body": "which body",
           "bank": "which institution", "school": "which institution",
           "hospital": "which institution", "museum": "which institution"}  # fmt: skip
NAME_LABELS = {"ORG", "FAC", "GPE", "LOC", "NORP", "PERSON", "EVENT", "WORK_OF_ART", "PRODUCT"}


def head_word(name: str) -> str:
    """The head noun of a name, folded: "party" of "the Labour Party", "bank" of "the Bank
    of England" ("" for a one-word name)."""
    words = [w for w in re.findall(r"[\w&'-]+", name) if w.casefold() != "the"]
    if len(words) < 2:
        return ""
    cut = next((i for i, w in enumerate(words) if w.casefold() in CONNECTORS and i), None)
    return str((words[:cut] if cut else words)[-1]).casefold()


def head_is_fair(fact: Fact, head: str) -> bool:
    """Whether the article names another name with the head ``head`` ("the Reform Party"
    beside "the Labour Party"), so that "which party" does not point at the answer."""
    own = {fact.answer.casefold(), *(a.casefold() for a in fact.aliases)}
    if fact.entity is not None:
        own |= {n.casefold() for n in fact.entity.names()}
    doc = fact.sentence.span.doc
    for ent in doc.ents:
        text = ent.text.removeprefix("the ").removeprefix("The ")
        if ent.label_ in NAME_LABELS and text.casefold() not in own and head_word(text) == head:
            return True
    return False


def neutral_word(head: str, default: str) -> str:
    """The question word for a body whose head word is ``head`` when that word would give it
    away: "which body" for "the National Assembly", ``default`` for a party or a union."""
    return NEUTRAL.get(ORG_KIND.get(head, ""), default)
