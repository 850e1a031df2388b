"""Choosing the questions to keep: one per fact, the most central facts first.

Facts are taken in order of importance (see :mod:`ranking`); each gives at
most one question, in the best kind it offers that the set does not have too
many of already. An actor is one fact however often it is named: its question
is a real one on any mention that weighs nearly as much as its first, before a
gap on the first. A fact whose answer is already asked (the same year again) is
passed over, as is a sentence already asked about twice (three times for a long one,
a lead that carries several headline facts, four for a very long one). Two questions on
one sentence are kept only where neither shows the other's answer; of a fact's forms the
one is kept that leaves the most of its sentence's other facts askable ("Who crossed the
glacier?" rather than "Who founded the club in 1921?" beside the year's question), and a
later mention of an actor is not asked where its gap would hide weightier facts of its
sentence, nor is any fact by a gap that
shows a weightier fact of its sentence a real question would ask ("taking ___ of the 400 seats"
beside "On which date did the Reform Union win?"). A speaker whose "Who
...?" would hide a date or figure of its sentence is asked by a quote instead, there and
then ("Who said this: ...?"), which leaves the date askable. The count asked for,
or by default one that grows with the square root of the article's length
(about 12 for 300 words), caps the set; the questions come best first. Figures
and dates (a death toll, a year, a price) are what a teacher asks most and rank
below the article's actors; an actor's question on a sentence shows the
sentence's figure ("In 1833 Lovelace met the inventor ___"), so the sentence's
figure is offered before its actor when it weighs nearly as much, and always where the
actor is the article's subject past its lead (a reader guesses it: "Who died of cancer in
1852?" of her biography). A question shows another's answer by any of its names (a surname
after no other first name) or by a date's year. A person is asked once (a deed, a quote or
a role); only an article too thin to fill the set asks them for another deed or their words
after all else, never their role again; a role ("Who is named in the article as the coach?")
gives way to the person's quote, and is not asked where another question names its holder.
The choice never depends on the count asked for: the first N of a longer set
are the set of N.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from quizapp.generator.common_openers import common_opener, lower_case_words
from quizapp.generator.facts.facts import ACTOR, DATE, FIGURE, PERSON, QUOTE, Entity, Fact
from quizapp.generator.ranking import speaker, trivia
from quizapp.generator.synthesis import GeneratedQuestion, QuestionForm
from quizapp.questiondata import QuestionKind

PER_300_WORDS = 12
MIN_COUNT, MAX_COUNT = 4, 40
PER_SENTENCE = 2
# a long sentence (a lead that carries several headline facts) may give one more question
LONG_SENTENCE, PER_LONG_SENTENCE = 25, 3
VERY_LONG = 35  # ... and one of 35 words or more one more again (score, scorer, venue, date)
# How good each form of question is in itself (gap-fills the least); a question that shows
# the article's sentence with a gap as a multiple choice's prompt is worth GAP_WORTH.
KIND_WORTH = {QuestionKind.MULTIPLE_CHOICE: 1.0, QuestionKind.NUMERIC: 0.95,
              QuestionKind.SHORT_ANSWER: 0.85, QuestionKind.CLOZE: 0.6}  # fmt: skip
GAP_WORTH = {QuestionKind.MULTIPLE_CHOICE: 0.55, QuestionKind.NUMERIC: 0.6}
# The share of the set a kind should not go beyond (a softer limit than the count).
SHARE = {QuestionKind.MULTIPLE_CHOICE: 0.45, QuestionKind.NUMERIC: 0.25,
         QuestionKind.SHORT_ANSWER: 0.3, QuestionKind.CLOZE: 0.3}  # fmt: skip
OVERUSE = 0.6
# A figure or date of a sentence is asked before the sentence's actor (whose question
# would show it) when it weighs at least this share of the actor.
PULL_RATIO = 0.75
# A real question on another mention of an actor is preferred to a gap on its first mention
# when that mention weighs at most this much less.
REAL_REACH = 2.0
# ... and a later mention is not asked at all where its question would leave unaskable facts
# of its sentence that weigh this many times as much as it
HIDE = 1.5
YEAR_IN = re.compile(r"\b1\d{3}\b|\b20\d{2}\b")


@dataclass(eq=False)
class Candidate:
    """A question that may be kept, with the fact it asks about and the fact's importance."""

    question: GeneratedQuestion
    fact: Fact
    order: int  # place among all candidates: ties go to the earlier one
    weight: float = 0.0
    topic: tuple[str, str] | None = None  # what it asks about, when not its fact's answer

    @property
    def about(self) -> tuple[str, str]:
        return self.topic or _topic(self.fact)

    @property
    def quotes_article(self) -> bool:
        """Whether the prompt quotes the article's sentence (with a gap)."""
        return self.question.form == QuestionForm.GAPPED

    @property
    def worth(self) -> float:
        gap = self.question.form == QuestionForm.GAPPED and self.question.kind in GAP_WORTH
        table = GAP_WORTH if gap else KIND_WORTH
        return table.get(self.question.kind, 0.5)


def default_count(words: int) -> int:
    """How many questions suit an article of ``words`` words: about 12 for 300 words."""
    count = round(PER_300_WORDS * math.sqrt(max(words, 1) / 300))
    return max(MIN_COUNT, min(MAX_COUNT, count))


def select(
    candidates: list[Candidate],
    limit: int,
    subject: Entity | None = None,
    lead: frozenset[int] = frozenset(),
    facts: list[Fact] | None = None,
) -> list[GeneratedQuestion]:
    """At most ``limit`` questions, one per fact, the most important facts first; past the
    ``lead`` sentences the article's ``subject`` (a reader guesses it as an answer) is asked
    where it hides no date or figure of its sentence; of the article's ``facts`` only the
    words they stand among are read."""
    chooser = _Chooser()
    # a question made beside the ranked facts (a role, an acronym) asks no trivia either
    # (a fact with no parse, built by hand, is left to the ranking that weighed it)
    candidates = [c for c in candidates if not _parsed(c.fact) or not _trivia(c.fact, subject)]
    # "Landslides" opening a sentence of an article on "a landslide" is no name
    every = facts if facts is not None else [c.fact for c in candidates]
    lower_case = lower_case_words(f for f in every if _parsed(f))
    candidates = [c for c in candidates if not common_opener(c.fact, lower_case)]
    by_fact: dict[tuple[int, tuple[str, str]], list[Candidate]] = {}
    for c in candidates:  # an actor is one fact however often it is named
        by_fact.setdefault((0 if c.about[0] == ACTOR else id(c.fact), c.about), []).append(c)
    groups = [sorted(cs, key=lambda c: (-c.weight, c.order)) for cs in by_fact.values()]
    ranked = sorted(groups, key=lambda cs: (-cs[0].weight, cs[0].order))
    offered = chooser.offered
    known = (id(subject) if subject is not None else 0, lead)
    chooser.pending = [cs for cs in ranked if id(cs) not in offered]
    for options in ranked:
        if id(options) in offered:
            continue
        if not _numeric(options[0].fact):
            for other in _figures_beside(options, ranked, offered, known):
                offered.add(id(other))  # the sentence's figure first: an actor question
                if len(chooser.kept) < limit:  # on it would show it ("In ___ Lovelace met")
                    chooser.offer(other)
        offered.add(id(options))
        chooser.pending = [cs for cs in ranked if id(cs) not in offered]
        if len(chooser.kept) >= limit:
            break
        chooser.offer(options)
    if len(chooser.kept) < limit:  # a thin article: a person's second, different fact
        chooser.second = True  # ("Who said this: ...?" beside "Who won the race?")
        for options in chooser.deferred:
            if len(chooser.kept) >= limit:
                break
            chooser.pending = [cs for cs in chooser.deferred if cs is not options]
            chooser.offer(options)
    return [c.question for c in chooser.kept[:limit]]


def _parsed(fact: Fact) -> bool:
    return fact.sentence.span is not None


def _trivia(fact: Fact, subject: Entity | None) -> bool:
    return fact.kind != QUOTE and bool(trivia(fact, subject))


def _figures_beside(
    options: list[Candidate],
    ranked: list[list[Candidate]],
    offered: set[int],
    known: tuple[int, frozenset[int]],
) -> list[list[Candidate]]:
    """The figures and dates not yet offered in the sentence of ``options``'s fact (all of
    them where the fact is the article's subject past its lead: "Who died of cancer on 27
    November 1852?" asks what a reader of her life guesses and hides the date it shows)."""
    at = options[0].fact.sentence.index
    floor = options[0].weight * PULL_RATIO
    if id(options[0].fact.entity) == known[0] and at not in known[1]:
        floor = -1e9
    return [
        cs for cs in ranked
        if id(cs) not in offered and _numeric(cs[0].fact) and cs[0].fact.sentence.index == at
        and cs[0].weight >= floor
    ]  # fmt: skip


def _another_deed(c: Candidate) -> bool:
    """Whether ``c`` asks a person already asked for something else they did, by a real
    question ("Who won the race?" beside "Who said this: ...?"), or for their words."""
    if c.question.form == QuestionForm.QUOTE:
        return True
    return c.question.form == QuestionForm.WH and not speaker(c.fact.token)


def _numeric(fact: Fact) -> bool:
    """Whether the fact is a figure or a date (a year, a toll, a price)."""
    return fact.kind in (FIGURE, DATE)


class _Chooser:
    def __init__(self) -> None:
        self.kept: list[Candidate] = []
        self.kinds: dict[QuestionKind, int] = {}
        self.topics: set[tuple[str, str]] = set()
        self.sentences: dict[int, int] = {}
        self.prompts: set[str] = set()
        self.pending: list[list[Candidate]] = []  # the facts not offered yet
        self.offered: set[int] = set()  # the groups offered (ids)
        self.entities: set[int] = set()  # the actors asked, by a deed, a role or a quote
        self.deferred: list[list[Candidate]] = []  # a second fact of an actor asked already
        self.second = False  # whether the set is short and takes the deferred facts

    def offer(self, options: list[Candidate]) -> None:
        """Keep the best question about one fact, if the fact is not asked already."""
        topic = options[0].about
        if topic in self.topics:
            return
        entity = options[0].fact.entity
        if entity is not None and id(entity) in self.entities:
            if not self.second:  # one question per actor, unless the article is thin
                self.deferred.append(options)
                return
            options = [c for c in options if _another_deed(c)]
            if not options:  # "Who is named as the coach?" or "Dr ___ said" repeats the
                return  # person asked, not a new fact about them
        allowed = [c for c in options if self._allowed(c)]
        floor = options[0].weight - REAL_REACH
        real = [c for c in allowed if not c.quotes_article and c.weight >= floor]
        allowed = real or allowed  # a real question where the parse gives one, on any mention
        if not allowed:  # of an actor that weighs nearly as much as its first
            return
        # the form that leaves the sentence's other facts askable ("Who died of cancer on 27
        # November 1852?" takes the date's question; "Who met Babbage?" does not)
        best = max(
            allowed, key=lambda c: (-self._blocks(c, options), self._score(c), c.weight, -c.order)
        )
        if best.weight < options[0].weight and self._blocks(best, options) > HIDE * best.weight:
            return  # a later mention of an actor, whose question would hide weightier facts
        if best.quotes_article and self._blocks(best, options, above=best.weight) > 0:
            return  # a gap that shows the sentence's weightier fact its real question asks
        hidden = topic[0] == ACTOR and self._blocks(best, options, numeric=True) > 0
        role = best.question.form == QuestionForm.ROLE and not self.second
        quote = self._quote_elsewhere(best, anywhere=role) if hidden or role else None
        if quote is not None:  # the speaker is asked by a quote now; the date beside
            self.offered.add(id(quote))  # "Who spoke at ... in June 1987?" stays askable
            self.pending = [cs for cs in self.pending if cs is not quote]
            self.offer(quote)  # ("Who is named as the minister?" is the person's weakest)
            if role:
                self.deferred.append(options)
            return
        self.kept.append(best)
        self.topics.add(topic)
        if entity is not None:
            self.entities.add(id(entity))
        kind = best.question.kind
        self.kinds[kind] = self.kinds.get(kind, 0) + 1
        at = best.fact.sentence.index
        self.sentences[at] = self.sentences.get(at, 0) + 1
        self.prompts.add(_folded(best.question.prompt))

    def _blocks(
        self, c: Candidate, options: list[Candidate], numeric: bool = False, above: float = -1e9
    ) -> float:
        """The weight of the facts not offered yet that keeping ``c`` would leave unaskable:
        each of their questions that may be kept now is on c's sentence and tells c's
        answer or shows its own in c's prompt (only dates and figures if ``numeric``; only
        facts weighing more than ``above`` that a real question asks, if it is given)."""
        at = c.fact.sentence.index
        lost = 0.0
        for group in self.pending:
            if group is options or group[0].about in self.topics or group[0].about == c.about:
                continue
            if numeric and not _numeric(group[0].fact):
                continue
            if not any(g.fact.sentence.index == at for g in group):
                continue  # (the cheap test first: a long article has many facts)
            open_ = [g for g in group if self._allowed(g)]
            if above > -1e9 and (group[0].weight <= above or all(g.quotes_article for g in open_)):
                continue
            if open_ and all(
                g.fact.sentence.index == at and (_tells(c, g) or _tells(g, c)) for g in open_
            ):
                lost += max(group[0].weight, 0.01)  # a fact of negative weight is lost too
        return round(lost, 3)

    def _quote_elsewhere(self, c: Candidate, anywhere: bool = False) -> list[Candidate] | None:
        """A quote of ``c``'s actor, not yet offered, that may be asked on another sentence
        (or on any, if ``anywhere``): "Who said this: ...?" asks the person as well."""
        quote = (QUOTE, c.about[1])
        if quote in self.topics:
            return None
        at = c.fact.sentence.index
        return next(
            (
                group for group in self.pending
                if group[0].about == quote
                and any(
                    (anywhere or g.fact.sentence.index != at) and self._allowed(g) for g in group
                )
            ),
            None,
        )  # fmt: skip

    def _allowed(self, c: Candidate) -> bool:
        if _folded(c.question.prompt) in self.prompts:
            return False
        sentence = c.fact.sentence
        words = len(sentence.text.split())
        room = PER_LONG_SENTENCE if words >= LONG_SENTENCE else PER_SENTENCE
        room += words >= VERY_LONG
        if self.sentences.get(sentence.index, 0) >= room:
            return False
        if c.question.form == QuestionForm.ROLE and any(
            _tells(k, c) for k in self.kept if k.question.form != QuestionForm.QUOTE
        ):  # "Who is named as the minister?" beside "When did Minister Ana Ruiz resign?"
            return False  # (a quote's words name people, but not as the role's holder)
        same = [k for k in self.kept if k.fact.sentence.index == c.fact.sentence.index]
        return not any(_tells(k, c) or _tells(c, k) for k in same)

    def _score(self, c: Candidate) -> float:
        """The question's worth, less a penalty for a kind the set has too many of so far
        (so that the first N of a longer set are the set of N)."""
        kind = c.question.kind
        size = len(self.kept) + 1
        if size < MIN_COUNT:
            return c.worth
        share = (self.kinds.get(kind, 0) + 1) / size
        return c.worth - OVERUSE * max(0.0, share - SHARE.get(kind, 0.2))


def _tells(a: Candidate, b: Candidate) -> bool:
    """Whether ``a``'s prompt holds ``b``'s answer (two questions on one sentence), in any
    of the names the article gives it or, for a date, its year ("in 1966" shows "30 July
    1966"); a person's surname alone counts where no other first name stands before it
    ("Dahl opened", not the "Curie" of "Marie Curie" for Pierre Curie)."""
    prompt = a.question.prompt.casefold()
    answers = {b.question.answer.casefold(), b.fact.surface.casefold()}
    entity = b.fact.entity
    if entity is not None and b.fact.kind != QUOTE:
        person = entity.type == PERSON  # a lone "Curie" may be another Curie's
        answers |= {n.casefold() for n in entity.names() if not person or " " in n}
        if person and _surname_in(entity.name, a.question.prompt):
            return True
    if b.fact.kind == DATE:
        answers |= set(YEAR_IN.findall(b.question.answer))
    return any(len(x) > 1 and _words_in(x, prompt) for x in answers)


def _surname_in(name: str, prompt: str) -> bool:
    """Whether the last word of ``name`` stands in ``prompt`` as that person's: alone, after a
    title ("Mr. Gorbachev") or after the person's own first name."""
    words = name.split()
    if len(words) < 2 or len(words[-1]) < 3:
        return False
    for m in re.finditer(rf"(?<!\w){re.escape(words[-1])}(?!\w)", prompt):
        before = prompt[: m.start()].split()
        word = before[-1] if before else ""
        if not word[:1].isupper() or word.endswith(".") or word in words:
            return True
    return False


def _words_in(words: str, text: str) -> bool:
    """Whether ``words`` stand in ``text`` as whole words ("ten" is not in "often")."""
    return re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text) is not None


def _topic(fact: Fact) -> tuple[str, str]:
    """What a fact is about: its actor (a speaker's quotes apart), or its value."""
    if fact.entity is not None:
        return (QUOTE if fact.kind == QUOTE else ACTOR, str(id(fact.entity)))
    return (f"{fact.kind}|{fact.type}", fact.answer.casefold())


def _folded(prompt: str) -> str:
    return " ".join(prompt.casefold().split())
