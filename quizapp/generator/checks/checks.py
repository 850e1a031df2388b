"""Checks every question passes before it is emitted.

Each check names a defect family of ``../shared/notes/question-quality.md``
that a rule can catch: the answer (or its stem) given away by the prompt, a
unit conversion in brackets that gives a figure, a weekday as the answer, a prompt that is
not self-contained (:mod:`self_contained`: a pronoun or a body left unnamed; :mod:`definites`:
"the ground"; not a goal scored, "the winner": :mod:`goals`), the other half of a
two-way split in the prompt (51.9 beside 48.1 percent), a gap that cuts a name or sits
in a sentence of a few words, a one-sided "between", a question whose own words say the answer is
of another kind, a numeric key that is not the article's value ("two and a
quarter hours" is not 2), and choices that hold another name of the answer or
are of another shape than the answer.
"""

from __future__ import annotations

import re

from quizapp.generator.checks.goals import scored_goal
from quizapp.generator.checks.self_contained import OPENERS, not_self_contained, unnamed_person
from quizapp.generator.facts import dates
from quizapp.generator.facts.actor_types import KIND_WORDS
from quizapp.generator.facts.clusters import TITLES
from quizapp.generator.facts.facts import ACTOR, DATE, FIGURE, ORG, PERCENT, PERSON, QUOTE, Fact
from quizapp.generator.facts.figure_units import PER_CENT
from quizapp.generator.facts.name_words import SPORT_ROLES
from quizapp.generator.facts.vote_tallies import VOTES
from quizapp.generator.forms.figure_hedges import HEDGED
from quizapp.generator.forms.phrasing import NAMED_OR_NUMBER, SPECIFIC_WORDS
from quizapp.generator.naming.definites import unnamed_definites
from quizapp.generator.synthesis import GeneratedQuestion, QuestionForm
from quizapp.questiondata import QuestionKind

__all__ = ["defects", "unnamed_person", "unsure"]  # unnamed_person: see self_contained

# Kinds whose prompt may hold the answer (a statement, items to order or match)
SHOWS_ANSWER = (QuestionKind.TRUE_FALSE, QuestionKind.ORDERING, QuestionKind.MATCHING)
MAX_GAP_WORDS = 30
MIN_GAP_WORDS = 6
# a figure's hedge before "how many" (see figure_hedges), no word that says which story
HEDGE_WORDS = re.compile(
    r"^(?:" + "|".join(sorted({h for h in HEDGED.values() if h})) + r")\s+(?=how\b)", re.I
)
PERCENT_FIGURE = re.compile(rf"(\d+(?:\.\d+)?)\s*(?:%|{PER_CENT})", re.IGNORECASE)
NOT_PERSON = re.compile(
    r"^Who (?:is|was|are|were) (?:the|a|an) (?:[\w-]+ ){0,4}(?:river|lake|sea|ocean|mountain|"
    r"city|town|village|country|state|region|province|island|company|firm|group|party|"
    r"organi[sz]ation|ship|building|bridge|team|club|band|element|species)\b",
    re.IGNORECASE,
)
PLACE_NAME = re.compile(
    r"^(?:Lake|Mount|River|Cape|Gulf|Bay|Port|Fort|Saint|St)\b|\b(?:River|Lake|Sea|Ocean|"
    r"Mountains?|Islands?|Stadium|University|Company|Group|Bank|Inc|Ltd|Party|Council)$"
)
FRACTION = re.compile(r"\b(?:half|quarter|third|and a|point)\b|\d/\d|[½¼¾]", re.IGNORECASE)
BRACKET_NUMBER = re.compile(r"\(\s*(?:about |some |roughly |around |nearly )?[$€£]?\d")
COMMON_NAME_WORDS = {"North", "South", "East", "West", "United", "Saint", "Great", "Central"}
NOT_A_NAME = re.compile(
    r"^(?:Below|Above|After|Before|During|In|On|At|From|Near|Under|Over|Since|Until|With|"
    r"Without|Between|Among|When|While|The|A|An)\s"
)
# "Italian Marco Bellini": a nationality before a person's name (a body's name may begin
# with one: "European Space Agency", "British Library")
DEMONYM_NAME = re.compile(r"^[A-Z][a-z]+(?:an|ish|ese|i)\s+[A-Z]\w+\s+[A-Z]")
ONE_SIDED = re.compile(
    r"\bbetween\b(?!\s+(?:the\s+)?(?:two|three|both|these|those|them|us|their|its|\w+s\b))"
    r"(?![^?…]*\band\b)[^?…]*\?$"
)
# "... on the night of 23 September 1846 Galle." (the model took the subject of the next
# verb into the date's phrase and the question ends on it, cut from what it did)
CUT_SUBJECT = re.compile(
    r"(?:\b\d{1,4}|___) (?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*[.?]$)"
    r"[A-Z][\w'’-]+[.?]$"
)
CUT_AFTER_SPEECH = re.compile(r"\b(?:said|says|told|added|warned|argued|wrote)\s*…$")
WHICH_IS = re.compile(
    r"^Which \w+ (?:is|was|are|were|became|remains) ((?:[\w'-]+ ){0,8}[\w'-]+)", re.IGNORECASE
)
BROKEN_NAME = re.compile(r"\b(?:of|the|and|de|von|van)$|^[a-z]")
WEEKDAYS = {d.casefold() for d in dates.WEEKDAYS}
# A capitalised opener after a comma inside a question: a fronted clause moved to the end
# ("..., With the preliminary count complete?", "..., Founded in 1976 by ...?")
TACKED_ON = re.compile(
    r", (?:With|Without|Founded|The|In|On|At|After|Before|During|When|While|Since|By|For|From|"
    r"Despite|Although|Though|As|Under|Unlike|Like|Once|Until|[A-Z][a-z]+(?:ed|ing))\b"
)


# a match's score set by set: "6-4, 3-6, 7-6"
SET_SCORES = re.compile(r"(?<![\d-])(\d{1,2}[-–]\d{1,2})(?:,\s*\d{1,2}[-–]\d{1,2}(?![\d-]))+")


def defects(q: GeneratedQuestion, fact: Fact) -> list[str]:
    """What is wrong with ``q`` as a question about ``fact`` (empty when nothing)."""
    found = []
    if NOT_PERSON.search(q.prompt) or (q.prompt.startswith("Who ") and PLACE_NAME.search(q.answer)):
        found.append("who asked of a thing")
    if ONE_SIDED.search(q.prompt):
        found.append("a 'between' with one side")
    if q.kind == QuestionKind.CLOZE and CUT_AFTER_SPEECH.search(q.prompt):
        found.append("a gap cut off before what was said")
    if CUT_SUBJECT.search(q.prompt):
        found.append("a subject cut from its verb")
    if _said_to_be_other(q.prompt, fact.type):
        found.append("the sentence says the answer is of another kind")
    if q.answer.casefold() in WEEKDAYS:
        found.append("a weekday as the answer")
    person = fact.type == PERSON and DEMONYM_NAME.search(q.answer) is not None
    if NOT_A_NAME.search(q.answer) or person or re.search(r"['’]s$", q.answer):
        found.append("an answer that is not a whole name")
    if fact.kind == ACTOR and q.form == QuestionForm.GAPPED and _gap_cuts_name(q.prompt):
        found.append("a gap that cuts a name")
    if q.kind == QuestionKind.CLOZE and _quoted_nickname(q.prompt):
        found.append("a gap inside a short quoted name")
    found += _wording(q)
    if any(not scored_goal(fact, d.at) for d in unnamed_definites(q, fact)):  # not "the winner"
        found.append("not self-contained: a reference the question does not name")
    if q.kind not in SHOWS_ANSWER:
        forms = answer_forms(fact)
        named = forms if fact.kind != FIGURE else set()  # "___ ethnic Armenians": a unit
        if gives_away(q, forms) or stem_leaks(q.prompt, named):
            found.append("the prompt gives the answer away")
    if split_leak(q, fact):
        found.append("the other half of a two-way split gives the answer")
    if fact.kind in (FIGURE, DATE) and BRACKET_NUMBER.search(q.prompt):
        found.append("a figure in brackets next to the asked one")
    if q.kind == QuestionKind.NUMERIC and FRACTION.search(fact.surface):
        found.append("the key is not the article's value")
    if q.choices is not None:
        found += choice_defects(q, fact)
    if _cut_score(q):
        found.append("a match's score cut to its first set")
    if fact.type == "count" and _listed(fact):
        found.append("the sentence lists as many items as the answer counts")
    return found


def unsure(q: GeneratedQuestion, fact: Fact) -> bool:
    """Whether the checks refuse ``q`` as not self-contained."""
    return any(d.startswith("not self-contained") for d in defects(q, fact))


def _cut_score(q: GeneratedQuestion) -> bool:
    """ "Who beat Ana Ruiz 6-4?" of "beat Ana Ruiz 6-4, 6-3": the first set of a match's
    score, as if it were the whole."""
    for found in SET_SCORES.finditer(q.source):
        first = re.search(rf"(?<![\d-]){re.escape(found.group(1))}(?![\d-])", q.prompt)
        if first is not None and not q.prompt[first.start() :].startswith(found.group(0)):
            return True
    return False


def _gap_cuts_name(quoted: str) -> bool:
    """ "…was Comet ___, which ...": a capitalised word (not a title, not the sentence's first
    word) just before the gap is part of the name asked."""
    found = re.search(r"(?<=[a-z,;] )([A-Z][a-z]+) ___", quoted)
    if found is None:
        return False
    word = found.group(1).casefold()
    if re.search(r"(?:an|ish|ese|i|ch)$", word):
        return False  # "the Italian ___": a nationality, no part of the name
    return word not in TITLES and word not in SPORT_ROLES and found.group(1) not in OPENERS


def _said_to_be_other(prompt: str, kind: str) -> bool:
    """ "Which region is one of about 130 active volcanoes ...?": the question's own words
    say the answer is a volcano, not a region."""
    found = WHICH_IS.match(prompt)
    if found is None:
        return False
    for word in found.group(1).casefold().split():
        said = next((KIND_WORDS[w] for w in (word, word[:-1], word[:-2]) if w in KIND_WORDS), None)
        if said is not None:
            return said != kind
    return False


def _listed(fact: Fact) -> bool:
    """ "... through ten countries: Germany, Austria, ..." gives the count away."""
    after = fact.sentence.text[fact.end :]
    if ":" not in after or fact.value is None:
        return False
    items = re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", after.split(":", 1)[1])
    return len([i for i in items if i.strip(" .")]) == int(float(fact.value))


def _wording(q: GeneratedQuestion) -> list[str]:
    quoted = q.prompt
    found = []
    shows_sentence = q.form == QuestionForm.GAPPED  # the article's sentence with a gap
    if shows_sentence and len(quoted.split()) > MAX_GAP_WORDS:
        found.append("a gap in an overlong sentence")
    if shows_sentence and len(quoted.split()) < MIN_GAP_WORDS:
        found.append("a gap in too short a sentence")  # "___ struck first."
    bare = HEDGE_WORDS.sub("", quoted)  # "At least how many people died?" says no more
    short = len(bare.split()) < SPECIFIC_WORDS and not NAMED_OR_NUMBER.search(bare[1:])
    if q.form == QuestionForm.WH and short:  # (checked once its references are named)
        found.append("too short to tell what it is about")  # "Who did not fall ill?"
    if not shows_sentence and TACKED_ON.search(q.prompt):
        found.append("a clause tacked on after a comma")
    if not_self_contained(q):
        found.append("not self-contained")
    return found


def split_leak(q: GeneratedQuestion, fact: Fact) -> bool:
    """Whether the prompt holds the other half of a two-way split: "51.9 percent ... and the
    No side 48.1 percent" gives 51.9 away (they add up to 100)."""
    if fact.type != PERCENT or fact.value is None:
        return False
    text = fact.sentence.text
    rest = text[: fact.start] + " " + text[fact.end :]
    value = float(fact.value)
    halves = [
        m.group(1)
        for m in PERCENT_FIGURE.finditer(rest)
        if abs(value + float(m.group(1)) - 100) < 0.15
    ]
    return any(re.search(rf"(?<![\d.]){re.escape(h)}(?![\d]|\.\d)", q.prompt) for h in halves)


def _quoted_nickname(prompt: str) -> bool:
    """Whether the gap stands in a short quoted phrase ("nicknamed “little ___”")."""
    found = re.search(r"[\"“]([^\"“”]*___[^\"“”]*)[\"”]", prompt)
    return found is not None and len(found.group(1).split()) <= 4


def answer_forms(fact: Fact) -> set[str]:
    """Every form of the fact's answer that must not stand in its prompt."""
    forms = {fact.answer, *fact.aliases}
    if fact.kind != QUOTE:
        forms.add(fact.surface)
    if fact.entity is not None:
        forms |= fact.entity.names()
        if fact.entity.type == PERSON:  # a surname; not "River" of "Volga River"
            forms |= {n.split()[-1] for n in fact.entity.names() if " " in n}
    if fact.kind == FIGURE:
        forms = {f for f in forms if not re.fullmatch(r"\d{1,2}", f)} | {fact.surface}
    return {f for f in forms if f}


def gives_away(question: GeneratedQuestion, answers: set[str]) -> bool:
    """Whether any form of the answer stands in the prompt."""
    if question.kind in SHOWS_ANSWER:
        return False
    prompt = question.prompt.casefold()
    return any(re.search(rf"(?<!\w){re.escape(a.casefold())}(?!\w)", prompt) for a in answers if a)


def stem_leaks(prompt: str, answers: set[str]) -> bool:
    """Whether a capitalised word of the prompt shares its stem with a word of the answer
    ("Armenian Prime Minister ___" for Armenia, "Russian-brokered" for Russia)."""
    words = {w for a in answers for w in re.findall(r"[A-Z][a-z]{3,}", a)} - COMMON_NAME_WORDS
    found = re.findall(r"[A-Z][a-z]{3,}", prompt)
    return any(_same_stem(w, a) for i, w in enumerate(found) for a in words if i or not _opening(w))


def _same_stem(word: str, other: str) -> bool:
    """ "Armenian" and "Armenia", "Germany" and "German"; not "France" and "French"."""
    if word == other:
        return True  # one word of a longer answer: "at Wembley" for Wembley Stadium
    a, b = word.casefold(), other.casefold()
    shared = next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )
    return shared >= 4 and shared >= min(len(word), len(other)) - 2


def _opening(word: str) -> bool:
    return word in ("True", "Which", "What", "When", "Where", "Who", "How", "Complete")


def choice_defects(q: GeneratedQuestion, fact: Fact) -> list[str]:
    """Choices holding another name of the answer, or of another shape than it."""
    choices = q.choices or []
    found = []
    names = {n.casefold() for n in answer_forms(fact)} - {q.answer.casefold()}
    answer = q.answer.casefold()
    for c in choices:
        folded = c.casefold()
        if c == q.answer:
            continue
        if folded in names or (len(folded) > 3 and (folded in answer or answer in folded)):
            found.append(f"another name of the answer among the choices: {c}")
    if len({shape(c) for c in choices}) > 1:
        found.append("choices of different shapes")
    person = fact.type == PERSON
    if fact.unit != VOTES and any(  # ("seven votes to two" is a tally, not a cut name)
        BROKEN_NAME.search(c) or NOT_A_NAME.search(c) or (person and DEMONYM_NAME.search(c))
        for c in choices
    ):
        found.append("a choice that is not a whole name")
    if _names_overlap([c for c in choices if c != q.answer]):
        found.append("two choices name the same one")
    if fact.type in (ORG, PERSON) and _uneven_names(q.answer, choices, fact.type):
        found.append("choices that are not names of the answer's kind")
    return found


def _names_overlap(choices: list[str]) -> bool:
    """ "Pierre" beside "Pierre Curie": one is a part of the other."""
    words = [set(c.casefold().split()) for c in choices]
    return any(a < b for a in words for b in words)


def _uneven_names(answer: str, choices: list[str], kind: str) -> bool:
    """A one-word choice beside a full name, or (for organisations) a common word that the
    parse took for a name: "Penicillium" or "Allied" beside "University of Oxford"."""

    def acronym(c: str) -> bool:
        return re.fullmatch(r"[A-Z][A-Z&.]{1,7}", c) is not None

    if kind == ORG:
        return any(" " not in c and not acronym(c) for c in choices)
    return " " in answer and any(" " not in c for c in choices)


def shape(text: str) -> str:
    """The form of a choice without its value: a year, a number, a number with words, words."""
    if re.fullmatch(r"\d{4}", text):
        return "year"
    if re.fullmatch(r"\d{3}0s", text):
        return "decade"
    plain = re.sub(r"\d[\d,.]*", "N", text)
    if plain == text:
        return "words"
    return "N" if plain == "N" else "N+words"
