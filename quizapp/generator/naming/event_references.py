"""Naming "the win" and "the site" as the event the article's opening tells.

A match report opens on the one game it is about ("Rovers beat Athletic 3-2 in the
Northern Counties Cup final"); later "The win gives Rovers their first trophy" is asked
"The win in the Northern Counties Cup final gives ___ their first trophy". A disaster report
opens on where it struck ("a landslide swept through the village of Dharapani"); "The army
deployed 300 soldiers to the site" is asked "... to the site of the landslide in Dharapani".

Only where that is sure. For a game: the first sentence tells a win ("beat", "won") in one
named competition ("the X Cup final", "the X Marathon"), and no other competition, other
final, semi-final or replay is said (outside quotation marks) before the reference; "the
win", "the victory" or "the defeat" becomes "the win in <the competition>" ("the match" and
"the game" stay: "man of the match", "changed the game" refer to nothing). For a site: the
first sentence introduces one event ("a landslide", "an earthquake") and names one town or
place, and nothing before the reference tells another event or site. The reference is one
the checks would refuse (:func:`definites.unnamed_definites`), never in a quotation;
otherwise it stays and the question is refused.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from quizapp.generator.facts.facts import ACTOR, CITY, PLACE, Fact, Sentence
from quizapp.generator.facts.topic import EVENT_GROUPS
from quizapp.generator.forms.agreement import quoted_at
from quizapp.generator.naming.definites import Definite, unnamed_definites
from quizapp.generator.naming.pronouns import QUOTED
from quizapp.generator.naming.references import other_pronoun
from quizapp.generator.synthesis import GeneratedQuestion

RESULTS = ("win", "victory", "triumph", "defeat")  # "the win in the X Cup final"
COMPETITION = re.compile(
    r"\b(?:in|won|wins|win|winning|lifted|clinched) "
    r"(the (?:[A-Z][\w'’.-]* )*(?:Cup|Marathon|Open|Championships?|Trophy|Shield|Classic|"
    r"Prix|Games|Final)(?: (?:final|semi-final|decider))?)(?![\w-])"
)
WON = re.compile(r"\b(?:beat|beats|beating|won|wins|defeated|defeating|overcame)\b")
# What says another game was played: "the semi-final", "two previous finals", "a final"
OTHER_GAMES = re.compile(
    r"\b(?:semi-finals?|quarter-finals?|finals|[Aa] final|another final|first leg|"
    r"second leg|replay)\b"
)
SITE = ("site", "scene")
EVENTS = frozenset(w for g in EVENT_GROUPS for w in g)


def named_event(
    q: GeneratedQuestion, fact: Fact, facts: list[Fact], sentences: list[Sentence]
) -> GeneratedQuestion:
    """``q`` with "the win" or "the site" named as the article's event (see the module)."""
    body = [s for s in sentences if s.span is not None]
    if not body or fact.sentence.span is None:
        return q
    for definite in reversed(unnamed_definites(q, fact)):
        name = _name(definite, fact, facts, body)
        if name is None or _gives_away(q.answer, name) or other_pronoun(q.prompt, definite.start):
            continue  # "The win ... gives them": a name before "them" would seem its own
        end = definite.start + len(definite.phrase)
        q = replace(q, prompt=q.prompt[: definite.start] + name + q.prompt[end:])
    return q


def _gives_away(answer: str, name: str) -> bool:
    words = [w for w in re.findall(r"[\w'’-]+", answer) if w[:1].isupper()]
    return answer.lower() in name.lower() or any(w in name for w in words)


def _name(definite: Definite, fact: Fact, facts: list[Fact], body: list[Sentence]) -> str | None:
    """The words that name ``definite`` (its own words first), or None where unsure."""
    before = _said_before(fact, body, definite.at)
    words = definite.phrase
    if _quoted(fact.sentence.text, definite.at):
        return None  # "“The win means everything,” she said": the speaker's words
    lead = next((s for s in body if s.usable), None)  # the opening sentence, not a title
    if lead is None:
        return None
    if definite.noun in RESULTS:
        event = _competition(lead, before)
        return None if event is None else f"{words} in {event}"
    if definite.noun in SITE:
        found = _disaster(lead, fact, facts, body, definite.at)
        return None if found is None else f"{words} of the {found[0]} in {found[1]}"
    return None


def _quoted(text: str, at: int) -> bool:
    return any(a < at < b for a, b in (m.span() for m in QUOTED.finditer(text)))


def _said_before(fact: Fact, body: list[Sentence], at: int) -> str:
    """The article's words before the reference (at ``at`` of the fact's sentence), without
    what is quoted."""
    texts = [s.text for s in body if s.index < fact.sentence.index]
    texts.append(fact.sentence.text[:at])
    return QUOTED.sub(" ", " ".join(texts))


def _competition(lead: Sentence, before: str) -> str | None:
    """The one competition whose win the first sentence tells, where the words before the
    reference name no other and tell no other game."""
    text = QUOTED.sub(" ", lead.text)
    found = {m.group(1) for m in COMPETITION.finditer(text)}
    if len(found) != 1 or WON.search(text) is None:
        return None
    event = next(iter(found))
    named = {m.group(1).removesuffix(" final") for m in COMPETITION.finditer(before)}
    if named - {event.removesuffix(" final")} or OTHER_GAMES.search(before):
        return None
    return event


def _disaster(
    lead: Sentence, fact: Fact, facts: list[Fact], body: list[Sentence], at: int
) -> tuple[str, str] | None:
    """The event noun the first sentence introduces ("a landslide") and the one town or
    place it names, where nothing before the reference tells another event or site."""
    span = lead.span
    events = [
        t for t in span
        if t.pos_ == "NOUN" and t.lemma_.lower() in EVENTS and not quoted_at(lead, t)
    ]  # fmt: skip
    if len(events) != 1 or not any(c.lower_ in ("a", "an") for c in events[0].children):
        return None
    event = events[0]
    places = {
        f.entity.name
        for f in facts
        if f.kind == ACTOR and f.entity is not None and f.sentence.index == lead.index
        and f.entity.type in (CITY, PLACE)
    }  # fmt: skip
    if len(places) != 1:
        return None
    for sentence in body:
        if sentence.index > fact.sentence.index:
            break
        for tok in sentence.span:
            if sentence.index == fact.sentence.index and tok.idx - sentence.char0 >= at:
                break
            if (tok.i == event.i and sentence is lead) or quoted_at(sentence, tok):
                continue
            lemma = tok.lemma_.lower()
            if lemma in SITE or (lemma in EVENTS and not _bare(tok)):
                return None  # "a second, smaller slide", "a building site": not sure
    return event.lower_, next(iter(places))


def _bare(tok: Any) -> bool:
    """ "the landslide": a mention that only refers back."""
    kids = [c for c in tok.children if c.i < tok.i]
    return len(kids) == 1 and kids[0].lower_ in ("the", "this", "that")
