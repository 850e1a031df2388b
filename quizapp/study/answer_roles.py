"""A role or title typed before a person's name: "CEO Ingrid Solberg", "chief executive
Ingrid Solberg", "NATO Secretary-General Jens Stoltenberg", "civil protection chief
Rui Tavares" all name the person the key names.

:func:`name_after_role` finds the name at the end of such an answer. Every word before it
must belong to a role phrase, after the capitalised words of a body's name if any ("Norvell
Systems chief executive"): a word of the role lexicon, an organisation's acronym
("NATO", "WHO"), a small word ("of", "the"), or an everyday English word ("civil",
"protection", "Norwegian"). The word right before the name must be a role word that is
never a given name ("CEO", "chief", "minister": never "Dean", "Major", "King") or a role's
acronym ("MP"), so that another person's given name ("Erna Solberg", "Dean Solberg",
"JJ Solberg") is never taken for part of a role. An answer typed all in capitals has no
acronyms: "MARK SOLBERG" is a name, not an organisation's head.

:func:`name_before_qualifier` finds the name at the start of an answer with its body or
role after it: "Halima Wekesa of Lakeshore Grain Traders", "Halima Wekesa, LGT finance
director", "Wekesa (Lakeshore Grain Traders)". The caller compares the name with the key,
so another name first ("Otieno of Wekesa Ltd") stays wrong. A qualifier after a comma
must read as a role (a lower-case word in it: "finance director", "the auditor"), so that
a list of names ("Wekesa, Otieno") is no qualifier; one with "or", "and", "/" or "&"
hedges between answers and is none either.
"""

from __future__ import annotations

import re

from quizapp.study.answer_forms import fold
from quizapp.study.english_words import is_english_word

# Words of roles and titles that stand before a person's name.
ROLE_WORDS = frozenset({
    "ceo", "cfo", "coo", "cto", "chair", "chairman", "chairwoman", "chairperson", "chief",
    "executive", "officer", "head", "leader", "director", "manager", "president", "vice",
    "deputy", "minister", "prime", "premier", "secretary", "general", "chancellor",
    "governor", "mayor", "senator", "congressman", "congresswoman", "representative", "mp", "pm",
    "mep", "ambassador", "envoy", "commissioner", "spokesman", "spokeswoman",
    "spokesperson", "founder", "cofounder", "co", "owner", "boss", "captain", "coach",
    "commander", "colonel", "major", "lieutenant", "sergeant", "admiral", "marshal",
    "judge", "justice", "attorney", "prosecutor", "lawyer", "professor", "prof", "dr",
    "doctor", "researcher", "scientist", "economist", "analyst", "author", "writer",
    "editor", "reporter", "correspondent", "presenter", "host", "singer", "actor",
    "actress", "player", "striker", "goalkeeper", "defender", "midfielder", "winger",
    "forward", "referee", "king", "queen", "prince", "princess", "pope", "bishop",
    "archbishop", "cardinal", "rabbi", "imam", "sheikh", "emir", "sultan", "lord", "lady",
    "sir", "dame", "mr", "mrs", "ms", "miss", "mx", "speaker", "foreign", "defence",
    "defense", "finance", "interior", "health", "state", "opposition", "party",
    "union", "senior", "former", "acting", "interim", "incoming", "outgoing", "board",
    "managing", "operating", "financial", "technology", "administrator", "superintendent",
    "inspector", "police", "fire", "army", "navy", "staff", "adviser", "advisor", "aide",
    "negotiator", "mediator", "delegate", "official", "member", "lead", "principal",
    "dean", "rector", "provost", "curator", "architect", "engineer", "pilot", "astronaut",
    "ranger", "warden", "teacher", "nurse", "farmer", "volunteer", "campaigner", "surgeon",
    "lecturer", "firefighter", "paramedic", "district", "regional", "county", "city",
})  # fmt: skip
# Role words that may stand right before the name: none of them is a given name (so never
# "dean", "major", "king", "justice", "lead", "prince", "judge", "bishop", "marshal").
BEFORE_NAME = frozenset({
    "ceo", "cfo", "coo", "cto", "mp", "pm", "mep", "chief", "executive", "officer",
    "president", "minister", "premier", "secretary", "general", "chancellor", "chair",
    "chairman", "chairwoman", "chairperson", "mayor", "governor", "director", "manager",
    "coach", "captain", "commissioner", "ambassador", "envoy", "senator", "congressman",
    "congresswoman", "spokesman", "spokeswoman", "spokesperson", "founder", "cofounder",
    "commander", "colonel", "lieutenant", "sergeant", "admiral", "professor", "prof", "dr",
    "doctor", "prosecutor", "attorney", "superintendent", "inspector", "negotiator",
    "mediator", "adviser", "advisor", "economist", "scientist", "researcher", "analyst",
    "correspondent", "reporter", "editor", "goalkeeper", "midfielder", "striker", "referee",
    "administrator", "speaker", "boss", "owner", "deputy", "ranger", "warden", "teacher",
    "nurse", "farmer", "volunteer", "campaigner", "surgeon", "lecturer", "firefighter",
    "paramedic",
})  # fmt: skip
# Acronyms of roles that may stand right before the name ("MP Ingrid Solberg").
_ROLE_ACRONYMS = frozenset({"CEO", "CFO", "COO", "CTO", "MP", "PM", "MEP"})
_SMALL = frozenset({"of", "the", "for", "and", "at", "to", "on", "in", "s", "a"})
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,7}s?")  # "NATO", "WHO", "UNHCR", "MPs"
_WORD = re.compile(r"[^\s,]+")
_PROFESSION = re.compile(r"..(?:ist|ician)$")  # "biologist", "physician", "economist"


def name_after_role(given: str, key: str) -> str:
    """The name ``given`` ends with after a role phrase ("Ingrid Solberg" of "CEO Ingrid
    Solberg" for the key "Ingrid Solberg"; "Solberg" of "CEO Solberg"), or "" when
    ``given`` is no role phrase followed by the key's full name or surname."""
    key_words = fold(key).split()
    words = _WORD.findall(given.strip())
    if len(key_words) < 2 or len(words) < 2:
        return ""
    capitals = given.upper() == given  # "MARK SOLBERG": no word of it is an acronym
    for size in (len(key_words), 1):
        if len(words) <= size:
            continue
        tail = words[-size:]
        if fold(" ".join(tail)).split() != key_words[-size:]:
            continue
        if _role_phrase(words[:-size], acronyms=not capitals):
            return " ".join(tail)
    return ""


_QUALIFIED = re.compile(
    r"^(?P<name>[^,()]+?)\s*(?:,\s*(?P<role>[^()]+)|\s+of\s+(?P<body>[^,()]+)|"
    r"\((?P<aside>[^()]+)\))\s*$"
)
_HEDGE = re.compile(r"\b(?:or|and)\b|[/&]|,", re.IGNORECASE)


def name_before_qualifier(given: str) -> str:
    """The name ``given`` starts with before its body or role ("Halima Wekesa" of "Halima
    Wekesa of Lakeshore Grain Traders"), or "" when it has no such qualifier."""
    found = _QUALIFIED.match(given.strip())
    if found is None:
        return ""
    qualifier = found.group("role") or found.group("body") or found.group("aside")
    if _HEDGE.search(qualifier):
        return ""  # "Wekesa (or Otieno)", "Wekesa, Otieno, Mwangi"
    if found.group("role") and not any(w[:1].islower() for w in _WORD.findall(qualifier)):
        return ""  # "Wekesa, Otieno": two names, not a name and its role
    return found.group("name").strip()


def _role_phrase(words: list[str], *, acronyms: bool) -> bool:
    """Whether ``words`` (as typed) are a role phrase, the last of them a role word that is
    never a given name; ``acronyms``: whether an upper-case word may be an organisation's."""
    if not words or not _before_name(words[-1]):
        return False
    named = 0  # "Norvell CEO", "Norvell Systems chief executive": a body's name first
    while named < len(words) - 1 and _capitalised(words[named]):
        named += 1
    rest = words[named:]
    return all(_role_word(w, acronyms=acronyms) or _plain_word(w) for w in rest)


def _capitalised(word: str) -> bool:
    """A capitalised word of a body's name typed before its role ("Norvell")."""
    return word[:1].isupper() and word[1:].islower() and word.isalpha()


def _before_name(word: str) -> bool:
    """A role word that may stand right before a name ("chief", "Secretary-General", "CEO",
    never "Dean" nor "JJ")."""
    if word.strip(".'’") in _ROLE_ACRONYMS:
        return True
    parts = fold(word).split()
    if len(parts) == 1 and _PROFESSION.search(parts[0]) and is_english_word(parts[0]):
        return True  # "microbiologist", "physicist", "journalist": never a given name
    return bool(parts) and parts[-1] in BEFORE_NAME and all(p in ROLE_WORDS for p in parts)


def _role_word(word: str, *, acronyms: bool) -> bool:
    """A word of the role lexicon ("Secretary-General" of two) or an acronym ("NATO")."""
    if acronyms and _ACRONYM.fullmatch(word.strip(".'’")):
        return True
    parts = [p for p in fold(word).split() if p]
    return bool(parts) and all(p in ROLE_WORDS for p in parts)


def _plain_word(word: str) -> bool:
    """A small word or an everyday English word of a role ("civil", "protection")."""
    parts = fold(word).split()
    return bool(parts) and all(p in _SMALL or is_english_word(p) for p in parts)
