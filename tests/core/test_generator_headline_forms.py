"""Question forms for the headline facts of a news lead: counts in a participle clause or
a counted subject, a magnitude that is no count, a match's whole score (issue 16)."""

from __future__ import annotations

import re

from quizapp.generator import generate
from quizapp.generator.forms.phrasing import wh_question
from quizapp.generator.pipeline import analyse, questions_from


def _question(text: str, surface: str) -> str | None:
    fact = next(f for f in analyse(text).facts if f.surface == surface)
    return wh_question(fact)


def test_a_share_taken_in_a_participle_clause_is_asked_of_the_main_subject() -> None:
    text = (
        "The Conservative Party won the general election on 12 December, taking 365 of the "
        "650 seats in the House of Commons."
    )
    assert _question(text, "365") == (
        "How many of the 650 seats in the House of Commons did the Conservative Party take?"
    )


def test_a_hedged_death_toll_keeps_its_hedge_and_the_clause_it_shares() -> None:
    text = (
        "At least 31 people died and 12 are missing after floods swept through the Tamel "
        "valley on Tuesday."
    )
    question = _question(text, "31") or ""
    assert question.startswith(
        "At least how many people died after floods swept through the Tamel valley"
    )


def test_a_toll_of_a_participle_names_the_subject_that_killed() -> None:
    text = "A magnitude 6.8 earthquake struck the region, killing at least 140 people."
    assert _question(text, "140") == (
        "At least how many people did the magnitude 6.8 earthquake kill?"
    )


def test_a_magnitude_is_never_a_count_of_earthquakes() -> None:
    text = "A magnitude 6.8 earthquake struck the region, killing at least 140 people."
    facts = analyse(text).facts
    assert not [f for f in facts if f.surface == "6.8" and f.type == "count"]


def test_a_match_score_of_sets_is_kept_whole_and_asked_by_what_score() -> None:
    text = "Ana Ruiz beat Sofia Ortega 6-4, 6-3 to win the Varna Open on Sunday."
    facts = [f for f in analyse(text).facts if f.type == "score"]
    assert [f.answer for f in facts] == ["6-4, 6-3"]
    assert wh_question(facts[0]) == "By what score did Ana Ruiz beat Sofia Ortega?"


def test_the_agent_of_a_participle_on_a_passive_agent_is_asked_who() -> None:
    text = "French forces were defeated by an allied army led by the Duke of Wellington."
    assert _question(text, "Duke of Wellington") == (
        "Who led the allied army that defeated French forces?"
    )


def test_a_name_opening_a_sentence_keeps_its_capital_from_another_paragraph() -> None:
    text = (
        "The old road to Saltmire was paved in 1931.\n\n"
        "Saltmire grew quickly and built 40 new houses in 1912."
    )
    assert _question(text, "40") == "How many new houses did Saltmire build in 1912?"


def test_an_estimated_cost_keys_the_figure_alone_and_asks_about_how_many() -> None:
    text = "The Orsa art museum cost an estimated 40 million euros."
    facts = [f for f in analyse(text).facts if f.kind == "figure"]
    assert [f.answer for f in facts] == ["40 million"]
    assert wh_question(facts[0]) == "About how many euros did the Orsa art museum cost?"


def test_a_counted_subject_with_nothing_to_say_which_story_is_not_asked() -> None:
    text = "At least 30 people died and 12 are missing after the storm."
    question = _question(text, "30")  # kept for the naming passes, refused by the checks
    asked = {q.prompt for q in questions_from(analyse(text), 12)}
    assert question is None or question not in asked, asked


def test_a_counted_subject_keeps_the_when_clause_that_says_which_event() -> None:
    text = "More than 200 people were injured when the bridge collapsed in Orsa."
    assert _question(text, "200") == (
        "More than how many people were injured when the bridge collapsed in Orsa?"
    )


def test_a_participle_after_another_clause_is_not_given_the_main_subject() -> None:
    text = (
        "Hundreds of residents fled their homes on Sunday as a wildfire spread across the "
        "hills above Calvera, burning at least 3,000 hectares of forest."
    )
    question = _question(text, "3,000 hectares") or ""
    assert "residents burn" not in question


def test_only_before_a_share_of_seats_is_left_out_of_the_question() -> None:
    text = (
        "The ruling party lost its majority in the election, winning only 98 of the 240 "
        "seats in parliament."
    )
    assert _question(text, "98") == (
        "How many of the 240 seats in parliament did the ruling party win?"
    )


QUAKE_AND_INJURED = (
    "A magnitude 6.9 earthquake struck northern Chile early on Monday, killing at least 54 "
    "people and injuring more than 700, according to the country's national emergency office "
    "ONEMI."
)


def test_a_toll_joined_to_another_participle_asks_the_toll_alone() -> None:
    # "killing at least 54 people and injuring more than 700": the injured are another fact
    prompts = [q.prompt for q in generate(QUAKE_AND_INJURED)]
    asked = [p for p in prompts if p.startswith("At least how many people")]
    assert asked and all("injuring" not in p for p in asked), prompts


def test_words_around_a_cut_comma_keep_their_space() -> None:
    # the comma before "according to" is cut: "Monday" and "according" stay two words
    prompts = [q.prompt for q in generate(QUAKE_AND_INJURED)]
    assert not any(re.search(r"[a-z](?:according|ONEMI)", p) for p in prompts), prompts


def test_nearly_and_almost_are_kept_as_nearly_by_both_question_forms() -> None:
    # Given a counted subject (headline_forms) and a counted object (figure_hedges)
    subject = "Nearly 90 homes burned down after a grass fire swept through the Orvel valley."
    obj = "The storm in the Orvel valley on Sunday destroyed nearly 90 wooden homes of the village."
    planted = "Volunteers of the Orvel rescue team planted almost 400 oak trees along the river."
    # Then each question keeps the hedge as "nearly", not "about"
    assert (_question(subject, "90") or "").startswith("Nearly how many homes burned down")
    assert (_question(obj, "90") or "").startswith("Nearly how many wooden homes")
    assert (_question(planted, "400") or "").startswith("Nearly how many oak trees")
