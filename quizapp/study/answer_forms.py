"""Other ways to write the same answer, for grading typed answers fairly.

A teacher marks right "2" for "two", "51.9%" for "51.9 percent", "12/03/2024"
or "2024-03-12" for "12 March 2024", "£410m" for "410 million pounds", "540km"
for "540 kilometres", "EU" for "European Union" (and the reverse) and "Ms
Natarajan" for "Priya Natarajan". :func:`canonical` writes numbers in digits,
amounts with their scale and currency as a plain value and an ISO code, units
in one spelling and dates as ``date-Y-M-D``; :func:`forms` adds the readings of
an all-digit date (day/month and month/day, a two-digit year in both
centuries); :func:`same_answer` compares those and knows acronyms, a bare number
for a number with its unit, "90s" for "1990s". Nothing here forgives a
different value: "13/03/2024", "£410 billion" or "410 million euros" stay wrong.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache, partial

from quizapp.study.answer_amounts import CODE_AFTER, currencies, fractions, same_in_family
from quizapp.study.answer_spellings import (
    WEEKDAYS,
    american,
    mark_degrees,
    respell,
    respell_units,
    tidy,
)

ARTICLES = ("the ", "a ", "an ")
_PUNCT = re.compile(r"[^\w\s]")
_SPACES = re.compile(r"\s+")
# Letters no accent-stripping removes, as a learner without them types them ("Kjaer" for
# "Kjær", "Lodz" for "Łódź"; "ß" is "ss" after casefold).
_LETTERS = str.maketrans({"æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d",
                          "þ": "th", "ı": "i"})  # fmt: skip

_UNITS = {w: i for i, w in enumerate((
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
))}  # fmt: skip
_UNITS.update({"once": 1, "twice": 2, "thrice": 3, "dozen": 12, "double": 2, "triple": 3})
_TENS = {w: 10 * i for i, w in enumerate(
    ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"), start=2
)}  # fmt: skip
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_HALVES = {"half": 0.5, "quarter": 0.25}
# A whole number and a half or quarter: "six and a half", "12 and a quarter" (a scale after
# it is the amounts' job: "one and a half million").
_MIXED = re.compile(
    r"\b(\d+|(?:(?:" + "|".join([*_UNITS, *_TENS, "hundred"]) + r")\s+)+?)\s*and (?:a|one) "
    r"(half|quarter)\b"
)
_NUMBER_WORD = re.compile(
    r"\b(?:(?:a|an|and|hundred|" + "|".join([*_UNITS, *_TENS, *_SCALES]) + r")(?:\s+|$))+"
)
_MONTHS = {m: i for i, m in enumerate((
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
), start=1)}  # fmt: skip
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())} | {"sept": 9})
_MONTH = "(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + ")"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_DATES = [  # (pattern over folded text, order of day, month, year groups)
    (re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:\s+(\d{{3,4}}))?\b"), (1, 2, 3)),
    (re.compile(rf"\b{_MONTH}\s+{_DAY}(?:\s+(\d{{3,4}}))?\b"), (2, 1, 3)),
    (re.compile(r"\b(\d{4})\s+(\d{1,2})\s+(\d{1,2})\b"), (3, 2, 1)),
    (re.compile(rf"\b{_MONTH}\s+(\d{{3,4}})\b"), (0, 1, 2)),
]
# A month alone, or after one word ("in March"; "last March" stays unlike "March").
_LONE_MONTH = re.compile(rf"^((?:[a-z]+ )?){_MONTH}$")
# A whole answer of digits only: "12/03/2024", "12.3.24", "03/2027", "2027-03"
_DIGIT_DATE = re.compile(r"(\d{1,2}) (\d{1,2}) (\d{4}|\d{2})")
_MONTH_YEAR = re.compile(r"(\d{1,2}) (\d{4})|(\d{4}) (\d{1,2})")

# Units after a number, written short or in another spelling ("35 km" for "35 kilometres").
_UNIT_NAMES = {
    **dict.fromkeys(("km", "kms", "kilometer", "kilometers", "kilometre"), "kilometres"),
    **dict.fromkeys(("kg", "kgs", "kilogram"), "kilograms"),
    **dict.fromkeys(("m", "meter", "meters", "metre"), "metres"),
    **dict.fromkeys(("cm", "centimeter", "centimeters", "centimetre"), "centimetres"),
    **dict.fromkeys(("mm", "millimeter", "millimeters", "millimetre"), "millimetres"),
    **dict.fromkeys(("hrs", "hr", "hour"), "hours"),
    **dict.fromkeys(("mins", "min", "minute"), "minutes"),
    **dict.fromkeys(("secs", "sec", "second"), "seconds"),
    **dict.fromkeys(("day",), "days"), **dict.fromkeys(("year", "yrs"), "years"),
    **dict.fromkeys(("week", "wk", "wks"), "weeks"),
    **dict.fromkeys(("month", "mo", "mos", "mth", "mths"), "months"),
    **dict.fromkeys(("t", "ton", "tons", "tonne", "metric tons", "metric tonnes"), "tonnes"),
    **dict.fromkeys(("sq",), "square"), **dict.fromkeys(("ha",), "hectares"),
    **dict.fromkeys(("mile", "mi"), "miles"), **dict.fromkeys(("degree",), "degrees"),
    **dict.fromkeys(("pc", "pct", "per cent"), "percent"),
}  # fmt: skip
_UNIT_WORD = re.compile(
    r"(?<=\d )(?:" + "|".join(sorted(_UNIT_NAMES, key=len, reverse=True)) + r")\b"
)
_GLUED_UNIT = re.compile(
    r"(?<=\d)(?=(?:km|kms|kg|kgs|cm|mm|m|mi|ha|hrs?|mins?|secs?|pc|pct|t|wks?|x)\b)"
)
# "a decade" and "two decades" are 10 and 20 years
_A_DECADE = re.compile(r"(?:\b(?:a|one) |^)decade\b")
_DECADES = re.compile(r"\b(\d+) decades?\b")
# "2 times" and "2x" are how often: the number alone ("twice" is 2).
_TIMES = re.compile(r"(?<=\d) (?:times|x)$")
# A score in words: "two-one", "two to one" (before number words become one number).
_SCORE_WORDS = re.compile(
    r"\b(nil|zero|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:-|–|—|to)\s*"
    r"(nil|zero|one|two|three|four|five|six|seven|eight|nine|ten)\b",
    re.IGNORECASE,
)
_SCORE_DIGITS = {w: str(i) for i, w in enumerate(
    ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
)} | {"nil": "0"}  # fmt: skip
# A company's legal form at the end of its name ("Harlow Motors Ltd" is Harlow Motors).
_LEGAL_FORM = re.compile(r"(?<=\w) (?:limited|incorporated|plc|llc|gmbh)$")
# Currencies as symbols (before the number) and as words (after it).
_SYMBOLS = {"us$": "usd", "$": "usd", "€": "eur", "£": "gbp", "¥": "jpy"}
_SYMBOL_AMOUNT = re.compile(
    r"(US\$|\$|€|£|¥)\s*(\d[\d,.]*(?:\s*(?:k|m|mn|bn|thousand|million|billion|trillion)\b)?)",
    re.IGNORECASE,
)
# The words a number may not be typed without (its unit, currency or the thing counted may:
# the question says which): an era ("44 BC"), a direction ("40 south"), a comparison.
NOT_BARE = frozenset({
    "bc", "bce", "ad", "ce",
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "below", "above", "over", "under", "more", "less", "fewer",
    "before", "after", "ago", "earlier", "later", "minus",
})  # fmt: skip
_SCALED = re.compile(
    r"\b(\d+(?:\.\d+)?)\s*(k|thousand|million|billion|trillion|bn|mn|"
    r"m(?=\s+(?:" + CODE_AFTER + r")))\b"
)
_SCALE_OF = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "bn": 1e9,
             "billion": 1e9, "trillion": 1e12}  # fmt: skip
_ORG_WORDS = {"co": "company", "corp": "corporation", "inc": "incorporated", "ltd": "limited",
              "intl": "international", "dept": "department", "univ": "university",
              "mt": "mount", "utd": "united"}  # fmt: skip
# Titles before a name: "Ms Natarajan" is Natarajan, "President Varga" is Varga.
TITLES = re.compile(
    r"^(?:(?:mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|lord|lady|president|premier|pm|"
    r"chancellor|minister|prime minister|king|queen|prince|princess|pope|general|captain|"
    r"senator|governor|mayor|saint|st|earl|duke|duchess|baron|emperor|empress|tsar|tsarina|"
    r"czar|kaiser|sultan|shah|caliph|khedive|pharaoh|archduke|count|countess|grand vizier|"
    r"vizier)\.?\s+)+(?=\w)",
    re.IGNORECASE,
)
# Honorifics after a name: "Kara Mustafa Pasha" is Kara Mustafa (never "Jr"/"Sr": those
# tell two people apart).
HONORIFIC_AFTER = re.compile(r"(?<=\w)\s+(?:pasha|pacha|bey|effendi|agha|aga)\.?$", re.I)
# Last words of two-word names that are bodies or countries, which go by initials ("EU").
BODY_TAILS = {"union", "nations", "states", "kingdom", "alliance", "party", "programme",
              "program", "organisation", "organization", "council", "bank", "fund", "court",
              "league", "association", "agency", "commission", "committee", "front",
              "federation", "corporation", "company", "group", "authority", "service",
              "institute", "forces", "army", "congress", "assembly", "movement", "republic",
              "broadcasting", "bureau", "office", "board", "university", "college"}  # fmt: skip
SCORE_FORMS = re.compile(r"\b(\d{1,2})\s*(?:-|–|—|:|to)\s*(\d{1,2})\b(?!\s*(?:percent|%))")
_SMALL_WORDS = {"of", "the", "and", "for", "in", "on", "at", "de", "du", "des", "la", "le", "&"}


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Lower case, no accents, no punctuation, single spaces, no leading article."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_LETTERS))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = american(_collapse(_PUNCT.sub(" ", plain)))  # "centre" is "center"
    for article in ARTICLES:
        if plain.startswith(article) and len(plain) > len(article):
            return plain[len(article) :]
    return plain


def _collapse(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def words_value(text: str) -> float | None:
    """The value of a number written in words ("six", "twenty-one", "two thousand"), or None."""
    tokens = [t for t in re.split(r"[\s-]+", fold(text)) if t and t != "and"]
    total, current, seen = 0.0, 0.0, False
    for i, token in enumerate(tokens):
        part = _HALVES.get(tokens[i + 1]) if i + 1 < len(tokens) else None
        if seen and token in ("a", "an", "one") and part is not None:
            scale = _SCALES.get(tokens[i + 2], 1.0) if i + 2 < len(tokens) else 1.0
            return total + (current + part) * scale  # "six and a half", "one and a half million"
        if token in _UNITS:
            current += _UNITS[token]
        elif token in _TENS:
            current += _TENS[token]
        elif token == "hundred":
            current = max(current, 1) * 100
        elif token in _SCALES:
            total, current = total + max(current, 1) * _SCALES[token], 0.0
        elif token in ("a", "an") and i == 0:
            continue
        elif seen:
            break  # the unit after the number: "six villages"
        else:
            return None
        seen = True
    return total + current if seen else None


@lru_cache(maxsize=4096)  # grading compares the same keys again and again
def canonical(text: str) -> str:
    """``text`` folded, with numbers in digits, amounts as value and currency code, units
    and "percent" in one spelling, and dates as ``date-Y-M-D``."""
    plain = _SCORE_WORDS.sub(_score_digits, text)  # "two-one" is 2-1
    plain = SCORE_FORMS.sub(r"\1-\2", mark_degrees(plain).replace("%", " percent "))
    plain = _SYMBOL_AMOUNT.sub(lambda m: f"{m.group(2)} {_SYMBOLS[m.group(1).casefold()]}", plain)
    for _ in range(2):  # "18,000" and "40 000" are 18000 and 40000; "12,000,000": twice
        plain = re.sub(r"(?<=\d)[,\u00a0\u202f ](?=\d{3}(?!\d))", "", plain)
    folded = respell(_fold_keeping_decimals(plain))  # "3rd", "the nineties", "north-east"
    folded = currencies(fractions(folded))  # "half a billion", "NOK 1.84 bn"
    folded = _MIXED.sub(_mixed_value, folded)  # "six and a half percent" is 6.5 percent
    folded = _SCALED.sub(_scaled, folded)  # before the words: "410 million" is one number
    folded = _A_DECADE.sub("10 years", folded)
    folded = _NUMBER_WORD.sub(lambda m: _digits_of(m.group()), folded).strip()
    folded = _DECADES.sub(lambda m: f"{int(m.group(1)) * 10} years", folded)
    folded = respell_units(_GLUED_UNIT.sub(" ", folded))  # "sq km", "mph", "°C"
    folded = re.sub(r"\bper cent\b", "percent", folded)
    folded = _UNIT_WORD.sub(lambda m: _UNIT_NAMES[m.group()], folded)
    folded = " ".join(_ORG_WORDS.get(w, w) for w in folded.split())
    folded = _LEGAL_FORM.sub("", _TIMES.sub("", folded))
    for pattern, order in _DATES:
        folded = pattern.sub(partial(_date_of, order=order), folded)
    folded = WEEKDAYS.get(folded, folded)  # "Sat"
    folded = _LONE_MONTH.sub(_month_of, folded)  # "March", "in March" (a preposition goes)
    return tidy(_collapse(folded))


@lru_cache(maxsize=4096)
def forms(text: str) -> frozenset[str]:
    """The canonical form of ``text`` and, for a date in digits only, each reading of it."""
    form = canonical(text)
    found = {form}
    digits = _DIGIT_DATE.fullmatch(form)
    if digits is not None:
        a, b, year = int(digits.group(1)), int(digits.group(2)), digits.group(3)
        years = [year] if len(year) == 4 else [f"19{year}", f"20{year}"]
        for day, month in ((a, b), (b, a)):
            if 1 <= month <= 12 and 1 <= day <= 31:
                found |= {f"date-{y}-{month:02d}-{day:02d}" for y in years}
    month_year = _MONTH_YEAR.fullmatch(form)
    if month_year is not None:
        month = int(month_year.group(1) or month_year.group(4))
        year = month_year.group(2) or month_year.group(3)
        if 1 <= month <= 12:
            found.add(f"date-{year}-{month:02d}-")
    return frozenset(found)


def same_answer(given: str, key: str) -> bool:
    """Whether ``given`` is another way of writing ``key`` (see the module docstring)."""
    if forms(given) & forms(key):
        return True
    a, b = canonical(given), canonical(key)
    if same_in_family(a, b):
        return True  # "NOK 1.84 billion" for "1.84 billion crowns"
    unit = re.fullmatch(rf"{re.escape(a)} ([a-z]+)", b)
    if re.fullmatch(r"\d+(?:\.\d+)?", a) and unit is not None and unit.group(1) not in NOT_BARE:
        return True  # "540" for "540 kilometres"; never "44" for "44 BC" or "40" for "40 south"
    if _any_degrees(a, b) or _any_degrees(b, a):
        return True  # "12°C" for "12 degrees" (the key does not say which scale)
    if _in_millions(given, b):
        return True  # "28.83m" for "28.83 million consoles"
    if _letters(given) == _letters(key) and re.fullmatch(
        r"[A-Za-z](?:[.\s]*[A-Za-z]){1,5}\.?", key
    ):
        return True  # "U.S." for "US", "E.U." for "EU"
    decade = re.fullmatch(r"19(\d0)s", b)
    if decade is not None and a == decade.group(1) + "s":
        return True  # "90s" for "1990s" (not for "1890s")
    if expands_initials(given, key) or expands_initials(key, given):
        return True  # "U.S. Geological Survey" for "United States Geological Survey"
    return acronym_of(given, key) or acronym_of(key, given)


_SCALE_AFTER_GAP = re.compile(r"___\s*(?:°\s*|degrees\s+)?(celsius|fahrenheit|c|f)\b", re.I)


def scale_clash(given: str, prompt: str) -> bool:
    """Whether ``given`` names another temperature scale than the one a cloze prompt
    writes after its gap ("30 °F" for "At ___ Celsius")."""
    found = _SCALE_AFTER_GAP.search(prompt)
    if found is None:
        return False
    scale = "celsius" if found.group(1).casefold() in ("celsius", "c") else "fahrenheit"
    other = "fahrenheit" if scale == "celsius" else "celsius"
    return other in canonical(given).split()


def _any_degrees(scaled: str, plain: str) -> bool:
    """Whether canonical ``scaled`` ("12 celsius") is canonical ``plain`` ("12 degrees")
    with a scale named."""
    words = plain.split()
    if "degrees" not in words or {"celsius", "fahrenheit"} & set(words):
        return False
    return re.sub(r"\b(?:degrees )?(?:celsius|fahrenheit)\b", "degrees", scaled) == plain


def _in_millions(given: str, canonical_key: str) -> bool:
    """Whether ``given`` is "28.83m" (millions) for a key of 28,830,000 (and a noun)."""
    short = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*m\s*", given)
    number = re.match(r"\d+(?:\.\d+)?", canonical_key)
    if short is None or number is None:
        return False
    return abs(float(short.group(1)) * 1e6 - float(number.group())) < 0.5


_INITIALS = re.compile(r"[A-Za-z](?:[.\s]*[A-Za-z]){1,5}\.?")


def _letters(text: str) -> str:
    return re.sub(r"[.\s]", "", text).casefold()


def acronym_of(short: str, long: str) -> bool:
    """Whether ``short`` ("EU", "e.u.", "WFP") is the initials of ``long`` ("European Union",
    "World Food Programme"): two or more words, small words ("of", "the") left out."""
    letters = _letters(short)
    if not re.fullmatch(r"[A-Za-z]{2,7}", letters) or " " in short.strip().rstrip("."):
        return False
    words = [w for w in fold(long).split() if w not in _SMALL_WORDS]
    if len(words) < 2 or (len(words) == 2 and words[-1] not in BODY_TAILS):
        return False  # "AK" is not Ada King
    return "".join(w[0] for w in words) == letters


# Words that hedge a number without changing it: "around 1450", "c. 1450", "nearly 9,000"
# are the learner's way of giving 1450 and 9,000 ("more than", "under" say something else).
HEDGES = re.compile(
    r"^(?:about|around|approximately|approx\.?|roughly|circa|ca\.?|c\.|c|some|nearly|almost|"
    r"close to|an estimated|estimated|just under|just over)\s+(?=[\d$£€]|(?:one|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\b)",
    re.IGNORECASE,
)


def without_hedge(text: str) -> str:
    """ "around 1450" -> "1450"; a text without a hedge before a number as it is."""
    return HEDGES.sub("", text.strip())


def expands_initials(short: str, long: str) -> bool:
    """Whether ``short`` is ``long`` with a run of its words written as initials, with or
    without periods: "U.S. Geological Survey" and "US Geological Survey" for "United States
    Geological Survey" (every other word the same, and at least one word written out)."""
    given, key = short.split(), long.split()
    i = j = same = 0
    used = False
    while i < len(given) and j < len(key):
        if _bare(given[i]) == _bare(key[j]):
            i, j, same = i + 1, j + 1, same + 1
            continue
        letters = given[i].replace(".", "")
        k = len(letters)
        written_short = letters.isupper() or "." in given[i]
        initials = "".join(w[0] for w in key[j : j + k] if w) if j + k <= len(key) else ""
        if 2 <= k <= 5 and written_short and initials.casefold() == letters.casefold():
            i, j, used = i + 1, j + k, True
            continue
        return False
    return used and same > 0 and i == len(given) and j == len(key)  # "AK" is not Ada King


def _bare(word: str) -> str:
    return re.sub(r"\W", "", fold(word))


def without_title(text: str) -> str:
    """ "Ms Natarajan" -> "Natarajan", "Grand Vizier Kara Mustafa" and "Kara Mustafa Pasha"
    -> "Kara Mustafa"; a text without a title as it is."""
    return HONORIFIC_AFTER.sub("", TITLES.sub("", text.strip()))


def _fold_keeping_decimals(text: str) -> str:
    """:func:`fold`, but "51.9" stays one number (folding would make it "51 9")."""
    marked = re.sub(r"(?<![\d.])(\d+)\.(\d+)(?!\.?\d)", r"\1DECIMALPOINT\2", text)
    return fold(marked).replace("decimalpoint", ".")


def _score_digits(found: re.Match[str]) -> str:
    return f"{_SCORE_DIGITS[found.group(1).casefold()]}-{_SCORE_DIGITS[found.group(2).casefold()]}"


def _scaled(found: re.Match[str]) -> str:
    value = float(found.group(1)) * _SCALE_OF[found.group(2)]
    return f"{value:.15g}" if value < 1e15 else found.group()


def _mixed_value(found: re.Match[str]) -> str:
    whole = found.group(1).strip()
    value = float(whole) if whole.isdigit() else words_value(whole)
    if value is None:
        return found.group()
    return f"{value + _HALVES[found.group(2)]:g}"


def _digits_of(words: str) -> str:
    value = words_value(words)
    if value is None or words.strip() in ("a", "an", "and", "a and"):
        return words
    return f"{value:g} " if value < 1e15 else words


def _month_of(found: re.Match[str]) -> str:
    return f"{found.group(1)}month-{_MONTHS[found.group(2)]:02d}"


def _date_of(found: re.Match[str], order: tuple[int, int, int]) -> str:
    d, m, y = order
    month_text = found.group(m)
    month = _MONTHS.get(month_text) or int(month_text)
    day = int(found.group(d)) if d else 0
    if not 1 <= month <= 12 or day > 31:
        return found.group()
    year = found.group(y) or ""
    parts = [year, f"{month:02d}", f"{day:02d}" if day else ""]
    return "date-" + "-".join(parts)
