"""What of a sentence a wh-question is made of, and what it leaves out.

- a clause joined to the main one by "and"/"but" with a named subject of its own is asked
  alone: "The council approved the plan in May, and Harlow Bank lent 3 million euros in
  June" -> "In which month did Harlow Bank lend 3 million euros?";
- so are the clauses after what a speaker said ("said profit rose as orders recovered");
- asides set off by commas after a subject ("The Green Party, led by X, won ...") and
  after the verb ("..., the system of ...", ", just short of the majority ...") are left
  out, never a name or an item of a list;
- a country's possessive before a body's name ("Norway's Supreme Court") goes with
  the name a question asks ("Which court ...?").
"""

from __future__ import annotations

from typing import Any

from quizapp.generator.facts.facts import COUNTRY
from quizapp.generator.facts.gazetteer import gazetteer
from quizapp.generator.forms.clause_tails import comment_clause
from quizapp.generator.forms.token_text import NAMED_LATER, lower_start
from quizapp.generator.text_words import word_set

OWN = {"his", "hers", "theirs", "ours", "mine", "yours"}  # "shared his": his prize
# words by which a joined clause leans on the one before it ("did so", "the same", "too")
LEANING = {"so", "too", "also", "same", "either", "neither", "again", "then", "other", "second",
           "later", "earlier", "afterwards", "next", "instead", "meanwhile"}  # fmt: skip


def subject_aside(subject: Any) -> set[int]:
    """Tokens of the asides set off by commas right after a subject, with their commas, that a
    question on the subject leaves out: "The Labour Party, led by X, won ..." and "Novak, the
    world number two, had won ..." ask "Which party won ...?" and "Who had won ...?"."""
    doc, out = subject.doc, set[int]()
    for child in subject.children:
        if child.i < subject.i or child.dep_ not in ("appos", "acl", "relcl"):
            continue
        lo, hi = child.left_edge.i, child.right_edge.i + 1
        if lo == 0 or doc[lo - 1].text != "," or hi >= len(doc) or doc[hi].text != ",":
            return set()
        if any(t.text in '"“”()' for t in doc[lo:hi]) or not _plain_aside(child):
            return set()
        out.update(range(lo - 1, hi + 1))
    return out


def closing_asides(root: Any, after: int, end: int) -> set[int]:
    """Tokens a question leaves out after the verb: an aside on a noun set off by a comma
    ("held its first election, the ..."), a comparison that closes the clause after a
    comma (", just short of the two-thirds majority that ..."), and a relative clause
    closing it (", which led to a long argument over ...")."""
    doc, skip = root.doc, set[int]()
    for t in doc[min(after, root.i) : end]:
        for child in t.children:
            lo = child.left_edge.i
            if lo <= after or doc[lo - 1].text != "," or t.i in skip:
                continue
            closing = child.right_edge.i + 1 >= end or doc[child.right_edge.i + 1].is_punct
            compares = child.dep_ == "advmod" and t.i == root.i and closing
            if (
                (child.dep_ == "appos" and _plain_aside(child))
                or (compares and any(c.dep_ == "prep" for c in child.children))
                or (child.dep_ == "relcl" and closing and comment_clause(child))
            ):
                skip.update(range(lo - 1, child.right_edge.i + 1))
    return skip


def _plain_aside(child: Any) -> bool:
    """Whether an aside may be left out: a participle or relative clause ("led by X", "who
    ..."), or a description ("the world number one"), never a name nor an item of a list
    ("France, Germany and Italy")."""
    if child.dep_ != "appos":
        return True
    words = list(child.subtree)
    joined = any(t.dep_ in ("cc", "conj") and t.head.i == child.i for t in words)
    article = words[0].lower_ in ("the", "a", "an")  # not ", this time in Chemistry,"
    return child.pos_ == "NOUN" and article and not joined


def joined_clause(tok: Any, root: Any) -> Any:
    """The verb of a clause joined to the main one by "and"/"but" with a subject of its own
    that names who ("..., and Hurst scored in the 101st minute"), when ``tok`` lies in
    it; None otherwise. A question is made of that clause alone, unless it leans on the
    first clause ("did so too", "a second one")."""
    doc = tok.doc
    for verb in root.children:
        if verb.dep_ != "conj" or verb.i < root.i or verb.pos_ not in ("VERB", "AUX"):
            continue
        if not verb.left_edge.i <= tok.i <= verb.right_edge.i:
            continue
        lo = verb.left_edge.i
        if lo < 1 or doc[lo - 1].lower_ not in ("and", "but"):
            return None
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
        if len(subjects) != 1:
            return None
        words = list(subjects[0].subtree)
        named = any(t.pos_ == "PROPN" for t in words) or subjects[0].lower_ in NAMED_LATER
        words = list(doc[lo : verb.right_edge.i + 1])
        if not named or any(t.lower_ in LEANING for t in words):
            return None
        if any(t.lower_ in OWN and t.dep_ != "poss" for t in words):
            return None  # "and Macleod shared his with Collip": his prize
        return verb
    return None


def reported_tail(verb: Any, end: int) -> set[int]:
    """Clauses after the verb of what a speaker said, which a question on the speaker leaves
    out: "X said that its profit doubled in 2025 as orders recovered after ..." -> "Which
    company said that its profit doubled in 2025?"."""
    reported = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    if len(reported) != 1:
        return set()
    doc, skip = verb.doc, set[int]()
    for child in reported[0].children:
        if child.dep_ == "advcl" and child.i > reported[0].i and child.right_edge.i < end:
            lo = child.left_edge.i
            skip.update(range(lo - (doc[lo - 1].text == ","), child.right_edge.i + 1))
    return skip


def participle_opening(root: Any, start: int, subject: int) -> set[int]:
    """Tokens of a participle clause opening the sentence, with its comma, that a question
    leaves out: "Born in Selworth in 1938, she trained ..." and "Having lost the first set,
    Novak won ..." say something of the subject, and glued to the end of a question ("...,
    Born in Selworth in 1938?") they read as nonsense."""
    doc = root.doc
    for child in root.children:
        if child.dep_ != "advcl" or child.left_edge.i != start or child.i > subject:
            continue
        if not _participle(child) or any(c.dep_ == "mark" for c in child.children):
            continue  # "After she had lost ...": a clause of its own, with its own subject
        end = child.right_edge.i + 1
        if end < subject and doc[end].text == "," and all(t.is_punct for t in doc[end:subject]):
            return set(range(start, subject))
    return set()


def _participle(verb: Any) -> bool:
    """Whether an opening clause's verb is a participle: tagged one, or a bare form with no
    "to" and no subject, which is one the tagger misread ("Set 330 to win, they ...": "set",
    "put", "cut" and "hit" are spelt alike in both)."""
    if verb.tag_ in ("VBN", "VBG"):
        return True
    return verb.tag_ == "VB" and not any(
        c.dep_ in ("aux", "nsubj", "nsubjpass") for c in verb.children
    )


def phrasal_preposition(prep: Any) -> bool:
    """Whether a preposition belongs to a phrasal verb, right after its particle ("move on
    to", "catch up with"): "To how many ... do they move on?" splits the verb."""
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    return before is not None and before.tag_ == "RP" and before.head.i == prep.head.i


def reported_opening(root: Any, start: int, subject: int) -> Any:
    """The verb of what a speaker said when it opens the sentence before the speaker:
    "Heart disease killed 18 million people, the agency said." (the question reads "Which
    organisation said that heart disease killed ...?"); ``root`` itself where the reported
    clause leans on the speaker ("it", "the agency has fed ..."): no question is made; None
    where no reported clause opens the sentence."""
    said = [c for c in root.children if c.dep_ == "ccomp" and c.left_edge.i == start]
    if len(said) != 1 or said[0].right_edge.i >= subject:
        return None
    verb = said[0]
    if not all(t.is_punct for t in root.doc[verb.right_edge.i + 1 : subject]):
        return root
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    words = [t for s in subjects for t in s.subtree]
    if not subjects or any(t.pos_ == "PRON" or t.tag_ == "PRP$" for t in words):
        return root  # "it would send food": the speaker itself
    definite = words[0].lower_ in ("the", "this", "that", "these", "those")
    if definite and not any(t.pos_ == "PROPN" for t in words):
        return root  # "the agency has fed ...": maybe the speaker, named twice once named
    return verb


# Verbs of saying or judging whose object or reported clause a question keeps whole
VERDICT_VERBS = {"say", "add", "tell", "report", "announce", "state", "confirm", "explain",
                 "call", "describe", "welcome", "praise", "criticise", "criticize", "condemn",
                 "hail", "blame", "believe", "think", "argue", "warn", "claim"}  # fmt: skip
# Nouns by which a speaker points back at what the article told before ("the turnaround",
# "the result"): outside the article's sentence they say nothing of which one
SHELL_NOUNS = word_set(
    """turnaround result outcome move decision change plan idea step measure news announcement
    development incident accident finding figure rise fall drop increase decline cut loss gain
    recovery improvement setback success failure situation problem event comeback collapse
    slump surge rally performance effort progress delay rebound upturn downturn verdict ruling
    report"""
)


def leaning_definite(verb: Any, kept: list[Any]) -> bool:
    """Whether a question on what was said (``verb`` of saying, ``kept`` the tokens the
    question keeps) names what was said about only by a noun that points back: "Who said
    the turnaround came from new orders?", "Who called the result a surprise?"."""
    if verb.lemma_ not in VERDICT_VERBS:
        return False
    for t in kept:
        noun = t.head
        if t.dep_ != "det" or t.lower_ not in ("the", "this", "that", "these", "those"):
            continue
        if noun.lemma_.casefold() not in SHELL_NOUNS or noun.pos_ != "NOUN":
            continue
        said = [c for c in noun.children if c.i > noun.i and c.dep_ in ("prep", "relcl", "acl")]
        named = any(c.pos_ == "PROPN" or c.tag_ == "JJS" for c in noun.children)
        if not said and not named:
            return True  # "the turnaround", not "the result of the vote"
    return False


def opening_adjunct(root: Any, start: int, subject: int) -> set[int]:
    """Tokens of a phrase opening the clause, set off by a comma, that a question on a date
    may leave out: "After decades of enmity, Azerbaijan in September recaptured
    Karabakh" -> "In which month did Azerbaijan recapture Karabakh?"."""
    doc = root.doc
    for child in root.children:
        if child.dep_ not in ("prep", "npadvmod", "advmod") or child.left_edge.i != start:
            continue
        end = child.right_edge.i + 1
        if end < subject and doc[end].text == "," and all(t.is_punct for t in doc[end:subject]):
            return set(range(start, end + 1))
    return set()


def speaker_name(span: Any) -> str:
    """Who says so, for "according to ...": "Budi Hartono" of "The agency's spokesman, Budi
    Hartono,", "the Electoral Commission" of "The Electoral Commission"."""
    parts = [p.strip() for p in str(span.text).split(",") if p.strip()]
    named = [p for p in parts if p[:1].isupper() and not p.startswith(("The ", "A ", "An "))]
    if len(parts) > 1:
        return named[-1] if named else parts[0]
    text = parts[0] if parts else ""
    if text.startswith(("The ", "A ", "An ")) or _common_noun(span):
        return lower_start(span).rstrip(" ,")  # "Officials said": "according to officials"
    return text


def _common_noun(span: Any) -> bool:
    """Whether the span is common nouns capitalised only for opening the sentence
    ("Officials", "Local residents"), no name."""
    words = [t for t in span if not t.is_punct]
    if not words or words[0].i != words[0].sent.start:
        return False
    return all(t.pos_ in ("NOUN", "ADJ") and not t.ent_type_ for t in words)


def country_owner(extra: list[Any]) -> bool:
    """Whether the words before a body's name are a country's possessive ("Norway's" of
    "Norway's Supreme Court"), which a question on the body leaves with it."""
    owners = [t for t in extra if t.dep_ == "poss"]
    if len(owners) != 1 or owners[0].pos_ != "PROPN" or owners[0].left_edge.i != owners[0].i:
        return False
    place = gazetteer().lookup(owners[0].text)
    return place is not None and place.type == COUNTRY
