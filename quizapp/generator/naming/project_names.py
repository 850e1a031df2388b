"""Naming "the project" as the one building the article's lead names.

"The Harbour Theatre of Lindby opened on Friday after a four-year build. ... The project
cost 300 million kroner" is asked "About how much did the Harbour Theatre of Lindby project
cost?". Only where that is sure: the reference is "the project" or "the scheme", left
unnamed by the steps before (no phrase of the article introduced a project: "a new rail
project in the north" names it there), and no word "project" or "scheme" stands anywhere
in the article before it; the article names exactly one actor whose name says it is a
thing built (a museum, a bridge, a stadium, a tunnel: :data:`BUILT`), and names it in its
lead, before the question's sentence; it is not the answer. Otherwise the reference stays
and the checks refuse the question.
"""

from __future__ import annotations

import re
from dataclasses import replace

from quizapp.generator.facts.facts import ACTOR, Entity, Fact, Sentence
from quizapp.generator.naming.definites import unnamed_definites
from quizapp.generator.naming.pronouns import with_the
from quizapp.generator.ranking import lead_sentences
from quizapp.generator.synthesis import GeneratedQuestion

PROJECT_NOUNS = frozenset(("project", "scheme"))
# Words of a name that say the actor is a thing built
BUILT = frozenset(
    ("museum", "gallery", "library", "theatre", "theater", "hall", "centre", "center",
     "stadium", "arena", "bridge", "tunnel", "tower", "dam", "canal", "airport", "terminal",
     "station", "railway", "hospital", "opera", "concert")
)  # fmt: skip


def named_project(
    q: GeneratedQuestion, fact: Fact, facts: list[Fact], sentences: list[Sentence]
) -> GeneratedQuestion:
    """``q`` with its unnamed "the project" named as the one building of the lead."""
    found = [d for d in unnamed_definites(q, fact) if d.noun in PROJECT_NOUNS]
    if len(found) != 1 or fact.sentence.span is None:
        return q
    definite = found[0]
    if _said_before(fact, sentences, definite.at):
        return q  # "a new rail project ... the project": another step's, or unsure
    built = _built(facts)
    if len(built) != 1:
        return q
    entity, first = built[0]
    if first not in lead_sentences(facts) or first >= fact.sentence.index:
        return q
    if entity is fact.entity or any(n in q.answer or q.answer in n for n in entity.names()):
        return q
    texts = " ".join(f.sentence.text for f in facts if f.entity is entity)
    name = ("the " if with_the(entity, texts) else "") + f"{entity.name} {definite.noun}"
    if definite.phrase[0].isupper():
        name = name[0].upper() + name[1:]
    end = definite.start + len(definite.phrase)
    return replace(q, prompt=q.prompt[: definite.start] + name + q.prompt[end:])


def _said_before(fact: Fact, sentences: list[Sentence], at: int) -> bool:
    """Whether a word of :data:`PROJECT_NOUNS` stands in the article before character ``at``
    of the fact's sentence."""
    earlier = [s.text for s in sentences if s.index < fact.sentence.index]
    text = " ".join([*earlier, fact.sentence.text[:at]])
    return re.search(r"\b(?:projects?|schemes?)\b", text, re.IGNORECASE) is not None


def _built(facts: list[Fact]) -> list[tuple[Entity, int]]:
    """The actors whose names say they are built things, with the sentence first naming each."""
    first: dict[int, tuple[Entity, int]] = {}
    for f in facts:
        if f.kind != ACTOR or f.entity is None:
            continue
        words = {w.lower() for n in f.entity.names() for w in n.split()}
        if words & BUILT:
            known = first.get(id(f.entity))
            if known is None or f.sentence.index < known[1]:
                first[id(f.entity)] = (f.entity, f.sentence.index)
    return list(first.values())
