"""Questions on who holds a role: "Who is the NATO Secretary-General?", "Who was the Belgian
engineer?" (the tense of the sentence that names them).

Only a role the article gives one person, that names a place, a body or a nationality
(a capitalised word: "Belgian engineer", never "manager" or "daughter"), short and without
a clause, is asked; an office says whose it is ("Northwind's chief executive", "chief
executive of Northwind", "the Armenian prime minister"; never "the chief executive",
"the Swiss referee": :func:`roles.owned_role`). An office is asked in the present in news
dated by weekday where its sentence names no year, and a past one with its date ("Who was
the Soviet leader in June 1987?"). The choices are other people of the article (a typed
answer where it names fewer than three others).
"""

from __future__ import annotations

import hashlib
import re

from quizapp.generator.choices.distractors import distractors
from quizapp.generator.facts.clusters import surname
from quizapp.generator.facts.facts import ACTOR, PERSON, Entity, Fact
from quizapp.generator.facts.roles import is_office, owned_role
from quizapp.generator.synthesis import GeneratedQuestion, QuestionForm
from quizapp.questiondata import QuestionKind

MAX_ROLE_WORDS = 5
DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|ian|ish|ese|i|ch|ss)")
HONORIFICS = {"dr", "prof", "professor", "mr", "mrs", "ms", "miss", "sir", "dame"}
PLAIN_OPENERS = {
    "Chief",
    "Regional",
    "Former",
    "Deputy",
    "Senior",
    "Acting",
    "Head",
    "Fire",
    "Lead",
    "Principal",
    "Managing",
}
# Roles that say what someone is to another ("her Vietnamese counterpart"): no question alone
RELATIONAL = {"counterpart", "successor", "predecessor", "rival", "opponent", "partner",
              "colleague", "deputy", "wife", "husband", "son", "daughter", "brother",
              "sister", "father", "mother", "friend", "ally", "aide", "assistant", "spouse",
              "widow"}  # fmt: skip
WEEKDAY = re.compile(
    r"\b(?:said|says|told|announced|reported|on)\s+(?:on\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
NOBILITY = {"count", "countess", "duke", "duchess", "earl", "baron", "baroness", "lord", "lady",
            "marquess", "marquis", "viscount", "viscountess"}  # fmt: skip
CLAUSE = re.compile(r"[,;()]|\b(?:who|which|that|about)\b")


def role_questions(
    entities: list[Entity], facts: list[Fact]
) -> list[tuple[GeneratedQuestion, Fact]]:
    """One multiple-choice question per person with a telling role, with its fact."""
    nations = _nationalities(facts)
    news = any(WEEKDAY.search(f.sentence.text) for f in facts)
    roles = [(e, _role(e, nations)) for e in entities if e.type == PERSON]
    counts: dict[str, int] = {}
    for _e, role in roles:
        counts[role.casefold()] = counts.get(role.casefold(), 0) + 1
    out = []
    for entity, role in roles:
        if not role or counts[role.casefold()] > 1:
            continue
        fact = next((f for f in facts if f.kind == ACTOR and f.entity is entity), None)
        if fact is None:
            continue
        wrong = distractors(fact, facts, full=True)  # None: a typed answer instead
        others = [e.name for e in entities if e.type == PERSON and e is not entity]
        if _shares_role(role, others, entities, facts):
            continue  # "the French physicist" where Marie Curie is a physicist too
        used = {f.surface for f in facts if f.kind == ACTOR}  # a surname the article uses
        used |= _own_surnames(entity, entities)
        accepted = sorted(a for a in entity.aliases if a in used)
        told = _telling(entity, role, facts) or fact
        now = news and is_office(role) and _undated(told)  # a title held now
        out.append((_question(entity, role, fact, told, now, wrong, accepted), fact))
    return out


def _role(entity: Entity, nations: frozenset[str]) -> str:
    """The first of the person's roles that may be asked and says whose it is."""
    for role in entity.roles:
        askable = _askable(role, entity)
        if askable and owned_role(askable, nations):
            return askable
    return ""


def _nationalities(facts: list[Fact]) -> frozenset[str]:
    """The article's words of a nation or people ("Swiss", "Soviet"), as the parse tags them."""
    docs = {id(f.sentence.span.doc): f.sentence.span.doc for f in facts if f.sentence.span}
    return frozenset(t.text for d in docs.values() for t in d if t.ent_type_ == "NORP")


def _telling(entity: Entity, role: str, facts: list[Fact]) -> Fact | None:
    """The first fact on the person whose sentence gives the role (for its tense)."""
    words = role.casefold()
    return next(
        (f for f in facts if f.entity is entity and words in f.sentence.text.casefold()), None
    )


def _shares_role(role: str, wrong: list[str], entities: list[Entity], facts: list[Fact]) -> bool:
    """Whether another person has the same role, or is called so by the article ("the
    chemist" asked where "Henri Dubois was a chemist" too). A nationality tells people
    apart: "the Dutch runner" is one even where all of them are runners."""
    words = role.casefold()
    by_name = {e.name: e for e in entities}
    for name in wrong:
        person = by_name.get(name)
        if person is None:
            continue
        if any(words in r.casefold() for r in person.roles):
            return True
        said = rf"\b(?:was|is|became|becomes)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?{re.escape(words)}\b"
        texts = {f.sentence.text for f in facts if f.entity is person}
        if any(re.search(said, t, re.IGNORECASE) for t in texts):
            return True
    return False


def _own_surnames(entity: Entity, entities: list[Entity]) -> set[str]:
    """The person's surname, unless another person of the article has it too."""
    last = surname(entity.name)
    shared = any(
        e is not entity and e.type == PERSON and f" {last} " in f" {e.name} " for e in entities
    )
    return set() if shared or " " not in entity.name else {last}


def _askable(role: str, entity: Entity) -> str:
    words = role.split()
    while words and words[-1].casefold().rstrip(".") in HONORIFICS:
        words.pop()  # "Lead researcher Dr" (Amina Bello): the title is no part of the role
    role = " ".join(words)
    if len(words) == 1 and not words[0].isupper():
        return ""  # "Lionel" before "Messi": a given name; "the President": of what?
    if (
        not words
        or len(words) > MAX_ROLE_WORDS
        or re.search(r"[,;()/\d]|\b(?:who|which|that|about)\b", role)
    ):
        return ""
    if not any(w[:1].isupper() for w in words) or any(w in entity.name for w in words):
        return ""
    if words[0].casefold() in NOBILITY:
        return ""  # "Countess of Lovelace": a part of her name, not an office
    if words[-1].casefold() in RELATIONAL:
        return ""  # "Who was the Vietnamese counterpart?": of whom?
    if DEMONYM.fullmatch(words[-1]):
        return ""  # "the Norwegian": a nationality, not a role
    if words[0] in PLAIN_OPENERS and words[-1].islower():
        return " ".join([words[0].lower(), *words[1:]])  # "Chief executive" opened a sentence
    return role


def _question(
    entity: Entity,
    role: str,
    fact: Fact,
    told: Fact,
    now: bool,
    wrong: list[str] | None,
    accepted: list[str],
) -> GeneratedQuestion:
    key = "role-" + _digest(f"{entity.name}|{role}")[:10]
    choices = None
    if wrong is not None:
        choices = sorted([entity.name, *wrong], key=lambda c: _digest(f"{key}|{c}"))
    article = "" if role.split()[0].endswith("'s") else "the "
    verb = "was" if _told_in_past(told) and not now else "is"
    when = _when(told) if verb == "was" and is_office(role) else ""
    return GeneratedQuestion(
        kind=QuestionKind.MULTIPLE_CHOICE if choices else QuestionKind.SHORT_ANSWER,
        prompt=f"Who {verb} {article}{role}{when}?",
        answer=entity.name,
        fact_kind=ACTOR,
        fact_key=key,
        source=fact.sentence.text,
        explanation=f"The article names {entity.name} as {article}{role}.",
        choices=choices,
        accepted=accepted,
        fine_type=PERSON,
        tags=["actors", "roles"],
        form=QuestionForm.ROLE,
    )


def _told_in_past(fact: Fact) -> bool:
    """Whether the sentence that names the person is told in the past ("The Swiss referee,
    Gottfried Dienst, was unsure"): then "Who was the Swiss referee?", else "Who is ...?"."""
    token = fact.token
    verb = token.head if token is not None else fact.sentence.span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    tags = {verb.tag_} | {c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return "VBD" in tags


def _when(fact: Fact) -> str:
    """ " in June 1987" where the sentence dates what it tells ("In June 1987, Soviet leader
    ..."): an office changes hands, so the question says when."""
    span = fact.sentence.span
    for ent in span.ents if span is not None else ():
        before = ent.doc[ent.start - 1] if ent.start > 0 else None
        if (
            ent.label_ == "DATE"
            and re.fullmatch(r"(?:\w+ ){0,2}1\d{3}|(?:\w+ ){0,2}20\d{2}", ent.text)
            and before is not None
            and (before.lower_ in ("in", "on"))
        ):
            return f" {before.lower_} {ent.text}"
    return ""


def _undated(fact: Fact) -> bool:
    """Whether the sentence names no year: in an article that dates what it reports by a
    weekday ("said on Sunday"), a title it gives is held now ("Armenian Prime Minister
    Nikol Pashinyan did not respond")."""
    return re.search(r"\b1\d{3}\b|\b20\d{2}\b", fact.sentence.text) is None


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()
