"""The question of a cricket target told in an opening participle: "Set 330 to win, New
Zealand resumed ..." -> "How many runs did New Zealand need to win?" (issue 16).

The target (facts/innings_totals.py) hangs on a participle that opens the sentence and
whose subject is the main clause's; the main clause itself tells something else. The
question asks what the participle says of that subject, in the main verb's tense.
"""

from __future__ import annotations

from quizapp.generator.facts.facts import Fact
from quizapp.generator.facts.innings_totals import RUNS
from quizapp.generator.forms.gaps import PRONOUNS
from quizapp.generator.forms.token_text import DO_FORMS, lower_start

OPENERS = {"set", "need", "require"}


def target_question(fact: Fact) -> str | None:
    """ "how many runs did X need to win" for "Set/Needing N to win, X ...", else None."""
    tok = fact.token
    if tok is None or fact.unit != RUNS or tok.dep_ not in ("dobj", "npadvmod", "nummod"):
        return None
    verb, doc = tok.head, tok.doc
    root = verb.head
    if verb.lemma_.lower() not in OPENERS or verb.dep_ != "advcl" or root.dep_ != "ROOT":
        return None
    words = [t.lower_ for t in doc[tok.i + 1 : tok.i + 3]]
    if words != ["to", "win"] or root.i < verb.i or root.tag_ not in DO_FORMS:
        return None
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].lower_ in PRONOUNS:
        return None
    s = subjects[0]
    subject = doc[s.left_edge.i : s.right_edge.i + 1]
    if any(t.is_punct for t in subject) or verb.i > subject.start:
        return None
    return f"how many {RUNS} {DO_FORMS[root.tag_]} {lower_start(subject)} need to win"
