"""Short descriptions of what happened at a date, for timelines.

The event of a date is the clause of the verb the date hangs on, cut to its
core: subject, verb, particle and object, without the date itself and
without subordinate clauses ("The sides first fought", "Azerbaijan recaptured
Karabakh"). A date on a coordinated branch ("and again in 2020") keeps that
branch's adverbs rather than the first branch's.
"""

from __future__ import annotations

import re
from typing import Any

from quizapp.generator.facts import Fact

CORE_DEPS = {"nsubj", "nsubjpass", "aux", "auxpass", "neg", "prt", "dobj", "attr", "acomp",
             "agent", "advmod"}  # fmt: skip
TIME_ADVERBS = {"first", "again", "later", "finally", "then", "also", "once", "eventually"}
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "this", "that", "these", "those"}
MAX_WORDS = 12


def event_phrase(fact: Fact) -> str | None:
    """What happened at ``fact``'s date, in a few of the article's words, or None."""
    tok = fact.token
    if tok is None:
        return None
    branch = tok
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        branch, verb = verb, verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    date_tokens = set(t.i for t in branch.subtree)
    words: list[Any] = [verb]
    on_conj = branch.dep_ == "conj"
    for child in verb.children:
        if child.i in date_tokens or child.dep_ not in CORE_DEPS:
            continue
        if child.dep_ == "advmod" and (child.lower_ not in TIME_ADVERBS or on_conj):
            continue
        if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ in PRONOUNS:
            return None
        words.extend(t for t in child.subtree if not _subordinate(t, child))
    words.extend(t for t in branch.subtree if t.dep_ == "advmod" and t.lower_ in TIME_ADVERBS)
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        noun = verb.head
        words.extend(t for t in noun.subtree if t.i < verb.i and not _subordinate(t, noun))
    ordered = sorted({t.i: t for t in words}.values(), key=lambda t: t.i)
    text = " ".join(t.text for t in ordered if not t.is_punct or t.text in ("-", "'s"))
    text = re.sub(r" - ", "-", text).replace(" 's", "'s")
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    if not has_subject and not (verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN")):
        return None
    if len(text.split()) > MAX_WORDS or len(text.split()) < 2:
        return None
    if re.search(r"\d{3,}", text):
        return None
    return text[:1].upper() + text[1:]


def _subordinate(tok: Any, top: Any) -> bool:
    """Whether ``tok`` is inside a clause or long modifier below ``top``."""
    while tok.i != top.i:
        if tok.dep_ in ("relcl", "acl", "advcl", "ccomp", "appos", "conj", "cc", "prep"):
            return True
        tok = tok.head
    return False
