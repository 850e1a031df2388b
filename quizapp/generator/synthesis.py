"""Questions from facts: every kind, each checked before it is kept.

Each fact gives a few sibling questions (sharing the fact's key) of
different kinds; a question is kept only if its answer is not in its prompt,
its choices are distinct and hold the answer once, and its prompt is new.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from typing import Any

from quizapp.generator.clusters import surname
from quizapp.generator.distractors import distractors
from quizapp.generator.facts import (
    ACTOR,
    CENTURY,
    CITY,
    COUNT,
    COUNTRY,
    DATE,
    DECADE,
    DURATION,
    FIGURE,
    FULL_DATE,
    MONEY,
    MONTH,
    MONTH_YEAR,
    PERCENT,
    PERSON,
    QUOTE,
    TIMES,
    YEAR,
    Fact,
)
from quizapp.generator.figures import format_plain
from quizapp.generator.gaps import self_contained_gap, short_gapped
from quizapp.generator.gazetteer import gazetteer
from quizapp.generator.phrasing import gap_question, quote_prompt, wh_question
from quizapp.generator.tolerance import numeric_tolerance
from quizapp.questiondata import FactKind, QuestionData, QuestionKind

NUMERIC_WORDS = (COUNT, DURATION, TIMES)  # "four villages": the number may be typed as 4
# Types whose choices are sure to be of the answer's type, so a gap-fill may offer choices;
# an organisation or a person named by the parse alone may be a title or a time zone.
GAP_CHOICE_TYPES = (YEAR, DECADE, CENTURY, MONTH, FULL_DATE, MONTH_YEAR, MONEY, PERCENT, COUNT,
                    DURATION)  # fmt: skip
MAX_STATEMENT_WORDS = 25
HEDGED = re.compile(
    r"^(?:(?:the|a|an|record|about|around|roughly|some|nearly|almost|over|under|below|above|"
    r"more than|less than|fewer than|at least|up to|just)\s+)+(?=[$€£¥]?\d)",
    re.IGNORECASE,
)


@dataclass
class GeneratedQuestion:
    """A generated question with everything the JSON contract and the bank need."""

    kind: str
    prompt: str
    answer: str
    fact_kind: str
    fact_key: str
    source: str
    explanation: str
    choices: list[str] | None = None
    accepted: list[str] = field(default_factory=list)
    pairs: list[list[str]] | None = None
    tolerance: float | None = None
    fine_type: str = ""
    tags: list[str] = field(default_factory=list)

    @property
    def uid(self) -> str:
        """Stable id: the same article gives the same ids."""
        raw = f"{self.kind}|{self.fact_key}|{self.prompt}"
        return "gen-" + hashlib.sha1(raw.encode()).hexdigest()[:12]

    def to_data(self) -> QuestionData:
        """The question as plain data for the bank and the file formats."""
        answer = "" if self.kind in ("ordering", "matching") else self.answer
        return QuestionData(
            uid=self.uid, kind=QuestionKind(self.kind), prompt=self.prompt, answer=answer,
            choices=list(self.choices) if self.choices is not None else None,
            accepted=list(self.accepted), pairs=self.pairs, tolerance=self.tolerance,
            explanation=self.explanation, tags=list(self.tags),
            fact_kind=FactKind(self.fact_kind) if self.fact_kind else None,
            fact_key=self.fact_key, source=self.source,
        )  # fmt: skip

    def to_json(self) -> dict[str, Any]:
        """The question as the CLI's JSON prints it."""
        answer: Any = self.answer
        if self.kind == "ordering":
            answer = list(self.choices or [])
        return {
            "uid": self.uid, "kind": self.kind, "prompt": self.prompt, "answer": answer,
            "choices": self.choices, "accepted": self.accepted, "pairs": self.pairs,
            "tolerance": self.tolerance, "fact_kind": self.fact_kind,
            "fact_type": self.fine_type, "fact_key": self.fact_key, "source": self.source,
            "explanation": self.explanation,
        }  # fmt: skip


def fact_questions(fact: Fact, facts: list[Fact]) -> list[GeneratedQuestion]:
    """Every candidate question about one fact, one per kind that suits it."""
    if fact.kind == QUOTE:
        return _quote_questions(fact, facts)
    out: list[GeneratedQuestion] = []
    question = wh_question(fact)
    answer = fact.surface
    wrong = distractors(fact, facts, full=question is not None)
    full = fact.answer if question is not None else answer
    accepted = sorted({a for a in (fact.answer, *fact.aliases) if a and a != answer})
    accepted = [a for a in accepted if _alias_used(a, fact, facts)]
    explain = f"The article says: “{fact.sentence.text}”"
    if wrong is not None and (question is not None or _gap_choice_ok(fact)):
        prompt = question or gap_question(fact)
        choices = _shuffled([full, *wrong], fact.key)
        out.append(_q(fact, "multiple_choice", prompt, full, explain, choices=choices))
    numeric = fact.kind == FIGURE or fact.type == YEAR
    if numeric and fact.value is not None:
        prompt = question or _numeric_gap(fact)
        if prompt:
            value = float(fact.value)
            out.append(_q(fact, "numeric", prompt, format_plain(value), explain,
                          tolerance=numeric_tolerance(fact, prompt)))  # fmt: skip
    for kind in ("short_answer", "cloze", "true_false"):
        made = _secondary(kind, fact, question, answer, accepted, wrong, explain, out)
        if made is not None:
            out.append(made)
    return out


def _secondary(
    kind: str,
    fact: Fact,
    question: str | None,
    answer: str,
    accepted: list[str],
    wrong: list[str] | None,
    explain: str,
    made: list[GeneratedQuestion],
) -> GeneratedQuestion | None:
    if kind == "cloze":
        if not self_contained_gap(fact):
            return None
        bare = HEDGED.sub("", answer)  # "a record $85.2 billion": "$85.2 billion" is right too
        if fact.kind == FIGURE and bare != answer and bare not in accepted:
            accepted = sorted({*accepted, bare})
        return _q(fact, "cloze", short_gapped(fact), answer, explain, accepted=accepted)
    if kind == "short_answer":
        if question is None:
            return None
        short = fact.answer if fact.kind == ACTOR else answer
        others = sorted({a for a in (answer, *accepted) if a != short})
        return _q(fact, "short_answer", question, short, explain, accepted=others)
    if wrong is None:
        return None
    if fact.entity is not None and any(
        a in fact.sentence.text for a in fact.entity.names() if a != fact.surface
    ):
        return None  # "the Organization ... (OSCE)": a swap would contradict itself
    truth = int(hashlib.sha1(fact.key.encode()).hexdigest(), 16) % 2 == 0
    if not truth and not _really_false(fact, wrong[0]):
        return None
    statement = _statement(fact, answer if truth else wrong[0])
    if statement is None:
        return None
    explain_tf = explain if truth else f"{explain} — not “{wrong[0]}” but “{answer}”."
    return _q(fact, "true_false", f"True or false? {statement}", "true" if truth else "false",
              explain_tf)  # fmt: skip


def _alias_used(alias: str, fact: Fact, facts: list[Fact]) -> bool:
    """A last word of the answer ("Stoltenberg", "Energy") is accepted alone only where the
    article itself names it so: a surname it uses, not half of a company's name."""
    if fact.type == PERSON and alias == fact.answer.split()[-1] != surname(fact.answer):
        return False  # "Maria" of "Angel Di Maria": the surname is "Di Maria"
    if " " not in fact.answer or alias not in (fact.answer.split()[-1], surname(fact.answer)):
        return True
    if fact.type == PERSON:  # a person's surname, unless another person of the article has it
        return not any(
            f.entity is not None and f.entity is not fact.entity and f.type == PERSON
            and f" {alias} " in f" {f.entity.name} "
            for f in facts
        )  # fmt: skip
    return any(f.kind == ACTOR and f.surface == alias for f in facts)


def _numeric_gap(fact: Fact) -> str:
    """ "Which number fills the gap? “… ___ days of talks …”", or "" when it cannot be asked."""
    if not self_contained_gap(fact):
        return ""
    head = "which year" if fact.type == YEAR else "which number"
    if re.fullmatch(r"[\d,.]+", fact.surface):
        return gap_question(fact, head)
    if fact.type not in NUMERIC_WORDS:
        return ""
    number_only = _number_only(fact)  # "___ days of talks", not "___ of talks"
    if number_only is not None:
        return gap_question(number_only, head)
    if fact.type == TIMES:  # "went to war twice": "went to war ___ times"
        return gap_question(fact, head).replace("___", "___ times", 1)
    return ""


def _gap_choice_ok(fact: Fact) -> bool:
    """Whether a gap-fill about ``fact`` may offer choices: a trusted type, a whole clause."""
    if fact.type in (COUNTRY, CITY):
        place = gazetteer().lookup(fact.answer)
        trusted = place is not None and place.type == fact.type
    else:
        trusted = fact.type in GAP_CHOICE_TYPES
    return trusted and self_contained_gap(fact)


def _statement(fact: Fact, value: str) -> str | None:
    """The fact's clause with ``value`` in its place: one clause, at most 25 words, or None."""
    piece = short_gapped(fact)
    if not self_contained_gap(fact):
        return None  # a cut clause that lost its subject
    piece = piece.replace("___", value, 1).removeprefix("…")
    piece = piece[:1].upper() + piece[1:]
    if piece.endswith("…"):
        piece = piece[:-1].rstrip(" ,;:") + "."
    piece = piece.strip('"“”')
    if len(piece.split()) > MAX_STATEMENT_WORDS or piece.count('"') % 2:
        return None
    return piece


def _really_false(fact: Fact, wrong: str) -> bool:
    """Whether putting ``wrong`` for the fact makes a statement that is surely false:
    never a place holding the answer's place ("in France" for Lyon), nor the reverse."""
    if fact.type in (COUNTRY, CITY) or fact.kind == ACTOR:
        places = gazetteer()
        a, b = places.lookup(fact.answer), places.lookup(wrong)
        if a is None or b is None or a.type != fact.type:
            return False  # only a known place for a known place: never a person for a meadow
        if a is not None and b is not None and a.country and a.country == b.country:
            return a.type == b.type and a.type == CITY
        if wrong.casefold() in fact.answer.casefold() or fact.answer.casefold() in wrong.casefold():
            return False
    return True


def _quote_questions(fact: Fact, facts: list[Fact]) -> list[GeneratedQuestion]:
    out = []
    prompt = quote_prompt(fact)
    wrong = distractors(fact, facts)
    explain = f"The article says: “{fact.sentence.text}”"
    accepted = sorted(set(fact.aliases))
    if wrong is not None:
        choices = _shuffled([fact.answer, *wrong], fact.key)
        out.append(_q(fact, "multiple_choice", prompt, fact.answer, explain, choices=choices))
    else:
        out.append(_q(fact, "short_answer", prompt, fact.answer, explain, accepted=accepted))
    if wrong is not None:
        truth = int(hashlib.sha1(fact.key.encode()).hexdigest(), 16) % 2 == 0
        who = fact.answer if truth else wrong[0]
        words = fact.quote.rstrip(".")
        statement = f"True or false? {who} is the one quoted as saying “{words}”."
        if len(statement.split()) > MAX_STATEMENT_WORDS + 2:
            return out
        note = explain if truth else f"{explain} — it was {fact.answer}, not {who}."
        out.append(_q(fact, "true_false", statement, "true" if truth else "false", note))
    return out


def _q(
    fact: Fact, kind: str, prompt: str, answer: str, explanation: str, **extra: Any
) -> GeneratedQuestion:
    tags = [fact.kind + "s" if fact.kind != QUOTE else "quotes", fact.type]
    return GeneratedQuestion(
        kind=kind, prompt=prompt, answer=answer, fact_kind=fact.kind, fact_key=fact.key,
        source=fact.sentence.text, explanation=explanation, fine_type=fact.type,
        tags=tags, **extra,
    )  # fmt: skip


_NUMBER_WORD = (
    r"(?:\d[\d,.]*|a|an|and|half|quarter|dozens?|hundreds?|thousands?|millions?|billions?|"
    r"zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety)"
)
_LEADING_NUMBER = re.compile(rf"{_NUMBER_WORD}(?:[\s-]+{_NUMBER_WORD})*(?=\s)", re.IGNORECASE)


def _number_only(fact: Fact) -> Fact | None:
    """The fact narrowed to its number words, the unit left in the sentence ("___ days");
    None when the span does not start with a number ("twice")."""
    if re.fullmatch(rf"{_NUMBER_WORD}(?:[\s-]+{_NUMBER_WORD})*", fact.surface, re.IGNORECASE):
        return fact  # "seven" alone: the whole span is the number
    found = _LEADING_NUMBER.match(fact.surface)
    if found is None:
        return None
    return replace(fact, end=fact.start + found.end())


def _shuffled(items: list[str], key: str) -> list[str]:
    return sorted(items, key=lambda c: hashlib.sha1(f"{key}|{c}".encode()).hexdigest())


__all__ = ["ACTOR", "DATE", "PERSON", "GeneratedQuestion", "fact_questions"]
