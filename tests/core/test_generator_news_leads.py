"""The lead of a news report: its dateline dropped when the article is read, a number word
opening a sentence read as a count, and the clauses of a compound toll sentence asked one
by one with the event they share and its date (issue 16)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.generator import generate, read_article
from quizapp.generator.forms.news_leads import lead_date_question
from quizapp.generator.forms.phrasing import wh_question
from quizapp.generator.pipeline import analyse
from quizapp.generator.text import strip_dateline

LEAD = "At least nine people died when Cyclone Mira struck the island of Vanua on 3 May."


@pytest.mark.parametrize(
    "dateline",
    [
        "SUVA - ",
        "SUVA (Reuters) - ",
        "WELLINGTON — ",
        "Suva, 4 May – ",
        "SUVA, Fiji, May 4 (AP) -- ",
        "(Reuters) - ",
    ],
)
def test_a_dateline_is_dropped_from_the_first_paragraph(dateline: str) -> None:
    assert strip_dateline(dateline + LEAD) == LEAD


@pytest.mark.parametrize(
    "text",
    [
        "Cyclone Mira - the worst storm in years - struck the island of Vanua on 3 May.",
        "The Suva-Vanua ferry - an old boat - sank in the harbour during the night of the storm.",
        "Suva - the capital - was spared the worst of the storm that struck on 3 May.",
    ],
)
def test_prose_with_dashes_keeps_its_first_words(text: str) -> None:
    assert strip_dateline(text) == text


def test_an_article_read_from_a_file_loses_its_dateline_not_its_toll(tmp_path: Path) -> None:
    path = tmp_path / "cyclone.txt"
    path.write_text(
        f"Cyclone Mira Hits Vanua\n\nSUVA (Reuters) - {LEAD} Relief flights began on Friday.\n",
        encoding="utf-8",
    )
    article = read_article(path)
    assert article.text.startswith("At least nine people died")
    facts = analyse(article.text).facts
    assert any(f.surface == "nine" and f.unit == "people" for f in facts)


def test_pasted_text_loses_its_dateline_too() -> None:
    """The window's generate dialog hands pasted text straight to generate()."""
    text = (
        "HALDEN - At least seven people were killed and more than 2,000 homes lost power after "
        "Storm Orla swept across the northern coast overnight on Monday, 4 March, officials "
        "said. Schools stayed closed on Tuesday."
    )
    prompts = [q.prompt for q in generate(text)]
    assert not any("HALDEN" in p for p in prompts)
    assert (
        "At least how many people were killed after Storm Orla swept across the northern coast?"
        in prompts
    )


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Eleven sailors drowned when the trawler Ostra sank off Lerwick in March.", "Eleven"),
        ("Nineteen climbers were rescued from Mount Kelso by helicopter on Sunday.", "Nineteen"),
    ],
)
def test_a_number_word_opening_a_sentence_is_a_count(text: str, surface: str) -> None:
    facts = [f for f in analyse(text).facts if f.type == "count"]
    assert [f.surface for f in facts] == [surface]
    assert facts[0].value == float({"Eleven": 11, "Nineteen": 19}[surface]) and facts[0].unit in (
        "sailors",
        "climbers",
    )


TOLL = (
    "At least nine people died and more than 4,000 homes were flooded after Cyclone Mira "
    "battered the northern coast of Vanua late on Friday, 3 May, officials said. Relief "
    "flights began on Sunday."
)


def _question(text: str, surface: str) -> str | None:
    fact = next(f for f in analyse(text).facts if f.surface == surface)
    return wh_question(fact)


def test_each_clause_of_a_toll_is_asked_with_the_event_it_shares() -> None:
    assert _question(TOLL, "nine") == (
        "At least how many people died after Cyclone Mira battered the northern coast of Vanua?"
    )
    assert _question(TOLL, "4,000") == (
        "More than how many homes were flooded after Cyclone Mira battered the northern coast "
        "of Vanua?"
    )


def test_the_date_of_the_event_clause_is_asked_of_the_event() -> None:
    assert _question(TOLL, "3 May") == (
        "On which date did Cyclone Mira batter the northern coast of Vanua?"
    )


def test_a_named_source_is_kept_as_according_to() -> None:
    text = (
        "Six people died and 300 homes lost power after Storm Orla hit the town of Kessel, "
        "the Kessel Fire Service said. Crews worked through the night."
    )
    assert _question(text, "Six") == (
        "According to the Kessel Fire Service, how many people died after Storm Orla hit the "
        "town of Kessel?"
    )


def test_an_event_that_names_nothing_gives_no_lead_question() -> None:
    text = (
        "At least nine people died and more than 4,000 homes were flooded after the storm "
        "battered the coast, officials said. Relief flights began on Sunday."
    )
    question = _question(text, "4,000") or ""
    assert "after the storm battered the coast" not in question


def test_the_toll_questions_reach_the_quiz() -> None:
    prompts = [q.prompt for q in generate(TOLL + " Cyclone Mira was the worst storm since 1998.")]
    assert any(p.startswith("At least how many people died after Cyclone Mira") for p in prompts)
    assert any(p.startswith("On which date did Cyclone Mira") for p in prompts)


def test_a_toll_of_two_reported_clauses_and_a_named_agency() -> None:
    text = (
        "At least 30 people were injured and 14 buildings collapsed after a magnitude 5.9 "
        "earthquake struck Varna on 14 June, Bulgaria's civil protection agency GDPB said. "
        "Schools stayed shut."
    )
    assert _question(text, "14") == (
        "According to Bulgaria's civil protection agency GDPB, how many buildings collapsed "
        "after a magnitude 5.9 earthquake struck Varna?"
    )
    assert _question(text, "14 June") == (
        "On which date did a magnitude 5.9 earthquake strike Varna?"
    )


def test_the_date_of_a_lone_after_clause_is_asked_of_its_event() -> None:
    text = "Nine sailors were rescued after the ferry Aurora ran aground off Tromso on 2 February."
    assert _question(text, "2 February") == (
        "On which date did the ferry Aurora run aground off Tromso?"
    )


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Jon Berg left Hull City after Leeds won the FA Cup, in 1993.", "1993"),
        ("The mayor resigned after the council rejected the budget on 3 March.", "3 March"),
    ],
)
def test_a_date_the_event_may_not_own_or_of_an_unnamed_event_is_not_asked_of_it(
    text: str, surface: str
) -> None:
    fact = next(f for f in analyse(text).facts if f.surface == surface)
    assert lead_date_question(fact, "which date") is None


def test_a_number_word_parsed_as_an_adjective_is_a_count_and_asked() -> None:
    text = "Sixty homes lost power when Storm Ada hit Lerwick."
    facts = [f for f in analyse(text).facts if f.type == "count"]
    assert [(f.surface, f.value) for f in facts] == [("Sixty", 60.0)]
    assert wh_question(facts[0]) == "How many homes lost power when Storm Ada hit Lerwick?"


def test_a_hyphenated_word_stays_in_the_event_and_others_are_not_counted() -> None:
    text = (
        "Two people died and three others were hurt when a small plane crashed soon after "
        "take-off from Skagen airfield on 8 August, police said."
    )
    assert _question(text, "Two") == (
        "How many people died when a small plane crashed soon after take-off from Skagen airfield?"
    )
    assert not (_question(text, "three") or "").startswith("How many others")
