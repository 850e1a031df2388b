"""The number of a fixed compound word, which a gap on it gives away (issue 16).

"his second ___-wicket haul" or "a ___-time champion" asks for the number of a fixed
hyphenated compound. Where the same compound stands in another sentence (the title: "Osei's
five-wicket haul seals the series"), the learner reads the answer there; where an ordinal
counts the compound ("her third ___-goal game"), the compound is the name of a kind of feat
(a five-wicket haul, a hat-trick), whose number is the term's, not the story's. No question
asks for either.
"""

from __future__ import annotations

import re

from quizapp.generator.facts.facts import FIGURE, Fact, Sentence

COMPOUND_TAIL = re.compile(r"^-([A-Za-z]+)\b")


def compound_repeated(fact: Fact, sentences: list[Sentence]) -> bool:
    """Whether ``fact`` is the number of a hyphenated compound ("five" of "five-wicket
    haul") that another of the article's ``sentences`` (its title too) writes the same way."""
    if fact.kind != FIGURE:
        return False
    tail = COMPOUND_TAIL.match(fact.sentence.text[fact.end :])
    if tail is None or " " in fact.surface.strip():
        return False
    word = re.compile(rf"(?<![\w-]){re.escape(fact.surface + tail.group())}\b", re.IGNORECASE)
    if any(word.search(s.text) for s in sentences if s is not fact.sentence):
        return True
    tok = fact.token
    return tok is not None and tok.i > 0 and tok.doc[tok.i - 1].ent_type_ == "ORDINAL"
