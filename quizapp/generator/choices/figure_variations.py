"""Wrong figures written like the answer: the same unit, scale, format and roundness.

"four" gives "three" or "six", "120,000" gives "90,000", "636 kilometres" gives
"477 kilometres" (never "1270 kilometres": a round number beside a measured one
reads as made up), "4.2 million" gives "2.5 million" (never "7.2 million", a
whole step that keeps the answer's decimals). A hedged figure ("about 25%",
"more than 300") never gets a choice that the hedge would make true as well.
"""

from __future__ import annotations

import math
import random
import re

from quizapp.generator.facts.facts import PERCENT, TIMES, Fact
from quizapp.generator.facts.figures import number_value
from quizapp.generator.facts.race_times import RACE_TIME, race_time_variations
from quizapp.generator.facts.vote_tallies import VOTES, tally_variations

WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen", "twenty"]  # fmt: skip
TIMES_TEXT = {1: "once", 2: "twice", 3: "three times", 4: "four times", 5: "five times"}
DIGITS = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?")
# No exact half or double: "2.1 million" and "8.4 million" beside "4.2 million" point at the
# one figure the others were made from.
FACTORS = [0.4, 0.6, 0.75, 0.8, 1.25, 1.5, 1.75, 2.5]

SCALE = re.compile(r"^\s*(?:thousand|million|billion|trillion|bn|m)\b", re.IGNORECASE)
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


def decimals(text: str) -> int:
    """Digits after the point of the figure's number ("51.9 percent": 1)."""
    digits = DIGITS.search(text)
    if digits is None or "." not in digits.group(0):
        return 0
    return len(digits.group(0).split(".")[1])


def figure_variations(fact: Fact, rng: random.Random) -> list[str]:
    """Wrong figures of the fact's format, in random order."""
    v = fact.value
    surface = fact.surface
    if fact.type == TIMES:
        return [t for n, t in TIMES_TEXT.items() if n != v]
    if fact.type == RACE_TIME:
        return race_time_variations(fact, rng)
    if fact.unit == VOTES:
        return tally_variations(fact, rng)
    # "about 25%", "nearly six": a choice near it would be right too, so only far ones
    before = fact.sentence.text[: fact.start]
    hedged = NEAR.search(before) is not None or ALMOST.search(before) is not None
    words = re.match(r"^([A-Za-z]+)(-[a-z]+)?\b", surface)
    if words and not re.search(r"\d", surface):
        return _word_variations(surface, words.end(), v, hedged, rng)
    digits = DIGITS.search(surface)
    if not digits:
        return []
    written = digits.group(0)
    number = float(written.replace(",", ""))
    places = decimals(surface)
    factors = FACTORS if number >= 10 or places else []
    if hedged:
        factors = [f for f in factors if not 0.7 <= f <= 1.4]
    else:  # "68 years" beside "27 years" in prison, "94 percent" beside a 63 percent turnout
        factors = [f for f in factors if f <= (1.5 if fact.type == PERCENT else 2)]
    candidates = [
        round(number * f, places) if places else _round_like(number * f, number) for f in factors
    ]
    if number >= 10 and not places and _significant(number) == 1:
        step = 10 ** math.floor(math.log10(number))  # "30%": 20%, 40%, 50%, as round
        candidates += [k * step for k in range(1, 10) if 0.3 <= k * step / number <= 2]
    if number < 30 and not places:
        steps = [-3, -2, -1, 1, 2, 3, 4]
        if hedged:
            least = max(2, math.ceil(0.3 * number))
            steps = [s for s in range(-least - 2, least + 3) if abs(s) >= least]
        candidates += [number + s for s in steps]
    out = []
    for n in rng.sample(candidates, len(candidates)):
        if n <= 0 or (fact.type == PERCENT and n > 100) or n == number:
            continue
        if (number >= 2 and n < 2) or not _round_alike(n, number, places):
            continue
        if n < 1 <= number and SCALE.search(surface[digits.end() :]):
            continue  # "0.7 million" beside "1.8 million": written as no one writes it
        text = f"{n:,.{places}f}" if "," in written else f"{n:.{places}f}"
        out.append(surface[: digits.start()] + text + surface[digits.end() :])
    return out


def _word_variations(
    surface: str, end: int, v: float, hedged: bool, rng: random.Random
) -> list[str]:
    """ "three" -> "four", "five": number words near the answer (far ones when hedged)."""
    if v > 20:
        return []
    least = max(2, math.ceil(0.3 * v)) if hedged else 1
    whole = int(v)
    near = range(whole - least - 2, whole + least + 3) if hedged else range(whole - 2, whole + 4)
    steps = [k for k in near if 2 <= k <= 20 and k != whole and abs(k - whole) >= least]
    out = []
    for k in rng.sample(steps, len(steps)):
        word = WORDS[k].capitalize() if surface[:1].isupper() else WORDS[k]
        out.append(word + surface[end:])
    return out


def _round_alike(value: float, answer: float, places: int) -> bool:
    """Whether ``value`` looks as round as the answer: a measured "636" gets no "1270", a
    round "140" no "84" (whole numbers of two digits or more)."""
    if places or answer < 10 or value < 10 or value != int(value):
        return True
    return (int(answer) % 10 == 0) == (int(value) % 10 == 0)


def _significant(number: float) -> int:
    """How many significant figures ``number`` shows (1 for "30", 3 for "636")."""
    text = f"{number:f}".rstrip("0").rstrip(".").replace(".", "").lstrip("0")
    return max(1, len(text.rstrip("0")))


def _round_like(value: float, model: float) -> float:
    """``value`` rounded to as many significant figures as ``model`` shows."""
    significant = _significant(model)
    if value == 0:
        return 0
    digits = significant - math.floor(math.log10(abs(value))) - 1
    return round(value, digits)
