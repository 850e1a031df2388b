"""A country the article has play is its national side (issue 16).

"Which country wrapped up a 2-0 Test series victory?" with China and Indonesia among the
choices gives the key away to anyone who knows the sport: the question asks for a team,
and its wrong answers are the other teams the article names. A country plays by the
evidence that makes a name a team's (:func:`use_evidence.plays`: a score after it, or
in a sentence about a match the subject or object of a match verb, "drew with X", "a
series victory over X"), on any of its mentions, and on its names where the model tagged
none: the small model often misses the beaten side of "X beat Y 2-1". A town that plays
loses its sure type instead (see :mod:`actors`: "beating Valencia 3-1" is a club, not
the city).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from quizapp.generator.facts.facts import COUNTRY, Entity, Sentence
from quizapp.generator.facts.mentions import Mention
from quizapp.generator.facts.use_evidence import plays


def mark_national_sides(sentences: list[Sentence], mentions: list[Mention]) -> None:
    """Set ``Entity.team`` on every country that plays in one of ``sentences``."""
    countries = {
        tuple(n.split()): m.entity
        for m in mentions
        if m.entity is not None and m.entity.type == COUNTRY
        for n in m.entity.names()
    }
    for m in [*mentions, *_untagged(sentences, mentions, countries)]:
        entity = m.entity
        if entity is not None and entity.type == COUNTRY and not entity.team and plays(m):
            entity.team = True


def _untagged(
    sentences: list[Sentence], mentions: list[Mention], countries: dict[tuple[str, ...], Entity]
) -> Iterator[Mention]:
    """Each place a country's name stands as proper nouns that no mention covers."""
    covered = {(id(m.doc), i) for m in mentions for i in range(m.start, m.end)}
    for sentence in sentences:
        tokens = list(sentence.span)
        for words, entity in countries.items():
            for k in range(len(tokens) - len(words) + 1):
                run = tokens[k : k + len(words)]
                if tuple(t.text for t in run) != words or _inside_name(run):
                    continue  # (the parse may call "Wales" a noun: its exact name is enough)
                if any((id(t.doc), t.i) in covered for t in run):
                    continue
                yield Mention(sentence, run[0].i, run[-1].i + 1, "", entity.name, entity)


def _inside_name(run: list[Any]) -> bool:
    """Whether a capitalised word stands right before or after ``run``: a longer name."""
    doc = run[0].doc
    before = doc[run[0].i - 1] if run[0].i > 0 else None
    after = doc[run[-1].i + 1] if run[-1].i + 1 < len(doc) else None
    return any(t is not None and t.is_title and t.pos_ == "PROPN" for t in (before, after))
