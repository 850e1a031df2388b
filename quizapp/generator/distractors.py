"""Wrong answers of the answer's fine type and format.

Distractors come first from the article's own facts of the same fine type
(other people for a person, other years for a year), then from plausible
variations: near years, neighbouring countries, big cities of the same
country, numbers of similar size written the same way ("four" -> "three",
"120,000" -> "90,000"). A value that the source sentence itself holds is
never offered: it might be true for that slot too.
"""

from __future__ import annotations

import calendar
import math
import random
import re

from quizapp.generator import dates
from quizapp.generator.facts import (
    ACTOR,
    CENTURY,
    CITY,
    COUNTRY,
    DATE,
    DECADE,
    FIGURE,
    FULL_DATE,
    MONTH,
    MONTH_YEAR,
    ORG,
    PERSON,
    QUOTE,
    REGION,
    TIME,
    TIMES,
    WEEKDAY,
    YEAR,
    Entity,
    Fact,
)
from quizapp.generator.figures import number_value
from quizapp.generator.gazetteer import gazetteer

WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]
TENS = {30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty",
        90: "ninety"}  # fmt: skip
TIMES_TEXT = {1: "once", 2: "twice", 3: "three times", 4: "four times", 5: "five times"}
MONTHS = [m for m in calendar.month_name if m]
MAX_OWN = 30


HEDGED = re.compile(
    r"\b(?:about|around|roughly|approximately|nearly|almost|some|over|under|more than|"
    r"less than|fewer than|at least|up to|close to)\s+$",
    re.IGNORECASE,
)


def distractors(
    fact: Fact, facts: list[Fact], count: int = 3, *, full: bool = False
) -> list[str] | None:
    """Exactly ``count`` wrong answers for ``fact``, or None when so many good ones are lacking.

    People are named like the fact's words in the sentence (a surname for a
    surname) unless ``full`` asks for full names.
    """
    taken = _sentence_values(fact, facts)
    rng = random.Random(fact.key)
    own = _from_article(fact, facts, taken, full)
    rng.shuffle(own)
    pool = own[: max(1, count - 1)] if fact.kind in (DATE, FIGURE) else own
    pool += _variations(fact, rng)
    latest = _latest_year(fact, facts)
    out: list[str] = []
    for choice in pool:
        if fact.type == COUNTRY:
            choice = _country_name(choice)  # "U.S." beside "France": "United States"
        folded = choice.casefold()
        if folded in fact.all_answers() or folded in taken or folded in {o.casefold() for o in out}:
            continue
        if fact.kind in (DATE, FIGURE) and _value_taken(fact, choice, facts):
            continue
        if fact.kind == FIGURE and hedge_holds(fact, choice):
            continue
        if latest is not None and choice.isdigit() and int(choice) > latest:
            continue  # "2034" for a profit the article reports for 2025
        if fact.type == COUNTRY and _same_country(fact.answer, choice):
            continue  # "America" beside "United States": two right answers
        out.append(choice)
        if len(out) == count:
            return out
    return None


def _latest_year(fact: Fact, facts: list[Fact]) -> int | None:
    """The latest year the article names, when the asked year is before it: no distractor
    after it (a year still to come would read as a wrong guess at once)."""
    if fact.type != YEAR or not isinstance(fact.value, int):
        return None
    years = [f.value for f in facts if f.type == YEAR and isinstance(f.value, int)]
    latest = max(years, default=fact.value)
    return latest if fact.value < latest else None


def _country_name(choice: str) -> str:
    """A country written short ("U.S.", "UK") as the gazetteer names it."""
    if "." not in choice and not choice.isupper():
        return choice
    place = gazetteer().lookup(choice)
    if place is None or place.type != COUNTRY:
        return choice
    return gazetteer().country_name(place.country) or choice


def _same_country(answer: str, choice: str) -> bool:
    a, b = gazetteer().lookup(answer), gazetteer().lookup(choice)
    return a is not None and b is not None and bool(a.country) and a.country == b.country


ABOVE = re.compile(r"\b(?:over|more than|above|at least|upwards of|exceeding)\s+$", re.I)
BELOW = re.compile(r"\b(?:under|less than|fewer than|below|up to|at most|nearly|almost)\s+$", re.I)
ALMOST = re.compile(r"\b(?:nearly|almost)\s+$", re.IGNORECASE)
NEAR = re.compile(r"\b(?:about|around|roughly|approximately|some|close to|an estimated)\s+$", re.I)


def hedge_holds(fact: Fact, choice: str) -> bool:
    """Whether ``choice`` would also be true of a hedged figure: "more than 5 percent" holds
    for 8 percent, "about 25" for 24."""
    value, answer = number_value(choice), fact.value
    if value is None or answer is None:
        return False
    before = fact.sentence.text[: fact.start]
    answer = float(answer)
    if ABOVE.search(before):
        return value >= answer
    if BELOW.search(before):
        return value <= answer
    if NEAR.search(before):
        return abs(value - answer) <= 0.25 * abs(answer)
    return False


def _sentence_values(fact: Fact, facts: list[Fact]) -> set[str]:
    """Everything of the same kind that the fact's own sentence names."""
    near = _by_doc(facts).get(id(fact.sentence.span.doc), [])
    same = [f for f in near if f.sentence.text == fact.sentence.text or _overlap(f, fact)]
    same += [f for f in _by_text(facts).get(fact.sentence.text, []) if f not in same]
    out: set[str] = set()
    for f in same:
        out |= f.all_answers()
        if f.entity is not None:
            out |= {n.casefold() for n in f.entity.names()}
            out |= {n.split()[-1].casefold() for n in f.entity.names()}
    return out


Index = tuple[dict[int, list[Fact]], dict[str, list[Fact]], dict[str, list[Fact]]]
_index: list[tuple[list[Fact], Index]] = []


def _indexed(facts: list[Fact]) -> Index:
    """The facts by doc, by sentence text and by fine type, kept for the last list asked
    about (so that a long article is not walked once per fact)."""
    if not _index or _index[0][0] is not facts:
        by_doc: dict[int, list[Fact]] = {}
        by_text: dict[str, list[Fact]] = {}
        by_type: dict[str, list[Fact]] = {}
        for f in facts:
            by_doc.setdefault(id(f.sentence.span.doc), []).append(f)
            by_text.setdefault(f.sentence.text, []).append(f)
            by_type.setdefault(f.type, []).append(f)
        _index[:] = [(facts, (by_doc, by_text, by_type))]
    return _index[0][1]


def _by_doc(facts: list[Fact]) -> dict[int, list[Fact]]:
    return _indexed(facts)[0]


def _by_text(facts: list[Fact]) -> dict[str, list[Fact]]:
    return _indexed(facts)[1]


def _overlap(f: Fact, fact: Fact) -> bool:
    """Whether ``f`` sits in the part of the article that ``fact`` quotes."""
    return f.sentence.span.doc is fact.sentence.span.doc and (
        fact.sentence.char0 <= f.sentence.char0 < fact.sentence.char0 + len(fact.sentence.text)
    )


def _value_taken(fact: Fact, choice: str, facts: list[Fact]) -> bool:
    """Whether a date or figure of the same value stands in the fact's sentence."""
    value = _value_of(fact, choice)
    if value is None:
        return False
    return any(
        f.kind == fact.kind and f.type == fact.type and f.value == value and f is not fact
        for f in _by_text(facts).get(fact.sentence.text, [])
    )


def _value_of(fact: Fact, text: str) -> object:
    if fact.kind == FIGURE:
        return number_value(text)
    if fact.type in (YEAR, DECADE):
        digits = re.search(r"\d{4}", text)
        return int(digits.group(0)) if digits else None
    if fact.type == MONTH:
        return MONTHS.index(text) + 1 if text in MONTHS else None
    return None


def _from_article(fact: Fact, facts: list[Fact], taken: set[str], full: bool) -> list[str]:
    out: list[str] = []
    for f in _indexed(facts)[2].get(fact.type, []):
        if f.kind == QUOTE or f.type != fact.type:
            continue
        if f.kind != fact.kind and (fact.kind != QUOTE or f.kind != ACTOR):
            continue  # a quote's speakers: people named or quoted
        if fact.kind == FIGURE and (
            f.unit != fact.unit or _shape(f.surface) != _shape(fact.surface)
        ):
            continue  # "35 kilometres" never next to "below 12 degrees"
        if f.entity is not None and fact.entity is not None:
            if f.entity is fact.entity or not f.entity.sure:
                continue  # never "Pevensey", a place the model took for a person
            text = f.entity.name if full else _person_form(fact, f.entity.name)
            text = _org_form(fact, f.entity) or text
        else:
            text = f.surface if fact.kind != QUOTE else f.answer
        if text.casefold() not in taken and text not in out:
            out.append(text)
        if len(out) >= MAX_OWN:
            break  # enough to choose from, even in a long article
    return out


def _person_form(fact: Fact, name: str) -> str:
    """A name written like the answer: a surname for a surname."""
    entity = fact.entity
    if (
        fact.type == PERSON
        and entity is not None
        and fact.kind != QUOTE
        and fact.surface != entity.name
        and " " not in fact.surface
    ):
        return name.split()[-1]
    return name


def _org_form(fact: Fact, other: Entity) -> str:
    """For an organisation asked by its acronym, the other's acronym ("NATO" next to "OSCE")."""
    if fact.type != ORG or not _is_acronym(fact.surface) or fact.kind == QUOTE:
        return ""
    if _is_acronym(other.name):
        return other.name
    return next((a for a in sorted(other.aliases) if _is_acronym(a)), "")


def _is_acronym(text: str) -> bool:
    return re.fullmatch(r"[A-Z][A-Z&.]{1,7}", text) is not None


def _shape(text: str) -> str:
    """The format of a figure without its number: "N kilometres", "$N million", "W days"."""
    shape = re.sub(r"[0-9][0-9,]*(?:\.[0-9]+)?", "N", text.casefold())
    return re.sub(r"\b(?:" + "|".join(WORDS[2:]) + r")\b", "W", shape)


def _variations(fact: Fact, rng: random.Random) -> list[str]:
    if fact.kind == ACTOR or fact.kind == QUOTE:
        if fact.type == REGION:
            near = gazetteer().regions_like(fact.answer)
            return rng.sample(near, len(near))
        return _places(fact, rng) if fact.type in (COUNTRY, CITY) else []
    if fact.kind == DATE:
        return _date_variations(fact, rng)
    if fact.value is None:
        return []  # a score ("4-2"): asked as a gap only
    return _figure_variations(fact, rng)


def _places(fact: Fact, rng: random.Random) -> list[str]:
    places = gazetteer()
    found = places.lookup(fact.answer)
    if found is None or not found.country:
        return []
    if fact.type == COUNTRY:
        near = places.neighbours(found.country)
        return near[:3] + rng.sample(near[3:15], min(len(near[3:15]), 6))
    cities = [c for c in places.cities(found.country) if c != fact.answer][:6]
    country = places.countries.get(found.country)
    capital = [str(country["capital"])] if country else []
    neighbours = [places.countries[c] for c in str(country["neighbours"]).split(",") if c in
                  places.countries] if country else []  # fmt: skip
    return rng.sample(cities, len(cities)) + capital + [str(n["capital"]) for n in neighbours]


def _date_variations(fact: Fact, rng: random.Random) -> list[str]:
    v = fact.value
    if fact.type == YEAR:
        steps = rng.sample([-9, -7, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 7, 9], 8)
        return [str(v + s) for s in steps if v + s <= 2100]
    if fact.type == DECADE:
        steps = rng.sample([-30, -20, -10, 10, 20, 30], 6)
        return [f"{v + s}s" for s in steps if v + s <= 2090]
    if fact.type == CENTURY:
        steps = rng.sample([-2, -1, 1, 2], 4)
        return [_replace_number(fact.surface, _ordinal(v + s)) for s in steps if 1 <= v + s <= 21]
    if fact.type == MONTH:
        return rng.sample([m for m in MONTHS if m != fact.surface], 11)
    if fact.type == WEEKDAY:
        return rng.sample([d for d in dates.WEEKDAYS if d != fact.surface], 6)
    if fact.type in (FULL_DATE, MONTH_YEAR):
        return _calendar_variations(fact, rng)
    if fact.type == TIME:
        steps = rng.sample([-3, -2, -1, 1, 2, 3], 6)
        return [_replace_number(fact.surface, str((v[0] + s - 1) % 12 + 1)) for s in steps]
    return []


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _replace_number(text: str, new: str) -> str:
    return re.sub(r"\d+(?:st|nd|rd|th)?", new, text, count=1)


def _calendar_variations(fact: Fact, rng: random.Random) -> list[str]:
    surface = fact.surface
    month_name = next((m for m in MONTHS if m in surface), None)
    year = re.search(r"\d{4}", surface)
    out = []
    for _ in range(12):
        text = surface
        change = rng.choice(
            ["year", "month", "day"] if fact.type == FULL_DATE else ["year", "month"]
        )
        if change == "year" and year:
            text = text.replace(year.group(0), str(int(year.group(0)) + rng.choice([-2, -1, 1, 2])))
        elif change == "month" and month_name:
            text = text.replace(month_name, rng.choice([m for m in MONTHS if m != month_name]))
        else:
            day = re.search(r"\b(\d{1,2})\b", surface)
            if day:
                new = max(1, min(28, int(day.group(1)) + rng.choice([-3, -2, -1, 1, 2, 3])))
                text = surface[: day.start(1)] + str(new) + surface[day.end(1) :]
        out.append(text)
    return out


def _figure_variations(fact: Fact, rng: random.Random) -> list[str]:
    v = fact.value
    surface = fact.surface
    if fact.type == TIMES:
        return [t for n, t in TIMES_TEXT.items() if n != v]
    # "about 25%", "nearly six": a choice near it would be right too, so only far ones
    before = fact.sentence.text[: fact.start]
    hedged = NEAR.search(before) is not None or ALMOST.search(before) is not None
    least = max(2, math.ceil(0.3 * v)) if hedged else 1
    words = re.match(r"^([A-Za-z]+)(-[a-z]+)?\b", surface)
    if words and not re.search(r"\d", surface):
        if v > 20:
            return []
        whole = int(v)
        near = (
            range(whole - least - 2, whole + least + 3) if hedged else range(whole - 2, whole + 4)
        )
        steps = [k for k in near if 2 <= k <= 20 and k != whole and abs(k - whole) >= least]
        capital = surface[:1].isupper()
        out = []
        for k in rng.sample(steps, len(steps)):
            word = WORDS[k]
            out.append(word.capitalize() + surface[words.end() :] if capital
                       else word + surface[words.end() :])  # fmt: skip
        return out
    digits = re.search(r"[0-9][0-9,]*(?:\.[0-9]+)?", surface)
    if not digits:
        return []
    number = float(digits.group(0).replace(",", ""))
    decimals = len(digits.group(0).split(".")[1]) if "." in digits.group(0) else 0
    factors = [0.5, 0.6, 0.75, 0.8, 1.25, 1.5, 2, 2.5, 3] if number >= 10 else []
    if hedged:
        factors = [f for f in factors if not 0.7 <= f <= 1.4]
    candidates = [_round_like(number * f, number) for f in factors]
    if number < 30:
        steps = [-3, -2, -1, 1, 2, 3, 4]
        if hedged:
            least = max(2, math.ceil(0.3 * number))
            steps = [s for s in range(-least - 2, least + 3) if abs(s) >= least]
        candidates += [number + s for s in steps]
    out = []
    for n in rng.sample(candidates, len(candidates)):
        if n <= 0 or (fact.type == "percent" and n > 100) or n == number:
            continue
        if number >= 2 and n < 2:
            continue
        text = f"{n:,.{decimals}f}" if "," in digits.group(0) else f"{n:.{decimals}f}"
        out.append(surface[: digits.start()] + text + surface[digits.end() :])
    return out


def _round_like(value: float, model: float) -> float:
    """``value`` rounded to as many significant figures as ``model`` shows."""
    text = f"{model:f}".rstrip("0").rstrip(".").replace(".", "").lstrip("0")
    significant = max(1, len(text.rstrip("0")))
    if value == 0:
        return 0
    from math import floor, log10

    digits = significant - floor(log10(abs(value))) - 1
    return round(value, digits)
