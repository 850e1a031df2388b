"""Whether a question is self-contained: who or what it speaks of is said in it.

A learner who has read the article, but does not have it beside them, must understand the
question. Refused here: a prompt that opens on a pronoun ("He ...", "Its ..."), on a word of
quantity that stands for what is not said ("Most were ..."), or (a gapped sentence) on a
conjunction that shows it was cut from a longer sentence ("…while ...", "But ..."); and,
outside quotation marks, "the latter", a time relative to another ("two years later"), a
pronoun with nothing named before it, an object "it" of a question cut from its sentence, a
place "there", a body left unnamed ("the party", "neither side", "both leaders"), an "it"
after a person's speech verb ("Dr ___ said it had"), a
demonstrative standing for what the article said before ("after this led to"), and a "his"
or "their" with nothing named before it (:func:`not_self_contained`); and a "he", "her" or
"his" before any person's name (:func:`unnamed_person`); and an epithet left unnamed
("The Briton said ...": :mod:`epithets`). Unnamed definite descriptions
("the ground") are :mod:`definites`' business.
"""

from __future__ import annotations

import re

from quizapp.generator.facts.facts import PERSON
from quizapp.generator.naming.epithets import epithet_subject
from quizapp.generator.naming.parties import unnamed_group
from quizapp.generator.naming.pronouns import QUOTED
from quizapp.generator.naming.quoted_speakers import all_quoted
from quizapp.generator.synthesis import GeneratedQuestion, QuestionForm

PRONOUN_START = re.compile(
    r"^[\"“‘']?(?:he|she|it|they|this|these|those|its|his|her|their|both)\b", re.IGNORECASE
)
# "Most come from the ___", "Many were rebuilt ...": most of what is not said
QUANTIFIER_START = re.compile(
    r"^…?\s*(?:most|many|some|several|others|few|both|all)\s+(?:were|was|are|is|have|had|"
    r"will|would|could|can|come|came|\w+ed)\b",
    re.IGNORECASE,
)
CUT_START = re.compile(
    r"^…?\s*(?:but|and|or|which|who|whom|that|while|after|before|as|when|where|because|if|"
    r"although|though|since|until|unless|to|so)\b",
    re.IGNORECASE,
)
CONTINUING = {"but", "and", "or", "which", "who", "whom", "that", "so"}
DANGLING = re.compile(r"\b(?:he|she|it|they|him|them)\b(?!['’-])", re.IGNORECASE)
ANTECEDENT = re.compile(r"\b[A-Z][a-z]+|\bthe \w+")  # what "they" may refer to
OPENERS = {"Only", "In", "On", "At", "The", "A", "An", "This", "That", "These", "Those", "It",
           "They", "He", "She", "When", "While", "After", "Before", "During", "For", "But",
           "And", "Its", "Their", "His", "Her", "Then", "Now", "Today", "Since", "By", "From",
           "There", "Here", "Later", "Once", "With", "Without", "Despite", "Between", "Through",
           "Across", "Along", "Below", "Above", "Over", "Under", "Until", "Meanwhile", "Yet",
           "So", "Also", "Still", "Soon", "Instead", "If", "Although", "Though", "Because",
           "As", "Unless", "Whether", "Where", "Whatever", "Who", "Which", "What", "How",
           "Whom", "According"}  # fmt: skip
NAMED = re.compile(r"(?<!^)\b[A-Z][a-z]+|\bthe \w+")  # what "its" may refer to
POSSESSIVE = re.compile(r"\b(?:its|his|their)\b", re.IGNORECASE)
# a wh-question's subject opening on "its", which no speaker ("According to X, ...") owns
WH_ITS = re.compile(r"^(?!According)[^?]*\b(?:do|does|did|is|was|has|had|can|could) its\b")
# "there" as a place ("took a degree there"), not "there is/was ..."
THERE = re.compile(
    r"(?<!from )\bthere\b(?!\s+(?:is|are|was|were|has|have|had|will|would|could|may|might|"
    r"seem|seems|seemed|remains?|remained|be|been)\b)",
    re.IGNORECASE,
)
# "stations there have never recorded": a place, although "have" follows (a noun before it)
THERE_AFTER_NOUN = re.compile(
    r"\b(?!(?:and|but|so|that|if|when|because|as|while|since|then|"
    r"although|though|where|now|still|also)\b)[a-z]+s there\b"
)
# "will lead it," / "approve it.": an object "it" that refers back to another sentence
OBJECT_IT = re.compile(
    r"(?<!of )\b(?:it|them)(?=\s*[,.;:!?…]|$|\s+(?:on|in|at|to|for|from|with|by|after|before|"
    r"during|until|into|down|up)\b)"
)
# "the party", "the sides": a body the article named before, left unnamed (see pronouns.py)
DESCRIBED = re.compile(
    r"\b(?:the|both|neither|either|each) (?:sides|side|party|firm|company|group|bloc|agency|"
    r"organi[sz]ation|pair|couple|duo|carmaker)\b(?![-'’]| of\b|\s+(?:(?-i:[A-Z])|___))",
    re.IGNORECASE,
)
THING_BEFORE = re.compile(  # a common noun named before: "the wall", "a plant"
    r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir) (?:[a-z-]+ )?[a-z-]+\b"
)
# "after this led to ...", "both signed": a demonstrative or "both" standing for what the
# article said before
STANDING_FOR = re.compile(
    r"\b(?:this|these|those)\s+(?:is|was|are|were|has|had|have|will|would|could|can|may|"
    r"might|led|made|meant|means|became|gave|allowed|included|caused|showed)\b|"
    r"\bboth\s+(?:were|are|was|had|have|did|do|signed|sign|agreed|agree|said|say|won|win|lost|"
    r"met|meet|became)\b|"
    r"\bboth of (?:them|these|those)\b|\bthe (?:two|three|four)\s+(?:were|was|had|have|wrote|met|"
    r"married|signed|agreed|shared|worked|became|won|said)\b",
    re.IGNORECASE,
)
PERSONAL = re.compile(r"\b(?:he|she|him|her|his)\b(?!['’-])", re.IGNORECASE)
OWN = {"her", "his"}
# words after "her" that make it an object, not a possessive: "beat her in the final"
NOT_OWNED = {"in", "on", "at", "by", "for", "to", "with", "from", "and", "or", "as", "after",
             "before", "that", "when", "while", "the", "a", "an", "this", "its", "since",
             "during", "again", "out", "off", "up", "down", "back", "about", "into", "over",
             "twice", "once"}  # fmt: skip
# "up from 265 million a year earlier": a comparison, not a time that needs its anchor
COMPARED = re.compile(
    r"\b(?:up|down|rising|falling|compared with|against)?\s*from\b[^,;?]{0,40}?\b"
    r"(?:a|one) year (?:earlier|before|ago)\b",
    re.IGNORECASE,
)
RELATIVE = re.compile(r"\b(?:years?|months?|weeks?|days?) (?:later|earlier)\b", re.IGNORECASE)
SCORE_IT = re.compile(r"it \d+[-–]\d+\b", re.IGNORECASE)  # "made it 2-2"
LATTER = re.compile(r"\bthe (?:latter|former)(?:['’]s\b|\s*[,.;)]|$)", re.IGNORECASE)
HONORIFIC = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Prof|Professor|Sir|Dame)\b\.?")
SPEECH_BEFORE = re.compile(r"\b(?:said|says|say|told|tells|added|announced|argued|wrote)\s+$", re.I)


def _cut(quoted: str, opener: str) -> bool:
    """Whether a piece that opens on a conjunction was cut from a longer sentence: "…while
    ...", "But ...", "Which ..."; not a whole sentence opening on "To pay for the plans, ..."
    or "After the war, ..."."""
    word = opener.strip("… ").casefold()
    return quoted.startswith("…") or word in CONTINUING


def _dangling(q: GeneratedQuestion, quoted: str) -> bool:
    """ "the latter", or a pronoun among the first words outside quotation marks ("Who
    showed her ...?"): who is meant is not said."""
    if q.form == QuestionForm.QUOTE:
        return False
    text = QUOTED.sub(" ", quoted)
    if LATTER.search(text) or RELATIVE.search(COMPARED.sub(" ", text)):
        return True
    shows_sentence = q.form == QuestionForm.GAPPED
    for m in DANGLING.finditer(text):  # "it", "they": who or what is meant is not said
        before = text[: m.start()]
        if SCORE_IT.match(text, m.start()):
            continue  # "made it 2-2": the score, no thing of another sentence
        if _person_speaks_of_thing(q, before, m):
            return True  # "Dr ___ said it had taken years": what "it" is was said before
        if _reports_self(q, text, m, set()):
            continue  # "Who said he would step down?": the speaker of himself
        if SPEECH_BEFORE.search(before) and (_antecedent(before) or _speaking_body(before, m)):
            continue  # "Salas said he would": the speaker; not "The board said he would"
        cut_object = not shows_sentence and m.group().lower() in ("it", "him", "them")
        if cut_object or not _antecedent(before):
            return True  # "did UNESCO list it": a question cut from its sentence lost "it"
    if THERE.search(text) or THERE_AFTER_NOUN.search(text) or DESCRIBED.search(text):
        return True  # "took a degree there", "the party would ask": which one is not said
    if unnamed_group(text) or STANDING_FOR.search(text):
        return True  # "both leaders", "the two sides", "after this led to": not said which
    found = OBJECT_IT.search(text)
    if found is not None and not THING_BEFORE.search(text[: found.start()]):
        return True  # "Klaus Reinhardt will lead it": what he leads is in another sentence
    if q.form == QuestionForm.WH and WH_ITS.search(text):
        return True  # "How deep does its floor lie?": whose is not said (unless reported)
    # "Azerbaijan wants its neighbor ...": a name opening the sentence is named before too
    return any(not _antecedent(text[: m.start()]) for m in POSSESSIVE.finditer(text))


def unnamed_person(q: GeneratedQuestion, people: set[str]) -> bool:
    """Whether a "he", "her" or "his" outside quotation marks comes before any name of a
    person in the prompt ("… was named after her?"): who is meant is not said."""
    if q.form == QuestionForm.QUOTE:
        return False
    text = QUOTED.sub(" ", q.prompt)
    if q.fine_type == PERSON:
        people = {*people, "___"}  # "Norway's ___ won his eighth race": the gap is the one
    for m in PERSONAL.finditer(text):
        before = text[: m.start()]
        if _own(q, text, m) and not any(p in before for p in people):
            continue  # "Who won her first title?": her own, the one asked for
        if _reports_self(q, text, m, people):
            continue  # "Who said he would step down?": the speaker of himself
        if not any(re.search(rf"(?<!\w){re.escape(p)}(?!\w)", before) for p in people):
            return True
    return False


# "Who said he would ...": a "he" or "she" right after the speech verb of the "Who" asked for
REPORTED_SELF = re.compile(
    r"^Who (?:said|says|told \w+|announced|added|insisted|claimed|confirmed|admitted|warned) "
    r"(?:that )?(?=(?:he|she) )"
)


def _reports_self(q: GeneratedQuestion, text: str, m: re.Match[str], people: set[str]) -> bool:
    """Whether the pronoun is the subject of what the person asked for says of themself
    ("Who said he would not stand again?"), with no other person named in the question
    (whom "he" might be as well)."""
    found = REPORTED_SELF.match(text)
    if q.fine_type != PERSON or found is None or found.end() != m.start():
        return False
    return not any(re.search(rf"(?<!\w){re.escape(p)}(?!\w)", text) for p in people if p != "___")


def _own(q: GeneratedQuestion, text: str, m: re.Match[str]) -> bool:
    """Whether the pronoun is the possessive of the person a "Who" question asks for, with
    no one named before it: "Who won her first title?", not "Who beat her in the final?"."""
    if q.fine_type != PERSON or not text.startswith("Who ") or m.group().lower() not in OWN:
        return False
    after = re.match(r"\s+([a-z][\w-]*)", text[m.end() :])
    return after is not None and after.group(1) not in NOT_OWNED


def _person_speaks_of_thing(q: GeneratedQuestion, before: str, pronoun: re.Match[str]) -> bool:
    """Whether "it" or "they" follows the speech verb of a person ("Lead researcher Dr ___
    said it had", "Salas said they would") with no thing named before the speaker: a person
    does not speak of themself as "it", so it is what an earlier sentence named."""
    if pronoun.group().lower() not in ("it", "they") or not SPEECH_BEFORE.search(before):
        return False
    gap_person = q.fine_type == PERSON and "___" in before
    if not (gap_person or HONORIFIC.search(before)):
        return False
    return not THING_BEFORE.search(before)


def _speaking_body(before: str, pronoun: re.Match[str]) -> bool:
    """ "The rail operator, ___, said it would": "it" after the speech verb of a sentence that
    opens on a noun phrase is what that phrase names (a body speaks of itself)."""
    return pronoun.group().lower() == "it" and re.match(r"The [a-z]", before) is not None


def _antecedent(text: str) -> bool:
    """Whether ``text`` names something a following pronoun may refer to; a participle
    opening the sentence ("Lying at about ___ above sea level, it ...") names nothing."""
    return any(
        m.start() > 0 or (m.group() not in OPENERS and not m.group().endswith(("ing", "ed")))
        for m in ANTECEDENT.finditer(text)
    )


def not_self_contained(q: GeneratedQuestion) -> bool:
    """Whether the prompt leaves unsaid who or what it speaks of (see the module)."""
    quoted = q.prompt
    opening = CUT_START.match(quoted)
    shows_sentence = q.form == QuestionForm.GAPPED  # the article's sentence with a gap
    cut = shows_sentence and opening is not None and _cut(quoted, opening.group())
    unsaid = shows_sentence and all_quoted(quoted)  # a quotation without its speaker
    return bool(
        cut
        or unsaid
        or PRONOUN_START.match(quoted)
        or QUANTIFIER_START.match(quoted)
        or epithet_subject(quoted)  # "The 26-year-old finished ...": who is not said
        or _dangling(q, quoted)
    )
