"""Which typing slips in a name are forgiven, for grading typed answers.

A slip in a long word is forgiven (see the typo table of :mod:`quizapp.study.grading`),
but one letter changed, added or dropped often turns a short proper name into another
plausible name: "Chiva" for "Chivay", "Vida" for "Vidal", "March" for "Marsh", "Leon"
for "Lyon", "Leona" for "Lena", "Swede" for "Sweden". Whether the slip is another
name cannot be looked up (no list knows every small town and surname), so the rule is by
length, with the gazetteer as a second check:

- A **name word** of the key is a word written with a capital in a question about a
  person or place (the generator's tags), or a capitalised word that is no everyday
  English word ("Chivay", "Tata"; not "Oxygen", nor "Motors" of "Harlow Motors"). The
  word list holds a few names ("vidal"): in an untagged question those slip as words,
  unless the key is shaped like a person's name ("Eleri Morgan").
- A name word of **6 letters or fewer** is right only as typed, or with two neighbouring
  letters swapped ("Pairs" for "Paris"), one letter doubled or undoubled ("Chivvay",
  "Vidall"), or typed longer with the whole key at its start ("Philip" for "Phil",
  "Lyons" for "Lyon"; never one vowel added at the end, "Morgani" for "Morgan"): in so
  short a name a letter dropped or changed is another name ("Price" and "Pryce" are two
  families, "Mari" is not "Marie").
- A **longer name word** allows the usual typos ("Okonkow", "Lindquist"), except when
  the word typed is itself another country or city GeoNames knows ("Pereira" for
  "Ferreira", "Swinton" for "Swindon", "Harrow" for "Harlow").
- A key written in **capitals** (an acronym: "UNEP") allows no typo: "UNDP" is another body.

Measured on four probe articles of our own (sport, history, science, business; Dec 2026;
59 typed questions, 118 wrong-but-close answers): the slips accepted as another name fell
from 11 to 0; the price is two fair slips of short surnames now refused ("Marsch" for
"Marsh", "Price" for "Pryce"), no slip of a longer name.
"""

from __future__ import annotations

import re

from quizapp.questiondata import FineType
from quizapp.study.answer_forms import fold
from quizapp.study.answer_names import country_names
from quizapp.study.answer_places import PLACE_TAGS, city_names
from quizapp.study.english_words import english_words, is_english_word

SHORT_NAME = 6  # letters: a name this short forgives only a swap or a doubled letter
# The generator's fine types of answers that are names.
NAME_TAGS = PLACE_TAGS | {FineType.PERSON}
_ACRONYM = re.compile(r"[A-Z]{2,7}s?")
_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")


def names_question(tags: list[str]) -> bool:
    """Whether the generator's ``tags`` say the answer is a person's or a place's name."""
    return any(t.casefold() in NAME_TAGS for t in tags)


def name_slip_ok(given: str, key: str, *, named: bool) -> bool:
    """Whether ``given``, within the typos its length allows of ``key``, is no other name
    (see the module docstring); ``named``: the question says the key is a name."""
    bare = key.strip().replace(".", "")
    if _ACRONYM.fullmatch(bare) and fold(given).replace(" ", "") != fold(bare):
        return False  # "UNDP" for "UNEP"
    typed = fold(_HYPHEN.sub("", given)).split()
    words = _key_words(key, named=named)
    if len(typed) != len(words):
        return True  # the words do not pair up: the whole answer's typos decide
    pairs = zip(typed, words, strict=True)
    return all(x == y or not is_name or _slip_ok(x, y) for x, (y, is_name) in pairs)


def _key_words(key: str, *, named: bool) -> list[tuple[str, bool]]:
    """The folded words of ``key``, each with whether it is a name word."""
    out: list[tuple[str, bool]] = []
    for word in _HYPHEN.sub("", key).split():
        parts = fold(word).split()
        capital = word[:1].isupper()
        for part in parts:
            plural = len(part) > 4 and part.endswith("s") and not part.endswith("ss")
            known = bool(english_words()) and (
                is_english_word(part) or (plural and is_english_word(part[:-1]))
            )  # "Motors", "Industries" of a company's name; not "Ros" read as "ro"
            if part.endswith("ies"):  # "Industries"; not "Lil" read as "lily"
                known = known or is_english_word(part.removesuffix("ies") + "y")
            out.append((part, capital and (named or not known)))
    return out


def _slip_ok(typed: str, key: str) -> bool:
    """Whether ``typed`` is a forgivable slip of the name word ``key``."""
    if len(key) <= SHORT_NAME:
        doubled = _doubled(typed, key) or _doubled(key, typed)
        return _swapped(typed, key) or doubled or _longer(typed, key)
    return typed not in city_names() and typed not in country_names()


def _longer(typed: str, key: str) -> bool:
    """Whether ``typed`` is the short name word ``key`` typed longer ("Philip" for "Phil",
    "Lyons" for "Lyon"), never with one vowel added at its end: that makes another name
    ("Morgani" for "Morgan", "Leona" for "Leon", "Marie" for "Mari")."""
    if not typed.startswith(key) or typed == key:
        return False
    return not (len(typed) == len(key) + 1 and typed[-1] in "aeiouy")


def _swapped(a: str, b: str) -> bool:
    """Whether ``a`` is ``b`` with two neighbouring letters swapped."""
    if len(a) != len(b):
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and a[diff[0]] == b[diff[1]]
        and (a[diff[1]] == b[diff[0]])
    )


def _doubled(longer: str, shorter: str) -> bool:
    """Whether ``longer`` is ``shorter`` with one of its letters doubled ("Vidall")."""
    if len(longer) != len(shorter) + 1:
        return False
    for i in range(1, len(longer)):
        if longer[i] == longer[i - 1] and longer[:i] + longer[i + 1 :] == shorter:
            return True
    return False
