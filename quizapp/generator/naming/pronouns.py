"""Naming the article's subject where a sentence opens with a pronoun for it.

"She was born in Warsaw" cannot be asked as it stands; in a biography of Marie
Curie it is "Marie Curie was born in Warsaw". A pronoun is named only where the
sentence before it is about the subject (its main clause's subject is the
subject, or the same pronoun for it), never inside quotation marks, and only
"she"/"he" (whichever the article uses for its person) or an opening "It" for
a thing (a river, a company). In a life of one person, a "she" or "her" is also
named where neither its sentence nor the one before names anyone else.

Bodies are named too: "the party", "the firm" or an opening "Its" become the one
organisation the sentence names before them, or else the one the sentence before
is about (its subject) ("The opposition Liberal Alliance urged a No vote. Its
leader said the party would appeal" -> "the Liberal Alliance would appeal"); a
question left with an unnamed one is refused by the checks.
"""

from __future__ import annotations

import re
from dataclasses import replace

from quizapp.generator.facts.actor_types import ORG_NAME_WORDS
from quizapp.generator.facts.descriptions import DESCRIPTIONS
from quizapp.generator.facts.facts import (
    ACTOR,
    EVENT,
    ORG,
    PERSON,
    PLACE,
    RIVER,
    SEA,
    WORK,
    Entity,
    Fact,
    Sentence,
    entities_by_token,
)
from quizapp.generator.naming.antecedents import same_one, subject_words
from quizapp.generator.naming.body_sorts import of_sort
from quizapp.generator.naming.life_pronouns import life_sentences
from quizapp.generator.synthesis import GeneratedQuestion, QuestionForm

QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”")
# Last words of a firm's or a paper's name, which is written without "the"
FIRM_WORDS = {"corporation", "corp", "inc", "ltd", "plc", "motors", "capital", "holdings",
              "partners", "systems", "technologies", "labs", "airlines", "airways", "industries",
              "pharmaceuticals", "studios", "records", "united", "fc", "media"}  # fmt: skip


def quoted_spans(prompt: str) -> list[tuple[int, int]]:
    """Where the prompt's quotations stand (straight or curly marks)."""
    return [m.span() for m in QUOTED.finditer(prompt)]


LEADS = r"(^)"  # a prompt's opening (a gapped sentence starts the prompt)
OPENING_IT = re.compile(LEADS + r"(It|Its) (?!is |was |has been )")
# What follows an object "her" ("named after her in 1985?"), not a possessive ("her diary")
OBJECT_AFTER = re.compile(
    r"\s*(?:[?.,;:!…)]|$|(?:in|on|at|to|as|and|or|by|for|from|with|after|before|the|a|an|"
    r"that|when|while|because|into|during|until|since|but)\b)",
    re.IGNORECASE,
)
# "began building it on ___": the thing the sentence before was about, as an object
OBJECT_IT = re.compile(r"(\b[a-z]{3,}(?:ing|ed) )(it)\b(?!['’-])")
CUT_IT = re.compile(LEADS + r"…(it|its) (?!is |was |has been )")  # "…it flows through ___"
# the subject of a wh-question: "For how many kilometres does it run ...?" (issue 16)
WH_IT = re.compile(
    r"^(?!According)[A-Z][^?\"“…_]*? (?:do|does|did|is|was|has|had|can|could|will|would)"
    r"( )(it|its) (?!is |was |has been )"
)


def subject_pronoun(sentences: list[Sentence]) -> str:
    """ "she" or "he": the one the article uses most (no pronoun: "")."""
    text = " ".join(s.text for s in sentences)
    she, he = len(re.findall(r"\b[Ss]he\b", text)), len(re.findall(r"\b[Hh]e\b", text))
    return "she" if she > he else "he" if he > she else ""


def sentences_about(
    sentences: list[Sentence], facts: list[Fact], subject: Entity | None, pronoun: str
) -> set[int]:
    """Indices of the sentences whose opening pronoun stands for ``subject``: those that
    follow a sentence whose main subject is the subject (or that pronoun, in turn)."""
    if subject is None:
        return set()
    word = pronoun if subject.type == PERSON else "it"
    by_token = entities_by_token(facts)
    about: set[int] = set()
    previous: Entity | None = None
    same = {id(subject)}  # the subject, and the one the first sentence is about: "Augusta
    opening = _opening(sentences)  # Ada King, Countess of Lovelace, was ..." then "Lovelace"
    for sentence in sentences:
        if previous is not None and id(previous) in same:
            about.add(sentence.index)
        previous = _main_subject(sentence, by_token, word, previous)
        if previous is None and _described(sentence, subject):
            previous = subject  # "The company earned ..." then "It delivered ..."
        if sentence is opening and _opens_on(sentence, previous, subject, sentences[0]):
            same.add(id(previous))
    if subject.type == PERSON:  # "In 1640 she was called to ..." after a work's sentence
        about |= _no_one_else(sentences, facts, subject) | life_sentences(
            sentences, facts, subject, pronoun
        )
    return about


def _opens_on(sentence: Sentence, opening: Entity | None, subject: Entity, first: Sentence) -> bool:
    """Whether the opening sentence's subject ``opening`` is the subject under another name:
    of its type; after a title, also sharing a name with it (see ``antecedents.same_one``)."""
    if opening is None or opening.type != subject.type:
        return False
    return sentence is first or same_one(opening, subject, subject_words(sentence))


def _opening(sentences: list[Sentence]) -> Sentence | None:
    """The article's first sentence with a subject: after a title ("Ada Lovelace") if any."""
    for sentence in sentences:
        root = sentence.span.root
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children):
            return sentence
    return None


def _no_one_else(sentences: list[Sentence], facts: list[Fact], subject: Entity) -> set[int]:
    """In a life of one person, the sentences that, with the one before, name no other
    person: their "she" or "her" can only be the subject ("The couple divorced in 1939. Of
    her roughly 200 paintings, ...")."""
    others = {
        f.sentence.index for f in facts
        if f.entity is not None and f.entity is not subject and f.type == PERSON
    }  # fmt: skip
    return {s.index for s in sentences[1:] if not {s.index, s.index - 1} & others}


def _described(sentence: Sentence, subject: Entity) -> bool:
    """Whether the sentence's main subject is "the company" (or "the river", ...) for the
    subject, and the sentence names no other actor of its kind."""
    root = sentence.span.root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    nouns = DESCRIPTIONS.get(subject.type, ())
    if not subjects or subjects[0].lower_ not in nouns:
        return False
    return any(c.lower_ == "the" for c in subjects[0].children)


def _main_subject(
    sentence: Sentence, by_token: dict[tuple[int, int], Entity], word: str, previous: Entity | None
) -> Entity | None:
    root = sentence.span.root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return None
    head = subjects[0]
    if word and head.lower_ == word:
        return previous  # "She ..." goes on about the same one
    return by_token.get((id(head.doc), head.i))


def named_for_pronoun(q: GeneratedQuestion, subject: Entity, pronoun: str) -> GeneratedQuestion:
    """The question with the first pronoun for ``subject`` outside quotation marks named."""
    if q.form == QuestionForm.QUOTE:
        return q
    if subject.type != PERSON:
        return _named_for_it(q, subject)
    if not pronoun:
        return q
    pattern = re.compile(
        rf"\b{pronoun}\b(?!['’](?:s|d|ll|ve)\b)|{LEADS}{'Her' if pronoun == 'she' else 'His'} ",
        re.I,
    )
    first = pattern.search(q.prompt)
    if first is not None and _named_before(q.prompt[: first.start()], subject):
        return q  # "Wanjiru, who won silver ..., said she had not planned ...": already named
    prompt = _outside_quotes(q.prompt, pattern, subject.name)
    if not any(
        n in prompt for n in subject.names()
    ):  # "… was named after her?": the object, or "her diary"
        prompt = _named_object(prompt, "her" if pronoun == "she" else "him|his", subject.name)
    return replace(q, prompt=prompt)


def _named_object(prompt: str, words: str, name: str) -> str:
    """The first "her"/"him"/"his" outside quotation marks named: "after Ingrid Solberg",
    "Ingrid Solberg’s diary"."""
    quoted = [m.span() for m in QUOTED.finditer(prompt)]  # a gapped sentence's own quotations
    for found in re.finditer(rf"\b(?:{words})\b(?!['’-])", prompt, re.IGNORECASE):
        if any(a < found.start() < b for a, b in quoted):
            continue
        after = prompt[found.end() :]
        owner = found.group().lower() == "his" or (
            found.group().lower() == "her" and OBJECT_AFTER.match(after) is None
        )
        named = name + ("’s" if owner else "")
        return prompt[: found.start()] + named + after
    return prompt


def _named_before(text: str, subject: Entity) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text) for n in subject.names())


def _outside_quotes(prompt: str, pattern: re.Pattern[str], name: str) -> str:
    """``prompt`` with the first match of ``pattern`` outside quotation marks named."""
    quoted = [m.span() for m in QUOTED.finditer(prompt)]  # a gapped sentence's own quotations
    for found in pattern.finditer(prompt):
        if any(a < found.start() < b for a, b in quoted):
            continue
        text = found.group()
        lead = found.group(1) or ""
        if text.strip().endswith(("Her", "His")) and text.strip().lower() not in ("she", "he"):
            return prompt[: found.start()] + lead + name + "’s " + prompt[found.end() :]
        return prompt[: found.start()] + name + prompt[found.end() :]
    return prompt


def _named_for_it(q: GeneratedQuestion, subject: Entity) -> GeneratedQuestion:
    """An opening "It runs for ..." names the thing the way the article does ("The Danube
    runs for ..."); never "It is/was ..." (often about nothing). A question cut from its
    sentence names an object "it" even where the name stands before it ("... between the
    Main and the Danube linked it to the Rhine?": which one is not clear)."""
    found = OPENING_IT.search(q.prompt) or CUT_IT.search(q.prompt) or OBJECT_IT.search(q.prompt)
    if found is None and q.form == QuestionForm.WH:
        found = WH_IT.search(q.prompt)
    if found is None:
        return q
    if _named_before(q.prompt[: found.start()], subject) and q.form == QuestionForm.GAPPED:
        return q  # "The Danube ..., and it flows": the article's sentence, as it is written
    texts = q.source + " " + q.explanation
    written = subject.type != ORG and re.search(rf"\bthe {re.escape(subject.name)}\b", texts, re.I)
    thing = " " in subject.name and subject.type in (PLACE, WORK, EVENT)  # "the Berlin Wall"
    body = subject.type == ORG and with_the(subject, texts)  # "The World Food Programme"
    the = "The " if written or thing or body or subject.type in (RIVER, SEA) else ""
    the = the.lower() if found.group(2).islower() else the
    name = the + subject.name + ("’s" if found.group(2).lower() == "its" else "")
    start, end = found.span(2)
    return replace(q, prompt=q.prompt[:start] + name + q.prompt[end:])


def named_for_description(
    q: GeneratedQuestion,
    subject: Entity,
    facts: list[Fact],
    nouns: tuple[str, ...] | None = None,
) -> GeneratedQuestion:
    """ "the river" / "the company" / "the island" outside quotation marks named as the
    subject ("the Danube"), where ``nouns`` (by default its kind's; see
    ``descriptions.description_nouns``) hold the noun and neither the sentence nor the
    one before names another of that kind (then "the island" may be the other one, and
    the question stays as it is)."""
    nouns = DESCRIPTIONS.get(subject.type, ()) if nouns is None else nouns
    if not nouns or q.form == QuestionForm.QUOTE:
        return q
    pattern = re.compile(
        rf"\b[Tt]he ({'|'.join(nouns)})\b(?![-'’](?!s\b)| of\b|\s+(?:[A-Z]|___))"
    )  # "the company’s models" too
    the = subject.type in (RIVER, SEA) or bool(  # "the Danube", "the Black Sea"
        re.search(rf"\bthe {re.escape(subject.name)}\b", q.source, re.IGNORECASE)
    )
    name = ("the " if the else "") + _titled(subject, facts, nouns)
    quoted = [m.span() for m in QUOTED.finditer(q.prompt)]  # a gapped sentence's own quotations
    for found in pattern.finditer(q.prompt):
        if any(a < found.start() < b for a, b in quoted):
            continue
        if _another(q, subject, facts, found.group(1)):
            return q
        named = name[0].upper() + name[1:] if found.group()[0] == "T" else name
        return replace(q, prompt=q.prompt[: found.start()] + named + q.prompt[found.end() :])
    return q


def _another(q: GeneratedQuestion, subject: Entity, facts: list[Fact], noun: str) -> bool:
    """Whether the question's sentence or the one before names another thing "the
    ``noun``" may be: "Tarsil Island", "islands", or for the noun of the subject's kind
    ("the country") another actor of its type."""
    index = next((f.sentence.index for f in facts if f.sentence.text == q.source), None)
    near = {index, None if index is None else index - 1} - {None}
    texts = [q.source] + [f.sentence.text for f in facts if f.sentence.index in near]
    others = noun in DESCRIPTIONS.get(subject.type, ()) and any(
        f.kind == ACTOR and f.entity is not None and f.entity is not subject
        and f.type == subject.type and (f.sentence.index in near or f.sentence.text == q.source)
        for f in facts
    )  # fmt: skip
    plural = re.compile(rf"\b{noun}(?:s|es)\b", re.IGNORECASE)
    caps = noun.capitalize()  # "Hurricane Rita", "Tarsil Island"
    titled = re.compile(rf"\b{caps}\s+[A-Z]|\b[A-Z]\w*\s+{caps}\b")
    return others or any(plural.search(t) or titled.search(_unnamed(t, subject)) for t in texts)


def _titled(subject: Entity, facts: list[Fact], nouns: tuple[str, ...]) -> str:
    """The subject's name with the title the article gives it ("Hurricane Orla")."""
    texts = " ".join({f.sentence.text for f in facts if f.entity is subject})
    caps = "|".join(n.capitalize() for n in nouns)
    found = re.search(rf"\b(?:{caps}) {re.escape(subject.name)}\b", texts)
    return found.group() if found and not subject.name.startswith(found.group()) else subject.name


def _unnamed(text: str, subject: Entity) -> str:
    """``text`` without the subject's names (so "Hurricane Katrina" is not another storm)."""
    for n in sorted(subject.names(), key=len, reverse=True):
        text = text.replace(n, " ")
    return text


OPENING_ITS = re.compile(LEADS + r"(Its) ")
# What an article calls a body it named before: "the party", "the firm", "the bloc".
BODY_NOUNS = re.compile(
    r"\b([Tt]he) (party|firm|company|group|bloc|alliance|agency|organi[sz]ation|carmaker|"
    r"maker|airline|bank|union)\b(?![-'’](?!s\b)| of\b|\s+(?:[A-Z]|___))"
)


def named_for_body(q: GeneratedQuestion, fact: Fact, facts: list[Fact]) -> GeneratedQuestion:
    """ "the party" outside quotation marks named as the one organisation the sentence names
    before it, or else the one the sentence before names ("The Liberal Alliance urged a No
    vote. Its leader said the party would appeal." -> "the Liberal Alliance would appeal");
    left as it is (and refused by the checks) when that is not one organisation."""
    found = next(
        (m for m in BODY_NOUNS.finditer(q.prompt) if not _inside_quotes(q.prompt, m.start())),
        None,
    )
    if found is None:
        return _named_its(q, fact, facts)
    index, at = fact.sentence.index, fact.sentence.text.find(found.group())
    bodies = {id(f.entity): f.entity for f in facts if f.type == ORG and f.entity is not None}
    bodies = {k: b for k, b in bodies.items() if of_sort(found.group(2), b)}  # no union
    texts = {f.sentence.index: f.sentence.text for f in facts}
    own = _subject_text(fact.sentence, at + len(found.group()))  # "Brenner expects the
    # carmaker to ...": another body (but "X sent ..., according to the agency": X itself)
    bodies = {k: b for k, b in bodies.items() if not (own and _names_in(b, own))}
    here = [b for b in bodies.values() if _names_in(b, fact.sentence.text[: max(at, 0)])]
    before = [b for b in bodies.values() if _names_in(b, texts.get(index - 1, ""))]
    if not here:  # the sentence before: only the body it is about (its subject) counts
        subjects = {id(f.entity) for f in facts if f.sentence.index == index - 1 and _subject(f)}
        before = [b for b in before if id(b) in subjects]
    if len(here or before) != 1 or at < 0:
        return q
    body = (here or before)[0]
    written = " ".join(f.sentence.text for f in facts if f.entity is body)
    the = with_the(body, fact.sentence.text + " " + written)
    name = (found.group(1) + " " if the else "") + body.name
    if not the and found.group(1) == "The":
        name = body.name
    q = replace(q, prompt=q.prompt[: found.start()] + name + q.prompt[found.end() :])
    return _named_its(q, fact, facts)  # "Its leader ... said the party would": both named


def _subject_text(sentence: Sentence, end: int) -> str:
    """The words of the main clause's subject ("Brenner" of "Brenner expects ...") where
    the definite noun ending at ``end`` (a character of the sentence) is an argument of its
    verb: its object ("X bought the firm") or the subject of an infinitive under it ("X
    expects the carmaker to open"), which is never the subject itself; else ""."""
    span = sentence.span
    if span is None:
        return ""
    root = span.root
    noun = next((t for t in span if t.idx - span.start_char < end <= t.idx - span.start_char
                 + len(t.text)), None)  # fmt: skip
    if noun is None:
        return ""
    infinitive = (
        noun.dep_ == "nsubj"
        and noun.head.head.i == root.i
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in noun.head.children)
    )
    if not (noun.dep_ in ("dobj", "dative") and noun.head.i == root.i) and not infinitive:
        return ""
    subjects = [t for t in root.children if t.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return ""
    tok = subjects[0]
    return str(span.doc[tok.left_edge.i : tok.right_edge.i + 1].text)


def with_the(body: Entity, texts: str) -> bool:
    """Whether the body's name takes "the": the article writes it so more often than
    without ("the Norvell Systems board" once beside "Norvell Systems said" is no "the
    Norvell Systems"), or it ends in a word such as Party, Alliance or Programme ("The
    opposition Liberal Alliance"), never a firm's word ("Brenner Capital Partners")."""
    name = re.escape(body.name)
    the = len(re.findall(rf"\bthe {name}\b", texts, re.IGNORECASE))
    bare = len(re.findall(rf"(?<![\w-])(?<![Tt]he ){name}(?![\w-])", texts))
    if the:
        return the > bare
    words = body.name.split()
    return len(words) >= 2 and words[-1].casefold() in ORG_NAME_WORDS - FIRM_WORDS


def _named_its(q: GeneratedQuestion, fact: Fact, facts: list[Fact]) -> GeneratedQuestion:
    """An opening "Its" for the one organisation the sentence before is about ("The National
    Party called the budget reckless. Its finance spokesman, ___, said ..." -> "The National
    Party’s finance spokesman, ___, said ...")."""
    found = OPENING_ITS.search(q.prompt)
    if found is None or not fact.sentence.text.startswith("Its "):
        return q
    index = fact.sentence.index
    bodies = {
        id(f.entity): f.entity for f in facts
        if f.type == ORG and f.entity is not None and f.sentence.index == index - 1 and _subject(f)
    }  # fmt: skip
    if len(bodies) != 1:
        return q
    body = next(iter(bodies.values()))
    texts = " ".join(f.sentence.text for f in facts if f.entity is body)
    name = ("The " if with_the(body, texts) else "") + body.name + "’s"
    start, end = found.span(2)
    return replace(q, prompt=q.prompt[:start] + name + q.prompt[end:])


def _subject(fact: Fact) -> bool:
    """Whether the fact's mention is (the head of) its sentence's main subject."""
    tok = fact.token
    if tok is None:
        return False
    while tok.dep_ in ("compound", "appos", "flat") and tok.head.i != tok.i:
        tok = tok.head
    return bool(tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT")


def _names_in(entity: Entity, text: str) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text) for n in entity.names())


def _inside_quotes(prompt: str, at: int) -> bool:
    quoted = [m.span() for m in QUOTED.finditer(prompt)]
    return any(a < at < b for a, b in quoted)


ACCORDING = re.compile(r"^According to ([A-Z][\w'’-]+), ")


def named_in_full(q: GeneratedQuestion, entities: list[Entity]) -> GeneratedQuestion:
    """ "According to Mendez, ..." with the person's full name ("According to Carolina
    Mendez, ..."), when one person of the article has that surname."""
    found = ACCORDING.match(q.prompt)
    if found is None:
        return q
    full = [e.name for e in entities if e.type == PERSON and found.group(1) in e.aliases]
    if len(full) != 1 or full[0] == found.group(1):
        return q
    return replace(q, prompt=f"According to {full[0]}, " + q.prompt[found.end() :])
