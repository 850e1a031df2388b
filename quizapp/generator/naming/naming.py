"""Putting the names back into a question: every step that replaces a reference ("she",
"the company", "the ground", "the sides", "the fire") by what the article makes sure it
stands for, in the order the pipeline applies them.

One :class:`Namer` is built per article (what each step needs to know of the whole text)
and names each question of a fact; the pipeline and the developer's tools
(``benchmarks/fact_fates.py``) share it, so a question's fate there is the pipeline's.
"""

from __future__ import annotations

from quizapp.generator.facts.descriptions import DESCRIPTIONS, description_nouns, named_as_object
from quizapp.generator.facts.facts import ACTOR, Entity, Fact, Sentence
from quizapp.generator.facts.topic import article_topic, topic_references
from quizapp.generator.forms.asides import without_asides
from quizapp.generator.naming.couples import named_couple
from quizapp.generator.naming.definites import described, named_for_definite
from quizapp.generator.naming.epithets import named_for_epithet
from quizapp.generator.naming.event_references import named_event
from quizapp.generator.naming.group_pronouns import named_group
from quizapp.generator.naming.parties import named_parties, parties_by_sentence
from quizapp.generator.naming.person_pronouns import named_person
from quizapp.generator.naming.project_names import named_project
from quizapp.generator.naming.pronouns import (
    named_for_body,
    named_for_description,
    named_for_pronoun,
    named_in_full,
    sentences_about,
    subject_pronoun,
)
from quizapp.generator.naming.quoted_speakers import with_speaker
from quizapp.generator.naming.references import named_it
from quizapp.generator.naming.relative_times import without_relative_time
from quizapp.generator.naming.reported_selves import reported_pronoun
from quizapp.generator.naming.subject_there import named_subject_there
from quizapp.generator.naming.there_places import named_there
from quizapp.generator.naming.topic_names import named_for_topic
from quizapp.generator.synthesis import GeneratedQuestion


class Namer:
    """Names the references of an article's questions (see the module's docstring)."""

    def __init__(
        self,
        sentences: list[Sentence],
        entities: list[Entity],
        facts: list[Fact],
        subject: Entity | None,
    ) -> None:
        self.sentences, self.entities, self.facts, self.subject = (
            sentences,
            entities,
            facts,
            subject,
        )
        self.pronoun = subject_pronoun(sentences)
        self.topical = sentences_about(sentences, facts, subject, self.pronoun)
        self.parties = parties_by_sentence(sentences, facts)
        self.nouns = description_nouns(subject, sentences) if subject is not None else ()
        self.learned = tuple(
            n for n in self.nouns if subject is None or n not in DESCRIPTIONS.get(subject.type, ())
        )
        self.called = described(facts)  # "Wembley Stadium" for "the ground" (issue 16)
        self.topic = article_topic(sentences) if subject is None else None  # "the wildfire"
        self.refs = topic_references(sentences, self.topic) if self.topic is not None else {}
        self.places = {n: e.type for e in entities for n in e.names()}  # for "there"

    def named(self, q: GeneratedQuestion, fact: Fact) -> GeneratedQuestion:
        """``q`` (a question about ``fact``) with every sure reference named."""
        facts, subject = self.facts, self.subject
        q = named_for_epithet(q, fact, facts)  # "The Briton said ..." after "Lukas Brenner ..."
        topical = fact.sentence.index in self.topical
        if subject is not None and topical and not reported_pronoun(fact.sentence, self.pronoun):
            q = named_for_pronoun(q, subject, self.pronoun)  # not "X said he would ..."
        q = named_person(q, fact, facts)  # "He told ..." after "Its leader, Tomas Brandt, ..."
        q = named_there(q, fact, self.places)  # "died there" after "driven onto an island"
        q = named_subject_there(q, fact, facts, subject, self.places)  # "live there": the isle
        q = named_it(q, fact, facts, self.called)  # "UNESCO listed it" after "The delta covers ..."
        if subject is not None:  # the noun of its kind only where no other is nearer
            kind = _described_here(fact, facts, subject)
            q = named_for_description(q, subject, facts, self.nouns if kind else self.learned)
            q = named_as_object(q, subject)
        q = named_in_full(named_for_body(q, fact, facts), self.entities)
        q = named_event(q, fact, facts, self.sentences)  # "the win": in the final the lead tells
        q = named_for_definite(q, fact, facts, self.called)
        q = named_project(q, fact, facts, self.sentences)  # "the project": the lead's museum
        if self.topic is not None:
            q = named_for_topic(q, fact, self.topic, self.refs)
        q = named_parties(q, self.parties.get(fact.sentence.index))
        q = named_group(q, fact, facts, self.sentences)  # "Their leader" of one party
        q = named_couple(q, fact, self.sentences, facts, (subject, self.topical))
        q = without_relative_time(q, fact)  # "Three days later, X landed at ___": the time
        q = with_speaker(q, fact, facts)  # "“I can only encourage you ...”": who said it
        return without_asides(q, fact)  # "..., which explained the project itself, ..."


def _described_here(fact: Fact, facts: list[Fact], subject: Entity) -> bool:
    """Whether "the company" (or "the lake") of the fact's sentence may be the subject: the
    nearest actor of the subject's type named up to that sentence, if any, is the subject ("Its
    chief executive had run the company" after a sentence on Activision: not Microsoft)."""
    kind = [
        f for f in facts
        if f.kind == ACTOR and f.entity is not None and f.type == subject.type
        and f.sentence.index <= fact.sentence.index
    ]  # fmt: skip
    if not kind:  # no other of its type named so far ("the storm" of a storm's article)
        return True
    nearest = max(kind, key=lambda f: (f.sentence.index, f.start))
    return nearest.entity is subject
