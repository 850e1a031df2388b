"""Acronym questions: "What does OSCE stand for?" for an organisation the article
names both ways."""

from __future__ import annotations

import hashlib

from quizapp.generator.facts.clusters import abbreviates
from quizapp.generator.facts.facts import Entity, Fact
from quizapp.generator.synthesis import GeneratedQuestion, QuestionForm
from quizapp.questiondata import FactKind, QuestionKind


def _source_of(facts: list[Fact], name: str) -> str | None:
    """The sentence of the first fact about ``name``; else of the first fact, if any."""
    for f in facts:
        if f.entity is not None and f.entity.name == name:
            return f.sentence.text
    return facts[0].sentence.text if facts else None


def _key(what: str, parts: list[str]) -> str:
    return f"{what}-" + hashlib.sha1("|".join(parts).encode()).hexdigest()[:10]


def _stands_for(short: str, name: str) -> bool:
    """Whether ``short`` is an acronym of ``name`` (see :func:`clusters.abbreviates`: OSCE,
    "DfT" for Department for Transport; never III for Innocent III)."""
    return abbreviates(short, name)


def acronyms(entities: list[Entity], facts: list[Fact]) -> list[GeneratedQuestion]:
    """ "What does OSCE stand for?" for every organisation named with its acronym."""
    out = []
    for e in entities:
        short = [a for a in e.aliases if _stands_for(a, e.name)]
        if not short or " " not in e.name:
            continue
        source = _source_of(facts, e.name)
        if source is None:  # no sentence to show the learner: no question
            continue
        out.append(
            GeneratedQuestion(
                kind=QuestionKind.SHORT_ANSWER,
                prompt=f"What does {short[0]} stand for?",
                answer=e.name,
                fact_kind=FactKind.ACTOR,
                fact_key=_key("acronym", [e.name]),
                source=source,
                explanation=f"The article writes out {short[0]} as {e.name}.",
                accepted=[f"the {e.name}"],
                fine_type=e.type,
                tags=["actors", "acronyms"],
                form=QuestionForm.ACRONYM,
            )
        )
    return out
