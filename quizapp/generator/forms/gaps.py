"""Gap-fills on long sentences: the clause or the comma-separated window that holds the gap.

A sentence of more than :data:`LONG_SENTENCE` words is cut to the clause that
holds the fact (without the clauses at its edges), or else to a window of
comma-separated parts around it; the piece is self-contained when it keeps
the main clause with its subject, or a clause with its own subject (a pronoun
for the article's subject is named later, see :mod:`pronouns`, and the checks
refuse one left dangling).
"""

from __future__ import annotations

import re
from typing import Any

from quizapp.generator.facts.facts import PERCENT, Fact
from quizapp.generator.facts.figure_units import PER_CENT
from quizapp.generator.forms.clause_tails import purpose_infinitive

# ", and the No side 48.1 percent": where the other half of a split starts
OTHER_HALF = re.compile(
    r"(?:,\s*|\s+)(?:and|while|with|against|to)\b[^.;]*?(\d+(?:\.\d+)?)\s*"
    rf"(?:%|{PER_CENT})",
    re.IGNORECASE,
)
PRONOUNS = {"i", "you", "we", "it", "this", "that", "he", "she", "they", "these", "those"}
# A clause whose subject is one of these may be cut out: the article's subject is named for
# it later where it stands for the subject, and the checks refuse it where it does not.
NAMED_LATER = {"it", "he", "she"}
SPEECH = {"say", "tell", "add", "announce", "report", "state", "confirm", "explain", "argue"}
LONG_SENTENCE = 25  # words: a longer sentence is cut to the clause holding the gap
MIN_CLAUSE = 6
WINDOW = 20
TRAILING = {"advcl", "punct"}
CLAUSES = {"ROOT", "conj", "advcl", "relcl", "ccomp", "parataxis", "acl"}
EDGES = {"conj", "cc", "advcl", "relcl", "parataxis", "ccomp", "acl", "punct", "npadvmod", "prep"}


def short_gapped(fact: Fact) -> str:
    """The gapped sentence, cut to the clause holding the gap when it is long, and before
    the other half of a two-way split ("won ___ of the vote and the No side 48.1 percent")."""
    return _without_other_half(fact, _gap_piece(fact)[0])


def _without_other_half(fact: Fact, gapped: str) -> str:
    if fact.type != PERCENT or fact.value is None or "___" not in gapped:
        return gapped
    before, after = gapped.split("___", 1)
    for found in OTHER_HALF.finditer(after):
        if abs(float(fact.value) + float(found.group(1)) - 100) < 0.15:
            return before + "___" + after[: found.start()].rstrip(" ,;") + "."
    return gapped


def self_contained_gap(fact: Fact) -> bool:
    """Whether :func:`short_gapped` keeps the sentence whole, or a clause with its own
    subject: never "…to resolve the conflict in ___" that lost who did it."""
    return _gap_piece(fact)[1]


def whole_clause_gap(fact: Fact) -> bool:
    """Whether the gapped piece is a whole clause with its subject and nothing cut off
    ("…"): judges rejected fragments such as "…one bird was recorded at a depth of ___…"
    and "Scientists have counted about ___ such colonies…" (round 4)."""
    piece, whole = _gap_piece(fact)
    return whole and "…" not in _without_other_half(fact, piece)


def _gap_piece(fact: Fact) -> tuple[str, bool]:
    text = fact.gapped()
    tok = fact.token
    if len(text.split()) <= LONG_SENTENCE or tok is None:
        return text, True
    doc = tok.doc
    found = doc.char_span(
        fact.sentence.char0 + fact.start, fact.sentence.char0 + fact.end, alignment_mode="expand"
    )
    verb = tok
    while verb.head.i != verb.i and not (verb.pos_ in ("VERB", "AUX") and verb.dep_ in CLAUSES):
        verb = verb.head
    if found is None or verb.pos_ not in ("VERB", "AUX"):
        return _windowed(fact, text)
    lo, hi = _trimmed(verb, found.start, found.end)
    while lo < hi and (doc[lo].is_punct or doc[lo].dep_ in ("cc", "mark")):
        lo += 1
    while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].dep_ in ("cc", "mark")):
        hi -= 1
    if not _has_subject(verb) and hi > lo:
        whole = _with_main_clause(fact, verb, hi)
        if whole is not None:
            return whole
    start = doc[lo].idx - fact.sentence.char0
    end = doc[hi - 1].idx + len(doc[hi - 1]) - fact.sentence.char0
    if hi - lo < MIN_CLAUSE or not (start <= fact.start and fact.end <= end):
        return _windowed(fact, text)
    piece = fact.sentence.text[start : fact.start] + "___" + fact.sentence.text[fact.end : end]
    piece = piece.strip('"“”')
    tail = fact.sentence.text[end:].strip(' .!?"”')
    cut = ("…" if start > 0 else "") + piece + ("…" if tail else ".")
    if len(cut.split()) > LONG_SENTENCE:
        return _windowed(fact, text)
    subject = any(
        c.dep_ in ("nsubj", "nsubjpass")
        and lo <= c.i < hi
        and c.lower_ not in PRONOUNS - NAMED_LATER
        and c.tag_ not in ("WDT", "WP")  # "which is due to open" lost what "which" is
        for c in verb.children
    )
    asserted = _asserted_clause(verb, doc[lo:hi]) and _ends_at_clause(verb, lo, hi)
    if subject and "…" in cut and asserted and _named_subject(verb):
        cut = piece[:1].upper() + piece[1:].rstrip(" ,;:") + "."  # a clause of its own
    return cut, subject or (start == 0 and verb.dep_ == "ROOT")


def _ends_at_clause(verb: Any, lo: int, hi: int) -> bool:
    """Whether what the piece leaves out after ``hi`` is only further clauses (", and ...",
    ", which ..."; see :func:`_closed`), and before ``lo`` only an opening adjunct, never
    what the verb needs ("“...,” the president said")."""
    before = [c for c in verb.children if c.i < lo and not c.is_punct]
    if not all(c.dep_ in ("cc", "advcl", "prep", "npadvmod", "advmod") for c in before):
        return False
    return _closed(verb.doc, lo, hi)


def _closed(doc: Any, lo: int, hi: int) -> bool:
    """Whether nothing the tokens ``lo:hi`` govern is left out after ``hi`` but whole
    clauses: never "who had predicted years earlier" without what was predicted, nor
    "HTML" without the ", HTTP and URLs" of its list, nor a list of clauses cut half-way
    ("entered the university, studied physics under ___" without ", and became ...")."""
    for t in doc[lo:hi]:
        if _list_cut(t, lo, hi):
            return False
        for c in t.children:
            that = any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            if c.i < hi or c.is_punct or (c.dep_ in ("relcl", "advcl", "parataxis") and not that):
                continue  # "that England would win" is what was predicted, not a clause aside
            verbs = c.pos_ in ("VERB", "AUX")
            if c.dep_ in ("conj", "acl") and verbs:
                continue
            if c.dep_ == "cc" and any(
                s.dep_ == "conj" and s.pos_ in ("VERB", "AUX") for s in t.children
            ):
                continue
            return False
    return True


def _list_cut(t: Any, lo: int, hi: int) -> bool:
    """Whether ``t`` heads a list whose last item ("and C") is left out after ``hi`` while
    the piece holds an item before it, coordinated or set off by a comma before a finite
    verb ("entered the university, studied physics under ___" without ", and became ...";
    the parse may take "studied" for an adjective)."""
    if not any(c.dep_ == "cc" and c.i >= hi for c in t.children):
        return False
    items = [c.i for c in t.children if c.dep_ == "conj"]
    if not any(i >= hi for i in items):
        return False
    doc = t.doc
    listed = any(
        doc[i - 1].text == "," and doc[i].tag_ in ("VBD", "VBZ", "VBP", "VBN")
        for i in range(max(lo, t.i + 1), hi)
    )
    return listed or any(lo <= i < hi for i in items)


def _asserted_clause(verb: Any, piece: Any) -> bool:
    """Whether ``verb`` heads a clause the article states as true, with a finite verb: the
    main clause or one joined to it by "and"/"but" ("…, and it flows through ..."), never
    "if ..." or "that ..." (reported or supposed), nor "such colonies" (said before)."""
    if any(c.dep_ == "mark" for c in verb.children):
        return False
    if verb.lemma_ in SPEECH and not any(
        c.dep_ in ("ccomp", "dobj", "xcomp") and c.i in range(piece.start, piece.end)
        for c in verb.children
    ):
        return False  # "The president said Sunday": what was said is cut off
    reported = verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT" and verb.i < verb.head.i
    if verb.dep_ not in ("ROOT", "conj") and not reported:  # "X erupted, the agency said"
        return False
    if verb.dep_ == "conj" and (
        verb.head.dep_ not in ("ROOT", "conj") or verb.head.pos_ not in ("VERB", "AUX")
    ):
        return False  # "rivals ..., the president said": a parse that joins a verb to a noun
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD")
        for c in verb.children
    )
    said_before = any(t.lower_ in ("such", "this", "these", "those") for t in piece)
    return finite and not said_before


def _with_main_clause(fact: Fact, verb: Any, hi: int) -> tuple[str, bool] | None:
    """ "…killing at least ___ people…" lost what killed them: the sentence from its start
    to the end of that participle's clause ("A volcano erupted on Saturday, killing at least
    ___ people…"), when it is short and the main clause has its subject."""
    head = verb.head
    infinitive = verb.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    )
    if not (verb.tag_ in ("VBG", "VBN") or infinitive) or verb.dep_ not in (
        "advcl",
        "xcomp",
        "conj",
    ):
        return None  # "killing at least ___ people", "to merge in a deal worth ___ euros"
    doc, sent = verb.doc, fact.sentence
    if head.dep_ not in ("ROOT", "ccomp") or not _has_subject(head):
        return None
    if head.left_edge.i != sent.span.start or verb.i < head.i:
        return None  # the main clause, with its subject, must open the sentence
    end = doc[hi - 1].idx + len(doc[hi - 1]) - sent.char0
    if not fact.end <= end:
        return None
    piece = sent.text[: fact.start] + "___" + sent.text[fact.end : end]
    tail = sent.text[end:].strip(' .!?"”')
    if len(piece.split()) > LONG_SENTENCE or piece.count('"') % 2:
        return None
    if tail and not (_asserted_clause(head, doc[head.left_edge.i : hi]) and _named_subject(head)):
        return piece + "…", True
    return piece.rstrip(" ,;:") + ".", True


def _windowed(fact: Fact, text: str) -> tuple[str, bool]:
    """The window around the gap, self-contained when it opens the sentence and holds its
    main verb ("The ANC, led by Mandela, won ___ of the vote…": only an aside after a comma
    is left out)."""
    piece = _window(text)
    if piece.startswith("…") or fact.token is None:
        return piece, False
    root = fact.sentence.span.root
    at = root.idx - fact.sentence.span.doc[fact.sentence.span.start].idx
    if at >= fact.end:
        at += 3 - (fact.end - fact.start)  # where the root stands in the gapped text
    kept = len(piece.removesuffix("…"))
    whole = root.pos_ in ("VERB", "AUX") and 0 <= at < kept and at != fact.start
    whole = whole and _has_subject(root)
    if whole and piece.endswith("…") and _clause_follows(fact, kept):
        piece = piece.removesuffix("…").rstrip(" ,;:") + "."  # "…, occupied by ..." left out
    return piece, whole


def _clause_follows(fact: Fact, kept: int) -> bool:
    """Whether the sentence goes on after the first ``kept`` characters of its gapped text
    with a clause or an aside only (", occupied by ...", ", which ...", ", and ..."), and
    the main clause kept is one the article states (see :func:`_asserted_clause`)."""
    gap = 3 - (fact.end - fact.start)
    at = kept - gap if kept > fact.start else kept  # in the sentence's own text
    doc, char0 = fact.sentence.span.doc, fact.sentence.char0
    after = [t for t in fact.sentence.span if t.idx - char0 >= at and not t.is_punct]
    if not after:
        return False
    start, end = fact.sentence.span.start, after[0].i
    while end > start and doc[end - 1].is_punct:
        end -= 1
    root = fact.sentence.span.root
    return (
        _closed(doc, start, end) and _asserted_clause(root, doc[start:end]) and _named_subject(root)
    )


def _named_subject(verb: Any) -> bool:
    """Whether the clause says whom or what it is about: a name ("Shares in Northwind"), a
    "the" phrase or a pronoun named later, never "One bird" or "Scientists" alone."""
    for c in verb.children:
        if c.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if c.lower_ in NAMED_LATER or any(t.pos_ == "PROPN" for t in c.subtree):
            return True
        return bool(c.left_edge.lower_ == "the")
    return False


def _has_subject(verb: Any) -> bool:
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in PRONOUNS - NAMED_LATER
        for c in verb.children
    )


def _window(text: str) -> str:
    """The comma-separated parts of ``text`` around its gap, up to about 20 words."""
    parts = text.split(", ")
    at = next(i for i, p in enumerate(parts) if "___" in p)
    lo, hi = at, at + 1
    while True:
        grown = False
        for a, b in ((lo - 1, hi), (lo, hi + 1)):
            if a >= 0 and b <= len(parts) and len(", ".join(parts[a:b]).split()) <= WINDOW:
                lo, hi, grown = a, b, True
        if not grown:
            break
    piece = ", ".join(parts[lo:hi]).strip('"“”')
    if piece.count('"') % 2:
        piece = piece.replace('"', "")  # a quotation cut in two
    return ("…" if lo > 0 else "") + piece + ("…" if hi < len(parts) else "")


def _trimmed(verb: Any, lo_fact: int, hi_fact: int) -> tuple[int, int]:
    """The verb's clause without the clauses at its edges that do not hold the fact."""
    lo, hi = verb.left_edge.i, verb.right_edge.i + 1
    for child in sorted(verb.children, key=lambda c: c.i):
        if child.i > verb.i or child.right_edge.i >= lo_fact or child.dep_ not in EDGES:
            break
        lo = child.right_edge.i + 1
    for child in sorted(verb.children, key=lambda c: -c.i):
        if child.i < verb.i or child.left_edge.i < hi_fact or child.dep_ not in EDGES:
            break
        if purpose_infinitive(child):
            break  # "broke ranks to vote against the bill": the point of the clause stays
        hi = child.left_edge.i
    return lo, _inner_clauses_cut(verb, hi_fact, hi)


def _inner_clauses_cut(node: Any, hi_fact: int, hi: int) -> int:
    """``hi`` moved before a clause that trails the fact deeper down ("to merge in a deal
    worth ___ euros, creating a group ...": "creating" hangs from "merge", not the verb)."""
    for child in sorted(node.children, key=lambda c: -c.i):
        if child.i < node.i or child.left_edge.i >= hi:
            continue
        if child.left_edge.i >= hi_fact and child.dep_ in TRAILING:
            if purpose_infinitive(child):
                break  # "needed ___ weeks to remove the block": what for stays
            hi = child.left_edge.i
            continue
        if child.left_edge.i < hi_fact <= child.right_edge.i + 1:
            return _inner_clauses_cut(child, hi_fact, hi)
        break
    return hi
