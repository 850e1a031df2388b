"""A gap-fill never ends where a list of clauses is cut half-way (issue 16).

"She entered the college in 1903, studied botany under ___." without its ", and ... became
..." reads as a list without its last item. Every text here is written for these tests.
"""

from __future__ import annotations

from quizapp.generator.forms.gaps import short_gapped, whole_clause_gap
from quizapp.generator.pipeline import analyse

TEXT = (
    "Greta Holmberg was born in Uppsala in 1884. She entered the University of Lund in 1903, "
    "studied botany under Karl Magnusson, and in 1911 became only the third woman "
    "to lead a research station in the northern forests of Sweden."
)


def test_a_gap_in_the_middle_item_of_a_list_of_verbs_is_no_whole_clause() -> None:
    facts = analyse(TEXT).facts
    teacher = next(f for f in facts if f.answer == "Karl Magnusson")
    piece = short_gapped(teacher)
    assert not piece.endswith("___."), piece
    assert not whole_clause_gap(teacher), piece
