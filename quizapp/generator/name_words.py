"""Names that look like something else: a month or weekday that is a surname or a given
name ("Theresa May", "Ms June Carter", but "in May", "29 March"), a city that stands for its
team ("beating Valencia 3-1"), a player's position before a name ("Striker Mikel
Oyarzabal"), the distinctive word of an organisation's name ("Harlow" of Harlow Motors,
"Disney" of the Walt Disney Company), a lone surname left apart from its person, and a
name the model took for an organisation that the article calls "she".
"""

from __future__ import annotations

import calendar
import re
from typing import Any

from quizapp.generator.facts import ORG, PERSON, Entity, Sentence
from quizapp.generator.mentions import Mention

DATE_WORDS = {m for m in calendar.month_name if m} | set(calendar.day_name)
PERSON_TITLES = {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lady", "lord"}
DATE_PREPS = {"in", "on", "of", "since", "until", "till", "by", "from", "last", "next", "early",
              "late", "mid", "during", "before", "after", "through", "every", "each"}  # fmt: skip


def given_month(doc: Any, start: int) -> bool:
    """Whether the word before a person's name is a month that is their given name: "Ms
    June Carter", "Dr April Ryan" (a title, or the sentence's start, before it)."""
    if start < 1 or doc[start - 1].text not in DATE_WORDS:
        return False
    if start < 2 or doc[start - 1].is_sent_start:
        return True  # "June Carter sang ..."
    return doc[start - 2].lower_.rstrip(".") in PERSON_TITLES


# A player's position before their name ("Striker Mikel Oyarzabal"): no part of it
SPORT_ROLES = {"striker", "winger", "goalkeeper", "midfielder", "defender", "forward",
               "captain", "coach", "referee", "skipper", "quarterback", "pitcher"}  # fmt: skip
SCORE = re.compile(r"\s*\d{1,2}\s*[-–]\s*\d{1,2}\b")
SPORT_VERBS = {"beat", "defeat", "win", "lose", "draw", "score", "thrash", "edge", "face",
               "host", "eliminate", "knock"}  # fmt: skip
GENERIC_TAILS = {"company", "corporation", "group", "motors", "energy", "airlines", "airways",
                 "holdings", "industries", "capital", "technologies", "systems", "studios",
                 "pharmaceuticals", "media", "foods", "entertainment", "enterprises"}  # fmt: skip


PLAIN_NAME_WORDS = {"general", "united", "american", "british", "national", "international",
                    "royal", "first", "new", "great", "global", "standard", "universal",
                    "continental", "pacific", "atlantic", "northern", "southern", "eastern",
                    "western", "central", "federal", "european", "asian", "african", "air",
                    "the", "china", "japan", "india", "korea", "delta", "southwest"}  # fmt: skip


def distinctive(name: str) -> str:
    """The word that names an organisation without its generic tail ("Harlow" of "Harlow
    Motors", "Disney" of "Walt Disney Company"), or "" when there is none."""
    words = name.split()
    while len(words) > 1 and words[-1].casefold() in GENERIC_TAILS:
        words.pop()
    if len(words) == len(name.split()) or not words[-1][:1].isupper():
        return ""
    if words[-1].casefold() in PLAIN_NAME_WORDS:
        return ""  # "General" of General Motors, "United" of United Airlines
    return words[-1] if len(words) <= 2 else ""


def date_word(tok: Any) -> bool:
    """Whether a surname that is also a month or a weekday stands here as a date."""
    if tok.text not in DATE_WORDS:
        return False
    doc = tok.doc
    before = doc[tok.i - 1] if tok.i > 0 else None
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if tok.ent_type_ in ("DATE", "TIME") or (after is not None and after.like_num):
        return True
    return before is not None and (before.like_num or before.lower_ in DATE_PREPS)


def plays(m: Mention) -> bool:
    """Whether a place's mention stands for its team: "beating Valencia 3-1", "Valencia, who
    have won the cup", "a goal for Valencia"."""
    doc, root = m.doc, m.root
    after = doc[m.end : m.end + 3].text
    if SCORE.match(after) or (m.end < len(doc) and doc[m.end].text == "," and "who" in after):
        return True
    head = root.head
    if root.dep_ in ("nsubj", "dobj") and head.lemma_ in SPORT_VERBS:
        return True
    return (
        root.dep_ == "pobj"
        and head.lower_ in ("for", "against")
        and head.head.lemma_ in (SPORT_VERBS | {"pull", "goal", "play", "sign"})
    )


def merged_surnames(entities: list[Entity], mentions: list[Mention]) -> list[Entity]:
    """A lone surname left apart ("Bello said", typed otherwise by the model) is the one
    person of the article with that surname ("Amina Bello")."""
    kept = []
    for e in entities:
        owners = [
            p for p in entities
            if p is not e and p.type == PERSON and " " in p.name and e.name in p.aliases
        ]  # fmt: skip
        if " " in e.name or len(owners) != 1:
            kept.append(e)
            continue
        for m in mentions:
            if m.entity is e:
                m.entity = owners[0]
        owners[0].mentions += e.mentions
    return kept


def spoken_of_as_a_person(m: Mention, sentences: list[Sentence]) -> bool:
    """Whether a name the model alone typed an organisation is the subject of a sentence
    that the next one goes on with "She" or "He": a person."""
    entity = m.entity
    if entity is None or entity.type != ORG or entity.sure or not 2 <= len(m.text.split()) <= 3:
        return False
    root = m.root
    if root.dep_ not in ("nsubj", "nsubjpass") or root.head.dep_ != "ROOT":
        return False
    following = next((s for s in sentences if s.index == m.sentence.index + 1), None)
    return following is not None and following.text.split(" ", 1)[0] in ("She", "He")
