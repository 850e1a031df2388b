"""Names with a number: "Voyager 2", "Apollo 11", "Boeing 747", "Windows 11".

A craft, a model or a product named by a word and a number is a thing (a work), though the
small model labels it a product (not an actor at all), a body ("Apollo" with "11" apart), a
place or nothing, or cuts the number off. A capitalised proper noun (with the proper nouns
before it: "Mars Climate Orbiter 3") followed by a number of one to four digits that
belongs to it (the number's head is the name) is one name, typed a work, unless the word
is a month ("September 1846"), a place ("Kenya 2", a score), a common word that counts
("Gate 4", "Chapter 11", "Round 3") or the number goes on into a score or a range ("2-1").
"""

from __future__ import annotations

import calendar
from typing import Any

from quizapp.generator.facts.facts import Sentence
from quizapp.generator.facts.gazetteer import gazetteer
from quizapp.generator.facts.mentions import Mention

MONTHS = {m.casefold() for m in calendar.month_name if m} | {
    m.casefold() for m in calendar.month_abbr if m
}
# Words that number a part, a place in a series or a route: no thing's name
COUNTED = {"gate", "route", "chapter", "room", "article", "terminal", "platform", "stage",
           "game", "day", "week", "round", "section", "level", "phase", "line", "category",
           "class", "grade", "year", "act", "part", "volume", "page", "fig", "table",
           "number", "no", "flight", "world", "war", "formula", "highway", "interstate",
           "pier", "berth", "unit", "block", "ward", "district", "zone", "lot", "hole",
           "lap", "match", "heat", "leg", "episode", "season", "series", "book", "psalm",
           "amendment", "paragraph", "clause", "schedule", "title", "appendix", "exhibit",
           "track", "bus", "covid", "mark", "mk", "version"}  # fmt: skip
WORK_LABEL = "WORK"


def with_numbered_names(sentence: Sentence, found: list[Mention]) -> list[Mention]:
    """``found`` (the model's mentions) with the names with a number in their place."""
    for a, b in numbered_spans(sentence.span):
        kept = [m for m in found if m.end <= a or m.start >= b]
        found = [*kept, Mention(sentence, a, b, WORK_LABEL)]
    return found


def numbered_spans(span: Any) -> list[tuple[int, int]]:
    """Token ranges (start, end) of the sentence's names with a number."""
    doc = span.doc
    out = []
    for num in span:
        if not (num.is_digit and 1 <= len(num.text) <= 4) or num.i == span.start:
            continue
        word = doc[num.i - 1]
        if not _name_word(word) or num.head.i != word.i:
            continue
        after = doc[num.i + 1].text if num.i + 1 < span.end - 1 else ""
        if after in ("-", "–", ":", "/", "."):
            continue  # "2-1", "2:05", "3/4": a score, a time, a fraction
        start = word.i
        while start - 1 >= span.start and _name_word(doc[start - 1]):
            if doc[start - 1].head.i not in range(start - 1, num.i + 1):
                break
            start -= 1
        if gazetteer().lookup(doc[start : num.i].text) is not None:
            continue  # "West Germany 4": a team and its goals
        out.append((start, num.i + 1))
    return out


def _name_word(tok: Any) -> bool:
    low = tok.lower_
    return bool(
        tok.pos_ == "PROPN"
        and (tok.is_title or tok.is_upper)
        and tok.is_alpha
        and low not in MONTHS
        and low not in COUNTED
    )
