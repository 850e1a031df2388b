"""Mentions of a known actor that spaCy's model did not tag in one sentence.

The small model may miss a name it finds elsewhere ("England won the World Cup ..."
untagged in the lead, tagged in three later sentences): the lead's agent is then no fact
and never asked. An actor the article names at least twice is looked for again, by its
exact names, as a run of proper nouns that no mention covers yet.
"""

from __future__ import annotations

from typing import Any

from quizapp.generator.facts.facts import Entity, Sentence
from quizapp.generator.facts.mentions import Mention
from quizapp.generator.facts.title_subject import written_often

MIN_MENTIONS = 2  # an actor named this often is known well enough to be looked for again


def with_missed_mentions(sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with those the model missed, in text order; each adds to its entity's
    count of mentions."""
    entities: dict[int, Entity] = {}
    for m in mentions:
        known = m.entity is not None and m.entity.mentions >= MIN_MENTIONS
        if m.entity is not None and (known or written_often(m.entity, sentences)):
            entities[id(m.entity)] = m.entity
    names = sorted(
        (
            (n.split(), e)
            for e in entities.values()
            for n in e.names()
            if n[:1].isupper() and not _shared(n, e, mentions)
        ),
        key=lambda item: -len(item[0]),
    )  # the longest name first: "West Germany" before "Germany"
    taken: dict[int, set[int]] = {}
    for m in mentions:
        taken.setdefault(m.sentence.index, set()).update(range(m.start, m.end))
    found: list[Mention] = []
    for sentence in sentences:
        if not sentence.usable:
            continue
        used = taken.setdefault(sentence.index, set())
        tokens = list(sentence.span)
        for words, entity in names:
            for i in range(len(tokens) - len(words) + 1):
                run = tokens[i : i + len(words)]
                if [t.text for t in run] != words or any(t.i in used for t in run):
                    continue
                if not _whole_name(run, tokens, i):
                    continue
                used.update(t.i for t in run)
                entity.mentions += 1
                if not _modifier(run[-1]):  # "the South Caucasus neighbours": named, no actor
                    found.append(
                        Mention(sentence, run[0].i, run[-1].i + 1, "", entity.name, entity)
                    )
    if not found:
        return mentions
    return sorted([*mentions, *found], key=lambda m: (m.sentence.index, m.start))


def _modifier(last: Any) -> bool:
    """Whether a name stands before a common noun as its modifier ("the Kessel valley")."""
    head = last.head
    return bool(last.dep_ == "compound" and head.i > last.i and head.pos_ == "NOUN")


def _shared(name: str, entity: Entity, mentions: list[Mention]) -> bool:
    """Whether one word ``name`` of ``entity`` is also a name or a word of another actor's
    name ("Harlow" of Albert Harlow, of Peter Harlow, of Harlow Motors): whose it is unclear."""
    if " " in name:
        return False
    others = {m.entity.name for m in mentions if m.entity is not None and m.entity is not entity}
    return any(name in o.split() for o in others)


def _whole_name(run: list[Any], tokens: list[Any], i: int) -> bool:
    """Whether ``run`` is a whole name: proper nouns, not part of a longer one."""
    if any(t.pos_ != "PROPN" for t in run):
        return False
    before = tokens[i - 1] if i > 0 else None
    after = tokens[i + len(run)] if i + len(run) < len(tokens) else None
    return not any(t is not None and t.pos_ == "PROPN" for t in (before, after))
