"""What a pronoun may stand for: a person's gender and an actor's number, from the article.

A wrong antecedent makes a false question ("Pierre Curie was the first woman to
win a Nobel Prize"), so a person's gender is set only from evidence that leaves no
doubt, and is otherwise unknown (and an unknown gender is never taken for a "she"
or a "he"):

- a title before the name ("Mrs", "Queen", "Sir", "King");
- a "she"/"he" (or "herself"/"himself") after the name in a sentence whose main
  subject is that person and that names no other person ("Pierre was killed when
  he was struck"; never a possessive: "Marie took over his post" is Pierre's);
- the next sentence's main subject "She"/"He" after a paragraph's first sentence
  whose main subject is that person, the only person it names ("Marie Curie was a
  physicist. She ..."; later in a paragraph, that "she" is as often someone else's).

Evidence for both genders (two people of one name, a parse error) leaves it unknown
unless one side has three times the other's. An actor named with a plural verb
("The Andes are", "The Alps were") is plural: an "it"/"its" never stands for it.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING, Any

from quizapp.generator.facts.facts import PERSON, Entity, Gender, Sentence

if TYPE_CHECKING:
    from quizapp.generator.facts.mentions import Mention

PRONOUN_GENDER = {
    "she": Gender.FEMALE, "her": Gender.FEMALE, "herself": Gender.FEMALE,
    "he": Gender.MALE, "his": Gender.MALE, "himself": Gender.MALE,
}  # fmt: skip
SUBJECT_PRONOUNS = {Gender.FEMALE: "she", Gender.MALE: "he"}
TITLE_GENDER = {
    **dict.fromkeys(
        ("mrs", "ms", "miss", "madame", "mme", "queen", "lady", "dame", "princess", "empress",
         "duchess", "countess", "baroness", "sister", "mother"), Gender.FEMALE),
    **dict.fromkeys(
        ("mr", "sir", "king", "lord", "prince", "emperor", "duke", "count", "baron", "tsar",
         "sultan", "pope", "monsieur", "brother", "father"), Gender.MALE),
}  # fmt: skip
QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”")
SUBJECT_DEPS = ("nsubj", "nsubjpass")


def assign_agreement(sentences: list[Sentence], mentions: list[Mention]) -> None:
    """Set each person's ``gender`` where the article shows it, and ``plural`` on actors
    named with a plural verb."""
    votes: dict[int, Counter[Gender]] = {}
    people: dict[int, Entity] = {}
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.entity is None:
            continue
        if _named_as_plural(m):
            m.entity.plural = True
        if m.entity.type == PERSON:
            people[id(m.entity)] = m.entity
            by_sentence.setdefault(m.sentence.index, []).append(m)
            title = _title_gender(m)
            if title is not None:
                votes.setdefault(id(m.entity), Counter())[title] += 1
    following = {s.index: s for s in sentences}
    for index, found in by_sentence.items():
        if len({id(m.entity) for m in found}) != 1 or not main_subject_mention(found[0]):
            continue
        tally = votes.setdefault(id(found[0].entity), Counter())
        tally.update(_pronouns_after(found[-1]))
        after = following.get(index + 1)
        if after is not None and found[0].sentence.span.start == 0:  # a paragraph's opening
            tally.update(_opening_pronoun(after))
    for key, tally in votes.items():
        people[key].gender = _decided(tally)


def pronoun_gender(word: str) -> Gender | None:
    """The gender of a personal pronoun ("she": female), None for any other word."""
    return PRONOUN_GENDER.get(word.lower())


def subject_pronoun_of(entity: Entity) -> str:
    """ "she" or "he" for a person of known gender, "" otherwise."""
    if entity.type != PERSON or entity.gender is None:
        return ""
    return SUBJECT_PRONOUNS[entity.gender]


def main_subject_mention(m: Mention) -> bool:
    """Whether ``m`` is (the head of) its sentence's main subject."""
    return main_subject_token(m.root, m.sentence)


def main_subject_token(token: Any, sentence: Sentence) -> bool:
    tok = token
    while tok.dep_ in ("compound", "flat", "appos") and tok.head.i != tok.i:
        tok = tok.head
    return bool(tok.dep_ in SUBJECT_DEPS and tok.head.i == sentence.span.root.i)


def quoted_at(sentence: Sentence, token: Any) -> bool:
    """Whether ``token`` stands inside quotation marks in its sentence."""
    at = sentence.local(token.idx)
    return any(a < at < b for a, b in (m.span() for m in QUOTED.finditer(sentence.text)))


def _decided(tally: Counter[Gender]) -> Gender | None:
    female, male = tally[Gender.FEMALE], tally[Gender.MALE]
    if female > 0 and female >= 3 * male:
        return Gender.FEMALE
    if male > 0 and male >= 3 * female:
        return Gender.MALE
    return None


def _title_gender(m: Mention) -> Gender | None:
    words = [m.doc[m.start - 1].text] if m.start > 0 else []
    words += m.text.split()[:1]
    for word in words:
        found = TITLE_GENDER.get(word.casefold().rstrip("."))
        if found is not None:
            return found
    return None


def _pronouns_after(m: Mention) -> list[Gender]:
    """Genders of the subject and reflexive pronouns after ``m`` in its sentence (not a
    possessive: "Marie took over his post" is Pierre's post)."""
    out = []
    for tok in m.doc[m.end : m.sentence.span.end]:
        gender = pronoun_gender(tok.text)
        if gender is None or quoted_at(m.sentence, tok):
            continue
        if tok.dep_ in SUBJECT_DEPS or tok.lower_.endswith("self"):  # not "his post": his
            out.append(gender)
    return out


def _opening_pronoun(sentence: Sentence) -> list[Gender]:
    root = sentence.span.root
    subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.lower_ not in ("she", "he") or quoted_at(sentence, subject):
        return []
    gender = pronoun_gender(subject.text)
    return [gender] if gender is not None else []


def _named_as_plural(m: Mention) -> bool:
    """ "The Andes are ...": a plural proper noun that is the subject of a plural verb."""
    root = m.root
    plural_noun = root.tag_ == "NNPS" or (root.tag_ == "NNP" and root.lower_.endswith("s"))
    if not plural_noun or root.dep_ not in SUBJECT_DEPS:
        return False
    verb = root.head
    words = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return any(w.tag_ == "VBP" or w.lower_ == "were" for w in words)
