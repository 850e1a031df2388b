"""Each generated question carries its form (set where it is built, never read back from its
wording), and the rules for "the prompt shows the article's sentence" hold for a multiple
choice on the gapped sentence as for a cloze."""

from __future__ import annotations

import pytest

from quizapp.generator import generate
from quizapp.generator.checks.checks import defects
from quizapp.generator.facts.facts import Entity, Fact, Sentence
from quizapp.generator.forms.acronyms import acronyms
from quizapp.generator.forms.role_questions import role_questions
from quizapp.generator.naming.parties import Parties, named_parties
from quizapp.generator.naming.pronouns import named_for_description, named_for_pronoun
from quizapp.generator.pipeline import _real_question, analyse
from quizapp.generator.synthesis import GeneratedQuestion, QuestionForm, fact_questions
from quizapp.questiondata import QuestionKind

TEXTS = [
    (
        "The Harbour Restoration Fund (HRF) was set up in Dunmore in 1987 to rebuild the old "
        "docks. Irish Transport Minister Moira Tallon said the work would take about twelve years. "
        '"We will not let the river take the town," Tallon told reporters in March 2019. The '
        "fund spent 48 million pounds on new sea walls between 1990 and 2004. In 2011 the "
        "council of Dunmore voted to extend the walls by 3 kilometres. Engineer Paul Grieve "
        "designed the northern gate, which opened in 1998 after a long delay."
    ),
    (
        "The Velka is a river in central Europe that flows for about 420 kilometres. It rises "
        "in the Borin Hills and reaches the sea near the port of Kessa. In 1872 a canal joined "
        "the Velka to the Marne basin. The historian Anna Kovac wrote in 1950 that the canal "
        '"changed the whole valley". About 60,000 people live in Kessa, which was founded in '
        "the 12th century. A flood in 1966 destroyed 300 houses along its lower course."
    ),
]


def _form_fits(q: GeneratedQuestion) -> bool:
    """What the question's kind, tags and prompt say its form must be."""
    gapped = q.form == QuestionForm.GAPPED
    if q.kind == QuestionKind.CLOZE and not gapped:
        return False
    if gapped != ("___" in q.prompt):  # only the gapped sentence shows a gap
        return False
    if (q.form == QuestionForm.QUOTE) != (q.fact_kind == "quote"):
        return False
    if (q.form == QuestionForm.ROLE) != ("roles" in q.tags):
        return False
    if (q.form == QuestionForm.ACRONYM) != ("acronyms" in q.tags):
        return False
    return gapped or q.prompt.endswith("?")


@pytest.mark.parametrize("text", TEXTS)
def test_every_generated_question_has_the_form_of_its_kind(text: str) -> None:
    questions = generate(text, max_questions=30)
    assert questions
    assert {q.form for q in questions} <= set(QuestionForm)
    for q in questions:
        assert _form_fits(q), (q.form, q.kind, q.prompt)
        assert _real_question(q) == (q.form != QuestionForm.GAPPED and q.kind != "cloze")


def test_the_form_is_not_in_the_json() -> None:
    q = generate(TEXTS[0], max_questions=5)[0]
    assert "form" not in q.to_json()


def _gapped_choice(prompt: str, answer: str = "Kessa") -> GeneratedQuestion:
    return GeneratedQuestion(
        QuestionKind.MULTIPLE_CHOICE, prompt, answer, "actor", "k", "s", "e",
        choices=[answer, "Borin", "Dunmore", "Marne"], form=QuestionForm.GAPPED,
    )  # fmt: skip


def test_a_gapped_choice_names_a_pronoun_outside_the_sentence_s_quotations_only() -> None:
    anna = Entity("Anna Kovac", "person")
    plain = _gapped_choice("She moved to ___ after the war.")
    assert named_for_pronoun(plain, anna, "she").prompt == "Anna Kovac moved to ___ after the war."
    for said in (
        '"She will stay," her brother said in ___.',
        "“She will stay,” her brother said in ___.",
    ):
        q = _gapped_choice(said)
        named = named_for_pronoun(q, anna, "she").prompt
        assert named.startswith(said[:16]), named  # her words as quoted stay


def test_a_gapped_choice_names_a_description_outside_quotations_only() -> None:
    velka = Entity("Velka", "river")
    facts: list[Fact] = []
    outside = _gapped_choice("The river reaches the sea near ___.")
    assert named_for_description(outside, velka, facts).prompt.startswith("The Velka reaches")
    inside = _gapped_choice("“The river is our road,” the mayor of ___ said.")
    assert named_for_description(inside, velka, facts).prompt == inside.prompt


def test_a_gapped_choice_names_the_parties_outside_quotations_only() -> None:
    parties = Parties("both sides", "Dunmore and Kessa")
    outside = _gapped_choice("Both sides signed the treaty in ___.", "1872")
    assert named_parties(outside, parties).prompt.startswith("Dunmore and Kessa signed")
    inside = _gapped_choice("“Both sides gained,” the envoy said in ___.", "1872")
    assert named_parties(inside, parties).prompt == inside.prompt


def test_a_quotation_s_reference_inside_a_gapped_choice_does_not_dangle() -> None:
    text = "In 1998 engineer Paul Grieve told the council that “the latter’s wall will hold”."
    f = Fact("date", "year", "1998", Sentence(0, text, None, 0, True), 3, 7)
    inside = _gapped_choice(text.replace("1998", "___"), "1998")
    assert "not self-contained" not in defects(inside, f)
    outside = _gapped_choice(
        inside.prompt.replace("“the latter’s wall will hold”", "the latter’s wall held")
    )
    assert "not self-contained" in defects(outside, f)


def test_a_gapped_choice_is_held_to_the_gap_rules() -> None:
    text = "Storms struck in 1998."
    f = Fact("date", "year", "1998", Sentence(0, text, None, 0, True), 16, 20)
    short = _gapped_choice("Storms struck in ___.", "1998")
    assert "a gap in too short a sentence" in defects(short, f)
    asked = GeneratedQuestion(
        QuestionKind.MULTIPLE_CHOICE, "In which year did storms strike?", "1998", "date", "k",
        "s", "e", choices=["1998", "1997", "1996", "2001"],
    )  # fmt: skip
    assert asked.form == QuestionForm.WH
    assert "a gap in too short a sentence" not in defects(asked, f)


@pytest.mark.parametrize("text", TEXTS)
def test_every_candidate_built_has_the_form_of_its_kind(text: str) -> None:
    a = analyse(text)
    built = [q for f in a.facts for q in fact_questions(f, a.facts)]
    built += acronyms(a.entities, a.facts)
    built += [q for q, _fact in role_questions(a.entities, a.facts)]
    forms = {q.form for q in built}
    assert {QuestionForm.WH, QuestionForm.GAPPED} <= forms
    if text is TEXTS[0]:  # a quote, an acronym and a named role
        assert {QuestionForm.QUOTE, QuestionForm.ACRONYM, QuestionForm.ROLE} <= forms
    for q in built:
        assert _form_fits(q), (q.form, q.kind, q.prompt)
