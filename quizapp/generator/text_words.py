"""The words of a short text, as a set to test against word lists."""

from __future__ import annotations


def word_set(text: str) -> frozenset[str]:
    """The words of ``text`` split at white space: ``word_set("the blaze") & EVENT_WORDS``."""
    return frozenset(text.split())
