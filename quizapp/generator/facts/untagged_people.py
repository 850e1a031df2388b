"""A person's full name the small model left untagged where the lead gives it.

The model may miss the name that opens a biography ("Rosalind Elsie Franklin was born ...",
the first word parsed as a verb), and then sees only the surname ("Franklin joined ...")
which it calls a body: the article's subject becomes an organisation of one word. A run
of two or three capitalised words opening a sentence, that no mention covers and the
gazetteer does not know, is a person's name where its last word is a name the article
writes alone elsewhere and the name is a person's by what follows: "was born", "died", or
"he"/"she" opening the next sentence.
"""

from __future__ import annotations

from typing import Any

from quizapp.generator.facts.clusters import TITLES
from quizapp.generator.facts.facts import Sentence
from quizapp.generator.facts.gazetteer import gazetteer
from quizapp.generator.facts.mentions import Mention

PERSON_OPENERS = {"he", "she", "his", "her"}  # "His buildings ..." after the name: a person's
BORN = {"born", "died", "married", "grew"}


def with_untagged_people(mentions: list[Mention], sentences: list[Sentence]) -> list[Mention]:
    """``mentions`` with the full names above, in text order."""
    taken = {(id(m.doc), i) for m in mentions for i in range(m.start, m.end)}
    alone = {m.text for m in mentions if m.end - m.start == 1}
    added = []
    for n, sentence in enumerate(sentences):
        if not sentence.usable:
            continue
        run = _opening_run(sentence.span)
        if not 2 <= len(run) <= 3 or any((id(t.doc), t.i) in taken for t in run):
            continue
        if run[-1].text not in alone or gazetteer().lookup(" ".join(t.text for t in run)):
            continue
        following = sentences[n + 1].span if n + 1 < len(sentences) else None
        if _born(run) or _pronoun_opens(following):
            added.append(Mention(sentence, run[0].i, run[-1].i + 1, "PERSON"))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.sentence.index, m.start))


def _opening_run(span: Any) -> list[Any]:
    """The capitalised words opening a sentence (no title, no place, no opening adverb,
    preposition or article: "Then", "After", "The")."""
    run = []
    for tok in span:
        if not (tok.is_title and tok.is_alpha) or tok.ent_type_:
            break
        run.append(tok)
    if run and run[0].pos_ in ("ADV", "ADP", "DET", "SCONJ", "CCONJ"):
        run = run[1:]  # "Later Franklin died": the name is "Franklin" (by the tag, as a
        # stop word would also drop "Will" of "Will Carter")
    if not run or run[0].lower_ in TITLES or gazetteer().lookup(run[0].text) is not None:
        return []
    return run


def _born(run: list[Any]) -> bool:
    """Whether "was born", "died" ... follows the run."""
    doc, end = run[-1].doc, run[-1].i + 1
    words = [t.lower_ for t in doc[end : end + 2]]
    return bool(words) and (words[0] in BORN or (words[-1] in BORN and words[0] == "was"))


def _pronoun_opens(span: Any) -> bool:
    return span is not None and len(span) > 0 and span[0].lower_ in PERSON_OPENERS
