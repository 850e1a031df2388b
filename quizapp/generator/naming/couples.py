"""Naming "the couple" as the two people the article said married.

"In 1895 she married the physicist Pierre Curie. ... Working in a shed, the couple
discovered two elements" is asked "... Marie and Pierre Curie discovered two elements
...": "the couple" (or "the pair") is the one marriage the article told of before it, a
clause of "marry" whose subject and object are both people it names, or a "she"/"he"
the pronoun naming makes sure of (the article's subject). Where it told of two
marriages, or of none, or one side is not sure, the question keeps "the couple" and
the checks refuse it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from quizapp.generator.facts.facts import PERSON, Entity, Fact, Sentence, entities_by_token
from quizapp.generator.forms.agreement import quoted_at
from quizapp.generator.naming.pronouns import quoted_spans
from quizapp.generator.synthesis import GeneratedQuestion, QuestionForm

COUPLE = re.compile(r"\b[Tt]he (?:couple|pair)\b(?![-'’])")


def named_couple(
    q: GeneratedQuestion,
    fact: Fact,
    sentences: list[Sentence],
    facts: list[Fact],
    about: tuple[Entity | None, set[int]],
) -> GeneratedQuestion:
    """``q`` with its "the couple" named (see the module); ``about`` is the article's subject
    and the sentences whose "she"/"he" stands for it."""
    if q.form == QuestionForm.QUOTE:
        return q
    quoted = quoted_spans(q.prompt)
    found = next(
        (m for m in COUPLE.finditer(q.prompt) if not any(a < m.start() < b for a, b in quoted)),
        None,
    )
    if found is None:
        return q
    by_token = entities_by_token(facts)
    marriages = [
        pair
        for s in sentences
        if s.index < fact.sentence.index
        for tok in s.span
        if tok.lemma_ == "marry" and tok.pos_ == "VERB" and not quoted_at(s, tok)
        for pair in [_married(tok, s, by_token, about)]
    ]
    if len(marriages) != 1 or marriages[0] is None:
        return q
    names = _names(*marriages[0])
    if any(n in q.prompt for n in names.split(" and ")):
        return q
    if found.group()[0] == "T" and found.start() == 0:
        names = names[0].upper() + names[1:]
    return replace(q, prompt=q.prompt[: found.start()] + names + q.prompt[found.end() :])


def _married(
    verb: Any,
    sentence: Sentence,
    by_token: dict[tuple[int, int], Entity],
    about: tuple[Entity | None, set[int]],
) -> tuple[Entity, Entity] | None:
    """The two people ``verb`` ("married") joins, where both are sure."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if subject is None or obj is None:
        return None
    people = [_person(t, sentence, by_token, about) for t in (subject, obj)]
    if people[0] is None or people[1] is None or people[0] is people[1]:
        return None
    return people[0], people[1]


def _person(
    tok: Any,
    sentence: Sentence,
    by_token: dict[tuple[int, int], Entity],
    about: tuple[Entity | None, set[int]],
) -> Entity | None:
    subject, sure = about
    if tok.lower_ in ("she", "he"):
        return subject if subject is not None and sentence.index in sure else None
    while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
        tok = tok.head
    entity = by_token.get((id(tok.doc), tok.i))
    if entity is None:  # "the physicist Pierre Curie": the name beside the noun
        entity = next(
            (
                by_token[(id(c.doc), c.i)]
                for c in tok.children
                if c.dep_ == "appos" and (id(c.doc), c.i) in by_token
            ),
            None,
        )
    return entity if entity is not None and entity.type == PERSON else None


def _names(one: Entity, other: Entity) -> str:
    """ "Marie and Pierre Curie" (a shared family name said once), else both names."""
    a, b = one.name.split(), other.name.split()
    if len(a) > 1 and len(b) > 1 and a[-1] == b[-1]:
        return f"{' '.join(a[:-1])} and {other.name}"
    return f"{one.name} and {other.name}"
