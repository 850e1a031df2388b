"""Figures about someone the article is not about, left out as trivia (issue 16).

A teacher asks the figures of the story, not those told in passing about a side person
or party:

- a count of one person's family: "who lost two sons", "a mother of three";
- a figure in a relative clause or an apposition about a private person other than the
  article's subject: "Marco Villi, who had farmed there for 40 years, said ..." (not
  about an official named with a title: "fire chief Elena Varga, who led more than 900
  firefighters" tells the story);
- the share move of a company other than the article's subject: in a story about a
  takeover's target, "the buyer's shares fell 3%";
- a count of earlier or previous things: "three previous purchases" is background;
- a passing peak before the figure a day ended on: "rose as much as 8% before closing
  up 5%" asks the close.
"""

from __future__ import annotations

import re
from typing import Any

from quizapp.generator.facts.facts import COUNT, FIGURE, ORG, PERCENT, PERSON, Entity, Fact

FAMILY = {"son", "daughter", "child", "grandchild", "grandson", "granddaughter", "brother",
          "sister", "sibling", "husband", "wife", "kid"}  # fmt: skip
PARENTS = {"mother", "father", "parent", "grandmother", "grandfather", "mum", "dad"}
EARLIER = {"earlier", "previous", "prior", "past", "former"}
# "rose as much as 7.8 percent in early trading before closing up 5.1 percent": the
# figure the sentence ends on is the result; the passing peak before it is not asked
INTERIM_AFTER = re.compile(
    r"^[^.;\d]{0,60}\bbefore (?:closing|ending|finishing|settling|paring|easing)\b[^.;]{0,25}\d"
)
SHARE_WORDS = re.compile(r"\b(?:shares?|stock|share price)\b", re.IGNORECASE)


def minor_figure(fact: Fact, subject: Entity | None) -> str:
    """Why ``fact`` is a figure told in passing about a side person or party ("" if not)."""
    token = fact.token
    if fact.kind != FIGURE or token is None:
        return ""
    if fact.type == COUNT and _family_count(token):
        return "a count of one person's family (lost two sons, a mother of three)"
    if _about_side_person(token, subject):
        return "a figure in a clause about a side person"
    if fact.type == PERCENT and _side_share_move(token, subject):
        return "the share move of a company other than the subject"
    if fact.type == COUNT and _earlier_count(token):
        return "a count of earlier things (three previous purchases)"
    if INTERIM_AFTER.match(fact.sentence.text[fact.end :]):
        return "an interim figure (rose as much as 8 % before closing up 5 %)"
    return ""


def _counted(token: Any) -> Any:
    """The noun a number counts ("two" of "two sons"), or the number itself."""
    return token.head if token.dep_ in ("nummod", "quantmod") else token


def _family_count(token: Any) -> bool:
    """ "lost two sons", "their three children" beside one person, "a mother of three"."""
    noun = _counted(token)
    if noun.lemma_.lower() in FAMILY and noun is not token:
        return _one_persons(noun)
    head = token.head
    return token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in PARENTS


def _one_persons(noun: Any) -> bool:
    """Whether a family noun belongs to one person: a singular possessor ("his", "Villi's")
    or the subject of its verb is one named person or a relative clause about one."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if any(c.lower_ in ("his", "her") or c.ent_type_ == "PERSON" for c in owners):
        return True
    verb = noun.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "relcl":
        return bool(verb.head.ent_type_ == "PERSON")
    return any(s.ent_type_ == "PERSON" or s.lower_ in ("he", "she") for s in subjects)


def _about_side_person(token: Any, subject: Entity | None) -> bool:
    """Whether the figure stands in a relative clause or an apposition on a person who is
    not the subject: "Villi, who had farmed there for 40 years", "Berg, a 40-year-old
    teacher"."""
    node = token
    while node.head.i != node.i:
        if node.dep_ in ("relcl", "appos") and node.head.ent_type_ == "PERSON":
            return not _names(node.head, subject) and not _titled(node.head)
        node = node.head
    return False


def _titled(person: Any) -> bool:
    """Whether a title stands before the name ("fire chief Elena Varga", "Mayor Lund"): an
    official whose clause tells what the story's people did ("who led more than 900
    firefighters"), not a private person's life."""
    return any(
        c.dep_ == "compound" and c.i < person.i and c.ent_type_ != "PERSON" for c in person.children
    )


def _side_share_move(token: Any, subject: Entity | None) -> bool:
    """Whether a percentage is how the shares of a company other than the subject moved
    ("Norvell's shares fell 3%" in a story about Calloway)."""
    if subject is None or subject.type != ORG:
        return False
    verb = token.head
    while verb.dep_ in ("npadvmod", "pobj", "prep", "dobj", "nummod") and verb.head.i != verb.i:
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return False
    phrase = subjects[0].doc[subjects[0].left_edge.i : subjects[0].right_edge.i + 1]
    if not SHARE_WORDS.search(phrase.text):
        return False
    owners = [t for t in phrase if t.pos_ == "PROPN"]
    return bool(owners) and not any(_names(t, subject) for t in owners)


def _earlier_count(token: Any) -> bool:
    noun = _counted(token)
    return noun is not token and any(
        c.dep_ == "amod" and c.lower_ in EARLIER for c in noun.children
    )


def _names(token: Any, subject: Entity | None) -> bool:
    """Whether ``token`` (a proper noun) is a word of one of the subject's names."""
    if subject is None:
        return False
    words = {w for n in subject.names() for w in n.split()}
    return token.text in words and (subject.type != PERSON or token.ent_type_ == "PERSON")
