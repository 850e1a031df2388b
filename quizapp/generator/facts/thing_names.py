"""Names that are things, not people, whatever type the model gave them.

The article writes an article before a thing's name ("The Long Crossing reached ...",
"a Deluxe Edition followed") but never directly before a person's ("the singer Aoife
Brennan": "singer" stands between). A thing's last word alone ("Crossing", "Edition") is
a common word, no fair answer for the whole name, while a person's surname is.
"""

from __future__ import annotations

import re

from quizapp.generator.facts.facts import Fact


def named_with_article(fact: Fact) -> bool:
    """Whether the article writes "the", "a" or "an" directly before ``fact``'s name."""
    name = fact.answer.strip()
    if not name or name.startswith("The "):
        return bool(name)  # "An" and "A." may be a given name and an initial
    span = fact.sentence.span
    text = span.doc.text if span is not None else fact.sentence.text
    before = re.compile(rf"\b(?:the|a|an)\s+{re.escape(name)}\b", re.IGNORECASE)
    return before.search(text) is not None
