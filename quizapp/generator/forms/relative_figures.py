"""A figure inside a relative clause that defines the main clause's object, asked of that
clause with its noun put back (issue 16).

A news lead tells its main act and, in a relative clause, what the act was about: "The
High Court on Tuesday overturned a decree that would have allowed mayors to ban street
markets for up to 90 days, ruling ...". The figure of the relative clause is a headline
fact, but no form of :mod:`phrasing` reaches it and the whole sentence is far over the
word limit. The clause alone, its relative word standing for its noun, asks it: "For up
to how many days would the decree have allowed mayors to ban street markets?".

Only a clause whose relative word ("that", "which") is its subject and opens it, with no
comma before it, on a noun of the main clause's object (not of another clause); the noun
must be a plain one ("a market-trading decree", no "its", no name of its own after it). The
figure's phrase closes what the question keeps: a phrase after it ("before bringing them
before a judge") is left out; a comma, a quote or a pronoun before it leaves no question.
"""

from __future__ import annotations

from typing import Any

from quizapp.generator.facts.facts import COUNT, MONEY, Fact
from quizapp.generator.forms.figure_hedges import number_hedge
from quizapp.generator.forms.gaps import PRONOUNS
from quizapp.generator.forms.token_text import DO_FORMS, spaced
from quizapp.questiondata import FactKind

# the dependencies from the relative clause's noun up to the main verb
OBJECT_PATH = {"dobj", "pobj", "prep"}
ASKED = ("how many", "how much", "what percentage")
NOUN_WORDS = {"amod", "compound", "punct", "det"}


def relative_figure_question(fact: Fact, what: str) -> str | None:
    """ "For up to how many days would the decree have allowed ...?" for a figure in the
    phrase of a defining relative clause on the main clause's object, or None."""
    tok = fact.token
    if fact.kind != FactKind.FIGURE or tok is None:
        return None
    unit = tok.head if fact.type == COUNT and tok.dep_ == "nummod" else tok
    prep = unit.head
    if unit.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ == "of":
        return None
    if fact.type == MONEY:
        what = "how much"
    hedge = number_hedge(unit)
    if hedge is None or not what.startswith(ASKED):
        return None
    verb = _defining_clause(prep)
    if verb is None:
        return None
    noun = _noun(verb.head)
    rest = _middle(verb, prep, unit)
    if noun is None or rest is None:
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if auxes:
        more = " ".join(a.lower_ for a in auxes[1:])
        body = f"{auxes[0].lower_} {noun} {more} {verb.text}"
    elif verb.tag_ in DO_FORMS and verb.lemma_ != "be":
        body = f"{DO_FORMS[verb.tag_]} {noun} {verb.lemma_}"
    else:
        return None
    return " ".join(f"{prep.lower_} {hedge} {what} {body} {rest}".split())


def _defining_clause(prep: Any) -> Any:
    """The verb of the defining relative clause that holds ``prep``, its relative word its
    subject, on a noun of the main clause's object; None otherwise."""
    verb = next((a for a in prep.ancestors if a.dep_ == "relcl"), None)
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    doc, lo = verb.doc, verb.left_edge.i
    own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(own) != 1 or own[0].i != lo or own[0].lower_ not in ("that", "which"):
        return None
    if lo < 1 or doc[lo - 1].text == ",":
        return None  # ", which ...": an aside, not what the noun is
    step = verb.head
    while step.dep_ in OBJECT_PATH and step.head.i != step.i:
        step = step.head
    return verb if step.dep_ == "ROOT" and step.pos_ == "VERB" else None


def _noun(noun: Any) -> str | None:
    """ "the public-order decree" of "a market-trading decree": the noun with its own words,
    opened by "the"; None for one owned ("its decree"), named or counted."""
    if noun.pos_ != "NOUN":
        return None
    words = [t for t in noun.subtree if t.i <= noun.i]
    if any(t.dep_ not in NOUN_WORDS and t.i != noun.i for t in words):
        return None
    kept = [t for t in words if t.dep_ != "det"]
    if any(t.pos_ == "PROPN" or t.tag_ == "PRP$" for t in words):
        return None
    return "the " + spaced(kept)


def _middle(verb: Any, prep: Any, unit: Any) -> str | None:
    """The clause's words between its verb and the figure's phrase; None where they hold
    a comma, a quote, a pronoun or a relative word, or where the figure's phrase does not
    close the clause but for a phrase or a clause after it."""
    doc = verb.doc
    if prep.i <= verb.i:
        return None
    words = list(doc[verb.i + 1 : prep.i])
    if not words or any((t.is_punct and t.tag_ != "HYPH") or t.text in '"“”' for t in words):
        return None
    if any(t.lower_ in PRONOUNS or t.tag_ in ("PRP$", "WDT", "WP") for t in words):
        return None
    after = doc[unit.right_edge.i + 1] if unit.right_edge.i + 1 < len(doc) else None
    if after is not None and not (after.is_punct or after.pos_ in ("ADP", "SCONJ")):
        return None  # "for 90 days each year": the figure does not close the clause
    return spaced(words)
