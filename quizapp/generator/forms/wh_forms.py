"""Wh-questions on facts the subject and object forms of :mod:`phrasing` cannot reach.

- a fact in a participle clause that shares the main clause's subject: "England won the
  cup, beating West Germany 4-2 at Wembley Stadium" -> "Which country did England beat
  ...?", "At which stadium did England beat West Germany ...?", "By what score did
  England beat West Germany?";
- one of two joined subjects: "Argentina and Peru offered rescue teams" -> "Which country
  offered rescue teams along with Peru?";
- a year opening the sentence that the parse glues to the name ("In 1843 Lovelace ...");
- and the parse tests :mod:`phrasing` asks of a fact for its own forms: a date hung on a
  noun that dates the verb, an aside on the subject after the verb, a change's size ("rose
  9 percent": "by what percentage"), a share ("of the vote"), a counted noun.

Each form keeps the article's own words and the names it uses; where the parse does not
fit the form cleanly, no question is made.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from quizapp.generator.facts.dates import MONTHS
from quizapp.generator.facts.facts import PERCENT, PERSON, PLACE_TYPES, SCORE, Fact
from quizapp.generator.facts.figures import CURRENCY
from quizapp.generator.forms.clause_tails import trailing_clauses
from quizapp.generator.forms.gaps import PRONOUNS
from quizapp.generator.forms.kind_appositions import kind_apposition
from quizapp.generator.forms.token_text import DO_FORMS, NAMED_LATER, lower_start
from quizapp.questiondata import FactKind

# prepositions of a place or a date that a question may lead with ("At which stadium")
CHANGE = {"rise", "fall", "climb", "drop", "grow", "increase", "decrease", "jump", "gain",
          "lose", "slip", "slide", "surge", "soar", "plunge", "shrink", "decline"}  # fmt: skip
MEASURES = ("metre", "meter", "litre", "liter", "gram", "tonne", "ton", "hectare", "acre",
            "mile", "foot", "feet", "inch", "watt", "degree", "percent")  # fmt: skip
# prepositions whose noun is an event of its own, dated by its own date ("before his release")
EVENT_PREPS = {"before", "after", "until", "till", "since", "following", "despite"}
# nouns that a place's name follows with "of" ("the port city of Valparaiso")
PLACE_NOUNS = {"town", "city", "village", "province", "region", "county", "district", "island",
               "port", "state", "republic", "kingdom", "emirate"}  # fmt: skip
# parts of a period that frame a date ("by the end of 1990", "in the summer of 1969")
TIME_PARTS = {"end", "start", "beginning", "middle", "summer", "spring", "autumn", "winter",
              "fall"}  # fmt: skip
PLACE_PREPS = {"in", "at", "near", "outside", "inside"}
LEADING_PREPS = {"in", "at", "on", "from", "to", "near", "into", "during", "before", "after"}


def participle_question(fact: Fact, what: str) -> str | None:
    """A question on the object (or an "in/at PLACE" adjunct, or the score) of a participle
    clause ("..., beating West Germany 4-2"), or of a second verb ("... and handed over to
    Mbeki in 1999"), whose subject is the main clause's."""
    tok, doc = fact.token, fact.token.doc
    verb, prep, score = _participle_of(fact)
    if verb is None:
        return None
    root = verb.head
    subject = [c for c in root.children if c.dep_ == "nsubj"]
    if len(subject) != 1 or root.tag_ not in DO_FORMS or _has_aux(root):
        return None
    s = subject[0]
    if s.lower_ in PRONOUNS - NAMED_LATER or s.tag_ in ("WDT", "WP") or s.conjuncts:
        return None
    if any(t.text in '"“”' for t in doc[s.left_edge.i : verb.right_edge.i + 1]):
        return None
    s_lo, s_hi = s.left_edge.i, s.right_edge.i + 1
    if s_hi > root.i or any(t.is_punct for t in doc[s_lo:s_hi]):
        return None
    subject_text = _subject_text(doc[s_lo:s_hi])
    if score:
        obj = tok.head  # "West Germany" of "beating West Germany 4-2"
        words = _text(doc, obj.left_edge.i, tok.i)
        char0 = fact.sentence.char0
        span = doc.char_span(char0 + fact.start, char0 + fact.end, alignment_mode="expand")
        if not words or span is None or span.start != tok.i or span.end != obj.right_edge.i + 1:
            return None  # the score closes the object: "West Germany 4-2"
        rest = f"{verb.lemma_} {words}"
        head = "by what score"
    else:
        lo, hi = _fact_phrase(fact, prep)
        if lo is None:
            return None
        skip = set(range(lo, hi)) | _clauses_after(verb)
        parts = [t for t in doc[verb.i + 1 : verb.right_edge.i + 1] if t.i not in skip]
        if any(t.text in ',;:()"“”' for t in parts):
            return None
        rest = verb.lemma_ + " " + "".join(t.text_with_ws for t in parts)
        head = "whom" if fact.type == PERSON and prep is None else what
        if prep is not None:
            head = f"{prep.lower_} {head}"
    return f"{head} {DO_FORMS[root.tag_]} {subject_text} {rest.strip()}"


def _participle_of(fact: Fact) -> tuple[Any, Any, bool]:
    """The participle whose clause holds the fact, the fact's preposition (or None) and
    whether the fact is the score beside the participle's object."""
    tok = fact.token
    none = (None, None, False)
    if fact.type == SCORE:
        obj = tok.head
        if tok.dep_ != "nummod" or obj.dep_ != "dobj":
            return none
        verb, prep, score = obj.head, None, True
    elif tok.dep_ == "dobj":
        verb, prep, score = tok.head, None, False
    elif tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in LEADING_PREPS:
        verb, prep, score = tok.head.head, tok.head, False
    else:
        return none
    if verb.i < verb.head.i or verb.head.dep_ != "ROOT" or verb.head.pos_ != "VERB":
        return none
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in verb.children):
        return none  # "after beating", "while Germany was leading": not the main subject's
    before = verb.doc[verb.i - 1].text if verb.i > 0 else ""
    participle = verb.tag_ == "VBG" and verb.dep_ == "advcl" and before == ","
    joined = verb.tag_ == verb.head.tag_ and verb.dep_ == "conj" and before == "and"
    if not (participle or joined):  # "..., beating X" or "... and handed over to X"
        return none
    if participle and any(
        c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in verb.head.children
    ):  # "appointed Weber as coach, replacing Brandt": Weber replaces him, not the board
        return none
    if prep is not None and any(c.dep_ != "pobj" for c in prep.children):
        return none
    if tok.conjuncts or (prep is not None and prep.conjuncts):
        return none  # "in Brussels and in Berlin": two right answers
    return verb, prep, score


def _fact_phrase(fact: Fact, prep: Any) -> tuple[int | None, int]:
    """Tokens the question leaves out: the fact's phrase (with its preposition), so long as
    the phrase holds nothing but the fact and its determiner."""
    tok, doc = fact.token, fact.token.doc
    char0 = fact.sentence.char0
    span = doc.char_span(char0 + fact.start, char0 + fact.end, alignment_mode="expand")
    if span is None or not span.start <= tok.i < span.end:
        return None, 0
    lo = tok.left_edge.i
    if any(t.dep_ != "det" for t in doc[lo : span.start]):
        return None, 0
    hi = span.end
    right = doc[hi : tok.right_edge.i + 1]
    if len(right) and right[0].lower_ == "of":
        return None, 0  # "two years of argument": "of argument" cannot be left behind
    if len(right) and right[0].dep_ not in ("prep", "nummod"):
        return None, 0  # a trailing "in London" or a score ("West Germany 4-2") may stay
    if prep is not None:
        lo = prep.i
    return lo, hi


def _clauses_after(verb: Any) -> set[int]:
    """Clauses and asides hanging from the participle that a question leaves out."""
    skip: set[int] = set()
    for child in verb.children:
        if child.i > verb.i and child.dep_ in ("advcl", "conj", "cc", "parataxis", "relcl"):
            skip.update(range(child.left_edge.i, child.right_edge.i + 1))
    for t in verb.doc[verb.i : verb.right_edge.i + 1]:
        if t.text in ".!?" and t.i == verb.right_edge.i:
            skip.add(t.i)
    return skip


def joined_subject_question(fact: Fact, what: str) -> str | None:
    """ "Argentina and Peru offered rescue teams" -> "Which country offered rescue teams
    along with Peru?": one of exactly two names joined as the subject of a past-tense verb
    (whose form does not change with one subject or two)."""
    tok, doc = fact.token, fact.token.doc
    first = tok if tok.dep_ == "nsubj" else tok.head
    if tok.dep_ == "conj" and first.dep_ != "nsubj":
        return None
    if tok.dep_ not in ("nsubj", "conj") or len(first.conjuncts) != 1:
        return None
    other = first.conjuncts[0] if tok is first else first
    root = first.head
    if root.dep_ != "ROOT" or root.tag_ != "VBD" or root.lemma_ == "be" or _has_aux(root):
        return None
    lo, hi = first.left_edge.i, first.right_edge.i + 1
    if doc[lo].i != fact.sentence.span.start or hi != root.i:
        return None  # the joined subject opens the sentence and stands before its verb
    own = [c for c in other.children if c.dep_ not in ("cc", "conj")]
    phrase = doc[other.left_edge.i : max([other.i, *(c.right_edge.i for c in own)]) + 1]
    if other.pos_ != "PROPN" or any(
        t.dep_ in ("cc", "conj", "punct") for t in phrase if t.i != other.i
    ):
        return None
    if fact.type == PERSON and _shared_surname(first, doc[lo:hi]):
        return None  # "Marie and Pierre Curie": not "... along with Marie?"
    after = [c.dep_ for c in tok.children if c.i > tok.i and c.dep_ != "compound"]
    if tok is first and after != ["cc", "conj"]:
        return None
    end = _main_clause_end(root)
    rest = doc[root.i : end].text.strip().rstrip(",")
    if any(ch in rest for ch in '"“”') or not rest:
        return None
    head = "who" if fact.type == PERSON else what
    return f"{head} {rest} along with {phrase.text}"


def _shared_surname(first: Any, subject: Any) -> bool:
    """Whether two joined people share the second one's surname ("Marie and Pierre Curie"):
    the first is named by a bare given name, so neither may be asked beside the other."""
    own = [t for t in first.children if t.dep_ in ("compound", "flat")] + [first]
    second = first.conjuncts[0]
    names = [t for t in second.subtree if t.pos_ == "PROPN" and t.i <= second.i]
    return len(own) == 1 and len(names) > 1 and subject[-1].i == second.i


def _main_clause_end(root: Any) -> int:
    """Where the main clause ends: before a trailing ", and ..." or ", which ..."."""
    end = root.right_edge.i + 1
    for child in root.children:
        if child.i > root.i and child.dep_ in ("cc", "conj", "advcl", "parataxis"):
            end = min(end, child.left_edge.i)
    doc = root.doc
    while end > root.i and doc[end - 1].is_punct:
        end -= 1
    return int(end)


def _has_aux(verb: Any) -> bool:
    return any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _subject_text(span: Any) -> str:

    return lower_start(span)


def _text(doc: Any, lo: int, hi: int) -> str:
    return str(doc[lo:hi].text).strip()


def date_on_noun(tok: Any, root: Any) -> bool:
    """Whether a date the parse hangs from a noun of the main clause closes that noun's
    phrase so that it dates the verb: the object's ("won the cup on 30 July 1966"), or a
    phrase of the verb's ("for the only time on 30 July 1966", "added X to its list in
    1996"), never an amount's ("with 9 millimetres of rain in July") nor another event's
    ("before his release in 1990")."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("on", "in"):
        return False
    noun = prep.head
    if noun.pos_ != "NOUN" or prep.right_edge.i != noun.right_edge.i or prep.i < noun.i:
        return False
    if noun.dep_ == "dobj":
        return bool(noun.head.i == root.i)
    if prep.lower_ == "on" and _closes_object(prep, root):
        return True  # "held its first election open to citizens of all races on 27 April"
    if any(c.dep_ == "nummod" for c in noun.children) or noun.head.lower_ in ("with", "of"):
        return False  # "with only 9 millimetres of rain in July": the rain's month
    if noun.head.lower_ in EVENT_PREPS:
        return False  # "spent 27 years in prison before his release in 1990": the release's
    return bool(noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i == root.i)


def trailing_aside(subject: Any, root: Any) -> set[int]:
    """The tokens of an aside on the subject that the parse put after the verb ("She was
    born in London, the only child of ..."), with its comma; empty when there is none."""
    doc = subject.doc
    if subject.right_edge.i < root.i:
        return set()
    asides = [c for c in subject.children if c.dep_ == "appos" and c.i > root.i]
    if len(asides) != 1 or asides[0].right_edge.i != subject.right_edge.i:
        return set()
    lo = asides[0].left_edge.i
    if doc[lo - 1].text != ",":
        return set()
    end = asides[0].right_edge.i + 1
    if any(t.i > subject.i and t.i < root.i for t in subject.subtree if t.i >= lo):
        return set()
    return set(range(lo - 1, end))


def opening_date_question(fact: Fact, what: str) -> str | None:
    """ "In 1843 Lovelace translated an article ..." (a parse that glues the year to the
    name) -> "In which year did Lovelace translate an article ...?"."""

    sent = fact.sentence.span
    doc, first = sent.doc, sent.start
    if (
        fact.kind != FactKind.DATE
        or doc[first].lower_ not in ("in", "on")
        or fact.start != len(doc[first].text_with_ws)
    ):
        return None
    char0 = fact.sentence.char0
    span = doc.char_span(char0 + fact.start, char0 + fact.end, alignment_mode="expand")
    root = sent.root
    if span is None or root.pos_ != "VERB" or root.lemma_ == "be":
        return None
    auxes = [c for c in root.children if c.dep_ in ("aux", "auxpass") and c.i < root.i]
    verb_at = auxes[0].i if auxes else root.i
    subject = doc[span.end : verb_at]
    if not len(subject) or any(t.pos_ not in ("PROPN", "NOUN", "DET", "ADJ") for t in subject):
        return None  # "In 1843, ..." or "In 1843 the couple, ...": not a plain name
    if len(auxes) > 1 or (not auxes and root.tag_ not in DO_FORMS):
        return None
    if any(t.i not in (a.i for a in auxes) for t in doc[verb_at : root.i]):
        return None  # "had already translated": only one auxiliary before the verb
    skip = trailing_clauses(root, root.i + 1, sent.end)
    tail = [t for t in doc[root.i + 1 : sent.end] if t.i not in skip]
    rest = "".join(t.text_with_ws for t in tail).strip().rstrip(".!?").strip(" ,")
    if any(ch in rest for ch in '"“”'):
        return None
    lead = auxes[0].lower_ if auxes else DO_FORMS[root.tag_]
    verb = root.text if auxes else root.lemma_
    return f"{doc[first].lower_} {what} {lead} {lower_start(subject)} {verb} {rest}"


def share_of(fact: Fact) -> str | None:
    """ "of the vote" of "51.9 percent of the vote", which a question on the share keeps."""
    tok = fact.token
    if fact.type != PERCENT or tok.lower_ not in ("percent", "%"):
        return None
    of = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > tok.i]
    if len(of) != 1 or of[0].right_edge.i != tok.right_edge.i:
        return None
    words = tok.doc[of[0].i : of[0].right_edge.i + 1]
    if any(t.is_punct or t.lower_ in PRONOUNS for t in words):
        return None
    return str(words.text)


def change_size(fact: Fact, root: Any) -> tuple[str, ...]:
    """The dependencies of a change's size ("rose 9 percent") on a verb of change, which a
    question asks "by what percentage"."""
    if fact.type == PERCENT and root.lemma_ in CHANGE:
        return ("npadvmod", "dobj")
    return ()


def counted(noun: Any) -> bool:
    """Whether a count's noun may be asked "how many": an object ("rescued 40 sailors"),
    things counted "into"/"to" ("limits a president to two terms") or a margin "by" a verb
    ("won by 38 points": "By how many points did ... win"), never an amount of money or a
    measure ("To how many euros did profit rise", "With how many millimetres")."""
    if CURRENCY.search(noun.text) or noun.lemma_.lower().endswith(MEASURES):
        return False
    if noun.dep_ == "dobj":
        return True
    margin = noun.head.lower_ == "by" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "VERB"
    return noun.dep_ == "pobj" and (noun.head.lower_ in ("into", "to") or margin)


def takes_object(verb: Any) -> bool:
    """Whether ``verb`` is an active verb whose object a "whom" may ask: not a passive ("was
    born Maria", "was given X") nor a copula ("was Maria")."""
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    return not passive and verb.lemma_ != "be"


def placed_opening(question: str, opening: str) -> str:
    """The question with a phrase that opened the sentence: at its end (", after decades of
    enmity"), or at its front for a source ("According to the Office, how many ...?")."""
    phrase = opening.strip(" ,")
    if phrase and " " not in phrase:
        return question  # "Inside, X displays ...": "..., inside?" would dangle
    if phrase.lower().startswith("according to ") or _place_phrase(phrase):
        return f"{phrase[:1].lower()}{phrase[1:]}, {question}"
    return question + opening


def _place_phrase(phrase: str) -> bool:
    """Whether the phrase is a named place ("in Oslo", "at the Port of Hull"): put at a
    question's end it would seem to say where its last noun is ("approve the deal in Oslo"),
    so it stays at the front, as the article had it."""
    words = phrase.split()
    if len(words) < 2 or words[0].lower() not in PLACE_PREPS:
        return False
    name = words[2] if words[1] == "the" and len(words) > 2 else words[1]
    return name[:1].isupper() and name.rstrip(",") not in MONTHS


def led_by_aside(prep: Any) -> bool:
    """Whether an aside's adverb leads the phrase (", most recently in 2019"): the adverb
    would dangle once the phrase is asked ("..., most recently?")."""
    doc = prep.doc
    adverb = doc[prep.i - 1] if prep.i > 0 else prep
    aside = adverb.left_edge.i > 0 and doc[adverb.left_edge.i - 1].text == ","
    return bool(adverb.pos_ == "ADV" and aside)


def one_phrase(subjects: list[Any]) -> bool:
    """Whether the subjects are one phrase: one subject, or "the English country doctor" and
    "Edward Jenner" that the parse took for two subjects side by side."""
    return all(b.left_edge.i == a.right_edge.i + 1 for a, b in pairwise(subjects))


def _closes_object(prep: Any, root: Any) -> bool:
    """Whether an "on DATE" phrase closes the verb's object, hung by the parse on a noun deep
    in it ("held its first election open to citizens of all races on 27 April 1994, ..."):
    only phrases and adjectives lie between, no verb of a clause of its own."""
    doc, end = prep.doc, prep.right_edge.i + 1
    if end < len(doc) and not doc[end].is_punct:
        return False
    noun = prep.head
    while noun.dep_ in ("pobj", "prep", "amod") and noun.head.i != noun.i:
        noun = noun.head
    return bool(noun.dep_ == "dobj" and noun.head.i == root.i)


def framed(fact: Fact, what: str) -> tuple[Any, str] | None:
    """The noun that frames the fact with "of", which a question asks in the fact's stead, and
    the question's words for it: "the (mountain) town of Kessel Creek" -> "which town" ("Near
    which town did firefighters ...?"), "the end of 1990" -> "the end of which year" ("By the
    end of which year had ...?"); None when the fact is not so framed."""
    described = kind_apposition(fact)  # "in the journal X": "In which journal"
    if described is not None:
        return described
    tok, of = fact.token, fact.token.head
    if tok.dep_ != "pobj" or of.lower_ != "of":
        return None
    noun = of.head
    if noun.dep_ not in ("pobj", "dobj"):
        return None
    if fact.type in PLACE_TYPES and noun.lemma_.lower() in PLACE_NOUNS:
        head = f"which {noun.lemma_.lower()}"
    elif fact.kind == FactKind.DATE and noun.lower_ in TIME_PARTS and noun.dep_ == "pobj":
        if [c.lower_ for c in noun.children if c.i < noun.i] != ["the"]:
            return None  # "the end of", not "a good end of"
        head = f"the {noun.lower_} of {what}"
    else:
        return None
    if noun.right_edge.i != tok.right_edge.i or tok.conjuncts:
        return None  # "the town of Lund in Sweden", "the towns of Lund and Malmo"
    if any(c.dep_ not in ("det", "amod", "compound", "prep") for c in noun.children):
        return None
    return noun, head
