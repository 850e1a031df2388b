"""A question on the phrase of a participle that follows a noun: "the Minsk Group, set up
by the OSCE in 1992" asks "In which year was the Minsk Group set up?" and "By which
organisation was the Minsk Group set up?"; "Pietro Varesi, known as Il Ruffo" asks "By
what name was Pietro Varesi known?" (see :mod:`nicknames`); ``what`` is the question words
of the fact's type, and the caller tidies the question.
"""

from __future__ import annotations

from quizapp.generator.facts.facts import PERSON, Fact
from quizapp.generator.facts.nicknames import is_nickname
from quizapp.generator.forms.gaps import PRONOUNS
from quizapp.generator.forms.kind_appositions import kind_apposition
from quizapp.generator.forms.token_text import lower_start


def noun_participle_question(fact: Fact, what: str) -> str | None:
    """ "the Minsk Group, set up by the OSCE in 1992" -> "In which year was the Minsk Group
    set up?" and "By which organisation was the Minsk Group set up?"."""
    described = kind_apposition(fact)  # "by the regional haulier X": "By which haulier"
    tok = fact.token if described is None else described[0]
    what = what if described is None else described[1]
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ not in ("prep", "agent"):
        return None
    verb, doc = prep.head, tok.doc
    if verb.tag_ != "VBN" or verb.dep_ != "acl" or verb.i < verb.head.i:
        return None
    if any(c.i != tok.i and c.dep_ != "pobj" for c in prep.children):
        return None
    noun = verb.head
    if tok.conjuncts or prep.conjuncts or noun.conjuncts:
        return None  # "in Brussels and Germany in Berlin": two right answers
    lo, hi = noun.left_edge.i, noun.i + 1
    if hi - lo < 2 or not any(t.pos_ == "PROPN" or t.lower_ == "the" for t in doc[lo:hi]):
        return None  # "were meetings hosted": which meetings is not said
    if any(t.lower_ in PRONOUNS or t.tag_ in ("PRP$", "WDT") or t.is_punct for t in doc[lo:hi]):
        return None
    relative = doc[lo - 1].lower_ in ("that", "which")
    if lo <= tok.i < hi or noun.pos_ not in ("NOUN", "PROPN") or relative:
        return None  # "the treaty that the two kingdoms signed": their act, no participle
    particles = "".join(f" {c.text}" for c in verb.children if c.dep_ == "prt")
    aux = "were" if noun.tag_ in ("NNS", "NNPS") else "was"
    head = "whom" if fact.type == PERSON and described is None else what
    lead = f"by {head}" if prep.dep_ == "agent" else f"{prep.text.lower()} {head}"
    if is_nickname(fact):
        lead = "by what name"  # "known as Il Ruffo": never "As whom was ... known?"
    return f"{lead} {aux} {lower_start(doc[lo:hi])} {verb.text}{particles}"
