"""A capitalised word that opens a sentence is no name when the article writes it in lower
case elsewhere: "Landslides and floods kill dozens each year" of an article that tells of
"a landslide" is the article's own topic word, and a gap on it gives itself away (issue 16).
"""

from __future__ import annotations

from collections.abc import Iterable

from quizapp.generator.facts.facts import ACTOR, Fact


def lower_case_words(facts: Iterable[Fact]) -> set[str]:
    """Every word the article's paragraphs (those with a fact) write in lower case, and its
    lemma."""
    docs = {id(f.sentence.span.doc): f.sentence.span.doc for f in facts}
    return {
        form
        for doc in docs.values()
        for t in doc
        if t.text.isalpha() and t.text.islower()
        for form in (t.lower_, t.lemma_.lower())
    }


def common_opener(fact: Fact, lower_case: set[str]) -> bool:
    """Whether ``fact`` is an actor the model named only by its own label (not ``sure``),
    one word long, that the article writes in lower case elsewhere ("Landslides" beside "a
    landslide")."""
    entity = fact.entity
    if fact.kind != ACTOR or entity is None or entity.sure or " " in fact.answer.strip():
        return False
    word = fact.answer.casefold()
    singular = word[:-1] if word.endswith("s") else word
    return word in lower_case or singular in lower_case
