"""Naming a place "there" as the article's subject, where the subject is a place and
nothing nearer may be what "there" stands for.

"Lindholm lies 30 kilometres off the coast. ... (new paragraph) About 9,000 people live
there" is asked "About how many people live in Lindholm?". Only where that is sure: the
article has a subject and it is a place (typed as one, or no person and the subject of a
verb that places it by a direction or "off": "lies 40 kilometres south of", "lies off the
coast"); the "there" is an adverb of place (never "there
was"), the one of its sentence, outside quotation marks, with no place said before it in
its own sentence; and the sentence opens its paragraph, or the sentence before it in the
paragraph has no phrase of place "there" may stand for (see :mod:`there_places`, which
names that one phrase first). The subject itself is never put into a question it answers,
and a prompt with another pronoun keeps its "there" ("From there it flows ...").
Otherwise the question keeps its "there" and the checks refuse it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from quizapp.generator.facts.facts import PERSON, Entity, Fact
from quizapp.generator.naming.pronouns import quoted_spans, with_the
from quizapp.generator.naming.references import other_pronoun
from quizapp.generator.naming.there_places import (
    PLACES_OF,
    THERE,
    THERE_TYPES,
    TO_NAME,
    lone_there,
    may_be_place,
)
from quizapp.generator.synthesis import GeneratedQuestion, QuestionForm

# Verbs whose subject is a place: "Lindholm lies off the coast", "The town sits on a hill"
PLACING_VERBS = frozenset(("lie", "sit", "border", "straddle", "stretch"))
# what such a verb places it by: "lies 240 kilometres south of", "lies off the coast"
WHERE_WORDS = frozenset(
    ("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
     "off", "between", "along", "across", "astride")
)  # fmt: skip


def named_subject_there(
    q: GeneratedQuestion, fact: Fact, facts: list[Fact], subject: Entity | None,
    places: dict[str, str],
) -> GeneratedQuestion:  # fmt: skip
    """``q`` with its place "there" named as the article's subject (see the module)."""
    span = fact.sentence.span
    if q.form == QuestionForm.QUOTE or span is None or subject is None:
        return q
    if fact.entity is subject or not _a_place(subject, facts):
        return q
    if lone_there(fact, places) is None:
        return q  # "there was ...", or its own sentence says where
    before = [s for s in span.doc.sents if s.end <= span.start]
    if before and any(
        t.dep_ == "prep" and t.lower_ in PLACES_OF and may_be_place(t, places) for t in before[-1]
    ):
        return q  # the sentence before may say where ("moved to a farm. She died there")
    return _replaced(q, subject, facts)


def _a_place(subject: Entity, facts: list[Fact]) -> bool:
    """Whether the subject is a place: typed as one, or the subject of a placing verb."""
    if subject.type in THERE_TYPES:
        return True
    if subject.type == PERSON:
        return False  # "Bering lies buried on the island"
    return any(
        f.entity is subject
        and f.token is not None
        and f.token.dep_ == "nsubj"
        and f.token.head.lemma_ in PLACING_VERBS
        and any(c.lower_ in WHERE_WORDS for c in f.token.head.children)
        for f in facts
    )


def _replaced(q: GeneratedQuestion, subject: Entity, facts: list[Fact]) -> GeneratedQuestion:
    """The prompt's one "there" outside quotation marks named as the subject."""
    quoted = quoted_spans(q.prompt)
    found = [m for m in THERE.finditer(q.prompt) if not any(a < m.start() < b for a, b in quoted)]
    if len(found) != 1 or any(n.lower() in q.answer.lower() for n in subject.names()):
        return q
    if other_pronoun(q.prompt, 0) or any(n in q.prompt for n in subject.names()):
        return q  # "From there it runs ...", or the subject is said already
    m = found[0]
    previous = re.search(r"(\w+)\s*$", q.prompt[: m.start()])
    to_name = previous is not None and previous.group(1).lower() in TO_NAME
    texts = " ".join(f.sentence.text for f in facts if f.entity is subject)
    said = ("the " if with_the(subject, texts) else "") + subject.name
    name = said if to_name else f"in {said}"
    if m.group()[0].isupper():
        name = name[0].upper() + name[1:]
    return replace(q, prompt=q.prompt[: m.start()] + name + q.prompt[m.end() :])
