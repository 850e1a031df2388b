"""Tokens of a parse joined back into text, a space kept where words were left out.

A question is built from the article's tokens with some of them cut (an aside, a
comma, an "according to" moved to the front): joining what is left by each token's
own trailing space would glue "Monday" to "according" where the comma between
them was cut. Here a space stands wherever the text had one or a token was left out.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def spaced(tokens: Iterable[Any], words: dict[int, str] | None = None) -> str:
    """``tokens`` (spaCy tokens, in order) as text; ``words`` replaces a token's text by
    its index (a verb's lemma after "did")."""
    out: list[str] = []
    previous = None
    for t in tokens:
        if previous is not None and (previous.whitespace_ or t.i != previous.i + 1):
            out.append(" ")
        out.append(words.get(t.i, t.text) if words else t.text)
        previous = t
    return "".join(out).strip()
