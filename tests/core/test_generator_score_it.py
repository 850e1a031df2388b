""" "made it 2-2" speaks of the score, not of a thing another sentence named: no dangling
"it" (prompts written for these tests)."""

from __future__ import annotations

from quizapp.generator.checks.self_contained import not_self_contained
from quizapp.generator.facts.facts import ACTOR
from quizapp.generator.synthesis import GeneratedQuestion
from quizapp.questiondata import QuestionKind


def _wh(prompt: str) -> GeneratedQuestion:
    kind = QuestionKind.SHORT_ANSWER
    return GeneratedQuestion(kind, prompt, "Ryan Moss", ACTOR, "k", "source", "explanation")


def test_made_it_a_score_is_self_contained() -> None:
    assert not not_self_contained(_wh("Who, on as a substitute, made it 2-2 with a volley?"))


def test_another_it_still_dangles() -> None:
    assert not_self_contained(_wh("Who made it to the final with a volley?"))
    assert not_self_contained(_wh("Who sold it for 2 million pounds?"))
