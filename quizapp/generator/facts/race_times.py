"""Times of a race: "won in 2:05:41", "a halfway split of 62:31", "ran 3:43.1".

A winner's time, a split or a record written as hours:minutes:seconds or
minutes:seconds is a fact of a sports report. spaCy types it a bare number (so it
was lost with the numbers that count nothing). It is kept as written, with its
length in seconds for the wrong choices, which are nearby times in the same format
("2:05:12", "2:06:03"), never a clock time ("at 14:30").
"""

from __future__ import annotations

import random
import re

from quizapp.generator.facts.facts import FIGURE, Fact, Sentence
from quizapp.questiondata import FineType

RACE_TIME = FineType.RACE_TIME
TIME_RE = re.compile(
    r"(?<![\d:.,/])(?:(?P<h>\d{1,2}):)?(?P<m>\d{1,3}):(?P<s>[0-5]\d)(?:\.(?P<f>\d{1,2}))?"
    r"(?![\d:]|\.\d|\s*(?:[ap]\.?m\b|GMT|UTC|CET|local|hours?\b|h\b))",
    re.IGNORECASE,
)
# the same in words: "2 hours, 5 minutes and 41 seconds", "3 minutes 43 seconds"
WORDS_RE = re.compile(
    r"\b(?:(?P<h>\d{1,2}) hours?,? )?(?P<m>\d{1,2}) minutes?,? (?:and )?(?P<s>[0-5]?\d) seconds?\b"
)
CLOCK_BEFORE = re.compile(r"\b(?:at|from|until|till|by|before|after|between|and)\s+$", re.I)
RACE_NEAR = re.compile(
    r"\b(?:race\w*|marathon|run\w*|ran|split|clock\w*|finish\w*|record\w*|laps?|won|wins?|"
    r"winn\w+|halfway|seconds?|minutes?|time|sprint\w*|swim\w*|cycl\w*|ahead|behind|stage)\b",
    re.IGNORECASE,
)


def race_time_facts(sentence: Sentence) -> list[Fact]:
    """The race times of ``sentence``: h:mm:ss always, m:ss beside a race's words and
    not after "at" or "from" (a clock time)."""
    out = []
    text = sentence.text
    spelt = list(WORDS_RE.finditer(text))
    for found in sorted([*TIME_RE.finditer(text), *spelt], key=lambda m: m.start()):
        hours = found.group("h")
        if found not in spelt and hours is None and not _a_race_time(text, found):
            continue
        if found not in spelt and hours and CLOCK_BEFORE.search(text[: found.start()][-12:]):
            continue
        start, end = found.span()
        root = sentence.root_at(start, end)
        if root is None:
            continue
        # no value: the time is asked as written, never as a bare number of seconds
        forms = _other_forms(found)
        out.append(
            Fact(FIGURE, RACE_TIME, found.group(), sentence, start, end, aliases=forms,
                 token=root)
        )  # fmt: skip
    return out


def _other_forms(found: re.Match[str]) -> tuple[str, ...]:
    """Other ways to write the time: "2:05:41" for "2 hours, 5 minutes and 41 seconds",
    and "2 hours 5 minutes 41 seconds", "2h 05m 41s" for "2:05:41"."""
    h, m, sec = (int(found.group(k) or 0) for k in ("h", "m", "s"))
    if _fraction(found):
        return ()
    digits = f"{h}:{m:02d}:{sec:02d}" if found.group("h") else f"{m}:{sec:02d}"
    hours = f"{h} hours " if found.group("h") else ""
    out = {digits, f"{hours}{m} minutes {sec} seconds".replace(" 1 minutes", " 1 minute")}
    if found.group("h"):
        out.add(f"{h}h {m:02d}m {sec:02d}s")
    out.discard(found.group())
    return tuple(sorted(out))


def _a_race_time(text: str, found: re.Match[str]) -> bool:
    if int(found.group("m")) > 59 and found.group("f") is None and len(found.group("m")) > 2:
        return False  # "120:30" is no way to write a time
    if CLOCK_BEFORE.search(text[: found.start()][-12:]):
        return False  # "at 14:30", "from 9:00"
    near = text[max(0, found.start() - 60) : found.end() + 40]
    return RACE_NEAR.search(near) is not None


def seconds(written: str) -> float | None:
    """The length of a race time in seconds: "2:05:41" is 7541, "62:31" is 3751."""
    found = TIME_RE.fullmatch(written.strip()) or WORDS_RE.fullmatch(written.strip())
    if found is None:
        return None
    hours = int(found.group("h") or 0)
    fraction = float(f"0.{_fraction(found)}") if _fraction(found) else 0.0
    return hours * 3600 + int(found.group("m")) * 60 + int(found.group("s")) + fraction


def race_time_variations(fact: Fact, rng: random.Random) -> list[str]:
    """Nearby times written like the answer: "2:05:41" -> "2:05:12", "2:06:03" (within about
    1.5 %, never the same time), in random order."""
    written = fact.answer
    total = seconds(written)
    found = TIME_RE.fullmatch(written.strip()) or WORDS_RE.fullmatch(written.strip())
    if total is None or found is None:
        return []
    low, high = max(2, round(total * 0.002)), max(6, round(total * 0.015))
    offsets = [k for k in range(-high, high + 1) if abs(k) >= low]
    out: list[str] = []
    for offset in rng.sample(offsets, len(offsets)):
        text = _written(total + offset, found)
        if re.search(r"\b0 \w", text):
            continue  # "2 hours, 22 minutes and 0 seconds" is no one's way to write it
        if text not in out and text != written and total + offset > 0:
            out.append(text)
        if len(out) >= 8:
            break
    return out


def _fraction(found: re.Match[str]) -> str:
    return (found.group("f") or "") if "f" in found.re.groupindex else ""


def _written(total: float, like: re.Match[str]) -> str:
    """``total`` seconds in the format of ``like`` (h:mm:ss, m:ss, m:ss.f or in words)."""
    whole = int(total)
    if like.re is WORDS_RE:
        return _in_words(whole, like)
    fraction = f".{_fraction(like)}" if _fraction(like) else ""
    if like.group("h") is not None:
        hours, rest = divmod(whole, 3600)
        minutes = f"{rest // 60:02d}" if len(like.group("m")) == 2 else str(rest // 60)
        return f"{hours}:{minutes}:{rest % 60:02d}{fraction}"
    return f"{whole // 60}:{whole % 60:02d}{fraction}"


def _in_words(whole: int, like: re.Match[str]) -> str:
    """ "2 hours, 5 minutes and 41 seconds" with other numbers (the words as written)."""
    hours, rest = divmod(whole, 3600) if like.group("h") else (0, whole)
    values = {"h": hours, "m": rest // 60, "s": rest % 60}
    text, shift = like.group(), like.start()
    for key in ("s", "m", "h"):  # from the end, so the earlier spans stay put
        if like.group(key) is None:
            continue
        a, b = like.start(key) - shift, like.end(key) - shift
        text = text[:a] + str(values[key]) + text[b:]
    text = re.sub(r"\b1 (hour|minute|second)s\b", r"1 \1", text)
    return re.sub(r"\b(\d*[02-9]|\d{2,}) (hour|minute|second)\b", r"\1 \2s", text)
