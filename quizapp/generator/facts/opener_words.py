"""A capitalised word opening a sentence or a quotation is a name only with evidence.

The small model takes a common word for a name where its place capitalises it ("Glass is
patient with you ..." of a quote, "Landslides and floods kill ...", "Turnout was 67
percent"): the word then becomes a person, asked and offered as one. A one-word mention
that opens its sentence or a quotation and that the model calls a person is kept only
where something says it is a name (a body's one-word name opening a sentence, "Parliament
approved ...", keeps the model's label):

- the article writes it capitalised elsewhere on its own, not opening a sentence or a
  quotation nor within a longer name ("the Museum of Glass"), or it is a word of a
  person's name written in full ("Marie" of "Marie Curie");
- the gazetteer knows it, or it is an acronym ("NASA");
- the parse tags it a proper noun and it stands where names stand: it speaks ("Nordlys
  said"), takes a verb only people take ("Aurelian was crowned"), has a role beside it or
  a describing noun in apposition ("Zenobia, the queen of Palmyra").

A word the article also writes in lower case ("glass", "landslide") is never a name there.
"""

from __future__ import annotations

from typing import Any

from quizapp.generator.facts.facts import Sentence
from quizapp.generator.facts.gazetteer import gazetteer
from quizapp.generator.facts.mentions import Mention
from quizapp.generator.facts.name_words import speaks
from quizapp.generator.facts.person_evidence import person_clause
from quizapp.generator.facts.use_evidence import role_person
from quizapp.generator.facts.verb_openers import OPENING_MARKS


def without_opener_words(mentions: list[Mention], sentences: list[Sentence]) -> list[Mention]:
    """``mentions`` less the one-word ones that open a sentence or a quotation with no
    evidence that they are names."""
    capitalised, lower = _written_forms(sentences)
    capitalised |= {  # "Rose said" after "Anna Rose", "Marie took over" after "Marie Curie"
        word
        for m in mentions
        if m.label == "PERSON" and m.end - m.start >= 2
        for word in m.text.split()
    }
    return [m for m in mentions if not _common_opener(m, capitalised, lower)]


def _common_opener(m: Mention, capitalised: set[str], lower: set[str]) -> bool:
    if m.end - m.start != 1 or m.label != "PERSON":
        return False  # "Parliament approved ...": a body's name is a body's, opening or not
    if not opens(m.doc, m.start, m.sentence.span.start):
        return False
    word = m.text
    if not word[:1].isupper() or word.isupper() or not word.isalpha():
        return False  # "NASA", "EU"
    if word in capitalised or gazetteer().lookup(word) is not None:
        return False
    if _forms(word.casefold()) & lower:
        return True  # "Glass is patient ..." of an article on glass
    tok = m.doc[m.start]
    return tok.pos_ != "PROPN" or not _name_context(m)


def _name_context(m: Mention) -> bool:
    """Whether the mention stands where names stand: it speaks, takes a person's verb or
    has a role or a describing noun beside it."""
    root = m.root
    if speaks(root) or person_clause(m) or role_person(m):
        return True
    return any(c.dep_ == "appos" for c in root.children)  # "Zenobia, the queen of Palmyra"


def opens(doc: Any, i: int, sentence_start: int) -> bool:
    """Whether token ``i`` opens its sentence or a quotation."""
    if i == sentence_start:
        return True
    return doc[i - 1].text in OPENING_MARKS or doc[i - 1].tag_ == "``"


def _written_forms(sentences: list[Sentence]) -> tuple[set[str], set[str]]:
    """The words the article's sentences write capitalised where nothing capitalises them
    (not opening a sentence or a quotation), and the words they write in lower case."""
    capitalised: set[str] = set()
    lower: set[str] = set()
    for sentence in sentences:
        if not sentence.usable:
            continue  # a headline capitalises every word
        span = sentence.span
        for tok in span:
            if tok.is_lower and tok.is_alpha:
                lower.add(tok.lower_)
            elif tok.is_title and not opens(tok.doc, tok.i, span.start) and _alone(tok):
                capitalised.add(tok.text)
    return capitalised, lower


def _alone(tok: Any) -> bool:
    """Whether a capitalised token stands alone, not within a longer name ("Glass" of
    "the Museum of Glass")."""
    doc = tok.doc
    before = doc[tok.i - 1] if tok.i > 0 else None
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if before is not None and before.is_title and not before.is_sent_start:
        return False
    joined = before is not None and before.lower_ in ("of", "&") and tok.i >= 2
    if joined and doc[tok.i - 2].is_title:
        return False
    return after is None or not after.is_title or after.is_sent_start


def _forms(word: str) -> set[str]:
    """A word and its singular ("landslides" -> "landslide")."""
    forms = {word}
    if word.endswith("s") and len(word) > 3:
        forms.add(word[:-1])
    if word.endswith("es") and len(word) > 4:
        forms.add(word[:-2])
    return forms
