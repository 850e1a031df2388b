"""Counts told by a participle clause of consequence after a main clause, asked with the
main clause as the event they belong to (issue 16).

A news lead tells what happened and then its toll in participles: "A coach left the road
near Tarvin on Sunday, killing six passengers and forcing the closure of 40 schools".
The toll is the headline figure, and a teacher asks it with the event, since "How many
passengers did the coach kill?" does not say which crash:

- a participle of harm ("killing", "injuring", "stranding") is asked in the passive with
  "when": "How many passengers were killed when a coach left the road near Tarvin?";
- a participle of cause before an act named by a noun ("forcing the evacuation of about
  900 residents", "prompting the closure of 40 schools") is asked with the noun's verb and
  "after": "About how many residents were evacuated after a coach left the road near
  Tarvin?".

The event is the main clause as the article writes it, less its dates and times (a date
is asked of it; a weekday is trivia) and less a participle phrase on its subject ("a
lorry carrying fuel"); it must name something (a name or a number), hold no pronoun and
be in the past tense. A hedge before the number ("about", "at least") leads the question.
"""

from __future__ import annotations

from typing import Any

from quizapp.generator.facts.facts import COUNT, Fact
from quizapp.generator.forms.count_subjects import DATE_ENTS
from quizapp.generator.forms.figure_hedges import HEDGED, number_hedge
from quizapp.generator.forms.gaps import PRONOUNS
from quizapp.generator.forms.token_text import lower_start, spaced
from quizapp.questiondata import FactKind

# participles of harm and the past participle their passive takes
HARMS = {"kill": "killed", "injure": "injured", "wound": "wounded", "hurt": "hurt",
         "strand": "stranded", "trap": "trapped", "displace": "displaced",
         "destroy": "destroyed", "damage": "damaged", "flood": "flooded",
         "maim": "maimed", "sicken": "sickened"}  # fmt: skip
# participles of cause whose object is an act named by a noun ("forcing the evacuation")
CAUSES = {"force", "prompt", "trigger", "cause", "spark", "require", "necessitate"}
# acts named by a noun and the past participle of their verb ("the evacuation of 900 people")
ACTS = {"evacuation": "evacuated", "relocation": "relocated", "rescue": "rescued",
        "hospitalisation": "hospitalised", "hospitalization": "hospitalized",
        "displacement": "displaced", "arrest": "arrested", "deportation": "deported",
        "cancellation": "cancelled", "closure": "closed", "grounding": "grounded",
        "dismissal": "dismissed", "suspension": "suspended", "recall": "recalled",
        "destruction": "destroyed", "loss": "lost", "layoff": "laid off",
        "culling": "culled", "cull": "culled", "diversion": "diverted"}  # fmt: skip
# phrases a participle may keep after its object ("killing two people in the cab")
KEPT = {"prep", "prt", "advmod"}


def consequence_count_question(fact: Fact) -> str | None:
    """ "HEDGE how many NOUN were PARTICIPLE when/after EVENT" for a count in a participle
    clause of harm or of cause after a past main clause, or None."""
    tok = fact.token
    if fact.kind != FactKind.FIGURE or fact.type != COUNT or tok is None:
        return None
    noun = tok.head
    if tok.dep_ != "nummod" or noun.tag_ != "NNS" or noun.i < tok.i:
        return None
    hedge = number_hedge(noun)
    if hedge is None:
        return None
    doc = tok.doc
    unit = doc[tok.i + 1 : noun.i + 1]
    if any(t.is_punct or t.lower_ in PRONOUNS or t.tag_ == "PRP$" for t in unit):
        return None
    found = _act(noun)
    if found is None:
        return None
    verb, past, mark, holders = found
    found_root = _participle_root(verb)
    if found_root is None:
        return None
    event = event_clause(*found_root)
    tail = _kept_phrases(holders, verb)
    if event is None or tail is None:
        return None
    lead = f"{HEDGED.get(hedge, hedge)} how many".strip()
    return " ".join(w for w in (lead, unit.text, "were", past, tail, mark, event) if w)


def _act(noun: Any) -> tuple[Any, str, str, list[Any]] | None:
    """The participle, the past participle the question uses, its "when"/"after" and the
    words whose phrases it keeps, for the counted ``noun``; None where it is no consequence.
    """
    head = noun.head
    if noun.dep_ == "dobj" and head.tag_ == "VBG" and head.lemma_.lower() in HARMS:
        return head, HARMS[head.lemma_.lower()], "when", [head]
    if noun.dep_ != "pobj" or head.lower_ != "of" or head.dep_ != "prep":
        return None
    act = head.head
    past = ACTS.get(act.lower_)
    if past is None or act.dep_ != "dobj" or any(c.dep_ == "poss" for c in act.children):
        return None
    verb = act.head
    if verb.tag_ != "VBG" or verb.lemma_.lower() not in CAUSES:
        return None
    if any(c.dep_ not in ("det", "prep") for c in act.children if c.i < act.i):
        return None  # "forcing a second evacuation of": which first is said elsewhere
    return verb, past, "after", [act, verb]


def _participle_root(verb: Any) -> tuple[Any, Any] | None:
    """The main verb whose clause the participle ``verb`` follows after a comma, and the
    first participle after it (``verb`` or the one it is joined to by "and"), or None."""
    first = verb
    while first.dep_ == "conj" and first.head.tag_ == "VBG":
        first = first.head
    root = first.head
    if first.dep_ != "advcl" or root.dep_ != "ROOT" or first.i < root.i:
        return None
    doc = verb.doc
    if doc[first.i - 1].text != ",":
        return None
    for v in {first, verb}:
        if any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in v.children):
            return None  # "after beating", "while crews were ...": not the main clause's
    return root, first


def event_clause(root: Any, participle: Any) -> str | None:
    """The main clause before the participle, as the event a count belongs to, or None
    where it is not a plain past clause that names something."""
    if root.tag_ != "VBD" or any(c.dep_ in ("aux", "neg") for c in root.children):
        return None
    doc = root.doc
    sent = root.sent
    end = participle.i
    if end <= root.i:
        return None
    cut: set[int] = set()
    for child in root.children:
        span = doc[child.left_edge.i : child.right_edge.i + 1]
        if child.i < end and any(t.ent_type_ in DATE_ENTS for t in span):
            if child.dep_ in ("nsubj", "nsubjpass", "dobj"):
                return None  # "Friday's storm": the date names the event
            cut |= {t.i for t in span}
    cut |= _subject_participle(root)
    kept = [t for t in doc[sent.start : end] if t.i not in cut]
    while kept and (kept[0].is_punct or kept[0].pos_ in ("CCONJ",)):
        kept.pop(0)
    while kept and (kept[-1].is_punct or kept[-1].pos_ in ("ADP", "DET", "CCONJ", "ADV")):
        kept.pop()  # "early (on Thursday)"
    if not kept or kept[0].i > root.i or any(t.ent_type_ in DATE_ENTS for t in kept):
        return None
    if any(t.lower_ in PRONOUNS or t.tag_ in ("PRP$", "WDT", "WP") for t in kept):
        return None
    if any(t.text in '"“”();:' for t in kept):
        return None
    if not any(t.pos_ == "PROPN" for t in kept):
        return None  # "when the storm hit the region": which storm is not said
    text = spaced(kept)
    first = kept[0].text
    opening = lower_start(doc[kept[0].i : kept[-1].i + 1]).split(" ", 1)[0]
    return opening + text[len(first) :] if opening.lower() == first.lower() else text


def _subject_participle(root: Any) -> set[int]:
    """The tokens of a participle phrase that closes the main subject ("a freight train
    hauling liquid chlorine"), which the event does without; the parse may hang it on the
    verb, or take the participle for a compound."""
    doc = root.doc
    start = root.sent.start
    words = doc[start : root.i]
    if any(t.is_punct and t.tag_ != "HYPH" for t in words):
        return set()
    for t in words:
        if t.tag_ == "VBG" and t.i > start and doc[t.i - 1].pos_ in ("NOUN", "PROPN"):
            return set(range(t.i, root.i))
    return set()


def _kept_phrases(holders: list[Any], verb: Any) -> str:
    """The plain phrases after the counted noun of the act's words (``holders``): "in the
    cab" of "killing two people in the cab"; one with a pronoun, a comma or a date is left
    out."""
    doc = verb.doc
    kept: list[Any] = []
    for holder in holders:
        for child in holder.children:
            if child.i < holder.i or child.dep_ not in KEPT or child.lower_ == "of":
                continue
            if holder.i == verb.i and len(holders) > 1:
                continue  # the cause's own phrases ("forcing the evacuation ... by boat")
            span = doc[child.left_edge.i : child.right_edge.i + 1]
            if any(t.ent_type_ in DATE_ENTS for t in span):
                continue
            if any(t.is_punct or t.lower_ in PRONOUNS or t.tag_ == "PRP$" for t in span):
                continue  # "from their homes": a detail the count is asked without
            kept.extend(span)
    return spaced(kept)
