"""What a question on a long news lead may leave out to stay under the word limit.

A lead of 35-50 words ("The High Court of Norland on Tuesday overturned a decree that would
have let mayors ban street markets for up to 90 days, ruling by seven votes to two that
...") gives questions of 30 words and more, over the limit (:mod:`phrasing`), so its
headline facts went unasked. A question needs the main clause and the clause of its own
fact only; the rest may go, a little at a time, only where the whole question runs too
long (:data:`TRIM` is raised by :func:`phrasing.wh_question` stage by stage):

- always: a participle clause closing the sentence after a comma (", ruling by seven votes
  to two that ..."), wherever the parse hung it (often on the last verb before it), as a
  closing participle on the main verb is cut (:mod:`clause_tails`);
- at level 1: the dates of the clause ("on Tuesday"), and the closing adjuncts of a
  relative clause from its first phrase of time or extent on ("a decree that would have
  let mayors ban street markets [for up to 90 days]"): the relative clause still says
  which decree;
- at level 2: a relative clause that defines a noun, whole, where the noun has words of
  its own ("a coastal fishing permit [that ...]"): the noun alone still says what the main
  clause did ("By what vote did the court strike down a coastal fishing permit?"); a bare "a
  system [that ...]" keeps its clause.

The caller never passes the tokens of the fact's own phrase (they lie before ``after``).
"""

from __future__ import annotations

from contextvars import ContextVar
from typing import Any

# how much a question may leave out (see above): 0, 1 or 2
TRIM: ContextVar[int] = ContextVar("trim", default=0)
# prepositions of a phrase of time or extent that closes a relative clause
EXTENT_PREPS = {"for", "before", "after", "until", "within", "during", "over", "on", "in", "by"}
DATED = {"DATE", "TIME"}
RELATIVES = {"that", "which", "who"}


def closing_participle(doc: Any, after: int, end: int) -> set[int]:
    """Tokens of a participle clause that closes the sentence after a comma (", ruling by
    six votes to four that the measure ...") with its comma, wherever the parse hung it:
    it tells of the main clause's subject, never of the noun it may hang on."""
    last = end - 1
    while last > after and doc[last].is_punct:
        last -= 1
    for t in doc[after : last + 1]:
        if t.dep_ != "advcl" or t.tag_ != "VBG" or t.left_edge.i != t.i or t.i < 1:
            continue
        if doc[t.i - 1].text != "," or t.right_edge.i != last or t.head.dep_ == "ROOT":
            continue  # a participle on the main verb is :mod:`clause_tails`' own cut
        if any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in t.children):
            continue
        return set(range(t.i - 1, end))
    return set()


def lead_trims(root: Any, after: int, end: int, skip: set[int]) -> set[int]:
    """Tokens from ``after`` to ``end`` a question on the clause of ``root`` leaves out at
    the current :data:`TRIM` level (``skip``: tokens cut already)."""
    level = TRIM.get()
    if not level:
        return set()
    doc, out = root.doc, set[int]()
    for child in root.children:
        if child.i >= after and child.i not in skip and _dated(child):
            out.update(range(child.left_edge.i, child.right_edge.i + 1))
    for t in doc[after:end]:
        if t.dep_ != "relcl" or t.i in skip or t.i in out or not _defining(t):
            continue
        stop = min(t.right_edge.i + 1, end)
        if level >= 2:
            if _described(t.head):
                out.update(range(t.left_edge.i, stop))
            continue
        for c in doc[t.i + 1 : stop]:
            if c.dep_ == "prep" and c.lower_ in EXTENT_PREPS and _extent(c):
                out.update(range(c.i, stop))
                break
    return out


def _dated(child: Any) -> bool:
    """Whether a phrase on the verb only dates it: "on Tuesday", "in March 2021"."""
    if child.dep_ == "npadvmod":
        return child.ent_type_ in DATED
    if child.dep_ != "prep" or child.lower_ not in ("on", "in", "at"):
        return False
    objects = [c for c in child.children if c.dep_ == "pobj"]
    return len(objects) == 1 and all(t.ent_type_ in DATED for t in objects[0].subtree)


def _defining(verb: Any) -> bool:
    """Whether a relative clause defines its noun: opened by its relative word, no comma
    before it ("a decree that would have ...", not ", which ...")."""
    doc, lo = verb.doc, verb.left_edge.i
    return lo > 0 and doc[lo].lower_ in RELATIVES and doc[lo - 1].text != ","


def _described(noun: Any) -> bool:
    """Whether a noun says what it is without its relative clause: words of its own before
    it ("a coastal fishing permit"), not a bare "a system" (which system is the clause's to say)."""
    return any(c.dep_ in ("amod", "compound") and c.i < noun.i for c in noun.children)


def _extent(prep: Any) -> bool:
    """Whether a phrase tells how long, when or how much: a number, a date or a time in
    it ("for up to 90 days", "until 2030"), or a clause of its own ("before bringing them
    before a judge")."""
    words = list(prep.subtree)
    if any(t.like_num or t.ent_type_ in DATED for t in words):
        return True
    return any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children)
