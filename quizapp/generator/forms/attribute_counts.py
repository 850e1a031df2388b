"""A count in a participle clause after "X is Y", asked of X with Y kept as its aside
(issue 16).

"Cocoa is Ghana's second-largest export, earning about $2 billion a year and supporting
more than 800,000 growers" says what cocoa is and then what it does: the count of growers
is asked "More than how many growers does cocoa, Ghana's second-largest export,
support?". The description ("Ghana's second-largest export") is what makes the question
self-contained: "How many growers does cocoa support?" does not say where. The main
clause is "be" with its subject before it and its description alone after it; the
participle (or one joined to it by "and") has the counted noun as its object. A hedge
before the number ("more than", "about") leads the question.
"""

from __future__ import annotations

from typing import Any

from quizapp.generator.facts.facts import COUNT, Fact
from quizapp.generator.forms.count_subjects import DATE_ENTS
from quizapp.generator.forms.figure_hedges import HEDGED, number_hedge
from quizapp.generator.forms.gaps import PRONOUNS
from quizapp.generator.forms.token_text import DO_FORMS, lower_start, spaced
from quizapp.questiondata import FactKind


def attribute_count_question(fact: Fact) -> str | None:
    """ "HEDGE how many NOUN does X, Y, VERB?" for a count object of a participle after
    "X is Y", or None."""
    tok = fact.token
    if fact.kind != FactKind.FIGURE or fact.type != COUNT or tok is None:
        return None
    noun = tok.head
    if tok.dep_ != "nummod" or noun.tag_ != "NNS" or noun.dep_ != "dobj" or noun.i < tok.i:
        return None
    hedge = number_hedge(noun)
    verb, doc = noun.head, tok.doc
    if hedge is None or verb.tag_ != "VBG":
        return None
    unit = doc[tok.i + 1 : noun.i + 1]
    if any(t.is_punct or t.lower_ in PRONOUNS or t.tag_ == "PRP$" for t in unit):
        return None
    first = verb
    while first.dep_ == "conj" and first.head.tag_ == "VBG":
        first = first.head
    root = first.head
    if first.dep_ != "advcl" or root.dep_ != "ROOT" or root.lemma_ != "be":
        return None
    if root.tag_ not in DO_FORMS or doc[first.i - 1].text != ",":
        return None
    for v in {first, verb}:
        if any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in v.children):
            return None
    parts = _subject_and_description(root, first)
    if parts is None:
        return None
    subject, description = parts
    tail = _phrases(verb, noun)
    lead = f"{HEDGED.get(hedge, hedge)} how many".strip()
    words = (lead, unit.text, DO_FORMS[root.tag_], f"{subject}, {description},", verb.lemma_, tail)
    return " ".join(w for w in words if w)


def _subject_and_description(root: Any, first: Any) -> tuple[str, str] | None:
    """ "tea" and "Kenya's largest agricultural export" of "Tea is Kenya's largest
    agricultural export, ...", or None where the clause holds more or leans on a pronoun."""
    doc = root.doc
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    attrs = [c for c in root.children if c.dep_ == "attr"]
    if len(subjects) != 1 or len(attrs) != 1 or any(c.dep_ == "neg" for c in root.children):
        return None
    s, a = subjects[0], attrs[0]
    subject = doc[s.left_edge.i : s.right_edge.i + 1]
    description = doc[a.left_edge.i : a.right_edge.i + 1]
    if subject.start != root.sent.start or subject.end != root.i:
        return None
    if description.start != root.i + 1 or description.end != first.i - 1:
        return None
    for span in (subject, description):
        if any(t.is_punct and t.tag_ != "HYPH" for t in span):
            return None
        if any(t.lower_ in PRONOUNS or t.tag_ in ("PRP$", "WDT", "WP") for t in span):
            return None
    if not any(t.pos_ == "PROPN" for t in [*subject, *description]):
        return None  # "the crop is the main export": whose is not said
    return _subject_text(subject), spaced(description)


def _subject_text(subject: Any) -> str:
    """The subject as a question names it mid-sentence: "cocoa" for a lone "Cocoa" that is
    no entity where its paragraph writes the word in lowercase elsewhere."""
    first = subject[0]
    lowered = first.lower_
    common = any(t.text == lowered for t in first.doc if t.i != first.i)
    if len(subject) == 1 and first.is_title and not first.ent_type_ and common:
        return str(lowered)
    return lower_start(subject)


def _phrases(verb: Any, noun: Any) -> str:
    """The participle's plain phrases after its object ("in the region"), without dates."""
    doc, kept = verb.doc, []
    for child in verb.children:
        if child.i <= noun.i or child.dep_ not in ("prep", "prt"):
            continue
        span = doc[child.left_edge.i : child.right_edge.i + 1]
        if any(t.ent_type_ in DATE_ENTS or t.is_punct or t.lower_ in PRONOUNS for t in span):
            continue
        kept.extend(span)
    return spaced(kept)
