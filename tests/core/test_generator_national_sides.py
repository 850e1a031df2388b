"""A country the article has play is a team: asked "Which team", its wrong answers the
other sides the article names, typed where it names too few; a country in politics news
keeps "Which country" and the gazetteer's choices (issue 16). Texts invented for the tests.
"""

from __future__ import annotations

from quizapp.generator import generate
from quizapp.generator.pipeline import analyse

HOCKEY = (
    "Canada beat Finland 3-2 in overtime on Saturday night in Prague to reach the final of "
    "the ice hockey world championship for the third year in a row.\n\n"
    "Finland led 2-1 going into the third period, but defenceman Marc Ledoux levelled with "
    "four minutes left. Forward Jamie Stroud then scored the winner 92 seconds into "
    "overtime.\n\n"
    "Canada will play Sweden in Sunday's final. Sweden won the other semi-final, beating "
    "Latvia 4-1 earlier in the day. Finland play Latvia for the bronze medal."
)
HANDBALL = (
    "Egypt drew with Tunisia 27-27 in Cairo on Friday, and the two sides will meet again in "
    "the return match in Tunis next week.\n\n"
    "Tunisia had led by four goals at half-time, but winger Karim Nabil scored eight times "
    "after the break. About 12,000 fans watched the game."
)
WATER = (
    "Portugal signed a water-sharing agreement with Morocco on Tuesday, pledging to build "
    "two desalination plants on the Atlantic coast by 2030.\n\n"
    "The deal, worth about 900 million euros, was signed in Lisbon by the two foreign "
    "ministers. Portugal will provide most of the money, while Morocco will supply the land."
)
TALLY = (
    "Brazil won the vote 14-6 on Thursday to host next year's climate summit, ahead of a "
    "rival offer from Mexico. Delegates from 20 countries met in Geneva to choose the host."
)
TEAMS = {"Canada", "Finland", "Sweden", "Latvia"}


def test_countries_that_play_are_teams_and_their_choices_the_article_s_sides() -> None:
    questions = [q for q in generate(HOCKEY, max_questions=30) if q.answer in TEAMS]
    assert questions
    assert not any("which country" in q.prompt.casefold() for q in questions)
    assert any(q.prompt.startswith("Which team") for q in questions)
    for q in questions:
        assert set(q.choices or []) <= TEAMS


def test_a_side_among_too_few_teams_is_typed() -> None:
    names = {e.name: e for e in analyse(HANDBALL).entities}
    assert names["Egypt"].team and names["Tunisia"].team
    for q in generate(HANDBALL, max_questions=30):
        if q.answer in ("Egypt", "Tunisia"):
            assert not q.choices
            assert "which country" not in q.prompt.casefold()


def test_a_beaten_side_the_model_left_untagged_is_a_team() -> None:
    text = "Norway beat Denmark 2-1 in Lyon on Thursday. Denmark had taken the lead early on."
    names = {e.name: e for e in analyse(text).entities}
    assert names["Denmark"].team


def test_a_country_in_politics_news_keeps_country_choices() -> None:
    names = {e.name: e for e in analyse(WATER).entities}
    assert not names["Portugal"].team and not names["Morocco"].team
    asked = [q for q in generate(WATER, max_questions=30) if q.answer == "Portugal" and q.choices]
    assert asked and asked[0].prompt.startswith("Which country")
    assert set(asked[0].choices or []) - {"Portugal", "Morocco"}


def test_a_vote_tally_makes_no_team() -> None:
    names = {e.name: e for e in analyse(TALLY).entities}
    assert not names["Brazil"].team
