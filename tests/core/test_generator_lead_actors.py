"""Actors of a news lead that were lost before any question was made (issue 16).

The texts are invented for the tests. Before: "Nepal's Supreme Court", tagged as one
name by the model, was never found as the court; "Justice Ingrid Solheim" kept the title
in her name; "the regional haulier Fjordline Transit" was typed a person and "the journal
Coastal Safety" asked with no form at all; "the government of Prime Minister Lars Eide"
was not asked.
"""

from __future__ import annotations

from quizapp.generator.facts.facts import COUNTRY, ORG, PERSON
from quizapp.generator.pipeline import analyse
from quizapp.generator.synthesis import fact_questions

COURT = (
    "Court Halts Dam Project\n\n"
    "Nepal's Supreme Court on Friday halted work on a hydropower dam in the western hills. "
    "The court said the builders had ignored the rights of farmers downstream. In the "
    "written ruling, Justice Ingrid Solheim said the permits had been granted too quickly."
)

FERRY = (
    "Ferry Sinks off the Coast\n\n"
    "The ferry, run by the regional haulier Fjordline Transit, sank near the harbour mouth "
    "on Sunday. Fjordline Transit said it would cooperate with investigators. A study of "
    "ferry safety was published in the journal Coastal Safety last year. The findings were "
    "published on Tuesday in the journal Coastal Safety, a month after the accident."
)

BAN = (
    "Fishing Ban Lifted\n\n"
    "The fishing ban, approved by parliament in March after a long debate, had been backed "
    "by the government of Prime Minister Lars Eide as a response to falling cod stocks. "
    "Boat owners protested in Tromso for a week. The army of General Ole Brekke crossed the "
    "frozen river at dawn."
)


def _actors(text: str) -> dict[str, str]:
    return {f.answer: f.type for f in analyse(text).facts if f.entity is not None}


def _prompts(text: str) -> dict[str, list[str]]:
    """Every candidate question's prompt, by its answer."""
    a = analyse(text)
    out: dict[str, list[str]] = {}
    for f in a.facts:
        for q in fact_questions(f, a.facts):
            out.setdefault(f.answer, []).append(q.prompt)
    return out


def test_a_places_possessive_is_no_part_of_the_name() -> None:
    # Given a court named after its country's possessive, tagged as one name by the model
    actors = _actors(COURT)
    # Then the court and the country are two actors
    assert actors.get("Supreme Court") == ORG
    assert actors.get("Nepal") == COUNTRY
    assert "Nepal's Supreme Court" not in actors


def test_a_judges_title_is_no_part_of_her_name() -> None:
    # Given "Justice Ingrid Solheim said ..."
    actors = _actors(COURT)
    # Then the person is Ingrid Solheim, without her title
    assert actors.get("Ingrid Solheim") == PERSON
    assert "Justice Ingrid Solheim" not in actors


def test_a_name_after_a_firms_noun_is_an_organisation_asked_with_that_noun() -> None:
    # Given "run by the regional haulier Fjordline Transit" and "Fjordline Transit said"
    assert _actors(FERRY).get("Fjordline Transit") == ORG
    # Then the haulier is asked by its noun, the passive's agent
    prompts = _prompts(FERRY)
    assert "By which haulier was the ferry run?" in prompts.get("Fjordline Transit", [])


def test_a_journal_is_asked_with_which_journal() -> None:
    # Given "The findings were published on Tuesday in the journal Coastal Safety"
    assert _actors(FERRY).get("Coastal Safety") == ORG
    prompts = " ".join(_prompts(FERRY).get("Coastal Safety", []))
    # Then a question asks which journal, never which person
    assert "In which journal were the findings published" in prompts


def test_the_owner_of_a_passives_agent_is_asked_whose() -> None:
    # Given "had been backed by the government of Prime Minister Lars Eide as ..."
    prompts = _prompts(BAN).get("Lars Eide", [])
    # Then "Whose government" asks him, the passive turned active
    assert (
        "Whose government had backed the fishing ban as a response to falling cod stocks?"
        in prompts
    )


def test_the_owner_of_a_subject_is_asked_whose() -> None:
    # Given "The army of General Ole Brekke crossed the frozen river at dawn."
    prompts = _prompts(BAN).get("Ole Brekke", [])
    # Then "Whose army crossed ...?"
    assert "Whose army crossed the frozen river at dawn?" in prompts
