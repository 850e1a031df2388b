"""Questions on a date inside a relative clause, and inside a clause hung on one.

A date often sits in a clause below the main one, where the forms of :mod:`phrasing` do
not reach it:

- "The system that the Unity Party had imposed after it came to power in 1961 lasted ..."
  -> "In which year did the Unity Party come to power?": the "after" clause's "it" is the
  subject of the relative clause it hangs on, asked only when that subject is named and
  agrees with the pronoun;
- "The Treaty of Varna, which Belgrade signed in 1841, ended ..." -> "In which year did
  Belgrade sign the Treaty of Varna?": the relative clause asked with its antecedent put
  back as the object, only when the antecedent is a name.

The inner clause must stand alone: a verb in the simple past (an event, not a state), a
named subject, nothing after the verb but plain words (no comma, quote or bracket).
"""

from __future__ import annotations

from typing import Any

from quizapp.generator.facts.facts import Fact
from quizapp.generator.forms.token_text import lower_start, spaced
from quizapp.questiondata import FactKind

MARKS = {"after", "when", "before", "once", "until", "as", "since"}
DATE_PREPS = {"in", "on"}
LEFT_OUT = {"advcl", "conj", "cc", "parataxis", "relcl", "ccomp", "mark", "punct"}
# nouns of those who act, which a pronoun of a clause below may mean
ACTORS = {"company", "firm", "airline", "bank", "party", "government", "country", "state",
          "team", "club", "group", "army", "council", "union", "city", "town", "nation",
          "king", "leader", "man", "woman", "people", "rebel", "rival", "minister"}  # fmt: skip
AGREES = {"it": ("NN", "NNP"), "they": ("NNS", "NNPS")}  # a person's "he"/"she" is named elsewhere


def inner_clause_question(fact: Fact, what: str) -> str | None:
    """The date of a clause below the main one asked of that clause alone, or None."""
    tok = fact.token
    if fact.kind != FactKind.DATE or tok is None or tok.dep_ != "pobj":
        return None
    prep = tok.head
    if prep.dep_ != "prep" or prep.lower_ not in DATE_PREPS or prep.head.pos_ not in ("VERB",):
        return None
    verb = prep.head
    if not _event(verb) or any(c.i != tok.i for c in prep.children):
        return None
    obj: str | None = ""
    if verb.dep_ == "advcl":
        subject = _hung_clause_subject(verb)
    elif verb.dep_ == "relcl":
        subject, obj = _relative_subject(verb), _antecedent(verb)
    else:
        return None
    if subject is None or obj is None:
        return None
    rest = _rest(verb, prep)
    if rest is None:
        return None
    named = lower_start(subject.doc[subject.left_edge.i : subject.right_edge.i + 1])
    return " ".join(f"{prep.lower_} {what} did {named} {verb.lemma_} {obj} {rest}".split())


def _event(verb: Any) -> bool:
    """An active verb in the simple past that tells of an act ("came", "signed")."""
    if verb.tag_ != "VBD" or verb.lemma_ in ("be", "have"):
        return False
    return not any(c.dep_ in ("aux", "auxpass", "neg", "prt") for c in verb.children)


def _named(subject: Any) -> bool:
    """Whether the subject names what it is: a name in it, no pronoun, no comma."""
    words = list(subject.subtree)
    if any(t.pos_ == "PRON" or t.tag_ in ("PRP$", "WDT", "WP") or t.is_punct for t in words):
        return False
    return any(t.pos_ == "PROPN" for t in words) and not subject.conjuncts


def _hung_clause_subject(verb: Any) -> Any:
    """The subject an "after it came to power" clause means: its own when named; for "it" or
    "they", the named subject of the relative clause it hangs on, when it agrees."""
    marks = [c for c in verb.children if c.dep_ == "mark"]
    if len(marks) != 1 or marks[0].lower_ not in MARKS or marks[0].i != verb.left_edge.i:
        return None
    own = _subject(verb)
    if own is None:
        return None
    if _named(own):
        return own
    host = verb.head
    if own.lower_ not in AGREES or host.dep_ != "relcl" or host.i > verb.i:
        return None
    theirs = _subject(host)
    if theirs is None or not _named(theirs) or theirs.tag_ not in AGREES[own.lower_]:
        return None
    if _may_act(host.head) and host.head.tag_ in AGREES[own.lower_]:
        return None  # "the airline that Nordair bought after it went bankrupt": which one
    return theirs


def _may_act(noun: Any) -> bool:
    """Whether the noun a relative clause hangs on names one who acts (a company, a
    country, a person), which "it" or "they" may mean as well as the clause's subject."""
    if noun.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") or noun.pos_ == "PROPN":
        return True
    return noun.lemma_.casefold() in ACTORS


def _relative_subject(verb: Any) -> Any:
    """The named subject of a relative clause whose relative word is its object."""
    subject = _subject(verb)
    return subject if subject is not None and _named(subject) else None


def _antecedent(verb: Any) -> str | None:
    """The name a relative clause hangs on, when "which"/"that" is the clause's object:
    "the Treaty of Varna, which Belgrade signed" -> "the Treaty of Varna"."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 1 or objects[0].tag_ != "WDT" or objects[0].i > verb.i:
        return None
    noun = verb.head
    doc = noun.doc
    words = [t for t in doc[noun.left_edge.i : objects[0].i] if t.i < objects[0].i]
    while words and words[-1].is_punct:
        words.pop()
    if not words or any(t.is_punct or t.pos_ == "PRON" or t.tag_ == "PRP$" for t in words):
        return None
    if not any(t.pos_ == "PROPN" for t in words) or noun.pos_ not in ("NOUN", "PROPN"):
        return None  # "the system that ...": which system is not said
    if any(t.i > noun.i and t.dep_ != "prep" and t.head.i == noun.i for t in words):
        return None
    return lower_start(doc[words[0].i : words[-1].i + 1])


def _subject(verb: Any) -> Any:
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    return subjects[0] if len(subjects) == 1 else None


def _rest(verb: Any, prep: Any) -> str | None:
    """The clause after its verb less the date's phrase and clauses below it; None where
    it holds a comma, a quote or a bracket."""
    doc = verb.doc
    skip = set(range(prep.i, prep.right_edge.i + 1))
    for child in verb.children:
        if child.i > verb.i and child.dep_ in LEFT_OUT:
            skip.update(range(child.left_edge.i, child.right_edge.i + 1))
    tokens = [t for t in doc[verb.i + 1 : verb.right_edge.i + 1] if t.i not in skip]
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    if any(t.text in '"“”();:,' or t.tag_ in ("PRP", "PRP$") for t in tokens):
        return None
    return spaced(tokens)
