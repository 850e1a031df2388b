"""Naming the speaker of a sentence that is all quotation.

"\u201cI can only encourage you to reach a lasting peace agreement with ___.\u201d" does not
say who speaks (the article named the speaker in the sentence before); the question is
asked as "Jens Stoltenberg said: \u201cI can only encourage you ...\u201d", where the quotation
facts (:mod:`quotes`) name the speaker of that sentence and the speaker is not the answer.
A "he said" after such a quotation is named the same way. Otherwise the prompt stays as
it is and the checks refuse it (:mod:`self_contained`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from quizapp.generator.facts.facts import QUOTE, Fact
from quizapp.generator.naming.pronouns import QUOTED
from quizapp.generator.synthesis import GeneratedQuestion, QuestionForm

# "“...,” he said." / "..., she added.": a pronoun for the speaker after the quotation
SAID_AFTER = re.compile(
    r"^(.*[”\"],?\s+)(he|she)(\s+(?:said|says|added|adds|told reporters|warned|wrote)"
    r"[^“”\"]*)$"
)


def all_quoted(prompt: str) -> bool:
    """Whether nothing of ``prompt`` but punctuation stands outside its quotation marks."""
    return bool(QUOTED.search(prompt)) and not QUOTED.sub("", prompt).strip(" .,;:!?…")


def with_speaker(q: GeneratedQuestion, fact: Fact, facts: list[Fact]) -> GeneratedQuestion:
    """``q`` with the speaker of its all-quoted sentence named before it, or its "he said"
    after the quotation named."""
    said = SAID_AFTER.match(q.prompt)
    quoted = said is not None and all_quoted(said.group(1))
    if q.form != QuestionForm.GAPPED or not (quoted or all_quoted(q.prompt)):
        return q
    speakers = {
        f.answer for f in facts if f.kind == QUOTE and f.sentence is fact.sentence and f.answer
    }
    if len(speakers) != 1:
        return q
    speaker = next(iter(speakers))
    if q.answer and (q.answer in speaker or speaker in q.answer):
        return q  # the speaker is what is asked
    if said is not None and quoted:  # "“...,” he said.": the quotation's speaker
        return replace(q, prompt=said.group(1) + speaker + said.group(3))
    return replace(q, prompt=f"{speaker} said: {q.prompt.strip()}")
