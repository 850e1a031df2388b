"""What the article's own use of a name says it is, whatever the small model's label.

- a person: a role noun beside the name ("Nordvale Energy's chief executive, Hanne
  Lisvik", "the novelist Agnes Verrall", "Zenobia, the queen of Palmyra"), a relative
  clause on "who" ("Tetricus, who had ruled ..."), or a verb only people take ("Aurelian
  was crowned", "Charlemagne reigned", see :mod:`person_evidence`);
- a place: a name only ever used where places stand ("near Marrowby", "at Dunholt", "a
  painter from Cremona", "the villages of Ashcombe and Pellingford", "pharmacies in
  Selworth and Brantham",
  "the queen of Palmyra", "the battle of Immae"), never speaking or with a title; a town
  or a village when the article calls it one;
- a team: a score after it or, in a sentence about a match (a match word or a score that
  is no vote's tally), a match verb or a result ("beat Ridley 2-0", "drew with X", "lost
  to X", "wrapped up a series victory over X"); a country so used is its national side
  (see :mod:`national_sides`).

Measured (Dec 2026) on seven invented articles (a results story, a local flood story,
a Roman history, a ship and a novel, a football report, an obituary, a wind-farm deal):
see the tests in ``tests/core/test_generator_types_*.py``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from quizapp.generator.facts.name_words import SCORE, SPORT_VERBS, speaks, titled

if TYPE_CHECKING:
    from quizapp.generator.facts.mentions import Mention

# Nouns said of a person only: beside a name ("the novelist X", "X, the queen of Y")
ROLE_NOUNS = {
    "executive", "chairman", "chairwoman", "founder", "co-founder", "director", "president",
    "minister", "king", "queen", "emperor", "empress", "prince", "princess", "pope",
    "novelist", "writer", "author", "poet", "painter", "artist", "engineer", "scientist",
    "chemist", "physicist", "biologist", "mathematician", "economist", "historian",
    "manager", "coach", "striker", "midfielder", "goalkeeper", "defender", "winger",
    "captain", "spokesman", "spokeswoman", "spokesperson", "mayor", "councillor", "senator",
    "governor", "wife", "husband", "son", "daughter", "widow", "widower", "mother", "father",
    "brother", "sister", "ruler", "tsar", "sultan", "general", "admiral", "bishop",
    "archbishop", "singer", "actress", "performer", "composer", "architect", "lawyer", "judge",
    "farmer", "teacher", "doctor", "nurse", "politician", "explorer", "inventor", "pilot",
    "sailor", "soldier", "officer", "philosopher", "journalist", "reporter", "chancellor",
    "usurper", "pharaoh", "commander", "player", "batsman", "runner", "athlete", "champion",
    "entrepreneur", "businessman", "businesswoman", "heir", "dancer", "chef", "priest",
    "naturalist", "astronomer", "botanist", "geologist", "zoologist", "geographer",
    "cartographer", "surveyor", "navigator", "physician", "surgeon", "astronaut", "monk",
    "missionary", "scholar", "brewer", "merchant", "student", "professor", "researcher",
}  # fmt: skip
PERSON_RELATIVES = {"who", "whom", "whose"}
# Works and verbs whose "by X" names their author, a person ("a novel by X", "painted by X")
AUTHORED = {"novel", "poem", "painting", "symphony", "opera", "memoir", "sonata", "portrait",
            "write", "paint", "compose", "sculpt", "choreograph"}  # fmt: skip
# Prepositions before a place ("near Marrowby"); "to", "for" and "by" are said of firms too
PLACE_PREPS = {"in", "near", "at", "outside", "around", "throughout", "across", "off", "from",
               "within", "towards", "toward", "through", "via"}  # fmt: skip
# Heads of "in X"/"at X"/"from X" that make X a firm or a team, not a place
NOT_PLACE_HEADS = {"stake", "share", "investment", "invest", "interest", "analyst", "economist",
                   "strategist", "official", "executive", "engineer", "worker", "employee",
                   "staff", "researcher", "job", "role", "buy", "order", "offer", "bid",
                   "loan", "director", "chief", "head", "shareholder", "spokesman",
                   "spokeswoman", "spokesperson", "work", "join", "serve", "intern", "career",
                   "position", "post"}  # fmt: skip
# Heads of "from X" that make X a place ("families from Pellingford", "fled from X")
FROM_PLACE = {"family", "people", "resident", "refugee", "visitor", "villager", "man", "woman",
              "child", "farmer", "fisherman", "pupil", "flee", "move", "travel", "return",
              "evacuate", "sail", "march", "drive", "walk", "fly", "escape", "come"}  # fmt: skip
# People named by where they come from ("a painter from Cremona", "a merchant from X"); not
# those one is "from" an employer or a team as ("an engineer from X", "a player from X")
ORIGIN_NOUNS = {"painter", "artist", "poet", "writer", "novelist", "composer", "sculptor",
                "architect", "merchant", "nobleman", "noblewoman", "noble", "aristocrat",
                "peasant", "girl", "boy", "native", "emigrant", "immigrant", "settler", "monk",
                "nun", "friar", "priest", "knight", "craftsman", "goldsmith", "weaver",
                "philosopher", "scholar", "mathematician", "astronomer", "naturalist",
                "explorer", "navigator", "trader", "widow", "orphan", "saint", "engraver",
                "illustrator", "musician", "playwright", "dramatist"}  # fmt: skip
TO_PLACE = {"exile", "exiled", "banish", "deport", "flee", "move", "travel", "sail", "return",
            "emigrate", "march", "fly", "evacuate", "retreat", "withdraw", "journey"}  # fmt: skip
# Nouns before "of X" that make X a place ("the villages of X", "the queen of X")
PLACE_OF = {"town", "village", "city", "port", "battle", "siege", "outskirts", "suburb",
            "centre", "center", "mayor", "king", "queen", "emperor", "governor", "people",
            "resident", "province", "region", "capital", "streets", "harbour", "coast",
            "north", "south", "east", "west", "heart", "edge", "bishop", "duke", "sack",
            "fall", "ruler", "inhabitant", "island", "isle"}  # fmt: skip
# Heads of "in X" that make X a place even where the model calls X a body ("police in X")
LOCAL_HEADS = {"police", "resident", "people", "family", "villager", "home", "house", "street",
               "school", "hospital", "flood", "rain", "storm"}  # fmt: skip
TOWN_WORDS = {"town", "village", "city", "port", "hamlet", "suburb"}
# Words that make a sentence one about a match, where a match verb's sides are teams
MATCH_WORDS = {"final", "semi-final", "match", "cup", "league", "game", "goal", "innings",
               "wicket", "tournament", "overtime", "half-time", "fixture", "medal"}  # fmt: skip
# Verbs whose subject or object is a side in a match sentence ("bowled X out", "drew with X")
SIDE_VERBS = SPORT_VERBS | {"bowl", "tie", "play", "concede", "outplay"}
# A result a side wins ("X wrapped up a series victory over Y", "X won the title")
RESULT_NOUNS = {"victory", "win", "series", "title", "trophy", "medal", "championship", "match",
                "game", "draw"}  # fmt: skip
TALLY_WORDS = {"vote", "ballot", "verdict", "ruling", "majority", "election", "motion", "poll"}
SIDE_PREPS = {"to", "with", "against", "over"}  # "lost to X", "drew with X", "a win over X"


def role_person(m: Mention) -> bool:
    """Whether a role noun of people stands beside the name ("the novelist Agnes Verrall",
    "its chief executive, Hanne Lisvik", "Zenobia, the queen of Palmyra"), or a relative
    clause on "who" follows it ("Tetricus, who had ruled the west")."""
    root, doc = m.root, m.doc
    nouns = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        nouns.append(root.head)
    if m.start > 0 and doc[m.start - 1].pos_ == "NOUN" and doc[m.start - 1].is_lower:
        nouns.append(doc[m.start - 1])  # "the novelist Agnes Verrall"
    if any(n.lemma_.casefold() in ROLE_NOUNS for n in nouns):
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.head.lemma_ in AUTHORED:
        return True  # "a novel by Agnes Verrall", "a poem written by X": its author
    if origin(m):
        return False  # "a painter from Cremona who became ...": the painter's clause
    return any(
        c.dep_ == "relcl" and c.tag_ != "VBP" and _who(c) for c in root.children
    )  # "Tetricus, who had ruled" (not a team's "Kelby, who have won")


def _who(clause: Any) -> bool:
    return any(t.lower_ in PERSON_RELATIVES and t.i < clause.i for t in clause.subtree)


def place_mention(m: Mention) -> str:
    """ "town" where the mention stands as a town ("the villages of X", "X, a market town"),
    "place" where it stands as a place ("near X", "in X and Y"), else ""."""
    tok = m.root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head  # "Brantham" of "in Selworth and Brantham"
    if any(c.dep_ == "appos" and c.lemma_.casefold() in TOWN_WORDS for c in tok.children):
        return "town"
    if tok.dep_ != "pobj":
        return ""
    prep, head = tok.head, tok.head.head
    if prep.lower_ == "of" and head.pos_ == "NOUN":
        lemma = head.lemma_.casefold()
        return "town" if lemma in TOWN_WORDS else "place" if lemma in PLACE_OF else ""
    local = head.lemma_.casefold() in LOCAL_HEADS  # "Police in Alesund said"
    if prep.lower_ == "in" and m.label == "ORG" and tok.i == m.root.i and not local:
        return ""  # "a stake in Voltline", "this time in Chemistry": "in" a body or a field
    if prep.lower_ == "to" and head.lemma_.casefold() in TO_PLACE:
        return "place"  # "exiled to Elba", "moved to Dunholt" (never "sold to Kessel")
    if prep.lower_ not in PLACE_PREPS or head.lemma_.casefold() in NOT_PLACE_HEADS:
        return ""
    if prep.lower_ == "from" and head.lemma_.casefold() not in FROM_PLACE and not origin(m):
        return ""  # "bought from Kessel", "a statement from Nordlys": firms
    return "place"


def origin(m: Mention) -> bool:
    """Whether the name is where a person comes from: the object of "from" after a noun of
    :data:`ORIGIN_NOUNS` ("a painter from Cremona"), or after "was" whose predicate is one
    (the parse may hang "from" on the verb: "X was a Flemish engraver from Oudwater")."""
    root = m.root
    if root.dep_ != "pobj" or root.head.lower_ != "from":
        return False
    head = root.head.head
    if head.lemma_ == "be":
        head = next((c for c in head.children if c.dep_ == "attr"), head)
    return bool(head.lemma_.casefold() in ORIGIN_NOUNS)


def used_as_place(mentions: list[Mention], text: str = "") -> str:
    """ "town" or "place" when the name stands as a place and never as a speaker or a
    titled person or a team, nor as the end of a title in ``text`` (the article), else ""."""
    name = mentions[0].text if mentions else ""
    titles = re.search(rf"\w \w+ [A-Z]\w+ in {re.escape(name)}\b", text) if name else None
    if titles or any(_in_a_title(m) for m in mentions):
        return ""  # "the Nobel Prize in Chemistry": a field, no place
    uses = [place_mention(m) for m in mentions]
    if not any(uses) or any(speaks(m.root) or titled(m.doc, m.start) for m in mentions):
        return ""
    if any(plays(m) for m in mentions) or any(role_person(m) for m in mentions):
        return ""
    if sum(1 for u in uses if u) * 2 < len(uses):
        return ""
    return "town" if "town" in uses else "place"


def _in_a_title(m: Mention) -> bool:
    """Whether the name follows "in" after a proper noun: "Prize in Chemistry"."""
    root = m.root
    prep = root.head
    return bool(root.dep_ == "pobj" and prep.lower_ == "in" and prep.head.pos_ == "PROPN")


def plays(m: Mention) -> bool:
    """Whether the name is a team's: a score after it ("beat Ridley 2-0"), or, in a sentence
    with a score or a match word, the subject or object of a match verb ("drew with X",
    "lost to X"), or the subject of a result ("wrapped up a series victory over X")."""
    doc, root = m.doc, m.root
    if plays_person(m):
        return False  # "Mara Kovich beat Lena Strand 6-3": a player, no team
    if SCORE.match(doc[m.end : m.end + 3].text):
        return True
    head = root.head
    if root.dep_ == "nsubj" and any(
        c.dep_ == "advcl" and c.lemma_ in SPORT_VERBS and _scored(c) for c in head.children
    ):
        return True  # "X ended a long wait, beating Y 3-1"
    if not _match_sentence(m):
        return False
    if root.dep_ in ("nsubj", "dobj") and head.lemma_ in SIDE_VERBS:
        return True
    if root.dep_ == "nsubj" and any(
        c.dep_ == "dobj" and c.lemma_ in RESULT_NOUNS for c in head.children
    ):
        return True  # "X wrapped up a 2-0 series victory"
    return bool(
        root.dep_ == "pobj"
        and head.lower_ in SIDE_PREPS
        and head.head.lemma_ in SIDE_VERBS | RESULT_NOUNS
    )  # "lost to X", "drew with X", "a victory over X"


def _match_sentence(m: Mention) -> bool:
    """Whether the mention's sentence tells of a match: a match word or a score in it (not
    a vote's tally: "the council backed the plan 9-2")."""
    doc = m.doc
    words = {t.lemma_.casefold() for t in m.sentence.span}
    if words & MATCH_WORDS:
        return True
    return not words & TALLY_WORDS and any(
        SCORE.match(doc[t.i : t.i + 3].text) for t in m.sentence.span if t.like_num
    )


def _scored(verb: Any) -> bool:
    """Whether a score stands in the clause of ``verb`` ("beating Y 3-1")."""
    doc = verb.doc
    return any(t.like_num and SCORE.match(doc[t.i : t.i + 3].text) for t in verb.subtree)


def plays_person(m: Mention) -> bool:
    """Whether a name of two words plays against a person: the subject or object of a match
    verb whose other side the model calls a person named in full ("Mara Kovich beat Lena
    Strand 6-3", "lost to Lena Strand"): a player, never a team."""
    root = m.root
    while root.dep_ == "compound" and root.head.i != root.i and root.head.pos_ == "PROPN":
        root = root.head  # "Novak" of "Novak Djokovic", the model's name cut short
    if m.end - m.start < 2 and root is m.root:
        return False  # "Castlemoor beat Ridley 2-0": one word may be a town's team
    verb = root.head
    if root.dep_ not in ("nsubj", "dobj") or verb.lemma_ not in SPORT_VERBS:
        return False
    others = [c for c in verb.children if c.dep_ in ("nsubj", "dobj") and c.i != root.i]
    others += [
        t for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "against")
        for t in c.children if t.dep_ == "pobj"
    ]  # fmt: skip
    people = {t.text for e in m.doc.ents if e.label_ == "PERSON" and len(e) >= 2 for t in e}
    return any(t.text in people for t in others)  # "Alcaraz" of "Carlos Alcaraz", a person
