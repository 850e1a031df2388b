"""Names in a title-case headline, cut back to the names the article's body writes.

The small model reads a headline's capitals as one long name: "Kelby Beat Harwick" a
person, "Harlow Electric Lifts Profit as Orders Rise" an organisation, "Flood Barrier
Opens" a person. Its words joined the clusters of the body's names ("Kelby" and "Harwick"
became other names of a "person"). In a headline (no closing full stop, its words
mostly capitalised), a name of several words with a word the body writes in lower case
("beat", "profit", "flood") keeps only the runs of its words that the
body writes in the same capitals ("Kelby", "Harwick", "Harlow Electric"); a run the body
never writes ("Flood Barrier") is no name.
"""

from __future__ import annotations

import re

from quizapp.generator.facts.facts import Sentence
from quizapp.generator.facts.mentions import Mention

SMALL = {"of", "the", "and", "for", "in", "on", "at", "to", "as", "a", "an", "by", "with"}


def headline_cut(mentions: list[Mention], sentences: list[Sentence]) -> list[Mention]:
    """``mentions`` with those of several words in a headline cut to the body's names."""
    body = " ".join(s.text for s in sentences if s.usable)
    common = {t.text for s in sentences if s.usable for t in s.span if t.is_lower}
    out: list[Mention] = []
    for m in mentions:
        words = {t.lower_ for t in m.doc[m.start : m.end]} - SMALL
        if m.end - m.start < 2 or not _headline(m.sentence) or not words & common:
            out.append(m)  # "Ada Lovelace": no word of it the body writes as a common word
            continue
        out.extend(_runs(m, body))
    return out


def _headline(sentence: Sentence) -> bool:
    """A title-case line without a full stop: most of its longer words capitalised."""
    if sentence.usable:
        return False
    words = [t for t in sentence.span if t.is_alpha and t.lower_ not in SMALL]
    return len(words) >= 2 and sum(t.is_title or t.is_upper for t in words) * 4 >= len(words) * 3


def _runs(m: Mention, body: str) -> list[Mention]:
    """The longest runs of ``m``'s words that the body writes as they stand, left to right."""
    doc, found = m.doc, []
    i = m.start
    while i < m.end:
        end = next((e for e in range(m.end, i, -1) if _in_body(doc[i:e].text, body)), None)
        if end is None:
            i += 1
            continue
        found.append(Mention(m.sentence, i, end, m.label))
        i = end
    if len(found) == 1 and (found[0].start, found[0].end) == (m.start, m.end):
        return [m]
    return found


def _in_body(words: str, body: str) -> bool:
    """Whether the body writes ``words`` capitalised as they stand, as whole words."""
    first = words.split()[0] if words.split() else ""
    if not first[:1].isupper() or first.casefold() in SMALL:
        return False
    return re.search(rf"(?<![\w-]){re.escape(words)}(?![\w-])", body) is not None
