"""Questions on the count of a record: "the first player to score three goals in a final".

"Hurst ..., becoming the first player to score three goals in a World Cup final" ->
"How many goals did Hurst become the first player to score in a World Cup final?";
"Curie was the first woman to win two Nobel Prizes" -> "How many Nobel Prizes was Curie
the first woman to win?". The count is the object of an infinitive on "the first (only,
last) ..." that is the complement of "become" or "be", whose subject is the clause's own
or, for a participle after a comma ("..., becoming"), the subject of the verb it follows
(issue 16). Whatever the parse does not fit cleanly gets no question.
"""

from __future__ import annotations

from typing import Any

from quizapp.generator.forms.gaps import PRONOUNS
from quizapp.generator.forms.token_text import DO_FORMS, NAMED_LATER, lower_start, spaced

RANKS = {"first", "only", "last"}


def record_question(unit: Any, lead: str) -> str | None:
    """ "HOW MANY Xs did SUBJECT become the first ... to VERB ...?", or None."""
    verb = unit.head  # "score"
    if unit.dep_ != "dobj" or verb.tag_ != "VB" or verb.dep_ not in ("relcl", "acl"):
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" and c.i == verb.i - 1 for c in verb.children):
        return None
    noun = verb.head  # "player"
    doc = unit.doc
    ranked = doc[noun.left_edge.i : noun.i + 1]
    if noun.dep_ != "attr" or noun.right_edge.i != verb.right_edge.i:
        return None
    if ranked[0].lower_ != "the" or not any(t.lower_ in RANKS or t.tag_ == "JJS" for t in ranked):
        return None
    if any(t.is_punct or t.tag_ == "PRP$" for t in ranked):
        return None
    copula = noun.head
    if copula.lemma_ not in ("become", "be"):
        return None
    found = _subject_and_tense(copula)
    if found is None:
        return None
    subject, tense = found
    phrase = set(range(unit.left_edge.i, unit.i + 1))
    rest = [t for t in doc[verb.i + 1 : verb.right_edge.i + 1] if t.i not in phrase]
    if any(t.is_punct or t.text in '"“”' or t.lower_ in PRONOUNS for t in rest):
        return None
    tail = spaced(rest)
    if copula.lemma_ == "be":
        body = f"{tense} {subject} {lower_start(ranked)} to {verb.text}"
    else:
        body = f"{tense} {subject} become {lower_start(ranked)} to {verb.text}"
    return f"{lead} {body} {tail}".strip()


def _subject_and_tense(copula: Any) -> tuple[str, str] | None:
    """The subject as the question names it, and "did"/"does" (or "was"/"is" for "be")."""
    doc = copula.doc
    verb = copula
    if copula.tag_ == "VBG":  # "..., becoming": the subject of the verb it follows
        if copula.dep_ != "advcl" or copula.i == 0 or doc[copula.i - 1].text != ",":
            return None
        if any(c.dep_ in ("nsubj", "mark", "aux") for c in copula.children):
            return None
        verb = copula.head
        while verb.dep_ == "conj" and not _subjects(verb):
            verb = verb.head
    elif any(c.dep_ in ("aux", "auxpass", "neg") for c in copula.children):
        return None
    subjects = _subjects(verb)
    if len(subjects) != 1 or subjects[0].conjuncts or verb.tag_ not in DO_FORMS:
        return None
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return None
    subject = subjects[0]
    words = doc[subject.left_edge.i : subject.right_edge.i + 1]
    if any(t.is_punct or t.text in '"“”' or t.tag_ in ("PRP$", "WDT", "WP") for t in words):
        return None
    if any(t.lower_ in PRONOUNS - NAMED_LATER for t in words):
        return None
    if copula.lemma_ == "be":
        if copula is not verb:
            return None  # "..., being the first": not asked
        tense = copula.lower_
    else:
        tense = DO_FORMS[verb.tag_]
    text = lower_start(words) if words[0].is_sent_start else str(words.text)
    return text, tense


def _subjects(verb: Any) -> list[Any]:
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
