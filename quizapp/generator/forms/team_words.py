"""The question word for a sports team: "Which team equalised?", not "Which organisation".

A name is a team's by its own words ("Kelby Athletic", "X United") or by how the article
uses it: a score after it ("beat Ridley 2-0") or the subject or object of a match verb
in a sentence about a match (see :func:`use_evidence.plays`). "Which club" is asked only
where the article itself calls the sides clubs ("the club", "both clubs"); a name whose
own head word is "club" keeps the rule of :mod:`head_words` (its head word is no question
word where the article names no other club). A country the article has play by the same
evidence (``Entity.team``: "Sri Lanka wrapped up a 2-0 series victory") is its national
side: "Which team ...", not "Which country" with choices only a fan could rule out.
"""

from __future__ import annotations

from typing import Any

from quizapp.generator.facts.facts import COUNTRY, ORG, Fact, Sentence
from quizapp.generator.facts.mentions import Mention
from quizapp.generator.facts.name_words import team_name
from quizapp.generator.facts.use_evidence import plays

NAME_LABELS = {"ORG", "PERSON", "GPE", "LOC", "NORP", "FAC"}


def team_word(fact: Fact, *, club_fair: bool) -> str:
    """ "which team" or "which club" for a team, "" for any other actor; ``club_fair``
    says whether a name's own head word "club" may be asked (another club is named)."""
    if fact.type == COUNTRY:
        return "which team" if fact.entity is not None and fact.entity.team else ""
    if fact.type != ORG:
        return ""
    names = {fact.answer, *fact.aliases}
    if fact.entity is not None:
        names |= fact.entity.names()
    doc = fact.sentence.span.doc
    if not (any(team_name(n, places=False) for n in names) or _plays(doc, names)):
        return ""
    own_club = any(n.casefold().split()[-1:] == ["club"] for n in names)
    if own_club and not club_fair:
        return "which team"  # "Harlow Football Club" beside no other club
    return "which club" if own_club or _calls_clubs(doc) else "which team"


def _plays(doc: Any, names: set[str]) -> bool:
    """Whether the article uses one of ``names`` as a team's: "beat Ridley 2-0"."""
    folded = {n.casefold().removeprefix("the ") for n in names}
    for ent in doc.ents:
        text = ent.text.casefold().removeprefix("the ")
        if ent.label_ not in NAME_LABELS or text not in folded:
            continue
        sent = ent.sent
        sentence = Sentence(0, sent.text, sent, sent.start_char, usable=True)
        if plays(Mention(sentence, ent.start, ent.end, ent.label_)):
            return True
    return False


def _calls_clubs(doc: Any) -> bool:
    """Whether the article calls the sides clubs: "club" as a common noun ("the club's
    fans", "both clubs"), outside any name."""
    return any(t.lemma_.casefold() == "club" and t.pos_ == "NOUN" and not t.ent_type_ for t in doc)
