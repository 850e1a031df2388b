"""A body named only as one of its own sort ("the union" is never the company), "the
project" named as the one building the lead names, and a place "there" named as the
article's subject; each left unnamed (and refused) where that is not sure (texts written
for these tests)."""

from __future__ import annotations

import pytest

from quizapp.generator.checks.checks import defects
from quizapp.generator.naming.naming import Namer
from quizapp.generator.pipeline import _subject, analyse
from quizapp.generator.synthesis import fact_questions


def _named(text: str) -> list[tuple[str, list[str]]]:
    """Every candidate question of the text, named as the pipeline names it, with its
    defects."""
    analysis = analyse(text)
    namer = Namer(analysis.sentences, analysis.entities, analysis.facts, _subject(analysis))
    out = []
    for fact in analysis.facts:
        for q in fact_questions(fact, analysis.facts):
            named = namer.named(q, fact)
            out.append((named.prompt, defects(named, fact)))
    return out


# "the union" after a company only: a union is no company
UNION_UNNAMED = (
    "Kessler Mills will close two bakeries in southern Norway next spring.\n\n"
    "Kessler Mills will cut about 250 jobs at its plant in Molde, according to the union."
)
# the union is named the sentence before: "the union" is it
UNION_NAMED = (
    "Kessler Mills will close two bakeries in southern Norway next spring. The Bakers "
    "Federation Union called the plan a disgrace.\n"
    "Kessler Mills will cut about 250 jobs at its plant in Molde, according to the union."
)


@pytest.mark.slow
def test_the_union_is_never_the_company() -> None:
    prompts = [p for p, _ in _named(UNION_UNNAMED)]
    assert not any("according to Kessler Mills" in p for p in prompts), prompts


@pytest.mark.slow
def test_the_union_named_before_is_named() -> None:
    prompts = [p for p, _ in _named(UNION_NAMED)]
    assert any("according to the Bakers Federation Union" in p for p in prompts), prompts
    assert not any("according to Kessler Mills" in p for p in prompts), prompts


# the lead names one building; "The project" later is its building
PROJECT = (
    "Crowds gathered in Lindby on Friday as the North Quay Concert Hall opened after a "
    "four-year build.\n\n"
    "The hall seats 1,800 people. The project cost about 640 million kroner, twice the "
    "first estimate."
)
# two buildings named in the lead: which one "the project" is, is not sure
TWO_BUILDINGS = (
    "Crowds gathered in Lindby on Friday as the North Quay Concert Hall and the Lindby "
    "Maritime Museum opened after a four-year build.\n\n"
    "The project cost about 640 million kroner, twice the first estimate."
)


@pytest.mark.slow
def test_the_project_is_the_one_building_of_the_lead() -> None:
    named = _named(PROJECT)
    assert any("the North Quay Concert Hall project cost" in p and not d for p, d in named), named


@pytest.mark.slow
def test_the_project_of_two_buildings_stays_refused() -> None:
    named = _named(TWO_BUILDINGS)
    costs = [(p, d) for p, d in named if "cost" in p]
    assert costs, named
    assert all(d for _, d in costs), costs
    assert not any("Hall project" in p or "Museum project" in p for p, _ in costs), costs


# an island the article is about; a new paragraph says how many live "there"
ISLE = (
    "Veslholm is a rocky island in the Norwegian Sea. Veslholm lies about 40 kilometres "
    "off the coast of Nordland and is reached by a daily ferry.\n\n"
    "About 3,200 people live there all year round."
)
# the sentence before names another place "there" may stand for
ISLE_AND_TOWN = (
    "Veslholm is a rocky island in the Norwegian Sea. Veslholm lies about 40 kilometres "
    "off the coast of Nordland.\n\n"
    "Many of the islanders once worked in the mines at Kolvik. About 300 people still live "
    "there."
)


@pytest.mark.slow
def test_there_is_the_place_the_article_is_about() -> None:
    named = _named(ISLE)
    assert any("people live in Veslholm" in p for p, _ in named), named
    assert not any("live there" in p and not d for p, d in named), named


@pytest.mark.slow
def test_there_after_another_place_stays_unnamed() -> None:
    named = _named(ISLE_AND_TOWN)
    assert not any("live in Veslholm" in p for p, _ in named), named


# a trial's two groups set side by side: "the green-tea group" says which by its content
TRIAL = (
    "The trial followed 400 adults in twelve clinics. Half of the clinics served a new "
    "green tea, while the others carried on as before.\n\n"
    "After a year, blood sugar in the green-tea group had dropped by an average of 4.1 "
    "points compared with the other group."
)
# "the media group" is a company said before, however it is called: no groups side by side
MEDIA_GROUP = (
    "Brekke Holding said on Monday it would buy the radio maker Solvind.\n\n"
    "Shares in the media group rose by 5.2 percent in Oslo."
)


@pytest.mark.slow
def test_a_trial_group_named_by_its_content_is_self_contained() -> None:
    named = _named(TRIAL)
    assert any("in the green-tea group" in p and not d for p, d in named), named


@pytest.mark.slow
def test_a_group_said_before_stays_refused() -> None:
    named = _named(MEDIA_GROUP)
    shares = [(p, d) for p, d in named if "the media group" in p]
    assert shares, named
    assert all(d for _, d in shares), shares


# "he" of what the speaker says of himself: the speaker's own, left as he said it
SAYS_OF_HIMSELF = (
    "Mark Hollis led the Green Party of Norland for six years. On Friday Mark Hollis said "
    "he would not stand for the leadership again."
)
# "he" of what one person tells another: the listener or the subject, not sure
TELLS_ANOTHER = (
    "Mark Hollis led the Green Party of Norland for six years. On Friday Anna Berg told Tom "
    "Lind he would not stand for the leadership again."
)


@pytest.mark.slow
def test_who_said_he_is_the_speaker_himself() -> None:
    named = _named(SAYS_OF_HIMSELF)
    assert any(
        p == "Who said he would not stand for the leadership again?" and not d for p, d in named
    ), named
    assert not any("said Mark Hollis would" in p for p, _ in named), named


@pytest.mark.slow
def test_he_told_to_another_is_not_named_by_a_guess() -> None:
    named = _named(TELLS_ANOTHER)
    assert not any("Mark Hollis would not stand" in p for p, _ in named), named
    assert not any(p.startswith("Who told") and not d for p, d in named), named
