"""Leaving out a time told relative to the sentence before, where the answer is a name.

"Just three days later, William's fleet landed at ___ on the south coast" cannot be
understood without the sentence before it (three days after what?); the time says nothing
about where the fleet landed, so the question drops it: "William's fleet landed at ___ on
the south coast". Only an opening adjunct ("Three days later,", "A day earlier", "The next
day,") of a gapped sentence, or a closing one of a question ("..., just three days
later?"), and only where the answer is a name (a place, a person, a body): the statement
stays true and says which one, while a date or a figure may hang on the time ("A year
later, sales reached ___") and keeps it, so the checks refuse that question. A sentence
told in the past perfect ("A day earlier, X had won ...") keeps it too: its whole point is
what came before what.
"""

from __future__ import annotations

import re
from dataclasses import replace

from quizapp.generator.facts.facts import ACTOR, Fact
from quizapp.generator.synthesis import GeneratedQuestion, QuestionForm

COUNT_WORDS_RE = (
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|"
    r"some|\d+)"
)
TIME_UNIT_RE = r"(?:days?|weeks?|months?|years?|decades?|hours?)"
RELATIVE = (
    r"(?:(?:just|only|barely|some|about) )?"
    rf"(?:{COUNT_WORDS_RE} {TIME_UNIT_RE} (?:later|earlier|afterwards)"
    r"|(?:the )?(?:next|following) (?:day|morning|week|month|year))"
)
OPENING = re.compile(  # an adjunct before the clause's own capitalised subject, never the subject
    rf"^(?:{RELATIVE})(?:,\s*|\s+(?=(?-i:[A-Z])|(?:the|a|an)\b))", re.IGNORECASE
)
PLUPERFECT = re.compile(r"\bhad\b(?! (?:a|an|the|no|\d)\b)")
CLOSING = re.compile(rf",?\s+(?:{RELATIVE})(?=\?$)", re.IGNORECASE)


def without_relative_time(q: GeneratedQuestion, fact: Fact) -> GeneratedQuestion:
    """``q`` without an opening or closing time relative to another sentence (see the
    module)."""
    if fact.kind != ACTOR or q.form not in (QuestionForm.GAPPED, QuestionForm.WH):
        return q
    prompt = q.prompt
    if PLUPERFECT.search(prompt):
        return q  # "A day earlier, X had won the women's title": told against another time
    opening = OPENING.match(prompt) if q.form == QuestionForm.GAPPED else None
    if opening is not None:
        rest = prompt[opening.end() :]
        if not rest or rest.startswith(","):
            return q
        prompt = rest[0].upper() + rest[1:]
    elif q.form == QuestionForm.WH:
        prompt = CLOSING.sub("", prompt)
    return q if prompt == q.prompt else replace(q, prompt=prompt)
