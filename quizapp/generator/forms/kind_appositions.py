"""A name set after the noun that says what it is ("operated by the private haulier
Fjordline Transit", "published in the journal Coastal Safety"): a question asks the noun's
slot with that noun ("By which haulier was the ship operated?", "In which journal were
the findings published?").

The parse makes the name an apposition of the noun, so the forms that ask an object or
a phrase of a preposition do not reach it, and the type's own question word ("which
organisation") says less than the article's noun does. The noun is the article's own
word for the name, so it gives nothing away that the sentence does not say.
"""

from __future__ import annotations

from typing import Any

from quizapp.generator.facts.facts import Fact
from quizapp.questiondata import FactKind

# words of the noun's phrase that may stand before it and are left out of the question
LEFT_OUT = {"det", "amod", "advmod"}


def kind_apposition(fact: Fact) -> tuple[Any, str] | None:
    """The noun that the name ``fact`` follows in apposition ("the journal X") and the
    question's words for it ("which journal", "which state company"), or None."""
    tok = fact.token
    if fact.kind != FactKind.ACTOR or tok is None or tok.dep_ != "appos":
        return None
    noun = tok.head
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or not noun.is_lower:
        return None
    doc, char0 = tok.doc, fact.sentence.char0
    span = doc.char_span(char0 + fact.start, char0 + fact.end, alignment_mode="expand")
    if span is None or span.start != noun.i + 1 or tok.conjuncts:
        return None  # "the journal, Coastal Safety", "the firms X and Y"
    before = [c for c in noun.children if c.i < noun.i]
    if [c.lower_ for c in before if c.dep_ == "det"] != ["the"]:
        return None  # "a haulier X": one of several, not the one the article names
    if any(c.dep_ not in LEFT_OUT | {"compound"} for c in before):
        return None
    if any(c.dep_ == "compound" and not c.is_lower for c in before):
        return None  # "the Oslo haulier X": the place stays with the name
    if any(c.i > noun.i and c.i != tok.i for c in noun.children):
        return None  # "the journal X of the society": more than the name after it
    kind = [c.lower_ for c in before if c.dep_ == "compound"] + [noun.lower_]
    return noun, f"which {' '.join(kind)}"  # "the state railway company": its compounds too
