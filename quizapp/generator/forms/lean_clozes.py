"""Leaner clozes of a fact, so that a sentence's paired facts are both askable.

"The Swedish chemist ___ tested the new serum in Lulea on 4 May 1931." shows the place and
the date, whose own questions then cannot be kept beside it; the same sentence without the
other fact's date or place ("The Swedish chemist ___ tested the new serum in Lulea.") leaves
that fact askable. A phrase is left out only where it is a verb's own adjunct of one
preposition (never "for 636 km from north-east", whose "to south-west" would dangle), the
verb keeps something after it, the article tells of the act once, and the gap's own
preposition could not take the phrase's kind ("born in ___ on 10 May 1868" -> "born in
___" would take a year as well as a place). The phrases are found as in :mod:`lean_forms`.
"""

from __future__ import annotations

import re

from quizapp.generator.facts.facts import DATE, PLACE_TYPES, QUOTE, Fact
from quizapp.generator.forms.lean_forms import (
    DATE_PREPS,
    PLACE_PREPS,
    adjunct_span,
    article_docs,
    leaves_complement,
    other_facts,
)


def lean_clozes(fact: Fact, facts: list[Fact], gapped: str) -> list[str]:
    """The cloze's sentence without an adjunct that holds another fact of it ("In 1921 Anna
    Berg opened the library of ___." -> "Anna Berg opened the library of ___."), so that
    the other fact may be asked beside it; never the gapped sentence itself."""
    if fact.token is None or fact.kind == QUOTE or gapped.count("___") != 1:
        return []
    out: list[str] = []
    docs = article_docs(facts)
    for g in other_facts(fact, facts):
        if g.kind != DATE and g.type not in PLACE_TYPES:
            continue  # a partner or a measure: "shared ___ with Best", "stretches for 636 km"
        span = adjunct_span(g, fact, docs)
        if span is None or span.root.head.pos_ not in ("VERB", "AUX"):
            continue  # only a verb's own adjunct: "the 1215 text" stays whole
        if any(t.dep_ == "prep" and t.i != span.root.i for t in span):
            continue  # "for 636 km from north-east": the rest ("to south-west") would dangle
        if _gap_preposition(fact) in (DATE_PREPS if g.kind == DATE else PLACE_PREPS):
            continue  # "born in ___ in 1868" -> "born in ___" would take a year as well
        if not leaves_complement(fact, [span], docs, gap=True):
            continue  # "___ died." says too little
        lean = _cut(gapped, " ".join(str(span.text).split()))
        if lean is not None and lean != gapped and lean not in out:
            out.append(lean)
    return out


def _gap_preposition(fact: Fact) -> str:
    """The preposition before the fact's gap ("in" of "born in ___"), or ""."""
    tok = fact.token
    while tok.dep_ in ("nummod", "quantmod", "compound") and tok.head.i != tok.i:
        tok = tok.head
    return str(tok.head.lower_) if tok.dep_ == "pobj" else ""


def _cut(sentence: str, phrase: str) -> str | None:
    """``sentence`` without ``phrase`` (found there once) and the commas that set it off:
    "In 1921, the club..." -> "The club...", "born in ___ in 1868, the daughter" -> "born
    in ___, the daughter", "Holm, in 1921, founded" -> "Holm founded"."""
    words = r"\s+".join(re.escape(w) for w in phrase.split())
    found = list(re.finditer(rf"(?<!\w){words}(?!\w)", sentence, re.IGNORECASE))
    if len(found) != 1:
        return None
    before, after = sentence[: found[0].start()].rstrip(), sentence[found[0].end() :].lstrip()
    if not before:
        after = after.removeprefix(",").lstrip()
    elif before.endswith(",") and after.startswith(","):  # an aside between two commas
        before, after = before[:-1], after[1:]
    text = f"{before} {after}".strip()
    text = re.sub(r"\s+([,.;:!?])", r"\1", " ".join(text.split()))
    if "___" not in text or len(text.split()) < 4 or text[:1] in ",;:":
        return None
    return text[:1].upper() + text[1:]
