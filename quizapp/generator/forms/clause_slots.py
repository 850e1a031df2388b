"""Questions on a fact of a subordinate clause that has a subject of its own (issue 16).

A news lead often puts its main facts below the main clause ("Varga scored twice as
Dunmore United came from behind to beat Ashgrove Rangers 4-1 at Castlegate Park"), where
the forms of :mod:`phrasing` do not reach. Here such a clause (opened by "as", "after",
"when"..., its verb with a named subject of its own, and a "to" infinitive sharing it) is
asked alone, each slot with the words its type calls for: its subject ("Which team came
from behind to beat Ashgrove Rangers ...?"), its object ("Which team did Dunmore United
come from behind to beat?"), a score ("By what score did ...?"), a place or date ("At
which park did ...?"), and for an "as"/"when"/"while" clause (the main clause's moment)
the main clause's date ("On which date did the Harwick Museum open its doors?").

Asides (a phrase after a comma, a joined clause) and a weekday alone are left out; a
quote, a bracket, a dangling pronoun or a slot the parse does not cut cleanly is refused.
"""

from __future__ import annotations

from typing import Any

from quizapp.generator.facts.facts import (
    CITY,
    COUNTRY,
    PERSON,
    PLACE_TYPES,
    REGION,
    SCORE,
    WEEKDAY,
    Fact,
)
from quizapp.generator.forms.clause_dates import (
    CLAUSES,
    WEEKDAYS,
    borrowed_clause,
    clause_marks,
    main_date,
)
from quizapp.generator.forms.gaps import PRONOUNS
from quizapp.generator.forms.head_words import head_word
from quizapp.generator.forms.phrasing import what
from quizapp.generator.forms.token_text import DO_FORMS, lower_start, spaced
from quizapp.questiondata import FactKind

# subordinators of a clause whose event a question may ask alone
MARKS = {"as", "after", "when", "while", "before", "once", "because"}
SCORE_VERBS = {"beat", "defeat", "win", "lose", "draw", "thrash", "edge", "overcome", "rout"}
SLOT_PREPS = {"in", "at", "on", "near", "from", "to", "into", "across", "by", "during"}
# dependencies of a word on the way from the fact up to its clause's verb
PATH = {"pobj", "prep", "dobj", "compound", "nummod", "amod", "appos", "agent", "npadvmod"}
# the kind a storm's name opens with ("Storm Ilse": "which storm")
NAMED_KINDS = {"storm", "hurricane", "cyclone", "typhoon", "tropical"}
# the pronouns a clause asked alone leaves dangling: the third person's and the demonstratives
DANGLING = (PRONOUNS - {"i", "you", "we"}) | {"him", "her", "them"}
NAMES = {"NORP", "GPE", "LOC", "ORG", "FAC", "PERSON", "EVENT"}  # "the Irish coast" names
MAX_WORDS, MIN_WORDS = 25, 6
LONG = 18  # a longer question leaves out the clause's dates


def clause_slot_questions(fact: Fact, facts: list[Fact]) -> list[str]:
    """The fact asked of its subordinate clause alone, as above, and the same question
    without the clause's phrases that hold another fact of the sentence (a date, a place,
    a figure, a score), so that the sentence's facts may each be asked; [] when none."""
    full = clause_slot_question(fact)
    if full is None:
        return []
    lean = clause_slot_question(fact, _other_facts(fact, facts))
    return [full] if lean is None or lean == full else [full, lean]


def clause_slot_question(fact: Fact, drop: frozenset[int] = frozenset()) -> str | None:
    """The fact asked of its subordinate clause alone, less the tokens ``drop``, or None."""
    tok = fact.token
    if tok is None or not fact.sentence.usable or fact.kind == FactKind.QUOTE:
        return None
    if fact.type == WEEKDAY:  # a weekday is trivia
        return None
    doc, char0 = tok.doc, fact.sentence.char0
    span = doc.char_span(char0 + fact.start, char0 + fact.end, alignment_mode="expand")
    if span is None or not span.start <= tok.i < span.end:
        return None
    head = _question_word(fact)
    if head is None:
        return None
    found = _own_clause(tok)
    if found is not None:
        top, inner = found
        return _slot_question(fact, span, top, inner, head, drop)
    return _borrowed_date_question(fact, head, drop)


def _question_word(fact: Fact) -> str | None:
    """The wh-words for the fact: its type's, or the kind its name says ("which storm");
    a name whose type the parse is unsure of only where its own head word says its kind."""
    first = fact.answer.split()[0].casefold() if fact.answer.split() else ""
    if fact.kind == FactKind.ACTOR and first in NAMED_KINDS and " " in fact.answer:
        return "which storm" if first == "tropical" else f"which {first}"
    head = "who" if fact.type == PERSON else what(fact)
    if fact.entity is not None and not fact.entity.sure:
        own = head_word(fact.answer)
        if not own or head.split()[-1] not in (own, "institution", "body"):
            return None
    return head


def _own_clause(tok: Any) -> tuple[Any, Any] | None:
    """The verb of the marked clause with its own subject that holds ``tok`` (``top``) and
    the verb the fact hangs on (``inner``: ``top`` or its "to" infinitive), or None."""
    verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else tok
    while verb.pos_ not in ("VERB", "AUX"):
        if verb.dep_ not in PATH or verb.head.i == verb.i:
            return None
        verb = verb.head
    top = verb
    to = [c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"]
    if to and verb.dep_ in ("advcl", "xcomp") and not _subjects(verb):
        top = verb.head  # "came from behind to beat X": beat's subject is came's
    if top.dep_ not in CLAUSES or top.pos_ != "VERB":
        return None  # a "relcl" with a mark ("the second half as X came ...") is a clause
    marks = clause_marks(top)
    if len(marks) != 1 or marks[0] not in MARKS or len(_subjects(top)) != 1:
        return None
    if top.tag_ not in DO_FORMS and not _auxes(top):
        return None
    before = top.doc[top.left_edge.i - 1] if top.left_edge.i else top
    if "acl" in (top.head.dep_, before.dep_) or "relcl" in (top.head.dep_, before.dep_):
        return None  # "the record set when X beat Y in 2008": the noun's background
    if clause_marks(top) == ["when"] and before.pos_ == "NOUN":
        return None  # "the day when ...": a relative clause of the noun
    return top, verb


def _subjects(verb: Any) -> list[Any]:
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


def _auxes(verb: Any) -> list[Any]:
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]


def _subject(top: Any) -> tuple[int, int] | None:
    """The token range of the clause's subject when it is a name or a phrase with a name
    that stands alone (no pronoun, comma or clause of its own)."""
    s = _subjects(top)[0]
    lo, hi = s.left_edge.i, s.right_edge.i + 1
    words = top.doc[lo:hi]
    if s.lower_ in PRONOUNS or any(
        t.is_punct or t.tag_ in ("WDT", "WP", "PRP", "PRP$") for t in words
    ):
        return None
    if not any(t.pos_ == "PROPN" for t in words) or hi > top.i:
        return None
    return lo, hi


def _slot_question(
    fact: Fact, span: Any, top: Any, inner: Any, head: str, drop: frozenset[int]
) -> str | None:
    subject = _subject(top)
    if subject is None:
        return None
    cut = _cut(fact, span, inner, subject)
    if cut is None:
        return None
    lo, hi, lead = cut
    if lead == "subject":
        slot = (lo, hi)
        return _asked(fact, top, subject, slot, head, (False, drop), then=main_date(top))
    if fact.token.i < subject[0]:
        return None
    if lead == "object":
        front = "whom" if fact.type == PERSON else head
    elif lead == "score":
        front = "by what score"
    elif fact.type == PERSON and lead != "by":
        return None  # "At whom ...": a person is no place nor date
    else:
        front = f"{lead} {'whom' if fact.type == PERSON else head}"
    return _asked(fact, top, subject, (lo, hi), front, (True, drop), then=main_date(top))


def _asked(
    fact: Fact,
    top: Any,
    subject: tuple[int, int],
    slot: tuple[int, int],
    front: str,
    mode: tuple[bool, frozenset[int]],
    then: str = "",
) -> str | None:
    """The clause from its verb on, less the slot and its asides, after ``front`` (the
    wh-words) and, for a slot after the verb, the auxiliary or "did" and the subject;
    its dates are left out where the question would run long with them. ``then`` (the
    main clause's date) closes a clause that would say too little without it. ``mode``:
    whether the slot follows the verb (asked with "did" or the auxiliary before the
    subject), and the tokens the question leaves out besides."""
    doc = top.doc
    inverted, drop = mode
    auxes = _auxes(top)
    if inverted and (len(auxes) > 1 or (top.lemma_ == "be" and not auxes)):
        return None  # "did the museum be": a copula is not asked with "did"
    first = auxes[0] if inverted and auxes else None
    lemma = {top.i: top.lemma_} if inverted and first is None else {}
    found = None
    for dates in (False, True):
        skip = set(range(*slot)) | _asides(top, slot, dates) | drop
        if any(a.i in skip and not slot[0] <= a.i < slot[1] for a in fact.token.ancestors):
            return None  # the fact sits in an aside the question leaves out
        words = [
            t for t in doc[subject[1] : top.right_edge.i + 1]
            if t.i not in skip and (first is None or t.i != first.i)
        ]  # fmt: skip
        rest = spaced(words, lemma).rstrip(".!?, ")
        shown = [*words, *(doc[subject[0] : subject[1]] if inverted else [])]
        named = any(t.pos_ == "PROPN" or t.ent_type_ in NAMES for t in shown)
        if not named and not dates and then:
            rest, named = f"{rest} {then}", True
        if not named:  # "Who made his decisive move ...?": which race is not said
            return found
        question = f"{front} {rest}"
        if inverted:
            do = first.lower_ if first is not None else DO_FORMS[top.tag_]
            question = f"{front} {do} {lower_start(doc[subject[0] : subject[1]])} {rest}"
        found = _finish(question, fact, rest)
        if found is not None and len(found.split()) <= LONG:
            return found
    return found


def _cut(
    fact: Fact, span: Any, inner: Any, subject: tuple[int, int]
) -> tuple[int, int, str] | None:
    """The tokens the slot's wh-words stand for and the slot: "subject", "object",
    "score" or the preposition that leads a place or a date."""
    doc, tok = inner.doc, fact.token
    lo, hi = span.start, span.end
    if lo > 0 and doc[lo - 1].dep_ == "det" and lo <= doc[lo - 1].head.i < hi:
        lo -= 1  # "the Harwick Museum": the article goes with the name
    if (lo, hi) == subject:
        return lo, hi, "subject"
    if fact.type == SCORE:
        noun = tok.head
        ok = tok.dep_ == "nummod" and noun.dep_ == "dobj" and noun.head.i == inner.i
        ok = ok or (tok.dep_ == "npadvmod" and noun.i == inner.i)  # "beat X 4-1"
        return (lo, hi, "score") if ok and inner.lemma_ in SCORE_VERBS else None
    if any(lo <= t.head.i < hi for t in doc[inner.i : lo]):
        return None  # "the winning Ashgrove Rangers": "winning" would dangle
    phrase = tok.head if tok.dep_ == "compound" else tok
    if phrase.dep_ == "dobj" and phrase.head.i == inner.i:  # the whole object, not "its
        whole = lo == phrase.left_edge.i and hi > phrase.i  # Vessel region"
        return (lo, hi, "object") if whole and fact.kind == FactKind.ACTOR else None
    dated = phrase.dep_ == "appos" and fact.kind == FactKind.DATE
    holder = phrase.head if dated else phrase  # "on Friday, 3 March 2023"
    prep = holder.head
    if holder.dep_ != "pobj" or prep.dep_ not in ("prep", "agent"):
        return None
    if prep.lower_ not in SLOT_PREPS or any(c.dep_ != "pobj" for c in prep.children):
        return None
    if prep.conjuncts or tok.conjuncts:
        return None  # "in Lund and in Malmo": two right answers
    if holder is not phrase:
        if holder.i != prep.i + 1 or holder.lower_ not in WEEKDAYS:
            return None
        return prep.i, max(hi, holder.right_edge.i + 1), prep.lower_
    if lo != prep.i + 1:
        return None
    tail = doc[hi : phrase.right_edge.i + 1]
    if len(tail) and tail[0].dep_ != "prep":
        return None  # only a trailing phrase ("in 1998") may stay behind the cut
    return prep.i, hi, prep.lower_


def _asides(top: Any, slot: tuple[int, int], dates: bool = False) -> set[int]:
    """Tokens of the clause a question leaves out: joined clauses, asides after a comma,
    a weekday alone ("on Tuesday"), with ``dates`` every date, and the clause's final
    punctuation."""
    doc = top.doc
    skip: set[int] = set()
    for t in doc[top.i + 1 : top.right_edge.i + 1]:
        if t.i in skip or slot[0] <= t.i < slot[1]:
            continue
        comma = doc[t.left_edge.i - 1].text == ","
        joined = t.dep_ == "conj" and t.pos_ in ("VERB", "AUX")
        aside = comma and t.dep_ in ("relcl", "acl", "appos", "advcl", "npadvmod", "conj")
        if joined or aside or t.dep_ == "parataxis":
            skip.update(range(t.left_edge.i, t.right_edge.i + 1))
            if comma:
                skip.add(t.left_edge.i - 1)
            skip.update(c.i for c in t.head.children if c.dep_ == "cc" and c.i < t.i)
    for t in doc[top.i : top.right_edge.i + 1]:
        if t.dep_ != "pobj" or t.head.lower_ not in ("on", "in") or slot[0] <= t.i < slot[1]:
            continue
        if dates and t.ent_type_ == "DATE":  # "on 12 May": left out of a long question
            skip.update(range(t.head.i, t.right_edge.i + 1))
        elif t.head.lower_ == "on" and t.lower_ in WEEKDAYS:
            dated = [c for c in t.children if c.dep_ == "appos" and c.ent_type_ == "DATE"]
            if t.right_edge.i == t.i:
                skip.update((t.head.i, t.i))  # "on Tuesday": trivia, and vague alone
            elif dated and doc[t.i + 1].text == ",":
                skip.update((t.i, t.i + 1))  # "on Sunday, 12 May": "on 12 May"
    end = top.right_edge.i
    if doc[end].is_punct:
        skip.add(end)
    return skip


def _finish(question: str, fact: Fact, rest: str) -> str | None:
    """The question tidied, or None when it is too long or too short, holds a quote, a
    bracket, a colon, a comma, a dangling pronoun or the answer itself."""
    question = " ".join(question.split())
    words = question.split()
    if not MIN_WORDS <= len(words) <= MAX_WORDS or not rest:
        return None
    if any(ch in question for ch in '"“”()[];:,'):
        return None
    if {w.casefold() for w in rest.split()} & DANGLING:
        return None
    if fact.surface.casefold() in question.casefold():
        return None
    if fact.answer and fact.answer.casefold() in question.casefold():
        return None
    return question[:1].upper() + question[1:] + "?"


def _borrowed_date_question(fact: Fact, head: str, drop: frozenset[int]) -> str | None:
    """ "Readers waited on 3 March 2023 as the museum opened its doors" -> "On which
    date did the museum open its doors?": a date of the main clause asked of an
    "as"/"when"/"while" clause, the same moment."""
    found = borrowed_clause(fact)
    if found is None:
        return None
    prep, top = found
    if len(_subjects(top)) != 1 or (top.tag_ not in DO_FORMS and not _auxes(top)):
        return None
    subject = _subject(top)
    if subject is None:
        return None
    return _asked(fact, top, subject, (0, 0), f"{prep.lower_} {head}", (True, drop))


def _other_facts(fact: Fact, facts: list[Fact]) -> frozenset[int]:
    """Tokens of the phrases that hold another fact of the sentence: a date, a place or a
    figure with its preposition ("at Castlegate Park", "on 18 May"), or a score ("3-2")."""
    sent = fact.sentence.span
    drop: set[int] = set()
    for other in facts:
        tok = other.token
        if other is fact or tok is None or other.sentence.index != fact.sentence.index:
            continue
        if tok.doc is not sent.doc or other.answer == fact.answer:
            continue
        if other.type == SCORE and tok.dep_ in ("nummod", "npadvmod"):
            char0 = other.sentence.char0
            span = sent.doc.char_span(
                char0 + other.start, char0 + other.end, alignment_mode="expand"
            )
            if span is not None:
                drop.update(range(span.start, span.end))
            continue
        if other.kind not in (FactKind.DATE, FactKind.FIGURE) and not _venue(other):
            continue
        holder = tok.head if tok.dep_ == "appos" else tok
        prep = holder.head
        framed = holder.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in SLOT_PREPS
        if framed and not any(t.dep_ in ("relcl", "acl", "advcl") for t in prep.subtree):
            drop.update(range(prep.i, prep.right_edge.i + 1))  # no clause of its own
    return frozenset(drop)


def _venue(fact: Fact) -> bool:
    """Whether the fact is a place its phrase only locates ("at Castlegate Park", "in
    Leeds"), not a name the parse took for a place ("in the Western Shield final")."""
    prep = fact.token.head
    if fact.type in (CITY, COUNTRY, REGION):
        return True
    return fact.type in PLACE_TYPES and prep.lower_ in ("at", "near") and fact.token.dep_ == "pobj"
