"""Which facts a teacher would ask about: trivia left out, the rest ranked.

A fact is worth more when it stands in the article's lead (first paragraph),
names the article's subject (the actor it names most), is the agent of a
main clause, comes back later in the article, or is a headline figure (a toll,
a magnitude, a share). Trivia is never asked: weekdays and clock times,
datelines, one item of a list of three or more, secondary money figures
(per share, year-earlier values, forecasts), birth and death years of people
other than the subject, and unit conversions in brackets.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from quizapp.generator.facts.facts import (
    ACTOR,
    COUNT,
    DATE,
    FIGURE,
    FULL_DATE,
    MONEY,
    MONTH_YEAR,
    PERCENT,
    PLACE_TYPES,
    QUOTE,
    SCORE,
    TIME,
    TIMES,
    WEEKDAY,
    YEAR,
    Entity,
    Fact,
)
from quizapp.generator.facts.fraction_words import SHARE, own_money
from quizapp.generator.lead_figures import later_figure_penalties
from quizapp.generator.life_dates import other_life_date
from quizapp.generator.minor_figures import minor_figure
from quizapp.generator.passing_details import passing_detail

HEADLINE_WORDS = re.compile(
    r"\b(?:kill\w*|dead|died|deaths?|injur\w*|victims?|magnitude|vot\w+|seats?|records?|"
    r"toll|casualties|evacuat\w*|displaced|fled|population|inhabitants|residents|profits?|"
    r"revenues?|earn\w*|sales|turnover|loss|losses|prizes?|prices?|fines?|bids?|paid|sold|"
    r"spending|budgets?|deficit|surplus|debts?|tax\w*|inflation|unemployment|growth|damaged?|"
    r"destroy\w*|costs?|signed|signing|signatures?|signatories|won|wins?|scor\w+|goals?|"
    r"backlog)\b",
    re.IGNORECASE,
)
PLEDGE_WORDS = re.compile(r"\b(?:promis\w*|pledg\w*|aid|donat\w*|grants?|fund\w*)\b", re.I)
CURRENCY = re.compile(r"[$€£¥]|\b(?:euros?|dollars?|pounds?|yen|francs?|yuan|rupees?)\b", re.I)
YEAR_EARLIER = re.compile(
    r"^(?:\s*[a-z]+){0,2}\s*(?:a year (?:earlier|before|ago)|in the previous year|last year)",
    re.IGNORECASE,
)
FORECAST = re.compile(r"\b(?:forecasts?|expects?|expected|guidance|outlook|predicts?)\b", re.I)
NUMBER_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)"
RANGE_BEFORE = re.compile(rf"\b(?:\d[\d,.]*|{NUMBER_WORDS})\s+(?:to|-|–)\s*$", re.I)
RANGE_AFTER = re.compile(rf"^\s*(?:to|-|–)\s*(?:\d|{NUMBER_WORDS}\b)", re.I)
RANGE_BETWEEN = re.compile(rf"\bbetween\s+(?:\d[\d,.]*|{NUMBER_WORDS})\s*%?\s+and\s+$", re.I)
RELATIVE_AFTER = re.compile(r"^(?:\s+\w+)?\s+(?:later|earlier|ago)\b", re.I)
DATELINE = re.compile(r"^[^.!?]{0,60}?(?:\([A-Z][\w. ]+\)\s*)?[-–—]\s")
CONVERSION_BEFORE = re.compile(r"\d[^()]{0,25}\(\s*(?:about|some|roughly|around|nearly)?\s*$")
CONTINENTS = {"Europe", "Asia", "Africa", "North America", "South America", "Oceania", "Antarctica",
              "Australia", "America"}  # fmt: skip
MAIN_CLAUSE = {"ROOT", "conj", "ccomp"}
EVERYDAY_BODIES = {"Sun", "Moon", "Earth"}
SPEECH_VERBS = {"say", "tell", "add", "announce", "state", "report", "confirm", "explain",
                "warn", "note", "argue", "write"}  # fmt: skip
FORECAST_LEMMAS = {"expect", "forecast", "predict", "project", "anticipate", "target"}
LONG_AGO = 1000  # "25 million years ago" is an age; "three years ago" is relative
HEADLINE_REACH = 35  # characters either side of a figure that count as "beside" it
COMPARISON_BASE = re.compile(r"\b(?:than|as) (?:in|on|at|of)\s+$|\b(?:than|from)\s+$", re.I)


def trivia(fact: Fact, subject: Entity | None) -> str:
    """Why a teacher would not ask about ``fact`` ("" when it is worth asking)."""
    if fact.type in (WEEKDAY, TIME):
        return "a weekday or a clock time"
    before = fact.sentence.text[: fact.start]
    after = fact.sentence.text[fact.end :]
    if _in_dateline(fact):
        return "part of a dateline"
    if fact.kind != QUOTE and _in_long_list(fact.token):
        return "one item of a list"
    if fact.kind == DATE and _inside_quotation(before, after):
        return "a month or a date inside a quotation (full from June to the end of August)"
    if fact.type == TIMES and _inside_quotation(before, after):
        return "a number of times inside a quotation (we lost the toss twice)"
    if side := minor_figure(fact, subject):
        return side
    if passing := passing_detail(fact):
        return passing
    if fact.kind == FIGURE and CONVERSION_BEFORE.search(before) and after.lstrip()[:1] == ")":
        return "a unit conversion"
    if fact.kind == FIGURE and _money(fact) and _secondary_money(fact, before, after):
        return "a secondary money figure"
    if own_money(fact):
        return "a secondary money figure (half of his prize money)"
    if fact.kind == FIGURE and (RANGE_BEFORE.search(before) or _range_start(fact, after)):
        return "one end of a range"
    if re.search(r"\bbetween\s+$", before) and re.match(r"\s+and\s+\d", after):
        return "one end of a range"  # "between 1570 and 1971"
    if fact.kind == FIGURE and RANGE_BETWEEN.search(before):
        return "one end of a range"  # "between 22 and 55 kilograms"
    life_date = fact.kind == DATE and fact.type in (YEAR, FULL_DATE, MONTH_YEAR)
    if life_date and other_life_date(fact, before, after, subject):
        return "a birth or death date of someone other than the subject"
    if fact.kind == DATE and COMPARISON_BASE.search(before):
        return "the base of a comparison (more than in 2024)"
    since = re.search(r"\bsince\s+$", before) and not re.match(r"\s*,?\s*when\b", after)
    if fact.kind == DATE and since and _superlative(fact):
        return "the base of a comparison (the first since 2022)"
    if fact.kind == DATE and fact.type == YEAR and _forecast(fact.token):
        return "a forecast's year (expected revenue in 2026)"
    if fact.kind == FIGURE and RELATIVE_AFTER.match(after) and not _long_ago(fact, after):
        return "a relative time (three years later)"
    if fact.kind == ACTOR and fact.type in PLACE_TYPES and _owner_of_a_name(fact.token):
        return "the country of a named company or person (Germany's Siemens)"
    if fact.kind == ACTOR and _name_goes_on(fact):
        return "part of a longer name (GE of GE Vernova)"
    if fact.kind == ACTOR and _source_of_a_comment(fact.token):
        return "where an unnamed speaker works (analysts at the bank X said)"
    if fact.kind != QUOTE and _alternative(fact.token):
        return "one of two alternatives (May or June)"
    if fact.type == COUNT and fact.value is not None and float(fact.value) < 2:
        return "a figure of one"
    if fact.kind == ACTOR and fact.answer in EVERYDAY_BODIES:
        return "the Sun, the Moon or the Earth"
    return ""


def _inside_quotation(before: str, after: str) -> bool:
    """Whether the span between ``before`` and ``after`` stands inside quotation marks: a
    speaker's month ("busy from June to the end of August", he said) is colour, not news."""
    curly = before.count("\u201c") > before.count("\u201d") and "\u201d" in after
    straight = before.count('"') % 2 == 1 and '"' in after
    return curly or straight


def _range_start(fact: Fact, after: str) -> bool:
    """Whether the figure is the first end of "A to B"; "rose 18 percent to 15 billion
    euros" is a rise and its result, not a range (the ends would share a unit)."""
    if not RANGE_AFTER.match(after):
        return False
    if fact.type != PERCENT:
        return True
    other = re.match(r"\s*(?:to|-|–)\s*\S+(?:\s+\S+){0,2}", after)
    return other is not None and re.search(r"%|\bper ?cent", other.group()) is not None


def _long_ago(fact: Fact, after: str) -> bool:
    """ "about 25 million years ago": an age, not a time relative to another event."""
    if not re.match(r"^(?:\s+\w+)?\s+ago\b", after, re.IGNORECASE):
        return False
    return fact.value is not None and float(fact.value) >= LONG_AGO


def _superlative(fact: Fact) -> bool:
    """Whether the sentence before the fact ranks something ("the first ... since",
    "the highest ... since", "its biggest gain since")."""
    span = fact.sentence.span
    cut = span.start_char + fact.start
    return any(
        t.idx < cut and (t.tag_ in ("JJS", "RBS") or t.lower_ in ("first", "last")) for t in span
    )


def _forecast(token: Any) -> bool:
    """Whether a verb of forecasting governs ``token`` ("expected revenue of ... in 2026")."""
    while token is not None and token.head.i != token.i:
        token = token.head
        if token.lemma_ in FORECAST_LEMMAS:
            return True
    return False


def _owner_of_a_name(token: Any) -> bool:
    """Whether a place is the possessor of another name ("Germany's Siemens Gamesa",
    "Ethiopia's Haile Gebru"): a nationality, not what the sentence teaches; a place that
    owns a common noun ("Azerbaijan's president") stays."""
    return (
        token is not None
        and token.dep_ == "poss"
        and token.head.pos_ == "PROPN"
        and token.head.ent_type_ not in ("", "GPE", "LOC")
    )


def _name_goes_on(fact: Fact) -> bool:
    """Whether the name runs on past the fact in untagged proper nouns that do not lead to
    another name ("GE" of "GE Vernova"); a title before a name is no part of it ("NATO
    Secretary-General Jens Stoltenberg")."""
    span = fact.sentence.span
    end = span.start_char + fact.end
    after = [t for t in span if t.idx >= end]
    if not after or after[0].idx != end + 1 or after[0].pos_ != "PROPN" or after[0].ent_type_:
        return False
    for t in after:
        if t.ent_type_:
            return False  # a title, then the name it belongs to
        if t.pos_ != "PROPN" and t.text != "-":
            return True
    return True


def _source_of_a_comment(token: Any) -> bool:
    """Whether an actor only says where an unnamed speaker works: "Analysts at the bank
    Nordea said", "a spokesman for the ministry told reporters"."""
    if token is None:
        return False
    while token.dep_ in ("pobj", "prep", "appos", "compound") and token.head.i != token.i:
        token = token.head
    return (
        token.dep_ == "nsubj"
        and token.pos_ == "NOUN"
        and token.head.lemma_ in SPEECH_VERBS
        and any(c.dep_ == "prep" for c in token.children)
    )


def _in_dateline(fact: Fact) -> bool:
    """ "LONDON, March 3 (Reuters) - ..." : the facts before the dash."""
    if fact.sentence.index > 1:
        return False
    found = DATELINE.match(fact.sentence.text)
    if found is None or fact.start >= found.end():
        return False
    head = fact.sentence.text[: found.end()]
    return "(" in head or any(w.isupper() and len(w) > 2 for w in head.split())


def _in_long_list(token: Any) -> bool:
    """Whether ``token`` is one of three or more coordinated items ("A, B and C")."""
    if token is None:
        return False
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    items = [first, *_conjuncts(first)]
    return len(items) >= 3 and token in items


def _alternative(token: Any) -> bool:
    """Whether ``token`` is one side of "A or B"."""
    if token is None:
        return False
    items = [token, *token.conjuncts]
    return len(items) >= 2 and any(
        t.dep_ == "cc" and t.lower_ == "or" for i in items for t in i.children
    )


def _conjuncts(token: Any) -> list[Any]:
    out = []
    for child in token.children:
        if child.dep_ == "conj":
            out.append(child)
            out.extend(_conjuncts(child))
    return out


def _money(fact: Fact) -> bool:
    return fact.type == MONEY or bool(CURRENCY.search(fact.surface + " " + fact.unit))


def _secondary_money(fact: Fact, before: str, after: str) -> bool:
    """Per-share values, year-earlier values and forecasts."""
    if "per share" in before[-30:].casefold() or "per share" in after[:25].casefold():
        return True
    if YEAR_EARLIER.match(after) or re.search(r"\bfrom\s+(?:about\s+)?\W?$", before):
        return True
    return FORECAST.search(fact.sentence.text) is not None and not _expected_cost(before)


EXPECTED_COST = re.compile(r"\bcost(?:s|ing)?\s+(?:it\s+|them\s+)?(?:\w+\s+){0,2}$", re.I)


def _expected_cost(before: str) -> bool:
    """Whether an expected figure is what the article's event costs ("expected the recall to
    cost about 640 million kronor"): a headline figure, not a forecast of results."""
    return EXPECTED_COST.search(before[-40:]) is not None


def main_actors(facts: list[Fact]) -> list[Entity]:
    """The actors the article is about: named at least 3 times and at least 60 % as often
    as the one named most, most named first (the earliest on a tie)."""
    counts: Counter[int] = Counter()
    first: dict[int, tuple[Entity, int]] = {}
    for f in facts:
        if f.kind == ACTOR and f.entity is not None:
            counts[id(f.entity)] += 1
            first.setdefault(id(f.entity), (f.entity, f.sentence.index))
    if not counts:
        return []
    top = max(counts.values())
    keys = sorted(counts, key=lambda k: (-counts[k], first[k][1]))
    return [first[k][0] for k in keys if counts[k] >= max(3, 0.6 * top)]


def subject_of(facts: list[Fact]) -> Entity | None:
    """The article's subject: the actor it names most (at least 3 times), else the actor
    that is the subject of its first sentence (a biography names its person once and then
    says "she"), or None."""
    actors = main_actors(facts)
    if actors:
        return actors[0]
    first = min((f.sentence.index for f in facts), default=None)
    opening = [
        f for f in facts
        if f.kind == ACTOR and f.entity is not None and f.sentence.index == first
        and f.token is not None and f.token.dep_ in ("nsubj", "nsubjpass")
        and f.token.head.dep_ == "ROOT"
    ]  # fmt: skip
    return opening[0].entity if opening else None


def weights(
    facts: list[Fact], recurs: set[int], lead: set[int], subject: Entity | None
) -> dict[int, float]:
    """Each fact's :func:`importance` (by id), less the weight a later figure loses where
    the lead already has one of its unit (:mod:`lead_figures`)."""
    later = later_figure_penalties(facts, lead)
    return {id(f): importance(f, recurs, lead, subject) - later.get(id(f), 0.0) for f in facts}


def importance(fact: Fact, recurs: set[int], lead: set[int], subject: Entity | None) -> float:
    """How central ``fact`` is to the article (higher is asked first)."""
    score = {DATE: 1.5, FIGURE: 1.5, QUOTE: 1.5, ACTOR: 1.0}.get(fact.kind, 1.0)
    if fact.sentence.index in lead:
        score += 2.0
    else:
        score -= 0.04 * fact.sentence.index  # earlier is more central, a little
    if fact.entity is not None:
        score += 0.4 * min(fact.entity.mentions - 1, 4)
        if fact.entity is subject:
            score += 1.0
    if _main_agent(fact.token) and not speaker(fact.token):
        score += 1.0
    if fact.kind == ACTOR and speaker(fact.token):
        score -= 1.0  # "..., Finance Minister Grace Tamati said": what was said is the news
    if id(fact) in recurs:
        score += 0.5
    if fact.kind == FIGURE:
        score += _headline(fact)
    if fact.type == SCORE:
        score += 1.5  # the result of a game is its headline
    if fact.kind == FIGURE and _what_the_subject_did(fact.token, subject):
        score += 1.0  # "Harlow Motors earned 410 million pounds": the article's own figure
    if fact.kind == DATE and fact.type in (YEAR, FULL_DATE, MONTH_YEAR):
        score += 0.25
    if fact.kind == ACTOR and fact.answer in CONTINENTS:
        score -= 1.0  # "in Europe": rarely what the sentence teaches
    return score


def _headline(fact: Fact) -> float:
    """What a figure gains as a headline figure: most when a headline word (killed,
    damage, sales, votes) stands beside it ("killed at least 40 people"), less when the word
    is elsewhere in its sentence, as much for a share (a percentage)."""
    text = fact.sentence.text
    near = text[max(0, fact.start - HEADLINE_REACH) : fact.end + HEADLINE_REACH]
    if HEADLINE_WORDS.search(near) and fact.type != SHARE:
        return 1.25  # (a share in words, "half of his prize money", weighs as a percentage)
    if fact.type in (PERCENT, SHARE) or HEADLINE_WORDS.search(text):
        return 0.75
    if _money(fact) and PLEDGE_WORDS.search(near):
        return 0.75  # "promised 12 million dollars in aid": what the money is for
    return 0.0


def _what_the_subject_did(token: Any, subject: Entity | None) -> bool:
    """Whether ``token`` is the object of a main verb whose subject is the article's subject
    (named, or "the company", "she")."""
    if token is None or subject is None:
        return False
    verb = token.head.head if token.dep_ in ("nummod", "quantmod", "compound") else token.head
    if token.dep_ in ("nummod", "quantmod", "compound"):
        token = token.head
    if token.dep_ not in ("dobj", "attr") or verb.dep_ != "ROOT":
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return False
    words = subjects[0].doc[subjects[0].left_edge.i : subjects[0].i + 1].text
    names = subject.names() | {n.split()[-1] for n in subject.names()}
    return any(n in words for n in names) or subjects[0].lower_ in (
        "he",
        "she",
        "it",
        "company",
        "firm",
        "group",
    )


def speaker(token: Any) -> bool:
    """Whether ``token`` is the one who speaks ("..., Grace Tamati said")."""
    return token is not None and token.head.lemma_ in SPEECH_VERBS


def _main_agent(token: Any) -> bool:
    if token is None or token.dep_ not in ("nsubj", "nsubjpass", "pobj"):
        return False
    head = token.head
    if token.dep_ == "pobj":  # "set up by X": the agent of a passive
        if head.dep_ != "agent":
            return False
        head = head.head
    return bool(head.dep_ in MAIN_CLAUSE)


def recurring(facts: list[Fact]) -> set[int]:
    """Ids of the facts the article comes back to in another sentence (quotes aside)."""
    where: dict[tuple[str, str], set[int]] = {}
    for f in facts:
        for answer in f.all_answers():
            where.setdefault((f.kind, answer), set()).add(f.sentence.index)
    return {
        id(f)
        for f in facts
        if f.kind != QUOTE and any(len(where[(f.kind, a)]) > 1 for a in f.all_answers())
    }


def lead_sentences(facts: list[Fact]) -> set[int]:
    """Indices of the sentences of the article's lead: its first paragraph with a full sentence."""
    usable = sorted({f.sentence.index: f.sentence for f in facts}.items())
    if not usable:
        return set()
    first, sentence = usable[0]
    return {i for i, s in usable if s.span.doc is sentence.span.doc and i <= first + 2}
