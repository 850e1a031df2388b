"""Naming an opening "He"/"She" (or "His"/"Her" before the subject) as the one person the
sentence before named, where the parse makes that sure.

"Its leader, Tomas Brandt, accepted the result. He told supporters in the capital, ___,
..." is asked "Tomas Brandt told supporters in the capital, ___, ...". The pronoun must be
the main subject of its sentence (or own it: "His blood sugar fell ..."), outside quotation
marks, with no person named before it in its sentence; the sentence before must name
exactly one person, as its main subject (or beside it: "Its leader, Tomas Brandt"), of the
pronoun's gender or of none the article shows, and hold no personal pronoun (another person
may be meant) but a "he"/"she" that is the subject of a clause joined to its main one ("The
Danish astronomer Jens Thorsen doubted ..., and he worked out ... He sent ..."): the same
subject again (a common noun before the name, "The Danish astronomer", is no second
subject). The article's own subject is :mod:`pronouns`' business; where this is not sure
the question keeps its pronoun and the checks refuse it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from quizapp.generator.facts.facts import PERSON, Entity, Fact, entities_by_token
from quizapp.generator.forms.agreement import pronoun_gender, quoted_at
from quizapp.generator.naming.pronouns import quoted_spans
from quizapp.generator.synthesis import GeneratedQuestion, QuestionForm

SUBJECTS = ("nsubj", "nsubjpass")
PERSONAL = ("he", "she", "him", "her", "his", "hers", "himself", "herself")
OWNER = {"his": "he", "her": "she"}


def named_person(q: GeneratedQuestion, fact: Fact, facts: list[Fact]) -> GeneratedQuestion:
    """``q`` with its opening "He"/"She"/"His"/"Her" named (see the module)."""
    span = fact.sentence.span
    if q.form == QuestionForm.QUOTE or span is None:
        return q
    pronoun = _opening_pronoun(span)
    if pronoun is None or quoted_at(fact.sentence, pronoun):
        return q
    people = people_of(facts)
    if any(t.i < pronoun.i and (id(t.doc), t.i) in people for t in span):
        return q  # "After Anna left, she ...": which one is not sure
    before = [s for s in span.doc.sents if s.end <= span.start]
    if not before:
        return q
    person = one_person(before[-1], people, fact)
    word = OWNER.get(pronoun.lower_, pronoun.lower_)
    if person is None or person.gender not in (None, pronoun_gender(word)):
        return q
    return _replaced(q, pronoun.lower_, person)


def _opening_pronoun(span: Any) -> Any | None:
    """The main subject "he"/"she", or the "his"/"her" that owns the main subject."""
    subjects = [c for c in span.root.children if c.dep_ in SUBJECTS]
    if len(subjects) != 1:
        return None
    head = subjects[0]
    if head.lower_ in ("he", "she"):
        return head
    owner = [c for c in head.children if c.dep_ == "poss" and c.lower_ in OWNER]
    return owner[0] if owner else None


def people_of(facts: list[Fact]) -> dict[tuple[int, int], Entity]:
    """The people of ``facts`` by the token that names them (its doc's id and index)."""
    return {k: e for k, e in entities_by_token(facts).items() if e.type == PERSON}


def one_person(sentence: Any, people: dict[tuple[int, int], Entity], fact: Fact) -> Entity | None:
    """The one person ``sentence`` names, where it is its main subject (or beside it) and
    the sentence holds no personal pronoun."""
    if any(t.lower_ in PERSONAL and not _same_subject(t, sentence) for t in sentence):
        return None
    found = {id(e): e for t in sentence if (e := people.get((id(t.doc), t.i))) is not None}
    if len(found) != 1:
        return None
    person = next(iter(found.values()))
    subjects = [c for c in sentence.root.children if c.dep_ in SUBJECTS]
    if len(subjects) == 2 and _title_noun(subjects[0], subjects[1]):
        subjects = subjects[1:]  # "The Danish astronomer Jens Thorsen doubted"
    if len(subjects) != 1:
        return None
    head = subjects[0]
    words = [head, *(c for c in head.children if c.dep_ in ("appos", "compound"))]
    if not any(people.get((id(t.doc), t.i)) is person for t in words):
        return None  # the person is no subject: "The court fined Anna Berg. She ..."
    if person is fact.entity:
        return None
    said = {pronoun_gender(t.lower_) for t in sentence if t.lower_ in PERSONAL}
    return person if not said or said == {person.gender} or person.gender is None else None


def _title_noun(noun: Any, name: Any) -> bool:
    """Whether ``noun`` is a common noun standing just before the name ``name`` heads (the
    model's two subjects of "The Danish astronomer Jens Thorsen doubted")."""
    between = noun.doc[noun.i + 1 : name.i]
    return (
        noun.pos_ == "NOUN"
        and noun.i < name.i
        and len(between) >= 1
        and all(t.pos_ == "PROPN" and t.head.i == name.i for t in between)
    )


def _same_subject(tok: Any, sentence: Any) -> bool:
    """Whether a "he"/"she" is the subject of a clause joined to the main one by "and"/"but"
    ("X doubted ..., and he worked out ..."): it is the main subject again, no one else."""
    verb = tok.head
    return (
        tok.lower_ in ("he", "she")
        and tok.dep_ in SUBJECTS
        and verb.dep_ == "conj"
        and verb.head.i == sentence.root.i
        and len([t for t in sentence if t.lower_ in PERSONAL]) == 1
    )


def _replaced(q: GeneratedQuestion, word: str, person: Entity) -> GeneratedQuestion:
    """The prompt's one ``word`` outside quotation marks named (a possessive: "Name’s")."""
    quoted = quoted_spans(q.prompt)
    found = [
        m
        for m in re.finditer(rf"(?<![\w’'-]){word}(?![\w’'-])", q.prompt, re.IGNORECASE)
        if not any(a < m.start() < b for a, b in quoted)
    ]
    if len(found) != 1 or any(n in q.prompt[: found[0].start()] for n in person.names()):
        return q  # none, two, or named before it already ("X was knighted ..., and he ...")
    m = found[0]
    name = person.name + ("’s" if word in OWNER else "")
    return replace(q, prompt=q.prompt[: m.start()] + name + q.prompt[m.end() :])
