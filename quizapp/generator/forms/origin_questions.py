"""Questions on where a person comes from, where an aside says so: "Kowalczyk, the world
number one from Poland, had won ..." -> "Which country is Anna Kowalczyk from?".

The country is asked only where the aside set off after the person's name ("X, the ...
from Y") holds it after "from", the person's name is sure and the country is one the
gazetteer knows; the person is named in full. The tense is the article's: "is" where it
tells anything in the present ("She is the first ...") or is a report of our times, "was"
in a history (a report on 1966).
The choices are other countries, as for any country question.
"""

from __future__ import annotations

from quizapp.generator.choices.distractors import distractors
from quizapp.generator.facts.facts import ACTOR, COUNTRY, PERSON, YEAR, Fact
from quizapp.generator.facts.gazetteer import gazetteer
from quizapp.generator.synthesis import GeneratedQuestion, QuestionForm
from quizapp.questiondata import QuestionKind

PRESENT = ("VBZ", "VBP")
HISTORY = 1980  # an article whose years lie before it tells history: "was"


def origin_questions(facts: list[Fact]) -> list[tuple[GeneratedQuestion, Fact]]:
    """One question per person whose country an aside gives, with the country's fact."""
    out = []
    asked: set[int] = set()
    for fact in facts:
        person = _person_from(fact, facts)
        if person is None or person.entity is None or id(person.entity) in asked:
            continue
        asked.add(id(person.entity))
        verb = "is" if _present(facts) else "was"
        prompt = f"Which country {verb} {person.entity.name} from?"
        explain = f"The article says: “{fact.sentence.text}”"
        wrong = distractors(fact, facts, full=True)
        kind = QuestionKind.MULTIPLE_CHOICE if wrong is not None else QuestionKind.SHORT_ANSWER
        q = GeneratedQuestion(
            kind=kind,
            prompt=prompt,
            answer=fact.answer,
            fact_kind=fact.kind,
            fact_key=fact.key,
            source=fact.sentence.text,
            explanation=explain,
            choices=sorted([fact.answer, *wrong]) if wrong is not None else None,
            fine_type=fact.type,
            tags=["actors", fact.type],
            form=QuestionForm.WH,
        )
        out.append((q, fact))
    return out


def _person_from(fact: Fact, facts: list[Fact]) -> Fact | None:
    """The fact of the person whose aside ("X, the world number one from Poland") says
    ``fact`` is their country, or None."""
    tok = fact.token
    if fact.kind != ACTOR or fact.type != COUNTRY or tok is None or tok.dep_ != "pobj":
        return None
    place = gazetteer().lookup(fact.answer)
    prep = tok.head
    if place is None or place.type != COUNTRY or prep.lower_ != "from" or prep.dep_ != "prep":
        return None
    aside = prep.head
    doc = tok.doc
    if aside.dep_ != "appos" or aside.pos_ != "NOUN" or doc[aside.left_edge.i - 1].text != ",":
        return None
    return next(
        (
            f for f in facts
            if f.kind == ACTOR and f.type == PERSON and f.token is not None
            and f.token.i == aside.head.i and f.token.doc is doc
            and f.entity is not None and f.entity.sure and " " in f.entity.name
        ),
        None,
    )  # fmt: skip


def _present(facts: list[Fact]) -> bool:
    """Whether the article tells anything in the present tense (a main verb), or is a report
    of our times (the middle of its years is no older than :data:`HISTORY`)."""
    sentences = {id(f.sentence): f.sentence for f in facts}.values()
    if any(s.span.root.tag_ in PRESENT for s in sentences):
        return True
    years = sorted(int(f.value) for f in facts if f.type == YEAR and isinstance(f.value, int))
    return not years or years[len(years) // 2] >= HISTORY
