"""A name the model took together with a place's possessive before it: "Malawi's
Constitutional Court" is two names, the country and its court.

spaCy's small model sometimes tags "X's Supreme Court" as one organisation. The
organisation is then never found under its own name (the article calls it "the court",
"the Constitutional Court"), a question on it names the country in its answer, and the
country loses a mention. A possessive after a place the gazetteer knows splits the span;
a possessive after a word that is no place ("the People's Party", "St John's College",
"the Women's Institute") is part of the name and stays.
"""

from __future__ import annotations

from quizapp.generator.facts.gazetteer import gazetteer
from quizapp.generator.facts.mentions import Mention

POSSESSIVES = {"'s", "’s", "'", "’"}


def without_place_possessor(found: list[Mention]) -> list[Mention]:
    """``found`` with each "PLACE's Name" mention split into the place and the name."""
    out: list[Mention] = []
    for m in found:
        cut = _possessor_end(m)
        if cut is None:
            out.append(m)
            continue
        out.append(Mention(m.sentence, m.start, cut, "GPE"))
        out.append(Mention(m.sentence, cut + 1, m.end, m.label))
    return out


def _possessor_end(m: Mention) -> int | None:
    """The index of the possessive that ends a known place opening ``m`` with at least one
    capitalised word after it, or None."""
    if m.label not in ("ORG", "PERSON", "FAC"):
        return None
    doc = m.doc
    for i in range(m.start + 1, m.end - 1):
        if doc[i].text in POSSESSIVES and doc[i].tag_ == "POS":
            place = gazetteer().lookup(doc[m.start : i].text)
            if place is None or not doc[i + 1].is_title:
                return None
            return i
    return None
