"""Quotes and who said them.

A quote is the text between quotation marks (curly or straight) within a
paragraph; a quote that runs over several sentences stays one quote, and a
quote broken by its attribution ('"First," she said, "second."') is joined.
The speaker is the subject of a speech verb outside the quotation marks in
the same sentences ("X said", "said X", "according to X"), a pronoun there
("he said") is the last named speaker, and a quote with no attribution of its
own continues the speaker of the sentence just before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from quizapp.generator import nlp
from quizapp.generator.facts.facts import PERSON, QUOTE, Entity, Fact, Sentence
from quizapp.generator.facts.mentions import Mention

SPEECH_VERBS = {
    "say", "tell", "add", "argue", "state", "write", "note", "explain", "ask", "insist",
    "declare", "claim", "warn", "announce", "recall", "reply", "remark", "comment",
    "continue", "conclude", "observe", "stress", "emphasise", "emphasize", "admit",
    "acknowledge", "suggest", "respond", "answer", "urge", "predict", "describe", "call",
}  # fmt: skip
PRONOUNS = {"he", "she"}
MIN_QUOTE_WORDS = 5
MAX_QUOTE_WORDS = 45
QUOTE_PAIRS = {"“": "”", '"': '"'}


@dataclass
class _Quote:
    doc: Any
    start: int  # doc characters, inside the marks
    end: int
    sentences: list[Sentence]


def quote_facts(sentences: list[Sentence], mentions: list[Mention]) -> list[Fact]:
    """One fact per attributed quote of five words or more."""
    by_token = {(id(m.doc), i): m for m in mentions for i in range(m.start, m.end)}
    facts: list[Fact] = []
    last_speaker: Entity | None = None
    last_person: Entity | None = None
    quotes = _quotes(sentences)
    previous_speaker: dict[int, Entity | None] = {}
    for sentence in sentences:
        inside = [q for q in quotes if sentence in q.sentences]
        speaker = _attribution(sentence, inside, by_token, last_person or last_speaker)
        if speaker is None and inside and inside[0].sentences[0] is not sentence:
            speaker = previous_speaker.get(inside[0].sentences[0].index)
        if speaker is None and inside and sentence.index - 1 in previous_speaker:
            speaker = previous_speaker[sentence.index - 1]
        previous_speaker[sentence.index] = speaker
        if speaker is not None:
            last_speaker = speaker
        for m in mentions:
            if m.sentence is sentence and m.entity is not None and m.entity.type == PERSON:
                root = m.root
                if root.dep_ == "appos":
                    root = root.head
                if root.dep_ in ("nsubj", "nsubjpass"):
                    last_person = m.entity
    done: set[int] = set()
    for q in quotes:
        speaker = None
        for s in q.sentences:
            speaker = speaker or previous_speaker.get(s.index)
        if speaker is None or id(q) in done:
            continue
        done.add(id(q))
        parts = [q, *_continuations(q, quotes)]
        done.update(id(p) for p in parts)
        fact = _fact(parts, speaker)
        if fact is not None:
            facts.append(fact)
    return facts


def _quotes(sentences: list[Sentence]) -> list[_Quote]:
    by_doc: dict[int, list[Sentence]] = {}
    for s in sentences:
        by_doc.setdefault(id(s.span.doc), []).append(s)
    found = []
    for group in by_doc.values():
        doc = group[0].span.doc
        text = nlp.text_of(doc)
        i = 0
        while i < len(text):
            ch = text[i]
            if ch in QUOTE_PAIRS and (ch != '"' or i == 0 or not text[i - 1].isalnum()):
                close = text.find(QUOTE_PAIRS[ch], i + 1)
                end = close if close != -1 else len(text)
                inside = [s for s in group if s.span.start_char < end and s.span.end_char > i]
                found.append(_Quote(doc, i + 1, end, inside))
                i = end + 1
            else:
                i += 1
    return found


def _in_quotes(tok: Any, quotes: list[_Quote]) -> bool:
    return any(q.start <= tok.idx < q.end for q in quotes if q.doc is tok.doc)


def _attribution(
    sentence: Sentence,
    quotes: list[_Quote],
    by_token: dict[tuple[int, int], Mention],
    fallback: Entity | None,
) -> Entity | None:
    """Who the sentence says is speaking, if anyone."""
    for tok in sentence.span:
        if _in_quotes(tok, quotes):
            continue
        if tok.lemma_.lower() == "accord" and tok.i + 2 < len(tok.doc):
            target = [c for c in tok.doc[tok.i + 1].children if c.dep_ == "pobj"]
            found = _entity_of(target[0], by_token, fallback) if target else None
            if found is not None and found.type == PERSON:
                return found
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in SPEECH_VERBS:
            continue
        for child in tok.children:
            if child.dep_ in ("nsubj", "nsubjpass") and not _in_quotes(child, quotes):
                found = _entity_of(child, by_token, fallback)
                if found is not None:
                    return found
        found = _next_to(tok, by_token)
        if found is not None:
            return found
    return None


def _next_to(verb: Any, by_token: dict[tuple[int, int], Mention]) -> Entity | None:
    """A name right before the verb (adverbs between) or right after it: "Best later wrote"."""
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].pos_ == "ADV" and (id(doc), i) not in by_token:
        i -= 1
    for j in (i, verb.i + 1):
        mention = by_token.get((id(doc), j)) if 0 <= j < len(doc) else None
        if mention is not None and mention.entity is not None:
            return mention.entity
    return None


def _entity_of(
    tok: Any, by_token: dict[tuple[int, int], Mention], fallback: Entity | None
) -> Entity | None:
    if tok.lower_ in PRONOUNS:
        return fallback if fallback is not None and fallback.type == PERSON else None
    mention = by_token.get((id(tok.doc), tok.i))
    if mention is not None:
        return mention.entity
    for child in tok.children:  # "the latter's president, Ilham Aliyev, said"
        if child.dep_ == "appos":
            mention = by_token.get((id(tok.doc), child.i))
            if mention is not None:
                return mention.entity
    return None


def _continuations(first: _Quote, quotes: list[_Quote]) -> list[_Quote]:
    """The second part of a quote broken by its attribution in the same sentence."""
    out = []
    for q in quotes:
        if q is not first and q.doc is first.doc and q.start > first.end:
            between = nlp.text_of(first.doc)[first.end : q.start]
            if (
                len(between) < 60
                and between.strip(' "“”').endswith(",")
                and q.sentences[0] in (first.sentences)
            ):
                out.append(q)
            break
    return out


def _fact(parts: list[_Quote], speaker: Entity) -> Fact | None:
    doc = parts[0].doc
    words = " … ".join(_clean(nlp.text_of(doc)[p.start : p.end]) for p in parts)
    count = len(words.split())
    if count < MIN_QUOTE_WORDS or count > MAX_QUOTE_WORDS:
        return None
    sentences = sorted({s for p in parts for s in p.sentences}, key=lambda s: s.index)
    if not all(s.usable for s in sentences) and len(sentences) == 1:
        return None
    first = sentences[0]
    source = first
    if len(sentences) > 1:
        a, b = first.char0, sentences[-1].char0 + len(sentences[-1].text)
        source = Sentence(first.index, nlp.text_of(doc)[a:b], first.span, a, True)
    start = source.local(parts[0].start)
    aliases = tuple(sorted(speaker.names() - {speaker.name}))
    return Fact(
        QUOTE,
        speaker.type,
        speaker.name,
        source,
        start,
        start + len(words),
        value=speaker.name,
        aliases=aliases,
        entity=speaker,
        quote=words,
    )


def _clean(text: str) -> str:
    text = " ".join(text.split())
    return re.sub(r"[,;:]$", "", text).strip()
