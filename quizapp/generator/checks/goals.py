"""A goal named by its place in a match: "the winner", "the equaliser", "the opener".

"Who rose highest to head home the winner?" speaks of no team or player the article named
before: "the winner" is the goal that won the match, said by the verb of scoring it governs
("head home", "score", "net", "curl in"). Such a phrase (:func:`scored_goal`) is no
reference the question must name, though "the winner" elsewhere ("the winner was
Harbourside") points back to one. A goal noun that is no verb's object ("the equaliser came
late") is left to the other checks.
"""

from __future__ import annotations

from typing import Any

from quizapp.generator.facts.facts import Fact

# nouns that name a goal by what it did to the score
GOAL_NOUNS = frozenset(
    {"winner", "equaliser", "equalizer", "opener", "leveller", "leveler", "decider",
     "clincher", "consolation"}
)  # fmt: skip
# verbs whose object is a goal scored
SCORING = frozenset(
    {"score", "head", "net", "volley", "slot", "fire", "curl", "tap", "nod", "bundle",
     "convert", "strike", "smash", "drill", "poke", "stab", "sweep", "lash", "blast",
     "rifle", "prod", "steer", "glance", "chip", "lob", "grab", "snatch", "bag", "notch"}
)  # fmt: skip


def scored_goal(fact: Fact, at: int) -> bool:
    """Whether the phrase that starts ``at`` characters into ``fact``'s sentence is a goal
    noun ("the winner") that a verb of scoring takes as its object ("to head home the
    winner", "scored the equaliser")."""
    span = fact.sentence.span
    if span is None:
        return False
    det = next((t for t in span if t.idx - fact.sentence.char0 == at), None)
    if det is None:
        return False
    noun: Any = det.head
    if noun.lower_ not in GOAL_NOUNS and noun.lemma_.lower() not in GOAL_NOUNS:
        return False
    verb = noun.head
    return bool(
        noun.dep_ in ("dobj", "obj") and verb.pos_ == "VERB" and verb.lemma_.lower() in SCORING
    )
