"""From text to facts to checked questions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from quizapp.generator import nlp
from quizapp.generator.checks.checks import defects, gives_away, unnamed_person
from quizapp.generator.checks.leaks import answer_leaks
from quizapp.generator.checks.match_sides import other_side_named
from quizapp.generator.checks.repeated_compounds import compound_repeated
from quizapp.generator.facts.actors import actor_facts, find_actors
from quizapp.generator.facts.capitals import share_capitals
from quizapp.generator.facts.dates import date_facts
from quizapp.generator.facts.facts import ACTOR, PERSON, QUOTE, Entity, Fact, Sentence
from quizapp.generator.facts.figures import figure_facts
from quizapp.generator.facts.missed_mentions import with_missed_mentions
from quizapp.generator.facts.national_sides import mark_national_sides
from quizapp.generator.facts.quotes import quote_facts
from quizapp.generator.facts.title_subject import title_subject
from quizapp.generator.forms.acronyms import acronyms
from quizapp.generator.forms.origin_questions import origin_questions
from quizapp.generator.forms.role_questions import role_questions
from quizapp.generator.naming.antecedents import dominant_pronoun, pronoun_for
from quizapp.generator.naming.naming import Namer
from quizapp.generator.ranking import (
    importance,
    lead_sentences,
    main_actors,
    recurring,
    subject_of,
    trivia,
    weights,
)
from quizapp.generator.selection import Candidate, select
from quizapp.generator.synthesis import GeneratedQuestion, QuestionForm, fact_questions
from quizapp.questiondata import QuestionKind, problems

REAL_KINDS = (QuestionKind.MULTIPLE_CHOICE, QuestionKind.SHORT_ANSWER, QuestionKind.NUMERIC)
# facts worked into questions per question asked for, the best first; never fewer than for
# the default count, so that the first N of a longer set are the set of N
CANDIDATE_FACTS = 6
FEWEST_ASKED = 12
# a main actor may be the gap of its sentence when the article names this many others of its kind
PEERS = 3
# verbs that say what a thing is or has, or what it said, not what it did
STATIVE_VERBS = {"be", "have", "lie", "remain", "stand", "say", "tell", "announce", "report",
                 "state", "add", "become", "seem", "appear", "contain", "include"}  # fmt: skip


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
    share_capitals(docs)  # a name opening a sentence, written mid-sentence elsewhere
    sentences = nlp.sentences(docs)
    entities, mentions = find_actors(sentences)
    mentions = with_missed_mentions(sentences, mentions)
    mark_national_sides(sentences, mentions)  # "Norway beat Denmark 2-1": two teams, not countries
    dates = date_facts(sentences)  # "9" of "on 9 May" is the date's day, not a count
    facts = dates + [f for f in figure_facts(sentences) if not _overlaps(f, dates)]
    facts += [f for f in actor_facts(mentions) if not _overlaps(f, facts)]
    facts += quote_facts(sentences, mentions)
    if progress is not None:
        progress(steps - 1, steps)
    return Analysis(sentences, entities, facts, steps)


def _overlaps(fact: Fact, others: list[Fact]) -> bool:
    return any(
        o.sentence is fact.sentence and o.start < fact.end and fact.start < o.end for o in others
    )


def questions_from(analysis: Analysis, limit: int) -> list[GeneratedQuestion]:
    """At most ``limit`` checked questions, one per fact, the most central facts first."""
    facts = analysis.facts
    subject = _subject(analysis)
    main = {id(e) for e in main_actors(facts)}
    lead = lead_sentences(facts)
    recurs = recurring(facts)
    candidates: list[Candidate] = []
    seen: set[str] = set()
    namer = Namer(analysis.sentences, analysis.entities, facts, subject)
    people = _people(analysis.entities)
    weight_of = weights(facts, recurs, lead, subject)
    ranked = sorted(facts, key=lambda f: (-weight_of[id(f)], f.sentence.index, f.start))
    worth_asking = [
        f for f in ranked
        if not trivia(f, subject) and not compound_repeated(f, analysis.sentences)
    ][: CANDIDATE_FACTS * max(limit, FEWEST_ASKED)]  # fmt: skip
    for fact in sorted(worth_asking, key=lambda f: (f.sentence.index, f.start)):
        weight = weight_of[id(fact)]
        for q in fact_questions(fact, facts):
            q = namer.named(q, fact)
            if _trivial_gap(q, fact, main, subject, facts) or other_side_named(q, fact, facts):
                continue
            if not unnamed_person(q, people) and _keep(q, fact, seen):
                candidates.append(Candidate(q, fact, len(candidates), weight))
    for q in acronyms(analysis.entities, facts):
        first = next((f for f in facts if f.kind != QUOTE and f.answer == q.answer), None)
        if first is not None and _valid(q):
            weight = importance(first, recurs, lead, subject) - 0.5
            # the same topic as the body's other questions: "What does LA stand for?" is not
            # asked beside "Which organisation urged a No vote?" (the Liberal Alliance)
            candidates.append(Candidate(q, first, len(candidates), weight))
    for q, first in role_questions(analysis.entities, facts):  # another way to ask the person
        if _keep(q, first, seen):
            candidates.append(Candidate(q, first, len(candidates), weight_of[id(first)]))
    for q, country in origin_questions(facts):  # "Which country is Anna Kowalczyk from?"
        if _keep(q, country, seen):
            candidates.append(Candidate(q, country, len(candidates), weight_of[id(country)]))
    return select(candidates, limit, subject, frozenset(lead), facts)


def _subject(analysis: Analysis) -> Entity | None:
    """What the article is about; in a biography that says "she" far more than "he" (or
    the reverse), the person of that gender its first sentence is about, where the one
    named most is someone else (her husband, a city)."""
    subject = subject_of(analysis.facts) or title_subject(analysis.sentences, analysis.entities)
    dominant = dominant_pronoun(analysis.sentences)
    if not dominant or (subject is not None and pronoun_for(subject) == dominant):
        return subject
    first = min((f.sentence.index for f in analysis.facts), default=-1)
    opening = [
        f.entity for f in analysis.facts
        if f.kind == ACTOR and f.entity is not None and f.sentence.index == first
        and f.entity.type == PERSON and pronoun_for(f.entity) == dominant
        and f.token is not None and f.token.dep_ in ("nsubj", "nsubjpass")
    ]  # fmt: skip
    return opening[0] if opening else subject


def _people(entities: list[Entity]) -> set[str]:
    """Every name and surname of the article's people (what a "he" or "her" may stand for)."""
    names = {n for e in entities if e.type == PERSON and e.sure for n in e.names()}
    return names | {n.split()[-1] for n in names}


def _trivial_gap(
    q: GeneratedQuestion, fact: Fact, main: set[int], subject: Entity | None, facts: list[Fact]
) -> bool:
    """What the article is about is asked only by a real question, never as the gap of its
    own sentence: its subject always, another main actor only where the article names no
    others of its kind to tell it from ("___ and Macleod received the Nobel Prize" of an
    article on three scientists is a fair test). A thing the article opens on ("The Danube
    is ...", "Northwind Energy said ...") is never the answer, the title gives it away,
    unless the opening tells what it did ("England won the World Cup"): then a real question
    may ask who did it."""
    if fact.kind == QUOTE or fact.entity is None:
        return False
    if fact.entity is subject and _opens_on(subject, facts):
        return not (_real_question(q) and _acts_in_opening(subject, facts))
    if _real_question(q):
        return False
    if fact.entity is subject:
        return True
    return id(fact.entity) in main and not _has_peers(fact.entity, facts)


def _has_peers(entity: Entity, facts: list[Fact]) -> bool:
    """Whether the article names at least PEERS other actors of ``entity``'s kind (people
    beside a person, places beside a place)."""
    person = entity.type == PERSON
    others = {
        id(f.entity)
        for f in facts
        if f.kind == ACTOR and f.entity is not None and f.entity is not entity
        and (f.entity.type == PERSON) == person
    }  # fmt: skip
    return len(others) >= PEERS


def _acts_in_opening(subject: Entity, facts: list[Fact]) -> bool:
    """Whether the article's first sentence tells what ``subject`` did (the agent of an
    action: "England won the World Cup ..."), not what it is ("The Danube is ...",
    "Northwind Energy, the Danish maker of turbines, said ...")."""
    first = min(f.sentence.index for f in facts)
    for f in facts:
        if f.entity is not subject or f.sentence.index != first or f.token is None:
            continue
        verb = f.token.head
        if f.token.dep_ != "nsubj" or verb.dep_ != "ROOT" or verb.pos_ != "VERB":
            continue
        described = any(c.dep_ in ("appos", "acl", "relcl") for c in f.token.children)
        if verb.lemma_ not in STATIVE_VERBS and not described:
            return True
    return False


def _opens_on(subject: Entity, facts: list[Fact]) -> bool:
    """Whether ``subject`` is a thing (not a person) that the article's first sentence with
    a fact is about (its grammatical subject)."""
    if subject.type == PERSON or not facts:
        return False
    first = min(f.sentence.index for f in facts)
    return any(
        f.entity is subject
        and f.sentence.index == first
        and f.token is not None
        and f.token.dep_ in ("nsubj", "nsubjpass")
        for f in facts
    )


def _keep(q: GeneratedQuestion, fact: Fact, seen: set[str]) -> bool:
    folded = q.kind + "|" + " ".join(q.prompt.casefold().split())
    if folded in seen or not _valid(q) or defects(q, fact) or answer_leaks(q, fact):
        return False
    if q.kind == QuestionKind.MULTIPLE_CHOICE and q.choices and fact.kind != QUOTE:
        others = {c for c in q.choices if c != q.answer}
        if gives_away(q, others):
            return False  # a choice that stands in the prompt would be a second answer
    seen.add(folded)
    return True


def _real_question(q: GeneratedQuestion) -> bool:
    return q.kind in REAL_KINDS and q.form != QuestionForm.GAPPED  # not the sentence with a gap


def _valid(q: GeneratedQuestion) -> bool:
    return not problems(q.to_data())
