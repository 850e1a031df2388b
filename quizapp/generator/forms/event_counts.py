"""A count that opens its clause asked with the event clause that says which story it is
about (issue 16).

"Four people died when a landslide struck two houses in the village of Hyllestad, and a
fisherman was lost ..." -> "How many people died when a landslide struck two houses in the
village of Hyllestad?": without its "when"/"after" clause the question ("How many people
died?") does not say which deaths it asks about. The event clause is kept up to its first
comma, date or time, and must name something (a name or a number); a clause leaning on a
pronoun ("after his boat capsized") gives no question. The lead of a news report, whose
clauses share one event and a source, is asked by :mod:`news_leads`.
"""

from __future__ import annotations

from typing import Any

from quizapp.generator.facts.facts import COUNT, Fact
from quizapp.generator.forms.count_subjects import DATE_ENTS, clause_start, count_subject, marked
from quizapp.generator.forms.gaps import PRONOUNS
from quizapp.generator.forms.token_text import spaced
from quizapp.questiondata import FactKind


def event_count_question(fact: Fact) -> str | None:
    """ "HEDGE how many NOUN VERB EVENT?" for a count subject whose verb has one event
    clause and nothing else after it, or None."""
    tok = fact.token
    if fact.kind != FactKind.FIGURE or fact.type != COUNT or tok is None:
        return None
    noun = tok.head
    if tok.dep_ != "nummod" or noun.tag_ != "NNS":
        return None
    verb, doc = noun.head, tok.doc
    if verb.pos_ != "VERB" or noun.left_edge.i != clause_start(verb, joined_only=True):
        return None
    unit = doc[tok.i + 1 : noun.right_edge.i + 1]
    subject = count_subject(noun, unit, verb)
    if subject is None:
        return None  # "three others were hurt": others than whom is said before
    hedge, between = subject
    after = [c for c in verb.children if c.i > verb.i and c.dep_ not in ("punct", "cc", "conj")]
    if len(after) != 1 or after[0].dep_ != "advcl" or not marked(after[0]):
        return None
    event = _event(after[0])
    if event is None:
        return None
    return " ".join(w for w in (hedge, "how many", unit.text, spaced([*between, verb]), event) if w)


def _event(verb: Any) -> str | None:
    """The event clause up to its first comma, date or time; None where it names nothing or
    leans on a pronoun."""
    kept = []
    for t in verb.doc[verb.left_edge.i : verb.right_edge.i + 1]:
        if t.ent_type_ in DATE_ENTS or (t.is_punct and t.tag_ != "HYPH"):
            break
        kept.append(t)
    while kept and kept[-1].pos_ in ("ADP", "DET", "CCONJ", "ADV"):
        kept.pop()  # "early on (Monday)"
    if any(t.lower_ in PRONOUNS or t.tag_ == "PRP$" or t.text in '"“”' for t in kept):
        return None
    if not any(t.pos_ == "PROPN" for t in kept):
        return None  # "when the storm hit": which storm is not said
    return spaced(kept)
