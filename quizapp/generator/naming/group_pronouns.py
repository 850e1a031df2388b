"""Naming a "they"/"their" that stands for one named group: a team, a party, a body.

"The Liberal Democrats ended with just 11 MPs. Their leader, ___, lost her seat" is asked
"The Liberal Democrats’ leader, ___, lost her seat"; "The win gives Rovers their first
trophy since 1998. They had lost the previous two finals" is asked "Rovers had lost ...".
Only where the parse makes the group sure: the pronoun is the first "they"/"their"/"them"
of its sentence, outside quotation marks, and the text it looks back to is its own
sentence's words before it (a clause joined to the one that names the group: "The Liberal
Democrats finished ..., and their leader ...") or, where these name nothing, the sentence
before it in the paragraph. That text names exactly one organisation (or one actor named
in the plural), as a clause subject or object, and nothing else that "they" may be: no
other organisation or plural actor anywhere in it, and no plural noun or plural pronoun as
the subject or object of any of its clauses ("Local police said 28 survivors had been
pulled from the debris. They were airlifted ...": the police or the survivors; "Nordvik
fired 300 workers. They ...": either; so nothing is named).
The answer itself is never put in. Otherwise the pronoun stays and the checks refuse it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from quizapp.generator.facts.facts import (
    ORG,
    PERSON,
    Entity,
    Fact,
    Sentence,
    entities_by_token,
)
from quizapp.generator.forms.agreement import quoted_at
from quizapp.generator.naming.pronouns import quoted_spans, with_the
from quizapp.generator.naming.references import other_pronoun
from quizapp.generator.synthesis import GeneratedQuestion, QuestionForm

PLURAL_PRONOUNS = ("they", "their", "them")
SUBJECTS = ("nsubj", "nsubjpass")
# where a group named by the text looked back to may stand: a clause's subject or object
ARGUMENTS = (*SUBJECTS, "dobj", "dative", "attr")
PLURAL_TAGS = ("NNS", "NNPS")


@dataclass(frozen=True)
class Group:
    """What a "they" stands for: its name as the article writes it and all its names."""

    name: str
    names: tuple[str, ...]
    entity: Entity | None = None


def named_group(
    q: GeneratedQuestion, fact: Fact, facts: list[Fact], sentences: list[Sentence]
) -> GeneratedQuestion:
    """``q`` with its first "they"/"their"/"them" named as the one group it stands for."""
    span = fact.sentence.span
    if q.form == QuestionForm.QUOTE or span is None:
        return q
    pronoun = _first_pronoun(fact.sentence)
    if pronoun is None:
        return q
    by_token = entities_by_token(facts)
    own = [t for t in span if t.i < pronoun.i]
    group = _one_group(own, fact.sentence, by_token, facts)
    if group is None and not _names_anything(own, by_token):
        before = _previous(fact.sentence, sentences)
        if before is not None:
            group = _one_group(list(before.span), before, by_token, facts)
    if group is None or (group.entity is not None and group.entity is fact.entity):
        return q
    if any(n in q.answer or q.answer in n for n in group.names):
        return q
    return _replaced(q, pronoun.lower_, group)


def _first_pronoun(sentence: Sentence) -> Any | None:
    """The sentence's first plural pronoun outside quotation marks, if it has any."""
    for tok in sentence.span:
        if tok.lower_ in PLURAL_PRONOUNS:
            return None if quoted_at(sentence, tok) else tok
    return None


def _previous(sentence: Sentence, sentences: list[Sentence]) -> Sentence | None:
    """The sentence before ``sentence`` in its paragraph, if any."""
    before = [s for s in sentences if s.index == sentence.index - 1]
    if not before or before[0].span is None or before[0].span.doc is not sentence.span.doc:
        return None
    return before[0]


def _names_anything(tokens: list[Any], by_token: dict[tuple[int, int], Entity]) -> bool:
    """Whether ``tokens`` hold an actor or a plural noun a pronoun after them may stand for."""
    return any((id(t.doc), t.i) in by_token or t.tag_ in PLURAL_TAGS for t in tokens)


def _one_group(
    tokens: list[Any],
    sentence: Sentence,
    by_token: dict[tuple[int, int], Entity],
    facts: list[Fact],
) -> Group | None:
    """The one group ``tokens`` (a sentence, or its words before a pronoun) name, where
    nothing else in them may be what "they" stands for (see the module)."""
    groups: dict[str, Group] = {}
    for tok in tokens:
        if quoted_at(sentence, tok):
            continue
        entity = by_token.get((id(tok.doc), tok.i))
        if entity is not None and entity.type != PERSON and (entity.type == ORG or entity.plural):
            if _argument(tok) is None:
                return None  # "in next season's Continental Cup": a group beside the point
            groups.setdefault(entity.name, _of_entity(entity, facts))
            continue
        person = entity is not None and entity.type == PERSON and tok.dep_ in SUBJECTS
        if person and any(c.dep_ == "conj" for c in tok.children):
            return None  # "Meitner and Frisch explained ...": they may be the pair
        if entity is None and tok.tag_ == "NNPS" and tok.dep_ in ARGUMENTS:
            words = _proper_words(tok)  # "The Liberal Democrats", named by no fact
            if words is None:
                return None
            groups.setdefault(words.removeprefix("the "), Group(words, (words,)))
            continue
        if tok.dep_ in ARGUMENTS and (tok.tag_ in PLURAL_TAGS or tok.lower_ in PLURAL_PRONOUNS):
            return None  # "28 survivors had been pulled", "fired 300 workers": other plurals
    return next(iter(groups.values())) if len(groups) == 1 else None


def _of_entity(entity: Entity, facts: list[Fact]) -> Group:
    texts = " ".join(f.sentence.text for f in facts if f.entity is entity)
    name = ("the " if with_the(entity, texts) else "") + entity.name
    return Group(name, tuple(entity.names()), entity)


def _proper_words(head: Any) -> str | None:
    """ "the Liberal Democrats": a plural name's "the", its names before it and itself."""
    left = [t for t in head.subtree if t.i < head.i]
    if any(t.dep_ not in ("det", "compound") for t in left):
        return None
    if any(t.dep_ == "compound" and not t.text[:1].isupper() for t in left):
        return None
    words = " ".join(t.text for t in (*left, head))
    return "the " + words[4:] if words.startswith("The ") else words


def _argument(tok: Any) -> Any | None:
    """The head of the subject or object the name ``tok`` belongs to ("Rovers" of "Rovers
    poured forward", "The Liberal Democrats"), or None where it stands elsewhere."""
    while tok.dep_ in ("compound", "flat", "appos") and tok.head.i != tok.i:
        tok = tok.head
    return tok if tok.dep_ in ARGUMENTS else None


def _replaced(q: GeneratedQuestion, word: str, group: Group) -> GeneratedQuestion:
    """The prompt's first ``word`` outside quotation marks named as ``group`` (before any
    name of the group in the prompt: "They ... Rovers" is left as it is)."""
    quoted = quoted_spans(q.prompt)
    found = next(
        (
            m
            for m in re.finditer(rf"(?<![\w’'-]){word}(?![\w’'-])", q.prompt, re.IGNORECASE)
            if not any(a < m.start() < b for a, b in quoted)
        ),
        None,
    )
    if found is None or other_pronoun(q.prompt, found.end(), PLURAL_PRONOUNS):
        return q  # "Their coach said it ...": the name would seem to be what "it" is
    said = q.prompt[: found.start()].lower()
    if any(n.lower().removeprefix("the ") in said for n in group.names):
        return q
    name = group.name
    if word == "their":
        name += "’" if name.endswith("s") else "’s"
    if found.group()[0].isupper() or found.start() == 0:
        name = name[0].upper() + name[1:]
    return replace(q, prompt=q.prompt[: found.start()] + name + q.prompt[found.end() :])
