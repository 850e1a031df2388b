"""The percentage of a comparison asked as a question (issue 16).

A study's finding is often a lead's headline: "Children who read for half an hour each
evening were about 25% more likely to pass their exams than those who rarely read, according
to a report published on Monday by ...". The percentage modifies the comparative, where no
form of :mod:`phrasing` reaches it, and the sentence is far over the word limit. The
question keeps the comparison whole (who, more or less what, than whom) and leaves out the
rest (the source, the dates of the clause): "By about what percentage were children who
read for half an hour each evening more likely to pass their exams than those who rarely
read?", or, where that runs long, "About what percentage more likely to pass their exams
were children who ... than those who ...?". "Those" of "than those who" stands for the
subject's kind, which the question names.
"""

from __future__ import annotations

from typing import Any

from quizapp.generator.facts.facts import PERCENT, Fact
from quizapp.generator.forms.figure_hedges import number_hedge
from quizapp.generator.forms.token_text import lower_start, spaced

LONGEST = 25  # the words of the longest question (see phrasing)
COMPARATIVES = ("RBR", "JJR")
DATED = {"DATE", "TIME"}
MORE_LESS = ("more", "less")


def comparison_question(fact: Fact) -> str | None:
    """ "By about what percentage were X less likely to Y than Z?" for the percentage of a
    comparative on the predicate of the main clause, or None."""
    tok = fact.token
    if fact.type != PERCENT or tok is None or tok.dep_ != "npadvmod":
        return None
    comp = tok.head
    if comp.tag_ not in COMPARATIVES or (comp.tag_ == "RBR" and comp.lower_ not in MORE_LESS):
        return None
    adj = comp.head if comp.tag_ == "RBR" and comp.dep_ == "advmod" else comp
    root = adj.head
    if adj.dep_ != "acomp" or root.dep_ != "ROOT" or root.lemma_ != "be":
        return None
    if any(c.dep_ in ("aux", "neg") for c in root.children):
        return None
    hedge = number_hedge(tok)
    than = _than(adj, root)
    subject = _subject(root)
    if hedge is None or than is None or subject is None:
        return None
    doc = tok.doc
    predicate = _predicate(adj, comp, than)
    if predicate is None:
        return None
    compared = spaced(doc[than.i : than.right_edge.i + 1])
    kept = [*subject, *doc[than.i : than.right_edge.i + 1]]
    if any(t.text in ',;:"“”()' for t in kept):
        return None  # an aside in the subject or the compared
    named = _subject_text(subject)
    words = f"{named} {predicate} {compared}"
    lead = f"{hedge} what percentage".strip()
    question = f"by {lead} {root.lower_} {words}"
    if len(question.split()) <= LONGEST:
        return question
    return f"{lead} {predicate} {root.lower_} {named} {compared}"  # fronted


def _than(adj: Any, root: Any) -> Any:
    """The "than" of the comparison, wherever the parse hung it in the predicate."""
    found = [
        t for t in root.doc[adj.i : root.right_edge.i + 1]
        if t.lower_ == "than" and t.dep_ == "prep" and adj.i in (a.i for a in t.ancestors)
    ]  # fmt: skip
    return found[0] if len(found) == 1 else None


def _subject(root: Any) -> Any:
    """The main clause's subject as a span: a noun with its own words, no pronoun, no comma."""
    subjects = [c for c in root.children if c.dep_ == "nsubj" and c.i < root.i]
    if len(subjects) != 1 or subjects[0].pos_ not in ("NOUN", "PROPN"):
        return None
    span = root.doc[subjects[0].left_edge.i : subjects[0].right_edge.i + 1]
    if span.end != root.i or any(t.tag_ == "PRP" for t in span):
        return None
    return span


def _subject_text(span: Any) -> str:
    """The subject for the question's middle: a common noun that opens the sentence is
    lowered even where the model took it for a name ("Commuters who cycled ...")."""
    first = span[0]
    if first.is_sent_start and first.pos_ in ("NOUN", "ADJ") and not first.tag_.startswith("NNP"):
        return str(span.text)[:1].lower() + str(span.text)[1:]
    return lower_start(span)


def _predicate(adj: Any, comp: Any, than: Any) -> str | None:
    """ "less likely to take sick leave" of "about 18% less likely to take sick leave over
    the following year than ...": the comparative with the clause it governs, less the
    figure, the "than" phrase and the clause's dates."""
    doc = adj.doc
    skip = set(range(than.i, than.right_edge.i + 1))
    skip |= {t.i for t in comp.subtree if t.i < comp.i}  # "about 30%"
    for t in doc[adj.i : adj.right_edge.i + 1]:
        objects = [c for c in t.children if c.dep_ == "pobj"]
        if t.dep_ == "prep" and objects and objects[0].ent_type_ in DATED:
            skip.update(range(t.i, t.right_edge.i + 1))  # "over the following decade"
    lo = comp.i if comp.i < adj.i else adj.i
    words = [t for t in doc[lo : adj.right_edge.i + 1] if t.i not in skip]
    if any(t.i not in skip and t.dep_ in ("advcl", "relcl", "conj") for t in words):
        return None
    return spaced(words)
