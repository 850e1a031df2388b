"""Whose birth or death a date is: the article's subject's is worth asking, another
person's is trivia (issue 16)."""

from __future__ import annotations

import re
from typing import Any

from quizapp.generator.facts.facts import PERSON, Entity, Fact, Gender

LIFE_WORDS = re.compile(r"\b(?:born|died|death|birth)\b", re.IGNORECASE)
PRONOUNS = {Gender.FEMALE: "she", Gender.MALE: "he"}


def other_life_date(fact: Fact, before: str, after: str, subject: Entity | None) -> bool:
    """Whether a date is when someone other than the article's subject was born or died."""
    bracketed = before.rstrip().endswith("(") or re.search(r"\(\s*(?:born\s+)?$", before)
    life = LIFE_WORDS.search(before[-25:]) is not None or bool(bracketed)
    if not life:
        return False
    if subject is None:
        return True
    names = {n.casefold() for n in subject.names()} | {subject.name.split()[-1].casefold()}
    near = (before[-60:] + after[:20]).casefold()
    # the subject's own birth or death, whatever type the model gave it (a biography's
    # person taken for a body is still the one born)
    own = any(n in near for n in names) or _said_of(fact, subject, names)
    return not own


def _said_of(fact: Fact, subject: Entity, names: set[str]) -> bool:
    """Whether the one born or who died in the fact's sentence is the subject: named, or
    "she" or "he" where the subject is a person of that gender (or of none the article
    shows): "She was born in Tromso in 1868", "Lund fell ill and died in 1902"."""
    pronouns: set[str] = set()
    if subject.type == PERSON:
        pronouns = {"she", "he"} if subject.gender is None else {PRONOUNS[subject.gender]}
    for t in fact.sentence.span:
        if t.lemma_ in ("bear", "die") or t.lower_ in ("born", "died"):
            verb = t
            while verb.dep_ == "conj" and not _subjects_of(verb):
                verb = verb.head
            if any(c.lower_ in pronouns or c.lower_ in names for c in _subjects_of(verb)):
                return True
    return False


def _subjects_of(verb: Any) -> list[Any]:
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
