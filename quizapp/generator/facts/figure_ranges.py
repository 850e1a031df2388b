"""Ranges: "between 22 and 55 kilograms", "3,000 to 4,500 metres", "between 4,000 and 6,500
snow leopards" (issue 16).

A range is one fact whose answer needs both ends: its key is the range as written ("between
22 and 55 kilograms") with the other ways to write it ("22 to 55 kilograms", "22-55 kg"
is read by the grader as "22-55 kilograms"); it has no one value, so it is never asked by a
number typed (whose key is one number) nor by choices. The model splits such a span into
two entities ("between 22" a date, "55 kilograms" a measure); the figures inside a range
are not facts of their own.

Only numbers written in digits with a unit or a counted noun after the second are read: "two
or three cubs" and "from 5 to 7 per cent" (a change) are not ranges; years ("1914 to 1918")
are dates.
"""

from __future__ import annotations

import re

from quizapp.generator.facts.facts import COUNT, DURATION, FIGURE, QUANTITY, Fact, Sentence
from quizapp.generator.facts.figure_units import MEASURE_UNITS, TIME_UNITS

_NUM = r"\d[\d,]*(?:\.\d+)?"
RANGE = re.compile(rf"\b(?:between\s+)?({_NUM})\s+(and|to)\s+({_NUM})\b(?!\s*(?:%|per ?cent))")
YEAR = re.compile(r"1\d{3}|20\d{2}")
# what stands before a range's second end: "between 5 and "
SECOND_END = re.compile(rf"\bbetween\s+\S*{_NUM}\S*\s+and\s+$", re.IGNORECASE)


def range_facts(sentence: Sentence) -> list[Fact]:
    """Every range of the sentence with a unit or a counted noun after its second end."""
    out = []
    text = sentence.text
    for found in RANGE.finditer(text):
        low, word, high = found.group(1), found.group(2), found.group(3)
        between = found.group(0).lower().startswith("between")
        if between != (word == "and"):
            continue  # "between 4 to 6", "won 4 and lost 6"
        if re.search(r"\bfrom\s+$", text[: found.start()]) or YEAR.fullmatch(low):
            continue  # "rose from 5 to 7": a change; "1914 to 1918": years
        a, b = _number(low), _number(high)
        if a is None or b is None or not a < b:
            continue
        fact = _fact(sentence, found.start(), found.end())
        if fact is not None:
            out.append(fact)
    return out


def range_end(fact: Fact) -> bool:
    """Whether the figure is the second end of a range no range fact holds ("between 5 and
    7 shillings a kilogram"): 7 is not the figure, and "how many shillings" would key it."""
    return SECOND_END.search(fact.sentence.text[: fact.start]) is not None


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def _fact(sentence: Sentence, start: int, end: int) -> Fact | None:
    """The range from ``start`` with its unit ("kilograms") or counted noun ("snow leopards")."""
    span = sentence.span
    doc = span.doc
    last = sentence.char0 + end
    after = [t for t in span if t.idx >= last]
    if not after:
        return None
    nxt = after[0]
    number = next((t for t in span if t.idx < last <= t.idx + len(t.text)), None)
    if number is None:
        return None
    unit = ""
    if MEASURE_UNITS.fullmatch(nxt.text):
        kind, stop, token, unit = QUANTITY, nxt.i + 1, nxt, nxt.text
    elif nxt.lemma_.lower() in TIME_UNITS and nxt.tag_ == "NNS":
        kind, stop, token = DURATION, nxt.i + 1, nxt
        unit = nxt.text
    else:
        if number.dep_ == "conj":
            number = number.head  # "4,000 and 6,500 snow leopards": the first counts
        noun = number.head
        while noun.dep_ == "compound" and noun.head.i > noun.i:
            noun = noun.head  # "6,500 snow leopards"
        if noun.tag_ != "NNS" or noun.i < nxt.i or number.dep_ != "nummod":
            return None
        words = doc[nxt.i : noun.i + 1]
        if any(t.dep_ not in ("amod", "compound") for t in words[:-1]) or noun.i > nxt.i + 2:
            return None
        kind, stop, token, unit = COUNT, nxt.i, number, words.text
    stop_char = doc[stop - 1].idx + len(doc[stop - 1].text) - sentence.char0
    surface = sentence.text[start:stop_char]
    return Fact(
        FIGURE,
        kind,
        surface,
        sentence,
        start,
        stop_char,
        value=None,
        aliases=_aliases(surface, unit),
        unit=unit,
        token=token,
    )


def _aliases(surface: str, unit: str) -> tuple[str, ...]:
    """ "22 to 55 kilograms", "22-55 kilograms", "22 to 55" of "between 22 and 55
    kilograms": both ends, never one."""
    found = RANGE.match(surface)
    if found is None:
        return ()
    low, high = found.group(1), found.group(3)
    rest = surface[found.end() :].strip()
    if unit and not rest:
        rest = unit
    out = set()
    for a, b in ((low, high), (low.replace(",", ""), high.replace(",", ""))):
        for joined in (f"{a} to {b}", f"{a}-{b}", f"between {a} and {b}"):
            out |= {joined, f"{joined} {rest}".strip()}
    out.discard(surface)
    return tuple(sorted(out))
