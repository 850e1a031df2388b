"""Whether a wrong answer from the article fits the answer's sphere, not only its type.

A party is offered for a party and a court for a court (by the head noun of
the name: "Electoral Commission" is a public body, "Liberal Alliance" a
party); a country or city of the answer's continent for a place; and for a
person, people who do what the answer does: other subjects of the same verb
("scored", "equalised") or of any verb first, people of the same role next,
people the article only names in passing (a queen who handed over a trophy)
last, and never for a doer. Another name of the answer, or a name sharing one
of its words ("Pierre Curie" for "Marie Curie"), is never a choice.
"""

from __future__ import annotations

import re
from typing import Any

from quizapp.generator.facts.clusters import PARTICLES
from quizapp.generator.facts.facts import ACTOR, CITY, COUNTRY, QUOTE, Entity, Fact
from quizapp.generator.facts.gazetteer import gazetteer

# Head nouns of organisation names, by the sort of body they name.
ORG_KINDS = {
    "party": "party alliance front movement coalition congress",
    "legislature": "parliament senate assembly house chamber duma diet storting bundestag",
    "court": "court tribunal",
    "public body": "commission committee agency authority office department ministry board "
    "bureau service administration directorate council inspectorate",
    "international body": "organization organisation union community association federation "
    "league bloc programme program fund",
    "bank": "bank",
    "company": "company corporation corp inc ltd plc holdings airlines airways motors industries",
    "school": "university college institute school academy laboratory observatory",
    "armed force": "army navy force forces guard corps regiment",
    "news outlet": "news times post herald journal press broadcasting television radio",
    "club": "club fc",
    "hospital": "hospital clinic infirmary",
    "museum": "museum library gallery archive",
}
ACRONYM, INTERNATIONAL = "acronym", "international body"
ORG_KIND = {word: kind for kind, words in ORG_KINDS.items() for word in words.split()}
CONNECTORS = {"of", "for", "in", "on", "and", "&", "at", "to"}
# "scored" and "equalised" are one sort of deed: subjects of either are likely choices
VERB_FAMILIES = [
    {"score", "equalise", "equalize", "head", "net", "shoot", "convert"},
    {"win", "beat", "defeat", "lose", "finish", "take", "claim", "retain"},
    {"say", "tell", "add", "write", "argue", "explain", "ask", "warn", "state", "reply"},
    {"found", "establish", "create", "set", "launch", "start", "build", "design"},
    {"discover", "invent", "identify", "isolate", "find", "develop", "describe", "name"},
    {"lead", "rule", "govern", "head", "command", "chair", "run"},
    {"elect", "appoint", "name", "choose", "nominate"},
]
SUBJECT = ("nsubj", "nsubjpass")
# Verbs of talking about a deed, not doing one ("praised", "admitted"): a manager's too.
SPEECH = VERB_FAMILIES[2] | VERB_FAMILIES[6] | {
    "admit", "praise", "blame", "criticise", "criticize", "thank", "hail", "insist",
    "concede", "claim", "call", "urge", "promise", "describe", "complain", "believe",
}  # fmt: skip
# Roles by the sort of person who holds them: never a manager among players, nor a
# referee among either ("Who was the visitors' keeper?" offers other players only).
ROLE_SORTS = {
    "player": "player keeper goalkeeper goalie striker forward winger midfielder defender "
    "centre-back center-back full-back fullback captain skipper substitute playmaker "
    "quarterback pitcher batsman batter bowler jockey rider",
    "staff": "manager coach boss trainer",
    "official": "referee umpire linesman",
}
ROLE_SORT = {word: sort for sort, words in ROLE_SORTS.items() for word in words.split()}


def org_kind(entity: Entity | None, name: str) -> str:
    """The sort of body an organisation's name says it is ("court"), else its head word
    ("Group"); ACRONYM for a bare acronym ("NATO"), "" for a bare name ("Reuters")."""
    names = [name] if entity is None else [name, *sorted(entity.names(), key=len, reverse=True)]
    for text in names:
        words = [w for w in re.findall(r"[\w&'-]+", text) if w[:1].isalpha() or w == "&"]
        if len(words) == 1 and words[0].casefold() in ORG_KIND:
            return ORG_KIND[words[0].casefold()]  # "the Senate"
        if len(words) < 2:
            continue  # "NATO": its expansion, where the article gives it, tells the sort
        cut = next((i for i, w in enumerate(words) if w.casefold() in CONNECTORS and i), None)
        head = (words[:cut] if cut else words)[-1].casefold()
        return str(ORG_KIND.get(head, head))
    return ACRONYM if name.isupper() and len(name) > 1 else ""


def orgs_alike(fact: Fact, other: Entity) -> bool:
    """Whether ``other`` is the same sort of body as the fact's organisation: never a bare
    name (a person or a thing the model took for a body as often as a company), an acronym
    only beside an acronym or an international body ("NATO", "OSCE", "European Union")."""
    a, b = org_kind(fact.entity, fact.answer), org_kind(other, other.name)
    if ACRONYM in (a, b):
        return {a, b} <= {ACRONYM, INTERNATIONAL}
    return bool(a) and a == b


def continent(name: str) -> str:
    """The continent code of a known country or city ("EU"), "" when unknown."""
    places = gazetteer()
    place = places.lookup(name)
    if place is None or not place.country:
        return ""
    country = places.countries.get(place.country)
    return str(country["continentcode"]) if country else place.continent


def same_region(answer: str, choice: str) -> bool:
    """A place of the answer's continent (or of unknown continent): never Taiwan for the
    home of a German company."""
    a, c = continent(answer), continent(choice)
    return not a or not c or a == c


def foreign_place(fact: Fact, facts: list[Fact]) -> bool:
    """Whether the answer's name is read as a place of another continent than every other
    place the article surely names ("Norman", a city in Oklahoma, beside England and Norway;
    "Waterloo", Ontario, beside Brussels and Paris): the article means another place of
    that name, or no place, and cities near the wrong one are no choices."""
    mine = continent(fact.answer)
    if not mine:
        return False
    others = {
        continent(f.answer)
        for f in facts
        if f.type in (COUNTRY, CITY)
        and f.answer != fact.answer
        and (f.entity is None or f.entity.sure)
    }
    others.discard("")
    return bool(others) and mine not in others


def prominent_countries(answer: str, names: list[str]) -> list[str]:
    """Of ``names`` (countries near the answer), those big enough to be a likely guess: at
    least a tenth of the answer's people, and ten million or a third of them."""
    places = gazetteer()
    place = places.lookup(answer)
    if place is None or place.country not in places.countries:
        return names
    size = int(places.countries[place.country]["population"] or 0)
    least = max(size / 10, min(10_000_000, size / 3))
    by_name = {
        str(c["name"]).removeprefix("The "): int(c["population"] or 0)
        for c in places.countries.values()
    }
    return [n for n in names if by_name.get(n, 0) >= least]


def name_words(names: set[str]) -> set[str]:
    """The words of a person's names that tell them apart (no particles, no initials)."""
    words = {w.casefold().strip(".,'") for n in names for w in n.split()}
    words |= {part for w in words for part in w.split("-")}
    return {w for w in words if len(w) > 2 and w not in PARTICLES}


def shares_name(fact: Fact, choice: str) -> bool:
    """Whether ``choice`` is, or shares a name word with, the answer ("Augusta Ada King" for
    "Ada Lovelace", "Irène Joliot-Curie" for "Marie Curie")."""
    names = {fact.answer, *fact.aliases}
    if fact.entity is not None:
        names |= fact.entity.names()
    return bool(name_words(names) & name_words({choice}))


def contains(answer: str, choice: str) -> bool:
    """Whether one holds the other as whole words ("East Germany" and "Germany")."""
    a, c = f" {answer.casefold()} ", f" {choice.casefold()} "
    return a != c and (a in c or c in a)


def abbreviates(short: str, long: str) -> bool:
    """Whether ``short`` is the acronym of ``long`` ("WHO" of "World Health Organization",
    "ECB" of "the European Central Bank"): another name of the answer, never a choice."""
    letters = short.replace(".", "").replace("&", "")
    if not (2 <= len(letters) <= 8 and letters.isupper() and letters.isalpha()):
        return False
    words = [w for w in re.findall(r"[\w'-]+", long) if w.casefold() not in CONNECTORS | {"the"}]
    initials = "".join(w[0] for w in words if w[:1].isalpha()).upper()
    return len(words) >= 2 and initials == letters.upper()


Deeds = dict[int, tuple[set[str], bool]]
_deeds_of: list[tuple[list[Fact], Deeds]] = []


def _deeds(entity: Entity, facts: list[Fact]) -> tuple[set[str], bool]:
    """The verbs ``entity`` is the subject of, and whether it ever speaks in a quote (read
    once per list of facts, so that a long article is not walked per choice)."""
    if not _deeds_of or _deeds_of[0][0] is not facts:
        found: Deeds = {}
        for f in facts:
            if f.entity is None:
                continue
            verbs, speaks = found.setdefault(id(f.entity), (set(), False))
            verb = _verb_of(f.token) if f.kind == ACTOR else ""
            if verb:
                verbs.add(verb)
            if f.kind == QUOTE and not speaks:
                found[id(f.entity)] = (verbs, True)
        _deeds_of[:] = [(facts, found)]
    return _deeds_of[0][1].get(id(entity), (set(), False))


def _role_heads(entity: Entity) -> set[str]:
    heads = set()
    for role in entity.roles:
        words = role.split(",")[0].split()
        if words:
            heads.add(words[-1].casefold())
    return heads


def role_sort(entity: Entity | None) -> str:
    """The sort of person ``entity``'s roles say it is ("player" for "Athletic keeper",
    "staff" for "Rovers manager"), "" when no role tells."""
    sorts = {ROLE_SORT.get(head, "") for head in _role_heads(entity)} if entity else set()
    sorts.discard("")
    return sorts.pop() if len(sorts) == 1 else ""


def other_sort(fact: Fact, other: Entity, facts: list[Fact]) -> bool:
    """Whether ``other`` holds a role of another sort than the asked person's: a manager
    offered for "Who was the Athletic keeper?". In an article that names both players and
    staff by their roles, a person it gives no role who does a deed other than talking
    ("rose highest", "swung in a corner") is a player."""
    both = {"player", "staff"} <= {role_sort(f.entity) for f in facts if f.entity is not None}
    mine = _sort_of(fact.entity, facts, both) if fact.entity is not None else ""
    theirs = _sort_of(other, facts, both)
    return bool(mine) and bool(theirs) and mine != theirs


def _sort_of(entity: Entity, facts: list[Fact], both: bool) -> str:
    sort = role_sort(entity)
    if sort or not both:
        return sort
    verbs, _ = _deeds(entity, facts)
    return "player" if verbs - SPEECH else ""


def person_fit(fact: Fact, other: Entity, facts: list[Fact]) -> int:
    """How likely a guess ``other`` is for the person asked: 0 (no sign they do what the
    answer does; never a choice for a doer) up to 6 (the subject of the same verb)."""
    verbs, speaks = _deeds(other, facts)
    score = 0
    if fact.kind == QUOTE:
        says = verbs & VERB_FAMILIES[2]
        return 3 * speaks + 2 * bool(says) + bool(verbs) + bool(other.roles)
    verb = _verb_of(fact.token)
    if verb:
        family = set().union(*(f for f in VERB_FAMILIES if verb in f))
        score += 4 if verb in verbs else 3 if verbs & family else 0
    if fact.entity is not None and _role_heads(fact.entity) & _role_heads(other):
        score += 2
    return score + bool(verbs)


def answer_does(fact: Fact) -> bool:
    """Whether the asked person is the subject of a verb in the fact's sentence."""
    return fact.kind == ACTOR and bool(_verb_of(fact.token))


def _verb_of(token: Any) -> str:
    """The verb a name is the subject of, also through a title or a list: "received" of
    "England's captain, Bobby Moore, received", "won" of "Banting and Best won"; "" for
    none, and for "be" and "have", which say what someone is, not what they do."""
    if token is None:
        return ""
    while token.dep_ in ("appos", "conj") and token.head is not token:
        token = token.head
    if token.dep_ not in SUBJECT or token.head.pos_ not in ("VERB", "AUX"):
        return ""
    lemma = str(token.head.lemma_)
    return "" if lemma in ("be", "have") else lemma
