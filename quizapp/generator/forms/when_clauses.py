"""Wh-questions on a clause that a date introduces with "when".

"A turning point came on 4 May 2001, when the council sold the harbour to a private firm."
tells its news in the "when" clause; the main clause only says that something happened.
So the date is asked of the clause ("On which date did the council sell the harbour to a
private firm?") and the clause's subject with the date ("Which organisation sold the harbour
to a private firm on 4 May 2001?"). The clause must stand alone: a subject of its own that
is no pronoun, a verb that takes "did" (or an auxiliary), no quotation, and nothing after
it but clauses the question leaves out.
"""

from __future__ import annotations

from typing import Any

from quizapp.generator.facts.facts import PERSON, Fact
from quizapp.generator.forms.gaps import PRONOUNS
from quizapp.generator.forms.token_text import lower_start, spaced
from quizapp.questiondata import FactKind

DATE_PREPS = {"on", "in"}


def when_clause_question(fact: Fact, what: str) -> str | None:
    """The date of a "when" clause asked of the clause, or the clause's subject asked with
    the date; None where the parse does not fit."""
    tok = fact.token
    if fact.kind == FactKind.DATE:
        clauses = [c for c in tok.children if _when_clause(c)]
        prep = _preposition(tok)
        if len(clauses) != 1 or prep is None:
            return None
        verb = clauses[0]
        subject = _subject(verb)
        if subject is None or not _date_closes(fact, verb):
            return None
        rest = _rest(verb)
        if rest is None or not _event(verb):
            return None
        s_lo, s_hi = subject.left_edge.i, subject.right_edge.i + 1
        named = lower_start(tok.doc[s_lo:s_hi])
        return f"{prep.lower_} {what} did {named} {verb.lemma_} {rest}".strip()
    verb = tok.head
    subject = _subject(verb) if tok.dep_ == "nsubj" and _when_clause(verb) else None
    if subject is None or subject.i != tok.i:
        return None
    date = verb.head
    prep = _preposition(date)
    if prep is None:
        return None
    rest = _rest(verb)
    if rest is None or not _event(verb):
        return None
    head = "who" if fact.type == PERSON else what
    when = spaced(t for t in date.doc[prep.i : date.i + 1 + _after_date(date)])
    return f"{head} {verb.text} {rest} {when}".replace("  ", " ")


def _event(verb: Any) -> bool:
    """Whether the clause tells of an act done on the date: an active verb in the simple past,
    not a state ("when Poland was divided", "when the town had no mayor")."""
    if verb.tag_ != "VBD" or verb.lemma_ in ("be", "have"):
        return False
    return not any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children)


def _when_clause(verb: Any) -> bool:
    """Whether ``verb`` heads a ", when ..." clause hung on a date."""
    if verb.dep_ not in ("relcl", "advcl") or verb.pos_ not in ("VERB", "AUX"):
        return False
    first = verb.left_edge
    doc = verb.doc
    if first.lower_ != "when" or first.i == 0 or doc[first.i - 1].text != ",":
        return False
    return bool(verb.head.ent_type_ == "DATE" or verb.head.like_num)


def _subject(verb: Any) -> Any:
    """The clause's own subject: a named or described thing, not a pronoun."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    if len(subjects) != 1:
        return None
    s = subjects[0]
    words = list(s.subtree)
    if s.lower_ in PRONOUNS or any(t.is_punct or t.tag_ in ("WDT", "WP") for t in words):
        return None
    if s.conjuncts or s.right_edge.i >= verb.i:
        return None
    return s


def _rest(verb: Any) -> str | None:
    """The clause after its verb, less clauses that follow it; None where it holds a quote."""
    doc = verb.doc
    skip: set[int] = set()
    for child in verb.children:
        if child.i > verb.i and child.dep_ in ("advcl", "conj", "cc", "parataxis", "relcl"):
            skip.update(range(child.left_edge.i, child.right_edge.i + 1))
    tokens = [t for t in doc[verb.i + 1 : verb.right_edge.i + 1] if t.i not in skip]
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    if any(t.text in '"“”();:' or t.text == "," for t in tokens):
        return None
    return spaced(tokens)


def _date_closes(fact: Fact, verb: Any) -> bool:
    """Whether the date's phrase is the date and its "when" clause, nothing else."""
    tok = fact.token
    others = [c for c in tok.children if c.i != verb.i and c.dep_ not in ("nummod", "punct")]
    return not others


def _preposition(date: Any) -> Any:
    """The "on"/"in" just before the date ("on 4 May 2001"), which the parse may hang on the
    verb rather than on the date; None when there is none."""
    lo = date.left_edge.i
    if date.dep_ not in ("pobj", "npadvmod") or lo == 0:
        return None
    prep = date.doc[lo - 1]
    return prep if prep.lower_ in DATE_PREPS and prep.dep_ == "prep" else None


def _after_date(date: Any) -> int:
    """How many tokens of the date follow its head ("30 April 1993": the year)."""
    n = 0
    for t in date.doc[date.i + 1 :]:
        if t.head.i == date.i and t.dep_ == "nummod":
            n += 1
        else:
            break
    return n
