"""Words the article writes capitalised inside a sentence, and words it writes in lower
case, shared by the docs of all its paragraphs (each paragraph is parsed on its own), so
that a name opening a sentence keeps its capital in a question when another paragraph shows
it is a name, and a common word opening one loses it when another paragraph writes it in
lower case ("Tea is Kenya's largest export" beside "the tea auction") (issue 16)."""

from __future__ import annotations

from collections import Counter
from typing import Any

KEY = "quizapp_capitals"
LOWER_KEY = "quizapp_lower_words"
ALONE_KEY = "quizapp_lone_capitals"


def share_capitals(docs: list[Any]) -> None:
    """Note in every doc the capitalised words found inside sentences of any of them, and
    the words any of them writes in lower case."""
    counts = Counter(
        t.text for doc in docs for t in doc if not t.is_sent_start and t.text[:1].isupper()
    )
    lower = {t.text for doc in docs for t in doc if t.text.isalpha() and t.text.islower()}
    alone = {t.text for doc in docs for t in doc if _lone_capital(t)}
    for doc in docs:
        doc.user_data[KEY] = counts
        doc.user_data[LOWER_KEY] = lower
        doc.user_data[ALONE_KEY] = alone


def capitalised_elsewhere(token: Any) -> bool:
    """Whether the article writes ``token``'s word capitalised inside a sentence, at
    another place than ``token``."""
    counts = token.doc.user_data.get(KEY)
    if counts is None:
        return any(
            t.text == token.text and not t.is_sent_start and t.i != token.i for t in token.doc
        )
    own = 0 if token.is_sent_start or not token.text[:1].isupper() else 1
    return bool(counts[token.text] - own > 0)


def written_lower(token: Any) -> bool:
    """Whether the article writes ``token``'s word in lower case somewhere ("tea" of "Tea",
    "landslide" of "Landslides")."""
    lower = token.doc.user_data.get(LOWER_KEY)
    if lower is None:
        lower = {t.text for t in token.doc if t.text.isalpha() and t.text.islower()}
    word = token.lower_
    return word in lower or (word.endswith("s") and word[:-1] in lower)


def capitalised_alone(token: Any) -> bool:
    """Whether the article writes ``token``'s word capitalised inside a sentence on its own,
    not as a word of a longer name ("Tea" of "the Kenya Tea Board" is none)."""
    alone = token.doc.user_data.get(ALONE_KEY)
    if alone is None:
        return any(_lone_capital(t) for t in token.doc if t.text == token.text)
    return token.text in alone


def _lone_capital(token: Any) -> bool:
    """A capitalised word inside a sentence with no capitalised word beside it."""
    if token.is_sent_start or not token.is_title or not token.text.isalpha():
        return False
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return not any(t is not None and t.is_title and t.text.isalpha() for t in (before, after))
