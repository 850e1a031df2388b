"""Leaner wh-forms of a fact's question, so that a sentence's headline facts are all askable.

"Mayor Anna Berg opened the new public library of Lund on 3 May 2021." gives "Who opened
the new public library of Lund on 3 May 2021?" and "On which date did Mayor Anna Berg open
...?": each shows the other's answer, so only one of them may be kept. This module offers
the selection two more forms:

- the question without an adjunct that holds ANOTHER fact of the sentence: a date ("on 3
  May 2021", "in 1994"), a place ("in Lund"), a price ("for 2 million euros"), a partner
  of a verb that keeps its object ("shared the prize with X"), or "according to X": "Who
  opened the new public library of Lund?";
- (the cloze's sentence without such a date or place is in :mod:`lean_clozes`);
- for a date, figure or place of a past-tense verb whose subject is another fact, the
  passive without the subject: "On which date was the new public library of Lund opened?"
  (an object "it" stays for the namer to name: "In which year was it listed ...?").

A form is made only where it stays self-contained: the verb keeps its object or another
complement ("Who spoke at the Brandenburg Gate?", never "Who spoke?"; an act done once in
a life needs none: "In which city did Ingrid Holm die?"), a name or number stays besides
the answer, and no phrase is left out where the article tells of the same act (the same
verb and object) elsewhere. No passive is made of a verb whose object is won,
shared or held again and again ("When was the World Cup won?" has many answers), nor where
a phrase's sense hangs on the subject left out ("for the only time").
"""

from __future__ import annotations

import re
from typing import Any

from quizapp.generator.facts.facts import ACTOR, DATE, FIGURE, PERSON, PLACE_TYPES, QUOTE, Fact
from quizapp.generator.forms.gaps import NAMED_LATER, PRONOUNS
from quizapp.generator.forms.phrasing import _clause, _finish, what
from quizapp.generator.forms.token_text import lower_start
from quizapp.generator.forms.wh_forms import EVENT_PREPS, date_on_noun

# prepositions of an adjunct that may be left out, by the kind of fact it holds
DATE_PREPS = {"on", "in", "at", "during"}
PLACE_PREPS = {"in", "at", "near", "outside"}
FIGURE_PREPS = {"for", "at"}
# prepositions that an object's own phrase may hold ("the library of Lund")
OBJECT_PREPS = {"of", "in", "for", "on"}
# what may follow a verb and keep its question whole once an adjunct is left out
COMPLEMENTS = {"dobj", "attr", "acomp", "xcomp", "ccomp", "prep", "dative", "oprd", "agent"}
# past participles that are not the past tense ("won" is both; "took" is not "taken")
IRREGULAR = {
    "begin": "begun", "break": "broken", "bring": "brought", "build": "built",
    "buy": "bought", "catch": "caught", "choose": "chosen", "do": "done", "draw": "drawn",
    "drive": "driven", "eat": "eaten", "fight": "fought", "find": "found", "forget":
    "forgotten", "give": "given", "grow": "grown", "hold": "held", "keep": "kept",
    "know": "known", "lay": "laid", "lead": "led", "leave": "left", "lend": "lent",
    "lose": "lost", "make": "made", "meet": "met", "pay": "paid", "put": "put",
    "read": "read", "ride": "ridden", "ring": "rung", "run": "run", "see": "seen",
    "sell": "sold", "send": "sent", "set": "set", "shoot": "shot", "show": "shown",
    "sing": "sung", "sink": "sunk", "speak": "spoken", "spend": "spent", "steal": "stolen",
    "strike": "struck", "take": "taken", "teach": "taught", "tell": "told", "throw":
    "thrown", "win": "won", "write": "written", "cut": "cut", "hit": "hit", "shut": "shut",
    "split": "split", "sign": "signed", "launch": "launched", "open": "opened",
}  # fmt: skip
# verbs whose "-ed" form is not their participle, or whose passive reads wrongly
NO_PASSIVE = {"be", "have", "say", "tell", "go", "come", "become", "seem", "die", "bear", "lie",
              # a title, prize or race that is won or shared again and again: "When was the
              # World Cup won?" has many answers once the winner is left out
              "win", "share", "receive", "earn", "claim", "lose", "retain", "defend",
              "take", "get", "gain", "hold", "attend", "visit", "play", "run", "enter",
              "reach",
              # a meeting or a marriage is both people's: "When was Greta Holm met?"
              "meet", "marry", "divorce", "join"}  # fmt: skip
# acts done once in a life: "In which city did Ingrid Holm die?" needs no more than the verb
# (where the article tells of the act once); "When did Olof Berg speak?" does
ONCE_IN_A_LIFE = {"bear", "die", "bury", "retire"}
# words of a phrase whose sense hangs on the subject ("for the only time", "again")
SUBJECT_BOUND = {"time", "times", "again", "first", "only", "last", "once", "twice"}
NAME = re.compile(r"\b[A-Z](?:[a-z]|[A-Z]+\b)")  # "Lund", "UNESCO"
BREAKS = set(',;:()"“”')
NAMED_PRONOUN = re.compile(r"\b(?:" + "|".join(sorted(NAMED_LATER)) + r")\b")


def lean_questions(fact: Fact, facts: list[Fact], question: str | None) -> list[str]:
    """More wh-forms of the fact's question (never the question itself), leanest last."""
    if fact.token is None or fact.kind == QUOTE:
        return []
    others, docs = other_facts(fact, facts), article_docs(facts)
    out: list[str] = []
    passive = passive_question(fact, others, docs)
    for base in (question, passive):
        if base is None:
            continue
        phrases = _phrases(fact, others, base, docs)
        drops = [[p] for p in phrases] + ([phrases] if len(phrases) > 1 else [])
        forms = [base] if base is passive else []
        for drop in drops:
            spans = [span for _, span in drop if span is not None]
            if not leaves_complement(fact, spans, docs):
                continue  # "Who spoke at the Brandenburg Gate?", never "Who spoke?"
            lean = _without(base, [text for text, _ in drop])
            if lean is not None:
                forms.append(lean)
        for form in forms:
            if form != question and form not in out and _specific(form, fact):
                out.append(form)
    return out


def article_docs(facts: list[Fact]) -> list[Any]:
    """The article's parsed paragraphs (one doc each), in order."""
    return list({id(f.sentence.span.doc): f.sentence.span.doc for f in facts}.values())


def other_facts(fact: Fact, facts: list[Fact]) -> list[Fact]:
    """The other facts of the fact's sentence that a question may show."""
    return [
        g for g in facts
        if g is not fact and g.token is not None and g.kind != QUOTE
        and g.sentence.index == fact.sentence.index and g.answer != fact.answer
    ]  # fmt: skip


def _phrases(
    fact: Fact, others: list[Fact], question: str, docs: list[Any]
) -> list[tuple[str, Any]]:
    """The words (and tokens) of the adjuncts holding other facts that ``question`` shows."""
    found: list[tuple[str, Any]] = []
    for g in others:
        span = adjunct_span(g, fact, docs)
        phrase = None if span is None else " ".join(str(span.text).split())
        if phrase is None and g.kind == ACTOR and question.lower().startswith("according to "):
            lead = question.split(",", 1)[0]  # "According to the Electoral Commission, ..."
            if g.answer.lower() in lead.lower() or g.surface.lower() in lead.lower():
                phrase = lead
        if phrase is not None and phrase not in (p for p, _ in found):
            found.append((phrase, span))
    return found


def leaves_complement(fact: Fact, spans: list[Any], docs: list[Any], gap: bool = False) -> bool:
    """Whether the verbs of the phrases left out keep something after them besides dates:
    an object, a complement, a phrase of place or manner. For an act done once in a life
    the asked fact's own phrase counts ("In which city did Ingrid Holm die?", "Holm died
    in ___."), where no other sentence tells of such an act; in a cloze (``gap``) it always
    does, standing in its place ("received an injection in ___")."""
    for span in spans:
        verb = span.root.head
        if verb.pos_ not in ("VERB", "AUX"):
            continue  # a date closing the object ("won the cup on 30 July 1966")
        kept = [
            c for c in verb.children
            if c.i > verb.i and c.dep_ in COMPLEMENTS and not _left_out(c, spans)
            and (gap or not _holds(c, fact.token)) and not _dating(c)
        ]  # fmt: skip
        if kept:
            continue
        if not (_once(verb) and _own_phrase(fact, verb)) or _told_elsewhere(verb, docs):
            return False
    return True


def _once(verb: Any) -> bool:
    """Whether the verb tells of an act done once in a life ("was born", "died")."""
    return verb.lemma_.lower() in ONCE_IN_A_LIFE


def _passive(verb: Any) -> bool:
    """Whether the verb is a passive ("was born", not "bears her name")."""
    return any(c.dep_ == "auxpass" for c in verb.children)


def _holds(token: Any, inner: Any) -> bool:
    return bool(token.left_edge.i <= inner.i <= token.right_edge.i)


def _own_phrase(fact: Fact, verb: Any) -> bool:
    """Whether the asked fact is a phrase of the verb itself after it ("died in Bergen",
    "was born in 1868"), not its subject ("Who died?")."""
    return any(
        c.i > verb.i and c.dep_ in ("prep", "npadvmod", "dobj", "attr") and _holds(c, fact.token)
        for c in verb.children
    )


def _told_elsewhere(verb: Any, docs: list[Any]) -> bool:
    """Whether another sentence has the verb (its lemma, in the same voice: "was born", not
    "bears her name"): "In which year did she die?" of two deaths has two answers."""
    return any(
        t.lemma_ == verb.lemma_ and t.pos_ in ("VERB", "AUX") and _passive(t) == _passive(verb)
        and t.sent != verb.sent
        for doc in docs for t in doc
    )  # fmt: skip


def _left_out(token: Any, spans: list[Any]) -> bool:
    return any(span.start <= token.i < span.end for span in spans)


def _dating(token: Any) -> bool:
    """Whether a verb's phrase only dates it ("in June 1987", "on Sunday")."""
    return token.dep_ in ("prep", "npadvmod") and all(
        t.ent_type_ in ("DATE", "TIME") for t in token.subtree if t.i != token.i
    )


def adjunct_span(g: Fact, fact: Fact, docs: list[Any]) -> Any:
    """The tokens of the adjunct of a verb that holds ``g`` and nothing of ``fact``, if ``g``
    is a date, place, figure or partner (or a reporter: "according to X") that may be left
    out (and the article tells of the act once: ``docs`` are its paragraphs), or None."""
    tok = g.token
    while tok.dep_ in ("nummod", "quantmod", "compound") and tok.head.i != tok.i:
        tok = tok.head  # "12 million euros": the noun
    doc = tok.doc
    if g.kind == DATE and tok.dep_ == "npadvmod" and tok.head.pos_ in ("VERB", "AUX"):
        lo, hi = tok.left_edge.i, tok.right_edge.i + 1  # "opened last year"
    elif tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        prep = tok.head
        if prep.head.dep_ == "prep" and prep.head.lower_ == "according":
            prep = prep.head
        elif g.kind == FIGURE and prep.lower_ == "of" and _in_prep(prep.head):
            prep = prep.head.head  # "at the age of 36", "at a cost of 2 million euros"
        if prep.lower_ != "according" and not _removable(g, prep):
            return None
        lo, hi = prep.left_edge.i, prep.right_edge.i + 1
    else:
        return None
    span = doc[lo:hi]
    if _joined(span):
        return None  # "in 1998 and again in 2003": not "Who won the Open in 1998 and?"
    if any(a.dep_ in ("relcl", "appos") for a in span.root.ancestors):
        return None  # "X, who founded Nordia in 1972, died": the aside stays whole
    if fact.token is not None and lo <= fact.token.i < hi:
        return None
    first = g.sentence.char0 + g.start
    if any(t.pos_ == "PROPN" and not first <= t.idx < first + g.end - g.start for t in span):
        return None  # "In 1833 Lovelace" parsed as one phrase: a name is no part of a date
    if any(t.text in BREAKS for t in span) or any(t.lower_ in PRONOUNS for t in span):
        return None
    if span.root.lower_ != "according" and _same_act_elsewhere(span, docs):
        return None  # "opened a shop in Lund ... another in Malmo in 2005"
    return span


def _joined(span: Any) -> bool:
    """Whether the phrase is one of two joined by "and"/"or" ("in 1998 and again in 2003"):
    the other cannot be left alone."""
    doc = span.doc
    near = [doc[i] for i in (span.start - 1, span.end) if 0 <= i < len(doc)]
    outside = [c for t in span for c in t.conjuncts if not span.start <= c.i < span.end]
    joint = [
        t for t in [*span, *near]
        if (t.dep_ == "cc" or t.lower_ in ("and", "or")) and not _joins_verbs(t, span)
    ]  # fmt: skip
    return bool(outside or joint)


def _joins_verbs(word: Any, span: Any) -> bool:
    """Whether an "and" just after the phrase joins its verb to another ("moved to Paris in
    1891 and enrolled at the Sorbonne"), not the phrase to another phrase."""
    verb = span.root.head
    return bool(
        word.i == span.end and word.head.i == verb.i and verb.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for c in verb.children)
    )  # fmt: skip


def _removable(g: Fact, prep: Any) -> bool:
    """Whether the preposition's phrase is an adjunct of the verb (or closes its object)
    that says when, where or for how much, not the verb's own complement."""
    word, head = prep.lower_, prep.head
    if g.kind == DATE:
        ok = word in DATE_PREPS
    elif g.kind == FIGURE:
        ok = word in FIGURE_PREPS
    elif g.kind == ACTOR and word == "with":  # "shared the Nobel Prize with Becquerel": a
        if head.pos_ == "VERB":  # partner, left out where the object stays (and is named)
            return any(c.dep_ == "dobj" for c in head.children)
        ok = head.pos_ == "PROPN"  # "a deal with Russia" may be one of several deals
    else:
        ok = g.type in PLACE_TYPES and word in PLACE_PREPS
    if not ok:
        return False
    if head.pos_ in ("VERB", "AUX"):
        return True
    if g.kind == DATE and date_on_noun(g.token, head.sent.root):
        return True  # "added the lake to its list in 1996"
    closes = prep.right_edge.i == head.right_edge.i and prep.i > head.i
    if g.kind == DATE and closes and head.dep_ == "pobj" and head.head.lower_ in EVENT_PREPS:
        return True  # "before his release in 1990": the release's own date
    return bool(head.dep_ == "dobj" and closes and head.head.pos_ == "VERB")


def _in_prep(noun: Any) -> bool:
    """Whether ``noun`` is the object of a preposition ("the age" of "at the age of 36")."""
    return bool(noun.dep_ == "pobj" and noun.head.dep_ == "prep")


def _same_act_elsewhere(span: Any, docs: list[Any]) -> bool:
    """Whether another sentence has the same verb and object as the date's sentence (a date
    left out would no longer tell the two apart: "won the title in 2019 ... again in 2021")."""
    verb = span.root.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    objects = {c.lemma_ for c in verb.children if c.dep_ == "dobj"}
    for t in (t for doc in docs for t in doc):
        if t.lemma_ != verb.lemma_ or _passive(t) != _passive(verb) or t.sent == verb.sent:
            continue
        if not objects or {c.lemma_ for c in t.children if c.dep_ == "dobj"} & objects:
            return True
    return False


def _without(question: str, phrases: list[str]) -> str | None:
    """``question`` without each of ``phrases`` (each found there once), tidied."""
    text = question.rstrip("?")
    for phrase in phrases:
        words = r"\s+".join(re.escape(w) for w in phrase.split())
        pattern = re.compile(rf"(?:,\s*)?(?<!\w){words}(?!\w)(?:\s*,)?", re.IGNORECASE)
        if len(pattern.findall(text)) != 1:
            return None
        text = pattern.sub(" ", text)
    return _finish(text)


def _specific(question: str, fact: Fact) -> bool:
    """Whether the question still names something besides its answer (a number alone does
    not say which story it is: "Who died of cancer at the age of 36?")."""
    rest = question[1:]
    for answer in (fact.answer, fact.surface):
        if answer:
            rest = rest.replace(answer, " ")
    if NAMED_PRONOUN.search(rest):
        return True  # "In which city did she die?": the article's subject is named for it
    return NAME.search(rest) is not None


def passive_question(fact: Fact, others: list[Fact], docs: list[Any]) -> str | None:
    """ "Mayor Anna Berg opened the library of Lund on 3 May 2021" -> "On which date was the
    library of Lund opened?": a date, figure or place in an adjunct of a past-tense verb
    whose subject is another fact and whose object names something."""
    tok = fact.token
    if fact.kind not in (DATE, FIGURE) and fact.type not in PLACE_TYPES:
        return None
    while tok.dep_ in ("nummod", "quantmod", "compound") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep" or not _removable(fact, tok.head):
        return None
    prep, doc = tok.head, tok.doc
    clause = _clause(fact)
    verb = prep.head if prep.head.pos_ == "VERB" else clause.root  # or a date on a noun
    if verb.i != clause.root.i or verb.tag_ != "VBD" or verb.lemma_ in NO_PASSIVE:
        return None
    if any(c.dep_ in ("aux", "auxpass", "neg", "dative", "ccomp", "xcomp") for c in verb.children):
        return None
    if any(t.lower_ in SUBJECT_BOUND for t in doc[verb.i : verb.sent.end]):
        return None  # "won the cup for the only time": England's only time
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(subjects) != 1 or len(objects) != 1 or subjects[0].dep_ != "nsubj":
        return None
    s = subjects[0]
    doer = [g for g in others if g.kind == ACTOR and s.left_edge.i <= g.token.i <= s.right_edge.i]
    if not doer:
        return None  # the subject is another fact of the sentence
    obj = objects[0]
    o_lo, o_hi = obj.left_edge.i, obj.right_edge.i + 1
    if obj.dep_ == "dobj" and prep.head.i == obj.i:
        o_hi = prep.i  # "won the cup on 30 July 1966": the cup
    words = doc[o_lo:o_hi]
    if o_lo <= tok.i < o_hi or not len(words) or o_lo < verb.i:
        return None
    named_later = len(words) == 1 and words[0].lower_ == "it"  # the namer puts its name
    if not named_later and any(
        t.text in BREAKS or t.lower_ in PRONOUNS or t.tag_ in ("PRP$", "WDT") for t in words
    ):
        return None
    if any(t.dep_ == "prep" and t.lower_ not in OBJECT_PREPS for t in words):
        return None  # "shared the prize with Becquerel": the verb's, not the prize's
    if not named_later and not any(t.pos_ == "PROPN" or t.like_num for t in words):
        return None  # "When was the treaty signed?": which treaty is not said
    participle = _participle(verb)
    if participle is None or _same_act_elsewhere(doc[prep.i : prep.right_edge.i + 1], docs):
        return None
    particles = "".join(f" {c.text}" for c in verb.children if c.dep_ == "prt")
    kept = []
    answer = range(prep.i, prep.right_edge.i + 1)  # "in 1996" of "to its list ... in 1996"
    for c in verb.children:  # other phrases after the verb that hold no fact: "to the public"
        if c.i <= verb.i or c.dep_ != "prep" or c.i == prep.i or c.i in range(o_lo, o_hi):
            continue
        span = [t for t in doc[c.left_edge.i : c.right_edge.i + 1] if t.i not in answer]
        held = [g for g in others if c.left_edge.i <= g.token.i <= c.right_edge.i]
        bounds = (c.left_edge.i, c.right_edge.i + 1)
        spans = [adjunct_span(g, fact, docs) for g in held]
        if held and all(p is not None and (p.start, p.end) == bounds for p in spans):
            continue  # a date, place or price that is another fact: left out
        text = _owner_dropped(span, doer[0].type != PERSON)
        if text is None:
            return None  # "promised her support": not without "her"
        kept.append(text)
    aux = "were" if obj.tag_ in ("NNS", "NNPS") else "was"
    head = f"{prep.lower_} {what(fact)}"
    tail = " ".join(kept)
    return _finish(f"{head} {aux} {lower_start(words)} {participle}{particles} {tail}")


def _owner_dropped(span: Any, thing: bool) -> str | None:
    """The phrase's words, the subject's "its" ("UNESCO added Lake Baikal to its list") read
    "the" once the subject is left out (a thing's only: "their" and "her" may be anyone's);
    None for another pronoun or a break."""
    words = []
    for t in span:
        if t.text in BREAKS or (t.lower_ in PRONOUNS and t.lower_ != "its"):
            return None
        if t.tag_ == "PRP$" and not (thing and t.lower_ == "its"):
            return None
        words.append(("the" if t.lower_ == "its" else t.text) + t.whitespace_)
    if words:
        words[-1] = words[-1].rstrip()
    return "".join(words).strip()


def _participle(verb: Any) -> str | None:
    """The verb's past participle: from the table, the "-ed" past, or the article's own."""
    lemma = verb.lemma_.lower()
    if lemma in IRREGULAR:
        return IRREGULAR[lemma]
    if verb.lower_.endswith("ed"):
        return str(verb.lower_)
    found = [t.lower_ for t in verb.doc if t.lemma_ == verb.lemma_ and t.tag_ == "VBN"]
    return str(found[0]) if found else None
