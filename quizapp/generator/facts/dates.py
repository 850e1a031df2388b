"""Dates: years, decades, centuries, months, weekdays, full dates and times.

spaCy's DATE and TIME entities say where a date is; this module reads the
words and gives each a fine type and a normalised value (a year, a
``(year, month, day)`` tuple, a month number...) so dates can be compared
and put in order. A date split by the model ("the fall of" | "2020") is joined
again, and a year written as a bare number after "in" is still found.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from typing import Any

from quizapp.generator import nlp
from quizapp.generator.facts.facts import (
    CENTURY,
    DATE,
    DECADE,
    FULL_DATE,
    MONTH,
    MONTH_YEAR,
    TIME,
    WEEKDAY,
    YEAR,
    Fact,
    Sentence,
)

MONTHS = [m for m in calendar.month_name if m]
WEEKDAYS = list(calendar.day_name)
MONTH_RE = "|".join(MONTHS) + r"|Sept?\.?|Jan\.|Feb\.|Aug\.|Oct\.|Nov\.|Dec\."
YEAR_RE = r"1[0-9]{3}|20[0-9]{2}"
ORD = "(?:st|nd|rd|th)"
YR = YEAR_RE
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (FULL_DATE, re.compile(rf"\b(?P<d>\d{{1,2}}){ORD}? (?:of )?(?P<m>{MONTH_RE}),? (?P<y>{YR})\b")),
    (FULL_DATE, re.compile(rf"\b(?P<m>{MONTH_RE}) (?P<d>\d{{1,2}}){ORD}?, (?P<y>{YEAR_RE})\b")),
    (MONTH_YEAR, re.compile(rf"\b(?P<m>{MONTH_RE}),? (?P<y>{YEAR_RE})\b")),
    # a day and month without a year ("on 3 August", "August 3"): a full date of no year
    (FULL_DATE, re.compile(rf"\b(?P<d>\d{{1,2}}){ORD}? (?:of )?(?P<m>{MONTH_RE})(?![\w.]|,? \d)")),
    (FULL_DATE, re.compile(rf"\b(?P<m>{MONTH_RE}) (?P<d>\d{{1,2}}){ORD}?\b(?!,? \d|\.\d| ?%)")),
    (DECADE, re.compile(r"\b(?P<y>1[0-9]{2}0|20[0-9]0)s\b")),
    (CENTURY, re.compile(r"\b(?P<c>\d{1,2})(?:st|nd|rd|th) century\b", re.I)),
    (YEAR, re.compile(rf"\b(?P<y>{YEAR_RE})\b(?!s)")),
    (MONTH, re.compile(rf"\b(?P<m>{'|'.join(MONTHS)})\b")),
    (WEEKDAY, re.compile(rf"\b(?P<w>{'|'.join(WEEKDAYS)})\b")),
    (TIME, re.compile(r"\b(?P<h>\d{1,2})(?::(?P<min>\d{2}))? ?(?P<ap>[ap]\.?m\.?)(?!\w)", re.I)),
]  # fmt: skip
DAY_BEFORE = re.compile(rf"\b\d{{1,2}}{ORD}? (?:of )?$")
DAY_AFTER = re.compile(rf" \d{{1,2}}{ORD}?\b(?!,? \d)")
TITLES = {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lady", "lord", "president",
          "minister", "premier", "chancellor", "judge", "senator", "governor"}  # fmt: skip
SPEECH = {"say", "tell", "add", "announce", "argue", "write", "insist", "warn", "promise"}
BARE_YEAR_PREPS = {"in", "since", "by", "until", "till", "of", "from", "during", "before", "after"}


def date_facts(sentences: list[Sentence]) -> list[Fact]:
    """Every date in the usable sentences, each with its fine type and value."""
    facts: list[Fact] = []
    for sentence in sentences:
        if sentence.usable:
            facts.extend(_sentence_dates(sentence))
    return [_with_its_year(f, sentences) if f.type == MONTH else f for f in facts]


RELATIVE_MONTH = re.compile(r"\b(?:following|next|last|previous|that|same|each|every)\s+$", re.I)


def _with_its_year(fact: Fact, sentences: list[Sentence]) -> Fact:
    """A month with the one year its sentence gives, or else the nearest sentence before
    it in its paragraph that gives any (up to three back): "In April 2023 the CMA blocked
    it. The EU had cleared it in May": "May 2023" is right too; none for "the following
    May" or where two years are given."""
    text = fact.sentence.text
    if RELATIVE_MONTH.search(text[: fact.start]):
        return fact
    years = set(re.findall(rf"\b(?:{YEAR_RE})\b", text))
    at = next((i for i, s in enumerate(sentences) if s is fact.sentence), 0)
    for before in reversed(sentences[max(0, at - 3) : at]):
        if years or before.span.doc is not fact.sentence.span.doc:
            break
        years = set(re.findall(rf"\b(?:{YEAR_RE})\b", before.text))
    if len(years) != 1:
        return fact
    return replace(fact, aliases=(*fact.aliases, f"{fact.answer} {years.pop()}"))


def _sentence_dates(sentence: Sentence) -> list[Fact]:
    span = sentence.span
    regions = _date_regions(span)
    found: list[Fact] = []
    taken: list[tuple[int, int]] = []
    for start, end in regions:
        text = nlp.text_of(span.doc)[start:end]
        for kind, pattern in PATTERNS:
            for match in pattern.finditer(text):
                a, b = start + match.start(), start + match.end()
                if any(a < y and x < b for x, y in taken):
                    continue
                value = _value(kind, match)
                if value is None or (kind == MONTH and _not_a_month(span.doc, a, b)):
                    continue
                m = start + match.start("m") if "m" in match.groupdict() else a
                if (
                    kind == FULL_DATE
                    and value[0] == 0
                    and _no_date(span.doc, m, start + match.start("d"))
                ):
                    continue  # "Theresa May", "May 3 times"
                taken.append((a, b))
                local = sentence.local(a)
                surface = match.group(0)
                found.append(
                    Fact(
                        DATE,
                        kind,
                        surface,
                        sentence,
                        local,
                        local + len(surface),
                        value=value,
                        aliases=_aliases(kind, surface, nlp.text_of(span.doc), a, start),
                        token=span.doc.char_span(a, b, alignment_mode="expand").root,
                    )
                )
    return sorted(found, key=lambda f: f.start)


def _date_regions(span: Any) -> list[tuple[int, int]]:
    """Character ranges of the sentence's dates: DATE/TIME entities, joined where split."""
    doc = span.doc
    ents = [e for e in nlp.ents(span) if e.label_ in ("DATE", "TIME")]
    regions: list[tuple[int, int]] = []
    for e in ents:
        if regions and nlp.text_of(doc)[regions[-1][1] : e.start_char].strip() in ("", "of", ","):
            regions[-1] = (regions[-1][0], e.end_char)  # "the fall of" + "2020"
        else:
            regions.append((e.start_char, e.end_char))
    text = nlp.text_of(doc)
    for _kind, pattern in PATTERNS[:5]:  # "9 November 1989" typed EVENT or not found at all
        for match in pattern.finditer(text, span.start_char, span.end_char):
            a, b = match.span()
            if not any(x < b and a < y for x, y in regions):
                regions.append((a, b))
            else:
                regions = _widened(regions, a, b)
    for tok in span:  # "in 1992" that the model did not mark
        if (
            re.fullmatch(YEAR_RE, tok.text)
            and tok.i > span.start
            and doc[tok.i - 1].lower_ in BARE_YEAR_PREPS
            and not any(a <= tok.idx < b for a, b in regions)
            and tok.ent_type_ not in ("MONEY", "QUANTITY", "PERCENT")
        ):
            regions.append((tok.idx, tok.idx + len(tok.text)))
    return sorted(regions)


def _widened(regions: list[tuple[int, int]], a: int, b: int) -> list[tuple[int, int]]:
    """The regions with the one that a full date a-b holds widened to it: the model's
    "September 1846" of "the night of 23 September 1846" (its day cut off)."""
    inside = [(x, y) for x, y in regions if a <= x < y <= b]
    if len(inside) != 1 or inside[0] == (a, b):
        return regions
    return [(a, b) if r == inside[0] else r for r in regions]


def _not_a_month(doc: Any, a: int, b: int) -> bool:
    """Whether the month name at ``doc`` characters a-b is a name ("Theresa May", "Ms June
    Carter", "May said ...") or half of a day and month ("29 March": a gap on "March"
    alone would leave the day beside it)."""
    text = nlp.text_of(doc)
    if DAY_BEFORE.search(text[max(0, a - 12) : a]) or DAY_AFTER.match(text[b : b + 6]):
        return True
    return _a_name(doc, a)


def _no_date(doc: Any, month: int, day: int) -> bool:
    """Whether a day and month without a year are something else: the month a name ("Mrs
    May"), the day a count of the noun after it ("May 3 times")."""
    found = doc.char_span(day, day + 1, alignment_mode="expand")
    tok = found[0] if found is not None else None
    if tok is not None and tok.dep_ == "nummod" and tok.head.pos_ == "NOUN" and tok.head.i > tok.i:
        return True
    return _a_name(doc, month)


def _a_name(doc: Any, a: int) -> bool:
    """Whether the month name at ``doc`` character ``a`` is (part of) a name."""
    found = doc.char_span(a, a + 1, alignment_mode="expand")
    if found is None:
        return False
    tok = found[0]
    if tok.ent_type_ in ("PERSON", "ORG"):
        return True
    before = doc[tok.i - 1] if tok.i > 0 else None
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if before is not None and (before.lower_.rstrip(".") in TITLES or _given_name(before)):
        return True  # "Mrs May", "Theresa May"
    if after is not None and after.is_title and after.pos_ == "PROPN" and after.text not in MONTHS:
        return True  # "June Carter"
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_ in SPEECH  # "May said"


def _given_name(tok: Any) -> bool:
    """A capitalised name just before: "Theresa" of "Theresa May" (not "In", "Early")."""
    return bool(tok.pos_ == "PROPN" and tok.is_title and tok.ent_type_ == "PERSON")


def _month_number(name: str) -> int:
    prefix = name.rstrip(".")[:3].lower()
    return [m[:3].lower() for m in MONTHS].index(prefix) + 1


def _value(kind: str, match: re.Match[str]) -> Any:
    g = match.groupdict()
    if kind == FULL_DATE:  # (0, month, day) where the article gives no year
        day, month, year = int(g["d"]), _month_number(g["m"]), int(g.get("y") or 0)
        if not 1 <= day <= calendar.monthrange(year or 2000, month)[1]:
            return None
        return (year, month, day)
    if kind == MONTH_YEAR:
        return (int(g["y"]), _month_number(g["m"]))
    if kind in (YEAR, DECADE):
        return int(g["y"])
    if kind == CENTURY:
        century = int(g["c"])
        return century if 1 <= century <= 21 else None
    if kind == MONTH:
        return _month_number(g["m"])
    if kind == WEEKDAY:
        return WEEKDAYS.index(g["w"])
    if kind == TIME:
        hour = int(g["h"])
        minute = int(g["min"] or 0)
        if not 1 <= hour <= 12 or minute > 59:
            return None
        return (hour % 12 + (12 if g["ap"].lower().startswith("p") else 0), minute)
    return None


def _aliases(kind: str, surface: str, text: str, at: int, region_start: int) -> tuple[str, ...]:
    """Other ways to write the date: "1990s" for "the 1990s", "the fall of 2020" for 2020."""
    before = text[region_start:at].strip()
    out = []
    if before and kind in (YEAR, DECADE, CENTURY):
        out.append(f"{before} {surface}")
        if before.lower().startswith("the "):
            out.append(f"{before[4:]} {surface}")
    if kind == DECADE:
        out.append(f"the {surface}")
    return tuple(dict.fromkeys(out))
