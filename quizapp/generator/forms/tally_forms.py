"""The question of a vote tally: "Lawmakers passed the budget by 312 votes to 190" -> "By
what vote did lawmakers pass the budget?" (issue 16).

A tally (facts/vote_tallies.py) is asked whole: "by what vote", never "how many votes",
which would ask for one side of it. The form is made where the tally is the "by" phrase of
the main verb, or of a participle that shares the main clause's subject ("The court struck
down the law, ruling by six votes to four that the Senate had no power to pass it" -> "By
what vote did the court rule that the Senate had no power to pass it?"); where what the
participle found leans on the main clause ("that it was void", "that the decree ..."),
of the main verb ("By what vote did the court strike down the law?"). Where the parse
fits neither, no question is made (the cloze still asks it).
"""

from __future__ import annotations

import re
from typing import Any

from quizapp.generator.facts.facts import Fact
from quizapp.generator.facts.vote_tallies import VOTES
from quizapp.generator.forms.clause_tails import trailing_clauses
from quizapp.generator.forms.gaps import PRONOUNS
from quizapp.generator.forms.question_scope import SHELL_NOUNS
from quizapp.generator.forms.token_text import DO_FORMS, NAMED_LATER, lower_start, spaced

# what may stand between "by" and the tally: "by a vote of 6-3", "by a 6-3 vote"
LEAD = re.compile(r"\bby\s+(?:a\s+vote\s+of\s+|an?\s+)?$", re.IGNORECASE)
TAIL = re.compile(r"^\s*(?:majority\s+)?(?:vote|verdict|decision|ruling)\b", re.IGNORECASE)


def is_tally(fact: Fact) -> bool:
    """Whether the fact is a vote tally (not a match's score)."""
    return fact.unit == VOTES


def tally_question(fact: Fact) -> str | None:
    """ "by what vote did X <verb> ..." for a tally in the "by" phrase of the main verb or of
    a participle on it (unfinished: the caller tidies and checks its length)."""
    sentence, doc = fact.sentence, fact.sentence.span.doc
    lead = LEAD.search(sentence.text[: fact.start])
    tail = TAIL.match(sentence.text[fact.end :])
    if lead is None:
        return None
    start = sentence.char0 + lead.start()
    end = sentence.char0 + fact.end + (tail.end() if tail else 0)
    phrase = doc.char_span(start, end, alignment_mode="expand")
    if phrase is None or phrase[0].dep_ not in ("prep", "agent"):
        return None
    verb = phrase[0].head
    root = verb if verb.dep_ == "ROOT" else _participle_root(verb)
    if root is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    if verb is not root and _leaning_finding(verb, root):
        verb = root  # "ruling by 6-4 that the decree ...": asked of what the court ruled on
    subject = _subject(root)
    if subject is None:
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if verb is not root:
        auxes = []  # the participle asks in the main verb's tense
    tense = root if verb is not root else verb
    if not auxes and tense.tag_ not in DO_FORMS:
        return None
    lead_word = auxes[0].text.lower() if auxes else DO_FORMS[tense.tag_]
    skip = set(range(phrase.start, phrase.end)) | {a.i for a in auxes}
    skip |= set(range(subject.start, subject.end))
    skip |= trailing_clauses(verb, verb.i + 1, verb.right_edge.i + 1)
    kept = [t for t in doc[verb.i : verb.right_edge.i + 1] if t.i not in skip]
    if any(t.text in '"“”;:()' for t in kept):
        return None
    words = {verb.i: verb.lemma_} if not auxes else None
    rest = spaced(kept, words).rstrip(".!?, ")
    return f"by what vote {lead_word} {lower_start(subject)} {rest}"


def _participle_root(verb: Any) -> Any:
    """The main verb whose subject a participle clause ("..., ruling by ...") shares: the
    one it hangs on, or, for a participle that closes the sentence, the sentence's (the
    parse may hang it on the last verb before its comma: "struck down a law that let
    police hold people ..., ruling by six votes to four that ...")."""
    head = verb.head
    before = verb.doc[verb.i - 1].text if verb.i > 0 else ""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or before != ",":
        return None
    last = [t for t in verb.sent if not t.is_punct][-1]
    if head.dep_ != "ROOT" and verb.right_edge.i == last.i:
        head = verb.sent.root  # a closing participle tells of the main clause's subject
    if head.dep_ != "ROOT":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in verb.children):
        return None
    return head


def _leaning_finding(participle: Any, root: Any) -> bool:
    """Whether what a participle of ruling found leans on the main clause by a pronoun or a
    bare noun that points back ("ruling ... that it was void", "that the decree
    violated ...", "overturned a decree, ruling ... that the decree ..."): outside the
    sentence it does not say what was found void, so the tally is asked of the main verb
    ("By what vote did the court strike down a law ...?"). "that the inspectors had
    exceeded their powers" says who, and stays."""
    found = [c for c in participle.children if c.dep_ == "ccomp" and c.i > participle.i]
    subjects = [c for f in found for c in f.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1:
        return False
    s = subjects[0]
    if s.lower_ in PRONOUNS or s.tag_ == "PRP":
        return True
    words = list(s.subtree)
    definite = words[0].lower_ in ("the", "this", "that", "these", "those")
    if not definite or s.pos_ != "NOUN" or any(t.pos_ == "PROPN" for t in words):
        return False
    acted_on = {t.lemma_.casefold() for t in root.subtree if t.i < participle.i}
    return s.lemma_.casefold() in SHELL_NOUNS | acted_on


def _subject(root: Any) -> Any:
    """The main clause's subject as a span, or None where it is a pronoun or several."""
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].lower_ in PRONOUNS - NAMED_LATER:
        return None
    s = subjects[0]
    span = root.doc[s.left_edge.i : s.right_edge.i + 1]
    if span.end > root.i or any(t.is_punct for t in span):
        return None
    return span
