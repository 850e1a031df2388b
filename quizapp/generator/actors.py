"""Actors: people, organisations and places, with spaCy's weak spots corrected.

spaCy's small model finds the names; the text then decides what they are:

- a lone surname ("Aliyev") is the person already named in full ("Ilham Aliyev"),
  whatever label the model gave it;
- a known country or a big city is a place even when typed as a person or an
  organisation, and "Christian Armenia" is the country Armenia;
- a long name followed by its acronym in brackets ("... in Europe (OSCE)") is
  one organisation with the acronym as its alias, even when the model cut it short;
- "X region" / "region of X" / "city of X" in the text decide a place's fine type.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from quizapp.generator.facts import (
    ACTOR,
    CITY,
    COUNTRY,
    ORG,
    PERSON,
    PLACE,
    REGION,
    Entity,
    Fact,
    Sentence,
)
from quizapp.generator.gazetteer import gazetteer

LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,7}$")
SMALL_WORDS = {"for", "and", "of", "in", "the", "on", "to", "de", "des", "du", "la", "&"}
REGION_WORDS = {"region", "province", "state", "territory", "county", "district", "enclave",
                "oblast", "governorate", "prefecture", "canton", "republic"}  # fmt: skip
CITY_WORDS = {"city", "town", "capital", "village", "port"}
# A name ending so is an event ("the Rotterdam Marathon", "the Earth Summit"), never a place,
# however the model labels it
EVENT_WORDS = {"marathon", "summit", "games", "olympics", "cup", "championship",
               "championships", "tournament", "festival", "open", "prix", "war",
               "conference", "congress", "expo", "prize", "award", "race", "rally",
               "election", "elections", "treaty", "accords", "talks"}  # fmt: skip
ANAPHORIC = {"its", "his", "her", "their", "the latter", "the former", "our", "my", "your"}
ORG_WORDS = set(
    [
        "group",
        "union",
        "programme",
        "program",
        "organization",
        "organisation",
        "company",
        "inc",
        "ministry",
        "bank",
        "council",
        "university",
        "party",
        "agency",
        "association",
        "institute",
        "committee",
        "corporation",
        "corp",
        "ltd",
        "fund",
        "office",
        "service",
        "department",
        "court",
        "army",
        "forces",
        "police",
        "club",
        "league",
        "federation",
        "foundation",
        "times",
        "news",
        "post",
        "press",
        "college",
        "school",
        "society",
        "commission",
        "parliament",
        "assembly",
        "board",
        "authority",
        "network",
        "airlines",
        "motors",
        "systems",
        "technologies",
        "labs",
        "studios",
        "media",
        "house",
        "church",
    ]
)
SPEECH_LEMMAS = {"say", "tell", "add", "write", "argue", "explain", "ask", "warn", "state"}
HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "lady"}
PLACE_PREPS = {"in", "to", "from", "at", "near", "into", "outside", "across"}


@dataclass(eq=False)
class Mention:
    """One naming of an actor: tokens ``start:end`` of ``sentence``'s doc."""

    sentence: Sentence
    start: int
    end: int
    label: str
    key: str = ""
    entity: Entity | None = field(default=None, repr=False)

    @property
    def doc(self) -> Any:
        return self.sentence.span.doc

    @property
    def text(self) -> str:
        return str(self.doc[self.start : self.end].text)

    @property
    def root(self) -> Any:
        return self.doc[self.start : self.end].root


def find_actors(sentences: list[Sentence]) -> tuple[list[Entity], list[Mention]]:
    """The actors of the article and every mention of them, in text order."""
    mentions: list[Mention] = []
    acronyms: dict[str, str] = {}
    for sentence in sentences:
        mentions.extend(_sentence_mentions(sentence, acronyms))
    mentions = [m for m in mentions if not _part_of_title(m)]
    mentions = _with_lone_surnames(mentions, sentences)
    entities = _cluster(mentions, acronyms, sentences)
    for m in mentions:
        if m.entity is not None and m.entity.type == PERSON:
            role = _role(m)
            if role and role not in m.entity.roles:
                m.entity.roles.append(role)
    return entities, [m for m in mentions if m.entity is not None]


def actor_facts(mentions: list[Mention]) -> list[Fact]:
    """One fact per mention of an actor in a usable sentence."""
    facts = []
    for m in mentions:
        entity = m.entity
        if entity is None or not m.sentence.usable:
            continue
        span = m.doc[m.start : m.end]
        start = m.sentence.local(span.start_char)
        surface = span.text
        aliases = tuple(sorted(entity.names() - {entity.name}))
        facts.append(
            Fact(ACTOR, entity.type, entity.name, m.sentence, start, start + len(surface),
                 value=entity.name, aliases=aliases, entity=entity, token=m.root)
        )  # fmt: skip
    return facts


def _sentence_mentions(sentence: Sentence, acronyms: dict[str, str]) -> list[Mention]:
    span = sentence.span
    found = [Mention(sentence, e.start, e.end, e.label_) for e in span.ents if e.label_ in LABELS]
    for long_start, paren in _acronym_spans(span):
        doc = span.doc
        acronym = doc[paren + 1].text
        long = Mention(sentence, long_start, paren, "ORG")
        acronyms[acronym] = long.text
        found = [m for m in found if m.end <= long_start or m.start >= paren] + [long]
        if not any(m.start == paren + 1 for m in found):
            found.append(Mention(sentence, paren + 1, paren + 2, "ORG"))
    cleaned = [c for m in found if (c := _clean(m)) is not None]
    return sorted(cleaned, key=lambda m: m.start)


def _part_of_title(m: Mention) -> bool:
    """ "Interior" in "Interior Minister Rodrigo Salas": a word of a title, not a body."""
    root = m.root
    return bool(
        m.end - m.start == 1
        and m.label == "ORG"
        and not root.text.isupper()
        and root.dep_ == "compound"
        and root.head.ent_type_ != "ORG"
        and root.head.is_title
    )


def _with_lone_surnames(mentions: list[Mention], sentences: list[Sentence]) -> list[Mention]:
    """Add surnames of people named in full that the model left untagged ("Best wrote")."""
    surnames = {
        m.text.split()[-1]
        for m in mentions
        if m.end - m.start >= 2 and (m.label == "PERSON" or _person_evidence(m))
    }
    taken = {(id(m.doc), i) for m in mentions for i in range(m.start, m.end)}
    added = []
    for sentence in sentences:
        for tok in sentence.span:
            if tok.text in surnames and tok.is_title and (id(tok.doc), tok.i) not in taken:
                if tok.i > sentence.span.start and tok.doc[tok.i - 1].is_title:
                    continue  # part of another name
                added.append(Mention(sentence, tok.i, tok.i + 1, "PERSON"))
    return sorted(mentions + added, key=lambda m: (m.sentence.index, m.start))


def _person_evidence(m: Mention) -> bool:
    """A two- or three-word name the model called a body, but used as a person is."""
    tokens = m.doc[m.start : m.end]
    if not 2 <= len(tokens) <= 3 or not all(t.is_title and t.is_alpha for t in tokens):
        return False
    if any(t.lower_ in ORG_WORDS for t in tokens) or gazetteer().lookup(m.text) is not None:
        return False
    root = m.root
    speaks = root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in SPEECH_LEMMAS
    titled = any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in root.children)
    return speaks or titled


def _acronym_spans(span: Any) -> list[tuple[int, int]]:
    """(start, index of "(") of every "Long Name (LN)" in the sentence."""
    doc = span.doc
    out = []
    for tok in span:
        if tok.text != "(" or tok.i + 2 >= span.end:
            continue
        acronym = doc[tok.i + 1].text
        if not ACRONYM.match(acronym) or doc[tok.i + 2].text != ")":
            continue
        for start in range(tok.i - 1, max(span.start, tok.i - 14) - 1, -1):
            words = doc[start : tok.i].text
            if words[:1].isupper() and _initials(words) == acronym.replace("&", ""):
                out.append((start, tok.i))
                break
    return out


def _initials(words: str) -> str:
    parts = [p for p in re.split(r"[\s]+", words) if p.lower() not in SMALL_WORDS]
    letters = []
    for part in parts:
        for piece in part.split("-"):
            if piece[:1].isupper():
                letters.append(piece[0])
    return "".join(letters)


def _clean(m: Mention) -> Mention | None:
    """The mention without a leading article and a religion or nationality word."""
    doc = m.doc
    while m.start < m.end and doc[m.start].lower_ in ("the", "a", "an"):
        m.start += 1
    while m.end > m.start and doc[m.end - 1].is_punct:
        m.end -= 1
    if m.start >= m.end:
        return None
    text = m.text
    if not any(ch.isupper() for ch in text) or len(text) < 2:
        return None
    first = doc[m.start]
    if (m.end - m.start == 1 and first.is_sent_start and first.pos_ != "PROPN"
            and gazetteer().lookup(text) is None):  # fmt: skip
        return None  # "Turnout rose...": a common word capitalised by its place, not a name
    places = gazetteer()
    if m.end - m.start >= 2 and places.lookup(text) is None:
        tail = doc[m.start + 1 : m.end].text
        place = places.lookup(tail)
        if place is not None and place.type == COUNTRY and doc[m.start].is_title:
            m.start += 1  # "Christian Armenia", "mostly Muslim Azerbaijan"
            m.label = "GPE"
    if m.label == "NORP":
        return m if places.lookup(m.text) is not None else None
    return m


def _cluster(
    mentions: list[Mention], acronyms: dict[str, str], sentences: list[Sentence]
) -> list[Entity]:
    places = gazetteer()
    full_names = {
        m.text
        for m in mentions
        if (m.label == "PERSON" or _person_evidence(m))
        and m.end - m.start >= 2
        and places.lookup(m.text) is None
    }
    surnames: dict[str, set[str]] = {}
    for name in full_names:
        surnames.setdefault(name.split()[-1], set()).add(name)
    for m in mentions:
        m.key = acronyms.get(m.text, m.text)
        linked = surnames.get(m.text)
        if linked and len(linked) == 1:
            m.key = next(iter(linked))
        elif linked:
            m.key = ""  # "Curie" after "Marie Curie" and "Pierre Curie": whose is unclear
    labels: dict[str, Counter[str]] = {}
    for m in mentions:
        labels.setdefault(m.key, Counter())[m.label] += 1
    text = " ".join(s.text for s in sentences)
    entities: dict[str, Entity] = {}
    for m in mentions:
        if not m.key:
            continue
        entity = entities.get(m.key)
        if entity is None:
            kind = _fine_type(m.key, labels[m.key], m, full_names, text)
            if kind is None:
                continue
            entity = entities[m.key] = Entity(m.key, kind)
        entity.mentions += 1
        m.entity = entity
        if m.text != entity.name:
            entity.aliases.add(m.text)
    for acronym, long in acronyms.items():
        if long in entities:
            entities[long].aliases.add(acronym)
    for name, entity in entities.items():
        if entity.type == PERSON and name in full_names:
            entity.aliases.add(name.split()[-1])
    return list(entities.values())


def _fine_type(
    key: str, labels: Counter[str], m: Mention, full_names: set[str], text: str
) -> str | None:
    place = gazetteer().lookup(key)
    if place is not None and place.type == COUNTRY:
        return COUNTRY
    if key in full_names:
        return PERSON
    evidence = _place_evidence(key, text)
    if evidence:
        return evidence
    top = labels.most_common(1)[0][0]
    is_place_label = labels["GPE"] + labels["LOC"] + labels["FAC"] > 0
    if place is not None and (is_place_label or _city_evidence(m, place.population)):
        return place.type
    if top == "PERSON" or (labels["PERSON"] and not is_place_label):
        return PERSON if " " in key or key[:1].isupper() else None
    if top == "ORG" or (labels["ORG"] and not is_place_label):
        return ORG
    if key.split()[-1].lower() in EVENT_WORDS:
        return None  # an event, not a place
    if labels["GPE"]:
        return REGION
    if labels["LOC"] or labels["FAC"]:
        return PLACE
    return None


def _place_evidence(name: str, text: str) -> str | None:
    """The fine type the article itself gives a place: 'the X region', 'the city of X'."""
    quoted = re.escape(name)
    for words, kind in ((REGION_WORDS, REGION), (CITY_WORDS, CITY)):
        alternatives = "|".join(sorted(words))
        after = rf"\b{quoted}\s+(?:{alternatives})\b"
        before = rf"\b(?:{alternatives})\s+of\s+{quoted}\b"
        if re.search(after, text) or re.search(before, text):
            return kind
    return None


def _city_evidence(m: Mention, population: int) -> bool:
    """A known city named by the model as a person or body, with the text agreeing."""
    previous = m.doc[m.start - 1].lower_ if m.start > 0 else ""
    return previous in PLACE_PREPS or population == 0 or population >= 1_000_000


def _role(m: Mention) -> str:
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
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        candidates.append(root.head)
    for head in candidates:
        tokens = [t for t in head.subtree if not (root.left_edge.i <= t.i <= root.right_edge.i)]
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
