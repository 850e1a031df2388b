"""A common word capitalised only because it opens its sentence is written in lower case
in the middle of a question, though the article uses it inside a longer name; a real name
keeps its capital (issue 16). Texts invented for the tests."""

from __future__ import annotations

from quizapp.generator import generate
from quizapp.generator.forms.token_text import lower_start
from quizapp.generator.pipeline import analyse

COPPER = (
    "Zambian copper output rose sharply this year as the new smelter at Chingola opened, "
    "and the copper price stayed high.\n\n"
    "Copper is Zambia's biggest export, earning the country about 8 billion dollars last "
    "year and supporting more than 90,000 mine workers, most of whom are members of the "
    "Zambia Copper Miners Union."
)
ORCHARD = (
    "Growers on the island sold more apple juice than ever, and the apple harvest began "
    "early.\n\n"
    "Apple is the biggest buyer of the island's solar panels, and shares in Apple rose on "
    "Monday after the order was announced."
)


def _subject(text: str, opening: str) -> str:
    sentence = next(s for s in analyse(text).sentences if s.text.startswith(opening))
    first = sentence.span[0]
    return lower_start(sentence.span.doc[first.i : first.i + 1])


def test_a_common_word_opening_a_sentence_is_lowered_mid_question() -> None:
    assert _subject(COPPER, "Copper is") == "copper"
    prompts = [q.prompt for q in generate(COPPER, max_questions=30)]
    assert not any(" Copper," in p or " Copper " in p for p in prompts if "Union" not in p)


def test_a_name_the_article_uses_mid_sentence_keeps_its_capital() -> None:
    assert _subject(ORCHARD, "Apple is") == "Apple"
