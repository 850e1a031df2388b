"""What of a sentence a wh-question is made of, and what it leaves out.

- a clause joined to the main one by "and"/"but" with a named subject of its own is asked
  alone: "The council approved the plan in May, and Harlow Bank lent 3 million euros in
  June" -> "In which month did Harlow Bank lend 3 million euros?";
- so are the clauses after what a speaker said ("said profit rose as orders recovered");
- asides set off by commas after a subject ("The Green Party, led by X, won ...") and
  after the verb ("..., the system of ...", ", just short of the majority ...") are left
  out, never a name or an item of a list.
"""

from __future__ import annotations

from typing import Any

NAMED_LATER = {"he", "she"}  # see phrasing.NAMED_LATER
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
    ("held its first election, the ..."), and a comparison that closes the clause after a
    comma (", just short of the two-thirds majority that ...")."""
    doc, skip = root.doc, set[int]()
    for t in doc[min(after, root.i) : end]:
        for child in t.children:
            lo = child.left_edge.i
            if lo <= after or doc[lo - 1].text != "," or t.i in skip:
                continue
            closing = child.right_edge.i + 1 >= end or doc[child.right_edge.i + 1].is_punct
            compares = child.dep_ == "advmod" and t.i == root.i and closing
            if (child.dep_ == "appos" and _plain_aside(child)) or (
                compares and any(c.dep_ == "prep" for c in child.children)
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
