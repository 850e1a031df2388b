"""Epithets that stand for a person ("The Briton", "The 26-year-old") are named as the main
subject of the sentence before, or the question is refused (issue 16). Every text here is
written for these tests."""

from __future__ import annotations

from quizapp.generator import generate
from quizapp.generator.checks.self_contained import not_self_contained
from quizapp.generator.facts.facts import FIGURE
from quizapp.generator.naming.epithets import epithet_subject
from quizapp.generator.synthesis import GeneratedQuestion
from quizapp.questiondata import QuestionKind

RACE = (
    "Gebre Tadesse won the Harbour City Marathon on Sunday in two hours, six minutes and "
    "twelve seconds. Daniel Kiprop of Kenya was third in the race. Samuel Otieno finished "
    "the race in fourth place. Lukas Brenner crossed the line in eleventh place after a "
    "fall. The Briton said the wind had made the second half of the course hard."
)


def _prompts(text: str) -> list[str]:
    return [q.prompt for q in generate(text)]


def test_epithet_named_as_previous_subject() -> None:
    prompts = _prompts(RACE)
    assert not any(p.startswith("The Briton") for p in prompts)
    assert any(p.startswith("Lukas Brenner said the wind") for p in prompts)


def test_epithet_left_unnamed_is_refused() -> None:
    prompt = "The 26-year-old finished ___ ahead of Daniel Kiprop in the Harbour City race."
    q = GeneratedQuestion(QuestionKind.CLOZE, prompt, "two minutes", FIGURE, "k", prompt, "e")
    assert not_self_contained(q)
    assert not epithet_subject("The veteran Mark Ellison dropped out after 30 kilometres.")
    assert not epithet_subject("The Kenyan team won the relay.")
    assert not epithet_subject("The Kenyan runners took the first three places.")
    assert not epithet_subject("The Guardian said the race would move to May.")
    assert epithet_subject("The 34-year-old striker scored twice.")
    assert epithet_subject("The Ethiopian, who led from the start, won in 2:06.")


# The lead names the winner and a rival; the epithet's own sentence names the rival again
LEAD_AND_RIVAL = (
    "Amira Haddad won the Lakeside Half Marathon on Sunday, pulling clear of Ruth Keter in "
    "the last kilometre to finish in one hour and eight minutes.\n\n"
    "The 24-year-old, running only her second race at the distance, finished 21 seconds "
    "ahead of Keter, who had won the race twice."
)
# The rival is not named again: the epithet may be either woman
LEAD_ONLY = (
    "Amira Haddad won the Lakeside Half Marathon on Sunday, pulling clear of Ruth Keter in "
    "the last kilometre to finish in one hour and eight minutes.\n\n"
    "The 24-year-old, running only her second race at the distance, finished 21 seconds "
    "ahead of the defending champion."
)


def test_epithet_named_where_the_other_person_is_named_again() -> None:
    # Given a lead naming two runners, and "The 24-year-old ... ahead of Keter"
    prompts = [q.prompt for q in generate(LEAD_AND_RIVAL, max_questions=20)]
    # Then the epithet is the lead's subject, the one not named in its own sentence
    assert any(p.startswith("Amira Haddad, running only her second race") for p in prompts), prompts


def test_epithet_with_two_possible_people_stays_refused() -> None:
    # Given the same lead, but the epithet's sentence does not name the rival again
    prompts = [q.prompt for q in generate(LEAD_ONLY, max_questions=20)]
    # Then neither runner is put in, and the sentence is not asked
    assert not any("running only her second race" in p for p in prompts), prompts
