"""People named the way rulers, nobles and saints are: by a regnal number ("Philip II",
"Louis XIV of France", "Pope Gregory XIII") or by a place ("Elisabeth of Valois",
"Catherine of Aragon").

The small model takes an unfamiliar regnal name for an organisation ("court painter to
Philip II of Spain": ORG), so it was asked "Which organisation ...?" and offered among
companies; and it cuts "Elisabeth of Valois" into a person "Elisabeth" and a place
"Valois", so the queen was never an answer and "Valois" was asked as a place. Both are
people where the text gives evidence:

- a regnal name: a capitalised given name and a Roman numeral (II and up, or I with a
  title), with a title before it ("Pope", "King"), "of" and a capitalised place after it,
  or the model's person label on one of its uses; then every use of the same words is a
  person's ("Philip II" alone later too). "World War II", "Apollo XI" or "Super Bowl LIII"
  have no such evidence (nor is "War" a given name: a body's or an event's head word
  never opens one);
- a name of a place: one capitalised given name the model calls a person, "of" and one
  or two capitalised words, with a title before it ("Queen Mary of Teck"), a role noun
  for a person beside it ("the young queen, Elisabeth of Valois"), or a verb only people
  take ("Catherine of Aragon was crowned"): one person's name, place and all.
"""

from __future__ import annotations

import re
from typing import Any

from quizapp.generator.facts.clusters import GENERIC_HEADS, TITLES
from quizapp.generator.facts.mentions import Mention
from quizapp.generator.facts.name_words import titled
from quizapp.generator.facts.person_evidence import NOBLE, person_clause
from quizapp.generator.facts.use_evidence import role_person

ROMAN = re.compile(r"(?:X{0,3})(?:IX|IV|V?I{0,3})")
# Words opening numbered names that are no rulers' ("World War II", "Apollo XI")
NOT_GIVEN = {w.casefold() for w in GENERIC_HEADS} | {
    "world", "super", "apollo", "bowl", "final", "phase", "part", "act", "volume", "book",
    "chapter", "grade", "class", "type", "mark", "stage", "level", "vatican",
}  # fmt: skip
RULER_TITLES = TITLES | {n.casefold() for n in NOBLE} | {"saint", "st", "st.", "blessed"}
NOBLE_NOUNS = {n.casefold() for n in NOBLE}
PLACE_LABELS = {"GPE", "LOC", "ORG", "NORP", "FAC", "PERSON"}


def with_ruler_names(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with regnal names labelled people and "Name of Place" people joined."""
    regnal = {_bare(m) for m in mentions if _regnal_shape(m) and _regnal_evidence(m)}
    for m in mentions:
        if _regnal_shape(m) and _bare(m) in regnal:
            m.label = "PERSON"
    return _joined_of_places(mentions)


def _bare(m: Mention) -> str:
    """The mention's words without a title first ("Gregory XIII" of "Pope Gregory XIII")."""
    words = m.text.split()
    while len(words) > 2 and words[0].casefold().rstrip(".") in RULER_TITLES:
        words = words[1:]
    return " ".join(words)


def _regnal_shape(m: Mention) -> bool:
    """A capitalised given name and a Roman numeral, a title before them allowed."""
    words = _bare(m).split()
    if len(words) != 2 or not ROMAN.fullmatch(words[1]) or not words[1]:
        return False
    given = words[0]
    return given[:1].isupper() and given.isalpha() and given.casefold() not in NOT_GIVEN


def _regnal_evidence(m: Mention) -> bool:
    """A title before the name or in it, "of" and a capitalised word after it, the model's
    person label; "I" alone only with a title ("Elizabeth I" after "Queen")."""
    doc = m.doc
    title = titled(doc, m.start) or _bare(m) != m.text
    if _bare(m).split()[1] == "I":
        return title
    after = doc[m.end : m.end + 2]
    of_place = len(after) == 2 and after[0].lower_ == "of" and after[1].is_title
    return title or of_place or m.label == "PERSON"


def _joined_of_places(mentions: list[Mention]) -> list[Mention]:
    """One person's mention for "Elisabeth" + "of" + "Valois" (see the module)."""
    out: list[Mention] = []
    skip: set[int] = set()
    for i, m in enumerate(mentions):
        if i in skip:
            continue
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if nxt is not None and _of_place(m, nxt):
            out.append(Mention(m.sentence, m.start, nxt.end, "PERSON"))
            skip.add(i + 1)
            continue
        out.append(m)
    return out


def _of_place(m: Mention, place: Mention) -> bool:
    """Whether ``m`` is a given name the model calls a person's, "of" and ``place`` after
    it, with a person's evidence (see the module)."""
    given = m.text.split()
    while len(given) > 1 and given[0].casefold().rstrip(".") in RULER_TITLES:
        given = given[1:]  # "Queen Mary" of "Queen Mary of Teck"
    if m.sentence is not place.sentence or m.label != "PERSON" or len(given) != 1:
        return False
    doc = m.doc
    if place.start != m.end + 1 or doc[m.end].lower_ != "of" or place.label not in PLACE_LABELS:
        return False
    words: list[Any] = list(doc[place.start : place.end])
    if not 1 <= len(words) <= 2 or not all(t.is_title and t.is_alpha for t in words):
        return False
    return titled(doc, m.start) or role_person(m) or person_clause(m) or _noble(m)


def _noble(m: Mention) -> bool:
    """Whether a noble's title is the noun the name stands beside ("the young duchess,
    Maddalena of Bavaria")."""
    root = m.root
    return root.dep_ == "appos" and root.head.lemma_.casefold() in NOBLE_NOUNS
