"""Naming "the sides" (or "they", "the two countries", "both leaders") as the two actors
the sentence before named together.

"Armenia and Azerbaijan signed a ceasefire. The sides had fought since 1988" is asked as
"Since which year had Armenia and Azerbaijan fought ...?". Only where that is sure: the
sentence before names exactly one coordination of actors of one type (countries, people,
organisations), as its main subject ("they" too) or after "between" ("the talks between
A and B": "the sides", never "they": they may be the talks); for "they", the sentence
before has no other plural ("the talks", "the accords"); the reference fits the
coordination ("the two countries" for two countries, "both leaders" for two people);
nothing is named before it in its own sentence, and it never stands inside quotation
marks. Otherwise the question keeps its "the sides" and is refused by the checks.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from typing import Any

from quizapp.generator.facts.facts import (
    COUNTRY,
    ORG,
    PERSON,
    Entity,
    Fact,
    Sentence,
    entities_by_token,
)
from quizapp.generator.forms.agreement import quoted_at
from quizapp.generator.naming.pronouns import QUOTED
from quizapp.generator.synthesis import GeneratedQuestion, QuestionForm

PARTY_TYPES = (COUNTRY, PERSON, ORG)
ANY_PARTY = ("sides", "parties")  # "the sides": actors of any type
NOUN_TYPES = {
    **dict.fromkeys(("countries", "nations", "governments", "states", "neighbours",
                     "neighbors"), COUNTRY),
    **dict.fromkeys(("leaders", "men", "women", "presidents", "ministers", "rivals"), PERSON),
    **dict.fromkeys(("companies", "firms", "groups", "organisations", "organizations",
                     "banks", "carmakers"), ORG),
}  # fmt: skip
COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4}
# "both leaders", "the two countries": a group the prompt does not name
GROUP = re.compile(
    rf"\b(?:the (?:two|three|four)|both(?: the)?) (?:{'|'.join([*NOUN_TYPES, *ANY_PARTY])}|"
    r"teams|clubs)\b",
    re.IGNORECASE,
)
PAIR = re.compile(r"\b[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*,? and (?:the )?[A-Z]")  # "Peru and Chile"


@dataclass(frozen=True)
class Parties:
    """A reference in a sentence ("The sides") and the names it stands for."""

    phrase: str
    names: str
    subject: int | None = None  # the reference's token where it is the main subject


def parties_by_sentence(sentences: list[Sentence], facts: list[Fact]) -> dict[int, Parties]:
    """For each sentence whose first reference to a group of actors is sure, that
    reference and the actors' names ("Armenia and Azerbaijan")."""
    by_token = entities_by_token(facts)
    found: dict[int, Parties] = {}
    known = [g for t in sentences[0].span if (g := _group(t, sentences[0], by_token))]
    lead = [frozenset(id(e) for e in g[1]) for g in known if _lead(g[0], sentences[0])]
    for before, sentence in itertools.pairwise(sentences):
        parties = (
            _parties(before, sentence, by_token)
            or _chained(before, sentence, found.get(before.index))
            or _recalled(before, sentence, by_token, known, lead)
        )
        if parties is not None:
            found[sentence.index] = parties
        known += [g for t in sentence.span if (g := _group(t, sentence, by_token))]
    return found


def _chained(before: Sentence, sentence: Sentence, parties: Parties | None) -> Parties | None:
    """ "They" opening the main clause after a sentence whose main subject was named as
    parties ("The two neighbours issued a statement. They have since met ..."), where that
    sentence has no other plural."""
    reference = _reference(sentence)
    if parties is None or parties.subject is None or reference is None:
        return None
    if reference.lower_ != "they" or reference.head.i != sentence.span.root.i:
        return None
    head = before.span.doc[parties.subject]
    if _named_before(sentence, reference, {}) or _other_plural(before, head):
        return None
    return Parties(reference.text, parties.names)


def _recalled(
    before: Sentence,
    sentence: Sentence,
    by_token: dict[tuple[int, int], Entity],
    known: list[tuple[Any, list[Entity]]],
    lead: list[frozenset[int]],
) -> Parties | None:
    """ "the two neighbours" (a group noun, never "they") as the one coordination of its
    type the article has named so far ("Armenia and Azerbaijan"), where neither the sentence
    before nor its own words before it name another actor of that type."""
    reference = _reference(sentence)
    if reference is None or reference.lower_ == "they":
        return None
    if _named_before(sentence, reference, by_token):
        return None
    sets = {frozenset(id(e) for e in g[1]): g for g in known if _fits(reference, g[1])}
    if len(sets) > 1 and lead:  # the article's parties: its opening's subject
        sets = {k: g for k, g in sets.items() if k == lead[0]}  # ("Peru and Chile ...")
    if len(sets) != 1:
        return None
    head, entities = next(iter(sets.values()))
    members = {id(e) for e in entities}
    kinds = {e.type for e in entities}
    for tok in before.span:
        other = by_token.get((id(tok.doc), tok.i))
        if other is not None and id(other) not in members and other.type in kinds:
            return None  # another country named just before: it may be one of them
    phrase = " ".join(t.text for t in sentence.span if t.i in _phrase_range(reference))
    names = [_written(e, head.sent.text) for e in entities]
    return _made(phrase, names, reference, sentence)


def _lead(head: Any, first: Sentence) -> bool:
    """Whether the coordination ``head`` opens is (in) a clause subject of ``first`` (the
    article's first sentence: "Rivals Peru and Chile signed ...", "..., he said")."""
    while head.dep_ in ("appos", "compound") and head.head.i != head.i:
        head = head.head
    return bool(head.dep_ in ("nsubj", "nsubjpass") and not quoted_at(first, head))


def _made(phrase: str, names: list[str], reference: Any, sentence: Sentence) -> Parties:
    """The parties of ``phrase``; with the reference's token where it is the main subject."""
    subject = reference.i if reference.head.i == sentence.span.root.i else None
    if reference.dep_ not in ("nsubj", "nsubjpass"):
        subject = None
    return Parties(phrase, ", ".join(names[:-1]) + " and " + names[-1], subject)


def named_parties(q: GeneratedQuestion, parties: Parties | None) -> GeneratedQuestion:
    """The question with its first ``parties.phrase`` outside quotation marks named."""
    if parties is None or q.form == QuestionForm.QUOTE:
        return q
    quoted = [m.span() for m in QUOTED.finditer(q.prompt)]  # a gapped sentence's own quotations
    pattern = re.compile(rf"(?<![\w-]){re.escape(parties.phrase)}(?![\w'’-])", re.IGNORECASE)
    for m in pattern.finditer(q.prompt):
        if any(a < m.start() < b for a, b in quoted):
            continue
        names = parties.names
        if m.start() == 0:
            names = names[0].upper() + names[1:]
        return replace(q, prompt=q.prompt[: m.start()] + names + q.prompt[m.end() :])
    return q


def unnamed_group(text: str) -> bool:
    """Whether ``text`` speaks of "both leaders" or "the two countries" with no names
    joined by "and" before it ("Peru and Chile said both leaders ..." names them)."""
    found = GROUP.search(text)
    return found is not None and PAIR.search(text[: found.start()]) is None


def _parties(
    before: Sentence, sentence: Sentence, by_token: dict[tuple[int, int], Entity]
) -> Parties | None:
    reference = _reference(sentence)
    if reference is None or _named_before(sentence, reference, by_token):
        return None
    groups = [g for g in (_group(t, before, by_token) for t in before.span) if g is not None]
    if len(groups) != 1:
        return None  # none, or two coordinations: which one is meant is not sure
    head, entities = groups[0]
    pronoun = reference.lower_ == "they"
    if not _fits(reference, entities) or not _placed(head, before, pronoun):
        return None
    if pronoun and _other_plural(before, head):
        return None  # "The accords ... Ruritania and Borduria ... They": the accords?
    phrase = " ".join(t.text for t in sentence.span if t.i in _phrase_range(reference))
    names = [_written(e, before.text) for e in entities]
    return _made(phrase, names, reference, sentence)


def _reference(sentence: Sentence) -> Any | None:
    """The sentence's first "they" or "the sides" (or "the two countries", ...) outside
    quotation marks."""
    for tok in sentence.span:
        if quoted_at(sentence, tok):
            continue
        if tok.lower_ == "they" and tok.dep_ in ("nsubj", "nsubjpass"):
            return tok
        if tok.lower_ in ANY_PARTY or tok.lower_ in NOUN_TYPES:
            if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
                continue  # "the governments of Peru and Bolivia" names its own parties
            words = {c.lower_ for c in tok.children if c.i < tok.i}
            if "the" in words or "both" in words:
                return tok
    return None


def _phrase_range(tok: Any) -> range:
    """The reference's words: "The sides", "the two countries", "both leaders"."""
    left = [c.i for c in tok.children if c.i < tok.i and c.dep_ in ("det", "predet", "nummod")]
    return range(min(left, default=tok.i), tok.i + 1)


def _named_before(
    sentence: Sentence, reference: Any, by_token: dict[tuple[int, int], Entity]
) -> bool:
    """Whether an actor (or, for "they", any plural) comes before the reference in its own
    sentence ("After Gruber met the envoys, they ..."): it may be what is meant."""
    own = {t.i for t in reference.subtree}  # "the South Caucasus neighbours": its own words
    for tok in sentence.span:
        if tok.i >= reference.i:
            return False
        if tok.i in own:
            continue
        if (id(tok.doc), tok.i) in by_token:
            return True
        if reference.lower_ == "they" and tok.tag_ in ("NNS", "NNPS"):
            return True
    return False


def _group(
    tok: Any, sentence: Sentence, by_token: dict[tuple[int, int], Entity]
) -> tuple[Any, list[Entity]] | None:
    """The actors ``tok`` and its conjuncts name ("Armenia and Azerbaijan"), where ``tok``
    opens a coordination of two or more actors; None otherwise."""
    if tok.dep_ == "conj" or not any(c.dep_ == "conj" for c in tok.children):
        return None
    entities: dict[int, Entity] = {}
    for member in (tok, *tok.conjuncts):
        entity = by_token.get((id(member.doc), member.i))
        if entity is None or quoted_at(sentence, member):
            return None
        entities[id(entity)] = entity
    found = list(entities.values())
    return (tok, found) if len(found) >= 2 else None


def _fits(reference: Any, entities: list[Entity]) -> bool:
    """Whether the reference may stand for these actors: of one party type, the one its
    noun names, and as many as it counts."""
    types = {e.type for e in entities}
    if len(types) != 1 or not types <= set(PARTY_TYPES):
        return False
    noun = reference.lower_
    if noun in NOUN_TYPES and NOUN_TYPES[noun] not in types:
        return False
    counted = [COUNTS[c.lower_] for c in reference.children if c.lower_ in COUNTS]
    return all(n == len(entities) for n in counted)


def _placed(head: Any, sentence: Sentence, pronoun: bool) -> bool:
    """Whether the coordination is the sentence's main subject, or (not for "they") the
    object of "between" ("the talks between Armenia and Azerbaijan")."""
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.i == sentence.span.root.i:
        return True
    return not pronoun and head.dep_ == "pobj" and head.head.lower_ == "between"


def _other_plural(sentence: Sentence, head: Any) -> bool:
    """Whether the sentence has a plural noun outside the coordination ("the accords")."""
    members = {t.i for t in head.subtree}
    return any(t.tag_ in ("NNS", "NNPS") and t.i not in members for t in sentence.span)


def _written(entity: Entity, text: str) -> str:
    """The actor's name as the sentence writes it ("the United States")."""
    if re.search(rf"\bthe {re.escape(entity.name)}\b", text, re.IGNORECASE):
        return "the " + entity.name
    return entity.name
