"""Who may stand among people's choices ("Who said this?", "Who ordered ...?"), and how a
speaker's choices are written (issue 16).

The choices of a person are people, a speaker's all written alike. The model's person
label is wrong for some firms: "Dovrefrakt said it had halted all shipments" speaks of a
body (its reported clause acts as "it"), and "the freight company Dovrefrakt" names one.
Such a name is no choice, unless the article also shows a person: a "he" or "she", a
quotation of their own, a title or an office ("Senator", "regional director"), a person's
role ("chemist", "runner"), or the surname used alone. And a title on one choice only
("Judge Anna Berg" among bare names) points at it, so every choice is written without it.
"""

from __future__ import annotations

from quizapp.generator.facts.actor_types import KIND_WORDS
from quizapp.generator.facts.clusters import TITLES
from quizapp.generator.facts.facts import ACTOR, ORG, QUOTE, Entity, Fact
from quizapp.generator.facts.name_words import TITLE_WORDS
from quizapp.generator.facts.person_evidence import ONE_WORD_TITLES
from quizapp.generator.facts.roles import BODY_OFFICES, STATE_OFFICES
from quizapp.generator.facts.use_evidence import ROLE_NOUNS

# titles written before a name, and the words of offices a person holds
PERSON_TITLES = TITLES | TITLE_WORDS | ONE_WORD_TITLES | {"justice", "rabbi", "imam", "father"}
PERSON_WORDS = PERSON_TITLES | BODY_OFFICES | STATE_OFFICES | ROLE_NOUNS
BODY_NOUNS = {word for word, kind in KIND_WORDS.items() if kind == ORG}
SAYING = {"say", "tell", "add", "announce", "state", "confirm"}


def person_choice(entity: Entity, facts: list[Fact]) -> bool:
    """Whether ``entity`` may stand among people's names, as the answer or a wrong choice:
    no firm the model took for a person (see the module)."""
    return shown_a_person(entity, facts) or not _shown_a_body(entity, facts)


def _shown_a_body(entity: Entity, facts: list[Fact]) -> bool:
    """Whether the article speaks of ``entity`` as a body: a role that names one ("freight
    company"), or what it said told as what "it" did ("X said it had halted shipments")."""
    for role in entity.roles:
        title = role.split(" of ")[0].split()
        if title and title[-1].casefold() in BODY_NOUNS:
            return True
    for f in facts:
        tok = f.token
        if f.kind != ACTOR or f.entity is not entity or tok is None or tok.dep_ != "nsubj":
            continue
        if tok.head.lemma_ not in SAYING:
            continue
        for said in (c for c in tok.head.children if c.dep_ == "ccomp" and c.lemma_ != "be"):
            if any(c.dep_ == "nsubj" and c.lower_ == "it" for c in said.children):
                return True
    return False


def shown_a_person(entity: Entity, facts: list[Fact]) -> bool:
    """Whether the article shows ``entity`` to be a person beyond the model's label."""
    if entity.gender is not None or _titled(entity.name):
        return True
    if any(f.kind == QUOTE and f.entity is entity for f in facts):
        return True  # a speaker the article quotes
    for role in entity.roles:  # "Interior minister", "regional director of the ..."
        if {w.casefold() for w in role.split(" of ")[0].split()} & PERSON_WORDS:
            return True
    words = entity.name.split()
    return len(words) >= 2 and any(
        f.entity is entity and f.surface != entity.name and entity.name.endswith(" " + f.surface)
        for f in facts
    )  # "Carmody" alone for "Will Carmody": no firm's name is cut so


def bare_name(name: str) -> str:
    """``name`` without the titles before it ("Justice Carolina Vergara" -> "Carolina
    Vergara"), the name itself where a title and one word are all it has ("Senator Olmedo")."""
    words = name.split()
    while len(words) > 2 and words[0].casefold().rstrip(".") in PERSON_TITLES:
        words = words[1:]
    return " ".join(words)


def bare_choices(answer: str, wrong: list[str]) -> tuple[str, list[str]]:
    """The answer and the wrong choices all without titles; as they are where two would then
    read alike."""
    bare = [bare_name(n) for n in (answer, *wrong)]
    if len({b.casefold() for b in bare}) < len(bare):
        return answer, wrong
    return bare[0], bare[1:]


def _titled(name: str) -> bool:
    words = name.split()
    return len(words) >= 2 and words[0].casefold().rstrip(".") in PERSON_TITLES
