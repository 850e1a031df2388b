"""Epithets that stand for a person in sports and news reports: "The 26-year-old", "the
Ethiopian", "the Briton", "the veteran", "the 34-year-old striker".

A question whose subject is such an epithet does not say who is meant. Where the question's
sentence opens on the epithet and the sentence before names exactly one person, as its main
subject, of the gender of any "his"/"her" that follows (:mod:`person_pronouns`' test), the
epithet is named: "Gebre Tadesse, running only his third marathon, finished ___ ...".
Otherwise the epithet stays and :func:`epithet_subject` lets the checks refuse the question.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from quizapp.generator.facts.facts import Entity, Fact
from quizapp.generator.forms.agreement import pronoun_gender
from quizapp.generator.naming.person_pronouns import PERSONAL, SUBJECTS, one_person, people_of
from quizapp.generator.synthesis import GeneratedQuestion, QuestionForm

# Nouns of a player's role or standing, said of one person the article named before
ROLES = (
    r"veteran|champion|titleholder|striker|midfielder|defender|goalkeeper|keeper|forward|"
    r"winger|captain|youngster|teenager|newcomer|debutant|rookie|playmaker|sprinter|"
    r"skipper|batsman|batter|bowler|pitcher|quarterback|challenger|favourite|favorite|"
    r"underdog"
)
# Nationality nouns: "the Briton", "the Ethiopian", "the Kenyan", "the Dane"
NATIONALS = (
    r"Briton|Brit|Scot|Swede|Dane|Finn|Pole|Swiss|Dutchman|Dutchwoman|Frenchman|Frenchwoman|"
    r"Englishman|Englishwoman|Irishman|Irishwoman|Welshman|Welshwoman|Spaniard|Turk|Czech|"
    r"Norwegian|(?!Guardian|Vatican|Taliban|Sudan|Christian)[A-Z][a-z]+(?:ian|an|ese)"
)
AGE = r"(?:\d+|[a-z]+(?:-[a-z]+)?)-year-old"
EPITHET = re.compile(
    rf"^[\"“‘']?(?P<e>[Tt]he (?:{AGE}(?: (?:{ROLES}))?|(?:{NATIONALS}|{ROLES})))"
    # not before a name or a noun it describes ("The veteran Mark Ellison", "the Kenyan team")
    r"(?=\s*[,(]|\s+(?:[a-z]+ed|says|wins|runs|leads|plays|holds|finishes|has|had|was|is|"
    r"will|would|could|can|said|won|ran|took|went|broke|made|came|became|beat|led|set|got|gave|held|kept|left|lost|met|put|"
    r"saw|told|ran|hit|fell|who|,)\b)"
)
POSSESSOR = re.compile(r"\b(?:his|her|he|she)\b", re.IGNORECASE)


def epithet_subject(prompt: str) -> bool:
    """Whether ``prompt`` opens on an epithet standing for a person ("The Briton said ...")."""
    return EPITHET.match(prompt) is not None


def named_for_epithet(q: GeneratedQuestion, fact: Fact, facts: list[Fact]) -> GeneratedQuestion:
    """``q`` with its opening epithet named (see the module)."""
    found = EPITHET.match(q.prompt)
    span = fact.sentence.span
    if found is None or span is None or q.form == QuestionForm.QUOTE:
        return q
    epithet = found.group("e")
    if not span.text.lstrip("\"“‘' ").lower().startswith(epithet.lower()):
        return q  # the question's subject is not the sentence's opening epithet
    before = [s for s in span.doc.sents if s.end <= span.start]
    people = people_of(facts)
    person = one_person(before[-1], people, fact) if before else None
    if person is None:  # the sentence before, in the paragraph before if it opens one
        previous = next(
            (f.sentence.span for f in facts if f.sentence.index == fact.sentence.index - 1), None
        )
        person = None if previous is None else _subject_alone(previous, people, fact)
    if person is None:
        return q
    genders = {pronoun_gender(m.group()) for m in POSSESSOR.finditer(q.prompt[found.end() :])}
    if person.gender is not None and genders - {person.gender}:
        return q  # "The Briton ... her ..." after a man: another person may be meant
    start, end = found.span("e")
    return replace(q, prompt=q.prompt[:start] + person.name + q.prompt[end:])


def _subject_alone(
    sentence: Any, people: dict[tuple[int, int], Entity], fact: Fact
) -> Entity | None:
    """The person who is the main subject of ``sentence`` (the one before the epithet's),
    where every other person it names is named again in the epithet's own sentence, so is
    not the epithet ("Gebre Tadesse won ..., pulling clear of Daniel Kiprop. The
    26-year-old finished 17 seconds ahead of Kiprop"), and it holds no personal pronoun."""
    if any(t.lower_ in PERSONAL for t in sentence):
        return None
    subjects = [c for c in sentence.root.children if c.dep_ in SUBJECTS]
    if len(subjects) != 1:
        return None
    head = subjects[0]
    words = [head, *(c for c in head.children if c.dep_ in ("appos", "compound"))]
    found = [people.get((id(t.doc), t.i)) for t in words]
    person = next((e for e in found if e is not None), None)
    if person is None or person is fact.entity:
        return None
    own = fact.sentence.text
    for t in sentence:
        other = people.get((id(t.doc), t.i))
        if other is not None and other is not person and not _named_in(other, own):
            return None  # another person the epithet may stand for
    return person


def _named_in(entity: Entity, text: str) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text) for n in entity.names())
