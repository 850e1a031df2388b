"""Who is who: the names one actor goes by in an article, linked into one cluster.

Rules over the parse the generator already has (no coreference model): a
mention stands for the full name it is a part of when exactly one full name of
the article fits, and is left out when several do (whose it is is unclear).

- an acronym stands for the long name it follows in brackets ("... (OSCE)");
- a title before a name is not part of it ("King John" is John, "Pope
  Innocent III" is Innocent III);
- the last words of exactly one full name are that person ("Mandela",
  "de Klerk" for "F. W. de Klerk", "Van Loon" opening a sentence for "Mirte van Loon");
- a lone first name of exactly one full name is that person ("Marie" for
  "Marie Curie", unless "Marie" is also someone's surname);
- a plural surname ("the Curies") is a family, not one actor: left out;
- a lone surname that an organisation's name also holds ("Harlow" beside Albert Harlow and
  Harlow Motors, "Kelby" beside Tom Kelby and Kelby Athletic) is the person after a title
  or where "he"/"she" follows it as subject, the organisation where "it" does, else no
  one's (:func:`firm_or_person`);
- a regnal name ("Charles X Gustav") has no surname: "Charles X" is the king, "Gustav"
  alone nobody;
- the first word of exactly one longer organisation name is that
  organisation ("Northwind" for "Northwind Energy"), unless it is a place, and
  a name without its legal form or "Party" is the same one ("Apple Inc.");
- a birth name ("She was born Maria Sklodowska") is the subject's: a named one, or
  for "she"/"he" the one person the article shows to be of that gender (see
  :mod:`agreement`; none when unsure, never her husband).

A cluster's names are never distractors for each other (the distractors skip
the answer's entity) and are the accepted answers of typed questions (its
aliases). Two more names of an entity are accepted answers only (:func:`other_names`,
the parse does not link them: a typed answer is graded fairly, nothing else changes):

- a word of a two-word organisation's name that the article uses alone for it
  ("Rovers" after "Ashford Rovers", "Kelby" after "Kelby United"), when that word is no
  place, no generic head ("United" of two clubs is neither's) and in no other name of
  the article ("Harlow" beside "Harlow Motors" and "Albert Harlow": whose is unclear);
- the later name the article gives a place or body: Y of "X, now called Y", "X (now Y)",
  "X, later renamed Y", "Y, formerly X" is right for X (what X is called today), except
  where the question shows it ("___, now called Y" asks for X); never X for Y (the map
  "kept in Oslo" is not kept in Christiania).

Measured on the 17 test articles of ``tests/core/texts`` (Nov 2026), by listing
every article's entities before and after: before these rules (and the birth-name
rule of :mod:`actors`), 10 names stood apart from the actor they name ("Ada",
"Marie", "Pierre", "Becquerel", "Henri Becquerel's", "the Curies", "Northwind",
"de Klerk", "Mbeki", "Maria Sklodowska"); after them, none of those, and no two
different people were merged in any list. One split remains: "Augusta Ada King,
Countess of Lovelace" beside "Ada Lovelace" (a name built from a title). A
coreference model (spacy-experimental's needs a transformer pipeline) was not
tried: no new heavy dependency; the rules above cost nothing measurable (the
3 KB benchmark stays at 0.1-0.16 s after model load).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizapp.generator.facts.facts import ORG, PERSON, Entity
from quizapp.generator.facts.gazetteer import gazetteer
from quizapp.generator.facts.name_words import (
    PLACE_BEFORE,
    PLACE_TAILS,
    TEAM_TAILS,
    person_use,
    place_use,
    team_name,
    titled,
)
from quizapp.generator.forms.agreement import pronoun_gender

if TYPE_CHECKING:
    from quizapp.generator.facts.mentions import Mention

ORG_SUFFIXES = {"inc", "ltd", "plc", "corp", "co", "llc", "ag", "gmbh", "sa", "party"}
TITLES = {
    "king", "queen", "president", "pope", "prince", "princess", "sir", "lord", "lady", "dr",
    "mr", "mrs", "ms", "professor", "general", "emperor", "empress", "chancellor", "senator",
    "governor", "saint", "archbishop", "bishop", "captain", "judge", "dame", "count",
    "duke", "tsar", "sultan", "premier", "minister", "coach", "manager", "striker", "winger",
    "goalkeeper", "midfielder", "defender", "referee", "skipper", "quarterback", "pitcher",
    "councillor", "mayor", "admiral", "colonel", "sheriff",
}  # fmt: skip


PARTICLES = {"de", "di", "da", "del", "della", "van", "von", "der", "den", "le", "la", "du",
             "dos", "das", "ter", "ten", "bin", "al", "el"}  # fmt: skip


# The common head words of names ("the Abraham Accords", "the Geological Survey"): one of
# them alone names nothing, so it is never another name of the actor (nor a surname).
GENERIC_HEADS = {
    "accord", "agreement", "treaty", "pact", "convention", "protocol", "declaration", "act",
    "charter", "survey", "commission", "committee", "council", "authority", "agency",
    "institute", "university", "society", "association", "union", "company", "corporation",
    "group", "party", "bank", "court", "department", "ministry", "office", "service",
    "organisation", "organization", "foundation", "fund", "board", "summit", "conference",
    "war", "empire", "kingdom", "republic", "plate", "river", "lake", "mountain", "square",
    "valley", "park", "street", "bridge", "tower", "museum", "hospital", "school", "college",
    "academy", "church", "cathedral", "palace", "castle", "award", "prize", "cup", "games",
    "championship", "league", "festival", "project", "programme", "program", "plan",
    "system", "network", "station", "airport", "island", "sea", "ocean", "desert", "range",
    "basin", "province", "state", "district", "county", "region", "federation", "alliance",
    "movement", "front", "forces", "army", "navy", "congress", "assembly", "parliament",
    "senate", "bureau", "centre", "center", "laboratory", "observatory", "trust",
    "telescope", "satellite", "spacecraft", "rover", "mission", "engine", "reactor",
    "collider", "vaccine", "rocket", "aircraft", "stadium", "theatre", "theater", "library",
}  # fmt: skip


def generic_word(word: str) -> bool:
    """Whether ``word`` alone is a common head word of names ("Accords", "Survey")."""
    folded = word.casefold().strip(".")
    if re.fullmatch(r"[ivxl]+", folded):
        return True  # "III" of "Pope Leo III": a number, no surname
    return folded in GENERIC_HEADS or (folded.endswith("s") and folded[:-1] in GENERIC_HEADS)


def of_place(name: str) -> bool:
    """Whether a name ends on "of" and a place ("Count Baldwin of Flanders", "Catherine of
    Aragon"): its last word is no surname."""
    words = name.split()
    return len(words) >= 3 and words[-2] == "of"


def surname(name: str) -> str:
    """The last name with its particles: "Di Maria" of "Angel Di Maria", "de Klerk"."""
    words = name.split()
    i = len(words) - 1
    while i > 1 and words[i - 1].casefold() in PARTICLES:
        i -= 1
    return " ".join(words[i:])


ROMAN = re.compile(r"[IVXL]+")


def regnal(name: str) -> bool:
    """Whether ``name`` holds a regnal number ("Charles X Gustav", "Frederick III"): no word
    of it is a surname ("Gustav" alone is not the king)."""
    return any(ROMAN.fullmatch(w) for w in name.split()[1:])


def own_surname(name: str) -> str:
    """The surname that names the person ``name`` alone, or "" when it has none: no common
    head word ("Accords"), no place after "of" ("Flanders"), no part of a regnal name."""
    last = surname(name)
    return "" if generic_word(last) or of_place(name) or regnal(name) else last


def without_title(name: str) -> str:
    """``name`` without the titles before it ("King John" -> "John"); the name itself when
    nothing but a title would remain."""
    words = name.split()
    while len(words) > 1 and words[0].casefold().rstrip(".") in TITLES:
        words = words[1:]
    return " ".join(words)


def person_key(text: str, full_names: set[str]) -> str | None:
    """The full name ``text`` names, "" when several fit (unclear whose), None when none."""
    bare = without_title(text)
    first, _, rest = bare.partition(" ")
    if rest and first.casefold() in PARTICLES and first[:1].isupper():  # "Van Loon" opening
        lower = f"{first.casefold()} {rest}"  # a sentence is "van Loon"
        bare = lower if any(n.endswith(" " + lower) for n in full_names) else bare
    ends = {
        n for n in full_names
        if n != bare and n.endswith(" " + bare) and not n.endswith(" of " + bare)
        and not (without_title(n) == bare and bare in full_names)  # "Councillor Ruth Amble"
    }  # fmt: skip  # never "Flanders" for "Count Baldwin of Flanders"
    if len(ends) == 1:
        return next(iter(ends))  # "de Klerk" for "F. W. de Klerk", "Mandela"
    kings = {n for n in full_names if n.startswith(bare + " ")} if regnal(bare) else set()
    if len(kings) == 1:
        return next(iter(kings))  # "Charles X" for "Charles X Gustav"
    if ends:
        return ""  # "Curie" after "Marie Curie" and "Pierre Curie"
    if text in full_names or bare in full_names:
        return bare if bare in full_names else text
    if " " in bare:
        return None
    surnames = {n.split()[-1] for n in full_names}
    if bare.endswith("s") and bare[:-1] in surnames:
        return ""  # "the Curies": a family
    firsts = {n for n in full_names if n.split()[0] == bare}
    if len(firsts) == 1 and bare not in surnames:
        return next(iter(firsts))
    return "" if firsts else None


PERSON_WORDS = {"he", "him", "his", "she", "her", "hers"}
THING_WORDS = {"it", "its"}


def firm_or_person(m: Mention, person: str, org_names: set[str]) -> str:
    """Whose a lone surname is when an organisation's name holds it too ("Harlow" beside
    Albert Harlow and Harlow Motors, "Kelby" beside Tom Kelby and Kelby Athletic): the
    person after a title, or as a subject that "he"/"she" follows in its sentence ("Harlow
    built bicycles before he turned to cars"); the organisation as a subject that "it"
    follows ("Harlow said that it would ..."); else "" (unclear whose)."""
    word = without_title(m.text)
    firms = {n for n in org_names if n not in (word, person) and word in n.split()}
    if not person or " " in word or not firms or word != m.text or titled(m.doc, m.start):
        return person
    if m.root.dep_ in ("nsubj", "nsubjpass"):
        for tok in m.doc[m.end : m.sentence.span.end]:
            if tok.lower_ in PERSON_WORDS:
                return person
            if tok.lower_ in THING_WORDS:
                return next(iter(firms)) if len(firms) == 1 else ""
    return ""


SMALL_WORDS = {"for", "and", "of", "in", "the", "on", "to", "de", "des", "du", "la", "&"}


def abbreviates(short: str, name: str) -> bool:
    """Whether ``short`` is an acronym of ``name``: its letters, in order, begin the name's
    words, each word with a capital giving one letter or more, a small word ("for",
    "and") none or its first: NASA, OSCE, "DfT" (Department for Transport), "BALPA"
    (British Airline Pilots Association); never "II" of "Pope Leo II", never "Paris"."""
    letters = short.replace("&", "").replace(".", "")
    words = [p for w in name.split() for p in w.split("-") if p and p != "&"]
    if len(letters) < 2 or sum(c.isupper() for c in letters) < 2 or not letters[0].isupper():
        return False
    if len(words) < 2 or short in name.split():
        return False

    def match(i: int, j: int) -> bool:
        if j == len(words):
            return i == len(letters)
        word = words[j]
        steps = [0] if word.casefold() in SMALL_WORDS or not word[:1].isupper() else []
        for k in range(1, min(len(word), len(letters) - i) + 1):
            if letters[i : i + k].casefold() != word[:k].casefold():
                break
            steps.append(k)
        return any(match(i + k, j + 1) for k in steps)

    return match(0, 0)


def org_key(text: str, org_names: set[str]) -> str | None:
    """The one longer organisation name that ``text`` is the first word of, or else the one
    team whose last word it is ("Athletic" of "Kingsmere Athletic"), or None."""
    if " " in text:
        return None
    longer = {n for n in org_names if n.split()[0] == text and " " in n}
    if not longer and text.casefold() in TEAM_TAILS | PLACE_TAILS:
        longer = {n for n in org_names if n.split()[-1] == text and team_name(n)}
    return next(iter(longer)) if len(longer) == 1 else None


def team_of_first_word(m: Mention, org_names: set[str]) -> str | None:
    """The one team of ``org_names`` whose first word the one-word mention is ("Redmoor" of
    "Redmoor Athletic"), where no preposition makes it a place ("in Redmoor") and the gazetteer
    knows no such place; else None."""
    before = m.doc[m.start - 1].lower_ if m.start > 0 else ""
    if " " in m.text or before in PLACE_BEFORE or gazetteer().lookup(m.text) is not None:
        return None
    teams = {n for n in org_names if team_name(n, places=False) and n.split()[0] == m.text}
    return next(iter(teams)) if len(teams) == 1 else None


def with_birth_names(mentions: list[Mention], entities: list[Entity]) -> list[Entity]:
    """ "She was born Maria Sklodowska", "Ann Smith (née Jones)": a birth name is another name
    of the sentence's subject (a named person, or "she"/"he" for the person named most)."""
    people = [e for e in entities if e.type == PERSON]
    for m in mentions:
        if m.entity is None or m.entity.type != PERSON or m.start == 0:
            continue
        if m.doc[m.start - 1].lower_ not in ("born", "née", "nee"):
            continue
        target = subject_person(m, mentions, people)
        if target is None or target is m.entity:
            continue
        old = m.entity
        for other in mentions:
            if other.entity is old:
                other.entity = target
                target.mentions += 1
        target.aliases |= old.names()
        entities = [e for e in entities if e is not old]
    return entities


def subject_person(m: Mention, mentions: list[Mention], people: list[Entity]) -> Entity | None:
    root = m.sentence.span.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    if subject.lower_ in ("she", "he"):  # the one person of that gender, never a guess
        gender = pronoun_gender(subject.text)
        agreeing = [e for e in people if e.gender is not None and e.gender == gender]
        return agreeing[0] if len(agreeing) == 1 else None
    found = next((o for o in mentions if o.doc is m.doc and o.start <= subject.i < o.end), None)
    return found.entity if found is not None and found.entity in people else None


def without_suffix(name: str) -> str:
    """An organisation's name without a legal form or "Party" ("Apple Inc.": "Apple")."""
    words = name.split()
    if len(words) >= 2 and words[-1].casefold().rstrip(".") in ORG_SUFFIXES:
        return " ".join(words[:-1]).rstrip(",")
    return name


_NAME = r"[A-Z][\w'’-]*(?: (?:of |de |the )?[A-Z][\w'’-]*)*"
_RENAMED = re.compile(
    rf"({_NAME})\s*[,(]\s*(now|today|later|formerly|previously|once)\s+"
    rf"(?:(?:called|named|known as|renamed|renamed as)\s+)?({_NAME})"
)
_BEFORE = {"formerly", "previously", "once"}  # "Y, formerly X": the first name is the later


def renamed(name: str, text: str) -> set[str]:
    """The later names ``text`` gives ``name`` ("Varnholm, now called Nordby" and "Nordby,
    formerly Varnholm": {"Nordby"} for "Varnholm", nothing for "Nordby")."""
    out: set[str] = set()
    for found in _RENAMED.finditer(text):
        first, word, second = found.groups()
        old, new = (second, first) if word in _BEFORE else (first, second)
        old, new = old.removeprefix("The "), new.removeprefix("The ")
        if name == old and new != old:
            out.add(new)
    return out


def other_names(answer: str, entities: list[tuple[str, str]], text: str) -> set[str]:
    """Names of the answer's entity beyond its cluster (module docstring): a word of a
    two-word organisation's name the article uses alone, and the other name of a renamed
    place or body. ``entities``: (name, fine type) of the article's entities."""
    out = renamed(answer, text)
    names = {n for n, _ in entities}
    for org in (n for n, kind in entities if kind == ORG and len(n.split()) == 2):
        for word in org.split():
            if answer in (org, word) and _used_alone(word, org, names, text):
                out.add(word if answer == org else org)
    return out - {answer}


def _used_alone(word: str, org: str, names: set[str], text: str) -> bool:
    """Whether the article names the organisation ``org`` by its ``word`` alone."""
    if not word[:1].isupper() or generic_word(word) or gazetteer().lookup(word) is not None:
        return False
    if any(word in n.split() for n in names if n not in (org, word)):
        return False  # "Harlow" of "Harlow Motors" and of "Albert Harlow"
    alone = len(re.findall(rf"\b{re.escape(word)}\b", text))
    return alone > len(re.findall(rf"\b{re.escape(org)}\b", text))


def split_pairs(mentions: list[Mention]) -> list[Mention]:
    """ "Florey and Chain", one name to the model, is two people where either word is the
    surname of someone the article names in full ("Howard Florey"): two mentions."""
    surnames = {
        m.doc[m.end - 1].text for m in mentions if m.label == "PERSON" and m.end - m.start >= 2
    }
    out: list[Mention] = []
    for m in mentions:
        words = [m.doc[i] for i in range(m.start, m.end)]
        pair = len(words) == 3 and words[1].lower_ == "and"
        pair = pair and all(w.is_title and w.pos_ == "PROPN" for w in words[::2])
        if not pair or not {words[0].text, words[2].text} & surnames:
            out.append(m)
            continue
        out.append(type(m)(m.sentence, m.start, m.start + 1, "PERSON"))
        out.append(type(m)(m.sentence, m.end - 1, m.end, "PERSON"))
    return out


def taken_name(word: str, full_names: set[str]) -> bool:
    """A place's name or a person's surname: never also a firm's short name ("Talbrook")."""
    return gazetteer().lookup(word) is not None or any(n.endswith(" " + word) for n in full_names)


def lead_person(mentions: list[Mention], full_names: set[str]) -> str:
    """The person a biography is about: the full name that opens its first full sentence as
    its subject ("Ada Brell (1850-1910) was a Welsh engineer ..."), or ""."""
    first = next((m for m in mentions if m.sentence.usable), None)
    if first is None or first.text not in full_names or first.start != first.sentence.span.start:
        return ""
    head = first.doc[first.end - 1]
    while head.dep_ in ("compound", "flat") and head.head is not head:
        head = head.head  # "Ada Brell i Sala": the name's last word heads it
    return first.text if head.dep_ in ("nsubj", "nsubjpass") else ""


def lead_surname(m: Mention, lead: str, full_names: set[str]) -> bool:
    """Whether the lone surname ``m`` is the biography's subject ``lead`` although another
    of the article's people bears it too (her father, his brother): it is, unless the
    sentence names that other person in full ("Ada's father Tom Brell ... Brell")."""
    bare = without_title(m.text)
    if not lead or " " in bare or not lead.endswith(" " + bare):
        return False
    others = {n for n in full_names if n != lead and bare in n.split()}
    return not any(n in m.sentence.text for n in others)


def cluster_key(
    m: Mention,
    acronyms: dict[str, str],
    full_names: set[str],
    org_names: set[str],
    places_named: set[str],
    lead: str = "",
) -> str:
    """The name of the cluster ``m`` belongs to ("" when whose it is is unclear). A surname
    that is also a place ("Jordan" after "Prime Minister Ana Jordan") is the person
    where it speaks or has a title, or where the article never uses it as a place."""
    if m.text in acronyms:
        return acronyms[m.text]
    if m.text.casefold() in TEAM_TAILS and (team := org_key(m.text, org_names)):
        return team  # "Rovers", whatever the model's label, is "Harbourside Rovers"
    if (team := team_of_first_word(m, org_names)) is not None:
        return team  # "Redmoor captain Tomas Ferreira" of "Redmoor Athletic"
    person = person_key(m.text, full_names)
    person = person if person is None else firm_or_person(m, person, org_names)
    person = lead if person == "" and lead_surname(m, lead, full_names) else person
    if person is not None and (gazetteer().lookup(m.text) is None or m.text in full_names):
        return person
    if person and (person_use(m) or (m.text not in places_named and not place_use(m))):
        return person
    if m.label == "ORG" and gazetteer().lookup(m.text) is None:
        return org_key(m.text, org_names) or m.text
    return m.text
