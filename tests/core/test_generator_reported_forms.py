"""Facts inside what a named speaker said, asked with the speaker as the frame's subject:
"How many stores did X say it had closed?" (issue 16)."""

from __future__ import annotations

from quizapp.generator.pipeline import analyse
from quizapp.generator.synthesis import fact_questions


def _prompts(text: str, answer: str) -> set[str]:
    a = analyse(text)
    return {q.prompt for f in a.facts if f.answer == answer for q in fact_questions(f, a.facts)}


def test_a_count_a_company_said_it_had_is_asked_with_the_company_saying_it() -> None:
    text = "Brightwater Telecom said it had closed 38 call centres during the past year."
    prompts = _prompts(text, "38")
    asked = "How many call centres did Brightwater Telecom say it had closed during the past year?"
    assert asked in prompts, prompts


def test_a_hedge_stays_and_the_date_of_the_saying_is_asked() -> None:
    text = (
        "Dutch bicycle maker Veloma BV said on 12 June 2023 that it would recall about "
        "40,000 electric bikes sold in Belgium after reports that a brake cable could snap."
    )
    prompts = _prompts(text, "40,000")
    assert "About how many electric bikes did Veloma BV say it would recall?" in prompts, prompts
    dated = _prompts(text, "12 June 2023")
    assert "On which date did Veloma BV say it would recall about 40,000 electric bikes?" in dated


def test_the_company_of_a_company_that_speaks_is_it() -> None:
    text = "Harlow Mining said the company would spend about 900 million dollars on a new mine."
    prompts = _prompts(text, "900 million dollars")
    asked = "About how much did Harlow Mining say it would spend on a new mine?"
    assert asked in prompts, prompts


def test_an_inner_subject_that_is_someone_else_unnamed_gets_no_reported_question() -> None:
    text = "Harlow Mining said the minister had approved 14 new licences for the northern region."
    prompts = _prompts(text, "14")
    assert not any("did Harlow Mining say" in p for p in prompts), prompts
    text = "Anna Kowal said it had received 250 complaints about the noise from the plant."
    prompts = _prompts(text, "250")
    assert not any("did Anna Kowal say" in p for p in prompts), prompts


def test_a_person_keeps_he_and_a_name_next_to_its_noun_stays() -> None:
    text = "Mayor Tomas Reyes said he had signed 12 new building permits for the harbour district."
    prompts = _prompts(text, "12")
    asked = "How many new building permits did Mayor Tomas Reyes say he had signed?"
    assert asked in prompts, prompts
    text = (
        "Danish grocer Nordvik Foods said on 4 March 2024 that it would buy the rival chain Hallo."
    )
    asked = "On which date did Nordvik Foods say it would buy the rival chain Hallo?"
    assert asked in _prompts(text, "4 March 2024")


def test_the_span_a_figure_is_counted_over_stays_with_it() -> None:
    text = "Harbour Ferries said it had lost about 4,000 passengers a week since the bridge opened."
    asked = "About how many passengers a week did Harbour Ferries say it had lost?"
    assert asked in _prompts(text, "4,000")


def test_a_verb_joined_by_and_is_asked_with_the_first_verbs_would() -> None:
    text = "Brightwater Telecom said it would close 14 shops and cut about 300 jobs in Wales."
    asked = "About how many jobs did Brightwater Telecom say it would cut?"
    assert asked in _prompts(text, "300")
    text = "Harbour Ferries said it had sold two ships and had bought 4 new ferries from Poland."
    asked = "How many new ferries did Harbour Ferries say it had bought from Poland?"
    assert asked in _prompts(text, "4")


def test_an_aside_after_a_comma_goes_and_a_currency_sign_is_no_hedge() -> None:
    text = "Kestrel Air said it expected to carry 9 million passengers in 2025, up from 8 million."
    asked = "How many passengers did Kestrel Air say it expected to carry in 2025?"
    assert asked in _prompts(text, "9 million")
    text = "Acme Corp said it would pay about $5 million to settle the case."
    assert "About how much did Acme Corp say it would pay?" in _prompts(text, "$5 million")


def test_a_finite_joined_verb_keeps_its_tense_and_a_range_stays_whole() -> None:
    text = (
        "Ingrid Moe said Tarnvik would not raise prices and expected sales of between "
        "4 billion and 5 billion crowns in 2027."
    )
    asked = (
        "In which year did Ingrid Moe say Tarnvik expected sales of between 4 billion and "
        "5 billion crowns?"
    )
    assert asked in _prompts(text, "2027")
