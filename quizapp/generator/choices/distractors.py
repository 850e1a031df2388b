"""Wrong answers of the answer's fine type and format.

Distractors come first from the article's own facts of the same fine type
(other people for a person, other years for a year), then from plausible
variations: near years, neighbouring countries, big cities of the same
country, numbers of similar size written the same way ("four" -> "three",
"120,000" -> "90,000"). A value that the source sentence itself holds is
never offered: it might be true for that slot too.
"""

from __future__ import annotations

import random
import re
from datetime import date
from typing import Any

from quizapp.generator.choices.date_variations import date_variations
from quizapp.generator.choices.distractor_fit import (
    abbreviates,
    answer_does,
    contains,
    foreign_place,
    orgs_alike,
    other_sort,
    person_fit,
    prominent_countries,
    same_region,
    shares_name,
)
from quizapp.generator.choices.figure_variations import (
    WORDS,
    decimals,
    figure_variations,
    hedge_holds,
)
from quizapp.generator.choices.person_choices import person_choice
from quizapp.generator.facts.clusters import surname
from quizapp.generator.facts.dates import MONTHS
from quizapp.generator.facts.facts import (
    ACTOR,
    CITY,
    COUNTRY,
    DATE,
    DECADE,
    FIGURE,
    FULL_DATE,
    MONTH,
    MONTH_YEAR,
    ORG,
    PERSON,
    QUOTE,
    REGION,
    YEAR,
    Entity,
    Fact,
)
from quizapp.generator.facts.figures import number_value
from quizapp.generator.facts.gazetteer import gazetteer
from quizapp.generator.facts.nicknames import is_nickname
from quizapp.generator.facts.vote_tallies import VOTES
from quizapp.questiondata import FineType

MAX_OWN = 30
YEAR_WINDOW = 12  # an article's own year further from the answer reads as a blind guess
FUTURE = {"will", "would", "shall", "'ll"}
RECENT = 10  # an article whose last year is this recent is news
# An article whose years are all earlier than this gets only its own countries as choices.
# A rough cut, not the birth of today's states (Belgium 1830, Italy 1861, Germany 1871 came
# later, so an article of 1848 still gets today's neighbours): before it, most of the
# gazetteer's countries did not exist in their present borders, and a wrong choice such
# as "Germany" for 1346 is plainly out of its time.
MODERN = 1800
SCALE_WINDOW = 3.0  # an article's own figure more times bigger or smaller is of another scale


def distractors(
    fact: Fact, facts: list[Fact], count: int = 3, *, full: bool = False
) -> list[str] | None:
    """Exactly ``count`` wrong answers for ``fact``, or None when so many good ones are lacking.

    People are named like the fact's words in the sentence (a surname for a
    surname) unless ``full`` asks for full names.
    """
    if fact.type == CITY and foreign_place(fact, facts):
        return None  # "the Norman cavalry" read as Norman, Oklahoma: "Phoenix" no choice
    if is_nickname(fact):
        return None  # "known as Il Ruffo": a nickname among full names gives itself away
    if fact.type == PERSON and fact.entity is not None and not person_choice(fact.entity, facts):
        return None  # a firm the model took for a person ("X said it had ..."): no people
    taken = _sentence_values(fact, facts)
    rng = random.Random(fact.key)
    found = _from_article(fact, facts, taken, full)
    if fact.type == PERSON and fact.kind == ACTOR:  # never a manager for the keeper
        found = [
            t for t in found if t[1].entity is None or not other_sort(fact, t[1].entity, facts)
        ]
    rng.shuffle(found)
    if fact.type == PERSON:  # people who do what the answer does first
        fits = {id(f): person_fit(fact, f.entity, facts) for _, f in found if f.entity}
        found.sort(key=lambda t: -fits.get(id(t[1]), 0))
        if answer_does(fact):  # never a queen for who scored: only other doers
            found = [t for t in found if fits.get(id(t[1]), 0) > 0]
    own = [text for text, _ in found]
    pool = own[: max(1, count - 1)] if fact.kind in (DATE, FIGURE) else own
    if fact.type in (FULL_DATE, MONTH_YEAR):
        pool = []  # the grid of dates alone: another date of the article breaks its symmetry
    if not (fact.type == COUNTRY and (_before_states(facts) or _side(fact))):
        pool += _variations(fact, rng)  # "Germany" is no guess for a kingdom of 1066, nor
        # China for a side in a Test series: a national side's choices are the article's
    latest = _latest_year(fact, facts)
    out: list[str] = []
    for choice in pool:
        if fact.type == COUNTRY:
            choice = _country_name(choice)  # "U.S." beside "France": "United States"
        folded = choice.casefold()
        if folded in fact.all_answers() or folded in taken or folded in {o.casefold() for o in out}:
            continue
        if fact.kind in (ACTOR, QUOTE) and _names_answer(fact, choice):
            continue  # "East Germany" for Germany, "Pierre Curie" for Marie Curie
        if fact.kind in (DATE, FIGURE) and _value_taken(fact, choice, facts):
            continue
        if fact.kind == FIGURE and (hedge_holds(fact, choice) or _brackets(fact, choice, out)):
            continue
        if latest is not None and choice.isdigit() and int(choice) > latest:
            continue  # "2034" for a profit the article reports for 2025
        if fact.type == COUNTRY and _same_country(fact.answer, choice):
            continue  # "America" beside "United States": two right answers
        out.append(choice)
        if len(out) == count:
            return out
    return None


def _before_states(facts: list[Fact]) -> bool:
    """Whether the article tells of a time before most of today's states (its years all
    before MODERN): only its own countries are choices, none of today's neighbours."""
    years = [f.value for f in facts if f.type == YEAR and isinstance(f.value, int)]
    return bool(years) and max(years) < MODERN


def _brackets(fact: Fact, choice: str, out: list[str]) -> bool:
    """Whether ``choice`` and a choice already taken are the answer's half and double ("2
    percent" and "8 percent" beside "4 percent"): the answer is then the one in the middle."""
    value, answer = number_value(choice), fact.value
    if value is None or not answer:
        return False
    taken = {number_value(o) for o in out}
    return (value == 2 * answer and answer / 2 in taken) or (
        value == answer / 2 and 2 * answer in taken
    )


def _names_answer(fact: Fact, choice: str) -> bool:
    """Whether ``choice`` holds or is held by the answer, or shares a word of a person's
    names: a second right answer, or one that gives the answer away."""
    answers = {fact.answer, *fact.aliases}
    if any(contains(a, choice) for a in answers if a):
        return True
    if any(abbreviates(choice, a) or abbreviates(a, choice) for a in answers if a):
        return True  # "WFP" for the World Food Programme: the answer again
    return fact.type == PERSON and shares_name(fact, choice)


def _latest_year(fact: Fact, facts: list[Fact]) -> int | None:
    """The latest year the article names, when the asked year is before it or is it and
    told in the past ("listed it in 2022"): no distractor after it (a year still to come
    would read as a wrong guess at once). An article whose last year is long past is
    history, written long after: its last year asked gets choices up to three years later."""
    if fact.type != YEAR or not isinstance(fact.value, int):
        return None
    years = [
        f.value
        for f in facts
        if f.type == YEAR and isinstance(f.value, int) and (f is fact or not _future(f))
    ]  # "will need new sources by 2030": no bound for a court's ruling in 2021
    latest = max(years, default=fact.value)
    if fact.value < latest:
        return latest
    if not _past(fact):
        return None
    if latest >= date.today().year - RECENT:
        return latest  # news: written in its last year or just after
    # history asked by its last year: a few years later are fair guesses, else the answer
    # would always be the latest of the choices ("1980" after "1973", "1977", "1979")
    return latest + 3


def _verb(fact: Fact) -> Any:
    token = fact.token
    verb = token.head if token is not None else fact.sentence.span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _past(fact: Fact) -> bool:
    """Whether the fact's clause is told in the past tense ("was listed", "won")."""
    verb = _verb(fact)
    tags = {verb.tag_} | {c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return "VBD" in tags


def _future(fact: Fact) -> bool:
    """Whether the fact's clause tells what will or would happen ("would need ... by 2030")."""
    verb = _verb(fact)
    return any(c.dep_ == "aux" and c.lower_ in FUTURE for c in verb.children)


def _country_name(choice: str) -> str:
    """A country written short ("U.S.", "UK") as the gazetteer names it."""
    if "." not in choice and not choice.isupper():
        return choice
    place = gazetteer().lookup(choice)
    if place is None or place.type != COUNTRY:
        return choice
    return gazetteer().country_name(place.country) or choice


def _same_country(answer: str, choice: str) -> bool:
    a, b = gazetteer().lookup(answer), gazetteer().lookup(choice)
    return a is not None and b is not None and bool(a.country) and a.country == b.country


def _sentence_values(fact: Fact, facts: list[Fact]) -> set[str]:
    """Everything of the same kind that the fact's own sentence names."""
    near = _by_doc(facts).get(id(fact.sentence.span.doc), [])
    same = [f for f in near if f.sentence.text == fact.sentence.text or _overlap(f, fact)]
    same += [f for f in _by_text(facts).get(fact.sentence.text, []) if f not in same]
    out: set[str] = set()
    for f in same:
        out |= f.all_answers()
        if f.entity is not None:
            out |= {n.casefold() for n in f.entity.names()}
            out |= {n.split()[-1].casefold() for n in f.entity.names()}
    return out


Index = tuple[dict[int, list[Fact]], dict[str, list[Fact]], dict[str, list[Fact]]]
_index: list[tuple[list[Fact], Index]] = []


def _indexed(facts: list[Fact]) -> Index:
    """The facts by doc, by sentence text and by fine type, kept for the last list asked
    about (so that a long article is not walked once per fact)."""
    if not _index or _index[0][0] is not facts:
        by_doc: dict[int, list[Fact]] = {}
        by_text: dict[str, list[Fact]] = {}
        by_type: dict[str, list[Fact]] = {}
        for f in facts:
            by_doc.setdefault(id(f.sentence.span.doc), []).append(f)
            by_text.setdefault(f.sentence.text, []).append(f)
            by_type.setdefault(f.type, []).append(f)
        _index[:] = [(facts, (by_doc, by_text, by_type))]
    return _index[0][1]


def _by_doc(facts: list[Fact]) -> dict[int, list[Fact]]:
    return _indexed(facts)[0]


def _by_text(facts: list[Fact]) -> dict[str, list[Fact]]:
    return _indexed(facts)[1]


def _overlap(f: Fact, fact: Fact) -> bool:
    """Whether ``f`` sits in the part of the article that ``fact`` quotes."""
    return f.sentence.span.doc is fact.sentence.span.doc and (
        fact.sentence.char0 <= f.sentence.char0 < fact.sentence.char0 + len(fact.sentence.text)
    )


def _value_taken(fact: Fact, choice: str, facts: list[Fact]) -> bool:
    """Whether a date or figure of the same value stands in the fact's sentence."""
    value = _value_of(fact, choice)
    if value is None:
        return False
    return any(
        f.kind == fact.kind and f.type == fact.type and f.value == value and f is not fact
        for f in _by_text(facts).get(fact.sentence.text, [])
    )


def _value_of(fact: Fact, text: str) -> object:
    if fact.kind == FIGURE:
        return number_value(text)
    if fact.type in (YEAR, DECADE):
        digits = re.search(r"\d{4}", text)
        return int(digits.group(0)) if digits else None
    if fact.type == MONTH:
        return MONTHS.index(text) + 1 if text in MONTHS else None
    return None


def _from_article(
    fact: Fact, facts: list[Fact], taken: set[str], full: bool
) -> list[tuple[str, Fact]]:
    """The article's own values of the answer's type and sphere, each with its fact."""
    out: list[tuple[str, Fact]] = []
    seen: set[str] = set()
    for f in _indexed(facts)[2].get(fact.type, []):
        if f.kind == QUOTE or f.type != fact.type or is_nickname(f):
            continue  # (a nickname names someone the article names otherwise)
        if f.kind != fact.kind and (fact.kind != QUOTE or f.kind != ACTOR):
            continue  # a quote's speakers: people named or quoted
        if fact.kind == QUOTE and f.entity is None:
            continue  # a quote's speakers: people the article names
        if fact.type == PERSON and f.entity is not None and not person_choice(f.entity, facts):
            continue  # never a firm the model took for a person ("Dovrefrakt said it ...")
        if f.entity is not None and fact.entity is not None:
            if f.entity is fact.entity or not f.entity.sure:
                continue  # never "Pevensey", a place the model took for a person
            text = f.entity.name if full else _person_form(fact, f.entity.name)
            text = _org_form(fact, f.entity) or text
        else:
            text = f.surface if fact.kind != QUOTE else f.answer
        if text in seen or text.casefold() in taken:
            continue  # (each value judged once: an actor is named many times)
        seen.add(text)
        if _fits(fact, f) and not _kin(fact, f):
            out.append((text, f))
        if len(out) >= MAX_OWN:
            break  # enough to choose from, even in a long article
    return out


def _kin(fact: Fact, f: Fact) -> bool:
    """Whether the person of ``f`` shares a name with the answer: "King" of "Augusta Ada
    King" is no choice for "Lovelace" of "Ada Lovelace"."""
    names = f.entity.names() if f.entity is not None and fact.type == PERSON else set()
    return any(shares_name(fact, n) for n in names)


def _fits(fact: Fact, f: Fact) -> bool:
    """Whether the article's fact ``f`` is of the answer's sphere as well as its type: a
    figure of its unit and scale, a year near it, a place of its continent, a body of its
    sort."""
    if fact.kind == FIGURE:
        if f.unit != fact.unit or _shape(f.surface) != _shape(fact.surface):
            return False  # "35 kilometres" never next to "below 12 degrees"
        if decimals(f.surface) != decimals(fact.surface):
            return False  # "51.9 percent" beside "63 percent" gives the odd one away
        a, b = f.value, fact.value
        return not a or not b or max(a, b) / min(a, b) <= SCALE_WINDOW
    if fact.kind == DATE:  # never 2015 beside 1225, nor a birth date beside a death date
        a, b = _year_in(f.surface), _year_in(fact.surface)
        if (a is None) != (b is None) or f.surface[:1].isdigit() != fact.surface[:1].isdigit():
            return False  # "3 August" never beside "10 December 1815" nor "May 9"
        window = YEAR_WINDOW * (3 if fact.type == DECADE else 1)
        return a is None or b is None or abs(a - b) <= window
    if _side(fact):
        return _side(f)  # the sides the article has play, of any continent
    if fact.type in (COUNTRY, CITY):
        place = gazetteer().lookup(f.answer)
        if place is not None and place.type != fact.type:
            return False
        return same_region(fact.answer, f.answer)
    if fact.type == ORG and f.entity is not None and fact.kind == ACTOR:
        return orgs_alike(fact, f.entity)
    return True


def _side(fact: Fact) -> bool:
    """Whether ``fact`` names a country the article has play: its national side."""
    return fact.entity is not None and fact.entity.team


def _year_in(text: str) -> int | None:
    found = re.search(r"\b(\d{4})s?\b", text)
    return int(found.group(1)) if found else None


def _person_form(fact: Fact, name: str) -> str:
    """A name written like the answer: a surname for a surname."""
    entity = fact.entity
    if (
        fact.type == PERSON
        and entity is not None
        and fact.kind != QUOTE
        and fact.surface != entity.name
        and " " not in fact.surface
    ):
        return surname(name)  # "de Wit", never "Wit"
    return name


def _org_form(fact: Fact, other: Entity) -> str:
    """For an organisation asked by its acronym, the other's acronym ("NATO" next to "OSCE")."""
    if fact.type != ORG or not _is_acronym(fact.surface) or fact.kind == QUOTE:
        return ""
    if _is_acronym(other.name):
        return other.name
    return next((a for a in sorted(other.aliases) if _is_acronym(a)), "")


def _is_acronym(text: str) -> bool:
    return re.fullmatch(r"[A-Z][A-Z&.]{1,7}", text) is not None


def _shape(text: str) -> str:
    """The format of a figure without its number: "N kilometres", "$N million", "W days"."""
    shape = re.sub(r"[0-9][0-9,]*(?:\.[0-9]+)?", "N", text.casefold())
    return re.sub(r"\b(?:" + "|".join(WORDS[2:]) + r")\b", "W", shape)


def _variations(fact: Fact, rng: random.Random) -> list[str]:
    if fact.kind == ACTOR or fact.kind == QUOTE:
        if fact.type == REGION:
            near = gazetteer().regions_like(fact.answer)
            return rng.sample(near, len(near))
        return _places(fact, rng) if fact.type in (COUNTRY, CITY) else []
    if fact.kind == DATE:
        return date_variations(fact, rng)
    if fact.value is None and fact.type != FineType.RACE_TIME and fact.unit != VOTES:
        return []  # a score ("4-2"): asked as a gap only (race times and tallies have kin)
    return figure_variations(fact, rng)


def _places(fact: Fact, rng: random.Random) -> list[str]:
    places = gazetteer()
    found = places.lookup(fact.answer)
    if found is None or not found.country:
        return []
    if fact.type == COUNTRY:
        near = prominent_countries(fact.answer, places.neighbours(found.country))
        return near[:3] + rng.sample(near[3:15], min(len(near[3:15]), 6))
    cities = [c for c in places.cities(found.country) if c != fact.answer][:6]
    country = places.countries.get(found.country)
    capital = [str(country["capital"])] if country else []
    neighbours = [places.countries[c] for c in str(country["neighbours"]).split(",") if c in
                  places.countries] if country else []  # fmt: skip
    return rng.sample(cities, len(cities)) + capital + [str(n["capital"]) for n in neighbours]
