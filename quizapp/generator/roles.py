"""The role the text gives a named actor: "NATO Secretary-General Jens Stoltenberg",
"Jens Stoltenberg, the head of NATO".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quizapp.generator.mentions import Mention

HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "lady"}
ANAPHORIC = {"its", "his", "her", "their", "the latter", "the former", "our", "my", "your"}


def role_of(m: Mention) -> str:
    """The title before a name ("NATO Secretary-General") or in apposition to it."""
    doc = m.doc
    name_tokens = set(range(m.start, m.end))
    i = m.start - 1
    lo = m.sentence.span.start
    while i >= lo:
        tok = doc[i]
        linked = tok.head.i in name_tokens or tok.head.i in range(i + 1, m.end)
        if (tok.dep_ in ("compound", "amod", "nmod") and linked) or (tok.text == "-" and i > lo):
            i -= 1
            continue
        break
    words = doc[i + 1 : m.start].text.strip(" -")
    if words.lower() in HONORIFICS:
        words = ""
    if words and any(ch.isupper() for ch in words) and len(words.split()) <= 6:
        return str(words)
    return _appositive_role(m)


def _appositive_role(m: Mention) -> str:
    root = m.root
    candidates = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        candidates.append(root.head)
    for head in candidates:
        tokens = [t for t in head.subtree if not (root.left_edge.i <= t.i <= root.right_edge.i)]
        while tokens and (tokens[-1].is_punct or tokens[-1].dep_ in ("cc", "prep")):
            tokens.pop()
        words = " ".join(t.text_with_ws.strip() if t.text != "'s" else "'s" for t in tokens)
        words = re.sub(r" 's\b", "'s", words)
        for anaphor in sorted(ANAPHORIC, key=len, reverse=True):
            words = re.sub(rf"^{anaphor}('s)?\s+", "", words, flags=re.I)
        words = re.sub(r"^(the|a|an)\s+", "", words, flags=re.I)
        if 1 <= len(words.split()) <= 8 and head.pos_ in ("NOUN", "PROPN"):
            return words
    return ""
