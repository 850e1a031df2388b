"""Details an article mentions in passing, left out as trivia (issue 16).

A teacher asks what the story is about, not the people and figures it touches on the way:

- a person named once, only as the one another named person acted on: "Brennan fired
  low past keeper Marek Novak" (the keeper is not what the sentence teaches);
- one of a few examples: "Ashby and Crewe were among the towns that ...", "towns such as
  Ashby and Crewe";
- the figure of the other side of a contrast: "Alder shares rose 12%, while Birch's fell
  about 2%" (the first figure is the news, the second its foil);
- a count of things a comparative sets beside the story's own: "the buyer has made three
  smaller purchases since 2021" (background to the deal the story is about);
- the year a tally runs from: "has made three purchases since 2021";
- a part of a total the sentence gives first: "140 reports of faults, including 19 fires
  and six burns" (the total is the fact);
- the span a superlative reaches back over: "the biggest crowd in more than two decades"
  (the crowd is the fact, the two decades its base);
- one month of a span of months without a year: "the season runs from June to September";
- the month of a participle aside: "a pay deal with pilots, agreed in May, lifted wages";
- how many times something happened, told in a clause that is not the sentence's main one:
  "the pier, which locals say had been mended twice" (a count of times is worth asking
  only as the point of its sentence: "Norway has won the cup twice");
- where someone spoke: "told reporters at Holm Castle that ...", "said in Tromsø";
- the month of an earlier event someone cites: "the ferry line said the hull had passed a
  survey in March" (the pluperfect marks it as background to the story).
"""

from __future__ import annotations

import re
from typing import Any

from quizapp.generator.facts.facts import (
    ACTOR,
    COUNT,
    DATE,
    FIGURE,
    MONTH,
    PERSON,
    TIMES,
    Fact,
)

# prepositions that make a person the one acted on ("shot past keeper X", "played against
# X"); not "with" (a partner), "by" (the agent), "under" (a teacher) or those of place
ACTED_ON = {"past", "against", "around", "beyond", "behind", "over"}
EXAMPLE_PREPOSITIONS = {"among"}
EXAMPLE_MARKERS = re.compile(r"\b(?:such as|like)\s+$", re.IGNORECASE)
CONTRAST_MARKERS = {"while", "whereas", "though", "although"}
CURRENCY_SIGNS = set("$€£¥")
MONTH_SPAN_BEFORE = re.compile(r"\b(?:from|between)\s+[A-Z][a-z]+\s+(?:to|until|till|and)\s+$")
MONTH_SPAN_AFTER = re.compile(r"^\s+(?:to|until|till|and)\s+[A-Z][a-z]+\b")
PARTICIPLE_ASIDE = re.compile(r"\w,\s+[a-z]+ed\s+(?:in|during|last|this)\s+$")
# clauses that are not a sentence's main one: a relative or adverbial clause, a participle
SIDE_CLAUSES = {"relcl", "acl", "advcl", "pcomp", "xcomp", "csubj", "amod", "prep", "pobj"}
# verbs of speaking aloud and the events one speaks at: the place of either is no news
SPOKEN = {"say", "tell", "speak", "add", "brief", "comment", "remark"}
SPEAKING_EVENTS = {"conference", "briefing", "interview", "rally", "ceremony", "summit"}
VENUE_PREPOSITIONS = {"at", "in", "outside", "inside", "from"}
# comparatives that add to a count rather than set other things beside the story's own
ADDING = {"more", "fewer", "less", "further", "other"}
SUPERLATIVE = ("JJS", "RBS")
SPAN_UNITS = re.compile(r"^\s*(?:years?|decades?|centuries|century|months?|seasons?)\b", re.I)
SPAN_BEFORE = re.compile(
    r"\b(?:in|for)\s+(?:(?:more than|over|almost|nearly|about|some|around)\s+)?$", re.I
)


def passing_detail(fact: Fact) -> str:
    """Why ``fact`` is a detail the article mentions in passing ("" when it is not)."""
    token = fact.token
    if token is None:
        return ""
    if fact.kind == ACTOR and fact.type == PERSON and _acted_on_once(fact):
        return "a person named once, only as the one another acted on (past keeper X)"
    if fact.kind == ACTOR and _one_example(fact):
        return "one of a few examples (A and B were among the towns)"
    if fact.kind == FIGURE and _contrast_foil(fact):
        return "the other side of a contrast (rose 12%, while the other's fell 2%)"
    if fact.type == COUNT and _compared_things(fact.token):
        return "a count of things set beside the story's own (three smaller purchases)"
    if fact.kind == DATE and _tally_start(fact.token):
        return "the start of a tally (has made three purchases since 2021)"
    if fact.kind == FIGURE and _part_of_total(fact.token):
        return "a part of a total told before it (140 reports, including 19 fires)"
    if fact.kind == FIGURE and _superlative_span(fact):
        return "the span a superlative reaches back over (the biggest in two decades)"
    if fact.type == MONTH and _month_range_end(fact):
        return "one end of a span of months (the season runs from June to September)"
    if fact.type == MONTH and _participle_aside(fact):
        return "the month of an aside (a pay deal, agreed in May, lifted wages)"
    if fact.type == TIMES and _side_clause(fact.token):
        return "a number of times told in a side clause (the pier, which had been mended twice)"
    if fact.kind == ACTOR and fact.type != PERSON and _where_spoken(fact.token):
        return "where someone spoke (told reporters at Holm Castle)"
    if fact.type == MONTH and _cited_earlier_month(fact.token):
        return "the month of an earlier event someone cites (said it had passed a survey in March)"
    return ""


def _side_clause(token: Any) -> bool:
    """Whether the verb ``token`` qualifies stands in a clause that is not the sentence's main
    one ("which locals say had been mended twice", "after breaking her serve twice"); a
    clause reported by the main verb ("she said the bridge had been mended twice") is main."""
    node = token.head
    while node.head.i != node.i:
        if node.dep_ in SIDE_CLAUSES:
            return True
        node = node.head
    return False


def _where_spoken(token: Any) -> bool:
    """Whether a name is the place where someone spoke: the object (or a word of the
    object's name) of "at", "in" ... on a verb of speaking ("told reporters at Holm Castle
    that", "said in Tromsø") or on a speaking event ("at a news conference in Tromsø")."""
    node = token
    while node.dep_ in ("compound", "flat") and node.head.i != node.i:
        node = node.head  # "Holm" of "Holm Castle palace"
    prep = node.head
    if node.dep_ != "pobj" or prep.lower_ not in VENUE_PREPOSITIONS:
        return False
    owner = prep.head
    if owner.lemma_ in SPEAKING_EVENTS and owner.dep_ == "pobj":
        owner = owner.head.head  # "said at a news conference in Tromsø"
    return bool(owner.pos_ == "VERB" and owner.lemma_ in SPOKEN)


def _cited_earlier_month(token: Any) -> bool:
    """Whether a month dates a pluperfect clause that a verb of saying reports ("the line
    said the hull had passed a survey in March"): background a speaker cites."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "in":
        return False
    verb = prep.head
    had = any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)
    return had and verb.dep_ == "ccomp" and verb.head.lemma_ in SPOKEN


def _participle_aside(fact: Fact) -> bool:
    """Whether a month stands in a comma-set participle aside on a noun: "a pay deal with
    pilots, agreed in May, lifted wages" (the deal's effect is the news, not its month)."""
    text = fact.sentence.text
    before, after = text[: fact.start], text[fact.end :]
    return bool(PARTICIPLE_ASIDE.search(before)) and after.lstrip().startswith(",")


def _acted_on_once(fact: Fact) -> bool:
    """Whether a person named once is only the object of a preposition on a verb whose
    subject is another named person ("Brennan ... fired low past keeper Marek Novak"); a
    partner ("shared the prize with X"), the agent of a passive ("helped by X") and a teacher
    ("she studied under X") stay."""
    entity = fact.entity
    if entity is None or entity.mentions > 1:
        return False
    node = fact.token
    while node.dep_ in ("appos", "compound", "flat") and node.head.i != node.i:
        node = node.head
    prep = _preposition_of(node)
    if prep is None or prep.dep_ != "prep" or prep.lower_ not in ACTED_ON:
        return False
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return any(
        s.ent_type_ == "PERSON" and s.pos_ == "PROPN" and s.i != fact.token.i
        for s in _subjects(verb)
    )


def _preposition_of(node: Any) -> Any:
    """The preposition whose object ``node`` is, also where the parser left the preposition
    bare and hung the name on the verb ("shot past [keeper X]")."""
    if node.dep_ == "pobj":
        return node.head
    before = node.left_edge.i - 1
    if before < 0 or node.dep_ not in ("npadvmod", "dobj"):
        return None
    prep = node.doc[before]
    bare = prep.pos_ == "ADP" and not any(True for _ in prep.children)
    return prep if bare and prep.head.i == node.head.i else None


def _subjects(verb: Any) -> list[Any]:
    """The subjects of ``verb``, or of the verb it is coordinated with ("X pounced ... and
    fired")."""
    while True:
        found = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if found or verb.dep_ != "conj" or verb.head.i == verb.i:
            return found
        verb = verb.head


def _one_example(fact: Fact) -> bool:
    """Whether the actor is one of the examples a sentence gives of a larger set: the
    subject of "were among the ...", or named after "such as" or "like"."""
    node = fact.token
    while node.dep_ in ("compound", "flat") and node.head.i != node.i:
        node = node.head
    first = node
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ in ("nsubj", "nsubjpass"):
        verb = first.head
        if verb.lemma_ == "be" and any(
            c.dep_ == "prep" and c.lower_ in EXAMPLE_PREPOSITIONS for c in verb.children
        ):
            return True
    if first.dep_ == "pobj":
        before = fact.sentence.text[: fact.sentence.local(first.left_edge.idx)]
        return EXAMPLE_MARKERS.search(before) is not None and len(first.conjuncts) >= 1
    return False


def _clause_verb(token: Any) -> Any:
    """The verb whose clause holds ``token``."""
    node = token
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node


def _contrast_foil(fact: Fact) -> bool:
    """Whether a figure stands in a "while", "whereas" or "though" clause that follows a main
    clause with a figure of the same unit: "Alder shares rose 18%, while Birch's fell about
    2%", "they live at 3,000 to 4,500 metres, though some were seen above 5,500 metres"."""
    verb = _clause_verb(fact.token)
    if verb.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ in CONTRAST_MARKERS for c in verb.children
    ):
        return False
    numbers = [t for t in fact.sentence.span if t.like_num and _inside(t, fact)]
    if not numbers:
        return False
    unit = _unit(numbers[-1])
    if not unit:
        return False  # two bare numbers may count anything
    main = verb.head
    return any(
        t.like_num and t.i < verb.left_edge.i and _clause_verb(t).i == main.i and _unit(t) == unit
        for t in main.subtree
    )


def _inside(token: Any, fact: Fact) -> bool:
    start = fact.sentence.char0 + fact.start
    return bool(start <= token.idx < fact.sentence.char0 + fact.end)


def _unit(number: Any) -> str:
    """What a number counts or measures: "%", a currency sign, or the noun it counts
    ("metres" of "4,500 metres"); "" for a bare number."""
    doc = number.doc
    if number.i + 1 < len(doc) and doc[number.i + 1].lower_ in ("%", "percent", "per"):
        return "%"
    if number.i > 0 and doc[number.i - 1].text in CURRENCY_SIGNS:
        return str(doc[number.i - 1].text)
    node = number
    while node.dep_ in ("nummod", "quantmod", "compound") and node.head.i != node.i:
        node = node.head
        if node.pos_ == "NOUN":
            return str(node.lemma_.lower())
    return ""


def _superlative_span(fact: Fact) -> bool:
    """Whether a span of years follows a superlative it measures ("the biggest for the
    final in more than two decades", "its best season for ten years")."""
    text = fact.sentence.text
    before, after = text[: fact.start], text[fact.end :]
    if not (SPAN_UNITS.search(fact.surface.split()[-1]) or SPAN_UNITS.match(after)):
        return False
    if not SPAN_BEFORE.search(before):
        return False
    node = fact.token
    while node.dep_ != "pobj" and node.head.i != node.i:
        node = node.head  # "decades" of "more than two decades"
    owner = node.head.head  # what "in" or "for" hangs on: "biggest", or "gain" of "biggest gain"
    if node.dep_ != "pobj" or owner.i > node.i:
        return False
    if owner.dep_ in ("relcl", "acl"):
        owner = owner.head  # "the deadliest storm to strike the region in two decades"
    return owner.tag_ in SUPERLATIVE or any(c.tag_ in SUPERLATIVE for c in owner.children)


def _month_range_end(fact: Fact) -> bool:
    """Whether a month without a year is one end of "from June to September" or "between
    May and July"."""
    text = fact.sentence.text
    before, after = text[: fact.start], text[fact.end :]
    if MONTH_SPAN_BEFORE.search(before):
        return True
    return re.search(r"\b(?:from|between)\s+$", before) is not None and bool(
        MONTH_SPAN_AFTER.match(after)
    )


def _part_of_total(token: Any) -> bool:
    """Whether a figure counts a part of a total that its sentence gives before it: the
    object of "including" (or one joined to it) after another number."""
    node = token
    while node.dep_ in ("nummod", "quantmod", "compound") and node.head.i != node.i:
        node = node.head
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    prep = node.head
    if node.dep_ != "pobj" or prep.lower_ != "including":
        return False
    return any(t.like_num and t.i < prep.i for t in prep.sent)


def _compared_things(token: Any) -> bool:
    """Whether a number counts things a comparative adjective describes ("three smaller
    purchases", "two larger rivals"); "three more bodies" adds to a count and stays."""
    noun = token.head if token.dep_ in ("nummod", "quantmod") else token
    return noun is not token and any(
        c.dep_ == "amod" and c.tag_ == "JJR" and c.lower_ not in ADDING for c in noun.children
    )


def _tally_start(token: Any) -> bool:
    """Whether a date is what "since" counts from, for a verb whose object is counted: "has
    made three smaller purchases since 2021"."""
    if token.dep_ != "pobj" or token.head.lower_ != "since":
        return False
    verb = token.head.head
    return any(
        c.dep_ == "dobj" and any(n.dep_ == "nummod" for n in c.children) for c in verb.children
    )
