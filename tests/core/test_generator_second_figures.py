"""A question asking for a figure never holds a second figure of the same unit (issue 16):
"By what percentage did shares rise ... before closing up 5.1 percent?" reads as asking
either figure. The text is written for this test."""

from __future__ import annotations

from quizapp.generator.checks.leaks import answer_leaks
from quizapp.generator.pipeline import analyse
from quizapp.generator.synthesis import fact_questions
from quizapp.questiondata import QuestionKind

TEXT = (
    "Harbour Foods reported record sales on Tuesday. Shares in Harbour Foods climbed as much "
    "as 9.4 percent in morning trading in Copenhagen before closing up 3.2 percent."
)


def test_a_figure_question_holding_another_of_its_unit_is_refused() -> None:
    analysis = analyse(TEXT)
    fact = next(f for f in analysis.facts if "9.4" in f.surface)
    asked = [q for q in fact_questions(fact, analysis.facts) if q.kind != QuestionKind.CLOZE]
    both = [q for q in asked if "3.2 percent" in q.prompt]
    assert both, "no question on the figure holds the other one"
    for q in both:
        assert answer_leaks(q, fact), q.prompt


def test_the_other_end_of_a_change_is_no_second_answer() -> None:
    text = "The profit margin of Harbour Foods widened to 8.6 percent from 7.9 percent last year."
    analysis = analyse(text)
    fact = next(f for f in analysis.facts if "8.6" in f.surface)
    for q in fact_questions(fact, analysis.facts):
        if "7.9 percent" in q.prompt and q.kind != QuestionKind.CLOZE:
            assert not answer_leaks(q, fact), q.prompt
