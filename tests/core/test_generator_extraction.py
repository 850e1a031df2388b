"""Fact extraction on small texts of our own, including spaCy's known weak spots.

Each text is invented for the test; the corrections must come from evidence
in the text (a full name earlier, a "(ACRONYM)", "region of X"), so they work
on articles the generator has never seen.
"""

from __future__ import annotations

import subprocess
import sys

from quizapp.generator import generate
from quizapp.generator.facts.facts import Fact
from quizapp.generator.pipeline import Analysis, analyse


def _facts(text: str, kind: str) -> list[Fact]:
    return [f for f in analyse(text).facts if f.kind == kind]


def _entity_types(analysis: Analysis) -> dict[str, str]:
    return {e.name: e.type for e in analysis.entities}


def test_a_lone_surname_is_the_person_named_in_full() -> None:
    # Given a person named in full, then by surname only (which the model may type ORG)
    text = (
        "Finance Minister Helga Brandvold presented the budget in Oslo on Monday. "
        "Brandvold said the plan would cut spending by 4%. Critics in parliament called "
        "Brandvold's figures optimistic."
    )
    analysis = analyse(text)
    # Then every mention is one person with the surname as an alias and the title as a role
    people = [e for e in analysis.entities if e.type == "person"]
    assert [p.name for p in people] == ["Helga Brandvold"]
    assert "Brandvold" in people[0].aliases
    assert people[0].roles == ["Finance Minister"]
    assert people[0].mentions == 3


def test_known_places_typed_as_people_become_places() -> None:
    text = (
        "The ministry says Yerevan is occupying the villages. Talks will resume in "
        "Ankara next week, and officials from Kenya will attend."
    )
    types = _entity_types(analyse(text))
    assert types.get("Yerevan") == "city"
    assert types.get("Kenya") == "country"


def test_a_known_place_opening_a_sentence_stays_a_place() -> None:
    # A capitalised common word opening a sentence is dropped, but not a place the tables know
    text = "Turkey said it would send aid. Turnout at the port rose after the plan was announced."
    types = _entity_types(analyse(text))
    assert types.get("Turkey") == "country"
    assert "Turnout" not in types


def test_an_event_is_not_offered_as_a_place() -> None:
    text = (
        "Swimmer Lena Park won the Harbour Games on Friday. A week later the Lakeside "
        "Marathon drew 9,000 runners to Tampere, and delegates met at the Earth Summit."
    )
    types = _entity_types(analyse(text))
    assert types.get("Lena Park") == "person"
    assert types.get("Tampere") == "city"
    for event in ("Harbour Games", "Lakeside Marathon", "Earth Summit"):
        assert types.get(event) in (None, "organisation", "event"), event
    questions = generate(text)
    assert not any("Which place" in q.prompt and "Marathon" in q.answer for q in questions)


def test_a_religion_word_is_not_part_of_a_country_name() -> None:
    text = "Christian Armenia and mostly Muslim Azerbaijan have argued over the border for years."
    types = _entity_types(analyse(text))
    assert types.get("Armenia") == "country"
    assert "Christian Armenia" not in types


def test_a_long_name_with_its_acronym_is_one_organisation() -> None:
    text = (
        "The treaty was drafted by the Organization for Security and Co-operation in Europe "
        "(OSCE) in 1975. Later the OSCE opened an office in Vienna."
    )
    analysis = analyse(text)
    orgs = [e for e in analysis.entities if e.type == "org"]
    assert [o.name for o in orgs] == ["Organization for Security and Co-operation in Europe"]
    assert "OSCE" in orgs[0].aliases
    asked = [q for q in generate(text) if q.prompt == "What does OSCE stand for?"]
    assert asked and asked[0].answer == orgs[0].name


def test_the_text_decides_a_region() -> None:
    text = "Troops entered the Tigray region in November. The region of Tigray has six zones."
    assert _entity_types(analyse(text)).get("Tigray") == "region"


def test_dates_get_fine_types_and_values() -> None:
    text = (
        "The bridge opened on 18 October 1989 after work began in the fall of 1985. "
        "Repairs in the 1990s closed it each Sunday, and on July 20, 1999 it shut at 4:15 pm. "
        "A new deck was laid in March 2004."
    )
    found = {(f.type, f.surface): f.value for f in _facts(text, "date")}
    assert found[("full_date", "18 October 1989")] == (1989, 10, 18)
    assert found[("year", "1985")] == 1985
    assert found[("decade", "1990s")] == 1990
    assert found[("weekday", "Sunday")] == 6
    assert found[("full_date", "July 20, 1999")] == (1999, 7, 20)
    assert found[("time", "4:15 pm")] == (16, 15)
    assert found[("month_year", "March 2004")] == (2004, 3)
    fall = next(f for f in _facts(text, "date") if f.surface == "1985")
    assert "the fall of 1985" in fall.aliases


def test_figures_keep_number_words_units_and_kinds() -> None:
    text = (
        "Rescuers searched four villages for two days. About 12,500 ethnic Germans left, "
        "and the fund paid $3.5 million, or 15% of its budget. The river rose twice."
    )
    found = {f.surface: (f.type, f.value, f.unit) for f in _facts(text, "figure")}
    assert found["four"] == ("count", 4.0, "villages")
    assert found["two days"] == ("duration", 2.0, "days")
    assert found["12,500"] == ("count", 12500.0, "ethnic Germans")
    assert found["$3.5 million"][:2] == ("money", 3.5e6)
    assert found["15%"][:2] == ("percent", 15.0)
    assert found["twice"][:2] == ("times", 2.0)


def test_quotes_are_attributed_across_sentences() -> None:
    text = (
        'Marta Kowalski, the head of the rescue team, arrived on Friday. "We found the road '
        'blocked in three places," Kowalski said. "It took us six hours to clear it."\n'
        '"The first day was the hardest," she said, "because the radios did not work."\n'
        "Later the governor, Piotr Nowak, visited the camp. He said the team had done well. "
        '"Nobody could have worked faster in that weather."'
    )
    quotes = {f.quote[:20]: f.answer for f in _facts(text, "quote")}
    assert quotes["We found the road bl"] == "Marta Kowalski"
    assert quotes["It took us six hours"] == "Marta Kowalski"  # continues the speaker
    assert quotes["The first day was th"] == "Marta Kowalski"  # "she said", split quote
    assert quotes["Nobody could have wo"] == "Piotr Nowak"  # after "He said ..."
    split = next(f for f in _facts(text, "quote") if f.quote.startswith("The first day"))
    assert "radios did not work" in split.quote


def test_a_text_without_facts_is_refused() -> None:
    import pytest

    from quizapp.errors import QuizappError

    with pytest.raises(QuizappError, match="no usable facts"):
        generate("it was nice. we liked it a lot and would go again some time, maybe.")
    with pytest.raises(QuizappError, match="no usable facts"):
        generate("   ")


def test_progress_is_reported_to_the_end() -> None:
    calls: list[tuple[int, int]] = []
    generate(
        "Ada Lovelace wrote the first program in 1843 in London.",
        progress=lambda done, total: calls.append((done, total)),
    )
    assert calls[0][0] == 0 and calls[-1][0] == calls[-1][1]
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_importing_the_generator_loads_no_model() -> None:
    code = (
        "import sys, quizapp.generator as g; from quizapp.generator import nlp;"
        "print('spacy' in sys.modules, nlp.model_loaded())"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
