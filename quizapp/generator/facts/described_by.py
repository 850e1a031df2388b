"""What an article says a name is: the nouns it sets beside the name ("X, a meadow", "X is
the longest river", "the basin is called X") and what those nouns tell: a person (an age, a
"who" clause) or a kind of thing (a style, a language) that is nobody and no body."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from quizapp.generator.facts.use_evidence import PERSON_RELATIVES

if TYPE_CHECKING:
    from quizapp.generator.facts.mentions import Mention

AGE = re.compile(r"\b\d{1,3}\s*-?\s*years?\s*-?\s*old\b|\baged\s+\d{1,3}\b", re.IGNORECASE)
NAMING_VERBS = {"be", "name", "call", "know", "rename", "dub"}


def describes_person(noun: Any) -> bool:
    """Whether a describing noun phrase is a person's: an age ("a 31-year-old operator",
    "a driver aged 40") or a relative clause on "who" ("an operator who had founded ...")."""
    phrase = noun.doc[noun.left_edge.i : noun.right_edge.i + 1].text
    if AGE.search(phrase):
        return True
    return any(
        c.dep_ == "relcl" and any(t.lower_ in PERSON_RELATIVES for t in c.children)
        for c in noun.children
    )


def described_by(root: Any) -> list[Any]:
    """Nouns in apposition to ``root``, or its attribute when it is a copula's subject."""
    nouns = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        nouns.append(root.head)
    if root.dep_ == "nsubj" and root.head.lemma_ in ("be", "remain", "become"):
        deps = ("attr",) if root.head.lemma_ == "be" else ("attr", "oprd", "dobj")
        nouns += [c for c in root.head.children if c.dep_ in deps and c.pos_ == "NOUN"]
    if root.dep_ in ("attr", "oprd") and root.head.lemma_ in NAMING_VERBS:
        subjects = ("nsubj", "nsubjpass")  # "The settlement was named X", "the basin is called X"
        nouns += [c for c in root.head.children if c.dep_ in subjects and c.pos_ == "NOUN"]
    return nouns


# nouns that say a name is a kind of thing (a style, a language), never someone nor a body
THING_KIND_NOUNS = {"form", "style", "genre", "technique", "language", "dialect", "variant",
                    "version", "type", "kind", "variety", "method", "theory", "doctrine",
                    "philosophy", "script"}  # fmt: skip


def described_as_kind_of_thing(mentions: list[Mention]) -> bool:
    """Whether the article describes the name as a form, style, language ... ("Modernisme,
    the Catalan form of Art Nouveau"; "Ladino is a language"): the model's person label
    alone does not make it someone, nor its organisation label a body."""
    nouns = (noun for m in mentions for noun in described_by(m.root))
    return any(noun.lemma_.casefold() in THING_KIND_NOUNS for noun in nouns)
