"""Naming "the bridge", "the crossing", "its founder" by the phrase that introduced the thing.

"... opened a new bridge across the river in Norway. The bridge cost 320 million kroner"
asks "How much did the new bridge in Norway cost?": a definite noun phrase that refers
back to a common-noun phrase the article introduced is named by that phrase, shortened
to "the", the words before its noun, the noun and at most one locating phrase (one with
a name: "in Norway", "of Port Ellis"; else one with a locating preposition). The
antecedent is the one earlier phrase with the same noun (or a word of its group:
crossing ~ bridge, blaze ~ fire, firm ~ company, deal ~ treaty ~ agreement ~ accord),
later mentions of it being bare "the bridge"; it must be specific (a name or a locating
phrase, or the first sentence's subject) and hold no relative clause nor the answer.
"the town" ("the city", "the village") is the one town the article names before it;
"Its founder" opening a sentence is "The founder of ..." where the sentence before is
about one such phrase (its subject, with no object beside it). Otherwise nothing is
named and the checks refuse the question.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from quizapp.generator.facts.facts import ACTOR, CITY, ORG, PLACE, REGION, Fact
from quizapp.generator.synthesis import GeneratedQuestion
from quizapp.generator.text_words import word_set

GROUPS: tuple[frozenset[str], ...] = tuple(
    word_set(g)
    for g in (
        "bridge crossing",
        "fire blaze wildfire",
        "company firm",
        "agreement accord deal treaty",
        "purchase acquisition takeover buyout",
    )
)
# "Nordmat agreed to buy Fjellbrod. The purchase ...": a deal told by its verb
DEAL_VERBS = {"buy": "purchase", "purchase": "purchase", "acquire": "acquisition",
              "sell": "sale", "merge": "merger"}  # fmt: skip
DEAL_NOUNS = {"purchase": "buy purchase acquire", "acquisition": "buy purchase acquire",
              "deal": "buy purchase acquire",
              "takeover": "buy purchase acquire", "buyout": "buy purchase acquire",
              "sale": "sell", "merger": "merge"}  # fmt: skip
SETTLEMENTS = word_set("town city village")
AREAS = word_set("area region district")
# Words of a body's name: "the Royal Society" is no town
BODY_WORDS = word_set(
    "University College Society Company Museum Institute Bank Club Council Party Church "
    "School Hospital Group Foundation Association Agency Ministry Corporation"
)
LOCATING = word_set("in at near on across over outside off along inside")
SPEECH = word_set("say announce confirm report state")
# Prepositions of a phrase with a name that says which: "of Port Ellis", "with Andeca"
NAMING = LOCATING | word_set("of with against from")


def _group(noun: str) -> frozenset[str]:
    return next((g for g in GROUPS if noun in g), frozenset((noun,)))


def _tokens(facts: list[Fact]) -> list[Any]:
    """The tokens of the article's paragraphs that hold facts, in order."""
    docs: dict[int, Any] = {}
    for f in sorted(facts, key=lambda f: f.sentence.index):
        span = f.sentence.span
        if span is not None:
            docs.setdefault(id(span.doc), span.doc)
    return [t for doc in docs.values() for t in doc]


def _before(tokens: list[Any], fact: Fact, at: int) -> list[Any]:
    """The tokens before character ``at`` of the fact's sentence."""
    span = fact.sentence.span
    stop = fact.sentence.char0 + at
    out = []
    for t in tokens:
        if t.doc is span.doc and t.idx >= stop:
            break
        out.append(t)
    return out


def phrase_for(noun: str, fact: Fact, facts: list[Fact], at: int, answer: str) -> str | None:
    """The short phrase that introduced what "the <noun>" at ``at`` of the fact's sentence
    refers back to, if one phrase did and it is specific."""
    tokens = _before(_tokens(facts), fact, at)
    if noun in SETTLEMENTS:
        return _settlement(tokens, facts, fact)
    if noun in AREAS:
        return _area(tokens)
    group = _group(noun)
    mentions = [t for t in tokens if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in group]
    if not mentions:
        return _deal(noun, tokens, facts, answer)
    first, later = mentions[0], mentions[1:]
    if any(t.tag_ in ("NNS", "NNPS") for t in mentions) or any(not _bare(t) for t in later):
        return None  # two bridges, "a second bridge", "the old bridge"
    if first.pos_ != "NOUN" or first.dep_ == "compound":
        return None
    name = _short(first)
    if name is None or (answer and answer.lower() in name.lower()):
        return None
    return name


def _deal(noun: str, tokens: list[Any], facts: list[Fact], answer: str) -> str | None:
    """ "Nordmat’s purchase of Fjellbrod": the one clause before that told of the deal by its
    verb ("Nordmat agreed to buy Fjellbrod"), whose subject and object are actors the article
    names; "the merger of A and B" for "A merged with B"."""
    verbs = DEAL_NOUNS.get(noun, "").split()
    told = [t for t in tokens if t.pos_ == "VERB" and t.lemma_ in verbs]
    if len(told) != 1:
        return None  # none, or two deals: which one is not sure
    verb = told[0]
    names = {
        (id(f.sentence.span.doc), f.token.i): f
        for f in facts
        if f.kind == ACTOR and f.token is not None and f.entity is not None
    }
    subject = _actor(next((c for c in verb.children if c.dep_ == "nsubj"), None), names)
    if subject is None and verb.dep_ == "xcomp":  # "Nordmat agreed to buy ..."
        subject = _actor(next((c for c in verb.head.children if c.dep_ == "nsubj"), None), names)
    if noun == "merger":
        partner = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"), None)
        other = (
            _actor(next((c for c in partner.children if c.dep_ == "pobj"), None), names)
            if partner
            else None
        )
        found = f"the merger of {subject} and {other}" if subject and other else None
    else:
        other = _actor(next((c for c in verb.children if c.dep_ == "dobj"), None), names)
        word = DEAL_VERBS[verb.lemma_] if noun in ("sale", "merger") else noun
        owner = f"{subject}’" + ("" if subject and subject.endswith("s") else "s")
        found = f"{owner} {word} of {other}" if subject and other else None
        if found is not None and noun == "deal":  # "Nordvik’s deal to buy Castell Foods"
            found = f"{owner} deal to {verb.lemma_} {other}"
    if found is None or (answer and answer.lower() in found.lower()):
        return None
    return found


def _actor(tok: Any | None, names: dict[tuple[int, int], Fact]) -> str | None:
    """The name of the actor ``tok`` stands for, as the article writes it there."""
    if tok is None:
        return None
    if tok.lower_ == "it":  # "Nordvik said that it had agreed to buy ...": the body speaking
        return _speaking_body(tok, names)
    fact = names.get((id(tok.doc), tok.i))
    if fact is None:  # "the dairy group Nordmat": the name beside the noun
        beside = [names.get((id(c.doc), c.i)) for c in tok.children if c.dep_ == "appos"]
        fact = next((f for f in beside if f is not None), None)
    return None if fact is None else fact.surface


def _speaking_body(it: Any, names: dict[tuple[int, int], Fact]) -> str | None:
    """The organisation that says what the clause of ``it`` (its subject) tells: "Nordvik
    Group said on Monday that it had agreed ..." -> Nordvik Group; None for any other "it"."""
    clause = it.head
    if it.dep_ != "nsubj" or clause.dep_ != "ccomp" or clause.head.lemma_ not in SPEECH:
        return None
    speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    fact = None if speaker is None else names.get((id(speaker.doc), speaker.i))
    if fact is None or fact.entity is None or fact.entity.type != ORG:
        return None
    return fact.surface


def _bare(tok: Any) -> bool:
    """ "the bridge", "this crossing": a mention that only refers back."""
    kids = list(tok.children)
    return len(kids) == 1 and kids[0].lower_ in ("the", "this", "that") and kids[0].i < tok.i


def _short(head: Any) -> str | None:
    """ "the new bridge in Norway" of "a new bridge across the river in Norway"."""
    if any(c.dep_ in ("relcl", "acl", "appos") for c in head.children):
        return None
    left = [c for c in head.children if c.i < head.i]
    if not left:
        return None
    start = min(t.i for c in left for t in c.subtree)
    det = head.doc[start]
    words = [t.text_with_ws for t in head.doc[start + 1 : head.i]] + [head.text]
    if det.lower_ in ("a", "an", "the"):
        opening = "the "
    elif det.dep_ == "poss" and det.pos_ == "PROPN":
        opening = det.text_with_ws  # "Norway's new bridge"
    else:
        return None
    if any(t.pos_ in ("PUNCT", "NUM") for t in head.doc[start + 1 : head.i]):
        return None
    place = _place(head)
    name = (opening + "".join(words)).strip()
    if place:
        return f"{name} {place}"
    subject = head.dep_ in ("nsubj", "nsubjpass") and head.head.dep_ == "ROOT"
    first = subject and head.sent.start == 0
    if first or any(t.pos_ == "PROPN" for t in head.doc[start : head.i]):
        return name
    return None


def _place(head: Any) -> str:
    """One locating phrase of the noun: with a name if any ("in Norway", "of Port Ellis",
    "with Andeca"; also one its verb has: "opened a new bridge ... in Norway"), else one
    with a locating preposition ("across the river")."""
    preps = [c for c in head.children if c.dep_ == "prep" and c.i > head.i]
    for p in preps:
        for q in [p, *(t for t in p.subtree if t.dep_ == "prep")]:
            if q.lower_ in NAMING and _named(q):
                return _text(q)
    verb = head.head
    alone = not any(c.dep_ in ("dobj", "attr") for c in verb.children)
    if head.dep_ in ("dobj", "nsubjpass") or (head.dep_ == "nsubj" and alone):
        for p in verb.children:
            if p.dep_ == "prep" and p.lower_ in LOCATING - {"on"} and _named(p):
                return _text(p)  # "opened in Lindby", "opened a bridge ... in Norway"
    for p in preps:
        obj = [c for c in p.children if c.dep_ == "pobj"]
        if p.lower_ in LOCATING and obj and len(list(p.subtree)) <= 4:
            return _text(p)
    return ""


def _named(prep: Any) -> bool:
    """Whether the preposition's object is a name or holds one ("of the Kettlefjell ice
    cap"), not a date."""
    obj = [c for c in prep.children if c.dep_ == "pobj"]
    if not obj or obj[0].ent_type_ in ("DATE", "TIME"):
        return False
    return _name(obj[0]) or any(c.dep_ == "compound" and _name(c) for c in obj[0].children)


def _name(tok: Any) -> bool:
    return bool(tok.pos_ == "PROPN" and tok.text[:1].isupper())


def _text(prep: Any) -> str:
    """The preposition and its object's words, without phrases of its own after them; of a
    name only the name ("with Andeca" of "with the state mining company Andeca")."""
    obj = next(c for c in prep.children if c.dep_ == "pobj")
    if _name(obj):
        start = obj.i
        while start - 1 > prep.i and _name(obj.doc[start - 1]):
            start -= 1
        the = "the " if obj.doc[start - 1].lower_ == "the" else ""
        return f"{prep.text} {the}{obj.doc[start : obj.i + 1].text}"
    own = [p for p in obj.children if p.dep_ == "prep" and p.i > obj.i]
    last = min([p.i for p in own], default=obj.right_edge.i + 1) - 1
    return str(prep.doc[prep.i : last + 1].text)


def _settlement(tokens: list[Any], facts: list[Fact], fact: Fact) -> str | None:
    """The one town the article names before "the town" (and no other town, city or
    village it speaks of): a city, or a name that locates a thing it introduced ("the
    harbour museum of Port Ellis") and is no person, country, water or body."""
    if any(t.lemma_.lower() in SETTLEMENTS for t in tokens):
        return None  # "a town", "the town of X": another town, or one said already
    kinds = {
        name: f.entity.type
        for f in facts
        if f.kind == ACTOR and f.entity is not None
        for name in f.entity.names()
    }  # fmt: skip
    said = _text_of(tokens)
    towns = {n for n, k in kinds.items() if k in (CITY, PLACE, REGION) and n in said}
    for t in tokens:
        if t.dep_ == "pobj" and t.pos_ == "PROPN" and t.head.lower_ in LOCATING | {"of"}:
            name = t.doc[t.left_edge.i : t.i + 1].text.removeprefix("the ")
            if kinds.get(name) in (CITY, ORG, PLACE) and not BODY_WORDS & set(name.split()):
                towns.add(name)
    return next(iter(towns)) if len(towns) == 1 else None


def _area(tokens: list[Any]) -> str | None:
    """The one place the article called a district, region or area before "the region"
    ("floods in the district of Varnholm"): Varnholm."""
    places: set[str] = {
        str(t.doc[t.left_edge.i : t.i + 1].text)
        for t in tokens
        if t.dep_ == "pobj" and _name(t) and t.head.lower_ == "of"
        and t.head.head.lemma_.lower() in AREAS
    }  # fmt: skip
    if len(places) != 1 or sum(t.lemma_.lower() in AREAS for t in tokens) > len(places):
        return None  # another area said, or the same word of another place
    return next(iter(places))


def _text_of(tokens: list[Any]) -> str:
    return " ".join(t.text for t in tokens)


def named_for_possessive(q: GeneratedQuestion, fact: Fact, facts: list[Fact]) -> GeneratedQuestion:
    """ "Its founder, ..." opening the fact's sentence named "The founder of <phrase>" where
    the sentence before is about one thing the article introduced by a common noun."""
    span = fact.sentence.span
    if span is None:
        return q
    its = next((t for t in span if not t.is_punct), None)
    if its is None or its.lower_ != "its" or its.dep_ != "poss" or its.head.pos_ != "NOUN":
        return q
    owned = its.head
    words = span.doc[its.i : owned.i + 1].text
    found = re.search(rf"(?<![\w-]){re.escape(words)}(?![\w-])", q.prompt, re.I)
    before = [s for s in span.doc.sents if s.end <= span.start]
    if found is None or not before:
        return q
    root = before[-1].root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or any(c.dep_ in ("dobj", "attr") for c in root.children):
        return q
    head = subjects[0]
    if head.pos_ != "NOUN" or head.tag_ != "NN" or head.ent_type_ == "PERSON":
        return q
    name = _short(head)
    if name is None or q.answer.lower() in name.lower():
        return q
    text = f"the {owned.text} of {name}"
    if found.group()[0].isupper():
        text = text[0].upper() + text[1:]
    return replace(q, prompt=q.prompt[: found.start()] + text + q.prompt[found.end() :])
