"""A gap on one side of a two-team match, given away by the other side in its sentence.

Where an article's match has exactly two teams, a sentence that names one of them leaves
the other as the only candidate for its gap: "After Harlow's Dunne was sent off, ___
poured forward" can only be the other team. The other team counts as named by any word of
its names that the gapped team's names do not share ("Athletic" of Kelby Athletic). Such a
gap is refused (issue 16); a real question ("Which team won the cup?") is left to the
other checks.
"""

from __future__ import annotations

import re

from quizapp.generator.facts.facts import ACTOR, Entity, Fact
from quizapp.generator.forms.team_words import team_word
from quizapp.generator.synthesis import GeneratedQuestion, QuestionForm


def other_side_named(q: GeneratedQuestion, fact: Fact, facts: list[Fact]) -> bool:
    """Whether ``q`` gaps one of exactly two teams and its prompt names the other."""
    if q.form != QuestionForm.GAPPED or fact.entity is None or "___" not in q.prompt:
        return False
    teams = _teams(facts)
    if len(teams) != 2 or not any(t is fact.entity for t in teams):
        return False
    other = next(t for t in teams if t is not fact.entity)
    prompt = q.prompt.replace("___", " ")
    own = {w for n in fact.entity.names() for w in n.split()}
    words = {w for n in other.names() for w in n.split() if w[:1].isupper()} - own
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", prompt) for w in words)


def _teams(facts: list[Fact]) -> list[Entity]:
    """The distinct teams the article names."""
    found: dict[int, Entity] = {}
    for f in facts:
        new = f.kind == ACTOR and f.entity is not None and id(f.entity) not in found
        if new and f.entity is not None and team_word(f, club_fair=True):
            found[id(f.entity)] = f.entity
    return list(found.values())
