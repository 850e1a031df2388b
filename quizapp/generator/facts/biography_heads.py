"""The person a biography is about, whatever label the small model gave the name.

An encyclopedia biography opens on the person's name with the life dates in brackets
("Tomasina Verlaque (c. 1610 – 3 May 1671) was a Flemish engraver ..."), often under a
title line that is the same name, and says "she" from then on. The small model often
calls an unfamiliar name a product, a work or a body (or nothing), so the article's
subject was never found and every question about "she" was refused as about an unnamed
person. A name of two to five capitalised words opening the first full sentence, a
bracket of life dates right after it ("(1815-1852)", "(born 4 March 1950)", "(c. 1532 -
1625)"), "he"/"she"/"his"/"her" going on with it (later in that sentence or in one of
the next two), and the title line, where the text keeps one, the same name: every
whole-word use of the full name is then a person's mention, and so is the given name
written alone ("Tomasina and her brother ..."), which :mod:`clusters` joins to the full
name.

Nothing changes for a place's or a body's article ("Verlaque (population 4,000) is ...",
"the Ming Dynasty (1368-1644) was ...": a head word of a body or a period, and no "she").

Measured (with :mod:`life_pronouns` and :mod:`ruler_names`): on an unseen biography of
this shape the core facts asked went from 3 to 8 of 12; the 20 own texts' sheets are
unchanged (none opens on life dates in brackets).
"""

from __future__ import annotations

import re
from typing import Any

from quizapp.generator.facts.clusters import GENERIC_HEADS, PARTICLES, TITLES
from quizapp.generator.facts.facts import Sentence
from quizapp.generator.facts.gazetteer import gazetteer
from quizapp.generator.facts.mentions import Mention

YEAR = r"\b\d{3,4}\b(?![,.]\d)"
# Life dates in brackets: two dates with a dash between, or one after born/died/b./d.
LIFE_BRACKET = re.compile(
    rf"\s*\((?:[^()]*{YEAR}[^()]*?\s*[-–—]\s*[^()]*{YEAR}[^()]*"
    rf"|\s*(?:born|died|b\.|d\.)\s[^()]*{YEAR}[^()]*)\)"
)
OPENING_NAME = re.compile(r"([^()]{3,80}?)(?=\s*\()")
MAX_WORDS = 5  # "Maria Salomea Sklodowska Curie" at most; a longer run is no name
PERSON_WORDS = {"he", "she", "his", "her"}
PERIODS = {"dynasty", "era", "age", "period", "reign"}
NEXT_SENTENCES = 2  # a "she" or "her" in one of these goes on with the name


def with_biography_head(mentions: list[Mention], sentences: list[Sentence]) -> list[Mention]:
    """``mentions`` with the biography's person (see the module) named in every sentence,
    in place of whatever mentions the model made of the same words."""
    name = biography_name(sentences)
    if not name:
        return mentions
    words = name.split()
    given = words[0] if words[0].casefold() not in PARTICLES else ""
    added: list[Mention] = []
    for sentence in sentences:
        added += _uses(sentence, words, given)
    if not added:
        return mentions
    kept = [m for m in mentions if not any(_overlap(m, a) for a in added)]
    return sorted(kept + added, key=lambda m: (m.sentence.index, m.start))


def biography_name(sentences: list[Sentence]) -> str:
    """The person's name opening a biography (see the module), or ""."""
    titles = []
    usable = []
    for s in sentences:
        if s.usable:
            usable.append(s)
        elif not usable:
            titles.append(s.text.strip())
    if not usable or len(titles) > 1:
        return ""
    text = usable[0].text
    found = OPENING_NAME.match(text)
    if found is None or not _name_shaped(found.group(1)):
        return ""
    name = found.group(1)
    bracket = LIFE_BRACKET.match(text[found.end() :])
    if bracket is None or (titles and titles[0] != name):
        return ""
    rest = text[found.end() + bracket.end() :]
    later = " ".join(s.text for s in usable[1 : 1 + NEXT_SENTENCES])
    said = {w.casefold() for w in re.findall(r"[A-Za-z]+", f"{rest} {later}")}
    return name if said & PERSON_WORDS else ""


def _name_shaped(title: str) -> bool:
    """Whether a title line reads as a person's name: two to five capitalised words (a
    particle between them allowed), no title word, no place the gazetteer knows."""
    words = title.split()
    if not 2 <= len(words) <= MAX_WORDS:
        return False
    if not (words[0][:1].isupper() and words[-1][:1].isupper()):
        return False
    for w in words:
        if w.casefold() in PARTICLES and w.islower():
            continue
        if not (w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha()):
            return False
    if words[0].casefold().rstrip(".") in TITLES:
        return False
    if any(w.casefold() in GENERIC_HEADS or w.casefold() in PERIODS for w in words):
        return False  # "Harlow Motors", "the Ming Dynasty": a body's or a time's name
    return gazetteer().lookup(title) is None


def _uses(sentence: Sentence, words: list[str], given: str) -> list[Mention]:
    """The full name's uses in ``sentence``, and the given name's where it stands alone."""
    span = sentence.span
    doc, out = span.doc, []
    i = span.start
    while i < span.end:
        if [t.text for t in doc[i : i + len(words)]] == words and i + len(words) <= span.end:
            out.append(Mention(sentence, i, i + len(words), "PERSON"))
            i += len(words)
            continue
        if given and doc[i].text == given and _alone(doc, i, span):
            out.append(Mention(sentence, i, i + 1, "PERSON"))
        i += 1
    return out


def _alone(doc: Any, i: int, span: Any) -> bool:
    """Whether the token at ``i`` has no capitalised word after it (not part of another
    name: "Sofia Street" is no use of "Sofia"), nor a capitalised one before it inside the
    sentence."""
    after = doc[i + 1] if i + 1 < span.end else None
    before = doc[i - 1] if i - 1 >= span.start else None
    if after is not None and after.is_title:
        return False
    return before is None or not before.is_title or before.is_sent_start


def _overlap(a: Mention, b: Mention) -> bool:
    return a.doc is b.doc and a.start < b.end and b.start < a.end
