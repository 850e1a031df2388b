"""A purpose infinitive is the point of its clause: gap-fills and measure questions keep
it ("needed nearly three weeks to lift the wreck", never "... needed?") (issue 16).
Every text here is written for these tests."""

from __future__ import annotations

from quizapp.generator.forms.gaps import short_gapped
from quizapp.generator.forms.phrasing import wh_question
from quizapp.generator.pipeline import analyse

LONG = (
    "Fourteen members from the smaller coalition party, the Green Alliance, walked out to "
    "protest against the harbour plan, and their chairman, Ola Brekke, said his group would "
    "rethink its backing for the mayor before the spring vote."
)


def test_a_gap_fill_cut_to_its_clause_keeps_the_purpose_infinitive() -> None:
    fact = next(f for f in analyse(LONG).facts if f.surface.lower() == "fourteen")
    piece = short_gapped(fact)
    assert "walked out to protest against the harbour plan." in piece, piece
    assert "chairman" not in piece, piece


def test_a_measure_question_keeps_the_purpose_infinitive() -> None:
    text = (
        "A crew from the Norwegian Maritime Museum needed nearly four weeks to lift the "
        "wreck from the fjord, and cleaning the timbers took another three years."
    )
    fact = next(f for f in analyse(text).facts if "four weeks" in f.surface)
    question = wh_question(fact)
    assert question is not None
    assert question.endswith("need to lift the wreck from the fjord?"), question
