"""Whether a body the article names is of the sort a noun such as "the union" says.

"Nordvik Foods will cut 400 jobs, according to the union" must never become "according to
Nordvik Foods": a union, a court, a council or a party is no company, and a company is no
union. A body is of a noun's sort (:func:`of_sort`) when no word of its names says it is a
body of another sort ("the company" is never the "Food Workers Union", the "Supreme Court"
or the "City Council"), and, for a noun that names one narrow sort ("the union", "the
court", "the council"), when a word of its names says it is of that sort ("the union" is
the "Food Workers Union", never a firm whose name does not say so). Where no body fits,
the reference stays and the checks refuse the question.
"""

from __future__ import annotations

from quizapp.generator.facts.facts import Entity
from quizapp.generator.text_words import word_set

# Words of a name that say which sort of body it is, by sort
SORT_WORDS: dict[str, frozenset[str]] = {
    "union": word_set("union unions federation confederation"),
    "court": word_set("court tribunal"),
    "council": word_set("council"),
    "party": word_set("party"),
    "government": word_set("government ministry department"),
    "parliament": word_set("parliament assembly congress senate"),
    "commission": word_set("commission committee"),
    "school": word_set("university college school academy institute"),
    "police": word_set("police"),
    "army": word_set("army navy force forces"),
}
# The sort each noun of a reference names; a noun not listed ("the company", "the firm",
# "the bank") is of the sort "business"
NOUN_SORTS = {
    "union": "union", "court": "court", "council": "council", "party": "party",
    "ministry": "government", "university": "school",
}  # fmt: skip
# Nouns that name a narrow sort: the body's name must say it is of that sort
NARROW = frozenset(("union", "court", "council", "ministry", "university"))
# Sorts a noun may also stand for: "the alliance" or "the bloc" may be a union of states
# ("the European Union"), "the group" a party's group, "the agency" a government's;
# "the organisation" any body at all
ALSO: dict[str, tuple[str, ...]] = {
    "alliance": ("union", "party"), "bloc": ("union", "party"), "group": ("party",),
    "agency": ("government", "commission"), "organisation": tuple(SORT_WORDS),
    "organization": tuple(SORT_WORDS),
}  # fmt: skip


def sorts_of(entity: Entity) -> set[str]:
    """The sorts the words of the body's names say it is of (none for "Nordvik Foods")."""
    words = {w.lower().strip(".,’'") for n in entity.names() for w in n.split()}
    return {sort for sort, said in SORT_WORDS.items() if words & said}


def of_sort(noun: str, entity: Entity) -> bool:
    """Whether "the ``noun``" may stand for ``entity`` (see the module)."""
    noun = noun.lower()
    sort = NOUN_SORTS.get(noun)
    sorts = sorts_of(entity)
    if noun in NARROW:
        return sort in sorts
    allowed = {sort, *ALSO.get(noun, ())} - {None}
    return not (sorts - allowed)
