"""Figures of a later sentence that the lead already has one of, ranked below it (issue 16).

A news story puts its headline figures in its first two sentences: "a 41 percent jump in
profit", "finishing 38 seconds clear". A figure of the same unit told further down ("fuel
costs fell 9 percent", "a further 11 seconds back") is detail of the same kind, so it
weighs less than its lead counterpart and does not crowd it out of the set.
"""

from __future__ import annotations

from quizapp.generator.facts.facts import FIGURE, Fact

LEAD_REACH = 2  # the lead's first two sentences carry its headline figures
LATER_PENALTY = 0.75


def _unit(fact: Fact) -> tuple[str, str]:
    """A figure's kind of measure: its fine type and unit word ("percent", "seconds")."""
    unit = fact.unit.lower().rstrip("s")
    if not unit:
        words = fact.answer.lower().split()
        unit = words[-1].rstrip("s") if len(words) > 1 and words[-1].isalpha() else ""
    return str(fact.type), unit


def later_figure_penalties(facts: list[Fact], lead: set[int]) -> dict[int, float]:
    """Weight to take off (by fact id) each figure after the lead's first two sentences
    whose unit a figure of those sentences has."""
    first = sorted(lead)[:LEAD_REACH]
    if not first:
        return {}
    units = {_unit(f) for f in facts if f.kind == FIGURE and f.sentence.index in first}
    return {
        id(f): LATER_PENALTY
        for f in facts
        if f.kind == FIGURE and f.sentence.index > first[-1] and _unit(f) in units
    }
