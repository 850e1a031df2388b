"""The hedge of a figure carried into the question that asks it: "more than 900
firefighters" -> "More than how many firefighters ...?", "about 14,000 residents" ->
"About how many residents ...?" (a question without it would key a bound or an estimate
as an exact number). Other words before a number ("a further", "such") leave the figure
without a question form (issue 16)."""

from __future__ import annotations

import re
from typing import Any

from quizapp.generator.facts.facts import COUNT, Fact
from quizapp.questiondata import FactKind

# the words before a number and those the question carries over ("more than 900
# firefighters" -> "More than how many firefighters ...?", "nearly 90 homes" -> "Nearly
# how many homes ...?", "almost" too); others get no question. Used by headline_forms too.
HEDGED = {"about": "about", "around": "about", "roughly": "about", "nearly": "nearly",
          "almost": "nearly", "approximately": "about", "some": "about", "an estimated": "about",
          "up to": "up to", "more than": "more than", "over": "more than",
          "at least": "at least", "at most": "at most", "fewer than": "fewer than",
          "less than": "less than", "only": "", "just": ""}  # fmt: skip
# the hedges that make the figure a bound: several choices would be true of it ("more than
# 50 homes": 60 too), so such a figure is never asked by choices
BOUNDS = {"up to", "more than", "at least", "at most", "fewer than", "less than"}
REFERRING = {"such", "other", "more", "further", "additional", "same"}


def hedged(fact: Fact, question: str | None) -> str | None:
    """A finished question of :mod:`phrasing` with the hedge of the fact's number put before
    its "how many" ("At least 140 people were killed" -> "At least how many people were
    killed ...?"); the hedge is added after the question is judged long enough, so that
    it does not make a question specific that says too little."""
    tok = fact.token
    if question is None or fact.kind != FactKind.FIGURE or tok is None:
        return question
    unit = tok.head if fact.type == COUNT and tok.dep_ == "nummod" else tok
    hedge = number_hedge(unit) if unit.pos_ == "NOUN" else None
    found = re.search(r"\b[Hh]ow many\b", question)
    if not hedge or found is None:
        return question
    start = found.start()
    words = f"{hedge} how many" if start else f"{hedge.capitalize()} how many"
    return question[:start] + words + question[found.end() :]


def bounded(fact: Fact) -> bool:
    """Whether the fact's figure is a bound ("more than 50 homes", "over 40", "up to 300"),
    of which several choices would be true: asked by a number typed or a cloze, never by
    choices."""
    return bound_hedge(fact) is not None


def bound_hedge(fact: Fact) -> str | None:
    """The bound the question carries for the fact's figure ("more than" for "over 40",
    "up to"), or None where the figure is no bound."""
    tok = fact.token
    if fact.kind != FactKind.FIGURE or tok is None:
        return None
    unit = tok.head if fact.type == COUNT and tok.dep_ == "nummod" else tok
    if unit.pos_ != "NOUN":
        unit = tok
    hedge = HEDGED.get(number_hedge(unit) or "", "")
    return hedge if hedge in BOUNDS else None


def number_hedge(unit: Any) -> str | None:
    """The hedge the question carries over for the words before the number ("about", "up
    to", "more than", "at least" or ""); None for others ("a further", "such"). ``unit`` is
    the noun counted, or the number itself where it stands for its noun ("about 20 remain
    missing")."""
    before = [t for t in unit.subtree if t.i < unit.i or (t.i == unit.i and t.like_num)]
    numbers = [t.i for t in before if t.like_num]
    joined = [t for t in before if numbers and numbers[0] < t.i < numbers[-1] and not t.like_num]
    ranged = len(numbers) == 2 and [t.lower_ for t in joined] in (["and"], ["to"])
    if not numbers or (numbers[-1] - numbers[0] + 1 != len(numbers) and not ranged):
        return None  # "four, five and six months": no one figure
    words = [t for t in before if t.i < numbers[0]]
    if ranged:  # "(somewhere) between 22 and 55 kilograms": "between" is the answer's
        words = [t for t in words if t.lower_ not in ("between", "somewhere", "anywhere")]
    after = [t for t in before if t.i > numbers[-1]]
    if any(t.dep_ not in ("amod", "compound") or t.lower_ in REFERRING for t in after):
        return None  # "60 such colonies": which ones is said in another sentence
    text = " ".join(t.lower_ for t in words)
    return HEDGED.get(text) if text else ""  # not "a further 5 million euros"
