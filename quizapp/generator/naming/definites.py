"""Definite descriptions that point back into the article: "the hosts", "the feat", "the bank".

A learner who has read the article but does not have it beside them cannot tell
which ground "the ground" is, nor which feat "the feat" was. A phrase is such a
reference (:func:`unnamed_definites`) when, in the question's sentence, "the",
"this", "that", "these", "those" or "such" stands before a common noun that names
a kind of thing an article introduces by its own name (a company, a ground, a
storm, a deal, a trophy: :data:`REFERRING`), or when a demonstrative stands before
any noun ("this feat", "such colonies"), and the question keeps no words that
say which one it is: no "of ..." or relative clause after it, no name in it ("the
World Cup final", "the Berlin Wall"), no superlative or ordinal ("the largest
island", "the first patient"), no name or gap beside it ("the poet Lord Byron",
"the bank ___"), and not the noun said before in the question itself. Nouns of
an institution or an event ("the government", "the final") count as named when
the question holds a name ("the Maldovan government", "the final at Wembley").

Such a phrase is named (:func:`named_for_definite`) as the one actor the article
describes with that noun: whose name holds it or a narrower word for it
("Wembley Stadium" for "the ground", "the Jules Rimet Trophy" for "the trophy",
"the Rotterdam Marathon" for "the race"), or that the article calls so ("CERN,
the particle physics laboratory", "the mountain town of Marlow", "Magna Carta is
a royal charter", "England hosted"), named no later than the question's
sentence. Where no one actor is described so, the phrase stays and the checks
refuse the question (another sentence or form may ask the fact).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from quizapp.generator.facts.facts import ACTOR, Entity, Fact
from quizapp.generator.naming.antecedent_phrases import named_for_possessive, phrase_for
from quizapp.generator.naming.pronouns import quoted_spans
from quizapp.generator.naming.study_groups import study_arm
from quizapp.generator.synthesis import GeneratedQuestion, QuestionForm
from quizapp.generator.text_words import word_set

DEMONSTRATIVES = ("this", "that", "these", "those", "such")
# Nouns by which an article refers back to something it named: bodies, places, groups of
# people, events, things made or won. "the ground" (Wembley Stadium), "the hosts" (England).
REFERRING = word_set(
    """company firm bank club team side group carmaker airline insurer lender retailer
    brand business startup manufacturer maker operator publisher label band agency
    organisation organization charity university institute museum newspaper broadcaster
    league union bloc alliance coalition regime board committee council commission panel
    laboratory lab
    island city town village country nation region province territory ground stadium venue
    arena site building plant factory mine port harbour harbor airport station mountain peak
    volcano river lake sea valley reserve colony settlement base camp monastery castle palace
    bridge tower wall canal dam delta wetland carrier event festival
    host hosts champion holder winner visitor pair couple duo trio rival opponent newcomer
    storm hurricane typhoon cyclone quake earthquake fire wildfire blaze flood eruption
    disaster attack war battle conflict offensive deal agreement treaty pact accord merger
    purchase sale buyout
    takeover acquisition bid offer match game final tournament competition championship race
    marathon season election referendum vote talks summit conference ceremony crisis
    expedition voyage journey trip mission flight launch project programme program scheme
    campaign reform law bill charter constitution ruling strike protest revolution uprising
    coup invasion siege ceasefire truce dispute scandal trial study survey experiment
    discovery invention breakthrough feat record achievement victory win defeat title trophy
    cup prize award medal crossing collection
    book novel film movie album song painting device machine engine drug vaccine vessel ship
    boat aircraft plane rocket probe spacecraft satellite telescope species colonies product
    vehicle text
    change result outcome decision move plan proposal announcement incident accident
    measure policy operation visit meeting negotiation verdict move shift
    male female chick calf cub pup"""
)
# Adjective and noun that name one thing of its kind, never one the article named before
UNIQUE = frozenset(
    {"open sea", "high seas", "deep sea", "open ocean", "outside world", "natural world",
     "public domain", "night sky", "solar system", "human body", "north pole", "south pole",
     "middle east", "far east", "general public", "free market", "black market"}
)  # fmt: skip
# Nouns that name bodies (never named by an adjective alone: "the Danish bank", "the
# Aarhus-based company" are still one the article named before).
BODIES = word_set(
    "company firm bank club team side group carmaker airline insurer lender retailer maker "
    "operator publisher startup business brand host hosts"
)
# What a "winner" wins: "Ferreira won her first title" makes her "the winner"
PRIZES = word_set(
    "title race final cup trophy championship tournament marathon medal gold prize award "
    "election contest crown"
)
# Plural nouns after "the" that point back to people the article named ("the hosts")
GROUPS = word_set("host winner champion holder visitor rival opponent newcomer")
# Named enough when the question holds a name: "the government" of a country it names, "the
# final" of a competition it names.
WITH_A_NAME = word_set(
    "government parliament president presidency capital army navy police economy final "
    "tournament championship season election vote referendum war talks summit results "
    "figures constitution law council committee commission"
)
# Time nouns after a demonstrative ("that year") are the dates' business, not a name's.
TIME_NOUNS = word_set(
    "year years month months week weeks day days time times decade century morning "
    "afternoon evening night season period moment point way"
)
DURATIONS = word_set("day week month year hour minute")
ORDINALS = word_set("first second third fourth fifth sixth seventh eighth ninth tenth only same")
# Words a name may hold for the noun: "Wembley Stadium" is "the ground", "Rotterdam
# Marathon" is "the race".
NARROWER: dict[str, tuple[str, ...]] = {
    "ground": ("ground", "stadium", "arena", "park"), "venue": ("venue", "stadium", "arena"),
    "stadium": ("stadium", "arena"), "race": ("race", "marathon"),
    "trophy": ("trophy", "cup"), "cup": ("cup", "trophy"),
    "tournament": ("tournament", "cup", "championship", "championships", "open"),
    "competition": ("competition", "cup", "championship", "championships"),
    "storm": ("storm", "hurricane", "typhoon", "cyclone"), "hosts": ("host", "hosts"),
    "host": ("host", "hosts"), "company": ("company", "corporation", "carmaker", "firm"),
    "firm": ("firm", "company"), "lab": ("lab", "laboratory"),
    "laboratory": ("laboratory", "lab"), "quake": ("quake", "earthquake"),
    "fire": ("fire", "wildfire", "blaze"), "blaze": ("blaze", "fire", "wildfire"),
    "machine": ("machine", "engine"), "carrier": ("carrier", "airline"),
}  # fmt: skip
# "the town of Marlow" is Marlow ("the crossing of the ice cap" is no ice cap)
PLACE_OF = word_set(
    "town city village region province island state county district port republic kingdom "
    "municipality"
)
# "X, the ... laboratory", "the town of X", "X is a ... charter": how a sentence calls one
APPOSED = ("appos",)
NAME_START = re.compile(r"^\s*(?:___|[A-Z])")
# "the town of Donaueschingen", "the bridge in Uppsala", "the match against Italy", "the bank
# that lent ...": words after it that say which (not "outside the laboratory in August")
CALENDAR = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
)
RESTRICTED = re.compile(
    r"^\s*(?:of\s+(?:the\s+)?(?:___|[A-Z])"
    rf"|(?:in|at|near|against|between|with|over)\s+(?:the\s+)?(?!(?:{CALENDAR})\b)[A-Z]"
    r"|,?\s*(?:that|which|who|whose|where)\b)"
)


# "of about 540 kilometres" after a noun: a measure that tells which one no better than a name
MEASURE_OF = re.compile(
    r" of (?:about |some |nearly |almost |roughly |around |more than |over )?[\d][\d,.]*"
    r"(?: [a-z]+)?(?=[\s,.?!])"
)


@dataclass(frozen=True)
class Definite:
    """A reference in a prompt ("the hosts") and the noun's lemma ("host")."""

    phrase: str
    noun: str
    start: int
    at: int = 0  # where it stands in the question's sentence
    reach: int = 0  # where its words end there ("the region of Karabakh": after Karabakh)


def unnamed_definites(q: GeneratedQuestion, fact: Fact) -> list[Definite]:
    """The phrases of the prompt, outside quotation marks, that point back to something the
    article named before and do not say which it is ("the hosts", "the feat", "such
    colonies")."""
    if q.form is QuestionForm.QUOTE or fact.sentence.span is None:
        return []
    found: list[Definite] = []
    quoted = quoted_spans(q.prompt)
    for det in fact.sentence.span:
        head = _head(det)
        if head is None or not _referring(det, head):
            continue
        phrase = det.doc.text[det.idx : head.idx + len(head.text)]
        for m in re.finditer(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", q.prompt, re.I):
            if any(a < m.start() < b for a, b in quoted):
                continue
            if _said_which(q.prompt, m.start(), m.end(), det, head):
                continue
            at, last = det.idx - fact.sentence.char0, max(t.idx for t in head.subtree)
            reach = last - fact.sentence.char0 + 1
            found.append(Definite(m.group(), head.lemma_.lower(), m.start(), at, reach))
            break
    return found


def _head(det: Any) -> Any | None:
    """The common noun ``det`` ("the", "this", "such") determines, if any."""
    if det.lower_ not in ("the", *DEMONSTRATIVES) or det.dep_ not in ("det", "amod", "predet"):
        return None
    head = det.head
    if head.i <= det.i or not _common(head) or head.i - det.i > 4:
        return None
    return head


def _common(tok: Any) -> bool:
    """Whether ``tok`` is a common noun (the model tags some, "laboratory", as names)."""
    return bool(tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.text.islower()))


def _referring(det: Any, head: Any) -> bool:
    """Whether "det ... head" may point back to one thing the article named: a noun of
    :data:`REFERRING` (or any but a time noun after a demonstrative) with no name,
    number, superlative or ordinal among its words and none of its own after it."""
    noun = head.lemma_.lower()
    demonstrative = det.lower_ in DEMONSTRATIVES
    if noun not in REFERRING and head.lower_ not in REFERRING and not demonstrative:
        return False
    if noun in TIME_NOUNS or head.lower_ in TIME_NOUNS:
        return False
    if head.tag_ == "NNS" and not demonstrative and noun not in GROUPS:
        return False  # "elected by the regions": plural nouns after "the" are mostly general
    between = det.doc[det.i + 1 : head.i]
    if det.lower_ == "the" and f"{between.text.lower()} {head.lower_}" in UNIQUE:
        return False  # "the open sea", "the outside world": one of its kind, not one named
    for tok in between:
        if tok.like_num and _duration(tok):
            continue  # "the nine-day event": still which event?
        if tok.lower_ in ORDINALS or tok.tag_ in ("JJS", "RBS") or tok.like_num:
            return False  # "the first patient", "the largest island", "the two leaders"
        if tok.text[:1].isupper() and not (noun in BODIES and tok.pos_ in ("ADJ", "VERB")):
            return False  # "the World Cup final", "the Yes side"; not "the Danish bank"
    if study_arm(det, head):
        return False  # "the placebo group" beside "the other group": named by its content
    if head.dep_ == "appos" or any(
        c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN") for c in head.children
    ):
        return False  # "Santiago, the capital", "the currency, the mardo"
    return not any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.i > head.i for c in head.children
    )


def _duration(tok: Any) -> bool:
    """Whether the number ``tok`` opens a length of time said of the noun ("the nine-day
    event", "the 12-week course"): it says how long, not which one."""
    doc = tok.doc
    after = doc[tok.i + 1 : tok.i + 3]
    return len(after) == 2 and after[0].text == "-" and after[1].lemma_.lower() in DURATIONS


def _said_which(prompt: str, start: int, end: int, det: Any, head: Any) -> bool:
    """Whether the prompt says which one the phrase at ``start:end`` is: words of its own
    after it ("the bank ___", "the town of Marlow", "the substance it released"), the noun
    said before it, or (for an institution or event) a name in the question."""
    after = prompt[end:]
    if NAME_START.match(after) or RESTRICTED.match(after):
        return True  # "the bank ___", "the town of Marlow", "the substance that ..."
    if _extended(after, head):
        return True  # "the male emperor penguin": named by words the sentence does not have
    following = [c for c in head.children if c.i > head.i]
    for c in following:
        if c.dep_ in ("relcl", "acl") and _kept(after, c, head):
            return True
        if c.dep_ == "prep" and c.lower_ in ("of", "in", "at", "near", "on", "from", "between"):
            if c.lower_ == "of" and any(t.like_num for t in c.subtree):
                continue  # "the crossing of about 640 km": a measure, not which one
            if _kept(after, c, head):
                return True
    noun = head.lemma_.lower()
    if re.search(rf"\b{re.escape(noun)}", prompt[:start], re.I):
        return True  # "a new treaty ... the treaty": the question says which
    if noun in WITH_A_NAME or head.lower_ in WITH_A_NAME:
        return re.search(r"(?<=[\w,;:(] )\(?[A-Z]\w", prompt) is not None
    return False


def _extended(after: str, head: Any) -> bool:
    """Whether the prompt goes on after the phrase with a word its sentence does not have
    (in any form): the question named it ("the male" -> "the male emperor penguin")."""
    found = re.match(r" ([a-z]+)\b(?! ___)", after)
    if found is None:
        return False
    sent = head.sent
    words = {t.lower_ for t in sent} | {t.lemma_.lower() for t in sent}
    return found.group(1) not in words


def _kept(after: str, child: Any, head: Any) -> bool:
    """Whether the words between the noun and ``child`` and ``child`` itself follow the
    phrase in the prompt ("the town" + " of")."""
    words = head.doc[head.i + 1 : child.i + 1].text
    return after.lstrip().startswith(words) or after.lstrip(" ,").startswith(words)


Described = dict[str, list[tuple[Entity, int, int]]]


def described(facts: list[Fact]) -> Described:
    """For each noun, the actors the article describes with it and where it first names
    each (sentence, character): by the name's last or first word ("Wembley Stadium":
    stadium; "Lake Tana": lake), an
    apposition ("CERN, the laboratory"), "the town of X", "X is a charter", "X hosted"."""
    nouns: dict[str, dict[int, tuple[Entity, int, int]]] = {}

    def add(noun: str, entity: Entity, f: Fact) -> None:
        known = nouns.setdefault(noun, {})
        if id(entity) not in known or known[id(entity)][1:] > (f.sentence.index, f.start):
            known[id(entity)] = (entity, f.sentence.index, f.start)

    for f in facts:
        if f.kind != ACTOR or f.entity is None:
            continue
        for name in f.entity.names():
            for word in _head_words(name):  # "Wembley Stadium", "Lake
                # Tana"; never a word inside: "the film" is no "Venice Film Festival"
                if word[:1].isupper() and word.isalpha():
                    add(word.lower(), f.entity, f)
        if f.token is not None:
            for noun in _called(f.token):
                add(noun, f.entity, f)
    return {n: list(found.values()) for n, found in nouns.items()}


def _head_words(name: str) -> list[str]:
    """The words of a name that say what it is: its last and first, and the one before its
    "of" ("Wembley Stadium", "Lake Tana", "Harbour Museum of Glass")."""
    words = name.split()
    at = words.index("of") if "of" in words[1:] else 0
    return [words[-1], words[0]] + ([words[at - 1]] if at else [])


def _called(tok: Any) -> list[str]:
    """The common nouns the sentence calls the actor whose head is ``tok``."""
    while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
        tok = tok.head
    nouns = [c for c in tok.children if c.dep_ in APPOSED and _common(c)]
    head = tok.head
    if tok.dep_ in APPOSED and _common(head):
        nouns.append(head)  # "the carmaker Volvo", "the inventor Babbage"
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in PLACE_OF:
        nouns.append(head.head)  # "the mountain town of Marlow"; not "the crossing of X"
    if tok.dep_ == "nsubj" and head.lemma_ == "be":
        nouns += [c for c in head.children if c.dep_ == "attr" and _common(c)]
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "," and doc[tok.i + 2].dep_ == "det":
        det = doc[tok.i + 2]  # "CERN, the ... laboratory near Geneva", however it is parsed
        if _common(det.head) and det.head.i > det.i:
            nouns.append(det.head)
    found = [n.lemma_.lower() for n in nouns]
    found += [c.lemma_.lower() for n in nouns for c in n.children if c.dep_ == "compound"]
    if tok.dep_ == "nsubj" and head.pos_ == "VERB" and head.lemma_ == "host":
        found.append("host")  # "England hosted the tournament": the hosts
    if tok.dep_ == "nsubj" and head.pos_ == "VERB" and head.lemma_ == "win" and _won(head):
        found.append("winner")  # "Ferreira won her first title": the winner
    return found


def _won(verb: Any) -> bool:
    """Whether ``verb`` ("won") takes one prize as its object ("won the title", "won her
    first Grand Slam title"), not a tally of games ("had won 23 matches in a row")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return len(objects) == 1 and objects[0].lemma_.lower() in PRIZES and objects[0].tag_ == "NN"


def named_for_definite(
    q: GeneratedQuestion,
    fact: Fact,
    facts: list[Fact],
    nouns: Described,
) -> GeneratedQuestion:
    """Each unnamed reference of the prompt named as the one actor the article describes
    with its noun (see :func:`described`) and names before it (or, of several, the one the
    article is about: see :func:`_one`); left as it is where that is not one actor."""
    q = named_for_possessive(q, fact, facts)  # first: "for the museum" after it is said
    for definite in reversed(unnamed_definites(q, fact)):
        q = name_definite(q, definite, fact, facts, nouns)
    return q


def name_definite(
    q: GeneratedQuestion, definite: Definite, fact: Fact, facts: list[Fact], nouns: Described
) -> GeneratedQuestion:
    """``q`` with the reference ``definite`` named (see :func:`named_for_definite`), or as
    it is."""
    words = NARROWER.get(definite.noun, (definite.noun,))
    where = (fact.sentence.index, definite.at)
    found = {
        id(e): e
        for w in words
        for e, index, start in nouns.get(w, [])
        if (index, start) < where or (index == where[0] and start < definite.reach)
    }  # named before it, or in its own words ("the breakaway region of Karabakh")
    entity = _one(list(found.values()), _text_before(fact, definite.at))
    if definite.phrase.lower().startswith("such"):
        return q
    if entity is None:  # "the bridge": the phrase that introduced it, if one did
        return _named_by_phrase(q, definite, fact, facts)
    if entity is fact.entity or any(n in q.prompt for n in entity.names()):
        return q  # the answer itself, or named in the question already
    texts = " ".join(f.sentence.text for f in facts if f.entity is entity)
    the = re.search(rf"\bthe {re.escape(entity.name)}\b", texts, re.I) is not None
    name = ("the " if the else "") + entity.name
    if definite.phrase[0].isupper():
        name = name[0].upper() + name[1:]
    start, end = definite.start, definite.start + len(definite.phrase)
    return replace(q, prompt=q.prompt[:start] + name + q.prompt[end:])


def _named_by_phrase(
    q: GeneratedQuestion, definite: Definite, fact: Fact, facts: list[Fact]
) -> GeneratedQuestion:
    """ "The bridge" named "The new bridge in Norway" (see :mod:`antecedent_phrases`)."""
    name = phrase_for(definite.noun, fact, facts, definite.at, q.answer)
    if name is None or (name.startswith("the ") and name in q.prompt.lower()):
        return q  # said in the question already (a place may be said twice)
    end = definite.start + len(definite.phrase)
    measure = MEASURE_OF.match(q.prompt[end:])
    if " of " in name and measure is not None:
        end += measure.end()  # "the first crossing of the ice cap" for "the crossing of 540 km"
    elif " of " in name and q.prompt[end:].startswith(" of "):
        return q  # "the first crossing of the ice cap of the north": two "of"s
    if definite.phrase[0].isupper():
        name = name[0].upper() + name[1:]
    return replace(q, prompt=q.prompt[: definite.start] + name + q.prompt[end:])


def _text_before(fact: Fact, at: int) -> str:
    """The sentence before the fact's (in its paragraph) and its own words before ``at``."""
    span = fact.sentence.span
    before = [t for t in span.doc.sents if t.end <= span.start]
    return (before[-1].text if before else "") + " " + fact.sentence.text[:at]


def _one(found: list[Entity], before: str) -> Entity | None:
    """The one actor a reference may stand for: the only one, or of several the one the
    article names at least twice as often as each other, where no other is named in
    ``before`` (the sentence before and its own words before it): "The Danube is the
    second-longest river after the Volga. It runs ... The river begins at ...": the Danube."""
    if len(found) <= 1:
        return found[0] if found else None
    top = max(found, key=lambda e: e.mentions)
    others = [e for e in found if e is not top]
    if any(top.mentions < 2 * e.mentions for e in others):
        return None
    names = [n for e in others for n in e.names()]
    named = any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", before) for n in names)
    return None if named else top
