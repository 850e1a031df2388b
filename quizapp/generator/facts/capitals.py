"""Words the article writes capitalised inside a sentence, shared by the docs of all its
paragraphs (each paragraph is parsed on its own), so that a name opening a sentence keeps
its capital in a question when another paragraph shows it is a name (issue 16)."""

from __future__ import annotations

from collections import Counter
from typing import Any

KEY = "quizapp_capitals"


def share_capitals(docs: list[Any]) -> None:
    """Note in every doc the capitalised words found inside sentences of any of them."""
    counts = Counter(
        t.text for doc in docs for t in doc if not t.is_sent_start and t.text[:1].isupper()
    )
    for doc in docs:
        doc.user_data[KEY] = counts


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
