"""Grammar of built wh-questions: "whom", a moved source, a person's name (issue 16)."""

from __future__ import annotations

from quizapp.generator.forms.phrasing import wh_question
from quizapp.generator.pipeline import analyse
from quizapp.generator.synthesis import fact_questions


def _prompts(text: str, surface: str) -> list[str]:
    a = analyse(text)
    fact = next(f for f in a.facts if f.surface == surface)
    return [q.prompt for q in fact_questions(fact, a.facts)]


def test_whom_is_not_asked_of_a_passive_verb() -> None:
    text = "The club was given Karl Brandt as its new coach in 2019."
    fact = next(f for f in analyse(text).facts if f.surface == "Karl Brandt")
    assert wh_question(fact) is None  # not "Whom was the club given as its new coach?"


def test_whom_is_still_asked_of_an_active_verb() -> None:
    text = "The national assembly of Varnia elected Karl Brandt as president in 2019."
    fact = next(f for f in analyse(text).facts if f.surface == "Karl Brandt")
    question = wh_question(fact) or ""
    assert question.startswith("Whom did the national assembly of Varnia elect"), question


def test_an_opening_source_leads_the_question_in_lower_case() -> None:
    text = "According to the Federal Statistics Office, Nordia built 400 new homes in Lund in 2019."
    prompts = _prompts(text, "400")
    assert prompts
    for prompt in prompts:
        assert " According" not in prompt, prompt
        if "according" in prompt.lower() and "___" not in prompt:
            assert prompt.startswith("According to the Federal Statistics Office, how many")


def test_a_source_opening_a_subject_question_leads_it() -> None:
    text = "According to the Federal Statistics Office, Nordia built houses for Karl Brandt."
    prompts = _prompts(text, "Karl Brandt")
    assert prompts
    assert all(" According" not in p for p in prompts), prompts


def test_a_bare_given_name_sharing_a_surname_is_not_asked_beside() -> None:
    text = "Anna and Lars Berg shared the Nobel Prize in Chemistry with Keller in 1921."
    prompts = _prompts(text, "Lars Berg")
    assert not any("along with Anna" in p for p in prompts), prompts


def test_two_separate_names_are_still_asked_along_with_each_other() -> None:
    text = "Chile and Peru sent rescue teams to Bolivia after the earthquake."
    prompts = _prompts(text, "Chile")
    assert any("along with Peru" in p for p in prompts), prompts


def test_a_date_of_an_event_after_before_is_not_the_main_verbs_date() -> None:
    text = "Karl Brandt had spent 12 years in prison before his release in May 1960."
    fact = next(f for f in analyse(text).facts if f.surface == "May 1960")
    question = wh_question(fact) or ""
    assert "had Karl Brandt spent" not in question, question


def test_a_date_joined_to_another_is_not_left_out_alone() -> None:
    text = "Helga Lind won the Varnia Open in 1998 and again in 2003."
    prompts = _prompts(text, "Helga Lind")
    assert prompts
    for prompt in prompts:
        assert not prompt.endswith(" and?"), prompt
        assert "Open again in 2003" not in prompt, prompt


def test_a_participle_after_a_person_object_is_not_asked_of_the_subject() -> None:
    text = "The Varnian Football Federation appointed Otto Weber as coach, replacing Karl Brandt."
    assert not any("replace" in p for p in _prompts(text, "Karl Brandt"))


def test_a_meeting_is_not_asked_in_the_passive() -> None:
    text = "Otto Weber met Greta Holm in Vienna in 1922 and married her two years later."
    prompts = _prompts(text, "1922")
    assert prompts
    assert not any(" met?" in p for p in prompts), prompts


def test_a_date_inside_a_relative_clause_is_not_left_out() -> None:
    text = "Otto Weber, who founded Nordia in 1972, died in Lund on 9 June 2001."
    prompts = _prompts(text, "9 June 2001")
    assert prompts
    assert not any("founded Nordia die" in p for p in prompts), prompts


def test_a_date_led_by_an_aside_adverb_is_not_asked() -> None:
    text = "The Lund Rovers have won the Varnia Cup four times, most recently in 2019."
    fact = next(f for f in analyse(text).facts if f.surface == "2019")
    question = wh_question(fact) or ""
    assert not question.endswith("most recently?"), question
