"""The subject count of a clause that an event clause follows, as :mod:`event_counts` and
:mod:`news_leads` ask it: "Four people died when ...", "At least nine people died and more
than 4,000 homes were flooded after ..." (issue 16).

The count's noun must be the clause's subject and open the clause; its words between the
number and the noun hold no pronoun or punctuation, and only auxiliaries stand between
the subject and its verb. "others"/"more" are refused: others than whom is said before.
"""

from __future__ import annotations

from typing import Any

from quizapp.generator.forms.figure_hedges import number_hedge
from quizapp.generator.forms.gaps import PRONOUNS

EVENT_MARKS = {"after", "when", "as", "before"}  # the words that open an event clause
DATE_ENTS = {"DATE", "TIME"}
SUBJECTS = ("nsubj", "nsubjpass")


def marked(verb: Any) -> bool:
    """Whether the verb's clause opens with "after", "when", "as" or "before"."""
    first = verb.doc[verb.left_edge.i]
    marks = first.dep_ in ("mark", "advmod")
    return bool(first.lower_ in EVENT_MARKS and first.head.i == verb.i and marks)


def clause_start(verb: Any, joined_only: bool = False) -> int:
    """Where the verb's clause starts: after the "and" that joins it, or the sentence start;
    where ``joined_only``, -1 for a clause that neither opens the sentence nor follows "and"
    or a comma."""
    lo: int = verb.left_edge.i
    doc = verb.doc
    while lo < verb.i and (doc[lo].dep_ == "cc" or doc[lo].is_punct):
        lo += 1
    if not joined_only:
        return lo
    return lo if lo == verb.sent.start or doc[lo - 1].lower_ in ("and", ",") else -1


def count_subject(noun: Any, unit: Any, verb: Any) -> tuple[str, Any] | None:
    """The hedge ("at least") and the words between subject and verb ("were") of the count
    subject ``noun`` with its ``unit`` words, or None where it is no plain count subject of
    ``verb``'s clause."""
    if noun.dep_ not in SUBJECTS or noun.lower_ in ("others", "more"):
        return None
    hedge = number_hedge(noun)
    if hedge is None or any(t.is_punct or t.lower_ in PRONOUNS or t.tag_ == "PRP$" for t in unit):
        return None
    between = verb.doc[noun.right_edge.i + 1 : verb.i]
    if any(t.dep_ not in ("aux", "auxpass", "neg") for t in between):
        return None
    return hedge, between
