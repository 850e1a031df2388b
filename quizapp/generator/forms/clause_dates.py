"""The date of an "as"/"when"/"while" clause's main clause, which is the clause's own
moment (issue 16): "Readers waited on 3 March 2023 as the museum opened its doors" asks
"On which date did the museum open its doors?" (:mod:`clause_slots` asks it), and a
question on the clause keeps the main clause's "on 3 March 2023".

A date phrase is "on"/"in" and a date, its weekday left out ("on Friday, 3 March"); a
clause with a date of its own borrows none, and a weekday alone is no date to borrow.
"""

from __future__ import annotations

from typing import Any

from quizapp.generator.facts.facts import Fact
from quizapp.questiondata import FactKind

SAME_TIME = {"as", "when", "while"}  # the main clause's date is the clause's own
CLAUSES = {"advcl", "relcl"}  # a marked clause, which the parse may hang on a noun
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def borrowed_clause(fact: Fact) -> tuple[Any, Any] | None:
    """The preposition of the date ``fact`` of a main clause ("on") and the verb of the
    one "as"/"when"/"while" clause without a date of its own that shares its moment, or
    None."""
    if fact.kind != FactKind.DATE:
        return None
    found = date_phrase(fact.token)
    if found is None or found[2].i != fact.token.i:
        return None
    prep, main, _ = found
    clauses = [c for h in hosts(main) for c in h.children if same_time(c)]
    if len(clauses) != 1 or own_dates(clauses[0]):
        return None
    return prep, clauses[0]


def clause_marks(verb: Any) -> list[str]:
    """The words that open the verb's clause: "as", "after", or a "when" the parse calls
    an adverb of the verb."""
    return [
        c.lower_ for c in verb.children
        if c.i < verb.i and (c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB"))
    ]  # fmt: skip


def same_time(verb: Any) -> bool:
    """Whether ``verb`` heads an "as"/"when"/"while" clause (the parse may call it a
    relative clause of the noun before it: a relative clause has no such mark)."""
    marks = clause_marks(verb)
    same = len(marks) == 1 and marks[0] in SAME_TIME
    return bool(same and verb.dep_ in CLAUSES and verb.pos_ == "VERB")


def hosts(main: Any) -> list[Any]:
    """The words a main clause's date and its "as" clause may hang on: the main verb, or
    a noun the parse took for the root and the verb it took for the noun's ("Hundreds
    of visitors queued ..., as ...")."""
    if main.pos_ == "VERB" and main.dep_ == "acl" and main.head.pos_ != "VERB":
        return [main, main.head]
    if main.pos_ != "VERB":
        return [main, *(c for c in main.children if c.dep_ == "acl" and c.pos_ == "VERB")]
    return [main]


def date_phrase(tok: Any) -> tuple[Any, Any, Any] | None:
    """The preposition of a date phrase ("on 3 March 2023", "on Friday, 3 March"), the
    word it hangs on and the date's own token (the weekday left out), or None."""
    doc = tok.doc
    if tok.dep_ == "appos" and tok.head.lower_ in WEEKDAYS:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in ("on", "in"):
        prep = tok.head
        if any(c.dep_ != "pobj" for c in prep.children):
            return None
        date = tok
        if tok.lower_ in WEEKDAYS:
            dated = [c for c in tok.children if c.dep_ == "appos" and c.ent_type_ == "DATE"]
            if len(dated) != 1:
                return None  # a weekday alone is no date to ask or to borrow
            date = dated[0]
        return prep, prep.head, date
    edge = tok.left_edge.i
    if tok.dep_ != "npadvmod" or edge < 3 or doc[edge - 1].text != ",":
        return None
    day, prep = doc[edge - 2], doc[edge - 3]  # "on Friday, 3 March": the parse splits it
    if day.lower_ in WEEKDAYS and day.head.i == prep.i and prep.lower_ == "on":
        return (prep, tok.head, tok) if prep.head.i == tok.head.i else None
    return None


def main_date(top: Any) -> str:
    """The date phrase of the main clause ("on 3 March 2023", its weekday left out)
    for an "as"/"when"/"while" clause without a date of its own, else ""."""
    if not same_time(top) or own_dates(top):
        return ""
    hosting = {h.i for h in hosts(top.head)}
    found = {}
    for t in top.sent:
        phrase = date_phrase(t) if t.ent_type_ == "DATE" else None
        if phrase is not None and phrase[1].i in hosting and phrase[2].i == t.i:
            found[phrase[0].i] = phrase
    if len(found) != 1:
        return ""
    prep, _, date = next(iter(found.values()))
    end = date.right_edge.i + 1
    while end > date.i + 1 and date.doc[end - 1].is_punct:
        end -= 1  # a comma the parse hung on the date
    words = date.doc[date.left_edge.i : end]
    if any(t.is_punct for t in words):
        return ""
    return f"{prep.lower_} {words.text}"


def own_dates(verb: Any) -> bool:
    """Whether the clause names a date of its own (then the main clause's is not its)."""
    return any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree)
