"""Who is who and what is what: clusters of names and trusted fine types (issue 16, items 2-3).

The texts are invented for the tests; each rule must come from evidence in
the text (a full name, a head word, what the article calls a thing), so it
works on articles the generator has never seen.
"""

from __future__ import annotations

from quizapp.generator.clusters import org_key, person_key, without_title
from quizapp.generator.pipeline import Analysis, analyse
from quizapp.generator.synthesis import fact_questions

PEOPLE = {"Marie Curie", "Pierre Curie", "F. W. de Klerk", "Nelson Mandela", "King John"}


def _types(analysis: Analysis) -> dict[str, str]:
    return {e.name: e.type for e in analysis.entities}


def test_a_title_is_not_part_of_the_name() -> None:
    assert without_title("King John") == "John"
    assert without_title("Pope Innocent III") == "Innocent III"
    assert without_title("President") == "President"


def test_the_end_of_one_full_name_is_that_person() -> None:
    assert person_key("de Klerk", PEOPLE) == "F. W. de Klerk"
    assert person_key("Mandela", PEOPLE) == "Nelson Mandela"
    assert person_key("John", PEOPLE) == "King John"
    assert person_key("Curie", PEOPLE) == ""  # two Curies: whose is unclear


def test_a_first_name_of_one_full_name_is_that_person() -> None:
    assert person_key("Marie", PEOPLE) == "Marie Curie"
    assert person_key("Pierre", PEOPLE) == "Pierre Curie"
    assert person_key("Anna", PEOPLE) is None
    # a first name two people share is nobody's
    assert person_key("Anna", {"Anna Berg", "Anna Holm"}) == ""


def test_a_plural_surname_is_a_family_not_one_actor() -> None:
    assert person_key("Curies", PEOPLE) == ""


def test_an_organisation_short_name_is_its_full_name() -> None:
    orgs = {"Northwind Energy", "Danube Commission", "Nordic Bank", "Nordic Rail"}
    assert org_key("Northwind", orgs) == "Northwind Energy"
    assert org_key("Nordic", orgs) is None  # two of them
    assert org_key("Northwind Energy", orgs) is None


def test_first_names_and_full_names_are_one_cluster_never_distractors() -> None:
    text = (
        "Marie Curie was a physicist who worked in Paris with Pierre Curie. "
        "Marie and Pierre shared a laboratory in the city for many years. "
        "In 1903 Marie won the Nobel Prize in Physics with Henri Becquerel. "
        "Pierre died in 1906 after an accident in a Paris street."
    )
    analysis = analyse(text)
    people = {e.name: e for e in analysis.entities if e.type == "person"}
    assert "Marie" not in people and "Pierre" not in people
    assert "Marie" in people["Marie Curie"].aliases
    assert "Pierre" in people["Pierre Curie"].aliases
    for fact in analysis.facts:
        if fact.entity is None:
            continue
        for q in fact_questions(fact, analysis.facts):
            names = {n.casefold() for n in fact.entity.names()}
            others = {c.casefold() for c in q.choices or [] if c != q.answer}
            assert not names & others, q.prompt


def test_a_possessive_a_preposition_and_a_nationality_are_not_part_of_a_name() -> None:
    text = (
        "Researchers repeated Henri Becquerel's work in Paris in 1897. "
        "Below Belgrade the river narrows between steep cliffs and high walls. "
        "The Italian Marco Bellini beat the Norwegian Erik Dahl in the final on Sunday."
    )
    names = set(_types(analyse(text)))
    assert "Henri Becquerel" in names
    assert not any(n.startswith(("Below", "Italian")) or n.endswith("'s") for n in names)


def test_rivers_lakes_and_seas_are_never_people() -> None:
    text = (
        "The Orvana is the longest river in the Kessel valley. It rises in the hills above "
        "Lake Tarrow and flows for 400 kilometres to the Grey Sea. Its largest tributary is "
        "the Selka, which joins the river below the town. Boats on the Selka carry timber."
    )
    types = _types(analyse(text))
    assert types.get("Orvana") == "river"  # "X is the longest river"
    assert types.get("Lake Tarrow") == "lake"  # its own head word
    assert types.get("Grey Sea") == "sea"
    assert types.get("Selka") != "person"  # "the Selka": never a person


def test_what_the_article_calls_a_thing_decides_its_type() -> None:
    text = (
        "Brightwater Energy, a maker of solar panels, opened a plant in Leeds in 2021. "
        "Brightwater said the plant would employ 900 people. "
        "The deal was signed at Holm Meadow, a meadow beside the old mill, in March."
    )
    analysis = analyse(text)
    types = _types(analysis)
    assert types.get("Brightwater Energy") == "org"
    assert "Brightwater" not in types  # the short name is the same company
    assert types.get("Holm Meadow") != "person"


def test_a_war_is_an_event_asked_with_neutral_words() -> None:
    text = (
        "The charter was broken within months. The result was a civil war known as the "
        "Second Marsh War, which lasted until 1219. Lord Aldric Venn led the rebels."
    )
    types = _types(analyse(text))
    assert types.get("Second Marsh War") in (None, "event")
    assert types.get("Aldric Venn") == "person" or types.get("Lord Aldric Venn") == "person"
