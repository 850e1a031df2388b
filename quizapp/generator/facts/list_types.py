"""The names of one list are of one kind: an untrusted type takes its listed neighbours'.

"two mountain streams, the Brigach and the Breg": the model calls the first a body and
the second a person; the article's words make the second a river (see
:mod:`actor_types`), and the first, coordinated with it, is one too. A one-word name whose
type has no evidence (an organisation or a person the model alone says it is) takes the
place type its coordinated neighbours share where they are trusted.
"""

from __future__ import annotations

from quizapp.generator.facts.facts import ORG, PERSON, PLACE_TYPES, Entity
from quizapp.generator.facts.mentions import Mention


def typed_by_list(entities: list[Entity], mentions: list[Mention]) -> list[Entity]:
    """``entities`` with untrusted one-word names typed as their listed neighbours."""
    by_token = {(id(m.doc), m.root.i): m for m in mentions}
    for m in mentions:
        e = m.entity
        if e is None or e.sure or " " in e.name or e.type not in (ORG, PERSON):
            continue
        kinds: set[str] = set()
        for tok in m.root.conjuncts:
            other = by_token.get((id(m.doc), tok.i))
            if other is not None and other.entity is not None and other.entity.sure:
                kinds.add(other.entity.type)
        if len(kinds) == 1 and (kind := kinds.pop()) in PLACE_TYPES:
            e.type = kind  # still untrusted: no "which river" question rests on it alone
    return entities
