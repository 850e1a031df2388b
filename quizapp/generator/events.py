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
             "agent", "advmod", "oprd"}  # fmt: skip
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
    if branch.dep_ in ("nsubj", "nsubjpass"):  # a misparse: "In 1843 Lovelace" as one name
        date_tokens = {t.i for t in tok.subtree} | {t.i for t in tok.head.children if t.i < tok.i}
    if verb.dep_ == "xcomp" and not _has_subject(verb):  # "began building it on 13 August"
        branch, verb = verb, verb.head
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
    words.extend(_complement(verb, date_tokens, words))
    keep = {t.i: t for t in words if t.i not in date_tokens or t.lower_ in TIME_ADVERBS}
    ordered = [t for _, t in sorted(keep.items()) if not _in_brackets(t)]
    text = " ".join(_word(t) for t in ordered if not t.is_punct or t.text in ("-", "'s"))
    text = re.sub(r" - ", "-", text).replace(" 's", "'s")
    if not _has_subject(verb) and not (verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN")):
        return None
    if len(text.split()) > MAX_WORDS or len(text.split()) < 2:
        return None
    if re.search(r"\d{3,}", text):
        return None
    return text[:1].upper() + text[1:]


def _has_subject(verb: Any) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _in_brackets(tok: Any) -> bool:
    """Whether ``tok`` is inside "( ... )" on its line of text."""
    before = tok.doc[max(tok.sent.start, tok.i - 6) : tok.i]
    after = tok.doc[tok.i + 1 : min(tok.sent.end, tok.i + 7)]
    opened = [t.i for t in before if t.text == "("]
    closed = [t.i for t in before if t.text == ")"]
    if not opened or (closed and max(closed) > max(opened)):
        return False
    return any(t.text == ")" for t in after)


def _complement(verb: Any, skip: set[int], words: list[Any]) -> list[Any]:
    """What completes a verb without an object: "began building it", "spoke at the Gate"."""
    if any(c.dep_ in ("dobj", "attr", "acomp") for c in verb.children):
        return []
    for child in verb.children:
        if child.i in skip or child.i < verb.i:
            continue
        if child.dep_ == "xcomp":
            return [t for t in child.subtree if not _subordinate(t, child) or t.dep_ == "dobj"]
        if child.dep_ == "ccomp":
            tokens = [t for t in child.subtree if not _subordinate(t, child)]
            return tokens if len(tokens) <= 7 else []
        if child.dep_ == "prep" and child.lower_ not in ("after", "before", "since", "until"):
            tokens = list(child.subtree)
            if len(tokens) <= 5 and not any(t.ent_type_ in ("DATE", "TIME") for t in tokens):
                return tokens
            return []
    return []


def _word(tok: Any) -> str:
    """The token, with "it" standing for the subject of the sentence before."""
    if tok.lower_ == "it" and tok.dep_ == "dobj":
        return _previous_subject(tok) or tok.text
    return str(tok.text)


def _previous_subject(tok: Any) -> str:
    sent = tok.sent
    if sent.start == 0:
        return ""
    before = tok.doc[sent.start - 1].sent
    subject = [c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subject) != 1 or subject[0].lower_ in PRONOUNS or subject[0].ent_type_ == "PERSON":
        return ""
    head = subject[0]
    words = [t.text for t in head.subtree if not _subordinate(t, head)]
    if words and words[0] in ("The", "A", "An"):
        words[0] = words[0].lower()
    return " ".join(words)


def _subordinate(tok: Any, top: Any) -> bool:
    """Whether ``tok`` is inside a clause or long modifier below ``top``."""
    while tok.i != top.i:
        if tok.dep_ == "prep" and tok.lower_ == "of" and tok.head.pos_ == "PROPN":
            tok = tok.head  # "the Department of Defense" is one name
            continue
        if tok.dep_ in ("relcl", "acl", "advcl", "ccomp", "appos", "conj", "cc", "prep"):
            return True
        tok = tok.head
    return False
