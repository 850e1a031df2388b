"""Questions about several facts at once: timelines (ordering) and matching.

A timeline orders the article's dated events whose dates can be compared
(years, decades, full dates; never two that overlap, such as "1992" and
"the 1990s"). Matching pairs people with the roles the article gives them,
and speakers with their quotes.
"""

from __future__ import annotations

import hashlib

from quizapp.generator.dates import year_span
from quizapp.generator.events import event_phrase
from quizapp.generator.facts import (
    CENTURY,
    DATE,
    DECADE,
    FULL_DATE,
    MONTH_YEAR,
    PERSON,
    QUOTE,
    YEAR,
    Entity,
    Fact,
)
from quizapp.generator.synthesis import GeneratedQuestion

TIMELINE_TYPES = (FULL_DATE, MONTH_YEAR, YEAR, DECADE, CENTURY)  # most precise first
MAX_ITEMS = 6
QUOTE_WORDS = 12


def timeline(facts: list[Fact]) -> GeneratedQuestion | None:
    """Put the article's dated events in order, earliest first."""
    chosen: list[tuple[tuple[float, float], str, Fact]] = []
    for kind in TIMELINE_TYPES:
        for fact in facts:
            if fact.kind != DATE or fact.type != kind:
                continue
            phrase = event_phrase(fact)
            if phrase is None or any(p.casefold() == phrase.casefold() for _, p, _ in chosen):
                continue
            span = year_span(fact)
            if any(a < span[1] and span[0] < b for (a, b), _, _ in chosen):
                continue
            chosen.append((span, phrase, fact))
    if len(chosen) < 3:
        return None
    chosen = sorted(chosen, key=lambda c: c[0])[:MAX_ITEMS]
    items = [phrase for _, phrase, _ in chosen]
    when = "; ".join(f"{f.surface}: {p}" for _, p, f in chosen)
    sources = [f.sentence.text for _, _, f in chosen]
    return GeneratedQuestion(
        kind="ordering",
        prompt="Put these events from the article in the order they happened, earliest first.",
        answer=" → ".join(items), fact_kind=DATE, fact_key=_key("timeline", items),
        source=sources[0], explanation=f"The article dates them: {when}.", choices=items,
        fine_type="timeline", tags=["dates", "timeline"],
    )  # fmt: skip


def match_roles(entities: list[Entity], facts: list[Fact]) -> GeneratedQuestion | None:
    """Match each person to the role the article gives them."""
    names = [e.name for e in entities if e.type == PERSON]
    pairs: list[list[str]] = []
    for e in entities:
        if e.type != PERSON or not e.roles:
            continue
        role = next((r for r in e.roles if not any(_names_in(r, n) for n in names)), None)
        if role is None or any(p[1].casefold() == role.casefold() for p in pairs):
            continue
        pairs.append([e.name, role])
    if len(pairs) < 2:
        return None
    source = _source_of(facts, pairs[0][0])
    if source is None:
        return None
    return GeneratedQuestion(
        kind="matching", prompt="Match each person to their role in the article.",
        answer="; ".join(f"{a} → {b}" for a, b in pairs), fact_kind="actor",
        fact_key=_key("roles", [p[0] for p in pairs]), source=source,
        explanation="The article names them: " + "; ".join(f"{b} {a}" for a, b in pairs) + ".",
        pairs=pairs, fine_type="role", tags=["actors", "roles"],
    )  # fmt: skip


def match_quotes(facts: list[Fact]) -> GeneratedQuestion | None:
    """Match each speaker to one of their quotes."""
    pairs: list[list[str]] = []
    sources = []
    for fact in facts:
        if fact.kind != QUOTE or any(p[0] == fact.answer for p in pairs):
            continue
        words = fact.quote.rstrip(".").split()
        short = " ".join(words[:QUOTE_WORDS]) + ("…" if len(words) > QUOTE_WORDS else "")
        if any(_names_in(short, n) for f in facts if f.entity for n in f.entity.names()):
            continue
        pairs.append([fact.answer, f"“{short}”"])
        sources.append(fact.sentence.text)
    if len(pairs) < 2:
        return None
    return GeneratedQuestion(
        kind="matching", prompt="Match each speaker to what they said.",
        answer="; ".join(f"{a} → {b}" for a, b in pairs), fact_kind=QUOTE,
        fact_key=_key("speakers", [p[0] for p in pairs]), source=sources[0],
        explanation="Each quote is attributed in the article.", pairs=pairs,
        fine_type="speaker", tags=["quotes"],
    )  # fmt: skip


def _names_in(text: str, name: str) -> bool:
    return any(part.casefold() in text.casefold() for part in (name, name.split()[-1]))


def _source_of(facts: list[Fact], name: str) -> str | None:
    """The sentence of the first fact about ``name``; else of the first fact, if any."""
    for f in facts:
        if f.entity is not None and f.entity.name == name:
            return f.sentence.text
    return facts[0].sentence.text if facts else None


def _key(what: str, parts: list[str]) -> str:
    return f"{what}-" + hashlib.sha1("|".join(parts).encode()).hexdigest()[:10]


def acronyms(entities: list[Entity], facts: list[Fact]) -> list[GeneratedQuestion]:
    """ "What does OSCE stand for?" for every organisation named with its acronym."""
    out = []
    for e in entities:
        short = [a for a in e.aliases if a.isupper() and " " not in a and len(a) < len(e.name)]
        if not short or " " not in e.name:
            continue
        source = _source_of(facts, e.name)
        if source is None:  # no sentence to show the learner: no question
            continue
        out.append(
            GeneratedQuestion(
                kind="short_answer",
                prompt=f"What does {short[0]} stand for?",
                answer=e.name,
                fact_kind="actor",
                fact_key=_key("acronym", [e.name]),
                source=source,
                explanation=f"The article writes out {short[0]} as {e.name}.",
                accepted=[f"the {e.name}"],
                fine_type=e.type,
                tags=["actors", "acronyms"],
            )
        )
    return out
