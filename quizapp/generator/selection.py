"""Choosing which of the candidate questions to keep: a ranked, capped, varied set.

Every fact offers a few candidate questions of different kinds. The set kept
is built greedily: each step takes the candidate with the best score, where
the score rewards important facts (dates, figures and quotes; the first
mention of an actor; a fact the parse lets us ask as a real question), real
questions over gap-fills, and kinds the set has few of so far, and penalises
a fact or a sentence already asked about. At most :data:`PER_FACT` questions
are asked about one fact and :data:`PER_ACTOR` facts about one actor. The
number kept grows with the square root of the text's length.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from quizapp.generator.facts import ACTOR, DATE, FIGURE, QUOTE, Fact
from quizapp.generator.synthesis import GeneratedQuestion

PER_FACT = 2
PER_ACTOR = 2
BASE, PER_SQRT_KB = 8, 20  # 1 KB of text -> 28 questions, 3 KB -> 43, 100 KB -> 208
FACT_WEIGHT = {DATE: 3.0, FIGURE: 3.0, QUOTE: 3.5, ACTOR: 2.0}
# How much each kind of question is worth in itself; gap-fills are worth least.
KIND_WORTH = {
    "multiple_choice": 1.0, "short_answer": 0.9, "numeric": 0.8, "true_false": 0.5,
    "gap_multiple_choice": 0.5, "gap_numeric": 0.35, "cloze": 0.3,
}  # fmt: skip
# The share of the set each kind should not go much beyond.
SHARE = {"multiple_choice": 0.4, "short_answer": 0.2, "true_false": 0.15, "numeric": 0.1,
         "cloze": 0.12}  # fmt: skip
REPEAT_FACT, REPEAT_ANSWER, OVERUSE = 5.0, 3.0, 8.0
REPEAT_SENTENCE, REPEAT_GAP, MAX_CROWDED = 0.6, 1.5, 2.5
GAP_MARK = "fills the gap?"


@dataclass(eq=False)
class Candidate:
    """A question that may be kept, with the fact it asks about."""

    question: GeneratedQuestion
    fact: Fact
    order: int  # place among all candidates: ties go to the earlier one

    @property
    def gap(self) -> bool:
        return self.question.kind == "cloze" or GAP_MARK in self.question.prompt

    @property
    def worth(self) -> float:
        kind = self.question.kind
        if self.gap and kind != "cloze":
            kind = "gap_" + kind
        return KIND_WORTH.get(kind, 0.5)


def budget(text_length: int) -> int:
    """How many questions suit a text of ``text_length`` characters (sub-linear)."""
    return BASE + round(PER_SQRT_KB * math.sqrt(max(text_length, 1) / 1000))


def select(
    candidates: list[Candidate], extras: list[GeneratedQuestion], text_length: int
) -> list[GeneratedQuestion]:
    """The questions to keep: fact questions in text order, then ``extras``."""
    chooser = _Chooser(candidates, extras)
    limit = max(budget(text_length) - len(extras), 1)
    while len(chooser.kept) < limit and chooser.take_best():
        pass
    chooser.add_missing_kinds()
    kept = sorted(chooser.kept, key=lambda c: (c.fact.sentence.index, c.fact.start, c.order))
    return [c.question for c in kept] + extras


class _Chooser:
    def __init__(self, candidates: list[Candidate], extras: list[GeneratedQuestion]) -> None:
        self.left = list(candidates)
        self.kept: list[Candidate] = []
        self.kinds: dict[str, int] = {}
        for q in extras:
            self.kinds[q.kind] = self.kinds.get(q.kind, 0) + 1
        self.extras = len(extras)
        self.per_fact: dict[int, list[Candidate]] = {}
        self.per_sentence: dict[int, int] = {}
        self.actor_facts: dict[int, set[int]] = {}
        self.prompts = {_folded(q.prompt) for q in extras}
        self.sentence_kinds: dict[tuple[int, str, bool], int] = {}
        self.weight = _fact_weights([c.fact for c in candidates])
        self.answered: set[str] = set()
        self.kinds_of: dict[int, set[str]] = {}
        for c in candidates:
            self.kinds_of.setdefault(id(c.fact), set()).add(c.question.kind)

    def allowed(self, c: Candidate) -> bool:
        if _folded(c.question.prompt) in self.prompts:
            return False
        asked = self.per_fact.get(id(c.fact), [])
        if len(asked) >= PER_FACT or any(a.question.kind == c.question.kind for a in asked):
            return False
        if asked and asked[0].question.kind in ("true_false", "cloze") and c.gap:
            return False  # the same sentence twice
        if not asked and c.question.kind == "true_false":
            return self.kinds_of[id(c.fact)] == {"true_false"}  # first ask for the fact itself
        entity = c.fact.entity
        actor = c.fact.kind == ACTOR and entity is not None and not asked
        if actor and len(self.actor_facts.get(id(entity), set())) >= PER_ACTOR:
            return False
        if c.question.kind == "true_false":  # one per sentence
            return not self._same_sentence(c)
        return True

    def _same_sentence(self, c: Candidate) -> int:
        """How many kept questions quote ``c``'s sentence in a prompt of ``c``'s kind."""
        return self.sentence_kinds.get(_place(c), 0)

    def score(self, c: Candidate) -> float:
        kind = c.question.kind
        total = len(self.kept) + self.extras + 1
        have = self.kinds.get(kind, 0)
        score = self.weight[id(c.fact)] + c.worth
        asked = len(self.per_fact.get(id(c.fact), []))
        score -= REPEAT_FACT * asked
        if not asked and c.fact.answer.casefold() in self.answered:
            score -= REPEAT_ANSWER  # another mention of something already asked
        crowded = REPEAT_SENTENCE * self.per_sentence.get(c.fact.sentence.index, 0)
        if c.gap:
            crowded += REPEAT_GAP * self._same_sentence(c)
        score -= min(crowded, MAX_CROWDED)  # never so much that a fact goes unasked
        score -= OVERUSE * max(0.0, (have + 1) / total - SHARE.get(kind, 0.1))
        if have == 0:
            score += 1.0
        return score

    def take_best(self) -> bool:
        best: Candidate | None = None
        best_score = -math.inf
        for c in self.left:
            if not self.allowed(c):
                continue
            s = self.score(c)
            if s > best_score:
                best, best_score = c, s
        if best is None:
            return False
        self.keep(best)
        return True

    def keep(self, c: Candidate) -> None:
        self.left.remove(c)
        self.kept.append(c)
        self.prompts.add(_folded(c.question.prompt))
        if c.question.kind != "true_false":
            self.answered.add(c.fact.answer.casefold())
        kind = c.question.kind
        self.kinds[kind] = self.kinds.get(kind, 0) + 1
        self.per_fact.setdefault(id(c.fact), []).append(c)
        index = c.fact.sentence.index
        self.per_sentence[index] = self.per_sentence.get(index, 0) + 1
        self.sentence_kinds[_place(c)] = self.sentence_kinds.get(_place(c), 0) + 1
        if c.fact.entity is not None:
            self.actor_facts.setdefault(id(c.fact.entity), set()).add(id(c.fact))

    def add_missing_kinds(self) -> None:
        """Swap in the best question of each kind the set lacks but could have."""
        for kind in sorted({c.question.kind for c in self.left}):
            if self.kinds.get(kind, 0):
                continue
            options = [c for c in self.left if c.question.kind == kind and self.allowed(c)]
            if not options:
                continue
            best = max(options, key=lambda c: (self.weight[id(c.fact)] + c.worth, -c.order))
            self._drop_one(best)
            self.keep(best)

    def _drop_one(self, incoming: Candidate) -> None:
        """Make room: drop a second question of the most common kind."""
        common = max(self.kinds, key=lambda k: (self.kinds[k], k))
        seconds = [
            c for c in self.kept
            if c.question.kind == common and self.per_fact[id(c.fact)][0] is not c
            and c.fact is not incoming.fact
        ]  # fmt: skip
        if not seconds:
            return
        dropped = seconds[-1]
        self.kept.remove(dropped)
        self.prompts.discard(_folded(dropped.question.prompt))
        self.kinds[common] -= 1
        self.per_fact[id(dropped.fact)].remove(dropped)
        self.per_sentence[dropped.fact.sentence.index] -= 1
        self.sentence_kinds[_place(dropped)] -= 1


def _fact_weights(facts: list[Fact]) -> dict[int, float]:
    """How much each fact is worth asking about."""
    weights: dict[int, float] = {}
    mention: dict[int, int] = {}
    for fact in sorted(set(facts), key=lambda f: (f.sentence.index, f.start)):
        weight = FACT_WEIGHT.get(fact.kind, 2.0)
        entity = fact.entity
        if fact.kind == ACTOR and entity is not None:
            seen = mention.get(id(entity), 0)
            mention[id(entity)] = seen + 1
            weight += 1.5 if seen == 0 else -0.5 * seen
            weight += 0.25 * min(entity.mentions, 4)
        weights[id(fact)] = weight
    return weights


def _place(c: Candidate) -> tuple[int, str, bool]:
    return c.fact.sentence.index, c.question.kind, c.gap


def _folded(prompt: str) -> str:
    return " ".join(prompt.casefold().split())
