"""The headline facts of a long news lead (35-50 words), asked by the main clause and the
fact's own clause only: a closing participle and the dates left out, a relative clause's
closing adjuncts trimmed, a figure of a relative clause asked of it, a tally asked of the
main verb where the ruling leans on it, and the percentage of a comparison (issue 16).
All texts are written for these tests."""

from __future__ import annotations

from quizapp.generator.facts.facts import Fact
from quizapp.generator.pipeline import analyse
from quizapp.generator.synthesis import fact_questions

COURT = (
    "The High Court of Norland on Tuesday overturned a decree that would have allowed city "
    "mayors to ban street markets for up to 90 days, ruling by seven votes to two that the "
    "decree breached the charter of free trade."
)


def _prompts(text: str, answer: str) -> list[str]:
    facts = analyse(text).facts
    found = [f for f in facts if answer in (f.answer, f.surface)]
    assert found, [f.answer for f in facts]
    return [q.prompt for f in found for q in fact_questions(f, facts)]


def _fact(text: str, answer: str) -> Fact:
    return next(f for f in analyse(text).facts if answer in (f.answer, f.surface))


def test_a_figure_of_a_relative_clause_is_asked_of_that_clause() -> None:
    # Given a lead whose duration sits in the relative clause on the main verb's object
    prompts = _prompts(COURT, "90 days")
    # Then the clause is asked alone, its noun put back for "that", the hedge kept
    expected = (
        "For up to how many days would the decree have allowed city mayors to ban street markets?"
    )
    assert expected in prompts


def test_a_tally_is_asked_of_the_main_verb_where_the_ruling_leans_on_it() -> None:
    # Given "ruling by N to M that the decree ...": "the decree" says nothing alone
    prompts = _prompts(COURT, "seven votes to two")
    # Then the tally is asked of what the court did, the weekday and the relative
    # clause's closing phrase of time left out
    assert (
        "By what vote did the High Court of Norland overturn a decree that would have "
        "allowed city mayors to ban street markets?"
    ) in prompts
    assert not any("rule that" in p for p in prompts)


def test_a_long_lead_drops_its_closing_participle_wherever_it_hangs() -> None:
    # Given a subject question of a lead whose closing participle the parse may hang on a
    # verb of the relative clause
    text = (
        "Norway's Supreme Court on Thursday annulled a permit that would have let a mining "
        "firm drain two mountain lakes near Odda for up to 15 years, ruling by six votes to "
        "one that it ignored the rights of reindeer herders."
    )
    prompts = [p for p in _prompts(text, "Supreme Court") if p.startswith("Which")]
    # Then the question keeps the main clause and the relative clause that says which
    # permit, without the participle
    assert prompts, _prompts(text, "Supreme Court")
    assert all("ruling" not in p and "Norway" not in p for p in prompts)
    assert any("drain two mountain lakes near Odda" in p for p in prompts)


def test_the_percentage_of_a_comparison_is_asked_with_both_sides() -> None:
    # Given a study's finding as a lead, with its source and date after a comma
    text = (
        "Commuters who cycled to work at least three days a week were about 18% less likely "
        "to take sick leave over the following year than those who drove, according to a "
        "survey published on Friday by the Harbourside Health Board."
    )
    prompts = _prompts(text, "18%")
    # Then the comparison is asked whole, its source and its dates left out, the figure's
    # words fronted where "By about what percentage were ...?" would run over the limit
    expected = (
        "About what percentage less likely to take sick leave were commuters who cycled to "
        "work at least three days a week than those who drove?"
    )
    assert expected in prompts
    text = (
        "Pupils who slept nine hours were about 12% more likely to finish the test than those "
        "who slept six."
    )
    assert (
        "By about what percentage were pupils who slept nine hours more likely to finish the "
        "test than those who slept six?"
    ) in _prompts(text, "12%")


def test_a_short_lead_keeps_its_relative_clause_whole() -> None:
    # Given a lead short enough to ask with all its words
    text = "In May 2004 Okonkwo drafted a plan that would let farmers share tractors."
    prompts = _prompts(text, "May 2004")
    # Then nothing is trimmed: the relative clause stays whole
    assert any(p.endswith("a plan that would let farmers share tractors?") for p in prompts)


def test_a_described_noun_may_lose_its_relative_clause_a_bare_one_may_not() -> None:
    # Given a tally whose question runs long even without the clause's phrase of time
    text = (
        "Norway's Supreme Court on Thursday annulled the central clauses of a coastal fishing "
        "permit that would have let foreign trawlers work inside protected fjords near Bergen "
        "for up to 15 years, ruling by six votes to one that the permit ignored the rights of "
        "local herders."
    )
    # Then the relative clause goes whole: "a coastal fishing permit" still says which
    expected = (
        "By what vote did Norway's Supreme Court annul the central clauses of a coastal "
        "fishing permit?"
    )
    assert expected in _prompts(text, "six votes to one")
    # but a bare "a scheme" keeps its clause: a question without it says nothing
    text = (
        "Transit plan\n\nIn August 2011 Castellano drafted a plan for a service that would let "
        "the port's hundreds of fishing crews share weather reports sent from distant buoys."
    )
    assert not any(p.endswith("a plan for a service?") for p in _prompts(text, "August 2011"))
