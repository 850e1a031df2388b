"""People named with a title, a role or a description are people, whatever the describing noun.

The text is invented for the test. "operator" says an organisation ("the island's
largest ferry operator"), but "a 28-year-old crane operator" and "a ferry operator
who had sailed ..." are people: before, both were typed organisations, so their
surnames alone were refused as answers.
"""

from __future__ import annotations

from quizapp.generator import generate
from quizapp.generator.pipeline import analyse
from quizapp.study.grading import check_answer

FERRY = (
    "The Saltmarsh Ferry Dispute\n\n"
    "In April 1952 the crews of the Saltmarsh Ferry Company stopped work after the owners cut "
    "overtime pay. The stoppage was led by Ida Fenwright, a 28-year-old crane operator, and by "
    "Nils Arvid, a ferry operator who had sailed the estuary for twenty years. Union leader "
    "Oskar Brandt said the crews would not return until the cut was withdrawn. Tidewater "
    "Lines, the island's largest ferry operator, kept its boats running.\n\n"
    "The mayor, Rosalind Quay, asked both sides to meet at the harbour office. Fenwright and "
    "Arvid agreed, and the cut was withdrawn in May. Brandt retired in 1961, and Quay served "
    "as mayor until 1958."
)


def test_people_described_by_an_age_or_a_who_clause_are_people() -> None:
    types = {e.name: e.type for e in analyse(FERRY).entities}
    # "Ida Fenwright, a 28-year-old crane operator" and "Nils Arvid, a ferry operator who ..."
    assert types.get("Ida Fenwright") == "person"
    assert types.get("Nils Arvid") == "person"


LOCKOUT = (
    "The Quayside Lockout\n\n"
    "In 1953 the yard closed its gates to 300 riveters. The walkout that followed was led by "
    "Greta Holm, a crane operator, and lasted nine weeks. The rail operator, Southline "
    "Freight, said it would carry no goods from the yard. Holm later wrote a book about the "
    "lockout."
)


def test_a_person_called_an_operator_and_then_by_surname_is_a_person() -> None:
    # Given "Greta Holm, a crane operator" (no age, no "who"), later "Holm" alone, and a
    # firm the model calls a person, in apposition to "operator" too
    types = {e.name: e.type for e in analyse(LOCKOUT).entities}
    # Then the person is a person and the firm, never named by its last word, a firm
    assert types.get("Greta Holm") == "person"
    assert types.get("Southline Freight") == "org"


def test_people_named_with_a_title_or_role_are_people() -> None:
    types = {e.name: e.type for e in analyse(FERRY).entities}
    assert types.get("Oskar Brandt") == "person"  # "Union leader Oskar Brandt"
    assert types.get("Rosalind Quay") == "person"  # "The mayor, Rosalind Quay,"


def test_a_company_called_an_operator_stays_an_organisation() -> None:
    types = {e.name: e.type for e in analyse(FERRY).entities}
    assert types.get("Tidewater Lines") == "org"


def test_a_described_persons_surname_alone_is_accepted() -> None:
    # Given the typed questions whose key is a person described by a role
    questions = generate(FERRY, max_questions=40)
    typed = [
        q
        for q in questions
        if q.answer in ("Ida Fenwright", "Nils Arvid") and q.kind in ("short_answer", "cloze")
    ]
    assert typed, [(q.kind, q.answer) for q in questions]
    for q in typed:
        # Then the surname alone is right, as it is for every other person
        assert q.fine_type == "person"
        assert check_answer(q.to_data(), q.answer.split()[-1]).correct, q.prompt
