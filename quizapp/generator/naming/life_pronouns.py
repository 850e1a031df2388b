"""Which sentences of a biography say "she" (or "he") for its person, though the chain of
"she"-sentences that :mod:`pronouns` follows was broken by a sentence about a work or a
place.

"Her portrait of the abbess (1631) hangs in Bruges. In 1640 she was called to Vienna to
teach the young empress, Maria of Tyrol." The second "she" is the biography's person:
the sentence before has no person as its main subject, and no one else is named before
the "she". :mod:`pronouns` named a "she" only after a sentence whose main subject is the
person (or "she" again) or in a pair of sentences that name no other person at all, so a
life's later deeds ("she was invited to Madrid", "she married X") were refused as about
an unnamed person.

The rule holds only where the pronoun is the article's ("she" in a life of a woman it
calls "she" most), is the main subject of its sentence and stands before any other
person named there, and the sentence before has as its main subject neither another
named person nor a noun for one ("Her sister married in 1560. She ..." may be the
sister): there the pronoun keeps its chain's answer.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from quizapp.generator.facts.facts import PERSON, Entity, Fact, Sentence, entities_by_token
from quizapp.generator.facts.use_evidence import ROLE_NOUNS
from quizapp.generator.forms.agreement import quoted_at, subject_pronoun_of

SUBJECTS = ("nsubj", "nsubjpass")
# Nouns for a person that may be the "she" of the next sentence, beside the role nouns
PERSON_NOUNS = ROLE_NOUNS | {
    "woman", "man", "girl", "boy", "lady", "child", "pupil", "friend", "rival", "cousin",
    "aunt", "uncle", "niece", "nephew", "grandmother", "grandfather", "nun", "teacher",
    "patron", "companion", "partner", "king", "queen", "noblewoman", "nobleman",
}  # fmt: skip


def life_sentences(
    sentences: list[Sentence], facts: list[Fact], subject: Entity, pronoun: str
) -> set[int]:
    """Indices of the sentences whose main-subject ``pronoun`` is ``subject`` by the rule
    above (none unless ``subject`` is a person the article calls by ``pronoun``)."""
    if subject.type != PERSON or not pronoun or subject_pronoun_of(subject) != pronoun:
        return set()
    by_token = entities_by_token(facts)
    found = set()
    for before, sentence in pairwise(sentences):
        head = _main_subject(sentence)
        if head is None or head.lower_ != pronoun or quoted_at(sentence, head):
            continue
        if _someone_else(_main_subject(before), by_token, subject):
            continue
        if any(_named_before(f, head, subject) for f in facts if f.sentence is sentence):
            continue
        found.add(sentence.index)
    return found


def _main_subject(sentence: Sentence) -> Any | None:
    """The root's subject; where the root has none, that of a verb hung on it (the parse
    of "The following year she married X" roots on "year", "married" a clause of it)."""
    root = sentence.span.root
    found = next((c for c in root.children if c.dep_ in SUBJECTS), None)
    if found is not None or root.pos_ in ("VERB", "AUX"):
        return found
    verbs = [c for c in root.children if c.pos_ in ("VERB", "AUX")]
    return next((c for v in verbs for c in v.children if c.dep_ in SUBJECTS), None)


def _someone_else(
    head: Any | None, by_token: dict[tuple[int, int], Entity], subject: Entity
) -> bool:
    """Whether a sentence's main subject is a person other than ``subject``, named or
    called by a noun for a person ("her sister", "the queen")."""
    if head is None:
        return False
    entity = by_token.get((id(head.doc), head.i))
    if entity is not None:
        return entity is not subject and entity.type == PERSON
    if head.pos_ == "PROPN":
        return True  # a name the article did not type: whose "she" follows is unsure
    return head.pos_ == "NOUN" and head.lemma_.casefold() in PERSON_NOUNS


def _named_before(fact: Fact, head: Any, subject: Entity) -> bool:
    """Whether ``fact`` names a person other than ``subject`` before the pronoun ``head``."""
    if fact.entity is None or fact.entity is subject or fact.entity.type != PERSON:
        return False
    return fact.token is not None and fact.token.i < head.i
