"""A time told relative to the sentence before ("Three days later,") is left out of a
question whose answer is a name, and kept (so the question is refused) where the answer is
a figure or the sentence is told in the past perfect (texts written for these tests)."""

from __future__ import annotations

import pytest

from quizapp.generator import generate

VOYAGE = (
    "King Harald's fleet left Bergen in the spring of 1066 with about 300 ships.\n\n"
    "Just three days later, Harald's fleet landed at Lerwick on the Shetland coast. Two weeks "
    "later, Harald's army numbered about 9,000 men. A day earlier, Tostig had joined the "
    "king at Scarborough."
)


@pytest.fixture(scope="module")
def prompts() -> list[str]:
    return [q.prompt for q in generate(VOYAGE, max_questions=30)]


@pytest.mark.slow
def test_a_place_is_asked_without_the_relative_time(prompts: list[str]) -> None:
    # Given "Just three days later, Harald's fleet landed at Lerwick ..."
    # Then the landing is asked without "three days later"
    landing = [p for p in prompts if "fleet landed at ___" in p or "fleet land on" in p]
    assert landing, prompts
    assert not any("three days later" in p.lower() for p in landing), landing


@pytest.mark.slow
def test_a_figure_or_a_past_perfect_keeps_it_and_is_refused(prompts: list[str]) -> None:
    # Given a figure told "Two weeks later" and "A day earlier, Tostig had joined ..."
    # Then neither is asked without its time, nor with it
    assert not any("about ___ men" in p or "how many men" in p.lower() for p in prompts)
    assert not any("had joined" in p for p in prompts), prompts


def test_a_relative_time_that_is_the_subject_is_kept() -> None:
    # Given "The following morning brought the fleet to Pevensey": the time is the subject
    text = (
        "The Norman fleet sailed from Saint-Valery on 27 September 1066. "
        "The following morning brought the fleet to Pevensey on the south coast of England."
    )
    # Then no question opens on its verb with the subject cut off
    for q in generate(text, max_questions=30):
        assert not q.prompt.startswith("Brought"), q.prompt
