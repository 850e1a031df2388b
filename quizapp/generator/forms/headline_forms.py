"""Question forms for the counts of a news lead: a participle clause of the main subject
("..., taking 365 of the 650 seats" -> "How many of the 650 seats did the party take?",
"..., killing at least 140 people" -> "At least how many people did the earthquake kill?")
and a counted subject ("At least 31 people died after ..." -> "At least how many people
died after ...?"). A hedge before the number moves into the question words (issue 16)."""

from __future__ import annotations

from typing import Any

from quizapp.generator.facts.facts import COUNT, PERSON, Fact
from quizapp.generator.forms.figure_hedges import HEDGED
from quizapp.generator.forms.gaps import PRONOUNS
from quizapp.generator.forms.token_text import DO_FORMS, lower_start, spaced
from quizapp.questiondata import FactKind

# clauses and asides a question on the subject's count leaves out
WHEN = {"when", "after", "as", "before", "while"}
LEFT_OUT = {"advcl", "conj", "cc", "parataxis", "ccomp", "relcl", "mark", "dep", "punct"}


def headline_question(fact: Fact) -> str | None:
    """A question whose answer is the count of ``fact``, or None."""
    if fact.kind != FactKind.FIGURE or fact.type != COUNT or fact.token is None:
        return None
    counted = _counted_phrase(fact.token)
    if counted is None:
        return None
    phrase, lead = counted
    return (
        _participle_count(phrase, lead)
        or _subject_count(phrase, lead)
        or _agent_count(phrase, lead)
    )


def _counted_phrase(tok: Any) -> tuple[Any, str] | None:
    """The noun phrase the number counts and its question words: "how many people" of
    "at least 140 people", "how many of the 650 seats ..." of "365 of the 650 seats ..."."""
    doc = tok.doc
    counts = tok.dep_ == "nummod" or (tok.dep_ == "amod" and tok.like_num)  # "Sixty homes"
    if counts and tok.head.tag_ == "NNS" and tok.head.i > tok.i:
        phrase = tok.head
    elif tok.dep_ in ("dobj", "nsubj", "nsubjpass") and any(
        c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1 for c in tok.children
    ):
        phrase = tok  # "365 of the 650 seats"
    else:
        return None
    before = [t for t in doc[phrase.left_edge.i : tok.i]]
    hedge = " ".join(t.lower_ for t in before)
    if hedge and hedge not in HEDGED:
        return None  # "the two ships", "a further 5 million euros"
    after = doc[tok.i + 1 : phrase.right_edge.i + 1]
    if any(t.is_punct or (t.like_num and t.i < phrase.i) or t.lower_ in PRONOUNS for t in after):
        return None
    if any(t.tag_ == "PRP$" for t in after):
        return None  # "140 of its members": whose is not said
    words = str(after.text).strip()
    lead = f"{HEDGED[hedge]} how many {words}".strip() if hedge else f"how many {words}"
    return phrase, lead


def _participle_count(phrase: Any, lead: str) -> str | None:
    """ "..., killing at least 140 people": the participle's subject is the main clause's."""
    verb = phrase.head
    if phrase.dep_ != "dobj" or verb.tag_ != "VBG" or verb.dep_ != "advcl":
        return None
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != "," or phrase.left_edge.i != verb.i + 1:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in verb.children):
        return None  # "after beating", "while the storm was ...": not the main subject's
    root = verb.head
    if root.dep_ != "ROOT" or root.tag_ not in DO_FORMS:
        return None
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in root.children):
        return None
    between = doc[root.i + 1 : verb.i]
    if any(t.dep_ in ("nsubj", "nsubjpass") or t.tag_ in DO_FORMS for t in between):
        return None  # "..., as a wildfire spread ..., burning": whose act it is is unsure
    subject = _subject(root)
    if subject is None:
        return None
    joined = [c.i for c in verb.children if c.dep_ in ("cc", "conj") and c.i > phrase.i]
    end = min(joined, default=verb.right_edge.i + 1)  # "... and injuring 900": another fact
    rest = [t for t in doc[phrase.right_edge.i + 1 : end]]
    if any(t.is_punct or t.text in '"“”' for t in rest):
        return None
    tail = "".join(t.text_with_ws for t in rest).strip()
    return f"{lead} {DO_FORMS[root.tag_]} {subject} {verb.lemma_} {tail}".strip()


def _subject(root: Any) -> str | None:
    """The main clause's subject, opening the sentence, as a question names it: "the
    magnitude 6.8 earthquake" of "A magnitude 6.8 earthquake struck ..." (the parse may
    split such a phrase into two subjects)."""
    doc = root.doc
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    if not subjects or any(c.conjuncts for c in subjects):
        return None
    lo = min(s.left_edge.i for s in subjects)
    hi = max(s.right_edge.i for s in subjects) + 1
    words = doc[lo:hi]
    if lo != root.sent.start or hi != root.i or not len(words):
        return None
    if any(t.is_punct or t.text in '"“”' or t.tag_ in ("WDT", "WP", "PRP$") for t in words):
        return None
    if any(t.lower_ in PRONOUNS for t in words):
        return None
    for t in words:
        if t.like_num and not (t.i > lo and doc[t.i - 1].tag_ == "NN"):
            return None  # "two ships" is not a name; "magnitude 6.8" is a label

    text = lower_start(words)
    if words[0].lower_ in ("a", "an") and len(words) > 1:
        text = "the " + text.split(" ", 1)[1]  # the sentence has named it: "the earthquake"
    return text


def _subject_count(phrase: Any, lead: str) -> str | None:
    """ "At least 31 people died after floods swept through ..." -> "At least how many
    people died after floods swept through ...?"."""
    verb = phrase.head
    if phrase.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ != "VERB":
        return None
    if verb.dep_ != "ROOT" or phrase.left_edge.i != verb.sent.start:
        return None
    doc = verb.doc
    between = doc[phrase.right_edge.i + 1 : verb.i]
    if any(t.dep_ not in ("aux", "auxpass", "neg") for t in between):
        return None
    kept = _kept_after(verb)
    if kept is None:
        return None
    for joined in verb.children:  # "... and 12 are missing after floods ...": both are
        if joined.dep_ == "conj" and _elided_subject(joined):
            more = _kept_after(joined)
            if more is None:
                return None
            kept |= more
    if not any(doc[i].pos_ == "PROPN" or doc[i].like_num for i in kept):
        return None  # "How many men were arrested at the scene?": which story is not said
    words = spaced(doc[i] for i in sorted(kept))
    verbs = "".join(t.text_with_ws for t in doc[phrase.right_edge.i + 1 : verb.i + 1])
    return f"{lead} {verbs.strip()} {words}"


def _agent_count(unit: Any, lead: str) -> str | None:
    """ "The final in Lisbon was watched by 80,000 spectators" -> "How many spectators
    watched the final in Lisbon?": the agent of a passive main clause, turned active (a
    regular verb in the past, so that its participle is its past tense)."""
    by, doc = unit.head, unit.doc
    verb = by.head
    if unit.dep_ != "pobj" or by.dep_ != "agent" or unit.right_edge.i != unit.i:
        return None
    auxes = [c.lower_ for c in verb.children if c.dep_ == "auxpass"]
    if verb.dep_ != "ROOT" or auxes not in (["was"], ["were"]) or not verb.lower_.endswith("ed"):
        return None
    if any(c.dep_ in ("aux", "neg") for c in verb.children):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if len(subjects) != 1 or subjects[0].left_edge.i != verb.sent.start:
        return None
    words = doc[subjects[0].left_edge.i : subjects[0].right_edge.i + 1]
    if words.end + 1 != verb.i or not any(t.pos_ == "PROPN" for t in words):
        return None  # "How many spectators watched the final?": which one is not said
    if any(t.is_punct or t.lower_ in PRONOUNS or t.tag_ in ("PRP$", "WDT") for t in words):
        return None
    kept = _kept_after(verb)
    if kept is None:
        return None
    rest = spaced(doc[i] for i in sorted(kept - set(range(by.i, unit.i + 1))))
    return f"{lead} {verb.text} {lower_start(words)} {rest}".strip()


def _elided_subject(verb: Any) -> bool:
    """ "12 are missing": a joined clause whose subject is a bare number of the same noun."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return len(subjects) == 1 and subjects[0].like_num and not list(subjects[0].children)


def _when_clause(verb: Any) -> bool:
    """ "when the bridge collapsed": a clause of time right after its verb's phrases (no
    comma), which says which event the count belongs to."""
    doc = verb.doc
    first = doc[verb.left_edge.i]  # "when" is a mark or an adverb of the clause's verb
    return (
        verb.dep_ == "advcl"
        and first.lower_ in WHEN
        and first.dep_ in ("mark", "advmod")
        and first.head.i == verb.i
        and doc[first.i - 1].text != ","
    )


def _kept_after(verb: Any) -> set[int] | None:
    """Tokens of the verb's phrases after it that a question keeps (prepositional phrases
    and objects); None when one holds a quote or an aside."""
    doc, kept = verb.doc, set[int]()
    for child in verb.children:
        if child.i < verb.i or (child.dep_ in LEFT_OUT and not _when_clause(child)):
            continue
        if child.dep_ not in ("prep", "dobj", "npadvmod", "advmod", "prt", "agent", "advcl"):
            return None
        span = doc[child.left_edge.i : child.right_edge.i + 1]
        if any(t.is_punct or t.text in '"“”' or t.lower_ in PRONOUNS for t in span):
            return None
        kept.update(range(child.left_edge.i, child.right_edge.i + 1))
    return kept


def score_question(fact: Fact) -> str | None:
    """ "Ana Ruiz beat Sofia Ortega 6-4, 6-3 to win ..." -> "By what score did Ana Ruiz beat
    Sofia Ortega?": the score right after the main verb's object, the whole of it asked."""
    sent = fact.sentence
    doc = sent.span.doc
    span = doc.char_span(sent.char0 + fact.start, sent.char0 + fact.end, alignment_mode="expand")
    if span is None:
        return None
    verbs = {t.head.i for t in span if not (span.start <= t.head.i < span.end)}
    if len(verbs) != 1:
        return None
    verb = doc[verbs.pop()]
    if verb.dep_ != "ROOT" or verb.tag_ not in DO_FORMS:
        return None
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 1 or objects[0].right_edge.i + 1 != span.start or objects[0].conjuncts:
        return None
    obj = doc[objects[0].left_edge.i : objects[0].right_edge.i + 1]
    if verb.i + 1 != obj.start or any(t.is_punct or t.lower_ in PRONOUNS for t in obj):
        return None
    subject = _subject(verb)
    if subject is None:
        return None
    return f"by what score {DO_FORMS[verb.tag_]} {subject} {verb.lemma_} {obj.text}"


def agent_question(fact: Fact) -> str | None:
    """ "French forces were defeated by an allied army led by the Duke of Wellington" ->
    "Who led the allied army that defeated French forces?": the agent of a participle on
    the agent of a passive main clause, both verbs turned active."""
    tok = fact.token
    if fact.type != PERSON or tok is None or tok.dep_ != "pobj" or tok.conjuncts:
        return None
    by = tok.head
    led = by.head
    if by.dep_ != "agent" or led.tag_ != "VBN" or led.dep_ != "acl" or _irregular(led):
        return None
    if any(c.i != by.i for c in led.children) or len(list(by.children)) != 1:
        return None  # "led by X in 1815 ...": more than the agent
    army = led.head
    outer = army.head
    main = outer.head
    if army.dep_ != "pobj" or outer.dep_ != "agent" or main.dep_ != "ROOT" or _irregular(main):
        return None
    doc = tok.doc
    if army.right_edge.i != led.right_edge.i or led.right_edge.i + 2 != main.sent.end:
        return None  # the sentence ends with the agent's phrase
    named = doc[army.left_edge.i : army.i + 1]
    if named[0].lower_ not in ("a", "an", "the") or any(
        t.dep_ not in ("amod", "compound") for t in named[1:-1]
    ):
        return None
    subjects = [c for c in main.children if c.dep_ == "nsubjpass"]
    auxes = [c.lower_ for c in main.children if c.dep_ == "auxpass"]
    if len(subjects) != 1 or auxes not in (["was"], ["were"]) or subjects[0].conjuncts:
        return None
    s = subjects[0]
    words = doc[s.left_edge.i : s.right_edge.i + 1]
    if s.left_edge.i != main.sent.start or s.right_edge.i + 2 != main.i:
        return None
    if any(t.is_punct or t.lower_ in PRONOUNS or t.tag_ == "PRP$" for t in words):
        return None
    if any(c.dep_ not in ("nsubjpass", "auxpass", "agent", "punct") for c in main.children):
        return None

    thing = " ".join(["the", *(t.text for t in named[1:])])
    return f"who {led.text} {thing} that {main.text} {lower_start(words)}"


def _irregular(verb: Any) -> bool:
    """Whether a participle may differ from its past tense ("taken", "shown"), so that
    "that defeated" could not be said with it."""
    return not verb.lower_.endswith(("ed", "ld", "nt", "lt", "ad"))
