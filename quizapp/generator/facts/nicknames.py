"""Names an article gives as another name of someone named beside them (issue 16).

"Pietro Varesi, known as Il Ruffo" or "Carla Neri, called La Rossa": the second name is a
nickname of the first, not another person. A question asks it as a typed answer ("By what
name was Pietro Varesi known?"), never among people's names (the nickname is the only choice
that is no full name, and "As whom was ... known?" is no English), and a nickname is never
a wrong choice for another question (it names someone the article names otherwise).
"""

from __future__ import annotations

from typing import Any

from quizapp.generator.facts.facts import Fact

NAMING_PARTICIPLES = {"known", "called", "nicknamed", "dubbed", "styled"}


def naming_verb(token: Any) -> Any:
    """The participle that gives ``token`` as a name ("known" of "known as Il Ruffo",
    "called" of "called La Rossa"), or None."""
    if token is None:
        return None
    while token.dep_ in ("compound", "flat") and token.head.i != token.i:
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ == "as":
        verb = token.head.head
    elif token.dep_ == "oprd":
        verb = token.head
    else:
        return None
    named = verb.tag_ == "VBN" and verb.lower_ in NAMING_PARTICIPLES
    return verb if named and verb.dep_ in ("acl", "advcl", "ROOT", "conj") else None


def is_nickname(fact: Fact) -> bool:
    """Whether ``fact`` is a name the article gives as someone's other name."""
    return naming_verb(fact.token) is not None
