"""The frames of a question on the size of a change or a difference (issue 16).

- a measure after "by" on a verb of change: "blood pressure had fallen by an average of 7.2
  mmHg" -> "By how many mmHg on average had blood pressure fallen?", "the river rose by
  2.5 metres" -> "By how many metres did the river rise?";
- a percentage before a comparative: "The researchers recorded 31% fewer falls" -> "What
  percentage fewer falls did the researchers record?".

Each frame is the verb whose clause is asked, the question words and the tokens they
replace; :mod:`measure_forms` writes the question of the clause (its subject, auxiliaries,
opening and the rest of it), or none where the parse does not fit cleanly.
"""

from __future__ import annotations

from typing import Any

from quizapp.generator.facts.facts import COUNT, PERCENT, QUANTITY, Fact
from quizapp.generator.facts.figure_units import MEASURE_UNITS
from quizapp.generator.forms.figure_hedges import number_hedge
from quizapp.questiondata import FactKind

CHANGE_VERBS = {"fall", "rise", "drop", "grow", "increase", "decrease", "cut", "reduce",
                "shrink", "climb", "decline", "lower", "raise", "sink", "swell", "slow",
                "lengthen", "shorten", "widen", "narrow", "improve", "jump", "slip",
                "plunge", "soar", "expand", "contract"}  # fmt: skip
# "on average", "in all": the whole the measure is an average or a total of
WHOLES = {"average": "on average", "total": "in all"}
COMPARATIVES = {"fewer", "more", "less", "higher", "lower", "larger", "smaller", "greater"}
Frame = tuple[Any, str, set[int]]


def change_frame(fact: Fact) -> Frame | None:
    """The frame of a question on the size of a change ("By how many mmHg ...?") or of a
    percentage difference ("What percentage fewer falls ...?"), or None."""
    tok = fact.token
    if fact.kind != FactKind.FIGURE or tok is None:
        return None
    if fact.type == PERCENT:
        return _percent_frame(tok)
    if fact.type == QUANTITY:
        return _by_frame(tok, fact.surface)
    if fact.type == COUNT and tok.dep_ == "nummod":
        return _by_frame(tok.head, fact.surface)
    return None


def _by_frame(unit: Any, surface: str) -> Frame | None:
    """ "fallen by (an average of) 7.2 mmHg": the verb of change and "by how many mmHg (on
    average)"."""
    if unit.pos_ != "NOUN" or unit.dep_ != "pobj" or unit.conjuncts:
        return None
    hedge = number_hedge(unit)
    if hedge is None or any(c.i > unit.i for c in unit.children):
        return None
    prep, whole = unit.head, ""
    if prep.lower_ == "of" and prep.head.lower_ in WHOLES and prep.head.dep_ == "pobj":
        holder = prep.head  # "by an average of 7.2 mmHg"
        words = [t.lower_ for t in holder.subtree if t.i < holder.i]
        if words not in (["an"], ["a"], ["the"]):
            return None
        whole, prep = WHOLES[holder.lower_], holder.head
    verb = prep.head
    if prep.lower_ != "by" or prep.dep_ not in ("prep", "agent"):
        return None
    if verb.lemma_.lower() not in CHANGE_VERBS:
        return None
    measure = surface.split()[-1] if " " in surface else unit.text
    if unit.text != measure and not MEASURE_UNITS.fullmatch(unit.text):
        measure = unit.text  # a count: "by 40 stores"
    head = " ".join(w for w in (f"by {hedge}".strip(), "how many", measure, whole) if w)
    return verb, head, set(range(prep.i, prep.right_edge.i + 1))


def _percent_frame(tok: Any) -> Frame | None:
    """ "recorded 31% fewer falls": the verb and "what percentage fewer falls"."""
    comparative = tok.head
    if tok.dep_ != "npadvmod" or comparative.lower_ not in COMPARATIVES:
        return None
    noun = comparative.head
    if comparative.dep_ != "amod" or noun.dep_ != "dobj":
        return None
    if number_hedge(tok) != "" or noun.tag_ != "NNS":
        return None  # "about 30% fewer": no hedge on "what percentage"
    doc = tok.doc
    start = tok.left_edge.i
    words = doc[comparative.i + 1 : noun.i + 1]
    if start != noun.left_edge.i or any(t.dep_ not in ("amod", "compound") for t in words[:-1]):
        return None
    head = f"what percentage {comparative.lower_} {words.text}"
    phrase = set(range(start, noun.i + 1))
    for child in noun.children:  # ", such as heart attacks and strokes,": left out
        lo, hi = child.left_edge.i, child.right_edge.i
        if child.i > noun.i and lo > 0 and doc[lo - 1].text == "," and lo - 1 not in phrase:
            closing = hi + 1 < len(doc) and doc[hi + 1].text == ","
            phrase |= set(range(lo - 1, hi + 1)) | ({hi + 1} if closing else set())
    return noun.head, head, phrase
