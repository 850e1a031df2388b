"""Tokens of a parse joined back into text, a space kept where words were left out.

A question is built from the article's tokens with some of them cut (an aside, a
comma, an "according to" moved to the front): joining what is left by each token's
own trailing space would glue "Monday" to "according" where the comma between
them was cut. Here a space stands wherever the text had one or a token was left out;
a span that moves from the start of a sentence is lowered unless it starts a name.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from quizapp.generator.facts.capitals import (
    capitalised_alone,
    capitalised_elsewhere,
    written_lower,
)

# the "do" a question puts before a verb of this tag ("Harlow Bank lent" -> "did ... lend")
DO_FORMS = {"VBD": "did", "VBZ": "does", "VBP": "do"}
# the pronouns a question may keep: named for the article's subject (see
# pronouns.named_for_pronoun), or the question is refused by checks.unnamed_person
NAMED_LATER = {"he", "she"}


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


def lower_start(span: Any) -> str:
    """The span's text with its first letter lowered, unless it starts a name ("Real
    Sociedad", a word the article writes capitalised mid-sentence) or is "I"."""
    text = str(span.text).strip()
    first = span[0]
    if first.lower_ == "according" and len(span) > 1 and span[1].lower_ == "to":
        return text[:1].lower() + text[1:]  # "According to the agency": never a name
    if first.text in ("A", "An") and len(span) > 1:
        return text[:1].lower() + text[1:]  # "A research ship of the Institute"
    name_start = first.pos_ in ("PROPN", "ADJ", "NOUN") and not first.is_stop
    if name_start and len(span) > 1 and span[1].is_title and span[1].pos_ == "PROPN":
        return text  # "Real Sociedad": a name of two capitalised words
    if _common_compound(span):
        return text[:1].lower() + text[1:]  # "Heart disease", though "World Heart Federation"
    if _opening_common_word(first):
        return text[:1].lower() + text[1:]  # "Tea is ..." beside "the tea auction"
    if name_start and first.is_title and capitalised_elsewhere(first):
        return text  # "Alstrom shareholders": the article writes "Alstrom" so mid-sentence
    if first.pos_ == "PROPN" or first.text == "I" or first.text.isupper():
        return text
    if first.pos_ in ("SCONJ", "CCONJ") or (first.is_stop and not first.ent_type_):
        return text[:1].lower() + text[1:]  # "Although sales fell": a clause moved to the end
    if first.pos_ not in ("DET", "PRON", "ADJ", "NUM", "ADV", "ADP", "NOUN"):
        return text  # a name the parse took for something else: "Banting shared"
    named = first.ent_type_ and first.ent_type_ not in ("DATE", "CARDINAL", "ORDINAL", "TIME")
    if named and first.lower_ not in ("the", "a", "an"):
        return text
    if first.pos_ == "NOUN" and first.is_title and first.i > 0 and first.doc[first.i - 1].is_title:
        return text
    return text[:1].lower() + text[1:]


def _opening_common_word(first: Any) -> bool:
    """Whether ``first``, capitalised only because it opens its sentence, is a common word:
    the article writes it in lower case elsewhere ("Tea is Kenya's largest export" beside
    "the tea auction"), never on its own capitalised mid-sentence (only inside a longer
    name: "the Kenya Tea Board"), and the model names no person, no date ("May", beside the
    verb "may") and no several words with it ("Apple", "Tesla" keep their capital where the
    article uses them mid-sentence)."""
    if not (first.is_sent_start and first.is_title and first.text.isalpha()):
        return False
    if capitalised_alone(first):
        return False
    if first.ent_type_ in ("PERSON", "DATE") or (
        first.ent_iob_ == "B"
        and first.i + 1 < len(first.doc)
        and first.doc[first.i + 1].ent_iob_ == "I"
    ):
        return False
    return bool(written_lower(first))


def _common_compound(span: Any) -> bool:
    """Whether the span opens with a common noun before the lower-case noun it describes
    ("Heart disease", "Sea ice"), no name: a capital it has elsewhere ("the World Heart
    Federation") belongs to another name."""
    first = span[0]
    if len(span) < 2 or first.pos_ != "NOUN" or first.ent_type_ or not first.is_title:
        return False
    second = span[1]
    return bool(first.dep_ == "compound" and first.head.i == second.i and second.is_lower)


def garden_path_perfect(auxes: list[Any], verb: Any, subject: Any) -> bool:
    """Whether moving a perfect "had"/"has" before ``subject`` makes a garden path: the
    subject holds a participle of its own ("a pilot scheme run in 2023 had involved"), and
    "How many companies had a pilot scheme run in 2023 involved?" reads "had ... run";
    the question asks with "did" and the verb's base form instead."""
    if len(auxes) != 1 or auxes[0].lemma_ != "have" or verb.tag_ != "VBN":
        return False
    words = list(subject)
    return any(
        (t.dep_ == "acl" and t.tag_ == "VBN")
        or (t.lower_ in SAME_PARTICIPLES and k > 0 and words[k - 1].pos_ in ("NOUN", "PROPN"))
        for k, t in enumerate(words)
    )  # the parse may read "run" after a noun as a noun ("a pilot scheme run in 2023")


# verbs whose past participle is their base form, which the parse may take for a noun
SAME_PARTICIPLES = {"run", "set", "put", "cut", "hit", "let", "shut", "spread", "cast",
                    "cost", "split", "bid", "hurt", "quit", "come", "become"}  # fmt: skip
