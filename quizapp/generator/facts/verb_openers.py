"""A verb opening a sentence or a quotation is no part of the name after it.

The model glues a capitalised first word to the name that follows ("Bringing Brightgate"
of '"Bringing Brightgate inside Norvell ..."', "Merging Halcyon Labs ..."), and the wrong
name then spreads to every mention of the company. The first word is dropped when it opens
the sentence or a quotation, is a verb form (tagged so by the parse, or an "-ing" word the model
took for a name), and the article writes the rest of the name
elsewhere on its own, so that the mention joins the entity's other mentions.
"""

from __future__ import annotations

import re
from typing import Any

from quizapp.generator.facts.mentions import Mention

VERB_TAGS = {"VBG", "VB", "VBD"}
OPENING_MARKS = {'"', "“", "‘", "'", "(", "«", "``"}


def without_opening_verbs(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with a verb opening a sentence or a quotation cut off the name after it
    (``text``: the whole article, where the rest of the name must be written elsewhere)."""
    for m in mentions:
        if m.end - m.start < 2 or not _opens(m.doc, m.start, m.sentence.span.start):
            continue
        first = m.doc[m.start]
        if not first.is_title or not _verb_form(first):
            continue
        rest = m.doc[m.start + 1 : m.end]
        if not rest[0].is_title or not _written_alone(rest.text, first.text, text):
            continue
        m.start += 1
        others = [o.label for o in mentions if o is not m and o.text == m.text]
        if others:
            m.label = max(set(others), key=others.count)  # "Brightgate" as written alone
    return mentions


def _opens(doc: Any, i: int, sentence_start: int) -> bool:
    """Whether token ``i`` opens its sentence or a quotation."""
    if i == sentence_start:
        return True
    return doc[i - 1].text in OPENING_MARKS or doc[i - 1].tag_ == "``"


def _verb_form(tok: Any) -> bool:
    """A verb by the parse, or an "-ing" word the model called a name ("Merging"; the rest of
    the name written alone elsewhere, which the caller checks, is the evidence that it is no
    part of the name: the generator reads no grading word list)."""
    if tok.tag_ in VERB_TAGS:
        return True
    word = tok.lower_
    return word.endswith("ing") and len(word) > 5


def _written_alone(rest: str, verb: str, text: str) -> bool:
    """Whether ``text`` writes ``rest`` somewhere without ``verb`` just before it."""
    pattern = rf"(?<![\w-])(?<!{re.escape(verb)} ){re.escape(rest)}(?![\w-])"
    return re.search(pattern, text) is not None
