"""How far a typed number may stray from a generated numeric question's key.

The rule, most specific first:

- a date (a year) is exact: tolerance 0;
- a bound the question repeats ("More than how many homes lost power?" for "more than
  2,000 homes") is exact: the learner gives the article's bound, not a guess near it;
- a figure the article hedges ("about 4,200", "some 300", "nearly 90", "more than 5
  percent" asked without its bound), or a question that itself asks for an estimate
  ("About how many ..."), allows 5 % of the value either way, in whole units for a whole
  number ("about 40 people": ±2, "about 7": exact): the article does not give an exact
  number;
- a large amount the article rounds with a scale word ("1.8 million pounds", "$3bn")
  allows what still rounds to the article's figure, at most 2 % of it ("1.8 million":
  ±36,000);
- any other figure is exact, however large: the article's "600 workers" or "6,500
  members" is the number the learner must give (590 and 612 are wrong).
"""

from __future__ import annotations

import math
import re

from quizapp.generator.facts.facts import DATE, FIGURE, Fact
from quizapp.generator.facts.figures import NUMBER, SCALES
from quizapp.generator.forms.figure_hedges import bound_hedge

HEDGE_SHARE = 0.05
ROUNDED_SHARE = 0.02
# The words just before the figure's span that make it approximate ("about ", "some $").
HEDGE_BEFORE = re.compile(
    r"\b(?:about|around|roughly|approximately|nearly|almost|some|over|under|more than|"
    r"less than|fewer than|at least|up to|close to|upwards of|(?:an )?estimated)\s+[$€£¥]?$",
    re.IGNORECASE,
)
# A hedge left inside the span ("an estimated 3,000" when the parse kept the words).
HEDGE_INSIDE = re.compile(
    r"^(?:about|around|roughly|approximately|nearly|almost|some|over|more than|an estimated)\s",
    re.IGNORECASE,
)
# A question that asks for an estimate; only its own words count, not a quoted sentence.
ESTIMATE = re.compile(
    r"\b(?:(?:about|around|roughly|approximately)\s+(?:how|what|which)\b|estimated?\b)",
    re.IGNORECASE,
)
SCALE_WORD = re.compile(r"\d\s*(?:" + "|".join(SCALES) + r"|bn|m)\b", re.IGNORECASE)


def numeric_tolerance(fact: Fact, prompt: str) -> float:
    """The tolerance of a numeric question about ``fact`` asked by ``prompt``."""
    if fact.kind == DATE or fact.value is None:
        return 0.0
    value = abs(float(fact.value))
    if fact.kind == FIGURE and _bound_repeated(fact, prompt):
        return 0.0
    if fact.kind == FIGURE and (is_hedged(fact) or asks_estimate(prompt)):
        share = _two_digits(value * HEDGE_SHARE)
        return float(math.floor(share)) if value.is_integer() else share
    if SCALE_WORD.search(fact.surface):
        return min(_two_digits(value * ROUNDED_SHARE), _half_last_digit(fact.surface, value))
    return 0.0


def _bound_repeated(fact: Fact, prompt: str) -> bool:
    """Whether the figure is a bound ("at least 7") and the question says so too ("At least
    how many ...?", as figure_hedges.hedged writes it)."""
    bound = bound_hedge(fact)
    if bound is None:
        return False
    own = re.split(r"[“\"]", prompt, maxsplit=1)[0]
    return re.search(rf"\b{re.escape(bound)}\b", own, re.IGNORECASE) is not None


def is_hedged(fact: Fact) -> bool:
    """Whether the article gives the figure as approximate or as a bound."""
    before = fact.sentence.text[: fact.start]
    return HEDGE_BEFORE.search(before) is not None or HEDGE_INSIDE.match(fact.surface) is not None


def asks_estimate(prompt: str) -> bool:
    """Whether the question's own words (not a sentence it quotes) ask for an estimate."""
    own = re.split(r"[“\"]", prompt, maxsplit=1)[0]
    return ESTIMATE.search(own) is not None


def _half_last_digit(surface: str, value: float) -> float:
    """Half a unit of the last digit the article gives: "1.8 million" is 50,000."""
    digits = NUMBER.search(surface)
    if digits is None:
        return 0.0
    shown = digits.group(0).replace(",", "")
    decimals = len(shown.split(".")[1]) if "." in shown else 0
    scale = value / float(shown) if float(shown) else 1.0
    return 0.5 * 10.0**-decimals * scale


def _two_digits(amount: float) -> float:
    return float(f"{amount:.2g}")
