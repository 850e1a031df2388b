"""One spelling for words a typed answer may write several ways, for grading.

:func:`respell` works on folded text (lower case, no punctuation) and writes:

- ordinals as their number: "3rd", "third" and "the third" are 3, "twenty-first" is
  21, a regnal numeral after a name too ("Elizabeth II", "Elizabeth the Second");
- decades in digits: "the nineties" is "90s", "nineteen nineties" "1990s";
- compass points as one word: "north east" (from "north-east") is "northeast";
- units made of two words in one form: "km2", "sq km" and "square km" are "square
  kilometres" ("km3" cubic), "mph" and "miles an hour" are "mph", "km/h" is "kph", "°C" and
  "degrees Celsius" are "celsius";
- a currency code after its number ("usd 12" is "12 usd");
- no preposition before a date or a number ("on 30 July 1966", "in 1895").

:data:`CONTRASTS` are words that differ by a letter or two but never by a typo
("million" and "billion", "east" and "west", "men" and "women"): grading compares what
they mean exactly ("man" for "men" is still a typo).
"""

from __future__ import annotations

import re
from functools import partial

from quizapp.study.answer_amounts import CODES

_ORDINAL_WORDS = {
    "first": "one", "second": "two", "third": "three", "fourth": "four", "fifth": "five",
    "sixth": "six", "seventh": "seven", "eighth": "eight", "ninth": "nine", "tenth": "ten",
    "eleventh": "eleven", "twelfth": "twelve", "thirteenth": "thirteen",
    "fourteenth": "fourteen", "fifteenth": "fifteen", "sixteenth": "sixteen",
    "seventeenth": "seventeen", "eighteenth": "eighteen", "nineteenth": "nineteen",
    "twentieth": "twenty", "thirtieth": "thirty", "fortieth": "forty", "fiftieth": "fifty",
    "sixtieth": "sixty", "seventieth": "seventy", "eightieth": "eighty",
    "ninetieth": "ninety", "hundredth": "hundred",
}  # fmt: skip
# "second" after a number is the unit ("30 seconds"), and "a second" a moment.
_ORDINAL_WORD = re.compile(r"\b(?:the )?(" + "|".join(_ORDINAL_WORDS) + r")\b")
# Words before "second" that make it the unit of time: "1 second", "one second", "a second"
_COUNTED = re.compile(
    r"(?:\d+|a|an|one|per|each|every|split|few|half|quarter|fraction|this|that)\s*$"
)
_ORDINAL_DIGITS = re.compile(r"\b(?:the )?(\d+)(?:st|nd|rd|th)\b")
# Regnal and war numerals after a word ("henry viii", "world war i"); one letter only at
# the end, where it cannot be the pronoun or an initial before a name.
_ROMAN_VALUES = {
    "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9,
    "x": 10, "xi": 11, "xii": 12, "xiii": 13, "xiv": 14, "xv": 15, "xvi": 16, "xvii": 17,
    "xviii": 18, "xix": 19, "xx": 20,
}  # fmt: skip
_MULTI_ROMAN = "|".join(sorted((r for r in _ROMAN_VALUES if len(r) > 1), key=len, reverse=True))
_ROMAN = re.compile(rf"(?<=[a-z] )(?:the )?(?:({_MULTI_ROMAN})\b|([ivx])$)")
_DECADE_WORDS = {
    "twenties": "20s", "thirties": "30s", "forties": "40s", "fifties": "50s",
    "sixties": "60s", "seventies": "70s", "eighties": "80s", "nineties": "90s",
}  # fmt: skip
_DECADE_WORD = re.compile(r"\b(" + "|".join(_DECADE_WORDS) + r")\b")
_CENTURY_DECADE = re.compile(r"\b(1\d|20) (\d0s)\b")  # "19 90s" of "nineteen nineties"
_COMPASS = re.compile(r"\b(north|south) (east|west)\b")
_COMPOUND_UNITS = [
    (r"(?:sq|square) (?:km|kms|kilometers?|kilometres?)|km ?2|kilometres? ?2",
     "square kilometres"),
    (r"(?:sq|square) (?:m|meters?|metres?)|m ?2|metres? ?2", "square metres"),
    (r"(?:sq|square) (?:mi|miles?)|mi ?2|miles? ?2", "square miles"),
    (r"(?:cu|cubic) (?:km|kms|kilometers?|kilometres?)|km ?3|kilometres? ?3",
     "cubic kilometres"),
    (r"(?:cu|cubic) (?:m|meters?|metres?)|m ?3|metres? ?3", "cubic metres"),
    (r"mph|mi h|miles (?:per|an|a) hour", "mph"),
    (r"kph|kmh|km h|km per hour|kilomet(?:er|re)s? (?:per|an|a) hour", "kph"),
    (r"(?:degrees? |deg )?(?:celsius|centigrade)|degrees? c|deg c", "celsius"),
    (r"(?:degrees? |deg )?fahrenheit|degrees? f|deg f", "fahrenheit"),
]  # fmt: skip
_COMPOUND_UNIT = [(re.compile(rf"(?<=\d )(?:{p})\b"), to) for p, to in _COMPOUND_UNITS]
_GLUED = re.compile(r"(?<=\d)(?=(?:mph|kph|kmh|km2|m2|km3|m3|sq)\b)")
_BARE_DEGREE = re.compile(r"(?<=\d )([cf])\b")  # "45 c" after "°" was dropped
_CODE_FIRST = re.compile(r"\b(usd|eur|gbp|jpy) (\d[\d.]*)")
_PREPOSITION = re.compile(
    r"^(?:on|in|at|by|during|from|since|until|till) (?:the )?(?=\d|date-|month-|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day$)"
)
# Weekdays written short, as a whole answer ("Sat" for Saturday).
WEEKDAYS = {
    **dict.fromkeys(("mon",), "monday"), **dict.fromkeys(("tue", "tues"), "tuesday"),
    **dict.fromkeys(("wed",), "wednesday"), **dict.fromkeys(("thu", "thur", "thurs"), "thursday"),
    **dict.fromkeys(("fri",), "friday"), **dict.fromkeys(("sat",), "saturday"),
    **dict.fromkeys(("sun",), "sunday"),
}  # fmt: skip
# British and American spellings of one word: written the American way ("programme",
# "centre", "labour", "organisation", "defence": "program", "center", "labor", ...).
_SPELLINGS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\bprogramme(s?)\b"), r"program\1"),
    (re.compile(r"\b(cent|theat|fib|lit|met|lust|spect|sab|calib)re(s?)\b"), r"\1er\2"),
    (re.compile(r"\b(def|off|lic|pret)ence(s?)\b"), r"\1ense\2"),
    (re.compile(
        r"\b(lab|col|harb|hon|fav|neighb|behavi|flav|rum|vap|arm|hum|endeav|val|vig|od|sav)"
        r"our(s|ed|ing|ite|ites|hood|able)?\b"
    ), r"\1or\2"),
    (re.compile(r"\b(\w{3,})isation(s?)\b"), r"\1ization\2"),
    (re.compile(r"\b(organ|real|recogn|privat|national|modern|civil|author|special|standard|"
                r"critic|apolog|emphas|minim|maxim|util|mobil|colon|legal|synthes|analys)"
                r"is(e|ed|es|ing)\b"), r"\1iz\2"),
    (re.compile(r"\baluminium\b"), "aluminum"),
    (re.compile(r"\bsulphur\b"), "sulfur"),
    (re.compile(r"\bgrey\b"), "gray"),
]  # fmt: skip
_MINUS = re.compile(r"(?<![\w.,])[-−–](?=\d)")  # "-5°C", not "1990-95" nor "4-2"
DEGREE_SIGNS = re.compile(r"\s*[°º]\s*([CcFf])\b")

# word -> what it means, where a typo would turn one into another
CONTRASTS = {
    **{w: w for w in (
        "thousand", "million", "billion", "trillion", "hundred", "north", "south", "east",
        "west", "northeast", "northwest", "southeast", "southwest", "northern", "southern",
        "eastern", "western", "upper", "lower", "left", "right", "before", "after", "more",
        "less", "boys", "girls", "minus", "celsius", "fahrenheit", "mph", "kph",
    )},
    "man": "male", "men": "male", "woman": "female", "women": "female",
    **{c: c for c in CODES if len(c) == 3},  # "NOK" is no typo of "SEK"
}  # fmt: skip


def american(folded: str) -> str:
    """``folded`` with British spellings written the American way ("centre": "center")."""
    for pattern, to in _SPELLINGS:
        folded = pattern.sub(to, folded)
    return folded


def mark_degrees(text: str) -> str:
    """ "45°C" -> "45 celsius", "-5" -> "minus 5" before folding drops the signs (unfolded
    text)."""
    text = _MINUS.sub("minus ", text)
    return DEGREE_SIGNS.sub(lambda m: " celsius" if m.group(1) in "Cc" else " fahrenheit", text)


def respell(folded: str) -> str:
    """``folded`` with ordinals (as number words or digits), decades and compass points in
    one form (before number words become digits)."""
    text = _ORDINAL_DIGITS.sub(r"\1", folded)
    text = _ORDINAL_WORD.sub(partial(_ordinal, text=text), text)
    text = _ROMAN.sub(lambda m: str(_ROMAN_VALUES[m.group(1) or m.group(2)]), text)
    text = _DECADE_WORD.sub(lambda m: _DECADE_WORDS[m.group(1)], text)
    return _COMPASS.sub(r"\1\2", text)


def respell_units(text: str) -> str:
    """Two-word units after a number in one form ("12 sq km": "12 square kilometres")."""
    text = _GLUED.sub(" ", text)
    for pattern, to in _COMPOUND_UNIT:
        text = pattern.sub(to, text)
    text = _BARE_DEGREE.sub(lambda m: "celsius" if m.group(1) == "c" else "fahrenheit", text)
    return text


def _ordinal(found: re.Match[str], text: str) -> str:
    word = found.group(1)
    if word == "second" and _COUNTED.search(text[: found.start()]):
        return found.group()  # "one second" is a time, not "the second"
    return _ORDINAL_WORDS[word]


def tidy(canonical_text: str) -> str:
    """The last touches of a canonical form: decades joined, a currency code after its
    number, no preposition before a date or number."""
    text = _CENTURY_DECADE.sub(r"\1\2", canonical_text)
    text = _CODE_FIRST.sub(r"\2 \1", text)
    return _PREPOSITION.sub("", text)
