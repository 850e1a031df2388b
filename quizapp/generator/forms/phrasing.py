"""Turning a sentence and a fact in it into a question.

Two forms are made from the dependency parse, both keeping the article's
own words: a subject question ("Azerbaijan wants ..." -> "Which country
wants ...?") and an inverted question for a fact that is an object or the
date of the main verb ("In December, the neighbours issued ..." -> "In which
month did the neighbours issue ...?"). When the parse does not allow either
cleanly, callers fall back to a gap-filling question, which is always
grammatical.
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from quizapp.generator.facts.facts import (
    CENTURY,
    CITY,
    COUNT,
    COUNTRY,
    DECADE,
    DURATION,
    EVENT,
    FULL_DATE,
    LAKE,
    MONEY,
    MONTH,
    MONTH_YEAR,
    ORG,
    PERCENT,
    PERSON,
    PLACE,
    QUANTITY,
    REGION,
    RIVER,
    SCORE,
    SEA,
    TIME,
    TIMES,
    WEEKDAY,
    YEAR,
    Fact,
)
from quizapp.generator.facts.figure_units import count_rate
from quizapp.generator.forms.attribute_counts import attribute_count_question
from quizapp.generator.forms.clause_tails import KEEP_PURPOSE, trailing_clauses
from quizapp.generator.forms.comparison_forms import comparison_question
from quizapp.generator.forms.consequence_counts import consequence_count_question
from quizapp.generator.forms.definition_forms import relative_clause_question
from quizapp.generator.forms.figure_hedges import hedged
from quizapp.generator.forms.gaps import PRONOUNS, short_gapped
from quizapp.generator.forms.head_words import head_is_fair, head_word, neutral_word
from quizapp.generator.forms.headline_forms import agent_question, headline_question, score_question
from quizapp.generator.forms.inner_clauses import inner_clause_question
from quizapp.generator.forms.lead_trims import TRIM
from quizapp.generator.forms.measure_forms import measure_question
from quizapp.generator.forms.news_leads import news_lead_question
from quizapp.generator.forms.noun_participles import noun_participle_question
from quizapp.generator.forms.question_scope import (
    closing_asides,
    country_owner,
    joined_clause,
    leaning_definite,
    opening_adjunct,
    participle_opening,
    phrasal_preposition,
    reported_opening,
    reported_tail,
    speaker_name,
    subject_aside,
)
from quizapp.generator.forms.relative_figures import relative_figure_question
from quizapp.generator.forms.reported_forms import reported_question
from quizapp.generator.forms.sample_counts import sample_end
from quizapp.generator.forms.tally_forms import is_tally, tally_question
from quizapp.generator.forms.target_forms import target_question
from quizapp.generator.forms.team_words import team_word
from quizapp.generator.forms.token_text import (
    DO_FORMS,
    NAMED_LATER,
    garden_path_perfect,
    lower_start,
    spaced,
)
from quizapp.generator.forms.wh_forms import (
    change_size,
    counted,
    date_on_noun,
    framed,
    joined_subject_question,
    led_by_aside,
    one_phrase,
    opening_date_question,
    participle_question,
    placed_opening,
    share_of,
    takes_object,
    trailing_aside,
)
from quizapp.generator.forms.when_clauses import when_clause_question
from quizapp.generator.forms.whose_questions import whose_question
from quizapp.questiondata import FactKind, FineType

WHAT: dict[str, str] = {
    PERSON: "which person", ORG: "which organisation", COUNTRY: "which country",
    CITY: "which city", REGION: "which region", PLACE: "which place", YEAR: "which year",
    DECADE: "which decade", CENTURY: "which century", MONTH: "which month",
    WEEKDAY: "which day of the week", FULL_DATE: "which date", MONTH_YEAR: "which month and year",
    TIME: "what time", MONEY: "which amount", PERCENT: "what percentage",
    QUANTITY: "which quantity", TIMES: "how many times", COUNT: "which number",
    DURATION: "how long", RIVER: "which river", LAKE: "which lake", SEA: "which sea",
    EVENT: "which event", FineType.RACE_TIME: "what time",
}  # fmt: skip
# Head words of an organisation's name that say what kind it is ("which party").
ORG_HEADS = {"party", "bank", "university", "company", "council", "court", "agency", "union",
             "airline", "airlines", "museum", "hospital", "army", "navy", "club", "newspaper",
             "committee", "commission", "parliament", "assembly", "church",
             "foundation"}  # fmt: skip
# Head words of a place's name that say what kind it is ("At which stadium").
PLACE_HEADS = {"stadium", "airport", "bridge", "palace", "square", "cathedral", "castle",
               "station", "gate", "park", "hall", "arena", "harbour", "port", "island",
               "mountains", "desert", "valley"}  # fmt: skip
# A comparison aside a question does not need: ", up from 265 million pounds a year earlier"
COMPARISON = re.compile(r",\s*(?:up|down) (?:from|on) [^,?]*(?=,|$)")
LIST_MARK = re.compile(r";|:(?!\d)")  # not the colon of a time ("10:30")
SPECIFIC_WORDS = 6  # a shorter question needs a name or a number to be answerable
NAMED_OR_NUMBER = re.compile(r"\b[A-Z][a-z]|\d")
MIN_QUESTION_WORDS, MAX_QUESTION_WORDS = 4, 25
SPEECH = {"say", "add", "tell", "report", "announce", "state", "confirm", "explain"}
# whether :func:`_finish` keeps a question too short to say what it is about
_SHORT_OK: ContextVar[bool] = ContextVar("short_ok", default=False)
AUX_LEMMAS = {"be", "have", "will", "can", "could", "would", "should", "may", "might", "must"}


def what(fact: Fact) -> str:
    """The question words for the fact's fine type: "which country", "how many villages"."""
    if fact.type == COUNT and fact.unit:
        return f"how many {fact.unit}"
    if fact.type == QUANTITY and fact.value is None and fact.unit:
        return f"how many {fact.unit}"  # a range: "between 22 and 55 kilograms"
    unit = " ".join(fact.surface.split()[1:])  # "636 kilometres", "4,150 square kilometres"
    if fact.type == QUANTITY and unit.replace(" ", "").isalpha() and unit.islower():
        return f"how many {unit}"  # "for how many kilometres", "how many square kilometres"
    if fact.type == DURATION and fact.unit:
        return f"how many {fact.unit}"
    head = fact.answer.split()[-1].casefold() if fact.answer.split() else ""
    own = head_word(fact.answer)  # "the Labour Party": "which party" where another party is
    team = team_word(fact, club_fair=own == "club" and head_is_fair(fact, own))
    if team:
        return team  # "Kelby Athletic equalised": "Which team equalised?"
    if fact.type == ORG and own in ORG_HEADS:  # named, else a word that does not point at it
        return f"which {own}" if head_is_fair(fact, own) else neutral_word(own, WHAT[ORG])
    if fact.type == PLACE and " " in fact.answer and head in PLACE_HEADS:
        return f"which {head}"  # "Wembley Stadium": "which stadium", not "which place"
    return WHAT.get(fact.type, "what")


def wh_question(fact: Fact) -> str | None:
    """A question whose answer is the fact, in the sentence's own words, or None. Where
    every form is too short to say what it is about, the first of them, which naming may
    make whole ("How tall do adults stand?" -> "How tall do adult emperor penguins
    stand?"; ``checks`` refuses it where nothing is named)."""
    found = _wh_question(fact)
    if found is None:  # "... curl a shot into the top corner to make it 1-1?": too long
        whole = KEEP_PURPOSE.set(False)
        try:
            found = _wh_question(fact)
            for level in (1, 2):  # a long lead: its dates, then its relative clauses
                if found is None:
                    found = _trimmed(fact, level)
        finally:
            KEEP_PURPOSE.reset(whole)
    if found is None:
        lenient = _SHORT_OK.set(True)
        try:
            found = _wh_question(fact)
        finally:
            _SHORT_OK.reset(lenient)
    return found


def _trimmed(fact: Fact, level: int) -> str | None:
    """The question with what a long lead may leave out at ``level`` left out
    (:mod:`lead_trims`)."""
    trim = TRIM.set(level)
    try:
        return _wh_question(fact)
    finally:
        TRIM.reset(trim)


def _wh_question(fact: Fact) -> str | None:
    if fact.token is None or not fact.sentence.usable:
        return None
    if fact.entity is not None and not fact.entity.sure:
        return None  # "By which organisation was the record set?" of a runner
    head = what(fact)
    if fact.type == SCORE and is_tally(fact):  # "By what vote did lawmakers pass the budget?"
        return _finish(tally_question(fact) or "")
    if fact.type == SCORE:  # "By what score did England beat West Germany?"
        return _finish(participle_question(fact, head) or score_question(fact) or "")
    found = _finish(news_lead_question(fact, head) or "")  # "N died after X hit ..., police said"
    found = found or _subject_question(fact) or _finish(reported_question(fact, head) or "")
    found = found or _inverted_question(fact)
    found = found or _finish(noun_participle_question(fact, what(fact)) or "")
    if found is not None:  # "How many stores did X say it had closed?" before "According to"
        return found
    found = consequence_count_question(fact)  # "..., killing N": "were killed when ...?"
    found = found or attribute_count_question(fact)  # "X is Y, supporting N": "does X, Y,"
    found = found or participle_question(fact, head) or joined_subject_question(fact, head)
    found = found or opening_date_question(fact, head) or measure_question(fact, head)
    found = found or headline_question(fact) or agent_question(fact)
    found = found or when_clause_question(fact, head)  # "on 30 April, when X did Y"
    found = found or target_question(fact)  # "Set 330 to win, X ...": "did X need to win"
    found = found or relative_clause_question(fact, head) or inner_clause_question(fact, head)
    found = found or whose_question(fact)  # "backed by the government of X": "Whose government"
    found = found or relative_figure_question(fact, head)  # "a law that would ... for 90 days"
    found = found or comparison_question(fact)  # "X were 30% less likely to ... than Y"
    return _finish(found or "")


def _phrase_tokens(fact: Fact, aside: set[int] | None = None) -> tuple[int, int] | None:
    """Token range of the noun phrase whose head is the fact (articles included), less an
    ``aside`` set off by commas."""
    tok = fact.token
    if fact.kind == FactKind.FIGURE and tok.dep_ in ("nummod", "quantmod") and fact.type == COUNT:
        tok = tok.head
    lo, hi = tok.left_edge.i, tok.right_edge.i + 1
    doc = tok.doc
    fact_lo = doc.char_span(
        fact.sentence.char0 + fact.start, fact.sentence.char0 + fact.end, alignment_mode="expand"
    )
    if fact_lo is None:
        return None
    sample = sample_end(tok)  # "followed 41,250 people aged 45 to 70 who ...": all asked
    hi = max(hi if fact.type == COUNT else fact_lo.end, tok.i + 1, sample)
    right = [t for t in doc[hi : tok.right_edge.i + 1] if t.i not in (aside or ())]
    if right and right[0].dep_ != "prep" and not _parenthesis(right):
        return None  # only a trailing "in emergency aid" or "(WFP)" may stay behind
    if right and right[0].lower_ == "of" and share_of(fact) is not None:
        hi = right[-1].i + 1  # "51.9 percent of the vote": asked with the wh-words
        right = []
    if right and right[0].lower_ == "of" and fact.type == PERSON:
        hi = right[0].right_edge.i + 1  # "X of Colombia won": "Who won", never "Who of Colombia"
        right = []
    if right and right[0].lower_ == "of" and fact.kind == FactKind.FIGURE:
        return None  # "after four years of work": "of work" cannot be left behind
    if _parenthesis(right):
        hi = tok.right_edge.i + 1
    extra = [t for t in doc[lo:hi] if not (fact_lo.start <= t.i < fact_lo.end) and t.i != tok.i]
    extra = [t for t in extra if not _parenthesis(doc[t.i : hi]) or t.i < fact_lo.start]
    allowed = {"det", "compound", "amod", "nummod", "punct", "quantmod", "advmod"}
    if fact.type != COUNT:
        allowed = {"det", "compound", "amod"} if fact.kind == FactKind.ACTOR else {"det"}
    if fact.type == ORG and country_owner(extra):  # "Norway's Supreme Court": "Which
        allowed = allowed | {"poss", "case"}  # court" asks of the body, the country its own
    if any(t.dep_ not in allowed for t in extra if t.i < fact_lo.start):
        return None
    rate = count_rate(tok) if fact.type == COUNT else None  # "a day" of "6,800 steps a day"
    dets = [t for t in extra if t.dep_ == "det" and t not in (rate or ())]
    if fact.type == COUNT and any(not sample or t.i < tok.i for t in dets):
        return None
    return lo, hi


def _parenthesis(tokens: Any) -> bool:
    """Whether ``tokens`` are a bracketed aside such as "(WFP)"."""
    words = [t.text for t in tokens]
    return len(words) >= 3 and words[0] == "(" and words[-1] == ")"


@dataclass
class _Clause:
    """The part of a sentence a question is made of: the whole, or a reported clause."""

    root: Any
    start: int
    end: int
    source: str = ""  # who says so, when the attribution is left out


def _clause(fact: Fact) -> _Clause:
    """The sentence, or for "X, officials said." / "Y said X." the reported clause X."""
    sent = fact.sentence.span
    root = sent.root
    joined = joined_clause(fact.token, root)  # "..., and Hurst scored again in 1966"
    if joined is not None:
        return _Clause(joined, joined.left_edge.i, joined.right_edge.i + 1)
    whole = _Clause(root, sent.start, sent.end)
    if root.lemma_ not in SPEECH or any(t.text in '"“”' for t in sent):
        return whole
    reported = [c for c in root.children if c.dep_ == "ccomp"]
    if len(reported) != 1:
        return whole
    verb = reported[0]
    if not verb.left_edge.i <= fact.token.i <= verb.right_edge.i:
        return whole
    lo, hi = verb.left_edge.i, verb.right_edge.i + 1
    if verb.i > root.i:  # "Mendez said (that) about 14,000 residents had been moved"
        while lo < hi and sent.doc[lo].dep_ == "mark":
            lo += 1
        speaker = [c for c in root.children if c.dep_ == "nsubj" and c.i < root.i]
        who = speaker[0] if speaker else None
        source = ""
        if who is not None and who.lower_ not in PRONOUNS:
            source = speaker_name(sent.doc[who.left_edge.i : who.right_edge.i + 1])
        return _Clause(verb, lo, sent.end, source)
    return _Clause(verb, sent.start, hi)


def _subject_question(fact: Fact) -> str | None:
    tok = fact.token.head if fact.type == COUNT and fact.token.dep_ == "nummod" else fact.token
    sent = _clause(fact)
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.i != sent.root.i:
        return None
    aside = subject_aside(tok)  # "The Labour Party, led by X, won ...": "Which party won ...?"
    phrase = _phrase_tokens(fact, aside)
    if phrase is None:
        return None
    doc = fact.sentence.span.doc
    lo, hi = phrase
    start = sent.start + len(participle_opening(sent.root, sent.start, lo))  # "Born in X, she"
    intro = doc[start:lo].text.strip()
    reported = reported_opening(sent.root, start, lo) if sent.root.lemma_ in SPEECH else None
    if reported is sent.root or (intro and reported is None and not intro.endswith(",")):
        return None
    if intro and any(t.text in '"“”' for t in doc[start:lo]):
        return None
    skip = trailing_clauses(sent.root, hi, sent.end) | aside
    skip |= closing_asides(sent.root, hi, sent.end)
    if sent.root.lemma_ in SPEECH:  # "said that profit doubled in 2025 as orders recovered"
        skip |= reported_tail(sent.root, sent.end)
    if leaning_definite(sent.root, [t for t in doc[hi : sent.end] if t.i not in skip]):
        return None  # "Who said the turnaround came from ...?": which turnaround
    rest = _joined(doc[hi : sent.end], skip)
    rest = rest.rstrip(".!?\"”' ").rstrip(",")
    if not rest or any(ch in rest for ch in '"“”'):
        return None
    head = what(fact)
    if fact.type == PERSON:
        head = "who"
    share = share_of(fact)
    if share is not None:
        head = f"{head} {share}"  # "What percentage of the vote went to ...?"
    question = f"{head} {rest}"
    if reported is not None:  # "X rose, the agency said": "Which body said that X rose?"
        said = doc[start : reported.right_edge.i + 1]
        question = f"{question} that {lower_start(said)}"
    elif intro:  # "On 14 March 2019, X opened ...": "Who opened ... on 14 March 2019?"
        joint = " " if doc[start].pos_ == "ADP" else ", "
        question = placed_opening(question, joint + lower_start(doc[start:lo]).rstrip(", "))
    return hedged(fact, _finish(_according(sent, question)))  # "At least how many ...?"


def _inverted_question(fact: Fact) -> str | None:
    tok = fact.token  # "rescued 40 sailors": "How many sailors did ... rescue?"
    if fact.type == COUNT and tok.dep_ == "nummod" and counted(tok.head):
        tok = tok.head
    frame = framed(fact, what(fact))  # "near the town of Kessel Creek": "Near which town"
    place = None if frame is None else frame[0]
    tok = tok if place is None else place
    doc = tok.doc
    sent = _clause(fact)
    root = sent.root
    prep = None
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.i == root.i:
        prep = tok.head
    elif fact.kind == FactKind.DATE and date_on_noun(tok, root):
        prep = tok.head  # "won the cup for the only time on 30 July 1966": when it was won
    elif not (tok.dep_ in ("dobj", *change_size(fact, root)) and tok.head.i == root.i):
        return None
    phrase = _phrase_tokens(fact) if place is None else (tok.left_edge.i, tok.right_edge.i + 1)
    if phrase is None:
        return None
    lo, hi = phrase
    if prep is not None:
        lo = prep.i
        if any(c.i != tok.i and c.dep_ != "pobj" for c in prep.children) or led_by_aside(prep):
            return None
        if phrasal_preposition(prep):  # "move on to three ...": never "To how many ... move on?"
            return None
    subject = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subject or not one_phrase(subject) or subject[0].lower_ in PRONOUNS - NAMED_LATER:
        return None  # "she", "he": named later for the article's subject, or refused
    s_lo, s_hi = subject[0].left_edge.i, subject[-1].right_edge.i + 1
    aside = trailing_aside(subject[-1], root)  # "She was born ..., the only child of ..."
    if aside:
        s_hi = max(t.i for t in subject[-1].subtree if t.i < root.i) + 1
    while s_hi - 1 > s_lo and doc[s_hi - 1].text == ",":
        s_hi -= 1  # a comma the parse hung on the subject belongs to what follows it
    auxes = [c for c in root.children if c.dep_ in ("aux", "auxpass") and c.i < root.i]
    before = [t for t in doc[sent.start : s_lo] if not (lo <= t.i < hi) and not t.is_punct]
    opening = opening_adjunct(root, sent.start, s_lo)
    moved = ""  # "After decades of enmity, X recaptured Y": "Which region did X recapture
    if opening and not lo <= min(opening) < hi and fact.kind != FactKind.DATE:  # ..., after
        moved = ", " + lower_start(doc[min(opening) : max(opening)])  # decades of enmity?"
    if fact.kind == FactKind.DATE or moved:  # a date: not "In how many years did ..."
        before = [t for t in before if t.i not in opening]
    before = [t for t in before if t.i not in participle_opening(root, sent.start, s_lo)]
    if before or s_hi > root.i or (s_lo < lo < s_hi):
        return None
    if root.tag_ not in DO_FORMS and not auxes:
        return None
    if any(t.text in '"“”' for t in doc[sent.start : sent.end]):
        return None
    skip = set(range(lo, hi)) | aside
    opened = lo > 0 and doc[lo - 1].text == "," and lo - 1 >= s_hi
    if opened:  # "X, in 1921, received": both commas of the cut phrase go
        skip.add(lo - 1)
    if hi < len(doc) and doc[hi].text == "," and (lo <= s_lo or opened):
        skip.add(hi)
    skip |= trailing_clauses(root, max(hi, root.i + 1), sent.end)
    skip |= closing_asides(root, max(hi, root.i + 1), sent.end)
    first = auxes[0] if auxes else None
    lead = first.text.lower() if first is not None else DO_FORMS[root.tag_]
    if root.lemma_ == "be" and not auxes:
        lead = root.text.lower()
        skip.add(root.i)
    subject_text = lower_start(doc[s_lo:s_hi])
    kept = [
        t for t in doc[s_hi : sent.end]
        if t.i not in skip and (first is None or t.i != first.i)
    ]  # fmt: skip
    if leaning_definite(root, kept):
        return None  # "When did X say the turnaround came ...?": which turnaround
    lemma = {root.i: root.lemma_} if first is None else None
    if first is not None and garden_path_perfect(auxes, root, doc[s_lo:s_hi]):
        lead, lemma = "did", {root.i: root.lemma_}  # not "had a scheme run in 2023 involved"
    rest = spaced(kept, lemma).rstrip(".!?").rstrip(", ")
    head = what(fact) if fact.type != PERSON else "whom"
    head = head if frame is None else frame[1]
    if head == "whom" and prep is None and not takes_object(root):
        return None  # "Whom was she born in Warsaw?": "born Maria X" names, it has no object
    share = share_of(fact)
    if share is not None:
        head = f"{head} {share}"  # "What percentage of the vote did the Yes side win?"
    if prep is not None:
        head = f"{prep.text.lower()} {head}"
    elif change_size(fact, root):
        head = f"by {head}"  # "Shares rose 9 percent": "By what percentage did shares rise?"
    question = placed_opening(f"{head} {lead} {subject_text} {rest}", moved)
    return hedged(fact, _finish(_according(sent, question)))


def _joined(tokens: Any, skip: set[int]) -> str:
    """The tokens not in ``skip`` as text, a space kept where a skipped part was cut out."""
    return spaced(t for t in tokens if t.i not in skip)


def _according(clause: _Clause, question: str) -> str:
    return f"according to {clause.source}, {question}" if clause.source else question


def _finish(question: str) -> str | None:
    """The question tidied, or None when it is too long to read as one question."""
    question = re.sub(r",(?:\s*,)+", ",", " ".join(question.split()).replace(" ,", ","))
    question = COMPARISON.sub("", question)  # "…, up from 265 million a year earlier, …"
    if not MIN_QUESTION_WORDS <= len(question.split()) <= MAX_QUESTION_WORDS:
        return None  # "Who turned?" says too little to be answered
    if LIST_MARK.search(question.rstrip(" ,;:")):
        return None  # a list cut to its names: "... the web: HTML ; HTTP ; and the URL"
    short = len(question.split()) < SPECIFIC_WORDS and not NAMED_OR_NUMBER.search(question[1:])
    if short and not _SHORT_OK.get():
        return None  # "Who did not fall ill?": nothing says which story it is about
    return question[:1].upper() + question[1:].rstrip(" ,;:") + "?"


def gap_question(fact: Fact) -> str:
    """The article's sentence (or its clause) with a gap on the fact, as a multiple choice's
    prompt: "England won the World Cup on ___." ("Which date fills the gap? “…”" was judged
    among the weakest forms, round 4)."""
    return short_gapped(fact)


def quote_prompt(fact: Fact) -> str:
    """ "Who said: “…”?" for a quote."""
    words = fact.quote.rstrip(".")
    if words[:1].islower():
        words = "…" + words
    return f"Who said this: “{words}”?"
