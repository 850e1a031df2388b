"""A person named as the one a thing belongs to ("the government of Prime Minister Lars
Eide") asked with "whose" (issue 16).

"The ban had been backed by the government of Prime Minister Lars Eide" holds a fact a
teacher asks, who led the government that backed the ban, but the person is no subject,
object or phrase of the verb, so no other form reaches it. The noun's phrase is asked
"whose government", turned active where it is a passive's agent ("Whose government had
backed the ban?"), or as the subject it is ("The army of General X crossed the river" ->
"Whose army crossed the river?"). Only a regular verb is turned active: its participle
is its past tense ("backed"), so the question needs no word the article does not use.
"""

from __future__ import annotations

from typing import Any

from quizapp.generator.facts.facts import PERSON, Fact
from quizapp.generator.forms.clause_tails import trailing_clauses
from quizapp.generator.forms.gaps import PRONOUNS
from quizapp.generator.forms.question_scope import closing_asides, subject_aside
from quizapp.generator.forms.token_text import lower_start, spaced

MODALS = {"will", "would", "could", "should", "may", "might", "must", "can", "shall"}


def whose_question(fact: Fact) -> str | None:
    """ "Whose government had backed the ban ...?" for a person after "the NOUN of" that
    is a passive's agent or the main clause's subject, or None (the caller tidies it)."""
    noun = _owned_noun(fact)
    if noun is None:
        return None
    root = noun.sent.root
    if noun.dep_ == "nsubj" and noun.head.i == root.i:
        return _subject_form(noun, root)
    by = noun.head
    if noun.dep_ == "pobj" and by.dep_ == "agent" and by.head.i == root.i:
        return _active_form(noun, root)
    return None


def _owned_noun(fact: Fact) -> Any:
    """The common noun "the NOUN of <person>" whose owner the fact is, with nothing but
    "the" before it and the person after it, or None."""
    tok = fact.token
    if fact.type != PERSON or tok is None or tok.dep_ != "pobj" or tok.conjuncts:
        return None
    of, noun = tok.head, tok.head.head
    if of.lower_ != "of" or noun.pos_ != "NOUN" or noun.tag_ != "NN":
        return None
    if [c.lower_ for c in noun.children if c.i < noun.i] != ["the"]:
        return None  # "a government of X", "the new government of X": not asked so
    if [c.i for c in noun.children if c.i > noun.i] != [
        of.i
    ] or tok.right_edge.i != of.right_edge.i:
        return None
    if any(t.dep_ in ("relcl", "acl", "appos", "prep") for t in tok.children):
        return None  # "X of Colombia", "X, who ...": more than the name
    return noun


def _subject_form(noun: Any, root: Any) -> str | None:
    """ "Whose army crossed the river at dawn?" of "The army of General X crossed ..."."""
    doc = noun.doc
    if noun.left_edge.i != noun.sent.start or root.lemma_ == "be":
        return None
    end = noun.sent.end
    skip = trailing_clauses(root, root.i + 1, end) | closing_asides(root, root.i + 1, end)
    rest = [t for t in doc[noun.right_edge.i + 1 : end] if t.i not in skip]
    return f"whose {noun.lower_} {spaced(rest)}".rstrip(" .!?,")


def _active_form(noun: Any, verb: Any) -> str | None:
    """ "Whose government had backed the ban as a response to ...?" of "The ban had been
    backed by the government of X as a response to ..."."""
    doc, sent = verb.doc, verb.sent
    if verb.tag_ != "VBN" or not verb.lower_.endswith("ed"):
        return None  # "was written by": "wrote" is another word
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if len(subjects) != 1 or subjects[0].conjuncts or subjects[0].lower_ in PRONOUNS:
        return None
    subject = subjects[0]
    if subject.left_edge.i != sent.start:
        return None  # "In 1990 the ban was backed ...": an opening the form would lose
    aside = subject_aside(subject)
    words = [t for t in doc[subject.left_edge.i : subject.right_edge.i + 1] if t.i not in aside]
    if any(t.is_punct or t.tag_ in ("PRP$", "WDT", "WP") for t in words):
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i]
    kept = [c for c in auxes if c.dep_ != "auxpass"]
    between = [t for t in doc[subject.right_edge.i + 1 : verb.i] if t.i not in aside]
    if {t.i for t in between} != {c.i for c in auxes} or len(kept) > 1:
        return None  # "the ban, it said, had been ...": more than auxiliaries before the verb
    passive = [c.lower_ for c in auxes if c.dep_ == "auxpass"]
    lead = _active_verb(verb, [c.lower_ for c in kept], passive)
    if lead is None:
        return None
    end = sent.end
    skip = trailing_clauses(verb, verb.i + 1, end) | closing_asides(verb, verb.i + 1, end)
    by = noun.head
    skip |= set(range(by.i, by.right_edge.i + 1))
    rest = [t for t in doc[verb.i + 1 : end] if t.i not in skip]
    first = lower_start(doc[words[0].i : words[0].i + 1])  # "The ban": "the ban"
    object_text = spaced(words, {words[0].i: first})
    question = f"whose {noun.lower_} {lead} {object_text} {spaced(rest)}"
    return question.rstrip(" .!?,")


def _active_verb(verb: Any, kept: list[str], passive: list[str]) -> str | None:
    """The active verb with the auxiliary the passive kept: "had backed" of "had been
    backed", "will back" of "will be backed", "backed" of "was backed"; None for a present
    passive ("is backed") whose active form would need a new word."""
    if kept and kept[0] in ("had", "has", "have"):
        return f"{kept[0]} {verb.text}"
    if kept and kept[0] in MODALS:
        return f"{kept[0]} {verb.lemma_}"
    if not kept and passive in (["was"], ["were"]):
        return str(verb.text)
    return None
