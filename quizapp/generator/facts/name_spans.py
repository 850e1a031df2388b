"""Names with a particle that spaCy's model cut: the given name left out ("Anatole" of
"Anatole Le Gendre", the model tagging only "Le Gendre", and as a body), or the name split
around its particles ("Mats van der" and "Linde" of "Mats van der Linde"), and a body's
name whose first word and "and" the model left out ("Coast and" of "the Coast and Harbour
Safety Board").

A person's name of two words may also take in the given name the model left untagged before
it, where the parse makes it part of the name ("Niels" of "Niels Peder Holst"). A name
opening on a capitalised particle ("Le", "De", "Van") after a capitalised word that
is no title, no body's word and no place ("The French mathematician Anatole Le Gendre")
takes that word in and is a person's; a person's name followed by particles alone and
another name ("Joris van" + "den" + "Hoek") is one name. Lower-case particles after a given
name ("Marit van der Berg") are :mod:`person_evidence`'s business.
"""

from __future__ import annotations

from typing import Any

from quizapp.generator.facts.clusters import PARTICLES, abbreviates
from quizapp.generator.facts.gazetteer import gazetteer
from quizapp.generator.facts.mentions import Mention
from quizapp.generator.facts.name_words import DATE_WORDS
from quizapp.generator.facts.person_evidence import ALL_TITLES, ORG_HEADS

NAMEABLE = ("PERSON", "ORG", "")
SMALL_WORDS = {"for", "and", "of", "in", "the", "on", "to", "de", "des", "du", "la", "&"}
# Abbreviated roles after a body's name: "the Labour MP Dennis Skinner" names no "Labour MP"
ROLE_ABBREVIATIONS = {"MP", "MPs", "MEP", "MSP", "MLA", "CEO", "CFO", "COO", "CTO"}
# Last words of an institution named after its founder or saint ("St Paul's Girls' School")
INSTITUTIONS = {"school", "college", "hospital", "cathedral", "church", "chapel", "academy",
                "university", "abbey", "priory", "infirmary"}  # fmt: skip
# Prepositions of where one place lies from another: never within a name ("Lysaker near Oslo")
SPATIAL_PREPS = {"near", "outside", "beyond", "behind", "beside", "towards", "toward", "via"}
DATE_WORDS_FOLDED = {w.casefold() for w in DATE_WORDS}
OTHER_LABELS = {"GPE", "PERSON", "NORP"}  # a word of another actor's name (not a known place)


def joined_names(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the cut names above made whole (in text order)."""
    for m in mentions:
        if m.label in NAMEABLE and _opens_on_particle(m):
            while _given_name_before(m, mentions):
                m.start -= 1
                m.label = "PERSON"
        elif m.label == "PERSON" and m.end - m.start >= 2:
            while _given_name_before(m, mentions) and _compound_of(m.doc[m.start - 1], m):
                m.start -= 1  # "Niels" of "Niels Peder Holst", the model tagging two words
    absorbed: set[tuple[int, int]] = set()  # one-word mentions a longer name took in
    for m in mentions:
        if m.label == "PERSON" and _ends_on_particle(m):
            m.end += 1  # "Honoré Le" + "Sauvage" the model left untagged
        if m.label == "ORG" and _joined_word_before(m, mentions):
            m.start -= 2  # "the Coast and Harbour Safety Board", tagged from "Harbour"
            absorbed.add((id(m.doc), m.start))
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.sentence.index, m.start)):
        if m.end - m.start == 1 and (id(m.doc), m.start) in absorbed:
            continue
        last = out[-1] if out else None
        if last is not None and _split_by_particles(last, m):
            last.end = m.end
            continue
        if last is not None and possessive_institution(last, m):
            last.end, last.label = m.end, "ORG"  # "St Paul's" + "Girls' School"
            continue
        out.append(m)
    return out


def _opens_on_particle(m: Mention) -> bool:
    tokens = list(m.doc[m.start : m.end])
    return (
        len(tokens) >= 2
        and tokens[0].lower_ in PARTICLES
        and tokens[0].is_title
        and all(t.is_title for t in tokens[1:])
    )


def _given_name_before(m: Mention, mentions: list[Mention]) -> bool:
    """Whether the word before ``m`` is a capitalised given name of it (at most two)."""
    doc = m.doc
    i = m.start - 1
    if i < m.sentence.span.start or m.end - m.start >= 5:
        return False
    tok = doc[i]
    if not (tok.is_title and tok.is_alpha and tok.pos_ == "PROPN") or tok.is_sent_start:
        return False
    if any(o is not m and o.sentence is m.sentence and o.start <= i < o.end for o in mentions):
        return False  # another actor's name: "France Le Monde"? leave it
    word = tok.lower_
    if word in DATE_WORDS_FOLDED:
        return False
    return word not in ALL_TITLES | ORG_HEADS and gazetteer().lookup(tok.text) is None


def _ends_on_particle(m: Mention) -> bool:
    """Whether a person's name ends on a capitalised particle before an untagged
    capitalised word ("Honoré Le" before "Sauvage")."""
    doc, end = m.doc, m.end
    last = doc[end - 1]
    if m.end - m.start < 2 or not (last.is_title and last.lower_ in PARTICLES):
        return False
    if end >= m.sentence.span.end:
        return False
    after = doc[end]
    return bool(after.is_title and after.is_alpha and not after.ent_type_)


def _joined_word_before(m: Mention, mentions: list[Mention]) -> bool:
    """Whether a body's name of two words or more follows "the", an untagged capitalised
    word and "and": "the Coast and Harbour Safety Board" is one body (a word another
    actor's name holds, "the Netherlands and Shell", is not joined)."""
    doc, i = m.doc, m.start
    if m.end - m.start < 2 or i < 3 or doc[i - 1].lower_ != "and" or doc[i - 3].lower_ != "the":
        return False
    word = doc[i - 2]
    if not (word.is_title and word.pos_ in ("PROPN", "NOUN")) or word.ent_type_ in OTHER_LABELS:
        return False
    if gazetteer().lookup(word.text) is not None:
        return False  # "the Netherlands and Shell Oil": two actors
    alone = (word.i, word.i + 1)  # the model may tag the word on its own ("Coast")
    return not any(
        o.doc is doc and o.start <= word.i < o.end and (o.start, o.end) != alone for o in mentions
    )


def _compound_of(tok: Any, m: Mention) -> bool:
    """Whether ``tok`` is an untagged word of the name ``m`` in the parse."""
    return bool(tok.dep_ == "compound" and m.start <= tok.head.i < m.end and not tok.ent_type_)


def _split_by_particles(a: Mention, b: Mention) -> bool:
    """Whether ``a`` and ``b`` are one person's name with lower-case particles between
    ("Joris van" + "den" + "Hoek", whatever the model called "Hoek")."""
    if a.sentence is not b.sentence or a.label != "PERSON" or not 1 <= b.end - b.start <= 2:
        return False
    doc = a.doc
    gap = list(doc[a.end : b.start])
    if not all(t.is_title for t in doc[b.start : b.end]):
        return False
    if gazetteer().lookup(b.text) is not None:
        return False  # "Anna van" ... "Paris"? a place stays one
    last = doc[a.end - 1]
    trailing = last.is_lower and last.lower_ in PARTICLES
    if not gap and not trailing:
        return False
    return all(t.is_lower and t.lower_ in PARTICLES for t in gap)


def loose_end(tok: Any) -> bool:
    """A last token that is no part of the name: a possessive, a small word, a number, a
    preposition of place ("Lysaker near" of "at Lysaker near Oslo"), an abbreviated role
    ("Labour MP")."""
    role = tok.text in ROLE_ABBREVIATIONS  # "Labour MP"
    return (
        tok.tag_ == "POS" or tok.lower_ in SMALL_WORDS or tok.like_num or spatial_cut(tok) or role
    )


def spatial_cut(tok: Any) -> bool:
    """Whether a token is a lower-case preposition of place, where a name ends."""
    return bool(tok.lower_ in SPATIAL_PREPS and tok.is_lower)


def possessive_institution(a: Mention, b: Mention) -> bool:
    """Whether ``a`` and ``b`` are one institution's name cut at its possessive: a name
    other than a known place or a person's named in full, its "'s", then a body's name
    ending on a school's or a church's word ("St Paul's" + "Girls' School"; never
    "Germany's" + "Siemens Gamesa")."""
    doc = a.doc
    if a.sentence is not b.sentence or b.start != a.end + 1 or doc[a.end].tag_ != "POS":
        return False
    if b.label != "ORG" or doc[b.end - 1].lower_ not in INSTITUTIONS:
        return False
    if gazetteer().lookup(a.text) is not None or a.label in ("PERSON", "GPE", "NORP"):
        return False
    return all(t.is_title or t.tag_ == "POS" for t in doc[a.start : b.end])


def acronym_spans(span: Any) -> list[tuple[int, int]]:
    """(start, index of "(") of every "Long Name (LN)" in the sentence."""
    doc = span.doc
    out = []
    for tok in span:
        if tok.text != "(" or tok.i + 2 >= span.end:
            continue
        acronym = doc[tok.i + 1].text
        if not _acronym_shaped(acronym) or doc[tok.i + 2].text != ")":
            continue
        for start in range(tok.i - 1, max(span.start, tok.i - 14) - 1, -1):
            words = doc[start : tok.i].text
            if words[:1].isupper() and abbreviates(acronym, words):  # "NASA", "DfT"
                out.append((start, tok.i))
                break
    return out


def _acronym_shaped(text: str) -> bool:
    """Whether ``text`` may be an acronym: a capital, then up to seven letters or "&" ("DfT"
    too: see clusters.abbreviates), capitals of any alphabet ("ŽSR", "ÖBB", "ČEZ")."""
    rest = text[1:].replace("&", "")
    return 2 <= len(text) <= 8 and text[0].isupper() and (not rest or rest.isalpha())
