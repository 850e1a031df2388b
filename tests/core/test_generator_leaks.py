"""Questions whose own words give the answer away are never kept (issue 16, item 6).

The texts are invented for the tests. Before :mod:`quizapp.generator.checks.leaks`, a count was
asked with the list that spells it out right after the gap ("___ small streams, the Ostra
and the Pell"), a city was offered among cities of other countries with its country
after the gap ("retired to ___, England"), a country was asked after a city of it
("Lyon, ___"), a place was asked beside its own adjective ("the Flemish army ... near
___" for Flanders), and a length beside its conversion in brackets.
"""

from __future__ import annotations

import re

from quizapp.generator import generate
from quizapp.generator.facts.facts import Fact
from quizapp.generator.facts.gazetteer import gazetteer
from quizapp.generator.pipeline import _keep, analyse
from quizapp.generator.synthesis import GeneratedQuestion, fact_questions
from quizapp.questiondata import QuestionKind

RIVER = (
    "The Vell River\n\n"
    "The Vell is a river in the north of Caldovia. It rises in the Serran Hills, where two "
    "small mountain streams, the Ostra and the Pell, join near the village of Marrow. Near "
    "its mouth the river divides into three main branches, the Kella, the Dorn and the "
    "Sarra, which enclose a wide marsh. About 12,000 people live along its banks."
)

ENGINEER = (
    "The Life of Tomas Reyl\n\n"
    "Tomas Reyl was a Danish engineer who built dams across northern Europe. In 1961 Reyl "
    "designed the Vell dam, which holds back a lake 64 kilometres (approximately 40 miles) "
    "long. The Flemish army of Count Aldric once camped near Flanders, where Reyl later built his "
    "second dam.\n\n"
    "Reyl later retired to Manchester, England, where he wrote a history of the river. He "
    "died in 1990, aged 81. Engineers from Lyon, France, still study his designs."
)


def _candidates(text: str, answer: str) -> list[tuple[GeneratedQuestion, Fact]]:
    """Every question the generator would consider about ``answer``, with its fact."""
    analysis = analyse(text)
    return [
        (q, f)
        for f in analysis.facts
        for q in fact_questions(f, analysis.facts)
        if q.answer == answer
    ]


def test_a_count_is_not_asked_beside_the_list_that_spells_it_out() -> None:
    questions = generate(RIVER, max_questions=40)
    for q in questions:
        listed_two = "the Ostra and the Pell" in q.prompt and q.answer in ("two", "2")
        listed_three = "the Dorn and the Sarra" in q.prompt and q.answer in ("three", "3")
        assert not listed_two and not listed_three, q.prompt


def test_a_city_is_not_offered_among_cities_of_other_countries_than_the_one_named() -> None:
    places = gazetteer()
    kept = []
    candidates = _candidates(ENGINEER, "Manchester")
    assert any("___, England" in q.prompt for q, _ in candidates)  # the case is made
    for q, fact in candidates:
        if q.kind == QuestionKind.MULTIPLE_CHOICE and "___, England" in q.prompt:
            foreign = [c for c in q.choices or [] if (p := places.lookup(c)) and p.country != "GB"]
            if foreign and _keep(q, fact, set()):
                kept.append(q.prompt)
    assert not kept


def test_a_country_is_not_asked_after_a_city_of_it() -> None:
    candidates = _candidates(ENGINEER, "France")
    assert any("Lyon, ___" in q.prompt for q, _ in candidates)  # the case is made
    for q, fact in candidates:
        assert "Lyon, ___" not in q.prompt or not _keep(q, fact, set())


def test_a_place_is_not_asked_beside_its_own_adjective() -> None:
    candidates = _candidates(ENGINEER, "Flanders")
    assert any("Flemish" in q.prompt for q, _ in candidates)  # the case is made
    for q, fact in candidates:
        assert "Flemish" not in q.prompt or not _keep(q, fact, set())


def test_a_length_is_not_asked_beside_its_conversion_in_brackets() -> None:
    made = 0
    for answer in ("64 kilometres", "40 miles"):
        for q, fact in _candidates(ENGINEER, answer):
            made += bool(re.search(r"\(approximately (?:40 miles|___)\)", q.prompt))
            shown = re.search(r"\(approximately (?:40 miles|___)\)", q.prompt)
            assert not shown or not _keep(q, fact, set())
    assert made  # the case is made


SIEGE = (
    "The Siege of Marrow\n\n"
    "In 1204 the Flemish army of Count Aldric of Flanders crossed the river Vell and "
    "besieged the town of Marrow for six weeks. The town surrendered in June after its wells "
    "ran dry. Aldric rebuilt the walls and gave the town a charter in 1210."
)


def test_a_name_ending_on_a_place_is_not_asked_beside_that_place_s_adjective() -> None:
    # "the Flemish army of ___" keyed "Count Aldric of Flanders": "Flemish" says "of Flanders"
    candidates = _candidates(SIEGE, "Count Aldric of Flanders")
    assert any("Flemish" in q.prompt for q, _ in candidates)  # the case is made
    for q, fact in candidates:
        assert "Flemish" not in q.prompt or not _keep(q, fact, set())
