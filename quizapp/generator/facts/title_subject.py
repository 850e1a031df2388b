"""The article's subject read from its title, where no actor is named often enough to be it.

"Veltra: A Moon of Ice", then "Veltra is a small moon ...", "Veltra orbits its planet
...": the small model may tag the name in one sentence only, so
no actor is named three times and the article has no subject. The title (the lines before
the first full sentence) names what the article is about; of the actors it names, the one
whose names the body writes most often (at least :data:`MIN_REPEATS` times, as whole
words) is the subject. A title naming two actors the body repeats equally decides nothing.
"""

from __future__ import annotations

import re

from quizapp.generator.facts.facts import Entity, Sentence

MIN_REPEATS = 3  # a name the body writes this often is what it keeps coming back to


def title_text(sentences: list[Sentence]) -> str:
    """The lines before the article's first full sentence ("" when it opens on one)."""
    lines = []
    for s in sentences:
        if s.usable:
            break
        lines.append(s.text)
    return " ".join(lines)


def written_often(entity: Entity, sentences: list[Sentence]) -> bool:
    """Whether the article's title names ``entity``, or its body writes one of its names at
    least :data:`MIN_REPEATS` times (the model may have tagged it once: "Veltra is a
    small moon ... Veltra orbits ... found Veltra")."""
    title = title_text(sentences)
    if title and _count(entity, title) > 0:
        return True
    return _count(entity, " ".join(s.text for s in sentences if s.usable)) >= MIN_REPEATS


def title_subject(sentences: list[Sentence], entities: list[Entity]) -> Entity | None:
    """The actor the title names that the body repeats most (see the module), or None."""
    title = title_text(sentences)
    if not title:
        return None
    body = " ".join(s.text for s in sentences if s.usable)
    counts = sorted(
        ((_count(e, body), i) for i, e in enumerate(entities) if _count(e, title)),
        reverse=True,
    )
    if not counts or counts[0][0] < MIN_REPEATS:
        return None
    if len(counts) > 1 and counts[1][0] == counts[0][0]:
        return None
    return entities[counts[0][1]]


def _count(entity: Entity, text: str) -> int:
    """How often ``text`` writes one of ``entity``'s capitalised names as whole words."""
    names = sorted((n for n in entity.names() if n[:1].isupper()), key=len, reverse=True)
    if not names:
        return 0
    pattern = r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])"
    return len(re.findall(pattern, text))
