"""Figures: counts, durations, money, percentages, quantities and "twice".

Each figure keeps its number as written ("four", "120,000", "$2.5 million"),
its numeric value (number words are read with number-parser), the noun it
counts ("villages", "ethnic Armenians") and a fine type, so a distractor
can be written in the same format and unit.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from number_parser import parse_number

from quizapp.generator import nlp
from quizapp.generator.facts.facts import (
    COUNT,
    DURATION,
    FIGURE,
    MONEY,
    PERCENT,
    QUANTITY,
    SCORE,
    TIMES,
    Fact,
    Sentence,
)
from quizapp.generator.facts.figure_ranges import range_end, range_facts
from quizapp.generator.facts.figure_units import (
    CURRENCY_WORD,
    PERCENT_WORDS,
    a_length,
    a_margin,
    a_range,
    count_rate,
    currency_end,
    currency_start,
    elided_unit,
    hyphened_unit,
    measured,
    plural_unit,
    price_aliases,
    price_end,
    rate_end,
    retyped_money,
    without_currency_name,
    without_rate,
    without_stop,
)
from quizapp.generator.facts.fraction_words import PARTS, fraction_facts
from quizapp.generator.facts.innings_totals import innings_total
from quizapp.generator.facts.race_times import race_time_facts
from quizapp.generator.facts.vote_tallies import tally_facts

TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"}
TIMES_WORDS = {"once": 1, "twice": 2, "thrice": 3}
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
NUMBER = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?")
HEDGES = set(
    [
        "about",
        "some",
        "nearly",
        "almost",
        "around",
        "over",
        "more",
        "than",
        "at",
        "least",
        "most",
        "up",
        "to",
        "roughly",
        "approximately",
        "fewer",
        "less",
        "only",
        "just",
        "an",  # "an estimated 40 million euros"
        "estimated",
    ]
)
# adjectives a measure stands before, which the model may take into it ("40 centimetres tall")
DIMENSION_WORDS = {"tall", "high", "long", "deep", "wide", "thick", "heavy", "old", "broad"}
ANAPHORIC_BEFORE = {"the", "these", "those", "both", "all"}
CURRENCY = re.compile(
    rf"[$€£¥]|\b(?:{CURRENCY_WORD.pattern}|cents?|pence|usd|eur|gbp|bn|m)\b", re.IGNORECASE
)
MAGNITUDE = "magnitude"  # the unit of a quake's magnitude, which is not a count
# number words the model may leave unmarked, as a sentence's first word above all ("Eleven
# people were killed ...", tagged an adjective)
NUMBER_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
                "ninety", "hundred", "thousand"}  # fmt: skip
MIN_VALUE = 2  # "one" is more often a pronoun than a figure
SCORE_RE = re.compile(r"(?<![\d.,/:–-])(\d{1,2})\s?[-–]\s?(\d{1,2})(?![\d.,/:–-]|\s*(?:%|percent))")
_SET = r"\d{1,2}\s?[-–]\s?\d{1,2}(?:\s?\(\d{1,2}\))?"
# a match's sets kept whole: "6-4, 6-3", "7-6 (5), 3-6, 6-2"
SETS_RE = re.compile(rf"(?<![\d.,/:–-]){_SET}(?:,\s*{_SET})+(?![\d/:–-]|[.,]\d|\s*(?:%|percent))")
SPORT_NEAR = re.compile(
    r"\b(?:beat|beating|beaten|won|win|wins|winning|defeat\w*|lost|los\w+|drew|draw|scor\w+|"
    r"victory|final|match|game|thrash\w*|edg\w+|against|goals?|points?)\b",
    re.IGNORECASE,
)


def figure_facts(sentences: list[Sentence]) -> list[Fact]:
    """Every figure in the usable sentences."""
    facts: list[Fact] = []
    for sentence in sentences:
        if sentence.usable:
            facts.extend(_sentence_figures(sentence))
    return facts


def _set_scores(text: str, found: re.Match[str]) -> bool:
    """ "6-4, 3-6, 7-5": one set of a match, not its result."""
    before, after = text[: found.start()], text[found.end() :]
    return bool(
        re.search(r"\d\s?[-–]\s?\d+,\s*$", before) or re.match(r",\s*\d+\s?[-–]\s?\d", after)
    )


def _scores(sentence: Sentence) -> list[Fact]:
    """Results such as "beating West Germany 4-2": a score, where the words around it are a
    game's ("beat", "won", "final", ...)."""
    out = []
    sets = list(SETS_RE.finditer(sentence.text))
    for found in sorted([*SCORE_RE.finditer(sentence.text), *sets], key=lambda m: m.start()):
        near = sentence.text[max(0, found.start() - 60) : found.end() + 30]
        one_set = found not in sets and _set_scores(sentence.text, found)
        if SPORT_NEAR.search(near) is None or one_set:
            continue
        start, end = found.span()
        root = sentence.root_at(start, end)
        if root is None:
            continue
        out.append(Fact(FIGURE, SCORE, found.group(), sentence, start, end, token=root))
    return out


def _sentence_figures(sentence: Sentence) -> list[Fact]:
    found = []
    for ent in nlp.ents(sentence.span):
        fact = _from_entity(sentence, ent)
        if fact is not None:
            found.append(fact)
    ranges = range_facts(sentence)  # "between 22 and 55 kilograms": neither end alone
    found = [f for f in found if not _overlapping(f, ranges)] + ranges
    tallies = tally_facts(sentence)  # "by six votes to four": neither side alone
    scores = [f for f in _scores(sentence) if not _overlapping(f, tallies)]
    found = [f for f in found if not _overlapping(f, [*tallies, *scores])] + tallies + scores
    found = [f for f in found if not range_end(f)]
    found.extend(_unmarked_counts(sentence, found))
    found.extend(f for f in fraction_facts(sentence) if not _overlapping(f, found))
    found.extend(f for f in race_time_facts(sentence) if not _overlapping(f, found))
    for tok in sentence.span:
        if tok.lower_ in TIMES_WORDS and tok.lower_ != "once":
            start = sentence.local(tok.idx)
            found.append(
                Fact(
                    FIGURE,
                    TIMES,
                    tok.text,
                    sentence,
                    start,
                    start + len(tok.text),
                    value=float(TIMES_WORDS[tok.lower_]),
                    token=tok,
                )
            )
    return sorted(found, key=lambda f: f.start)


def _overlapping(fact: Fact, found: list[Fact]) -> bool:
    return any(f.start < fact.end and fact.start < f.end for f in found)


def _unmarked_counts(sentence: Sentence, found: list[Fact]) -> list[Fact]:
    """Counts that the model did not mark ("who led more than 900 firefighters", "Eleven
    people were killed"): a number before the noun it counts, outside any entity."""
    from spacy.tokens import Span  # (importing the generator loads no model)

    out = []
    doc = sentence.span.doc
    for tok in sentence.span:
        word = tok.lower_ in NUMBER_WORDS  # "Sixty homes": may be parsed an adjective
        written = NUMBER.fullmatch(tok.text) or word
        counts = tok.dep_ == "nummod" or (word and tok.dep_ == "amod")
        if not (written and tok.ent_type_ == "" and counts):
            continue
        if tok.head.pos_ != "NOUN" or tok.head.i < tok.i:
            continue
        first = tok.i  # "Twenty-three homes": the tens and the hyphen too
        if first - 2 >= sentence.span.start and doc[first - 1].text == "-":
            first -= 2 if doc[first - 2].lower_ in NUMBER_WORDS else 0
        end = tok.i + 1
        while end < len(doc) and doc[end].lower_ in SCALES:
            end += 1
        start = sentence.local(doc[first].idx)
        if any(f.start < sentence.local(tok.idx) + len(tok.text) and start < f.end for f in found):
            continue
        fact = _from_entity(sentence, Span(doc, first, end, label="CARDINAL"))
        if fact is not None:
            out.append(fact)
    return out


def _from_entity(sentence: Sentence, ent: Any) -> Fact | None:
    label = ent.label_
    text = ent.text
    if label == "DATE":
        kind = DURATION if _is_duration(ent) else None
    elif label == "TIME":
        kind = None
    elif label == "CARDINAL":
        kind = COUNT
    else:
        kind = {"MONEY": MONEY, "PERCENT": PERCENT, "QUANTITY": QUANTITY}.get(label)
    doc = ent.doc
    start_tok, end_tok = ent.start, ent.end
    if kind == MONEY and currency_start(doc, start_tok) < start_tok:
        start_tok -= 1  # "$" + "3.41": the model left the sign out
        text = doc[start_tok:end_tok].text
    if kind == MONEY and not CURRENCY.search(text):
        end_tok = currency_end(doc, end_tok)  # "410 million" + "Danish kroner"
        if end_tok > ent.end:
            kind, text = MONEY, doc[start_tok:end_tok].text
    if kind == MONEY and (PERCENT_WORDS.search(text) or not CURRENCY.search(text)):
        kind = retyped_money(text)
        if kind is None:
            return None  # "4.6 billion years ago", labelled money by the model
    if label == "TIME" and _is_duration(ent) and (a_margin(ent) or a_length(ent)):
        kind = DURATION  # "17 seconds ahead of Kiprop", "held for up to 72 hours"
    if kind is None or a_range(text):
        return None  # "between 6% and 7%": neither end is the figure
    if kind == DURATION:
        start_tok, end_tok = _duration_tokens(ent)
    while start_tok < end_tok and doc[start_tok].lower_ in HEDGES:
        start_tok += 1
    while kind == QUANTITY and end_tok > start_tok and doc[end_tok - 1].lower_ in DIMENSION_WORDS:
        end_tok -= 1  # "40 centimetres tall": the measure is "40 centimetres"
    if start_tok >= end_tok:
        return None
    if kind == QUANTITY:  # "52 metres per second" (a percentage's "a year" stays in the
        end_tok = rate_end(doc, end_tok)  # sentence, so its questions keep it)
    if kind == MONEY:  # "$3.41 a kilogram": a price is no price without what it is per
        end_tok = price_end(doc, end_tok)
    span = doc[start_tok:end_tok]
    text = without_stop(span.text)
    if kind == COUNT and start_tok > 0 and doc[start_tok - 1].lower_ in ANAPHORIC_BEFORE:
        return None  # "the two sides" refers back; it is not a figure
    if kind == COUNT and span[-1].lower_ in PARTS:
        return None  # "two thirds of the farms" is a share (see fraction_words), not 2 farms
    value = number_value(text)
    if value is None or (kind in (COUNT, DURATION) and value < MIN_VALUE):
        return None
    if kind == COUNT and re.fullmatch(r"1[0-9]{3}|20[0-9]{2}", text):
        return None  # a year the model typed as a number
    unit = (_unit(span) or elided_unit(span) or innings_total(span)) if kind == COUNT else ""
    if kind == COUNT and _magnitude(span):
        kind, unit = QUANTITY, MAGNITUDE  # "a magnitude 7.1 earthquake": asked "what magnitude"
    if kind == COUNT and not unit:
        return None  # a bare number is not askable on its own
    if kind == COUNT and _label(span, value):
        return None  # "a magnitude 6.8 earthquake" is one earthquake, not 6.8 of them
    number = ""  # a measure's number alone, which a typed answer may give ("3 million")
    if kind == COUNT and measured(span, unit):  # "7.2 mmHg", "312 millimetres": a measure
        number, unit_word = text, unit
        kind, unit, span = QUANTITY, "", doc[span.start : span.end + 1]
        text = span.text
    if kind == DURATION:
        unit = span[-1].text if span[-1].tag_ == "NNS" else plural_unit(span[-1])
    start = sentence.local(span.start_char)
    aliases = _aliases(text, value, "" if kind == DURATION else unit)
    if kind == COUNT and without_rate(unit) != unit:  # "6,800 steps" of "... steps a day"
        aliases = tuple(sorted({*aliases, *_aliases(text, value, without_rate(unit))}))
    if kind == DURATION and "-" in text:  # "18-month": "18 months" too
        aliases = tuple(sorted({*aliases, f"{format_plain(value)} {unit}"}))
    if number:  # "3 million litres": "3 million", "3000000 litres" too
        aliases = tuple(sorted({*aliases, *_aliases(number, value, unit_word), number} - {text}))
    if unit == MAGNITUDE:
        aliases = (f"magnitude {text}",)  # "7.1" or "magnitude 7.1"
    if kind == MONEY:
        aliases = without_currency_name(text, aliases)
        aliases = tuple(sorted({*aliases, *price_aliases(text)}))
    return Fact(
        FIGURE,
        kind,
        text,
        sentence,
        start,
        start + len(text),
        value=value,
        aliases=aliases,
        unit=unit,
        token=span.root,
    )


def _magnitude(span: Any) -> bool:
    """Whether the number is the magnitude of an earthquake: "a magnitude 7.1 earthquake",
    "had a magnitude of 7.1" (the headline figure of a report on one)."""
    doc, root = span.doc, span.root
    before = [t.lower_ for t in doc[max(0, span.start - 2) : span.start]]
    if before[-1:] == [MAGNITUDE] and root.dep_ == "nummod":
        return True
    return before == [MAGNITUDE, "of"] and root.dep_ == "pobj"


def _label(span: Any, value: float) -> bool:
    """Whether the number names a grade of one thing ("a magnitude 6.8 earthquake", "a
    category 4 storm") rather than counting things: the noun it stands before is singular."""
    root, doc = span.root, span.doc
    head = root.head
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head  # "300 plant specimens": the noun is "specimens"
    if root.dep_ != "nummod" or head.tag_ != "NN" or head.i < root.i:
        return False  # "3,800 townspeople" may be tagged singular: a whole number counts
    fraction = value != int(value)
    return fraction or (span.start > 0 and doc[span.start - 1].tag_ == "NN")


def _is_duration(ent: Any) -> bool:
    return _duration_tokens(ent) != (0, 0)


def _duration_tokens(ent: Any) -> tuple[int, int]:
    """Tokens of "<number> <time unit>" inside a DATE entity ("Tuesday, three days")."""
    for tok in ent:
        joined = hyphened_unit(tok)  # "an 18-month trial"
        if joined:
            return joined
        if _time_unit(tok) and tok.i > ent.start and ent.doc[tok.i - 1].like_num:
            start = tok.i - 1
            while start > ent.start and ent.doc[start - 1].like_num:
                start -= 1
            if start > 0 and ent.doc[start - 1].lower_ in ("the", "last", "next", "past"):
                return (0, 0)
            rest = ent.doc[tok.i + 1 : tok.i + 4]  # (not "of 9.6 years, 1,187 people")
            two = len(rest) == 3 and rest[0].lower_ in ("and", ",") and rest[1].like_num
            if two and _time_unit(rest[2]):
                return (0, 0)  # "two years and three months": no one number and unit
            lead = ent.doc[max(0, start - 2) : start]
            if len(lead) == 2 and lead[1].lower_ in ("and", ",") and _time_unit(lead[0]):
                return (0, 0)  # its "three months"
            return (start, tok.i + 1)
    return (0, 0)


def _time_unit(tok: Any) -> bool:
    return bool(tok.lemma_.lower() in TIME_UNITS)


@lru_cache(maxsize=4096)
def number_value(text: str) -> float | None:
    """The value of a written number: "120,000", "four", "2.5 million", "$3bn", "12%"."""
    words = text.lower().replace("%", " ").replace("$", " ").replace("€", " ").replace("£", " ")
    digits = NUMBER.search(words)
    scale = 1.0
    for word, factor in SCALES.items():
        if re.search(rf"\b{word}\b", words):
            scale = factor
    if re.search(r"\d\s*bn\b", words):
        scale = 1e9
    if re.search(r"\d\s*m\b", words):
        scale = 1e6
    if digits:
        try:
            return float(digits.group(0).replace(",", "")) * scale
        except ValueError:
            return None
    parsed = parse_number(re.sub(r"\b(" + "|".join(SCALES) + r")\b", "", words).strip() or words)
    if parsed is None:
        parsed = parse_number(words.split()[0]) if words.split() else None
    return float(parsed) * scale if parsed is not None else None


def _unit(span: Any) -> str:
    """The noun a count counts, with its adjectives: "ethnic Armenians"."""
    root = span.root
    head = root.head
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head  # "300 plant specimens": the noun is "specimens"
    if root.dep_ in ("nummod", "quantmod") and head.pos_ in ("NOUN", "PROPN") and head.i > root.i:
        words = [t for t in span.doc[span.end : head.i + 1] if t.pos_ != "PUNCT"]
        rate = count_rate(head)  # "6,800 steps a day": "how many steps a day"
        return " ".join(t.text for t in [*words, *(rate or ())])
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if nxt is not None and nxt.lower_ == "of" and nxt.head.i == root.i:
        return _partitive(nxt)
    if nxt is None or nxt.pos_ != "NOUN":
        return ""
    end = nxt.i + 1  # "300 plant specimens": the whole noun, not "plant"
    while end < len(span.doc) and span.doc[end].pos_ == "NOUN" and end < nxt.i + 3:
        end += 1
    return str(span.doc[nxt.i : end].text)


def _partitive(of: Any) -> str:
    """The noun of "365 of the 650 seats", "12 of its 40 stores": a share of a whole the
    sentence counts or names with "the" or a possessive (not "two of them")."""
    nouns = [c for c in of.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
    if not nouns:
        return ""
    noun = nouns[0]
    whole = [c for c in noun.children if c.dep_ in ("nummod", "det", "poss")]
    return noun.text if whole else ""


def _aliases(text: str, value: float, unit: str) -> tuple[str, ...]:
    plain = format_plain(value)
    if unit and text.endswith(unit):
        unit = ""
    out = {plain, f"{plain} {unit}".strip(), f"{text} {unit}".strip()}
    if "," in text:
        out.add(text.replace(",", ""))
    out.discard(text)
    return tuple(sorted(out))


def format_plain(value: float) -> str:
    """A value as a plain number: 4, 2.5, 120000, 8200000 (never "8.2e+06": "8.2 million"
    is read as 8199999.999999999)."""
    value = round(float(value), 6)
    return str(int(value)) if value.is_integer() else f"{value:f}".rstrip("0")
