"""Wording of wh-questions: the word for a team, openings a question leaves out or moves,
capitals of common nouns, and what a speaker points back at (issue 16)."""

from __future__ import annotations

from quizapp.generator.forms.phrasing import wh_question
from quizapp.generator.pipeline import analyse


def _question(text: str, surface: str, nth: int = 0) -> str | None:
    facts = [f for f in analyse(text).facts if f.surface == surface]
    return wh_question(facts[nth])


CUP = (
    "Marrowby Rovers drew 2-2 with Castlemoor United on Sunday. Castlemoor United had led "
    "2-0 at half-time before Marrowby Rovers equalised late in the match."
)


def test_a_team_is_asked_which_team() -> None:
    assert _question(CUP, "Marrowby Rovers") == (
        "Which team drew 2-2 with Castlemoor United on Sunday?"
    )
    assert _question(CUP, "Castlemoor United", 1) == "Which team had led 2-0 at half-time?"


def test_a_team_is_asked_which_club_where_the_article_says_club() -> None:
    text = CUP + " Both clubs will meet again in the spring."
    assert _question(text, "Castlemoor United", 1) == "Which club had led 2-0 at half-time?"


def test_a_body_that_plays_no_match_is_no_team() -> None:
    text = "The Harlow Trust opened a museum of shipbuilding in Kessel on Sunday."
    question = _question(text, "Harlow Trust")
    assert question is None or not question.startswith("Which team"), question


def test_an_opening_participle_clause_is_left_out_of_a_subject_question() -> None:
    text = "Born in Selworth in 1938, Margaret Hollis trained as a chemist in Leeds in 1960."
    assert _question(text, "Margaret Hollis") == "Who trained as a chemist in Leeds in 1960?"


def test_an_opening_participle_clause_does_not_stop_a_date_question() -> None:
    text = "Having lost the first set, Roger Federer won the final in Paris on Sunday."
    assert _question(text, "Sunday") == (
        "On which day of the week did Roger Federer win the final in Paris?"
    )
    assert _question(text, "Roger Federer") == "Who won the final in Paris on Sunday?"


def test_a_common_noun_opening_the_sentence_is_lowered_after_the_auxiliary() -> None:
    text = (
        "The World Heart Federation met in Geneva in May. "
        "Heart disease kills about 18 million people each year."
    )
    assert _question(text, "18 million") == (
        "About how many people does heart disease kill each year?"  # the hedge carried
    )


def test_a_reported_clause_before_the_speaker_is_asked_with_that() -> None:
    text = (
        "Heart disease killed about 18 million people in 2019, the World Health Organization said."
    )
    assert _question(text, "World Health Organization") == (
        "Which organisation said that heart disease killed about 18 million people in 2019?"
    )


def test_a_reported_clause_that_leans_on_the_speaker_is_not_asked() -> None:
    text = (
        "The agency has fed 40,000 people in the region since March, the World Food Programme said."
    )
    assert _question(text, "World Food Programme") is None  # not "... said, the agency has"


def test_a_speaker_on_a_definite_that_points_back_is_not_asked() -> None:
    text = (
        "Harlow Electric reported a profit of 40 million euros in 2025 after two years of "
        "losses. Chief executive Ana Lopes said the turnaround came from new orders in Asia."
    )
    assert _question(text, "Ana Lopes") is None  # "Who said the turnaround came ...?"


def test_a_speaker_on_a_definite_that_says_which_is_asked() -> None:
    text = "Tom Vance called the result of the vote a fair reward for the players."
    assert _question(text, "Tom Vance") == (
        "Who called the result of the vote a fair reward for the players?"
    )


def test_a_clause_moved_to_the_end_of_a_question_loses_its_capital() -> None:
    text = "Once the war ended, Harlow Electric opened a plant in Kessel in 1946."
    assert _question(text, "Harlow Electric") == (
        "Which organisation opened a plant in Kessel in 1946, once the war ended?"
    )
