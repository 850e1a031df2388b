"""Checking a learner's answer, and turning a checked answer into an FSRS rating.

Responses by kind: a ``str`` for multiple_choice, true_false, short_answer,
numeric and cloze; a ``list[str]`` (the items in the learner's order) for
ordering; a ``dict[left, right]`` for matching. Flashcards are graded by the
learner (a typed answer, if any, is checked like a short answer).

Typed answers (short_answer, cloze) are compared after normalising: case,
accents, punctuation, extra spaces and a leading "the/a/an" do not count. Then
small typos are forgiven, by the edit distance between the normalised texts
(rapidfuzz's optimal string alignment: a letter added, dropped, changed, or two
neighbours swapped count one each), allowed by the length of the expected answer:

==================  ===================
expected length     typos allowed
==================  ===================
1-3 characters      none
4-7                 1
8-15                2
16 and more         15 % of the length
==================  ===================

Digits must always match exactly ("1994" is not "1995", "1990" not "1990s"), and so must
words a letter apart that mean another thing ("million"/"billion", "east"/"west",
"men"/"women"); a country's name is no typo of another's ("Iraq" for "Iran"), nor a short
name's slip another name ("Vida" for "Vidal", :mod:`~quizapp.study.answer_slips`), nor
another currency ("$340 million" for "£340 million"). Other ways of writing the same answer
are right (see :mod:`quizapp.study.answer_forms`): number words and digits, "%" and
"percent", a date in another order or in digits, an amount with a currency sign or a scale
("£410m"), a unit written short, an acronym for its expansion and the reverse, initials for
some words of a name ("U.S. Geological Survey"), a hedge before a number the key gives
("around 1450", "c. 1450"), a title before a name ("Ms Natarajan", "Earl Tostig") or none
where the key has one ("Elizabeth II", "Kagame" for "President Kagame"; "Paul Kagame" only
as an accepted answer), an ordinal ("3rd", "third", "the 101st minute" for 101st), a decade
in words ("the nineties"), a two-word unit written short ("sq km", "mph", "°C"), "2 times"
or "double" for "twice", a score in words ("two-one"), a weekday short ("Sat"), British or
American spelling ("Program", "Center"), a cloze answer typed with the words beside the gap
("Nazca plate" for "the ___ plate"), a short answer typed with or without the word the
question asks for ("Lake Baikal" or "Baikal" for "Which lake ...?"). With as many words as
the key, each word is allowed its own typos only ("Geological Society" is not "Survey"). A
role before a person's name ("CEO Ingrid Solberg", :mod:`~quizapp.study.answer_roles`), a
currency code for the key's word ("NOK 1.84 billion" for crowns) and "half a billion"
(:mod:`~quizapp.study.answer_amounts`), a range in another form ("4000-6500", never one end
alone), a bound in another word ("over" for "above"), a share in words ("three quarters" for
75%), a count with its noun ("4 terraces"), a shared head written out ("Central Asia and
South Asia", :mod:`~quizapp.study.answer_phrasing`), a city with its country ("Stockholm,
Sweden"), a place without its generic head or with its compass adjective ("Southern
Caucasus", :mod:`~quizapp.study.answer_places`), a country's ISO code ("NZ"), a
date with its preposition ("in March"), a people's adjective for its noun ("Danish" for
"Danes", :mod:`~quizapp.study.answer_demonyms`), a person's name with its body or role
after it ("Halima Wekesa of Lakeshore Grain Traders", :mod:`~quizapp.study.answer_roles`),
a number restated in brackets ("seven (7)") or typed with its hyphen-joined neighbour
("5-wicket" for "his ___-wicket haul") are right too. Numeric answers accept
"120,000", "120 000", "120000", "1.5", "1,5", "3.2 million" and a leading or trailing unit
or currency sign, and are right within the question's tolerance.

:func:`auto_rating` maps a checked answer to an FSRS rating: wrong is Again;
right is Good, Hard when slower than the kind's "slow" time, Easy when faster
than its "fast" time (seconds, see :data:`SPEED`).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from fsrs import Rating
from rapidfuzz.distance import OSA

from quizapp.questiondata import FineType, QuestionData, QuestionKind
from quizapp.study.answer_amounts import currency_clash
from quizapp.study.answer_demonyms import same_people
from quizapp.study.answer_forms import (
    canonical,
    fold,
    same_answer,
    scale_clash,
    without_hedge,
    without_title,
    words_value,
)
from quizapp.study.answer_names import (
    country_names,
    other_names,
    person_question,
    surname_keys,
    untagged_person,
    untitled_keys,
    without_prompt_words,
)
from quizapp.study.answer_numbers import parse_number
from quizapp.study.answer_phrasing import rephrased, restated, without_period_head
from quizapp.study.answer_places import country_code_of, load_place_names
from quizapp.study.answer_ranges import single_end
from quizapp.study.answer_roles import name_before_qualifier
from quizapp.study.answer_slips import name_slip_ok, names_question
from quizapp.study.answer_spellings import CONTRASTS, respell
from quizapp.study.english_words import english_words

# kind -> (fast, slow) in seconds: right answers faster than "fast" rate Easy, slower
# than "slow" rate Hard, anything between rates Good.
SPEED: dict[str, tuple[float, float]] = {
    QuestionKind.TRUE_FALSE: (3, 10),
    QuestionKind.MULTIPLE_CHOICE: (5, 15),
    QuestionKind.FLASHCARD: (4, 15),
    QuestionKind.SHORT_ANSWER: (8, 25),
    QuestionKind.CLOZE: (8, 25),
    QuestionKind.NUMERIC: (10, 30),
    QuestionKind.ORDERING: (15, 45),
    QuestionKind.MATCHING: (20, 60),
}
_DIGITS = re.compile(r"\d+(?:s\b)?")  # "1990s" is not "1990"
_SPACES = re.compile(r"\s+")
_MILLIONS = re.compile(r"\d\s*(?:m|mn)\b", re.IGNORECASE)
_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")  # "Co-operation" is one word, "Cooperation"


@dataclass(frozen=True)
class Verdict:
    """The outcome of checking one answer."""

    correct: bool
    exact: bool
    expected: str  # the right answer as the learner should see it
    note: str = ""  # e.g. "accepted: the exact answer is Paris"


def check_answer(question: QuestionData, response: Any) -> Verdict:
    """Whether ``response`` answers ``question`` (forms per kind in the module docstring)."""
    checker = _CHECKERS.get(question.kind)
    if checker is None:
        raise ValueError(f"unknown question kind {question.kind!r}")
    return checker(question, response)


def warm_up() -> None:
    """Load the word and place lists typed answers are graded with (the first typed answer
    would otherwise wait for them): call it once off the GUI thread after start-up."""
    english_words()
    country_names()
    load_place_names()


def expected_text(question: QuestionData) -> str:
    """The right answer of ``question`` in display form."""
    kind = question.kind
    if kind == QuestionKind.TRUE_FALSE:
        return question.answer.capitalize()
    if kind == QuestionKind.ORDERING:
        return " → ".join(question.choices or [])
    if kind == QuestionKind.MATCHING:
        return "; ".join(f"{left} → {right}" for left, right in question.pairs or [])
    if kind == QuestionKind.NUMERIC and question.tolerance:
        return f"{question.answer} (± {_plain_number(question.tolerance)})"
    return question.answer


def auto_rating(kind: str, correct: bool, duration_ms: int) -> int:
    """The FSRS rating (1-4) of an auto-graded answer, from correctness and speed."""
    if not correct:
        return int(Rating.Again)
    fast, slow = SPEED.get(kind, (5, 20))
    seconds = duration_ms / 1000
    if seconds > slow:
        return int(Rating.Hard)
    if seconds < fast:
        return int(Rating.Easy)
    return int(Rating.Good)


# --- per kind -------------------------------------------------------------------


def _choice(q: QuestionData, response: Any) -> Verdict:
    given = _text(response)
    exact = given == q.answer.strip()
    correct = exact or fold(given) == fold(q.answer)
    return Verdict(correct, exact, expected_text(q))


def _true_false(q: QuestionData, response: Any) -> Verdict:
    given = fold(_text(response))
    given = {"t": "true", "yes": "true", "f": "false", "no": "false"}.get(given, given)
    correct = given == q.answer
    return Verdict(correct, correct, expected_text(q))


def _typed(q: QuestionData, response: Any) -> Verdict:
    given = _text(response)
    keys = [a for a in [q.answer, *q.accepted] if a.strip()]
    expected = expected_text(q)
    if not given:
        return Verdict(False, False, expected)
    if currency_clash(canonical(given), canonical(q.answer)) or scale_clash(given, q.prompt):
        return Verdict(False, False, expected)  # "$340 million" for "£340 million"
    if single_end(given, q.answer):
        return Verdict(False, False, expected)  # "4000" for "between 4,000 and 6,500"
    keys = [k for k in keys if not single_end(k, q.answer)]
    verdict = _typed_against(q, given, keys)
    if verdict.correct:
        return verdict
    if any(rephrased(given, k, same_answer) for k in keys) or _another_word(q, given, keys):
        return Verdict(True, False, expected, f"accepted: the exact answer is {q.answer}")
    # "Elizabeth II" or "Kagame" for "Queen Elizabeth II" or "President Kagame";
    # "Lake Baikal" or "Baikal" for "Which lake ...?": the prompt's own words may be typed
    # with the answer or left out of it.
    typed = [given, without_period_head(given, q.answer), restated(given, same_answer)]
    if person_question(q):  # "Halima Wekesa of Lakeshore Grain Traders"
        typed.append(name_before_qualifier(given) or given)
    others = [k for k in [*untitled_keys(keys), *surname_keys(keys)] if k not in keys]
    if q.kind == QuestionKind.SHORT_ANSWER:
        typed.append(without_prompt_words(given, q.prompt))
        others += [without_prompt_words(k, q.prompt, key=True) for k in keys]
    pairs = [
        (t, k)
        for t in dict.fromkeys(typed)
        for k in dict.fromkeys([*keys, *others])
        if t != given or k not in keys  # (given, a key) was checked above
    ]
    for form, candidate in [*pairs, *other_names(q, given, keys)]:
        if _typed_against(q, form, [candidate]).correct:
            return Verdict(True, False, expected, f"accepted: the exact answer is {q.answer}")
    return verdict


def _another_word(q: QuestionData, given: str, keys: list[str]) -> bool:
    """ "Danish" for "Danes" (never for a person's name: "Evan" is not "Evans"); "NZ" for
    "New Zealand", and "New Zealand" for a country's key "NZ"."""
    if not person_question(q) and any(same_people(given, k) for k in keys):
        return True
    if any(country_code_of(given, k) for k in keys):
        return True
    country = FineType.COUNTRY in {t.casefold() for t in q.tags}
    return country and any(country_code_of(k, given) for k in keys)


def _typed_against(q: QuestionData, given: str, candidates: list[str]) -> Verdict:
    """Whether ``given`` is one of ``candidates`` in another form or with a typo."""
    expected = expected_text(q)
    for candidate in candidates:
        if _collapse(given) == _collapse(candidate):
            return Verdict(True, True, expected, _matched(q, candidate))
    untitled = without_title(given)  # "Ms Natarajan" for Natarajan
    for candidate in candidates:  # a case difference, or another form: "4" for "four"
        other_form = fold(given) != fold(candidate) and _another_form(given, untitled, candidate)
        if given.casefold() == candidate.casefold() or other_form:
            return Verdict(True, False, expected, _matched(q, candidate))
    unhedged = without_hedge(given)  # "around 1450" for 1450, unless the key has it
    if unhedged != given and not any(without_hedge(c) != c for c in candidates):
        for candidate in candidates:
            if _collapse(unhedged) == _collapse(candidate) or same_answer(unhedged, candidate):
                return Verdict(True, False, expected, _matched(q, candidate))
    trimmed = _without_gap_words(q, given)  # "Nazca plate" for "the ___ plate": Nazca
    named = names_question(q.tags) or untagged_person(q)
    for candidate in candidates:
        if _close_enough(given, candidate, named) or _close_enough(untitled, candidate, named):
            note = f"accepted: the exact answer is {candidate}"
            return Verdict(True, False, expected, note)
        if trimmed != given and (
            same_answer(trimmed, candidate) or _close_enough(trimmed, candidate, named)
        ):
            return Verdict(True, False, expected, f"accepted: the exact answer is {candidate}")
    return Verdict(False, False, expected)


def _without_gap_words(q: QuestionData, given: str) -> str:
    """A cloze answer without the prompt's own words typed with it: "Nazca plate" for "the
    ___ plate", "in 1895" for "in ___" (one or two words each side of the gap)."""
    if q.kind != QuestionKind.CLOZE or "___" not in q.prompt:
        return given
    before, after = q.prompt.split("___", 1)
    pre, post = fold(before).split()[-2:], fold(after).split()[:2]
    glued = after.startswith("-") or before.endswith("-")  # "his third ___-wicket haul"
    words = (given.replace("-", " ") if glued else given).split()  # "5-wicket": 5
    for n in (2, 1):
        if len(words) > n and len(post) >= n and [fold(w) for w in words[-n:]] == post[:n]:
            words = words[:-n]
            break
    for n in (2, 1):
        if len(words) > n and len(pre) >= n and [fold(w) for w in words[:n]] == pre[-n:]:
            words = words[n:]
            break
    return " ".join(words)


def _another_form(given: str, untitled: str, candidate: str) -> bool:
    """ "2" for "two", "12/03/2024" for "12 March 2024", "EU" for "European Union"."""
    return same_answer(given, candidate) or (untitled != given and same_answer(untitled, candidate))


def _matched(q: QuestionData, candidate: str) -> str:
    """The feedback's note when the learner matched another accepted form of the answer."""
    return "" if candidate == q.answer else f"accepted as {candidate}"


def _flashcard(q: QuestionData, response: Any) -> Verdict:
    if not _text(response):
        return Verdict(False, False, expected_text(q), "flashcards are graded by the learner")
    return _typed(q, response)


def _numeric(q: QuestionData, response: Any) -> Verdict:
    expected = expected_text(q)
    given = parse_number(_text(response))
    if given is None:
        given = words_value(_text(response))  # "six", "twenty-one villages"
    target = float(q.answer)
    if given is None:
        return Verdict(False, False, expected, "not a number")
    if abs(target) >= 1e6 and _MILLIONS.search(_text(response)):
        given *= 1e6  # "$12m" of a key in millions ("40m" of 40 stays metres)
    tolerance = q.tolerance or 0.0
    exact = math.isclose(given, target, rel_tol=1e-9, abs_tol=1e-12)
    correct = exact or abs(given - target) <= tolerance + 1e-9 * max(1.0, abs(target))
    note = f"accepted: the exact answer is {q.answer}" if correct and not exact else ""
    return Verdict(correct, exact, expected, note)


def _ordering(q: QuestionData, response: Any) -> Verdict:
    items = list(q.choices or [])
    given = [_text(x) for x in response] if isinstance(response, list | tuple) else []
    exact = given == items
    correct = exact or [fold(x) for x in given] == [fold(x) for x in items]
    return Verdict(correct, exact, expected_text(q))


def _matching(q: QuestionData, response: Any) -> Verdict:
    pairs = {left: right for left, right in q.pairs or []}
    given = {str(k): _text(v) for k, v in response.items()} if isinstance(response, dict) else {}
    exact = given == pairs
    correct = exact or (
        given.keys() == pairs.keys() and all(fold(given[k]) == fold(v) for k, v in pairs.items())
    )
    return Verdict(correct, exact, expected_text(q))


_CHECKERS = {
    QuestionKind.MULTIPLE_CHOICE: _choice,
    QuestionKind.TRUE_FALSE: _true_false,
    QuestionKind.SHORT_ANSWER: _typed,
    QuestionKind.CLOZE: _typed,
    QuestionKind.NUMERIC: _numeric,
    QuestionKind.ORDERING: _ordering,
    QuestionKind.MATCHING: _matching,
    QuestionKind.FLASHCARD: _flashcard,
}


# --- text and numbers -----------------------------------------------------------


def _text(response: Any) -> str:
    return "" if response is None else _collapse(str(response))


def _collapse(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def allowed_typos(length: int) -> int:
    """How many edits a typed answer may be away from an expected one of ``length``."""
    if length <= 3:
        return 0
    if length <= 7:
        return 1
    if length <= 15:
        return 2
    return int(length * 0.15)


def _close_enough(given: str, expected: str, named: bool = False) -> bool:
    """Whether ``given`` is ``expected`` with typos (none that makes another name: see
    :mod:`~quizapp.study.answer_slips`); ``named``: the question's answer is a name."""
    a, b = canonical(given), canonical(expected)
    if a == b:
        return True
    # Typos are counted on the canonical forms and on the words as typed: a canonical
    # form ("month-12" for December) would hide a misspelt month from the count. The words
    # as typed have their numerals respelt as digits: "World War" is no typo of "World War
    # I", nor "George" of "George I".
    typed, key = _collapse(respell(fold(given))), _collapse(respell(fold(expected)))
    if not _word_by_word(given, expected):
        return False  # "Geological Society" is not "Geological Survey" with typos
    if fold(given) in country_names() and fold(given) != fold(expected):
        return False  # "Iraq" is no typo of "Iran": it is another country
    if not name_slip_ok(given, expected, named=named):
        return False  # "Vida" for "Vidal", "Pereira" for "Ferreira": another name
    for x, y in ((a, b), (typed, key)):
        if _DIGITS.findall(x) != _DIGITS.findall(y) or _contrasts(x) != _contrasts(y):
            continue  # a digit is never forgiven, nor "million" for "billion"
        limit = allowed_typos(len(y))
        if limit > 0 and OSA.distance(x, y, score_cutoff=limit) <= limit:
            return True
    return False


_ROMAN = re.compile(r"[ivxlcdm]{1,7}")


def _contrasts(text: str) -> list[str]:
    """The words of ``text`` never forgiven as typos of each other ("east", "west")."""
    return [CONTRASTS[w] for w in text.split() if w in CONTRASTS]


def _word_by_word(given: str, expected: str) -> bool:
    """Whether each word of ``given`` is within the typos its own length allows of the
    same word of ``expected`` (when both have as many words, hyphens joined: a long name's
    15 % never hides another word, "Eurasia" for "Europe")."""
    xs = fold(_HYPHEN.sub("", given)).split()
    ys = fold(_HYPHEN.sub("", expected)).split()
    if len(xs) != len(ys) or len(ys) < 2:
        return True
    return all(x == y or _word_close(x, y) for x, y in zip(xs, ys, strict=True))


def _word_close(x: str, y: str) -> bool:
    """One word for another with a typo ("Philip" for "Phil" and "de" for "del" too: one is
    the other cut short), never another word ("Society" for "Survey", "North" for "South")
    nor another numeral ("VII" for "VIII")."""
    if _ROMAN.fullmatch(x) and _ROMAN.fullmatch(y):
        return False  # "Henry VII" is not "Henry VIII", "World War I" not "World War II"
    shortened = x.startswith(y) or y.startswith(x)
    limit = allowed_typos(max(len(x), len(y))) + (1 if shortened else 0)
    return OSA.distance(x, y, score_cutoff=limit) <= limit


def _plain_number(value: float) -> str:
    return f"{value:g}"
