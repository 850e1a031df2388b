"""From text to facts to checked questions."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from quizapp.generator import nlp
from quizapp.generator.actors import actor_facts, find_actors
from quizapp.generator.dates import date_facts
from quizapp.generator.facts import QUOTE, Entity, Fact, Sentence
from quizapp.generator.figures import figure_facts
from quizapp.generator.quotes import quote_facts
from quizapp.generator.selection import Candidate, select
from quizapp.generator.synthesis import GeneratedQuestion, fact_questions, gives_away
from quizapp.generator.timeline import acronyms, match_quotes, match_roles, timeline
from quizapp.questiondata import problems


@dataclass
class Analysis:
    """What the generator found in a text."""

    sentences: list[Sentence]
    entities: list[Entity]
    facts: list[Fact]
    steps: int


def analyse(text: str, progress: Callable[[int, int], None] | None = None) -> Analysis:
    """Sentences, actors and facts of ``text``."""
    paragraphs = nlp.paragraphs(text)
    steps = len(paragraphs) + 2
    if progress is not None:
        progress(0, steps)
    model = nlp.get_nlp()
    docs = []
    for i, doc in enumerate(model.pipe(paragraphs, batch_size=16)):
        docs.append(doc)
        if progress is not None:
            progress(i + 1, steps)
    sentences = nlp.sentences(docs)
    entities, mentions = find_actors(sentences)
    facts = date_facts(sentences) + figure_facts(sentences)
    facts += [f for f in actor_facts(mentions) if not _overlaps(f, facts)]
    facts += quote_facts(sentences, mentions)
    if progress is not None:
        progress(steps - 1, steps)
    return Analysis(sentences, entities, facts, steps)


def _overlaps(fact: Fact, others: list[Fact]) -> bool:
    return any(
        o.sentence is fact.sentence and o.start < fact.end and fact.start < o.end for o in others
    )


def questions_from(analysis: Analysis, text_length: int) -> list[GeneratedQuestion]:
    """The chosen questions about the facts in text order, then timeline and matching."""
    facts = analysis.facts
    candidates: list[Candidate] = []
    seen: set[str] = set()
    for fact in sorted(facts, key=lambda f: (f.sentence.index, f.start)):
        for q in fact_questions(fact, facts):
            if _keep(q, fact, seen, facts):
                candidates.append(Candidate(q, fact, len(candidates)))
    extras: list[GeneratedQuestion] = []
    made = [timeline(facts), match_roles(analysis.entities, facts), match_quotes(facts)]
    for extra in [*made, *acronyms(analysis.entities, facts)]:
        if extra is not None and _valid(extra):
            extras.append(extra)
    return select(candidates, extras, text_length)


def _keep(q: GeneratedQuestion, fact: Fact, seen: set[str], facts: list[Fact]) -> bool:
    folded = q.kind + "|" + " ".join(q.prompt.casefold().split())
    if folded in seen or not _valid(q):
        return False
    if gives_away(q, _answer_forms(fact)):
        return False
    if q.kind == "multiple_choice" and q.choices and fact.kind != QUOTE:
        others = [c for c in q.choices if c != q.answer]
        if gives_away(q, {c for c in others}):
            return False  # a choice that stands in the prompt would be a second answer
    seen.add(folded)
    return True


def _answer_forms(fact: Fact) -> set[str]:
    forms = {fact.answer, *fact.aliases}
    if fact.kind != QUOTE:
        forms.add(fact.surface)
    if fact.entity is not None:
        forms |= fact.entity.names()
        forms |= {n.split()[-1] for n in fact.entity.names() if " " in n}
    if fact.kind == "figure":
        forms = {f for f in forms if not re.fullmatch(r"\d{1,2}", f)} | {fact.surface}
    return {f for f in forms if f}


def _valid(q: GeneratedQuestion) -> bool:
    return not problems(q.to_data())
