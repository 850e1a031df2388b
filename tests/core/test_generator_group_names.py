""" "They"/"their" named as the one team or party the sentence before is about, only where
the parse makes it sure; otherwise the question is refused (texts written for these tests)."""

from __future__ import annotations

import pytest

from quizapp.generator import GeneratedQuestion, generate

# "Their captain" after a sentence whose one team is the subject of its clause
TEAM = (
    "Westford United beat Carlow Town 2-0 in the Borough Cup final at Elm Park on Saturday.\n\n"
    "A crowd of 18,200 watched Westford United take an early lead. Their captain, Mark "
    "Ellery, headed in a corner after nine minutes."
)
# "Their leader" after a sentence about a party the model names by no fact
PARTY = (
    "The Green Alliance won 14 seats in the regional vote, its best result since 1994. The "
    "Social Democrats ended with just six seats. Their leader, Hanna Voss, lost her own seat "
    "in Lindau by 212 votes."
)
# "They" after a sentence with two plural subjects: the rescuers or the climbers
TWO_PLURALS = (
    "Mountain rescuers said 12 climbers had been pulled from the ridge near Kals on Sunday. "
    "They were flown to a hospital in Innsbruck, about 40 kilometres to the north."
)
# "Their captain" after a sentence naming two teams: which one is not sure
TWO_TEAMS = (
    "Westford United beat Carlow Town 2-0 in the Borough Cup final at Elm Park on Saturday. "
    "Their captain, Mark Ellery, headed in a corner after nine minutes."
)


def _prompts(text: str) -> list[str]:
    return [q.prompt for q in generate(text, max_questions=30)]


@pytest.mark.slow
def test_their_captain_is_the_one_team_before() -> None:
    # Given "A crowd ... watched Westford United take an early lead. Their captain, ___, ..."
    questions: list[GeneratedQuestion] = generate(TEAM, max_questions=30)
    # Then the captain's question names the team
    named = [q for q in questions if q.prompt.startswith("Westford United’s captain")]
    assert named and named[0].answer == "Mark Ellery", [q.prompt for q in questions]
    assert not any(q.prompt.startswith("Their") for q in questions)


@pytest.mark.slow
def test_their_leader_is_the_party_named_before() -> None:
    # Given "The Social Democrats ended with just six seats. Their leader, Hanna Voss, ..."
    prompts = _prompts(PARTY)
    # Then "their" is the Social Democrats (not the Green Alliance of the sentence before)
    # (asked "By how many votes did the Social Democrats’ leader ... lose her own seat?")
    assert any("the social democrats’ leader" in p.casefold() for p in prompts), prompts
    assert not any("Green Alliance’s leader" in p for p in prompts), prompts


@pytest.mark.slow
def test_they_after_two_plural_subjects_stays_refused() -> None:
    # Given "Mountain rescuers said 12 climbers had been pulled ... They were flown ..."
    prompts = _prompts(TWO_PLURALS)
    # Then who was flown is not guessed: that sentence is not asked
    assert not any("were flown" in p or "Innsbruck" in p for p in prompts), prompts


@pytest.mark.slow
def test_their_after_two_teams_stays_refused() -> None:
    # Given "Westford United beat Carlow Town ... Their captain, Mark Ellery, ..."
    prompts = _prompts(TWO_TEAMS)
    # Then neither team is put in for "Their"
    assert not any("captain" in p for p in prompts), prompts
