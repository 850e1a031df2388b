"""Vote tallies: "by six votes to four", "by 312 votes to 190", "by a vote of 7-2" (issue 16).

A tally is one figure whose answer needs both sides of the vote, as a match's score does:
the model reads "six votes to four" as two bare numbers ("six" votes, and "four" of
nothing), so the ruling's margin was asked as "how many votes", half of it. It is kept
whole, typed a score with the unit "votes" (so that its question asks "by what vote", see
forms/tally_forms.py), with the other ways to write it as its typed answer's forms ("6-4",
"6 to 4", "six to four"). It has no one value: it is never asked by a number typed.
"""

from __future__ import annotations

import random
import re

from quizapp.generator.facts.facts import FIGURE, SCORE, Fact, Sentence

VOTES = "votes"  # a tally's unit: the mark forms and checks read it by
WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen", "twenty"]  # fmt: skip
_N = rf"\d{{1,3}}(?:,\d{{3}})*|{'|'.join(reversed(WORDS[1:]))}"
# "six votes to four", "312 votes to 190"; "a vote of 7-2", "a 7-2 vote" (the tally alone)
IN_WORDS = re.compile(rf"\b(?P<a>{_N}) votes? to (?P<b>{_N})\b(?![-–]\w)", re.IGNORECASE)
JOINED = re.compile(
    r"(?:\ba vote of |\ba )(?P<a>\d{1,3})\s?[-–]\s?(?P<b>\d{1,3})\b(?![-–]\d)"
    r"(?P<after> (?:majority )?(?:vote|verdict|decision|ruling))?",
    re.IGNORECASE,
)


def tally_facts(sentence: Sentence) -> list[Fact]:
    """The vote tallies of ``sentence``."""
    spans = [(m.start(), m.end()) for m in IN_WORDS.finditer(sentence.text)]
    for found in JOINED.finditer(sentence.text):
        if found.group(0).lower().startswith("a vote of") or found.group("after"):
            spans.append((found.start("a"), found.end("b")))  # not "a 7-2 win": a score
    facts = [_fact(sentence, start, end) for start, end in spans]
    return [f for f in facts if f is not None]


def _fact(sentence: Sentence, start: int, end: int) -> Fact | None:
    surface = sentence.text[start:end]
    numbers = re.findall(rf"\b(?:{_N})\b", surface, re.IGNORECASE)
    first, second = (_number(n) for n in numbers[:2]) if len(numbers) >= 2 else (None, None)
    doc = sentence.span.doc
    span = doc.char_span(sentence.char0 + start, sentence.char0 + end, alignment_mode="expand")
    if first is None or second is None or span is None:
        return None
    votes = [t for t in span if t.lower_.startswith("vote")]  # the tally's noun in the parse
    token = votes[0] if votes else span.root
    aliases = tuple(sorted(set(tally_forms(first, second)) - {surface}))
    return Fact(FIGURE, SCORE, surface, sentence, start, end, aliases=aliases, unit=VOTES,
                token=token)  # fmt: skip


def _number(text: str) -> int | None:
    word = text.lower()
    if word in WORDS:
        return WORDS.index(word)
    digits = word.replace(",", "")
    return int(digits) if digits.isdigit() else None


def tally_forms(first: int, second: int) -> list[str]:
    """Every fair way to write a tally: "7-2", "7–2", "7 to 2", "7 votes to 2", "seven
    votes to two", "seven to two", "312 votes to 190" with and without its comma."""
    a, b = f"{first:,}", f"{second:,}"
    forms = {f"{a}-{b}", f"{a}–{b}", f"{a} to {b}", f"{a} votes to {b}"}
    forms |= {f.replace(",", "") for f in forms}
    if first < len(WORDS) and second < len(WORDS):
        wa, wb = WORDS[first], WORDS[second]
        forms |= {f"{wa} votes to {wb}", f"{wa} to {wb}", f"{wa}-{wb}"}
    return sorted(forms)


def tally_variations(fact: Fact, rng: random.Random) -> list[str]:
    """Wrong tallies written like the answer, of the same number of votes cast and the same
    side ahead: "six votes to four" -> "seven votes to three", "eight votes to two" (a
    tally of another total would say the body has another size)."""
    numbers = re.findall(rf"\b(?:{_N})\b", fact.surface, re.IGNORECASE)
    values = [v for v in (_number(n) for n in numbers[:2]) if v is not None]
    if len(values) != 2:
        return []
    first, second = values
    total, step = first + second, max(1, round(0.04 * (first + second)))
    ahead = first > second
    out = []
    for k in rng.sample(range(-6, 7), 13):
        a = first + k * step
        if k == 0 or a < 0 or total - a < 0 or (a > total - a) != ahead or a == total - a:
            continue
        out.append(_written_like(fact.surface, numbers[:2], (a, total - a)))
    return out


def _written_like(surface: str, numbers: list[str], values: tuple[int, int]) -> str:
    """``surface`` with its two numbers replaced by ``values``, in words where it has words."""
    out, rest = "", surface
    for written, value in zip(numbers, values, strict=True):
        cut = re.search(rf"\b{re.escape(written)}\b", rest)
        if cut is None:
            return surface
        word = WORDS[value] if written.isalpha() and value < len(WORDS) else f"{value:,}"
        if not written.isalpha() and "," not in written:
            word = str(value)
        out, rest = out + rest[: cut.start()] + word, rest[cut.end() :]
    return out + rest
