"""Questions on a fact inside what a named speaker said, asked with the speaker as the
frame's subject.

News and business articles put most facts in "X said (on DATE) (that) S V O":

- "Nordvik Foods said it had closed 14 stores" -> "How many stores did Nordvik Foods say
  it had closed?" (the inner "it" is the speaker's, kept as it stands);
- "Nordvik Foods said the company would cut about 300 jobs" -> "About how many jobs did
  Nordvik Foods say it would cut?" ("the company" of a company that speaks is "it");
- "Nordvik Foods said on 3 May 2024 that it would close 14 stores" -> "On which date did
  Nordvik Foods say it would close 14 stores?".

The speaker must be named; the inner subject must be the speaker (a pronoun that agrees
with it, or "the company" of a company) or another named subject, else what was said leans
on someone the question does not name. The inner clause is cut to its core: no clause after
a comma, no relative clause on its object, nothing quoted or bracketed.
"""

from __future__ import annotations

from typing import Any

from quizapp.generator.facts.facts import COUNT, FULL_DATE, MONEY, PERSON, WEEKDAY, Fact
from quizapp.generator.facts.figure_units import without_rate
from quizapp.generator.forms.figure_hedges import HEDGED, number_hedge
from quizapp.generator.forms.token_text import DO_FORMS, lower_start, spaced
from quizapp.questiondata import FactKind

SAYING = {"say", "announce", "report", "state", "confirm", "add"}
# pronouns of an inner clause that stand for the speaker: a body's, a person's, many's
BODY_PRONOUNS, PERSON_PRONOUNS, MANY_PRONOUNS = {"it"}, {"he", "she"}, {"they"}
# "the company said the group would ...": nouns by which a body that speaks means itself
SELF_NOUNS = {"company", "firm", "group", "airline", "bank", "carrier", "retailer", "maker",
              "manufacturer", "insurer", "lender", "business", "agency", "ministry",
              "government", "council", "club", "party", "union", "charity", "operator",
              "producer", "supplier", "developer", "chain", "giant", "conglomerate"}  # fmt: skip
SUFFIXES = (
    "AB",
    "AG",
    "AS",
    "ASA",
    "BV",
    "NV",
    "SA",
    "SE",
    "Inc",
    "Ltd",
    "plc",
    "PLC",
    "LLC",
    "GmbH",
    "Corp",
    "Co",
)
CUT_CHILDREN = {"advcl", "conj", "cc", "parataxis", "punct", "mark", "relcl", "acl", "appos",
                "intj", "dep", "preconj"}  # fmt: skip
ON_DAY = {FULL_DATE, WEEKDAY}  # "on 4 March 2024"; "in March 2024", "in 2024"
OBJECT_DEPS = ("dobj", "attr", "oprd")


def reported_question(fact: Fact, head: str) -> str | None:
    """A question on ``fact`` in the clause a named speaker reports, or None."""
    tok = fact.token
    if tok is None:
        return None
    if fact.type == COUNT and tok.dep_ == "nummod" and tok.head.pos_ == "NOUN":
        tok = tok.head
    said = _saying_verb(tok)
    if said is None:
        return None
    speaker = _speaker(said)
    inner = _inner_verb(said)
    if speaker is None or inner is None or said.tag_ not in DO_FORMS:
        return None
    frame = f"{DO_FORMS[said.tag_]} {speaker[0]} {said.lemma_}"
    if fact.kind == FactKind.ACTOR and tok.dep_ == "nsubj" and tok.head.i == said.i:
        core = _core(inner, speaker, None)  # "Which company said it would close 14 stores?"
        if (fact.type == PERSON) != (speaker[1] == "person"):
            return None  # a person typed as a body, or the reverse: which is not sure
        who = "who" if fact.type == PERSON else head
        return None if core is None or who == "what" else f"{who} {said.text} {core}"
    if fact.kind == FactKind.DATE and _date_on(tok, said):  # "said on 3 May that ..."
        core = _core(inner, speaker, None)
        prep = "on" if fact.type in ON_DAY else "in"
        return None if core is None else f"{prep} {head} {frame} {core}"
    if not inner.left_edge.i <= tok.i <= inner.right_edge.i:
        return None
    joined = _joined_verb(tok, inner)
    lead = _asked_as(fact, tok, head, inner if joined is None else joined)
    if lead is None:
        return None
    core = _core(inner, speaker, tok, joined)
    return None if core is None else f"{lead} {frame} {core}"


def _saying_verb(tok: Any) -> Any:
    """The verb of saying the token stands below, the root of its sentence."""
    root = tok.sent.root
    if root.lemma_ not in SAYING or any(t.text in '"“”' for t in tok.sent):
        return None
    return root


def _date_on(tok: Any, said: Any) -> bool:
    """Whether the date is the time of the saying: "said on Thursday, 7 March 2024, that"."""
    if tok.dep_ == "appos" and tok.head.dep_ == "pobj":
        tok = tok.head
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "on":
        return False
    return bool(prep.head.i == said.i)


def _speaker(said: Any) -> tuple[str, str] | None:
    """The speaker's name and kind ("person", "body" or "many"), when it is named: the run
    of proper nouns at the head of the subject ("Nordvik AB" of "Swedish grocer Nordvik
    AB", "Anna Berg" of "Chief executive Anna Berg")."""
    subjects = [c for c in said.children if c.dep_ == "nsubj" and c.i < said.i]
    if len(subjects) != 1 or subjects[0].conjuncts:
        return None
    noun = subjects[0]
    words = [t.lower_ for t in noun.subtree]
    if noun.lemma_ in SELF_NOUNS and words == ["the", noun.lower_]:
        return f"the {noun.lower_}", "body"  # "the company": named later, or refused
    if noun.pos_ != "PROPN":
        return None
    doc = noun.doc
    lo = noun.i  # the name alone: "Anna Berg" of "Anna Berg, who took over in 2021,"
    while lo > 0 and doc[lo - 1].pos_ == "PROPN" and _in_name(doc[lo - 1], lo, noun):
        lo -= 1
    lead = "the " if lo > 0 and doc[lo - 1].lower_ == "the" else ""
    name = lead + doc[lo : noun.i + 1].text
    described = {t.lemma_.casefold() for t in doc[noun.left_edge.i : lo] if t.pos_ == "NOUN"}
    suffixed = name.endswith(tuple(f" {x}" for x in SUFFIXES))
    if noun.ent_type_ in ("ORG", "GPE", "NORP", "") or described & SELF_NOUNS or suffixed:
        return name, "body"  # "bicycle maker Veloma BV", whatever the tagger took it for
    return (name, "person") if noun.ent_type_ == "PERSON" else None


def _in_name(tok: Any, lo: int, noun: Any) -> bool:
    """Whether the proper noun ``tok`` before the name's words ``lo..noun`` belongs to it:
    it hangs on the name's head, or on another of its words within one entity of the model
    ("Human" of "National Human Rights Institute" hangs on "Rights"; "Finance" of "Finance
    Minister Grace Tamati" is a title's word, outside the person's entity)."""
    if tok.head.i == noun.i:
        return True
    entity = next((e for e in noun.doc.ents if e.start <= noun.i < e.end), None)
    return entity is not None and entity.start <= tok.i and lo <= tok.head.i <= noun.i


def _inner_verb(said: Any) -> Any:
    """The verb of what was said, after the verb of saying."""
    reported = [c for c in said.children if c.dep_ == "ccomp" and c.i > said.i]
    if len(reported) != 1 or reported[0].pos_ not in ("VERB", "AUX"):
        return None
    return reported[0]


def _inner_subject(inner: Any, speaker: tuple[str, str]) -> str | None:
    """The inner clause's subject as the question words it: the speaker's pronoun as it
    stands, "the company" of a company that speaks as "it", a named subject as it stands;
    None for anyone else ("they" of a company, "the minister", "officials")."""
    subjects = [c for c in inner.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < inner.i]
    if len(subjects) != 1:
        return None
    subject = subjects[0]
    words = list(subject.subtree)
    text = subject.lower_
    if len(words) == 1 and subject.tag_ == "PRP":
        own = {"person": PERSON_PRONOUNS, "body": BODY_PRONOUNS}[speaker[1]]
        return text if text in own else None
    if any(t.pos_ == "PRON" or t.tag_ in ("PRP$", "WDT", "WP") or t.is_punct for t in words):
        return None
    if len(words) == 2 and words[0].lower_ == "the" and subject.lemma_ in SELF_NOUNS:
        if speaker[1] == "body":
            return "it"  # "the company" of a company's own words
        return f"the {subject.lower_}"  # a person's: named later, or the checks refuse it
    if any(t.pos_ == "PROPN" for t in words) and not subject.conjuncts:
        return lower_start(subject.doc[words[0].i : words[-1].i + 1])
    return None


def _asked_as(fact: Fact, tok: Any, head: str, inner: Any) -> str | None:
    """The question's opening for a fact that is an object or the object of a preposition
    in the inner clause: "how many reports of damage", "about how much", "in which year"."""
    if not _in_chain(tok.head, inner) and not (
        tok.dep_ == "pobj" and tok.head.dep_ == "prep" and _in_chain(tok.head.head, inner)
    ):
        return None
    if tok.dep_ in OBJECT_DEPS:
        hedge = number_hedge(tok) if fact.kind == FactKind.FIGURE else ""
        if hedge is None and fact.type == MONEY:
            hedge = _money_hedge(tok)  # "about $5 million": the sign is no hedge
        if hedge is None:
            return None
        if fact.type == MONEY:
            head = "how much" + _rate(tok)  # "how much a year"
        elif fact.type == COUNT and head.startswith("how many"):
            rated = without_rate(fact.unit) != fact.unit  # the unit has it: "steps a day"
            head += _of_phrase(tok) + ("" if rated else _rate(tok))  # "reports of ..."
        elif fact.kind == FactKind.FIGURE:
            return None  # "what percentage did X say it had": no question words fit
        if fact.kind == FactKind.ACTOR:
            head = "whom" if fact.type == PERSON else head
        return f"{hedge} {head}".strip()
    if tok.dep_ == "pobj" and fact.kind in (FactKind.DATE, FactKind.ACTOR):
        prep = tok.head
        if any(c.i != tok.i for c in prep.children) or prep.lower_ not in ("in", "on", "to"):
            return None
        return f"{prep.lower_} {head if fact.type != PERSON else 'whom'}"
    return None


def _joined_verb(tok: Any, inner: Any) -> Any:
    """The verb joined to the inner one by "and", sharing its subject, that the asked
    phrase hangs on ("and cut 300 jobs"); None where it hangs on the inner verb's chain."""
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    if verb.dep_ != "conj" or verb.head.i != inner.i or verb.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None  # "and the union said ...": a clause with a subject of its own
    return verb


def _in_chain(verb: Any, inner: Any) -> bool:
    """Whether ``verb`` is the inner verb or a verb it governs through "to" or "that"
    clauses ("expected the cost to reach ...")."""
    while verb.i != inner.i:
        if verb.dep_ not in ("xcomp", "ccomp") or verb.pos_ not in ("VERB", "AUX"):
            return False
        verb = verb.head
    return True


def _of_phrase(noun: Any) -> str:
    """An "of" phrase right after the counted noun, without commas: "of overheating"."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i == noun.i + 1:
            words = list(child.subtree)
            if any(t.is_punct or t.pos_ in ("PRON", "NUM") for t in words) or len(words) > 4:
                return ""
            return " " + spaced(words)
    return ""


def _money_hedge(amount: Any) -> str | None:
    """The hedge before a sum whose currency sign comes first: "about" of "about $5
    million", "" of "$5 million"; None for other words ("a further $5 million")."""
    words = [t for t in amount.subtree if t.i < amount.i and not t.like_num and t.tag_ != "$"]
    text = " ".join(t.lower_ for t in words)
    return HEDGED.get(text) if text else ""


def _rate(noun: Any) -> str:
    """The span of time a figure is counted over: "a week" of "4,000 passengers a week"."""
    for child in noun.children:
        if child.i > noun.i and (child.dep_ == "npadvmod" or child.lower_ == "per"):
            words = list(child.subtree)
            if not any(t.is_punct for t in words) and len(words) <= 3:
                return " " + spaced(words)
    return ""


def _core(inner: Any, speaker: tuple[str, str], asked: Any, joined: Any = None) -> str | None:
    """The inner clause's words as the question keeps them: its subject (see
    :func:`_inner_subject`), its verbs and what they govern, less the asked phrase, the
    clauses and asides after it and a relative clause on an object. With ``joined`` (a
    verb joined to the inner one by "and" that shares its subject), that verb's words with
    the inner verb's "would" or "had": "it would close 14 stores and cut 300 jobs" -> "it
    would cut"."""
    subject_text = _inner_subject(inner, speaker)
    if subject_text is None:
        return None
    subject = next(c for c in inner.children if c.dep_ in ("nsubj", "nsubjpass"))
    doc = inner.doc
    verb = inner if joined is None else joined
    lo = subject.right_edge.i + 1
    if joined is not None:  # "and had bought": from its own "had" on
        lo = min([joined.i, *(c.i for c in joined.children if c.dep_ in ("aux", "auxpass"))])
    skip: set[int] = set()
    if asked is not None:
        unit = asked.head if asked.dep_ == "pobj" and asked.head.dep_ == "prep" else asked
        skip.update(t.i for t in unit.subtree)
    end = verb.right_edge.i + 1
    end = next((t.i for t in doc[lo:end] if t.text == "," and t.i not in skip), end)
    for tok in doc[lo:end]:  # up to a comma: ", up from 8 million" is an aside
        if tok.i in skip or tok.i == verb.i:
            continue
        if tok.dep_ == "appos" and not doc[tok.left_edge.i - 1].is_punct:
            continue  # "the rival chain Hallo Markets": the name the chain goes by
        if tok.dep_ in ("conj", "cc") and tok.head.pos_ not in ("VERB", "AUX"):
            continue  # "between 16 billion and 17 billion euros": one phrase
        if tok.dep_ in CUT_CHILDREN or (tok.dep_ == "prep" and _holds_clause(tok)):
            skip.update(t.i for t in tok.subtree)
    kept = [t for t in doc[lo:end] if t.i not in skip]
    if joined is not None and not any(c.dep_ in ("aux", "auxpass") for c in joined.children):
        auxes = [c for c in inner.children if c.dep_ in ("aux", "auxpass") and c.i < inner.i]
        bare = joined.tag_ in ("VB", "VBN", "VBG") or joined.lower_ == joined.lemma_
        if auxes and bare:  # "would close 14 shops and cut 300 jobs": "would cut"
            if any(c.dep_ == "neg" for c in inner.children):
                return None  # "would not close X and cut Y": whether "not" holds for both
            kept = auxes + kept
        elif joined.tag_ not in DO_FORMS:
            return None
    if not kept or any(t.text in '"“”()[];:,' or t.tag_ == "PRP$" for t in kept):
        return None
    if any(t.tag_ == "PRP" for t in kept):
        return None  # "said it would sell it": which thing is not said
    if not any(t.i == verb.i for t in kept):
        return None
    return f"{subject_text} {spaced(kept)}"


def _holds_clause(prep: Any) -> bool:
    """Whether a prepositional phrase carries a clause of its own ("after reports that a
    part could fail") or a comma: a question leaves it out."""
    return any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in prep.subtree)
