""" "The win" and "the site" named as the event the article opens on, only where that is
sure; otherwise the question is refused (texts written for these tests)."""

from __future__ import annotations

import pytest

from quizapp.generator import generate

FINAL = (
    "Westford United beat Carlow Town 2-0 in the Borough Cup final at Elm Park on "
    "Saturday.\n\n"
    "Carlow Town had led at half-time through a header from Sean Doyle.\n\n"
    "The win earns Westford United prize money of 450,000 pounds."
)
# a semi-final told before "the win": which win is meant is not sure
SEMI_FINAL = (
    "Westford United beat Carlow Town 2-0 in the Borough Cup final at Elm Park on "
    "Saturday.\n\n"
    "Westford had beaten Dunmore Rangers 4-1 in the semi-final in April. The win earns "
    "Westford United prize money of 450,000 pounds."
)
AVALANCHE = (
    "An avalanche swept through the ski village of Oberau in the Tyrol early on Monday, "
    "killing six people and burying 14 chalets.\n\n"
    "The Austrian army sent 120 soldiers to the site, and rescuers searched through the "
    "night with dogs."
)
# a second avalanche told before "the site": which site is not sure
TWO_AVALANCHES = (
    "An avalanche swept through the ski village of Oberau in the Tyrol early on Monday, "
    "killing six people and burying 14 chalets.\n\n"
    "A second avalanche blocked the pass road near Kals on Tuesday. The Austrian army sent "
    "120 soldiers to the site, and rescuers searched through the night with dogs."
)


def _prompts(text: str) -> list[str]:
    return [q.prompt for q in generate(text, max_questions=30)]


@pytest.mark.slow
def test_the_win_is_the_final_the_lead_tells() -> None:
    # Given a report opening on a win in the Borough Cup final, then "The win gives ..."
    prompts = _prompts(FINAL)
    # Then "the win" is asked as the win in that final
    assert any("win in the Borough Cup final earns" in p for p in prompts), prompts


@pytest.mark.slow
def test_the_win_is_the_final_the_lead_tells_under_a_title() -> None:
    # Given the same report under a title line (a title is no sentence of the lead)
    prompts = _prompts("Cup glory for Westford\n\n" + FINAL)
    # Then "the win" is still asked as the win in that final
    assert any("win in the Borough Cup final earns" in p for p in prompts), prompts


@pytest.mark.slow
def test_the_win_after_a_semi_final_stays_refused() -> None:
    # Given a semi-final told between the lead and "The win gives ..."
    prompts = _prompts(SEMI_FINAL)
    # Then no win is put in for "the win", and its sentence is not asked
    assert not any("win in the" in p or "prize money" in p for p in prompts), prompts


@pytest.mark.slow
def test_the_site_is_where_the_lead_event_struck() -> None:
    # Given "An avalanche swept through the ski village of Oberau ... to the site"
    prompts = _prompts(AVALANCHE)
    # Then the site is named as the avalanche's in Oberau
    assert any("to the site of the avalanche in Oberau" in p for p in prompts), prompts


@pytest.mark.slow
def test_the_site_after_a_second_event_stays_refused() -> None:
    # Given a second avalanche told before "the site"
    prompts = _prompts(TWO_AVALANCHES)
    # Then the site is not named, and the soldiers' sentence is not asked
    assert not any("soldiers" in p for p in prompts), prompts
