"""Actors: people, organisations and places, with spaCy's weak spots corrected.

spaCy's small model finds the names; the text then decides what they are:

- a lone surname ("Aliyev") is the person already named in full ("Ilham Aliyev"),
  whatever label the model gave it;
- a known country or a big city is a place even when typed as a person or an
  organisation, and "Christian Armenia" is the country Armenia;
- a long name followed by its acronym in brackets ("... in Europe (OSCE)") is
  one organisation with the acronym as its alias, even when the model cut it short;
- "X region" / "region of X" / "city of X" in the text decide a place's fine type;
- a first name or a title before a surname that is also a country ("Prime Minister Luis
  Jordan") makes a person, and the bare surname is that person where it speaks, has a
  title, or the article never uses it as a place ("in Jordan", "visited Jordan");
- a sports team ("Kelby Athletic", "X United", "X City FC") is an organisation, never a
  person, whatever the model's label.

Fine typing lives in :mod:`quizapp.generator.facts.actor_types`, roles ("NATO
Secretary-General") in :mod:`quizapp.generator.facts.roles`; this module finds the
mentions and links them into entities.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from quizapp.generator import nlp
from quizapp.generator.facts.actor_types import fine_type, sure_type
from quizapp.generator.facts.biography_heads import with_biography_head
from quizapp.generator.facts.clusters import (
    TITLES,
    cluster_key,
    lead_person,
    own_surname,
    regnal,
    split_pairs,
    taken_name,
    with_birth_names,
    without_suffix,
    without_title,
)
from quizapp.generator.facts.facts import (
    ACTOR,
    CITY,
    COUNTRY,
    ORG,
    PERSON,
    REGION,
    RIVER,
    Entity,
    Fact,
    Sentence,
)
from quizapp.generator.facts.gazetteer import gazetteer
from quizapp.generator.facts.headline_names import headline_cut
from quizapp.generator.facts.list_types import typed_by_list
from quizapp.generator.facts.mentions import Mention
from quizapp.generator.facts.name_spans import acronym_spans, joined_names, loose_end, spatial_cut
from quizapp.generator.facts.name_words import (
    COMPASS,
    ORG_HEAD_WORDS,
    SPORT_ROLES,
    date_word,
    demonym_shaped,
    distinctive,
    given_month,
    merged_surnames,
    never_person,
    place_use,
    plays,
    spoken_of_as_a_person,
    team_cut,
    team_name,
    titled,
)
from quizapp.generator.facts.numbered_names import WORK_LABEL, with_numbered_names
from quizapp.generator.facts.opener_words import without_opener_words
from quizapp.generator.facts.person_evidence import (
    people_by_role,
    people_by_surname,
    with_titled_people,
)
from quizapp.generator.facts.possessor_names import without_place_possessor
from quizapp.generator.facts.roles import role_of
from quizapp.generator.facts.ruler_names import with_ruler_names
from quizapp.generator.facts.untagged_people import with_untagged_people
from quizapp.generator.facts.untagged_places import place_modifier, with_untagged_places
from quizapp.generator.facts.use_evidence import plays_person
from quizapp.generator.facts.verb_openers import without_opening_verbs
from quizapp.generator.forms.agreement import assign_agreement

LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}
ORG_WORDS = ORG_HEAD_WORDS | {"house"}
NOT_NAME_WORDS = {"republic", "democratic", "empire", "kingdom", "union", "federation",
                  "states", "grand", "prix", "national", "royal", "east", "west", "north",
                  "south"}  # fmt: skip
LEADING_PREPS = {"below", "above", "after", "before", "during", "near", "under", "over", "since",
                 "until", "between", "among", "beyond", "across", "along"}  # fmt: skip
FAITHS = {"christian", "muslim", "catholic", "orthodox", "protestant", "jewish", "buddhist",
          "hindu", "sunni", "shia", "shiite", "secular", "mostly", "largely"}  # fmt: skip
SPEECH_LEMMAS = {"say", "tell", "add", "write", "argue", "explain", "ask", "warn", "state"}


def find_actors(sentences: list[Sentence]) -> tuple[list[Entity], list[Mention]]:
    """The actors of the article and every mention of them, in text order."""
    mentions: list[Mention] = []
    acronyms: dict[str, str] = {}
    for sentence in sentences:
        mentions.extend(_sentence_mentions(sentence, acronyms))
    mentions = without_opening_verbs(mentions, " ".join(s.text for s in sentences))
    mentions = without_opener_words(mentions, sentences)  # "Glass is patient ..."
    mentions = headline_cut([m for m in mentions if not _part_of_title(m)], sentences)
    mentions = with_titled_people(mentions, sentences)  # "the Duke of X", "Admiral Y"
    mentions = with_ruler_names(mentions)  # "Philip II", "Elisabeth of Valois"
    mentions = joined_names(mentions)  # "Anatole Le Gendre", "Mats van der Linde"
    mentions = with_untagged_people(split_pairs(mentions), sentences)  # "Rosalind Elsie F..."
    mentions = with_biography_head(mentions, sentences)  # a biography's own person
    mentions = _with_lone_surnames(mentions, sentences)  # "Florey and Chain"
    mentions = with_untagged_places(mentions, sentences)  # "along the Aarhus waterfront"
    entities = _cluster(mentions, acronyms, sentences)
    assign_agreement(sentences, mentions)
    entities = people_by_surname(with_birth_names(mentions, entities))  # "Novak Djokovic"
    entities = merged_surnames(entities, mentions)
    entities = people_by_role(entities, mentions)  # "Wellington promised", "Napoleon died"
    for m in mentions:
        if m.entity is not None and spoken_of_as_a_person(m, sentences):
            m.entity.type, m.entity.sure = PERSON, True  # "Marta Vidal was ... She was born"
            m.entity.aliases |= {own_surname(m.entity.name)} - {""}
    entities = typed_by_list(entities, mentions)  # "the Brigach and the Breg", rivers
    for m in mentions:
        if m.entity is not None and m.entity.type == PERSON:
            role = role_of(m)
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
            Fact(
                ACTOR,
                entity.type,
                entity.name,
                m.sentence,
                start,
                start + len(surface),
                value=entity.name,
                aliases=aliases,
                entity=entity,
                token=m.root,
            )
        )
    return facts


def _sentence_mentions(sentence: Sentence, acronyms: dict[str, str]) -> list[Mention]:
    span = sentence.span
    found = [
        Mention(sentence, e.start, e.end, e.label_) for e in nlp.ents(span) if e.label_ in LABELS
    ]
    for long_start, paren in acronym_spans(span):
        doc = span.doc
        acronym = doc[paren + 1].text
        long = Mention(sentence, long_start, paren, "ORG")
        acronyms[acronym] = long.text
        found = [m for m in found if m.end <= long_start or m.start >= paren] + [long]
        found = [m for m in found if not (m.start == paren + 1 and m.label == "PERSON")]
        if not any(m.start == paren + 1 for m in found):  # "(DfT)" is no person's name
            found.append(Mention(sentence, paren + 1, paren + 2, "ORG"))
    found = with_numbered_names(sentence, found)  # "Voyager 2", "Apollo 11", number and all
    found = without_place_possessor(found)  # "Malawi's Constitutional Court": two names
    cleaned = [_peer(c) for m in found if (c := _clean(m)) is not None]
    cleaned = [  # "French" within "French Guiana"
        m for m in cleaned
        if not any(o is not m and o.start <= m.start and m.end <= o.end and o.end - o.start
                   > m.end - m.start for o in cleaned)
    ]  # fmt: skip
    return sorted(cleaned, key=lambda m: m.start)


def _peer(m: Mention) -> Mention:
    """ "the Duke of Wellington", "the Prince of Wales": a person named by a title of a
    place, not the place (without "the", "made Earl of Lovelace" is the title itself)."""
    doc, i = m.doc, m.start
    if i < 3 or doc[i - 1].lower_ != "of" or doc[i - 3].lower_ != "the":
        return m
    if doc[i - 2].lower_ not in PEERAGE or not doc[i - 2].is_title:
        return m
    m.start, m.label = i - 2, "PERSON"
    return m


PEERAGE = {"duke", "duchess", "earl", "countess", "marquess", "marquis", "viscount",
           "baron", "baroness", "prince", "princess"}  # fmt: skip


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
        and not regnal(m.text)  # "Adolf" of "Gustav II Adolf" is no surname
    }  # fmt: skip
    taken = {(id(m.doc), i) for m in mentions for i in range(m.start, m.end)}
    added = []
    for sentence in sentences:
        for tok in sentence.span:
            if tok.text in surnames and tok.is_title and (id(tok.doc), tok.i) not in taken:
                if tok.i > sentence.span.start and tok.doc[tok.i - 1].is_title:
                    continue  # part of another name
                if date_word(tok):
                    continue  # "in May", "29 March": Theresa May and Patrick March aside
                added.append(Mention(sentence, tok.i, tok.i + 1, "PERSON"))
    return sorted(mentions + added, key=lambda m: (m.sentence.index, m.start))


def _team_playing(m: Mention, places: Any) -> bool:
    """ "Harbour City won ..., beating X 3-2": a team the model called a place."""
    return team_name(m.text) and places.lookup(m.text) is None and plays(m)


def _person_evidence(m: Mention) -> bool:
    """A two- or three-word name the model called a body, but used as a person is."""
    tokens = m.doc[m.start : m.end]
    if not 2 <= len(tokens) <= 3 or not all(t.is_title and t.is_alpha for t in tokens):
        return False
    if any(t.lower_ in ORG_WORDS for t in tokens) or gazetteer().lookup(m.text) is not None:
        return False
    if never_person(m.text):
        return False  # "Halvard Museum said": no person
    if team_name(m.text):
        return False  # "Castleford United had led": a team
    root = m.root
    speaks = root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in SPEECH_LEMMAS
    titled = any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in root.children)
    return speaks or titled or _beside_person(m) or plays_person(m)  # "X beat <a player>"


def _beside_person(m: Mention) -> bool:
    """ "the Italian Marco Bellini", "Thabo Mbeki and de Klerk": a name after a nationality,
    or coordinated with a person. (Not after a country's possessive: "Germany's Siemens
    Gamesa" is a company.)"""
    doc, root = m.doc, m.root
    if m.start >= 1 and _demonym(doc[m.start - 1]):
        return True
    linked = [*root.conjuncts, *(c for c in root.children if c.dep_ == "appos")]
    return any(t.ent_type_ == "PERSON" for t in linked)


def _demonym(tok: Any) -> bool:
    """ "Italian", "Belgian", "Kenyan": a nationality word before a name."""
    return bool(tok.tag_ == "JJ" and demonym_shaped(tok.text))


def _clean(m: Mention) -> Mention | None:
    """The mention without a leading article and a religion or nationality word."""
    doc = m.doc
    while m.start < m.end and doc[m.start].lower_ in ("the", "a", "an"):
        m.start += 1
    cuts = (i for i in range(m.start, m.end) if doc[i].text == "," or spatial_cut(doc[i]))
    comma = next(cuts, None)
    if comma is not None:
        m.end = comma  # "Auckland Town Hall, Ardern", "Lysaker near Oslo": never one name
    while (
        m.end > m.start
        and m.label != WORK_LABEL
        and (doc[m.end - 1].is_punct or loose_end(doc[m.end - 1]))
    ):
        m.end -= 1  # "Henri Becquerel's", "National Party of the", "West Germany 4"
    while m.end - m.start >= 2 and _loose_start(m):
        m.start += 1  # "Below Belgrade", "Italian Marco Bellini"
    if m.start >= m.end:
        return None
    if m.label == "PERSON" and given_month(doc, m.start):
        m.start -= 1  # "Ms June Carter": the model took "June" for a date
    text = m.text
    if not any(ch.isupper() for ch in text) or len(text) < 2:
        return None
    if without_title(text) == text and text.casefold() in TITLES | {"earl", "baron", "countess"}:
        return None  # "Earl" of "Earl of Lovelace": a title alone
    first = doc[m.start]
    if (
        m.end - m.start == 1
        and first.is_sent_start
        and first.pos_ != "PROPN"
        and gazetteer().lookup(text) is None
    ):
        return None  # "Turnout rose...": a common word capitalised by its place, not a name
    places = gazetteer()
    if m.end - m.start >= 2 and places.lookup(text) is None and not _named_person(m):
        tail = doc[m.start + 1 : m.end].text
        place = places.lookup(tail)
        compass = doc[m.start].lower_ in COMPASS  # "North America", "South Korea"
        if place is not None and place.type == COUNTRY and doc[m.start].is_title and not compass:
            m.start += 1  # "Christian Armenia", "mostly Muslim Azerbaijan"
            m.label = "GPE"
    if m.start >= 1 and doc[m.start - 1].is_title and places.lookup(text) is None:
        whole = places.lookup(f"{doc[m.start - 1].text} {text}")
        if whole is not None and doc[m.start - 1].pos_ in ("PROPN", "ADJ"):
            m.start, m.label = m.start - 1, "GPE"  # "French Guiana" the model cut to "Guiana"
    m.end = team_cut(doc, m.start, m.end)  # "Kelby Athletic Win" of a headline
    if team_name(m.text) and m.label == "PERSON":
        m.label = "ORG"  # "Kelby Athletic", "Castleford United": a team, never a person
    if m.label == "NORP" and m.end - m.start == 1 and place_modifier(doc[m.start]):
        m.label = "GPE"  # "the Aarhus waterfront": a city's name the model took for a people's
    if m.label == "NORP":
        return m if places.lookup(m.text) is not None else None
    return m


def _named_person(m: Mention) -> bool:
    """ "Prime Minister Ana Jordan", "Ana Jordan" labelled a person: a first name
    before a surname that is also a country, never a word to drop as in "Christian Armenia"."""
    first = m.doc[m.start]
    if titled(m.doc, m.start):
        return True
    faith = first.lower_ in FAITHS or _demonym(first)
    return m.label == "PERSON" and not faith


def _loose_start(m: Mention) -> bool:
    """A first token that is no part of the name: a preposition ("Below Belgrade"), or a
    nationality before a person's name of two words ("Italian Marco Bellini")."""
    tok = m.doc[m.start]
    if tok.pos_ == "ADP" or tok.lower_ in LEADING_PREPS:
        return True
    rest = m.doc[m.start + 1 : m.end]
    two_names = len(rest) == 2 and all(t.is_title and t.tag_ == "NNP" for t in rest)
    plain = two_names and not any(t.lower_ in ORG_WORDS | NOT_NAME_WORDS for t in rest)
    return (_demonym(tok) or tok.lower_ in SPORT_ROLES) and plain


def _named_after(m: Mention, at: int, first: dict[str, int], full_names: set[str]) -> str:
    """The thing a lone word names where the article has so far named only a thing with
    that word, never the person it is named after: "Webb observes in infrared light" after
    "the James Webb Space Telescope", before "James E. Webb" is named ("" otherwise)."""
    if " " in m.text or not m.text[:1].isupper():
        return ""
    named = [n for n, i in first.items() if i < at and " " in n and m.text in n.split()]
    things = [n for n in named if never_person(n)]
    people = [n for n in named if n in full_names]
    return things[0] if len(things) == 1 and not people else ""


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
        and not never_person(m.text)
    }
    org_names = {m.text for m in mentions if m.end - m.start >= 2 and m.label == "ORG"}
    org_names |= {m.text for m in mentions if m.end - m.start >= 2 and _team_playing(m, places)}
    first: dict[str, int] = {}
    for i, m in enumerate(mentions):
        first.setdefault(m.text, i)
    places_named = {m.text for m in mentions if place_use(m)}  # "in Jordan"
    lead = lead_person(mentions, full_names)  # a lone surname the family shares is this one
    for i, m in enumerate(mentions):  # "Northwind" after "Northwind Energy" is that company;
        named_before = {n for n in org_names if first[n] < first[m.text] or team_name(n)}  # a
        # team's too: "Rovers" of a headline before "Harbourside Rovers";
        # "Microsoft Gaming", is not
        thing = _named_after(m, i, first, full_names)
        m.key = thing or cluster_key(m, acronyms, full_names, named_before, places_named, lead)
    labels: dict[str, Counter[str]] = {}
    for m in mentions:
        labels.setdefault(m.key, Counter())[m.label] += 1
    text = " ".join(s.text for s in sentences)
    by_key: dict[str, list[Mention]] = {}
    for m in mentions:
        by_key.setdefault(m.key, []).append(m)
    entities: dict[str, Entity] = {}
    for m in mentions:
        if not m.key:
            continue
        entity = entities.get(m.key)
        if entity is None:
            kind = fine_type(m.key, labels[m.key], by_key[m.key], full_names, text)
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
        has_acronym = name in acronyms.values()
        sure = sure_type(name, entity.type, by_key[name], has_acronym, entity.names())
        entity.sure = sure or (entity.type == PERSON and entity.mentions >= 3)  # "Lovelace"
        if entity.type in (CITY, REGION) and any(plays(m) for m in by_key[name]):
            entity.sure = False  # "beating Valencia 3-1": a team, not the city (a country
            # that plays is its national side: "England beat West Germany", sure as one)
    for name, entity in entities.items():
        own = own_surname(name)  # never "Accords", "Flanders", "Gustav" of Charles X Gustav
        if entity.type == PERSON and (name in full_names or " " in name) and own:
            entity.aliases.add(own)
        if entity.type == RIVER and " " not in name:
            entity.aliases.add(f"{name} River")  # "Danube River" is the Danube
        short = without_suffix(name)
        if entity.type == ORG and short != name and gazetteer().lookup(short) is None:
            entity.aliases.add(short)  # "Apple Inc." is Apple, "the Labour Party" Labour
        head = distinctive(short)
        if entity.type == ORG and head and not taken_name(head, full_names):
            entity.aliases.add(head)  # "Harlow Motors" is Harlow, "Walt Disney Company" Disney
    return list(entities.values())
