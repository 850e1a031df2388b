"""The role the text gives a named actor: "NATO Secretary-General Jens Stoltenberg",
"Jens Stoltenberg, the head of NATO".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizapp.generator.facts.name_words import demonym_shaped
from quizapp.generator.text_words import word_set

if TYPE_CHECKING:
    from quizapp.generator.facts.mentions import Mention

HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "lady"}
ANAPHORIC = {"its", "his", "her", "their", "the latter", "the former", "our", "my", "your"}


def role_of(m: Mention) -> str:
    """The title before a name ("NATO Secretary-General") or in apposition to it."""
    doc = m.doc
    name_tokens = set(range(m.start, m.end))
    i = m.start - 1
    lo = m.sentence.span.start
    while i >= lo:
        tok = doc[i]
        linked = tok.head.i in name_tokens or tok.head.i in range(i + 1, m.end)
        if (tok.dep_ in ("compound", "amod", "nmod") and linked) or (tok.text == "-" and i > lo):
            i -= 1
            continue
        break
    words = doc[i + 1 : m.start].text.strip(" -")
    if words.lower() in HONORIFICS:
        words = ""
    if words and any(ch.isupper() for ch in words) and len(words.split()) <= 6:
        return str(words)
    return _appositive_role(m)


def _appositive_role(m: Mention) -> str:
    root = m.root
    candidates = [c for c in root.children if c.dep_ == "appos"]
    office = root.head.lower_ in BODY_OFFICES | STATE_OFFICES  # "Tarrow's Finance Minister"
    if root.dep_ == "appos" and (root.head.pos_ == "NOUN" or office):
        candidates.append(root.head)
    for head in candidates:
        between = [t.text for t in head.doc[m.end : head.i]]
        if between.count("(") > between.count(")"):
            continue  # "Ann Vell (c. 1608 - 1671)": life dates in brackets, no role
        # "England's captain, Bobby Moore": the name's words are the head's; "Karl Moser,
        # chief executive of Brightwater": the role is the name's, and none of its words
        lo, hi = (root.left_edge.i, root.right_edge.i) if head.i == root.head.i else (0, -1)
        tokens = [t for t in head.subtree if not lo <= t.i <= hi]
        while tokens and (tokens[-1].is_punct or tokens[-1].dep_ in ("cc", "prep")):
            tokens.pop()
        words = " ".join(t.text_with_ws.strip() if t.text != "'s" else "'s" for t in tokens)
        words = re.sub(r" 's\b", "'s", words)
        for anaphor in sorted(ANAPHORIC, key=len, reverse=True):
            words = re.sub(rf"^{anaphor}('s)?\s+", "", words, flags=re.I)
        words = re.sub(r"^(the|a|an)\s+", "", words, flags=re.I)
        if 1 <= len(words.split()) <= 8 and head.pos_ in ("NOUN", "PROPN"):
            return words
    return ""


# Offices held in a body: "Who was the chief executive?" does not say of what. A nationality
# before one is the holder's, not the body's ("the Swiss referee" of which match?).
BODY_OFFICES = word_set(
    """executive chairman chairwoman chair director spokesman spokeswoman spokesperson founder
    editor head chief secretary secretary-general treasurer referee linesman umpire captain
    coach manager owner principal dean rector ceo cfo commissioner governor mayor
    superintendent"""
)
# Offices of a state: a nationality before one says whose ("the Armenian prime minister")
STATE_OFFICES = word_set(
    "president minister chancellor premier leader ambassador king queen emperor envoy"
)
# Words of a title that name no owner ("Interior Minister", "Chief Executive")
TITLE_WORDS = word_set(
    """prime chief deputy vice acting interim former senior executive managing general foreign
    interior finance defence defense health trade justice education economy economic home
    culture transport energy labour labor environment agriculture first lead head regional
    state secretary assistant associate joint co-founder"""
)


def is_office(role: str) -> bool:
    """Whether ``role`` is an office in a body or a state ("Soviet leader", "captain")."""
    title = role.split(" of ")[0].split()
    return bool(title) and title[-1].casefold() in BODY_OFFICES | STATE_OFFICES


def owned_role(role: str, nationalities: frozenset[str]) -> str:
    """``role`` as a question may name it, or "" where it is an office whose owner it does
    not say: "Northwind's chief executive", "chief executive of Northwind", "NATO
    Secretary-General", "Armenian Prime Minister" are said; "chief executive", "Interior
    Minister", "Swiss referee" are not (``nationalities``: the article's words of a nation,
    "Swiss", "Soviet")."""
    words = role.split()
    of = next((i for i, w in enumerate(words) if w == "of"), len(words))
    title = [w.casefold() for w in words[:of]]
    office = title[-1] if title else ""
    if office not in BODY_OFFICES | STATE_OFFICES:
        return role  # "the French physicist": a person's work, owned by no body
    if of < len(words) - 1 and words[of + 1][:1].isupper():
        return role  # "chief executive of Northwind Energy"
    if words[0].endswith(("'s", "’s")) and words[0][:1].isupper():
        return role  # "England's captain"
    for w in words[:of][:-1]:
        if not w[:1].isupper() or w.casefold() in TITLE_WORDS:
            continue
        nation = w in nationalities or demonym_shaped(w)
        if not nation or office in STATE_OFFICES:
            return role  # "NATO Secretary-General", "the Soviet leader"
    return ""
