"""What a question leaves out after the main clause, and what it must keep.

A question keeps the main clause of its sentence and cuts the clauses after it ("...,
beating Y", "... as Y came from behind", "..., and Z scored"). The cut never leaves a
piece of what it cuts, nor takes away the point of what it keeps:

- a purpose infinitive on the verb ("rose highest to head home the winner") is the
  point of the clause, so it stays, less the clauses after it, as does a "when" clause
  telling the event ("were killed when a ferry sank on Lake Toba"); so does a verb joined by
  "or" ("were killed or went missing"), the other half of one predicate;
- a clause joined by "and" goes whole: where the parse hung its subject on the noun
  before it ("swung in a corner and Okafor, the ..., met it"), the subject goes too;
- a "with" phrase closing the clause after a comma (", with males larger than
  females") goes, as an aside does, and so does a verb phrase of a list the parse took
  for a second object ("entered the University in 1901, studied physics under X").
- a participle closing the sentence (", ruling by six votes to four that ...") goes
  wherever the parse hung it, and a long lead loses more, stage by stage
  (:mod:`lead_trims`).
"""

from __future__ import annotations

from contextvars import ContextVar
from typing import Any

from quizapp.generator.forms.lead_trims import closing_participle, lead_trims

# dependencies of a clause or an aside that follows the main clause and is cut from a question
CUT = ("cc", "conj", "advcl", "parataxis")
ASIDE = ("npadvmod", "appos", "advmod")
NOMINAL = ("PROPN", "NOUN", "PRON")
# whether a purpose infinitive stays: a question too long with it is made again without it
KEEP_PURPOSE: ContextVar[bool] = ContextVar("keep_purpose", default=True)


def trailing_clauses(root: Any, after: int, end: int) -> set[int]:
    """Tokens of the clauses that follow the main one ("..., and again in 2020, ending after
    ...", "..., but Hurst headed England level"): a question keeps the main clause only,
    with a purpose infinitive on its verb ("to head home the winner")."""
    doc = root.doc
    skip: set[int] = set()
    for child in root.children:
        if child.i < after:
            continue
        if KEEP_PURPOSE.get() and (purpose_infinitive(child) or event_clause(child)):
            skip |= trailing_clauses(child, child.i + 1, end)
            continue
        if alternative(child) or (child.dep_ == "cc" and child.lower_ == "or" and _joins(child)):
            if child.dep_ == "conj":  # "were killed or went missing": one predicate
                skip |= trailing_clauses(child, child.i + 1, end)
            continue
        comma = {doc[child.left_edge.i - 1].text, child.left_edge.text}
        aside = child.dep_ in ASIDE and "," in comma  # ", its biggest gain"
        if listed_object(child):
            skip |= _list_item(doc, child.left_edge.i - 1, end)
            continue
        cut = child.dep_ in CUT or closing_with(child, end)
        if aside or cut or (child.dep_ == "ccomp" and comment_clause(child)):
            skip.update(range(child.left_edge.i, child.right_edge.i + 1))
            skip.update(t.i for t in doc[child.right_edge.i + 1 : end] if t.is_punct)
            if child.left_edge.i - 1 >= 0 and doc[child.left_edge.i - 1].text == ",":
                skip.add(child.left_edge.i - 1)
    for child in root.children:
        if child.i >= after and child.dep_ == "conj" and child.i in skip:
            skip |= stranded_subject(child, skip)
    skip |= closing_participle(doc, after, end)  # ", ruling ...", hung on a deeper verb
    skip |= lead_trims(root, after, end, skip)  # a long lead's dates and relative clauses
    return skip | _dangling_joints(doc, after, end, skip)


def _dangling_joints(doc: Any, after: int, end: int, skip: set[int]) -> set[int]:
    """An "and"/"or" left last by the cut, whatever the parse hung it on ("said the
    incentives were too small to persuade manufacturers and [warned ...]")."""
    kept = [t for t in doc[after:end] if t.i not in skip and not t.is_punct]
    out: set[int] = set()
    while kept and kept[-1].dep_ == "cc":
        out.add(kept.pop().i)
    return out


def event_clause(verb: Any) -> bool:
    """Whether ``verb`` heads a "when"/"after" clause right after its head, no comma
    between, with a noun of its own as subject and a name or number that places it: the
    event a toll or a deed belongs to ("were killed when an overcrowded ferry sank on Lake
    Toba"; not "when the avalanche buried the trail", which names nothing)."""
    if verb.dep_ != "advcl" or verb.i < verb.head.i:
        return False
    first = verb.doc[verb.left_edge.i]  # "when" as a mark, or as the adverb the parse reads
    if first.lower_ not in ("when", "after") or first.dep_ not in ("mark", "advmod"):
        return False
    if first.i < 1 or verb.doc[first.i - 1].is_punct:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or subjects[0].pos_ not in ("NOUN", "PROPN"):
        return False
    return any(t.pos_ == "PROPN" or t.like_num for t in verb.subtree)  # names where


def alternative(verb: Any) -> bool:
    """Whether ``verb`` is joined to its head by "or" with no subject or comma of its own:
    "were killed or went missing" is one predicate, and a question cutting "or went
    missing" asks another fact."""
    if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    joints = [c for c in verb.head.children if c.dep_ == "cc" and verb.head.i < c.i < verb.i]
    return bool(joints) and joints[-1].lower_ == "or" and verb.doc[joints[-1].i - 1].text != ","


def _joins(cc: Any) -> bool:
    """Whether the "or" ``cc`` joins its head to an alternative verb after it."""
    return any(alternative(c) for c in cc.head.children if c.i > cc.i)


def _list_item(doc: Any, comma: int, end: int) -> set[int]:
    """Tokens of an item of a list from the comma before it up to the comma after it (or
    ``end``): "..., studied physics under X," whatever the parse hung its words on."""
    out = {comma}
    for t in doc[comma + 1 : end]:
        if t.text == "," or (t.is_sent_end and t.is_punct):
            break
        out.add(t.i)
    return out


def purpose_infinitive(verb: Any) -> bool:
    """Whether ``verb`` is an infinitive of purpose right after the clause it serves, no
    comma between: "rose highest to head home the winner", "flew to Oslo to sign it"."""
    if verb.dep_ != "advcl" or verb.tag_ != "VB" or verb.i < verb.head.i:
        return False
    first = verb.doc[verb.left_edge.i]
    if first.lower_ != "to" or first.dep_ != "aux" or first.head.i != verb.i:
        return False
    before = verb.doc[first.i - 1] if first.i > 0 else first
    return not before.is_punct and not any(c.dep_ in ("nsubj", "mark") for c in verb.children)


def closing_with(child: Any, end: int) -> bool:
    """Whether ``child`` is a "with" phrase set off by a comma that closes the clause:
    ", with males larger than females" reads as a fragment at a question's end."""
    doc = child.doc
    if child.dep_ != "prep" or child.lower_ not in ("with", "without"):
        return False
    lo, hi = child.left_edge.i, child.right_edge.i + 1
    closing = hi >= end or all(t.is_punct for t in doc[hi:end])
    return lo > 0 and doc[lo - 1].text == "," and closing


def stranded_subject(verb: Any, skip: set[int]) -> set[int]:
    """Tokens of the subject of a cut clause joined by "and" that the parse hung on the noun
    before it ("swung in a corner and Okafor, the ..., met it": "Okafor" as a second
    corner): cut with its clause, or the question keeps half of it."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return set()
    doc = verb.doc
    at = verb.left_edge.i - 1
    while at >= 0 and (at in skip or doc[at].is_punct):
        at -= 1
    aside = [c for c in verb.head.children if c.left_edge.i <= at <= c.right_edge.i]
    set_off = bool(aside) and doc[aside[0].left_edge.i - 1].text == ","
    if set_off and aside[0].dep_ in ("dobj", "appos", "advmod", "npadvmod"):
        at = aside[0].left_edge.i - 1  # ", the club's striker," read as the verb's object
        while at >= 0 and doc[at].is_punct:
            at -= 1
    if at < 0:
        return set()
    noun = doc[at]
    while noun.dep_ != "conj" and noun.head.i < noun.i:
        noun = noun.head  # "Okafor of the club": from "club" up to the joined noun
    if noun.dep_ != "conj" or noun.right_edge.i != at:
        return set()
    if noun.pos_ not in NOMINAL or noun.head.pos_ not in NOMINAL:
        return set()
    joint = [c for c in noun.head.children if c.dep_ == "cc" and noun.head.i < c.i < noun.i]
    if not joint or any(t.pos_ == "CCONJ" for t in doc[noun.i : verb.left_edge.i]):
        return set()  # "bought apples and pears and went home": the pears stay
    return set(range(joint[-1].i, verb.left_edge.i))


def listed_object(child: Any) -> bool:
    """Whether ``child`` is a second object of its verb after a comma: a verb phrase of a
    list the parse read as a noun ("She entered the University in 1901, studied physics
    under X, and ..." with "studied physics" an object of "entered")."""
    doc = child.doc
    if child.dep_ != "dobj" or child.left_edge.i < 1 or doc[child.left_edge.i - 1].text != ",":
        return False
    return any(c.dep_ == "dobj" and c.i < child.i for c in child.head.children)


def comment_clause(clause: Any) -> bool:
    """Whether a clause after a comma comments on what came before (", which led to a
    long argument", ", where dozens of houses collapsed"): a question ending on it reads
    as a fragment."""
    doc = clause.doc
    first = doc[clause.left_edge.i]
    if first.i < 1 or doc[first.i - 1].text != ",":
        return False
    return first.lower_ in ("which", "where") and first.tag_ in ("WDT", "WRB")
