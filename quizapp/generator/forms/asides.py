"""Leaving out an aside that holds a reference the question cannot name.

"The first website, which explained the project itself, went online at CERN in ___."
cannot say which project "the project" is; the clause between commas adds nothing the
question needs, so it is asked "The first website went online at CERN in ___.". An aside
is a relative clause ("which ...", "who ...") or a participle phrase set off by commas
after a noun (or closing the sentence after one); it is left out only where the checks
refuse the question as not self-contained and accept it without the aside (the aside held
the reference: "the project", "the two sides", "it"), and neither the gap nor the answer
stands in it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from quizapp.generator.checks.checks import unsure
from quizapp.generator.facts.facts import Fact
from quizapp.generator.synthesis import GeneratedQuestion, QuestionForm

ASIDES = ("relcl", "acl")
OPENERS = ("which", "who", "whom", "whose")


def without_asides(q: GeneratedQuestion, fact: Fact) -> GeneratedQuestion:
    """``q`` without the asides that hold an unnamed reference (see the module)."""
    span = fact.sentence.span
    if span is None or q.form == QuestionForm.QUOTE or not unsure(q, fact):
        return q
    for tok in span:
        if tok.dep_ not in ASIDES:
            continue
        words = _aside(tok)
        if words is None:
            continue
        found = q.prompt.find(", " + words)
        if found < 0:
            continue
        end = found + 2 + len(words)
        aside = q.prompt[found + 2 : end]
        if "___" in aside or (q.answer and q.answer.lower() in aside.lower()):
            continue
        after = q.prompt[end:]
        if after.startswith(","):
            after = after[1:]  # ", which ... ," between the noun and its verb
        elif not re.match(r"\s*[.?!]", after):
            continue  # the aside runs on into the sentence: not a whole aside
        shorter = replace(q, prompt=q.prompt[:found] + after)
        if not unsure(shorter, fact):
            return shorter  # only where the aside was what the question could not name
    return q


def _aside(tok: Any) -> str | None:
    """The words of the clause ``tok`` heads, where commas set it off after its noun."""
    words = list(tok.subtree)
    first, last = words[0], words[-1]
    if first.i == 0 or first.doc[first.i - 1].text != ",":
        return None
    if tok.dep_ == "relcl" and first.lower_ not in OPENERS:
        return None  # "the substance it released": a restrictive clause, not an aside
    if tok.dep_ == "acl" and tok.tag_ not in ("VBN", "VBG"):
        return None
    if tok.head.pos_ not in ("NOUN", "PROPN"):
        return None
    following = first.doc[last.i + 1] if last.i + 1 < len(first.doc) else None
    if following is not None and following.text not in (",", ".", "?", "!"):
        return None
    if tok.head.dep_ == "appos" and following is not None and following.text == ",":
        return None  # "coach, the player X, who ...,": the commas close the apposition too
    return str(first.doc[first.i : last.i + 1].text)
