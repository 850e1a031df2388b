"""Wh-questions from a sentence that defines its subject with a relative clause.

An encyclopedia's first sentence often tells its facts inside a relative clause on the
predicate: "The Velden Charter is a royal decree that Queen Maud signed on 2 May 1402 at
Lindholm." The relative pronoun stands for the subject, so the clause is asked with the
subject put in its place:

- a date or a place in the clause: "On which date did Queen Maud sign the Velden Charter?",
  "At which place did Queen Maud sign the Velden Charter on 2 May 1402?";
- the clause's own subject: "Who signed the Velden Charter on 2 May 1402 at Lindholm?";
- where the pronoun is the clause's subject ("a bridge that was opened in 1932"): "In which
  year was the Tana Bridge opened?".

No question is made of a range ("from 1961 to 1989"), of a clause whose subject is a pronoun,
or where the parse leaves any doubt about what the pronoun stands for.
"""

from __future__ import annotations

from typing import Any

from quizapp.generator.facts.facts import PERSON, Fact
from quizapp.generator.forms.gaps import PRONOUNS
from quizapp.generator.forms.token_text import DO_FORMS, lower_start, spaced

RELATIVES = {"that", "which"}
# prepositions of a date or a place that a question may lead with
FACT_PREPS = {"in", "on", "at", "near", "during"}
RELATIVE_ROLES = {"dobj", "pobj", "nsubj", "nsubjpass"}


def relative_clause_question(fact: Fact, what: str) -> str | None:
    """A question on a fact in a relative clause that defines the sentence's subject."""
    found = _defining_clause(fact)
    if found is None:
        return None
    verb, relative, subject = found
    doc, tok = verb.doc, fact.token
    own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    if len(own) != 1:
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if len(auxes) > 1 or (not auxes and verb.tag_ not in DO_FORMS):
        return None
    if own[0].i == relative.i:  # "a bridge that was opened in 1932"
        if tok.dep_ != "pobj" or tok.head.head.i != verb.i or tok.head.lower_ not in FACT_PREPS:
            return None
        prep = tok.head
        rest = _rest(verb, {prep.i}, None, "")
        if rest is None:
            return None
        lead = auxes[0].lower_ if auxes else DO_FORMS[verb.tag_]
        words = verb.text if auxes else verb.lemma_
        return f"{prep.lower_} {what} {lead} {subject} {words} {rest}"
    doer = own[0]
    if doer.lower_ in PRONOUNS or any(t.is_punct for t in doer.subtree) or auxes:
        return None
    d_lo, d_hi = doer.left_edge.i, doer.right_edge.i + 1
    if d_lo <= tok.i < d_hi:  # "Queen Maud": who signed the charter
        if tok.i != doer.i and not (tok.dep_ == "appos" and tok.head.i == doer.i):
            return None  # "the farmer Jon Berg" names the doer too
        head = "who" if fact.type == PERSON else what
        rest = _rest(verb, set(), relative, subject)
        return None if rest is None else f"{head} {verb.text} {rest}"
    prep = tok.head
    if tok.dep_ != "pobj" or prep.head.i != verb.i or prep.lower_ not in FACT_PREPS:
        return None
    rest = _rest(verb, {prep.i}, relative, subject)
    if rest is None or verb.tag_ not in DO_FORMS:
        return None
    doer_text = lower_start(doc[d_lo:d_hi])
    return f"{prep.lower_} {what} {DO_FORMS[verb.tag_]} {doer_text} {verb.lemma_} {rest}"


def _defining_clause(fact: Fact) -> tuple[Any, Any, str] | None:
    """The relative clause's verb, its relative pronoun and the subject's name, for "S is a N
    (of ...) that ..." where the fact lies in the clause."""
    sent = fact.sentence.span
    root = sent.root
    if root.lemma_ != "be":
        return None
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    attrs = [c for c in root.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
    if len(subjects) != 1 or len(attrs) != 1:
        return None
    subject = _name(subjects[0])
    if subject is None:
        return None
    attr = attrs[0]
    hosts = [attr] + [
        c for p in attr.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children
    ]
    clauses = [c for h in hosts for c in h.children if c.dep_ == "relcl"]
    if len(clauses) != 1:
        return None
    verb = clauses[0]
    if verb.lemma_ == "be" or verb.pos_ not in ("VERB", "AUX"):
        return None  # "a town that is home to ...": "does the town be" cannot be said
    if not verb.left_edge.i <= fact.token.i <= verb.right_edge.i:
        return None
    relative = verb.left_edge  # "that" opens the clause, tagged WDT or, by the parse, IN
    if relative.lower_ not in RELATIVES or relative.dep_ not in RELATIVE_ROLES:
        return None
    if any(t.text in '"“”()' for t in verb.subtree):
        return None
    return verb, relative, subject


def _name(subject: Any) -> str | None:
    """The subject's name less the asides after it: "Magna Carta" of "Magna Carta, Latin for
    ...,"; None when it names nothing."""
    doc = subject.doc
    if any(c.dep_ not in ("appos", "punct", "compound", "det", "amod") for c in subject.children):
        return None
    if not any(t.pos_ == "PROPN" for t in doc[subject.left_edge.i : subject.i + 1]):
        return None
    return lower_start(doc[subject.left_edge.i : subject.i + 1])


def _rest(verb: Any, cut: set[int], relative: Any, subject: str) -> str | None:
    """The clause after its verb with the phrases of ``cut`` (prepositions) left out, asides
    and later clauses dropped, and the subject's name put where the relative pronoun stood:
    after a stranded preposition ("agreed to"), else straight after the verb."""
    doc = verb.doc
    skip: set[int] = set()
    for head in cut:
        skip.update(range(doc[head].left_edge.i, doc[head].right_edge.i + 1))
    for t in doc[verb.i + 1 : verb.right_edge.i + 1]:
        if t.dep_ in ("appos", "relcl", "advcl", "conj", "cc") and t.i not in skip:
            lo = t.left_edge.i
            skip.update(range(lo - (doc[lo - 1].text == ","), t.right_edge.i + 1))
    kept = [t for t in doc[verb.i + 1 : verb.right_edge.i + 1] if t.i not in skip]
    while kept and kept[-1].is_punct:
        kept.pop()
    if any(t.is_punct for t in kept):
        return None
    if relative is None:
        return spaced(kept)
    stranded = relative.head if relative.dep_ == "pobj" else None
    if stranded is not None and stranded.i > verb.i:
        at = next((n + 1 for n, t in enumerate(kept) if t.i == stranded.i), None)
    else:
        at = 0 if relative.dep_ == "dobj" else None
    if at is None:
        return None
    return f"{spaced(kept[:at])} {subject} {spaced(kept[at:])}".strip()
