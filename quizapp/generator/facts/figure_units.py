"""What a figure's unit says where the model's label or span gets it wrong.

A percentage or a measure typed money ("9.3 per cent", "4.5 billion kilometres"), an
amount whose currency the model left out of it ("410 million" + "Danish kroner"), a rate
whose "per second" it cut off, a unit with the sentence's full stop ("2,100 km/h."), a
range that is no one figure ("between 6% and 7%"), a winning margin the model typed a
clock time ("17 seconds ahead") and the noun a bare number stands for where the clause it
is joined to names it ("43 people were killed and about 20 remain missing").
"""

from __future__ import annotations

import re
from typing import Any

from quizapp.generator.facts.facts import PERCENT, QUANTITY
from quizapp.questiondata import FineType

TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"}
# currencies whose name is no other word ("12 pounds" may weigh, "two real problems")
CURRENCY_NAMES = re.compile(
    r"dollars?|euros?|yen|yuan|francs?|rupees?|rupiah|kronor|krona|kroner|krone|pesos?|"
    r"rubles?|roubles?|dinars?|dirhams?|riyals?|lira|shillings?",
    re.I,
)
# every currency's name (a national adjective may stand before one), those that are other
# words too among them
CURRENCY_WORD = re.compile(
    rf"{CURRENCY_NAMES.pattern}|pounds?|crowns?|reais|real|rand|won", re.IGNORECASE
)

# "percent" or "per cent" after a figure: one spelling for every pattern that reads a percentage
PER_CENT = r"per ?cent\b"
PERCENT_WORDS = re.compile(rf"%|\b{PER_CENT}|\bpercentage points?\b", re.I)
MEASURE_UNITS = re.compile(
    r"\b(?:(?:kilo|centi|milli)?met(?:re|er)s?|km|cm|mm|miles?|feet|foot|ft|inch(?:es)?|yards?|"
    r"(?:kilo)?grams?|kg|tonnes?|tons?|pounds|lbs?|litres?|liters?|gallons?|hectares?|acres?|"
    r"degrees?|knots?|kph|mph|km/h|watts?|volts?|light[- ]years?|astronomical units?|mmHg|"
    r"millibars?|hectopascals?|hPa|(?:kilo|mega|giga)watts?|kWh|MW|GW|decibels?|dB|"
    r"(?:kilo)?calories|kcal)\b",
    re.I,
)
RANGE = re.compile(
    r"^(?:between\s+)?\S*\d\S*(?:\s+\w+)?\s+(?:and|to)\s+\S*\d"  # "3,000 to 4,500 metres"
    # "5,000-8,000", "$2m–$3m" (a match's score is found apart, by figures.SCORE_RE)
    r"|^(?:between\s+)?\D{0,4}\d[\d,.]*\s?[-–]\s?\D{0,4}\d",
    re.I,
)
MARGIN_WORDS = {"ahead", "behind", "clear", "short", "faster", "slower", "quicker"}
# words before a length of time the model typed a clock time that make it a length: "held
# for 48 hours", "won by 3 seconds", "within 36 hours"
LENGTH_BEFORE = {"for", "by", "within"}
CURRENCY_SIGNS = {"$", "€", "£", "¥"}
# what a price is told per: "$3.41 a kilogram", "€12 per tonne", "$80 a barrel"
PRICE_UNITS = re.compile(
    rf"{MEASURE_UNITS.pattern}|\b(?:barrel|ounce|bushel|bale|megawatt-hour|kilowatt-hour)\b",
    re.IGNORECASE,
)
RATE_WORDS = {"per", "a", "an", "each", "every"}


def retyped_money(text: str) -> FineType | None:
    """What a figure typed money without a currency is: "9.3 per cent" a percentage,
    "4.5 billion kilometres" a measure (or nothing: "4.6 billion years ago")."""
    if PERCENT_WORDS.search(text):
        return PERCENT
    if MEASURE_UNITS.search(text):
        return QUANTITY
    return None


def currency_end(doc: Any, end: int) -> int:
    """The end of an amount whose currency the model left out of it: "410 million" +
    "Danish kroner", "12 million" + "euros" (or ``end`` as it is; a number the model
    typed a count keeps its currency as the noun it counts: "how many euros of aid")."""
    words = [t.text for t in doc[end : end + 2]]
    if words and CURRENCY_NAMES.fullmatch(words[0]):
        return end + 1
    national = doc[end].ent_type_ == "NORP" or doc[end].pos_ in ("ADJ", "PROPN")
    if len(words) == 2 and national and words[0].istitle() and CURRENCY_WORD.fullmatch(words[1]):
        return end + 2  # "Swedish kronor", "British pounds"
    return end


def without_currency_name(text: str, aliases: tuple[str, ...]) -> tuple[str, ...]:
    """The aliases of an amount and the amount without its currency's name: "1.4 billion"
    of "1.4 billion euros", "640 million" of "640 million Swedish kronor"."""
    bare = re.sub(rf"(?:\s+[A-Z][a-z]+)?\s+(?:{CURRENCY_NAMES.pattern})$", "", text)
    if bare == text or not re.search(r"\d", bare):
        return aliases
    return tuple(sorted({*aliases, bare}))


def a_margin(ent: Any) -> bool:
    """Whether a length of time the model typed a clock time is a winning margin ("17
    seconds ahead of", "two minutes clear"), not when something happened ("scored after
    12 minutes") nor a stay of minor note ("about ten hours ashore")."""
    doc = ent.doc
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return after in MARGIN_WORDS and before != "after"


def a_length(ent: Any) -> bool:
    """Whether a length of time the model typed a clock time is told as a length: "for up
    to 72 hours", "held for 48 hours", "won by 3 seconds", "within 36 hours" (not "after
    12 minutes", when something happened)."""
    doc = ent.doc
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    words = [t.lower_ for t in ent[:2]]
    return before in LENGTH_BEFORE or words == ["up", "to"]


def currency_start(doc: Any, start: int) -> int:
    """The start of an amount whose currency sign the model left out of it: "$" + "3.41"
    (or ``start`` as it is)."""
    if start > 0 and doc[start - 1].text in CURRENCY_SIGNS:
        return start - 1
    return start


def price_end(doc: Any, end: int) -> int:
    """The end of a price with what it is per: "$3.41" + "a kilogram", "€12" + "per
    tonne" (a unit of measure or of trade, never "a share": a per-share value is trivia
    asked apart, nor "a year")."""
    if end + 1 >= len(doc) or doc[end].lower_ not in ("a", "an", "per"):
        return end
    unit = doc[end + 1]
    return end + 2 if unit.tag_ == "NN" and PRICE_UNITS.fullmatch(unit.text) else end


def price_aliases(text: str) -> tuple[str, ...]:
    """Other forms of a price per unit: "$3.41", "$3.41 per kilogram" of "$3.41 a
    kilogram" (the amount alone answers "to what price" too)."""
    found = re.match(r"^(.*\d\S*(?:\s+(?:thousand|million|billion))?)\s+(a|an|per)\s+(\S+)$", text)
    if found is None:
        return ()
    amount, word, unit = found.groups()
    other = "per" if word != "per" else ("an" if unit[:1].lower() in "aeiou" else "a")
    return (amount, f"{amount} {other} {unit}")


def a_range(text: str) -> bool:
    """ "between 6% and 7%", "5 to 7 per cent", "5,000-8,000 soldiers": two figures, neither
    of them the answer."""
    return RANGE.search(text) is not None


def rate_end(doc: Any, end: int) -> int:
    """The end of a rate whose "per ..." the model left out: "52 metres" + "per second",
    "40 litres" + "a day" (a time unit, or any noun after "per")."""
    while end + 1 < len(doc) and doc[end].lower_ in RATE_WORDS:
        nxt = doc[end + 1]
        unit = nxt.lemma_.lower() in TIME_UNITS or nxt.lower_ in TIME_UNITS
        if unit or (doc[end].lower_ == "per" and nxt.pos_ == "NOUN"):
            end += 2
        else:
            break
    return end


def count_rate(noun: Any) -> Any:
    """The rate right after a counted noun, as tokens: "a day" of "6,800 steps a day",
    "per week" of "400 cars per week" (or None): a count per day is asked "how many steps a
    day", never "how many steps" (which asks for a total)."""
    doc = noun.doc
    if noun.i + 2 >= len(doc):
        return None
    word, unit = doc[noun.i + 1], doc[noun.i + 2]
    held = unit.head.i == noun.i or (word.lower_ == "per" and word.head.i == noun.i)
    if word.lower_ not in RATE_WORDS or not held or unit.tag_ != "NN":
        return None
    if unit.lemma_.lower() not in TIME_UNITS:
        return None
    return doc[noun.i + 1 : noun.i + 3]


def without_rate(unit: str) -> str:
    """ "steps" of "steps a day" (a unit without a rate as it is)."""
    words = unit.split()
    rate = len(words) > 2 and words[-2].lower() in RATE_WORDS and words[-1].lower() in TIME_UNITS
    return " ".join(words[:-2]) if rate else unit


def without_stop(text: str) -> str:
    """ "2,100 km/h." (the sentence's full stop taken into the unit) without the stop."""
    if text.endswith(".") and not re.search(r"\.\w+\.$|\b[A-Z]\.$", text):
        return text[:-1]
    return text


def elided_unit(span: Any) -> str:
    """The noun a bare number subject stands for where the clause its verb is joined to
    counts that noun: "At least 43 people were killed and about 20 remain missing" ->
    "people" (or "")."""
    root, doc = span.root, span.doc
    verb = root.head
    if root.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "conj" or verb.i < root.i:
        return ""
    first = verb.head
    subjects = [c for c in first.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].tag_ != "NNS" or first.i > root.i:
        return ""
    noun = subjects[0]
    counts = [c for c in noun.children if c.dep_ == "nummod" and c.i < noun.i]
    words = doc[counts[-1].i + 1 : noun.i + 1] if counts else None
    if words is None or any(t.is_punct or t.dep_ not in ("amod", "compound") for t in words[:-1]):
        return ""
    return str(words.text)


def measured(span: Any, unit: str) -> bool:
    """Whether a number the model typed a count is a measure: the noun it counts, just
    after it, is a unit ("7.2 mmHg", "312 millimetres of rain")."""
    doc = span.doc
    if not unit or " " in unit or span.end >= len(doc) or doc[span.end].text != unit:
        return False
    return MEASURE_UNITS.fullmatch(unit) is not None and span.root.dep_ == "nummod"


def hyphened_unit(tok: Any) -> tuple[int, int] | None:
    """The tokens of a length of time written in digits as an adjective before its noun: "an
    18-month trial", "a 10-day festival" (not an age: "a 10-year-old boy")."""
    doc = tok.doc
    if tok.lemma_.lower() not in TIME_UNITS or tok.tag_ != "NN" or tok.i < 2:
        return None
    if doc[tok.i - 1].text != "-" or not doc[tok.i - 2].text[:1].isdigit():
        return None  # ("a ten-day run": choices of number words would not fit "ten-day")
    if tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-":
        return None  # "10-year-old"
    if tok.dep_ not in ("compound", "amod", "nmod") or tok.head.i <= tok.i:
        return None
    return (tok.i - 2, tok.i + 1)


def plural_unit(tok: Any) -> str:
    """ "months" of the "month" of "18-month"."""
    word = str(tok.lower_)
    return word[:-1] + "ies" if word == "century" else word + ("" if word.endswith("s") else "s")
