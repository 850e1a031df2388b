"""Whether a "he"/"she" is what a named person says of someone: left as the speaker wrote it.

"Mark Hollis said he would not stand again" is asked "Who said he would not stand again?":
the "he" is the speaker's own, and naming it as the article's subject would give the answer
away ("Who said Mark Hollis would ..."); in "Anna Berg told Tom Lind he would lose" the "he"
may be Tom Lind as well as the subject, so naming it would be a guess. Such a pronoun
(:func:`reported_pronoun`) is the subject of a clause that a verb of saying takes, whose own
subject is a name of a person, not a pronoun. The checks take "Who said he ...?" as the
speaker's own words about themself and refuse the rest.
"""

from __future__ import annotations

from quizapp.generator.facts.facts import Sentence
from quizapp.generator.forms.agreement import quoted_at

SAYING = frozenset(
    ("say", "tell", "announce", "add", "insist", "claim", "confirm", "admit", "warn", "state")
)


def reported_pronoun(sentence: Sentence, pronoun: str) -> bool:
    """Whether the sentence's first ``pronoun`` ("he"/"she") outside quotation marks is the
    subject of what a person named as the speaker says (see the module)."""
    span = sentence.span
    if span is None:
        return False
    first = next((t for t in span if t.lower_ == pronoun and not quoted_at(sentence, t)), None)
    if first is None or first.dep_ not in ("nsubj", "nsubjpass") or first.head.dep_ != "ccomp":
        return False
    verb = first.head.head
    if verb.lemma_ not in SAYING:
        return False
    speakers = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(s.pos_ == "PROPN" or s.ent_type_ == "PERSON" for s in speakers)
