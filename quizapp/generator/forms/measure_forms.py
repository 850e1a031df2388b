"""Questions on a measure, a length of time or a count in any clause of a sentence.

The forms of :mod:`phrasing` ask a figure that is the object of the main verb; a figure
elsewhere got no question. Here the figure's own clause is asked, whatever its place:

- a measure on an adjective: "Adults stand about 1.1 metres tall" -> "How tall do adults
  stand?";
- a measure or a count that is the verb's object: "can weigh up to 45 kilograms" -> "Up to
  how many kilograms can adults weigh?", "... and destroyed 212 homes" -> "How many homes
  had it destroyed?";
- a length of time or a distance after "for": "keeps it warm for about 65 days" -> "For
  about how many days does the male keep the egg warm?";
- a measure of a dimension: "was recorded at a depth of 564 metres" -> "At what depth was
  one bird recorded?";
- a measure before a preposition or "worth": "rises 3,200 metres above sea level" -> "How
  many metres above sea level does ... rise?", "said its backlog was worth 48 billion
  euros" -> "According to X, how many euros was its backlog worth?";
- a price after "for" of an infinitive: "agreed to buy Crispo for 4.2 billion dollars" ->
  "For how much did Harwell agree to buy Crispo?"; the count of a record ("the first
  player to score three goals") is asked by :mod:`record_forms`.

A hedge before the number moves into the question words ("More than how many
firefighters ...?"; see :mod:`figure_hedges`), and a
phrase after the measure ("2,850 kilometres from the Black Forest to ...") stays after
the verb.

The clause may be joined to the main one ("and can weigh"), whose subject it then shares,
or a subordinate one ("after it had burned ..."), whose "after" is left out. A pronoun
subject stays where it stands for the naming passes (or the checks) to deal with; an
object "it" of a second verb is the first verb's object ("balances the egg ... and keeps
it warm"). Whatever the parse does not fit cleanly gets no question.
"""

from __future__ import annotations

import re
from typing import Any

from quizapp.generator.facts.facts import COUNT, DURATION, MONEY, QUANTITY, Fact
from quizapp.generator.facts.figures import CURRENCY, MAGNITUDE
from quizapp.generator.forms.change_forms import change_frame
from quizapp.generator.forms.clause_tails import purpose_infinitive
from quizapp.generator.forms.event_counts import event_count_question
from quizapp.generator.forms.figure_hedges import number_hedge
from quizapp.generator.forms.gaps import PRONOUNS
from quizapp.generator.forms.measure_clause_words import (
    aside_mark,
    cut_comma,
    deal_of,
    described,
    first_object,
    plain,
    subordinator,
)
from quizapp.generator.forms.record_forms import record_question
from quizapp.generator.forms.token_text import DO_FORMS, lower_start, spaced
from quizapp.generator.forms.wh_forms import MEASURES
from quizapp.questiondata import FactKind

# adjectives a measure may stand on: "1.1 metres tall" -> "how tall"
ADJECTIVES = {"tall", "high", "long", "deep", "wide", "thick", "heavy", "old", "broad"}
# nouns of a dimension: "at a depth of 564 metres" -> "at what depth"
DIMENSIONS = {"depth", "height", "altitude", "length", "distance", "speed", "width",
              "elevation", "temperature", "weight", "range", "radius", "diameter",
              MAGNITUDE}  # fmt: skip
# the subordinators whose clause may be asked on its own ("after it had burned ...")
SUBORDINATORS = {"after", "when", "while", "because", "as", "before", "until", "since"}
# clauses and asides left out of the question
LEFT_OUT = {"advcl", "conj", "cc", "parataxis", "ccomp", "relcl", "mark", "dep"}
SUBJECTS = ("nsubj", "nsubjpass")
REPORTING = {"say", "estimate", "report", "announce", "state", "confirm", "tell", "believe",
             "calculate", "find", "show", "add", "explain"}  # fmt: skip
KEPT_PRONOUNS = {"he", "she", "it"}  # named later for the article's subject, or refused
LONGEST = 25  # the words of the longest question (see phrasing)


# a figure written with a scale word: "300 million euros", "$1.2bn", "4.2 billion"
SCALED = re.compile(r"\d\s*(?:million|billion|trillion|mn|bn|m)\b", re.IGNORECASE)


def scaled_figure(fact: Fact) -> bool:
    """Whether the figure is written in millions or billions ("300 million euros"): asked
    as a number its key reads 300000000, and a learner may type "300" for it; a short
    answer keyed "300 million euros" (which accepts "300 million" and "300000000") fits."""
    return bool(SCALED.search(fact.surface))


def measure_question(fact: Fact, what: str) -> str | None:
    """A question whose answer is the measure, count or length of time of ``fact``."""
    counted = event_count_question(fact)  # "How many people died when a landslide ...?"
    if counted is not None:
        return counted
    changed = change_frame(fact)  # "By how many mmHg had ... fallen?"
    if changed is not None:
        return _clause_question(*changed)
    if fact.kind != FactKind.FIGURE or fact.type not in (QUANTITY, DURATION, COUNT, MONEY):
        return None
    tok = fact.token
    if fact.unit == MAGNITUDE:
        return _magnitude_question(tok)
    unit = tok.head if fact.type == COUNT and tok.dep_ == "nummod" else tok
    if fact.type == MONEY:
        what = "how much"  # "for 4.2 billion dollars": "For how much ...?"
    if unit.pos_ != "NOUN" or unit.conjuncts or not what.startswith(("how many", "how much")):
        return None
    hedge = number_hedge(unit)
    if hedge is None:
        return None
    lead = f"{hedge} {what}".strip()
    record = record_question(unit, lead)
    if record is not None:
        return record  # "How many goals did Hurst become the first player to score?"
    frame = _frame(unit, lead)
    if frame is None:
        return None
    verb, head, phrase = frame
    if verb.dep_ == "xcomp" and any(c.lower_ == "to" for c in verb.children if c.dep_ == "aux"):
        verb = verb.head  # "agreed to buy Crispo for ...": "did Harwell agree to buy Crispo"
    return _clause_question(verb, head, phrase)


def _magnitude_question(tok: Any) -> str | None:
    """ "A magnitude 7.1 earthquake struck X on Monday" -> "What was the magnitude of the
    earthquake that struck X on Monday?"; "The quake had a magnitude of 7.1" -> "What
    magnitude did the quake have?"."""
    if tok.dep_ == "pobj":
        frame = _frame(tok, "how")
        return None if frame is None else _clause_question(*frame)
    noun, doc = tok.head, tok.doc
    named = doc[tok.i + 1 : noun.i + 1]  # "earthquake", "undersea earthquake"
    subject = noun  # the parse may make "magnitude" the subject and the quake its aside
    if noun.dep_ == "appos" and noun.head.i == tok.i - 1:
        subject = noun.head
    opening = doc[subject.left_edge.i : tok.i]
    if [t.lower_ for t in opening] != ["a", MAGNITUDE] or subject.right_edge.i != noun.i:
        return None
    if any(t.dep_ not in ("amod", "compound") for t in named[:-1]) or subject.dep_ != "nsubj":
        return None
    verb = subject.head
    if verb.dep_ != "ROOT" or verb.tag_ != "VBD" or noun.i > verb.i:
        return None
    if any(c.dep_ in ("aux", "auxpass", "neg") or c.i < opening.start for c in verb.children):
        return None  # "On Monday, a ...": an opening the question would have to move
    rest = _rest(verb, set())
    if rest is None:
        return None
    return f"what was the magnitude of the {named.text} that {verb.text} {rest}".strip()


def _frame(unit: Any, lead: str) -> tuple[Any, str, set[int]] | None:
    """The verb whose clause is asked, the question words and the tokens they replace."""
    parent = unit.head
    phrase = set(range(unit.left_edge.i, unit.i + 1))  # "from four provinces" stays
    after = [t for t in unit.children if t.i > unit.i and not t.is_punct]
    doc = unit.doc
    for aside in [t for t in after if t.dep_ == "appos" and doc[t.left_edge.i - 1].text == ","]:
        phrase |= set(range(aside.left_edge.i - 1, aside.right_edge.i + 1))  # ", about a fifth"
        after.remove(aside)
    of = [t for t in after if t.lower_ == "of"]
    end = of[0].right_edge.i + 1 if of else 0
    while of and doc[end - 1].is_punct:
        end -= 1  # "of forest and farmland," before an aside
    if of and of[0].i == unit.i + 1 and plain(doc[of[0].i : end]):
        words = doc[of[0].i : end]  # "cubic kilometres of water"
        lead, phrase = f"{lead} {words.text}", phrase | {t.i for t in words}
        after.remove(of[0])
    if any(t.dep_ != "prep" or t.lower_ == "of" for t in after):
        return None  # "900 firefighters, who ...": not one unit
    if unit.dep_ == "npadvmod" and parent.pos_ == "ADJ" and parent.lower_ in ADJECTIVES:
        if parent.dep_ not in ("advcl", "acomp", "oprd") or unit.right_edge.i + 1 != parent.i:
            return None
        if lead.split()[0] not in ("about", "how"):
            return None  # "up to 2 metres tall": "how tall" loses the "up to"
        return parent.head, f"how {parent.lower_}", phrase | {parent.i}
    price = lead  # "worth 48 billion euros": "how much", not "how many euros"
    if CURRENCY.fullmatch(unit.text):
        price = lead.replace(f"how many {unit.text}", "how much")
    deal = deal_of(unit)
    if deal is not None and price.endswith("how much"):  # "bought X in a deal worth ..."
        return deal.head.head, f"for {price}", set(range(deal.i, deal.right_edge.i + 1))
    if unit.dep_ == "npadvmod" and parent.lower_ == "worth" and parent.i < unit.i:
        if parent.dep_ != "acomp" or parent.i + 1 != unit.left_edge.i:
            return None
        subjects = [c for c in parent.head.children if c.dep_ in SUBJECTS]
        words = [t for s in subjects for t in s.subtree]  # "the accord": which one is not said
        if not any(t.pos_ == "PROPN" or t.lower_ == "its" for t in words):
            return None
        return parent.head, price, phrase  # "was worth 48 billion euros": "... worth?"
    if unit.dep_ == "npadvmod" and parent.dep_ == "prep" and unit.right_edge.i + 1 == parent.i:
        place = unit.doc[parent.i : parent.right_edge.i + 1]  # "1,642 metres below the surface"
        if any(t.is_punct or t.lower_ in PRONOUNS or t.tag_ == "PRP$" for t in place):
            return None
        return parent.head, f"{lead} {lower_start(place)}", phrase | {t.i for t in place}
    if unit.dep_ == "npadvmod" and parent.lower_ == "ago" and parent.dep_ == "advmod":
        return parent.head, f"{lead} ago", phrase | {parent.i}  # "25 million years ago"
    if unit.dep_ == "dobj":
        return parent, lead, phrase
    if unit.dep_ != "pobj" or parent.dep_ != "prep":
        return None
    holder = parent.head
    if parent.lower_ == "of" and holder.lower_ in DIMENSIONS:
        if any(c.dep_ not in ("det", "prep") for c in holder.children):
            return None
        if lead.split()[0] not in ("about", "how"):
            return None  # "a depth of more than 500 metres": "what depth" loses the bound
        if holder.dep_ == "dobj":  # "reached a height of 8,000 metres"
            span = set(range(holder.left_edge.i, holder.right_edge.i + 1))
            return holder.head, f"what {holder.lower_}", span
        prep = holder.head  # "at a depth of 564 metres"
        if holder.dep_ != "pobj" or prep.dep_ != "prep":
            return None
        span = set(range(prep.i, prep.right_edge.i + 1))
        return prep.head, f"{prep.lower_} what {holder.lower_}", span
    if any(c.i != unit.i for c in parent.children):
        return None
    if parent.lower_ == "for":
        return holder, f"for {lead}", phrase | {parent.i}
    front = holder.head  # "in front of 61,000 spectators"
    if parent.lower_ == "of" and holder.lower_ == "front" and front.lower_ == "in":
        if holder.dep_ != "pobj" or front.dep_ != "prep" or unit.tag_ != "NNS":
            return None
        return front.head, f"in front of {lead}", phrase | {front.i, holder.i, parent.i}
    counted = unit.tag_ == "NNS" and not unit.lemma_.lower().endswith(MEASURES)
    if parent.lower_ in ("into", "to") and counted and not CURRENCY.search(unit.text):
        return holder, f"{parent.lower_} {lead}", phrase | {parent.i}  # "splits into three"
    if parent.lower_ in ("through", "across") and unit.lemma_.lower().endswith(MEASURES):
        return holder, f"{parent.lower_} {lead}", phrase | {parent.i}  # "burned through ..."
    return None


def _clause_question(verb: Any, head: str, phrase: set[int]) -> str | None:
    """ "HEAD did SUBJECT VERB REST?" of the clause of ``verb``."""
    doc = verb.doc
    if verb.pos_ == "ADJ" and verb.dep_ == "oprd":
        verb = verb.head  # "keeps it warm for 65 days": the clause is "keeps"
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subject, auxes = _subject_and_auxes(verb)
    if subject is None:
        return None
    s_lo, s_hi = subject.left_edge.i, subject.right_edge.i + 1
    if verb.dep_ == "relcl":  # "fire chief Ana Ruiz, who led 900 firefighters"
        s_lo, s_hi = described(verb, subject)
    words = doc[s_lo:s_hi]
    if s_hi > verb.i or not len(words) or any(aside_mark(t) for t in words):
        return None
    if verb.dep_ != "relcl" and (
        subject.lower_ in PRONOUNS - KEPT_PRONOUNS or subject.tag_ in ("WDT", "WP")
    ):
        return None
    source = _source(verb)
    if source is None:
        return None
    # "X said its backlog was ...": X's; an opening "Its floor": named for the article's
    # subject later, or refused by the checks
    owned = words[0].lower_ == "its" and (bool(source) or words[0].is_sent_start)
    owners = [t for t in words if t.tag_ == "PRP$" and not (owned and t.i == words[0].i)]
    if owners or any(t.lower_ in PRONOUNS for t in words if t.i != subject.i):
        return None  # "its floor": whose is not said
    rest = _rest(verb, phrase)
    opening = _opening(verb, s_lo)
    if rest is None or opening is None:
        return None
    if any(t.like_num or t.tag_ == "CD" for t in words):
        return None  # "one bird was recorded": which one is not said
    shared = subject.head.i != verb.i  # "Adults stand ... and can weigh ..."
    after_subject = subject.i + 1 if verb.dep_ == "relcl" else s_hi
    between = [t for t in doc[after_subject : verb.i] if t.dep_ not in ("aux", "auxpass", "neg")]
    if shared:
        between = [t for t in between if t.head.i == verb.i]
    if any(t.dep_ != "advmod" or t.head.i != verb.i for t in between):
        return None
    adverbs = "".join(f" {t.text}" for t in between if t.lower_ != "also")  # of the last one
    negation = "".join(f" {c.text}" for c in verb.children if c.dep_ == "neg")

    subject_text = lower_start(words) if words[0].is_sent_start else str(words.text)
    if auxes:
        lead, more = auxes[0].lower_, "".join(f" {a.text}" for a in auxes[1:])
        body = f"{lead} {subject_text}{negation}{adverbs}{more} {verb.text}"
    elif verb.lemma_ == "be":
        body = f"{verb.lower_} {subject_text}{negation}{adverbs}"
    elif verb.tag_ in DO_FORMS:
        body = f"{DO_FORMS[verb.tag_]} {subject_text}{negation}{adverbs} {verb.lemma_}"
    else:
        return None
    question = f"{head} {body} {rest} {opening}".strip()
    if len(question.split()) > LONGEST and not any(
        w[:1].isupper() or w[:1].isdigit() for w in opening.split()
    ):
        question = f"{head} {body} {rest}".strip()  # "by the end of the study" names nothing
    return f"according to {source}, {question}" if source else question


def _source(verb: Any) -> str | None:
    """Who says so, where the clause is reported ("scientists estimate that ..."): "" when
    it is not, None when the one who says so is not named."""
    while verb.dep_ in ("conj", "advcl"):
        verb = verb.head
    if verb.dep_ != "ccomp":
        return ""
    says = verb.head
    who = [c for c in says.children if c.dep_ == "nsubj"]
    if not who and says.dep_ == "conj":  # "The company booked ... and said (that) ..."
        who = [c for c in says.head.children if c.dep_ == "nsubj"]
    if says.lemma_ not in REPORTING or says.dep_ not in ("ROOT", "conj") or len(who) != 1:
        return None
    words = verb.doc[who[0].left_edge.i : who[0].right_edge.i + 1]
    if who[0].lower_ in PRONOUNS or any(t.is_punct for t in words):
        return None

    return lower_start(words)


def _opening(verb: Any, subject: int) -> str | None:
    """A phrase opening the clause before its subject ("In 2010 the firm hired ..."), which
    the question keeps at its end ("... hire in 2010"); None for one it cannot move."""
    doc = verb.doc
    moved = []
    for child in verb.children:
        if child.i >= subject or child.dep_ in ("mark", "punct", "advcl"):
            continue
        if child.dep_ not in ("prep", "npadvmod") or child.right_edge.i >= subject:
            return None
        words = doc[child.left_edge.i : child.right_edge.i + 1]
        if any(t.is_punct for t in words):
            return None
        moved.append(words)
    if len(moved) > 1:
        return None

    return lower_start(moved[0]) if moved else ""


def _subject_and_auxes(verb: Any) -> tuple[Any, list[Any]]:
    """The verb's subject and auxiliaries, or those of the verb it is joined to ("it had
    burned ... and destroyed": "had it destroyed")."""
    own = [c for c in verb.children if c.dep_ in SUBJECTS]
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if verb.dep_ == "conj" and not own:
        first = verb.head
        own = [c for c in first.children if c.dep_ in SUBJECTS]
        theirs = [c for c in first.children if c.dep_ in ("aux", "auxpass") and c.i < first.i]
        if not auxes and theirs:  # "had burned ... and destroyed": "had it destroyed"
            perfect = first.tag_ == "VBN" and verb.tag_ in ("VBN", "VBD")
            modal = first.tag_ == verb.tag_ == "VB"  # "can stand ... and weigh"
            if not (perfect or modal):
                return None, []
            auxes = theirs
    if verb.dep_ not in ("ROOT", "conj", "ccomp", "relcl") and not (
        verb.dep_ == "advcl" and subordinator(verb) in SUBORDINATORS
    ):
        return None, []
    if len(own) != 1 or own[0].conjuncts:
        return None, []
    return own[0], auxes


def _after_purpose(verb: Any) -> set[int]:
    """The clauses and asides after a purpose infinitive, which the question leaves out
    ("to remove the block, and preparing ... took": only "to remove the block" stays)."""
    doc = verb.doc
    out: set[int] = set()
    for child in verb.children:
        comma = child.left_edge.i > 0 and doc[child.left_edge.i - 1].text == ","
        if child.i > verb.i and (child.dep_ in LEFT_OUT or comma or child.dep_ == "punct"):
            out.update(range(child.left_edge.i, child.right_edge.i + 1))
    return out


def _rest(verb: Any, phrase: set[int]) -> str | None:
    """The words after the verb the question keeps, with an object "it" of a second verb
    named as the first verb's object."""
    doc = verb.doc
    skip = set(phrase)
    chained = [c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i]  # "to buy ..."
    for child in [*verb.children, *(c for x in chained for c in x.children if c.i > x.i)]:
        if child.i < verb.i:
            continue
        comma = child.left_edge.i > 0 and doc[child.left_edge.i - 1].text == ","
        if comma:  # what follows an aside the parse may have hung on the wrong word
            skip.update(range(child.left_edge.i, verb.right_edge.i + 1))
        before = doc[child.left_edge.i - 1]  # "from nose to rump": no infinitive
        ranged = before.dep_ == "pobj" and before.head.lower_ == "from"
        if purpose_infinitive(child) and not comma and not ranged:  # "needed ... to remove"
            skip.update(_after_purpose(child))
            continue
        if child.dep_ in LEFT_OUT or comma or child.dep_ == "punct":
            skip.update(range(child.left_edge.i, child.right_edge.i + 1))
    for t in doc[verb.i + 1 : verb.right_edge.i + 1]:
        if t.dep_ == "relcl":  # "in a rift where the crust ...": the rift is enough
            skip.update(range(t.left_edge.i, t.right_edge.i + 1))
    skip.update(t.i for t in doc[verb.i + 1 : verb.right_edge.i + 1] if cut_comma(t, skip))
    kept = []
    named: dict[int, str] = {}
    for t in doc[verb.i + 1 : verb.right_edge.i + 1]:
        if t.i in skip:
            continue
        if t.text in ',;:()"“”' or t.tag_ in ("WDT", "WP"):
            return None
        if t.lower_ == "it" and t.dep_ == "dobj":
            thing = first_object(verb)
            if thing is None:
                return None
            named[t.i] = thing
        kept.append(t)
    if kept and "from" in [t.lower_ for t in kept] and doc[kept[-1].i + 1].lower_ == "to":
        return None  # "from nose to rump" parsed as "from nose" and "to rump" (a verb)
    return spaced(kept, named)
