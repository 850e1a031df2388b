"""Answer leaks: a question whose own words give its answer away, checked before it is kept.

Each rule names what gives the answer away, from the rubric's "trivial or answer leaked"
family (``../shared/notes/question-quality.md``):

- a count that the list right after it spells out: "___ small streams, the Ostra and the
  Pell" is two, "___ main branches, the Kella, the Dorn and the Sarra" three;
- a place beside the gap that narrows the choices to one: "retired to ___, England" offered
  with cities of other countries, "in Lyon, ___" for France, "in Notting Hill, ___" for
  London (a place right after a smaller one that lies in it: district, city, region, country);
- the answer's adjective elsewhere in the prompt where the two share no stem: "the Flemish
  army" for Flanders, "the French fleet" for France;
- a figure given again in brackets beside the gap, in another unit: "___ (about 40 miles)",
  "40 miles (___ kilometres)";
- a second figure of the answer's unit in a question (not a gap-fill): "By what percentage
  did shares rise ... before closing up 5.1 percent?" has two answers and gives one away.

The checks read what the learner sees (the prompt), never the whole sentence: a list cut
off by "…" gives nothing away.

Measured on the 21 sheets' articles (Nov 2026): of 841 candidate questions, one is refused
(a count of two streams named right after the gap), and it is the one question of the 21
sheets that changes; the other families came from articles outside the repo.
"""

from __future__ import annotations

import re

from quizapp.generator.checks.conversions import HEDGE
from quizapp.generator.facts.facts import CITY, COUNT, COUNTRY, DATE, FIGURE, REGION, Fact
from quizapp.generator.facts.gazetteer import gazetteer
from quizapp.generator.synthesis import GeneratedQuestion
from quizapp.questiondata import QuestionKind

# Kinds whose prompt holds the answer by design (a statement, items to order or match)
SHOWS_ANSWER = (QuestionKind.TRUE_FALSE, QuestionKind.ORDERING, QuestionKind.MATCHING)
# One item of a list of names: "the Brigach", "St George", "Lake of the Woods"
ITEM = r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+|de\s+|the\s+)?[A-Z][\w'’.-]*)*"
LIST = re.compile(rf"{ITEM}(?:\s*,\s*{ITEM})*\s*,?\s+(?:and|or)\s+{ITEM}")
# The gap (or "how many"), up to five words of its noun, then a comma, colon, dash or bracket
COUNTED = re.compile(r"(?:___|\b[Hh]ow many\b)(?:\s+[\w-]+){0,5}?\s*[,:(—–]\s*")
# A figure in brackets right after the gap, or the gap in brackets right after a figure
FIGURE_AFTER_GAP = re.compile(
    rf"___(?:\s+[a-z]+){{0,2}}\s*\(\s*(?:{HEDGE}\s*)?[A-Z]{{0,3}}[$€£¥]?\d"
)
IN_BRACKETS = re.compile(r"\d[\d,.]*\s*(?:[a-zA-Z%]+\s*){0,2}\((?:[^()]*\s)?___")
# How big a place is: a place after a smaller one that lies in it is given away by it
RANKS: dict[str, int] = {CITY: 1, REGION: 2, COUNTRY: 3}
PLACE_PREPOSITIONS = "in|at|near|from|outside|of|to|into"
# The nations of the United Kingdom, which the gazetteer does not list as countries
NATIONS = {"England": "GB", "Scotland": "GB", "Wales": "GB", "Northern Ireland": "GB"}
# Adjectives of places that share no stem with the name ("French" and "France"): the
# regular ones ("German", "Armenian") the checks' stem rule finds already
ADJECTIVES = {
    "France": ("French",), "Flanders": ("Flemish",), "Netherlands": ("Dutch",),
    "Holland": ("Dutch",), "Wales": ("Welsh",), "Spain": ("Spanish", "Spaniard"),
    "Denmark": ("Danish", "Dane", "Danes"), "Sweden": ("Swedish", "Swede", "Swedes"),
    "Switzerland": ("Swiss",), "Britain": ("British", "Briton", "Britons"),
    "United Kingdom": ("British",), "Great Britain": ("British",), "England": ("English",),
    "Scotland": ("Scottish", "Scots"), "Ireland": ("Irish",), "Finland": ("Finnish", "Finn"),
    "Poland": ("Polish", "Pole", "Poles"), "Turkey": ("Turkish", "Turk", "Turks"),
    "Greece": ("Greek", "Greeks"), "Portugal": ("Portuguese",), "China": ("Chinese",),
    "Japan": ("Japanese",), "Vietnam": ("Vietnamese",), "Lebanon": ("Lebanese",),
    "Sudan": ("Sudanese",), "Thailand": ("Thai",), "Philippines": ("Filipino", "Philippine"),
    "Madagascar": ("Malagasy",), "Monaco": ("Monegasque",), "Cornwall": ("Cornish",),
    "Brittany": ("Breton",), "Catalonia": ("Catalan",), "Wallonia": ("Walloon",),
    "Kurdistan": ("Kurdish", "Kurd", "Kurds"), "Iceland": ("Icelander",),
    "Peru": ("Peruvian",), "Saxony": ("Saxon",), "Yemen": ("Yemeni",), "Iraq": ("Iraqi",),
    "Israel": ("Israeli",), "Pakistan": ("Pakistani",), "Bangladesh": ("Bangladeshi",),
    "Cyprus": ("Cypriot",), "Argentina": ("Argentine",),
}  # fmt: skip


def answer_leaks(q: GeneratedQuestion, fact: Fact) -> list[str]:
    """How the prompt of ``q`` gives the answer of ``fact`` away (empty when it does not)."""
    if q.kind in SHOWS_ANSWER:
        return []
    found = []
    if fact.type == COUNT and listed_after(q.prompt, fact.value):
        found.append("the list after the gap counts the answer")
    if narrowed_by_place(q, fact):
        found.append("a place beside the gap narrows the choices to one")
    if adjective_of_answer(q.prompt, {fact.answer, *fact.aliases}):
        found.append("the answer's adjective stands in the prompt")
    if fact.kind in (FIGURE, DATE) and converted(q.prompt):
        found.append("a figure in brackets beside the gap gives it in another unit")
    if fact.kind == FIGURE and q.kind != QuestionKind.CLOZE and second_figure(q.prompt, fact):
        found.append("another figure of the answer's unit in the question makes two answers")
    return found


def second_figure(prompt: str, fact: Fact) -> bool:
    """Whether a question asking for a figure holds another figure of the same unit: "By
    what percentage did shares rise in early trading before closing up 5.1 percent?" (the
    answer 7.8, the intraday high) reads as asking either, and gives the other away."""
    found = re.search(r"\d[\d.,]*\s*([A-Za-z%][\w\s%-]*)$", fact.surface)
    unit = found.group(1).strip() if found else ""  # "as much as 7.8 percent": "percent"
    if not unit:
        return False
    end = "" if unit == "%" else r"\b"
    # "improve to ___ from 10.1 percent": a change's other end, named as such, is no rival
    other = rf"(?<!\bfrom )(?<!\bto )(?<!\bthan )(?<![\d.,])\b\d[\d.,]*\s*{re.escape(unit)}{end}"
    return bool(re.search(other, prompt))


def listed_after(prompt: str, value: object) -> bool:
    """Whether the names listed right after the gap (or after "how many ...") are as many as
    the count: "___ small streams, the Ostra and the Pell" (two)."""
    try:
        count = int(float(str(value)))
    except ValueError:
        return False
    for anchor in COUNTED.finditer(prompt):
        found = LIST.match(prompt, anchor.end())
        if found is not None and len(_items(found.group())) == count:
            return True
    return False


def _items(listed: str) -> list[str]:
    parts = re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", listed)
    return [p for p in parts if p.strip()]


def narrowed_by_place(q: GeneratedQuestion, fact: Fact) -> bool:
    """Whether a place beside the gap gives the answer: "retired to ___, England" among
    cities of other countries; "in Lyon, ___" for France (the city names its country)."""
    places = gazetteer()
    after = re.search(r"___,\s+([A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2})", q.prompt)
    if after is not None and q.choices and fact.type in (CITY, REGION):
        words = after.group(1).split()
        code = next((c for n in (3, 2, 1) if (c := _country_code(" ".join(words[:n])))), "")
        if code:
            others = [places.lookup(c) for c in q.choices if c != q.answer]
            return any(p is not None and p.country != code for p in others)
    return within_place(q.prompt, fact)


def within_place(prompt: str, fact: Fact) -> bool:
    """Whether the gap comes right after a smaller place that lies in the answer: a city
    after its district ("in Notting Hill, ___" for London), a region or a country after
    its city ("Lyon, ___" for France). A place the gazetteer does not know counts as a
    district where a preposition of place puts it ("in Notting Hill"); a list of places
    ("Paris, ___ and Rome") is no chain."""
    places = gazetteer()
    before = re.search(
        rf"(?:\b(?P<prep>{PLACE_PREPOSITIONS})\s+)?(?:the\s+)?"
        r"(?P<name>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}),\s+___(?P<list>\s+(?:and|or)\b)?",
        prompt,
    )
    answer = places.lookup(fact.answer)
    rank = RANKS.get(answer.type if answer is not None else fact.type, 0)
    if fact.answer in NATIONS:
        rank = RANKS[COUNTRY]
    if before is None or not rank or before.group("list"):
        return False
    code = _country_code(fact.answer) or (answer.country if answer is not None else "")
    words = before.group("name").split()
    for n in (1, 2, 3):
        place = places.lookup(" ".join(words[-n:]))
        if place is not None and place.type in RANKS:
            # "Manchester, ___" for England, "Lyon, ___" for France, "Leeds, ___" for a region
            return RANKS[place.type] < rank and (not code or place.country == code)
    return before.group("prep") is not None  # "in Notting Hill, ___" for London


def _country_code(name: str) -> str:
    """The country code of a country, a UK nation or a US state called ``name``."""
    if name in NATIONS:
        return NATIONS[name]
    place = gazetteer().lookup(name)
    return place.country if place is not None and place.type in (COUNTRY, REGION) else ""


def adjective_of_answer(prompt: str, answers: set[str]) -> bool:
    """Whether the adjective of a place among the answers (or of the place a name ends on)
    stands in the prompt: "the Flemish army of Count Baldwin of ___" for Flanders, "the
    Flemish army of ___" for Count Baldwin of Flanders."""
    places = {a.removeprefix("the ") for a in answers} | {a.split(" of ")[-1] for a in answers}
    for place in places:  # "Count Baldwin of Flanders" is of Flanders
        for adjective in ADJECTIVES.get(place, ()):
            if re.search(rf"(?<!\w){re.escape(adjective)}(?!\w)", prompt):
                return True
    return False


def converted(prompt: str) -> bool:
    """Whether the figure asked is given in brackets in another unit: "___ (about 40
    miles)", "40 miles (___ km)"."""
    return FIGURE_AFTER_GAP.search(prompt) is not None or IN_BRACKETS.search(prompt) is not None
