"""Naming a place "there" as the one place the sentence before put something in.

"... the St Peter was driven onto an uninhabited island in the Commander group. Bering died
there in December 1741" is asked "In which month and year did Bering die on an uninhabited
island in the Commander group?". Only where that is sure: the "there" is an adverb of
place (never "there was"), the one of its sentence, outside quotation marks, with no place
said before it in its own sentence; the sentence before it in the paragraph has exactly one
phrase of place ("on", "onto", "in", "into", "at", "near", or "to" a town or country) whose
object is a place (a name, or a noun of a place: an island, a town, a harbour), none of
time, and no other phrase "there" may stand for, whatever its object ("born in Tromso ...
and studied at the University of Oslo": two, so nothing is named; "through the crew" and
"in November" are none). "there" becomes that phrase, its
preposition as "there" needs it ("onto" -> "on"; none after "from there"), its object's
words without a clause of their own ("the town of Donaueschingen, where ..."), and only in
a prompt with no other pronoun ("From there it runs ...": a name put before "it" would pass
for what it stands for). Otherwise the question keeps its "there" and the checks refuse it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from quizapp.generator.facts.facts import CITY, COUNTRY, PLACE, REGION, Fact
from quizapp.generator.forms.agreement import quoted_at
from quizapp.generator.naming.pronouns import quoted_spans
from quizapp.generator.naming.references import other_pronoun
from quizapp.generator.synthesis import GeneratedQuestion, QuestionForm
from quizapp.generator.text_words import word_set

# What a preposition of place says after "there" is named: "onto an island" -> "on an island"
AS_THERE = {"in": "in", "on": "on", "onto": "on", "into": "in", "at": "at", "near": "near"}
# Prepositions of a phrase "there" may stand for, beside those it is named by
PLACES_OF = frozenset(
    (*AS_THERE, "to", "from", "through", "across", "along", "inside", "off", "over", "under",
     "towards", "toward", "between", "beneath", "outside")
)  # fmt: skip
# the place types a "there" is named by: facts.PLACE_TYPES less rivers, lakes and seas
THERE_TYPES = (CITY, COUNTRY, PLACE, REGION)
# common nouns of a place a "there" may stand for ("an uninhabited island")
THERE_NOUNS = word_set(
    "island islands town city village coast shore bay harbour harbor port base camp station "
    "hospital school capital region area valley mountain mountains summit peak country site "
    "river lake sea ocean strait gorge gorges plain desert forest colony settlement district "
    "province state continent street square building house church palace castle"
)
TIME_ENTITIES = ("DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY")
THERE = re.compile(r"(?<![\w’'-])there(?![\w’'-])", re.IGNORECASE)
TO_NAME = ("from", "near", "to")  # "From there" -> "From the town of X"


def named_there(q: GeneratedQuestion, fact: Fact, places: dict[str, str]) -> GeneratedQuestion:
    """``q`` with its place "there" named (see the module); ``places`` gives the type of
    each actor the article names, by name."""
    span = fact.sentence.span
    if q.form == QuestionForm.QUOTE or span is None or lone_there(fact, places) is None:
        return q
    before = [s for s in span.doc.sents if s.end <= span.start]
    if not before:
        return q
    phrases = [t for t in before[-1] if t.dep_ == "prep" and t.lower_ in PLACES_OF]
    phrases = [p for p in phrases if not _inside(p, phrases) and may_be_place(p, places)]
    if len(phrases) != 1 or not place_phrase(phrases[0], places):
        return q  # none, or two ("born in Tromso ... studied at the University of Oslo")
    return _replaced(q, phrases[0], places)


def lone_there(fact: Fact, places: dict[str, str]) -> Any | None:
    """The one place "there" of ``fact``'s sentence outside quotation marks, where the
    sentence itself says no place before it ("She moved to Paris and died there" says it;
    "there was ..." is no place); None otherwise."""
    span = fact.sentence.span
    if span is None:
        return None
    theres = [t for t in span if t.lower_ == "there" and not quoted_at(fact.sentence, t)]
    if len(theres) != 1 or theres[0].dep_ not in ("advmod", "pcomp", "pobj"):
        return None
    there = theres[0]
    if any(place_phrase(t, places) for t in span if t.i < there.i and t.dep_ == "prep"):
        return None
    return there


def _inside(prep: Any, phrases: list[Any]) -> bool:
    """Whether ``prep`` stands inside another phrase ("in the Commander group" of "onto an
    island in the Commander group")."""
    return any(p.i != prep.i and prep in p.subtree for p in phrases)


def _object(prep: Any) -> Any | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _of_time(prep: Any) -> bool:
    """Whether the phrase tells a time or an amount ("in November", "to 2,000")."""
    obj = _object(prep)
    return obj is None or obj.ent_type_ in TIME_ENTITIES or obj.like_num


def may_be_place(prep: Any, places: dict[str, str]) -> bool:
    """Whether "there" may stand for the phrase of ``prep``: any phrase of place but one of
    time ("in November") or a person's, or (for "through", "across", ...) one whose object is
    a name or a noun of a place (not "through the crew")."""
    obj = _object(prep)
    if obj is None or _of_time(prep) or obj.ent_type_ == "PERSON":
        return False
    if prep.lower_ in AS_THERE or prep.lower_ in TO_NAME:
        return True
    return _name_of(obj) is not None or place_phrase(prep, places)


def place_phrase(prep: Any, places: dict[str, str]) -> bool:
    """Whether ``prep``'s object is a place: one the article names as a place, or a noun of
    a place ("an uninhabited island"); never a person or a thing ("through the crew")."""
    if prep.lower_ not in PLACES_OF or _of_time(prep):
        return False
    obj = _object(prep)
    if obj is None:
        return False
    name = _name_of(obj)
    if name is not None:
        return places.get(name) in THERE_TYPES
    return obj.pos_ == "NOUN" and obj.lemma_.lower() in THERE_NOUNS


def _name_of(obj: Any) -> str | None:
    """The name ``obj`` heads ("Donaueschingen", "the Iron Gates"), if it is a name."""
    if obj.pos_ != "PROPN":
        return None
    start = obj.i
    while (
        start - 1 >= 0 and obj.doc[start - 1].pos_ == "PROPN" and obj.doc[start - 1].head.i == obj.i
    ):
        start -= 1
    return str(obj.doc[start : obj.i + 1].text)


def _replaced(q: GeneratedQuestion, prep: Any, places: dict[str, str]) -> GeneratedQuestion:
    """The prompt's one "there" outside quotation marks named as ``prep``'s phrase."""
    quoted = quoted_spans(q.prompt)
    found = [m for m in THERE.finditer(q.prompt) if not any(a < m.start() < b for a, b in quoted)]
    words = _phrase_words(_object(prep))
    if len(found) != 1 or words is None or q.answer.lower() in words.lower():
        return q
    if other_pronoun(q.prompt, 0):
        return q  # "From there it runs ...": the name would stand as the "it" it is not
    m = found[0]
    previous = re.search(r"(\w+)\s*$", q.prompt[: m.start()])
    if previous is not None and previous.group(1).lower() in TO_NAME:
        name = words  # "From there" -> "From the town of Donaueschingen"
    else:
        said = prep.lower_
        if said == "to" and places.get(_name_of(_object(prep)) or "") in (CITY, COUNTRY, REGION):
            said = "in"  # "moved to Lyon ... died there" -> "died in Lyon"
        if said not in AS_THERE:
            return q
        name = f"{AS_THERE[said]} {words}"
    if m.group()[0].isupper():
        name = name[0].upper() + name[1:]
    return replace(q, prompt=q.prompt[: m.start()] + name + q.prompt[m.end() :])


def _phrase_words(obj: Any) -> str | None:
    """The object's words, without a clause of its own or what follows a comma ("the town
    of Donaueschingen, where ..." -> "the town of Donaueschingen")."""
    tokens = list(obj.subtree)
    cut = [t.i for t in tokens if t.dep_ in ("relcl", "acl", "appos") or t.text == ","]
    end = min([*cut, tokens[-1].i + 1])
    clause = [t for t in tokens if t.dep_ in ("relcl", "acl")]
    if clause:
        end = min(end, min(t.left_edge.i for t in clause))
    words = obj.doc[tokens[0].i : end].text.strip(" ,")
    return words or None
