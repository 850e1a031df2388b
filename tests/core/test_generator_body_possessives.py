""" "the company's headquarters" named as the article's company where no other company is
near it, as "the company" is (texts written for these tests)."""

from __future__ import annotations

import pytest

from quizapp.generator import generate

RECALL = (
    "Brenner Kitchens AB said on Monday that it would recall about 300,000 electric kettles "
    "sold since 2021 because a faulty switch can overheat.\n\n"
    "Brenner Kitchens said it had received 64 reports of overheating. Chief executive Ulla "
    "Berg apologised to customers at the company's headquarters in Malmo."
)
# another company named just before: "the company" may be the supplier
SUPPLIER = (
    "Brenner Kitchens AB said on Monday that it would recall about 300,000 electric kettles "
    "sold since 2021 because a faulty switch can overheat.\n\n"
    "The switches were made by Solvik Oy, a Finnish supplier. Chief executive Ulla Berg "
    "apologised to customers at the company's headquarters in Malmo."
)


def _prompts(text: str) -> list[str]:
    return [q.prompt for q in generate(text, max_questions=20)]


@pytest.mark.slow
def test_the_company_s_is_the_article_s_company() -> None:
    prompts = _prompts(RECALL)
    assert any("at Brenner Kitchens AB's headquarters" in p for p in prompts), prompts


@pytest.mark.slow
def test_the_company_s_after_another_company_stays_refused() -> None:
    prompts = _prompts(SUPPLIER)
    assert not any("headquarters" in p for p in prompts), prompts
