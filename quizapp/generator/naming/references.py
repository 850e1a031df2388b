"""Naming an "it" the parse makes sure of, as the noun phrase it stands for.

"The delta covers 4,150 square kilometres. UNESCO listed it in 1991" is asked "In which
year did UNESCO list the delta ...?"; "the wall was rebuilt in concrete, and by the end it
ran for 155 kilometres" asks "... did the wall run ...?". Its antecedent is, where that is
sure, the subject of the clause its own clause is joined to by "and"/"but" (the same
sentence), or else the main subject of the sentence before: a singular noun that is no
person, with no other singular subject or object beside it that "it" could stand for,
and nothing singular in its own sentence before it. "it" of "it is ..." (often about
nothing) and an "it" inside quotation marks are never named; where the sentence or the
prompt has two, neither is. What it is named by is the antecedent's own words, its
determiner, modifiers and noun ("the delta", "the Berlin Wall"), no clause of its own; a
later step names a reference such as "the delta" in turn, or the checks refuse it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from quizapp.generator.facts.facts import Fact, Sentence
from quizapp.generator.forms.agreement import quoted_at
from quizapp.generator.naming.definites import REFERRING, Definite, Described, name_definite
from quizapp.generator.naming.pronouns import quoted_spans
from quizapp.generator.synthesis import GeneratedQuestion, QuestionForm

IT = re.compile(r"(?<![\w’'-])[Ii]t(?![\w’'-])")
SUBJECTS = ("nsubj", "nsubjpass")
# "it is thought", "it took", "it seems": "it" about nothing in particular
EMPTY_VERBS = {"be", "seem", "appear", "take", "rain", "matter", "happen", "follow"}
THINGS = ("NN", "NNP")  # a singular noun (a name or not)
# what the sentence before may hold beside its subject: "is home to ...", "in 1991"
LOOSE = ("pobj", "attr")
TIMES = ("DATE", "TIME")


def named_it(
    q: GeneratedQuestion, fact: Fact, facts: list[Fact], nouns: Described
) -> GeneratedQuestion:
    """``q`` with its one "it" named as its sure antecedent (see the module)."""
    if q.form == QuestionForm.QUOTE or fact.sentence.span is None:
        return q
    quoted = quoted_spans(q.prompt)
    found = [m for m in IT.finditer(q.prompt) if not any(a < m.start() < b for a, b in quoted)]
    if len(found) != 1:
        return q
    sure = antecedent(fact.sentence, _previous(fact.sentence))
    if sure is None:
        return q
    it, head, words = sure
    m = found[0]
    if words.lower() in q.prompt[: m.start()].lower():
        return q  # "the wall was rebuilt ..., and by the end it ran": said before it
    name = words[0].upper() + words[1:] if m.group()[0] == "I" else words
    named = replace(q, prompt=q.prompt[: m.start()] + name + q.prompt[m.end() :])
    noun = head.lemma_.lower()
    if head.pos_ != "NOUN" or (noun not in REFERRING and head.lower_ not in REFERRING):
        return named  # "the delta" is named in turn ("the Danube Delta"), or refused
    at = it.idx - fact.sentence.char0
    definite = Definite(name, noun, m.start(), at, at + len(it.text))
    further = name_definite(named, definite, fact, facts, nouns)
    return q if further.prompt == named.prompt else further


def _previous(sentence: Sentence) -> Any | None:
    """The sentence before ``sentence`` in its paragraph (a spaCy span), if any."""
    span = sentence.span
    before = [s for s in span.doc.sents if s.end <= span.start]
    return before[-1] if before else None


def antecedent(sentence: Sentence, previous: Any | None) -> tuple[Any, Any, str] | None:
    """The sentence's one "it", the head of what it stands for and that one's words, where
    the parse makes it sure."""
    its = [t for t in sentence.span if t.lower_ == "it" and not quoted_at(sentence, t)]
    if len(its) != 1 or any(t.lower_ == "its" for t in sentence.span):
        return None
    it = its[0]
    if it.dep_ not in (*SUBJECTS, "dobj", "pobj") or it.head.lemma_ in EMPTY_VERBS:
        return None
    before = [t for t in sentence.span if t.i < it.i]
    joined = _joined_subject(it)
    if joined is not None:  # its rivals: another subject or object before it
        rivals = [t for t in before if t.tag_ in THINGS and t.dep_ in (*SUBJECTS, "dobj")]
        return None if any(t.i != joined.i for t in rivals) else _sure(it, joined)
    own = {c.i for c in it.head.children if c.dep_ in SUBJECTS} if it.dep_ == "dobj" else set()
    if any(t.tag_ in THINGS and t.i not in own and _noun(t) for t in before):
        return None  # "The mill discharged waste ... until it closed": which one is not sure
    if previous is None:
        return None
    subjects = [t for t in previous if t.dep_ in SUBJECTS and t.head.i == previous.root.i]
    if len(subjects) != 1 or not _candidate(subjects[0]):
        return None
    head = subjects[0]
    rivals = [t for t in previous if _candidate(t) and t.i != head.i and t.dep_ not in LOOSE]
    return None if rivals else _sure(it, head)


def _sure(it: Any, head: Any) -> tuple[Any, Any, str] | None:
    words = _words(head)
    return None if words is None else (it, head, words)


def _joined_subject(it: Any) -> Any | None:
    """The subject of the clause the pronoun's clause is joined to ("the wall was rebuilt
    ..., and by the end it ran ..."), where "it" is a subject."""
    verb = it.head
    if it.dep_ not in SUBJECTS or verb.dep_ != "conj":
        return None
    subjects = [c for c in verb.head.children if c.dep_ in SUBJECTS]
    if len(subjects) != 1 or not _candidate(subjects[0]):
        return None
    return subjects[0]


def _noun(tok: Any) -> bool:
    """Whether ``tok`` heads a noun phrase that is no time ("in 1991", "on Monday")."""
    return tok.dep_ not in ("compound", "flat") and tok.ent_type_ not in TIMES


def _candidate(tok: Any) -> bool:
    """Whether ``tok`` is a singular noun an "it" may stand for: no person, no time."""
    if tok.tag_ not in THINGS or tok.dep_ in ("compound", "flat", "poss", "npadvmod"):
        return False
    if tok.dep_ not in (*SUBJECTS, "dobj", "attr", "pobj", "appos", "conj"):
        return False
    return tok.ent_type_ not in ("PERSON", *TIMES, "CARDINAL", "MONEY", "PERCENT")


def _words(head: Any) -> str | None:
    """ "the delta", "the Berlin Wall": the head's determiner, modifiers and noun; a name
    as it is written; None for a phrase with no determiner, or "a"/"an"."""
    left = [t for t in head.subtree if t.i <= head.i]
    start = left[0]
    if head.pos_ == "NOUN" and start.lower_ not in ("the", "this", "that"):
        return None  # "a canal", "water": what is meant is not one thing named before
    if any(t.is_punct for t in left):
        return None
    if start.lower_ in ("this", "that"):
        return "the " + str(head.doc[start.i + 1 : head.i + 1].text)
    words = str(head.doc[start.i : head.i + 1].text)
    return words[0].lower() + words[1:] if start.lower_ == "the" else words


# Pronouns a name put into a prompt must not stand before: the checks would take the name
# for what the pronoun stands for ("From the town of X it runs ...")
LATER_PRONOUNS = re.compile(r"(?<![\w’'-])(?:it|they|he|she|him|them)(?![\w’'-])", re.IGNORECASE)


def other_pronoun(prompt: str, after: int, keep: tuple[str, ...] = ()) -> bool:
    """Whether ``prompt`` holds, outside quotation marks and after character ``after``, a
    pronoun (but those of ``keep``) that a name put in before it might seem to stand for."""
    quoted = quoted_spans(prompt)
    return any(
        m.group().lower() not in keep and not any(a < m.start() < b for a, b in quoted)
        for m in LATER_PRONOUNS.finditer(prompt, after)
    )
