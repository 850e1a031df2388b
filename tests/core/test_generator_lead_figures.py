"""A figure of a later sentence ranks below a lead figure of the same unit (issue 16); the
text is invented for this test. Before this change a later percentage ("sales climbed 11
percent") weighed as much as the lead's "35 percent rise in profit"."""

from __future__ import annotations

from quizapp.generator.lead_figures import later_figure_penalties
from quizapp.generator.pipeline import analyse
from quizapp.generator.ranking import lead_sentences

RESULTS = (
    "Talvo Motors profit surges\n\n"
    "Talvo Motors, a Finnish truck maker, reported a 35 percent rise in annual profit on "
    "Wednesday. Profit for the year rose to 1.9 billion euros. "
    "Sales climbed 11 percent to 8.2 billion euros. "
    "The company built 41,000 trucks, and its shares gained 3 percent."
)


def test_a_later_percentage_weighs_less_than_the_lead_s_own() -> None:
    facts = analyse(RESULTS).facts
    penalties = later_figure_penalties(facts, lead_sentences(facts))
    by_surface = {f.surface: penalties.get(id(f), 0.0) for f in facts}
    assert by_surface["35 percent"] == 0.0, by_surface
    assert by_surface["11 percent"] > 0.0, by_surface
    assert by_surface["41,000"] == 0.0, by_surface
