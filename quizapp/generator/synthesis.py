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

from quizapp.generator.distractors import distractors
from quizapp.generator.facts import (
    ACTOR,
    COUNT,
    DATE,
    DURATION,
    FIGURE,
    PERSON,
    QUOTE,
    TIMES,
    YEAR,
    Fact,
)
from quizapp.generator.figures import format_plain
from quizapp.generator.phrasing import gap_question, quote_prompt, wh_question
from quizapp.questiondata import FactKind, QuestionData, QuestionKind

NUMERIC_WORDS = (COUNT, DURATION, TIMES)  # "four villages": the number may be typed as 4


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
    explain = f"The article says: “{fact.sentence.text}”"
    if wrong is not None:
        prompt = question or gap_question(fact)
        choices = _shuffled([full, *wrong], fact.key)
        out.append(_q(fact, "multiple_choice", prompt, full, explain, choices=choices))
    numeric = fact.kind == FIGURE or fact.type == YEAR
    if numeric and fact.value is not None:
        prompt = ""
        if re.fullmatch(r"[\d,.]+", fact.surface):
            prompt = question or gap_question(fact, "which number")
        elif fact.type in NUMERIC_WORDS:
            number_only = _number_only(fact)  # "___ days of talks", not "___ of talks"
            if question:
                prompt = question
            elif number_only is not None:
                prompt = gap_question(number_only, "which number")
            elif fact.type == TIMES:  # "went to war twice": "went to war ___ times"
                prompt = gap_question(fact, "which number").replace("___", "___ times", 1)
        if prompt:
            value = float(fact.value)
            out.append(_q(fact, "numeric", prompt, format_plain(value), explain,
                          tolerance=_tolerance(fact)))  # fmt: skip
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
        return _q(fact, "cloze", fact.gapped(), answer, explain, accepted=accepted)
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
    statement = fact.sentence.text if truth else fact.gapped(wrong[0])
    explain_tf = explain if truth else f"{explain} — not “{wrong[0]}” but “{answer}”."
    return _q(fact, "true_false", f"True or false? {statement}", "true" if truth else "false",
              explain_tf)  # fmt: skip


def _quote_questions(fact: Fact, facts: list[Fact]) -> list[GeneratedQuestion]:
    out = []
    prompt = quote_prompt(fact)
    wrong = distractors(fact, [f for f in facts if f.kind in (ACTOR, QUOTE)])
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


def _tolerance(fact: Fact) -> float:
    """Exact for years and small counts; 2 % for large, rounded figures."""
    value = abs(float(fact.value))
    if fact.kind == DATE or value < 100:
        return 0.0
    return float(f"{value * 0.02:.2g}")


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


def gives_away(question: GeneratedQuestion, answers: set[str]) -> bool:
    """Whether any form of the answer stands in the prompt."""
    if question.kind in ("true_false", "ordering", "matching"):
        return False
    prompt = question.prompt.casefold()
    return any(re.search(rf"(?<!\w){re.escape(a.casefold())}(?!\w)", prompt) for a in answers if a)


__all__ = ["ACTOR", "DATE", "PERSON", "GeneratedQuestion", "fact_questions", "gives_away"]
