""" "the deal" and "the purchase" named as the buying the article opened on, where the "it"
that agreed to buy is the body that said so (texts written for these tests)."""

from __future__ import annotations

import pytest

from quizapp.generator import generate

DEAL = (
    "Brenner Foods said on Tuesday that it had agreed to buy its rival Holm Bakeries for 900 "
    "million euros.\n\n"
    "Under the deal, Brenner will pay 12 euros for each Holm share. The purchase will be "
    "financed with bank loans of about 500 million euros."
)
# a person said it: who "it" is (the buyer) is not sure
PERSON_SAID = (
    "Chief executive Anna Lund said on Tuesday that it had agreed to buy its rival Holm "
    "Bakeries for 900 million euros.\n\n"
    "Under the deal, Brenner will pay 12 euros for each Holm share. The purchase will be "
    "financed with bank loans of about 500 million euros."
)


def _prompts(text: str) -> list[str]:
    return [q.prompt for q in generate(text, max_questions=20)]


@pytest.mark.slow
def test_the_deal_is_the_speaking_body_s_purchase() -> None:
    prompts = _prompts(DEAL)
    assert any("Brenner Foods’ deal to buy Holm Bakeries" in p for p in prompts), prompts
    assert any(p.startswith("Brenner Foods’ purchase of Holm Bakeries") for p in prompts)


@pytest.mark.slow
def test_the_deal_after_a_person_s_it_stays_refused() -> None:
    prompts = _prompts(PERSON_SAID)
    assert not any("Holm share" in p or "financed" in p for p in prompts), prompts
