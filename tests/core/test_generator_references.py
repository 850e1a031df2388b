"""Questions say who they mean: pronouns and "the party" named or refused, and the other
half of a two-way split never left in the prompt (texts written for these tests)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from quizapp.generator import GeneratedQuestion, generate, read_article
from quizapp.generator.checks.checks import defects, unnamed_person
from quizapp.generator.facts.facts import Fact, Sentence

TEXTS = Path(__file__).parent / "texts"
UNNAMED = re.compile(r"\b(?:the (?:party|firm|company|sides|bloc)|there)\b", re.IGNORECASE)


def fact(text: str, answer: str, kind: str = "actor", type_: str = "person", **extra: Any) -> Fact:
    start = text.index(answer)
    sentence = Sentence(0, text, None, 0, True)
    return Fact(kind, type_, answer, sentence, start, start + len(answer), **extra)


def question(kind: str, prompt: str, answer: str, fine_type: str = "") -> GeneratedQuestion:
    return GeneratedQuestion(kind, prompt, answer, "actor", "k", "s", "e", fine_type=fine_type)


def test_he_after_a_body_that_speaks_is_not_self_contained() -> None:
    # Given "said he": the speaker is the one meant only when the speaker is named
    text = "The board said he would be replaced by Amanda Okafor, a former minister."
    f = fact(text, "Amanda Okafor")
    unnamed = question("cloze", text.replace("Amanda Okafor", "___"), "Amanda Okafor")
    assert "not self-contained" in defects(unnamed, f)
    named_text = "Rodrigo Salas said he would be replaced by Amanda Okafor."
    named = question("cloze", named_text.replace("Amanda Okafor", "___"), "Amanda Okafor")
    assert "not self-contained" not in defects(named, fact(named_text, "Amanda Okafor"))


@pytest.mark.parametrize(
    "prompt",
    ["Women could not study there, so Ingrid Solberg went to Zurich in ___.",
     "The court said the party would appeal in ___.",
     "…the sides must now work together by ___."],
)  # fmt: skip
def test_there_and_an_unnamed_body_are_not_self_contained(prompt: str) -> None:
    f = fact(prompt.replace("___", "1893"), "1893", "date", "year")
    assert "not self-contained" in defects(question("cloze", prompt, "1893"), f)


def test_a_personal_pronoun_needs_a_person_named_before_it() -> None:
    people = {"Ingrid Solberg", "Solberg"}
    bare = question("multiple_choice", "In which year was a ship named after her?", "1985")
    assert unnamed_person(bare, people)
    named = question("multiple_choice", "In which year did Solberg publish her diary?", "1901")
    assert not unnamed_person(named, people)
    gap = question("cloze", "Norway's ___ won his eighth race.", "Jakob Ingebrigtsen", "person")
    assert not unnamed_person(gap, people)


def test_the_other_half_of_a_two_way_split_is_a_leak() -> None:
    text = "The Yes side won 51.9 percent of the vote and the No side 48.1 percent."
    f = fact(text, "51.9 percent", "figure", "percent", value=51.9)
    leaky = question("cloze", text.replace("51.9 percent", "___"), "51.9 percent")
    assert "the other half of a two-way split gives the answer" in defects(leaky, f)
    cut = question("cloze", "The Yes side won ___ of the vote.", "51.9 percent")
    assert defects(cut, f) == []
    other = "Turnout was 63 percent and the Yes side won 30 percent of the seats."
    g = fact(other, "63 percent", "figure", "percent", value=63.0)
    assert defects(question("cloze", other.replace("63 percent", "___"), "63 percent"), g) == []


def test_a_referendum_report_names_its_bodies() -> None:
    # Given a report that says "the party" and "the sides" for bodies it named before
    questions = generate(read_article(TEXTS / "maldera-referendum-politics.txt").text)
    prompts = [q.prompt for q in questions]
    # Then no question leans on them, nor gives the Yes share away with the No share
    assert not [p for p in prompts if UNNAMED.search(p.split("“")[-1])], prompts
    shares = [q.prompt for q in questions if "percent" in q.answer or q.answer == "51.9"]
    assert not [p for p in shares if "51.9" in p or "48.1" in p], prompts


def test_a_biography_names_its_person_for_her() -> None:
    text = read_article(TEXTS / "polar-explorer-biography.txt").text
    questions = generate(text, max_questions=20)
    prompts = [q.prompt for q in questions]
    assert not [p for p in prompts if re.search(r"\b(?:her|she)\b", p) and "Solberg" not in p]
    assert not [p for p in prompts if re.search(r"\bthere\b", p)], prompts
    assert any("named after Ingrid Solberg" in p for p in prompts), prompts


@pytest.mark.parametrize(
    ("prompt", "contained"),
    [("Some weather stations there have never recorded rain since ___.", False),
     ("There have been ___ floods in the valley since 1990.", True),
     ("___'s chief executive, Klaus Reinhardt, will lead it, while Sophie Marchal chairs.", False),
     ("Vektor bought a plant in ___ and sold it.", True)],
)  # fmt: skip
def test_a_place_there_and_an_object_it_need_what_they_stand_for(
    prompt: str, contained: bool
) -> None:
    f = fact(prompt.replace("___", "Bremen"), "Bremen", type_="city")
    found = "not self-contained" in defects(question("cloze", prompt, "Bremen"), f)
    assert found is not contained, prompt


def test_a_description_before_a_name_is_no_reference_back() -> None:
    # "the bank Nordea" names the bank; it is not "the bank" of the sentence before
    text = (
        "Harlow Motors reported a record profit for 2025 on Thursday. Shares in Harlow Motors "
        "rose 12 percent in London. Analysts at the bank Nordea said the results beat forecasts."
    )
    prompts = [q.prompt for q in generate(text, max_questions=10)]
    assert not [p for p in prompts if "Analysts at Harlow" in p], prompts
    q = question("cloze", "…since 1992 the ___ has linked it…", "Main")  # the gap is no thing
    f = fact("since 1992 the Main has linked it", "Main", type_="river")
    assert "not self-contained" in defects(q, f)


PHONE = (
    "The Finnish company Nordlys launched its first smartphone on Wednesday.\n"
    "Nordlys was founded in 2019 by three former engineers of Nokia, including its chief "
    "executive, Mikko Laine. The company has 240 employees and raised 85 million euros last "
    "year.\n"
    "Laine said Nordlys would offer free repairs for the first five years."
)


def test_the_company_is_the_body_the_sentence_before_is_about_and_no_person() -> None:
    prompts = [q.prompt for q in generate(PHONE, max_questions=10)]
    assert not [p for p in prompts if "Nokia has" in p], prompts  # "The company" is Nordlys
    assert not [p for p in prompts if p.startswith("Who would offer")], prompts


BUDGET = (
    "The government of Tarvania will raise spending on hospitals by 1.8 billion dollars next "
    "year, Finance Minister Grace Tamati said on Thursday as she presented her budget.\n"
    "To pay for the plans, the government will raise the tax on tobacco by 10 percent.\n"
    "The opposition National Party called the budget reckless. Its finance spokesman, Daniel "
    "Moore, said the government was borrowing to pay for election promises.\n"
    "Harold had become king in January after the death of Edward. Only weeks before Hastings, "
    "he had defeated a Norwegian army at Stamford Bridge."
)


def test_what_was_said_comes_before_who_said_it_and_its_body_is_named() -> None:
    questions = generate(BUDGET, max_questions=12)
    prompts = [q.prompt for q in questions]
    assert any(q.answer.startswith("1.8 billion") for q in questions), prompts
    assert any(p.startswith("The National Party’s finance spokesman, ___") for p in prompts), (
        prompts
    )
    # "To pay for the plans, ..." is a whole sentence, not a cut clause
    assert any("To pay for the plans" in p for p in prompts), prompts
    # "Hastings" (a place the model may take for a person) never stands for "he"
    assert not [p for p in prompts if re.search(r"\bhe\b", p)], prompts


def test_a_between_with_one_side_and_a_gap_cut_after_said_are_refused() -> None:
    f = fact("The battle was fought on 14 October 1066.", "14 October 1066", "date", "full_date")
    one = "On which date was the battle fought between the Norman army of William?"
    assert "a 'between' with one side" in defects(question("short_answer", one, "x"), f)
    both = "On which date was the battle fought between the Normans and the English?"
    assert "a 'between' with one side" not in defects(question("short_answer", both, "x"), f)
    two = "Which river forms the border between the two countries?"
    assert "a 'between' with one side" not in defects(question("short_answer", two, "x"), f)
    said = question("cloze", "Economists at the ___ said…", "Bank of Tarvania")
    assert "a gap cut off before what was said" in defects(said, f)


def test_in_a_life_of_one_person_her_is_named_where_no_one_else_is() -> None:
    text = (
        "Marta Vidal was a Catalan painter known for her portraits of fishermen. She was born "
        "in Girona in 1911. The couple divorced in 1939 and sold their house. Of her roughly "
        "200 paintings, about 55 are self-portraits. Her first exhibition took place in 1953."
    )
    prompts = [q.prompt for q in generate(text, max_questions=10)]
    assert any("Marta Vidal’s roughly ___ paintings" in p for p in prompts), prompts


def test_according_to_gives_the_speakers_full_name() -> None:
    text = (
        "Carla Ruiz is the mayor of the port city of Porto Vello. Ruiz said about 14,000 "
        "residents had been "
        "moved to shelters in the hills above the port."
    )
    prompts = [q.prompt for q in generate(text, max_questions=10)]
    according = [p for p in prompts if p.startswith("According to")]
    assert according and all(p.startswith("According to Carla Ruiz,") for p in according), prompts


@pytest.mark.parametrize(
    "prompt",
    ["Most come from the ___, a distant shell of icy bodies.",
     "Many were rebuilt in the style of the ___ after the war.",
     "___ did not fall ill."],
)  # fmt: skip
def test_a_quantifier_for_things_not_named_and_a_tiny_gap_are_refused(prompt: str) -> None:
    f = fact(prompt.replace("___", "Oort Cloud"), "Oort Cloud", type_="place")
    assert defects(question("cloze", prompt, "Oort Cloud"), f) != []


def test_a_she_after_the_subjects_name_is_left_as_it_is() -> None:
    text = (
        "Kenyan runner Faith Wanjiru broke the 10,000 metres world record in Oslo on Thursday. "
        "She ran the last lap in 59 seconds. Wanjiru, who won silver in Budapest last year, "
        "said she had not planned to attack the record."
    )
    prompts = [q.prompt for q in generate(text, max_questions=10)]
    assert not [p for p in prompts if "said Faith Wanjiru had" in p], prompts


def test_an_object_it_after_only_names_is_not_self_contained() -> None:
    prompt = "The German Democratic Republic (GDR) began building it on ___, claiming safety."
    f = fact(prompt.replace("___", "13 August 1961"), "13 August 1961", "date", "full_date")
    assert "not self-contained" in defects(question("cloze", prompt, "13 August 1961"), f)
    named = "The German Democratic Republic began building the wall on ___ and finished it in 1962."
    g = fact(named.replace("___", "13 August 1961"), "13 August 1961", "date", "full_date")
    assert "not self-contained" not in defects(question("cloze", named, "13 August 1961"), g)


def test_an_object_it_for_the_thing_the_article_is_about_is_named() -> None:
    text = (
        "The Harrow Bridge was a stone bridge over the river Wenn that stood from 1832 to "
        "1977. The city council began building it in 1829, after floods had closed the ford, "
        "and the Harrow Bridge carried trams from 1901."
    )
    prompts = [q.prompt for q in generate(text, max_questions=10)]
    assert any("began building the Harrow Bridge in" in p for p in prompts), prompts
