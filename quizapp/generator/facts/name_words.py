"""Names that look like something else: a month or weekday that is a surname or a given
name ("Theresa May", "Ms June Carter", but "in May", "29 March"), a city that stands for its
team ("beating Valencia 3-1"), a player's position before a name ("Striker Mikel
Oyarzabal"), the distinctive word of an organisation's name ("Harlow" of Harlow Motors,
"Disney" of the Walt Disney Company), a lone surname left apart from its person, and a
name the model took for an organisation that the article calls "she", a surname that is
also a place ("Prime Minister Ana Jordan", "Jordan said") and a team named like a
person ("Kelby Athletic", "Castleford United").

Measured on the 21 sheets' articles (Nov 2026): the person and team rules change no
entity of them; on invented texts they turned "Which country visited the district?"
(Jordan, a prime minister) and "Who had led at half-time?" (a team, among players)
into questions on a person and an organisation.
"""

from __future__ import annotations

import calendar
import re
from typing import Any

from quizapp.generator.facts.facts import CITY, COUNTRY, ORG, PERSON, REGION, Entity, Sentence
from quizapp.generator.facts.mentions import Mention

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


# First words of a region's name that hold a country's ("North America", "South Korea"):
# never dropped as "Christian" is of "Christian Armenia"
# A people's word by its ending ("Armenian", "Danish", "Japanese", "Baltic", "Israeli"), or
# one of the few that end otherwise ("French", "Swiss").
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|ish|ese|ic|i)")
_OTHER_DEMONYMS = frozenset({"French", "Dutch", "Czech", "Swiss"})


def demonym_shaped(word: str) -> bool:
    """Whether ``word`` is shaped like a people's or nation's word ("Kenyan", "Polish",
    "Swiss"). Only a shape: "Milan" and "Tehran" have it too, so a caller wanting a
    people needs other evidence (the model's NORP label, a "JJ" tag)."""
    return word in _OTHER_DEMONYMS or _DEMONYM.fullmatch(word) is not None


COMPASS = {"north", "south", "east", "west", "central", "northern", "southern", "eastern",
           "western", "upper", "lower", "greater", "new"}  # fmt: skip
# A player's position before their name ("Striker Mikel Oyarzabal"): no part of it
SPORT_ROLES = {"striker", "winger", "goalkeeper", "midfielder", "defender", "forward",
               "captain", "coach", "referee", "skipper", "quarterback", "pitcher"}  # fmt: skip
SCORE = re.compile(r"\s*\d{1,2}\s*[-–]\s*\d{1,2}\b")
SPORT_VERBS = {"beat", "defeat", "win", "lose", "draw", "score", "thrash", "edge", "face",
               "host", "eliminate", "knock"}  # fmt: skip
GENERIC_TAILS = {"company", "corporation", "group", "motors", "energy", "airlines", "airways",
                 "holdings", "industries", "capital", "technologies", "systems", "studios",
                 "pharmaceuticals", "media", "foods", "entertainment", "enterprises", "electric",
                 "pharma", "construction", "logistics", "chemicals", "insurance"}  # fmt: skip


# Last words of a company's or a body's name ("Harlow Electric", "Kessel Motors", "Brandvik
# Holdings", "Talbrook Pharma"): a name ending so is an organisation's, never a person's,
# though it "said" or "announced" something, unless the article also uses that word alone
# as the name (a surname: "Samantha Power ... Power said")
ORG_HEAD_WORDS = GENERIC_TAILS | {
    "group", "union", "programme", "program", "organization", "organisation", "inc",
    "ministry", "bank", "council", "university", "party", "agency", "association",
    "institute", "committee", "corp", "ltd", "plc", "llc", "fund", "office", "service",
    "department", "court", "army", "forces", "police", "club", "league", "federation",
    "foundation", "times", "news", "post", "press", "college", "school", "society",
    "commission", "parliament", "assembly", "board", "authority", "network", "labs",
    "church", "electric", "electrics", "electronics", "pharma", "construction",
    "logistics", "chemicals", "telecom", "insurance", "ventures", "resources", "shipping",
    "automotive", "aerospace", "utilities", "investments", "securities", "financial",
    "bancorp", "brewery", "breweries", "textiles", "mining", "semiconductor", "partners",
    "software", "networks", "biotech", "therapeutics", "robotics", "mills", "engineering",
}  # fmt: skip


# Last words of a facility's, a device's, an award's or an event's name ("Gatwick Airport",
# "James Webb Space Telescope", "Nobel Prize", "Grand Slam", "the Rotterdam Marathon"): such
# a name is never a person's, though it "was launched", "said" or "was won" something
NEVER_PERSON_TAILS = {"telescope", "airport", "station", "bridge", "stadium", "museum", "prize",
                      "cup", "award", "slam", "trophy", "medal", "observatory", "satellite",
                      "spacecraft", "harbour", "harbor", "tunnel", "dam", "arena",
                      "cathedral", "castle", "tower", "palace", "hospital", "marathon",
                      "race", "games", "olympics", "championship", "championships",
                      "tournament", "festival", "regatta"}  # fmt: skip


def never_person(name: str) -> bool:
    """Whether a name of several words ends on a facility's, a device's or an award's word."""
    words = name.casefold().rstrip(".").split()
    return len(words) >= 2 and words[-1] in NEVER_PERSON_TAILS


# Words that say what a firm does ("Rjukli Mining Company", "Brenner Capital Partners"):
# one of them alone never names the firm, so none is its distinctive word
TRADE_WORDS = {"mining", "partners", "resources", "shipping", "ventures", "investments",
               "securities", "financial", "textiles", "semiconductor", "software", "networks",
               "biotech", "therapeutics", "robotics", "mills", "engineering", "telecom",
               "electronics", "electrics", "automotive", "aerospace", "utilities", "labs",
               "steel", "oil", "gas", "motor", "power", "brewing", "breweries", "brewery",
               "inc", "inc.", "ltd", "ltd.", "plc", "corp", "corp.", "llc", "co"}  # fmt: skip


PLAIN_NAME_WORDS = {"general", "united", "american", "british", "national", "international",
                    "royal", "first", "new", "great", "global", "standard", "universal",
                    "continental", "pacific", "atlantic", "northern", "southern", "eastern",
                    "western", "central", "federal", "european", "asian", "african", "air",
                    "the", "china", "japan", "india", "korea", "delta", "southwest"}  # fmt: skip


def distinctive(name: str) -> str:
    """The word that names an organisation without its generic tail ("Harlow" of "Harlow
    Motors", "Disney" of "Walt Disney Company"), or "" when there is none."""
    words = name.split()
    while len(words) > 1 and words[-1].casefold() in GENERIC_TAILS | TRADE_WORDS:
        words.pop()  # "Rjukli Mining Company": "Rjukli", never "Mining"
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
    person of the article with that surname ("Amina Bello"); a country or a city left
    apart is the place ("visited Jordan" beside "Michael Jordan", see actors._key)."""
    kept = []
    for e in entities:
        owners = [
            p for p in entities
            if p is not e and p.type == PERSON and " " in p.name and e.name in p.aliases
        ]  # fmt: skip
        if " " in e.name or len(owners) != 1 or e.type in (COUNTRY, CITY, REGION):
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


# Words before a name that make it a person's: "Prime Minister Ana Jordan", "Mayor
# Lincoln", "Dr Chad" (never "General" or "Saint": General Motors, Saint Lucia)
TITLE_WORDS = {"president", "minister", "chancellor", "mayor", "governor", "senator", "premier",
               "king", "queen", "prince", "princess", "pope", "emperor", "empress", "dr", "mr",
               "mrs", "ms", "miss", "prof", "professor", "sir", "dame", "lord", "lady", "coach",
               "manager", "ceo", "chairman", "chairwoman", "chairperson", "ambassador", "judge",
               "secretary", "spokesman", "spokeswoman", "spokesperson", "archbishop", "bishop",
               "cardinal", "commissioner", "councillor", "mp", "sen", "rep", "gov", "striker",
               "winger", "goalkeeper", "midfielder", "defender", "captain", "referee",
               "skipper", "founder", "director", "president-elect", "justice"}  # fmt: skip
SPOKE = {"say", "tell", "admit", "add", "insist", "deny", "promise", "claim", "explain",
         "argue", "warn", "reply", "recall", "joke", "concede", "stress"}  # fmt: skip
PLACE_BEFORE = {"in", "to", "from", "at", "near", "into", "outside", "across", "throughout",
                "within", "towards", "toward", "via"}  # fmt: skip
TRAVEL = {"visit", "tour", "leave", "enter", "invade", "reach", "occupy", "annex", "cross",
          "rule", "govern", "flee"}  # fmt: skip
# Last words of a sports team's name ("Kelby Athletic", "Castleford United", "Harwick City
# FC"); first words ("Real", "FC"); a team is an organisation, never a person
TEAM_TAILS = {"athletic", "united", "rovers", "wanderers", "albion", "rangers", "fc", "afc",
              "cf", "sc", "hotspur", "harriers", "thistle", "academicals", "athletico"}  # fmt: skip
TEAM_HEADS = {"fc", "afc", "ac", "real", "dynamo", "dinamo", "sporting", "olympique", "athletic",
              "atletico", "atlético", "racing"}  # fmt: skip
PLACE_TAILS = {"city", "town", "county"}  # "Harwick City": a team or a place, no person


def team_name(name: str, *, places: bool = True) -> bool:
    """Whether ``name`` is a sports team's: "Kelby Athletic", "X United", "Real Y"; with
    ``places``, also one that may be a place's ("Harwick City")."""
    words = name.casefold().rstrip(".").split()
    if len(words) < 2:
        return False
    tails = TEAM_TAILS | PLACE_TAILS if places else TEAM_TAILS
    return words[-1] in tails or words[0] in TEAM_HEADS


def team_cut(doc: Any, start: int, end: int) -> int:
    """Where a team's name ends inside a longer span: "Kelby Athletic Win" of a headline
    is "Kelby Athletic" (one word after the team word, no part of the name)."""
    if end - start >= 3 and doc[end - 2].lower_ in TEAM_TAILS - {"fc", "afc", "cf", "sc"}:
        return end - 1
    return end


def titled(doc: Any, start: int) -> bool:
    """Whether a title stands just before the name at ``start``: "Prime Minister Luis
    Jordan", "Mayor Lincoln", "chief executive Ana Lopes", "Mr. Chad"."""
    if start < 1:
        return False
    before = doc[start - 1]
    word = before.lower_.rstrip(".")
    if word == "executive":
        return start >= 2 and doc[start - 2].lower_ == "chief"
    return word in TITLE_WORDS and (before.is_title or before.is_lower or before.is_upper)


def speaks(root: Any) -> bool:
    """Whether the name's head word is the subject of a speech verb ("Jordan said")."""
    return bool(root.dep_ == "nsubj" and root.head.lemma_ in SPOKE)


def place_use(m: Mention) -> bool:
    """Whether a mention is used as a place: after "in", "to", "from" ..., after "of" a title
    or a noun ("the President of X", "the government of X"; not "the centre of X's line",
    where "of" governs the line), the object of "visit" or "invade", or before a common noun
    ("the X coast")."""
    doc = m.doc
    before = doc[m.start - 1] if m.start > 0 else None
    if before is not None and before.lower_ in PLACE_BEFORE:
        return True
    owner = m.end < len(doc) and doc[m.end].tag_ == "POS"  # "the centre of Wellington's line"
    if before is not None and before.lower_ == "of" and m.start >= 2 and not owner:
        noun = doc[m.start - 2]
        if noun.pos_ == "NOUN" or noun.lower_ in TITLE_WORDS:
            return True
    root = m.root
    if root.dep_ == "dobj" and root.head.lemma_ in TRAVEL:
        return True  # "visited Jordan", "invaded Poland"
    after = doc[m.end] if m.end < len(doc) else None
    return after is not None and after.pos_ == "NOUN" and after.is_lower


def person_use(m: Mention) -> bool:
    """Whether a mention is used as a person: after a title, or speaking."""
    return titled(m.doc, m.start) or speaks(m.root)
