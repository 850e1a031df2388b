"""Questions on a news lead: clauses joined by "and" that share the event clause after
them and the source that closes the sentence.

"At least nine people died and more than 4,000 homes were flooded after Cyclone Mira hit
the coast of Fiji on 3 May, officials said." holds three facts a teacher asks: "At least
how many people died after Cyclone Mira hit the coast of Fiji?", "More than how many
homes were flooded after Cyclone Mira hit the coast of Fiji?" and "On which date did
Cyclone Mira hit the coast of Fiji?". The "after"/"when" clause is the event each count
belongs to, so it is asked with each clause; dates and times are cut from it (the date is
asked of it, a weekday is trivia). A closing "officials said" (a source that names no
one) is left out; a named source is kept as "according to X" with a count, not with the
date of the event (issue 16).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from quizapp.generator.facts.facts import COUNT, WEEKDAY, Fact
from quizapp.generator.forms.count_subjects import DATE_ENTS, clause_start, count_subject, marked
from quizapp.generator.forms.gaps import PRONOUNS
from quizapp.generator.forms.token_text import lower_start, spaced
from quizapp.questiondata import FactKind

SAYING = {"say", "tell", "report", "announce", "confirm", "state"}
# the phrases of a clause's verb a count question keeps
KEPT = {"dobj", "prep", "prt", "advmod", "agent", "acomp", "oprd"}


@dataclass
class Lead:
    """The parts of a news lead."""

    clauses: list[Any]  # the verbs of the clauses joined by "and"
    event: Any  # the verb of the shared "after"/"when" clause
    source: str  # "" or the named source, for "according to ..."
    end: int  # token index where the reported content ends


def news_lead_question(fact: Fact, what: str) -> str | None:
    """A count or the event's date of a news lead asked as above, or None."""
    return lead_count_question(fact) or lead_date_question(fact, what)


def lead_count_question(fact: Fact) -> str | None:
    """ "At least how many people were killed after Storm X hit ...?" for a count that opens
    a clause of a news lead, or None."""
    tok = fact.token
    if fact.kind != FactKind.FIGURE or fact.type != COUNT or tok is None:
        return None
    counts = tok.dep_ == "nummod" or (tok.dep_ == "amod" and tok.like_num)  # "Sixty homes"
    noun = tok.head if counts else None
    elided = noun is None and tok.like_num and bool(fact.unit)  # "and about 20 remain missing"
    noun = tok if elided else noun
    if noun is None or (not elided and (noun.tag_ != "NNS" or noun.i < tok.i)):
        return None
    lead = _lead(tok.sent)
    verb = noun.head
    if lead is None or not any(v.i == verb.i for v in lead.clauses):
        return None
    if noun.left_edge.i != clause_start(verb):
        return None
    doc = tok.doc
    numbers = [t.i for t in noun.subtree if t.like_num and t.i < noun.i]
    unit = doc[numbers[-1] + 1 : noun.right_edge.i + 1] if numbers else doc[tok.i : tok.i]
    subject = count_subject(noun, unit, verb)
    if subject is None:
        return None  # "two others were injured": others than whom is said before
    hedge, between = subject
    kept = _verb_phrases(verb, lead)
    event = _event_text(lead.event)
    if kept is None or event is None:
        return None
    words = " ".join(
        w
        for w in (
            hedge,
            "how many",
            fact.unit if elided else unit.text,
            spaced([*between, verb]),
            kept,
            event,
        )
        if w
    )
    return _according(lead.source, words)


def lead_date_question(fact: Fact, what: str) -> str | None:
    """ "On which date did Storm X hit ...?" for the date that closes the event clause of a
    news lead, or None."""
    tok = fact.token
    if fact.kind != FactKind.DATE or tok is None or fact.type == WEEKDAY:
        return None
    lead = _lead(tok.sent, single=True)
    if lead is None:
        return None
    event = lead.event
    if not event.i < tok.i < lead.end or event.tag_ != "VBD" or event.lemma_ in ("be", "have"):
        return None
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in event.children):
        return None
    subjects = [c for c in event.children if c.dep_ == "nsubj" and c.i < event.i]
    if len(subjects) != 1:
        return None
    doc = tok.doc
    subject = doc[subjects[0].left_edge.i : subjects[0].right_edge.i + 1]
    if subject.start != doc[event.left_edge.i].i + 1 or subject.end != event.i:
        return None
    kept = _cut_tokens(doc[event.i + 1 : event.right_edge.i + 1])
    rest = None if kept is None else spaced(kept)
    if kept is None or not _date_follows(kept[-1].i + 1 if kept else event.i + 1, tok):
        return None
    named = any(t.pos_ == "PROPN" for t in subject) or any(
        w[:1].isupper() for w in (rest or "").split()
    )
    if rest is None or not named:
        return None  # "On which date did the council reject the plan?": which one
    prep = "in" if any(w in what for w in ("year", "month", "decade", "century")) else "on"
    # the date of the event, not a claim of the source: no "according to"
    return f"{prep} {what} did {lower_start(subject)} {event.lemma_} {rest}".strip()


def _date_follows(start: int, tok: Any) -> bool:
    """Whether only the date's own words lie between the event clause's words and the date
    ``tok`` heads: "overnight on Tuesday, 7 November", not "won the cup, in 1993" (where the
    date may be the main clause's)."""
    doc = tok.doc
    for t in doc[start : tok.left_edge.i]:
        dated = t.ent_type_ in DATE_ENTS or t.pos_ in ("ADV", "ADP")
        if not dated and not (t.text == "," and doc[t.i - 1].ent_type_ in DATE_ENTS):
            return False
    return True


def _according(source: str, question: str) -> str:
    return f"according to {source}, {question}" if source else question


def _lead(sent: Any, single: bool = False) -> Lead | None:
    """The clauses, event clause and source of a news lead sentence, or None; a lone clause
    without a source ("Six people died after Storm Orla hit Kessel on 2 May.") only where
    ``single`` (its count is asked by :mod:`headline_forms`, its date here)."""
    root = sent.root
    doc = root.doc
    content, source, end = root, "", sent.end
    joined: list[Any] = []
    loose: list[Any] = []
    if root.lemma_ in SAYING:
        said = [c for c in root.children if c.dep_ == "ccomp" and c.i < root.i]
        if not said or said[0].left_edge.i != sent.start:
            return None
        for other in said[1:]:  # "A died and B fled after C, X said" parsed as three reported
            if marked(other):  # clauses: the last is the event
                loose.append(other)
            elif doc[other.left_edge.i - 1].lower_ == "and":
                joined.append(other)
            else:
                return None
        subjects = [c for c in root.children if c.dep_ == "nsubj" and c.i > said[-1].i]
        if len(subjects) != 1:
            return None
        speaker = doc[subjects[0].left_edge.i : subjects[0].right_edge.i + 1]
        gap = doc[said[-1].right_edge.i + 1 : speaker.start]
        after = doc[root.i + 1 : sent.end]
        if speaker.end != root.i or not all(t.is_punct for t in [*gap, *after]) or not gap:
            return None
        named = _source(speaker)
        if named is None:
            return None
        content, source, end = said[0], named, gap.start
    if content.pos_ not in ("VERB", "AUX"):
        return None
    clauses = [content] + [
        c for c in content.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
    ]
    clauses = sorted([*clauses, *joined], key=lambda v: v.i)
    if any(v.pos_ not in ("VERB", "AUX") or not _own_subject(v) for v in clauses):
        return None
    events = [
        c for v in clauses for c in v.children
        if c.i > clauses[-1].i and ((c.dep_ == "advcl" and marked(c)) or _event_phrase(c))
    ] + [c for c in loose if c.i > clauses[-1].i]  # fmt: skip
    if len(events) != 1:
        return None
    if len(clauses) == 1 and not source and root is content and not single:
        return None  # a plain "X died after Y": headline_forms asks its count
    return Lead(clauses, events[0], source, end)


def _source(speaker: Any) -> str | None:
    """ "" for a source that names no one ("officials", "the police", "he"), the source for
    one that is named ("the Norwegian Meteorological Institute"), None for one in quotes or
    brackets."""
    words = list(speaker)
    if any(t.text in '"“”()' for t in words):
        return None
    if any(t.lower_ in PRONOUNS or t.tag_ == "PRP$" for t in words):
        return ""
    if any(t.pos_ == "PROPN" for t in words):
        return lower_start(speaker)
    return ""  # "officials", "the airport operator", "he": the fact stands without them


def _own_subject(verb: Any) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children)


def _event_phrase(prep: Any) -> bool:
    """ "after a landslide swept through ...": an event clause the parse hung on its noun (a
    preposition whose noun a past verb follows), asked like an "after" clause."""
    if prep.dep_ != "prep" or prep.lower_ not in ("after", "before"):
        return False
    nouns = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
    return any(
        c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") and c.i == n.i + 1
        for n in nouns
        for c in n.children
    )


def _verb_phrases(verb: Any, lead: Lead) -> str | None:
    """The verb's own phrases after it ("lost power"), less the event clause, the joined
    clauses and dates; None where one is not a plain phrase."""
    doc, kept = verb.doc, []
    for child in verb.children:
        if child.i < verb.i or child.dep_ in ("conj", "cc", "punct"):
            continue
        if child.i == lead.event.i or child.i >= lead.end:
            continue
        span = doc[child.left_edge.i : child.right_edge.i + 1]
        if any(t.ent_type_ in DATE_ENTS for t in span):
            continue  # a date the parse hung on the wrong verb
        if child.dep_ not in KEPT:
            return None
        if any(t.is_punct or t.text in '"“”' or t.lower_ in PRONOUNS for t in span):
            return None
        kept.extend(span)
    return spaced(kept)


def _event_text(verb: Any) -> str | None:
    """ "after Storm X tore across the coast" of "after Storm X tore across the coast
    overnight on Tuesday, 7 November": the clause up to its first date, time or comma; None
    where it names nothing (which storm is not said) or leans on a pronoun."""
    doc = verb.doc
    kept = _cut_tokens(doc[verb.left_edge.i : verb.right_edge.i + 1])
    if kept is None or not any(t.pos_ == "PROPN" or t.like_num for t in kept):
        return None
    return spaced(kept)


def _cut(span: Any) -> str | None:
    """The span up to its first date, time or comma, less dangling words at its end."""
    kept = _cut_tokens(span)
    return None if kept is None else spaced(kept)


def _cut_tokens(span: Any) -> list[Any] | None:
    kept, dated = [], False
    for t in span:
        if t.ent_type_ in DATE_ENTS or (t.is_punct and t.tag_ != "HYPH"):  # not "take-off"
            dated = t.ent_type_ in DATE_ENTS
            break
        kept.append(t)
    dangling = ("ADP", "DET", "CCONJ", "PUNCT", "ADV") if dated else ("ADP", "DET", "CCONJ")
    while kept and (kept[-1].pos_ in dangling or kept[-1].lower_ == "'s"):
        kept.pop()  # "late on Friday", "early in the morning of 3 May": the date's words
    if any(t.lower_ in PRONOUNS or t.text in '"“”' for t in kept):
        return None
    return kept
