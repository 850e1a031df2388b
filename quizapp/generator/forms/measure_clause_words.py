"""The words of a clause a measure question keeps, leaves out or names (see
:mod:`measure_forms`): an "of" phrase that may join the question words, the deal whose
price an amount is, the name a relative clause describes, the object an "it" stands for,
a comma opening an aside, and the marks a subject may not hold (issue 16)."""

from __future__ import annotations

from typing import Any

from quizapp.generator.forms.gaps import PRONOUNS

# "bought X in a deal worth ...": the amount is the price ("For how much did ... buy X?")
DEALS = {"deal", "transaction", "takeover", "acquisition", "agreement", "merger"}
TRADING = {"buy", "sell", "acquire", "purchase"}


def plain(words: Any) -> bool:
    """Whether an "of" phrase may join the question words: no aside, pronoun or number
    ("of reeds, lakes and channels" is a list, not an aside)."""
    for t in words:
        listed = t.text == "," and t.i + 1 < len(t.doc) and t.doc[t.i + 1].dep_ == "conj"
        if (t.is_punct and not listed) or t.lower_ in PRONOUNS or t.tag_ in ("PRP$", "CD"):
            return False
    return len(words) <= 6


def deal_of(unit: Any) -> Any | None:
    """The noun of "in a deal worth 3.1 billion euros" / "in a deal valued at ..." on a verb
    of buying or selling, whose price the amount is."""
    parent = unit.head
    if unit.dep_ == "npadvmod" and parent.lower_ == "worth" and parent.dep_ == "amod":
        noun = parent.head
    elif unit.dep_ == "pobj" and parent.lower_ == "at" and parent.head.lower_ == "valued":
        noun = parent.head.head
    else:
        return None
    prep = noun.head
    if noun.lower_ not in DEALS or noun.dep_ != "pobj" or prep.lower_ != "in":
        return None
    if prep.head.lemma_ not in TRADING or noun.right_edge.i != unit.i:
        return None
    return prep


def described(verb: Any, relative: Any) -> tuple[int, int]:
    """The name a relative clause set off by a comma describes ("fire chief Ana Ruiz" of
    "..., who led ..."), as a token range; empty for a "that" clause or a phrase with no
    name in it."""
    noun, doc = verb.head, verb.doc
    if relative.lower_ not in ("who", "which") or relative.i != verb.left_edge.i:
        return 0, 0
    if verb.left_edge.i == 0 or doc[verb.left_edge.i - 1].text != ",":
        return 0, 0
    lo, hi = noun.left_edge.i, noun.i + 1
    if not any(t.pos_ == "PROPN" for t in doc[lo:hi]) or noun.dep_ == "appos":
        return 0, 0  # "the rail operator, Northline, which ...": a name inside an aside
    return lo, hi


def subordinator(verb: Any) -> str:
    marks = [c.lower_ for c in verb.children if c.dep_ == "mark"]
    return marks[0] if len(marks) == 1 else ""


def first_object(verb: Any) -> str | None:
    """ "the egg" of "balances the egg ... and keeps it warm": the one singular thing the
    verb joined before this one takes as its object."""
    if verb.dep_ != "conj":
        return None
    objects = [c for c in verb.head.children if c.dep_ == "dobj"]
    if len(objects) != 1 or objects[0].tag_ != "NN" or objects[0].conjuncts:
        return None
    obj = objects[0]
    words = verb.doc[obj.left_edge.i : obj.i + 1]
    if words[0].lower_ not in ("the", "a", "an") or any(
        t.dep_ not in ("amod", "compound") for t in words[1:-1]
    ):
        return None
    return "the " + str(words[1:].text)  # "a deep nest ... and guards it": "the deep nest"


def cut_comma(tok: Any, skip: set[int]) -> bool:
    """A comma opening an aside the question leaves out (", a premium of 32 percent")."""
    doc = tok.doc
    if tok.text != ",":
        return False
    return tok.i + 1 == len(doc) or tok.i + 1 in skip or doc[tok.i + 1].is_punct


def aside_mark(tok: Any) -> bool:
    """A comma, bracket or quotation mark in a subject (a hyphen is none: "salt-free")."""
    return bool(tok.is_punct and tok.tag_ != "HYPH") or tok.text in '"“”'
