"""A cricket side's total told as a bare number: "bowled out for 187", "set 330 to win",
"chasing 290" (issue 16).

A bare number counts nothing the sentence names, so figures drops it ("a bare number is not
askable on its own"). In a cricket report these numbers are the innings' totals and the
targets, the figures a teacher asks first: they count runs. The number is read as runs only
where the parse shows the shape ("for" after a dismissal, the object of "set ... to win",
"chase", "need ... to win", "a target of") and the article is about cricket (it speaks of
wickets, innings, overs or bowling); elsewhere the number stays unasked.
"""

from __future__ import annotations

import re
from typing import Any

RUNS = "runs"
CRICKET = re.compile(r"\b(?:wickets?|innings|overs|bowl(?:ed|ing|er|ers)?|batt(?:ed|ing|er|ers))\b",
                     re.IGNORECASE)  # fmt: skip
DISMISSING = {"bowl", "dismiss"}
TARGETS = {"set", "chase", "need", "require"}


def innings_total(span: Any) -> str:
    """ "runs" where the bare number ``span`` is a cricket total or target, else ""."""
    root, doc = span.root, span.doc
    if not (_dismissed_for(root) or _target(root)):
        return ""
    return RUNS if CRICKET.search(doc.text) else ""


def _dismissed_for(number: Any) -> bool:
    """ "bowled the tourists out for 187", "were all out for 143", "dismissed them for 98"."""
    prep = number.head
    if number.dep_ != "pobj" or prep.lower_ != "for":
        return False
    verb = prep.head
    out = any(c.lower_ == "out" and c.dep_ in ("prt", "advmod") for c in verb.children)
    return verb.lemma_.lower() in DISMISSING or (out and verb.pos_ in ("VERB", "AUX"))


def _target(number: Any) -> bool:
    """ "Set 330 to win", "chasing 290", "needing 41 to win", "a target of 250"."""
    head = number.head
    if number.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() == "target":
        return True
    if number.dep_ not in ("dobj", "npadvmod", "nummod") or head.lemma_.lower() not in TARGETS:
        return False  # ("Set 288 to win" may be parsed a number on "Set")
    if head.pos_ != "VERB":
        return False
    if head.lemma_.lower() == "chase":
        return True
    rest = [t.lower_ for t in number.doc[number.i + 1 : number.i + 3]]
    return rest == ["to", "win"]
