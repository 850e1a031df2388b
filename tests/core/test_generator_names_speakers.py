"""Cut names, nicknames, speakers' choices and split clauses a blind judge rejected (issue
16); the texts are invented for these tests.

Before this change the generator cut a foreign body's name at its lower-case word though
the acronym after it has a letter for every word ("Ústřední správa" of "Ústřední správa
silnic (ÚSS)"), and at "and" ("Harbour Safety Board" of "the Coast and Harbour Safety
Board"); it named a body "Coastal Safety Board" in a question on what "the Northern Coastal
Safety Board" said; it asked "As whom was Pietro Varesi known?" with full names as choices
for a nickname; it offered a freight firm the model took for a person (that "said it had stopped")
among people, and
wrote one speaker with a title among bare names (the rule is tested on its function: the
small model now reads most such titles as roles); it glued a sentence's opening clause
"Set ..." to the end of a question, and split "move on to" in "To how many ... move on?".
"""

from __future__ import annotations

from quizapp.generator import generate
from quizapp.generator.choices.distractors import distractors
from quizapp.generator.choices.person_choices import bare_choices, bare_name
from quizapp.generator.forms.phrasing import wh_question
from quizapp.generator.pipeline import analyse
from quizapp.generator.synthesis import fact_questions

ROADS = (
    "Ústřední správa silnic (ÚSS), the agency that maintains the motorways, said the "
    "Radvan bridge would reopen in May. Investigators from the Coast and Harbour Safety "
    "Board are examining the barges."
)
BOARD = (
    "The Northern Coastal Safety Board (NCSB), a public body that inspects harbours, said it "
    "had recorded more than 400 accidents during the winter."
)
PAINTER = (
    "The painter trained in Lodi with Marco Bellandi, a local master, and later with Pietro "
    "Varesi, known as Il Ruffo. Bellandi taught many pupils. Varesi painted altars for Ercole "
    "Doria and Tommaso Grillo."
)
TRAINS = (
    "Court halts acid trains\n\n"
    "A court ordered the bulk shipper Norrvik Frakt to halt acid shipments through Vossby on "
    'Monday. In the ruling, Justice Helena Marsh wrote that "safety cannot wait for the next '
    'accident". Mayor Karl Ode said the town was relieved. "We asked for this for years," '
    "Karl Ode said. Norrvik Frakt said it had stopped all acid trains. Erik Strand, a union "
    "leader, said the drivers had done nothing wrong."
)
MATCH = (
    "Set 300 to win, Lena Dorsey batted for six hours and saved the match for Kelby. "
    "The two clubs now move on to four play-off games, starting in Harwick on Friday."
)


def _names(text: str) -> set[str]:
    return {e.name for e in analyse(text).entities}


def test_a_foreign_body_s_name_is_as_long_as_its_acronym_says() -> None:
    names = _names(ROADS)
    assert "Ústřední správa silnic" in names, names
    assert "Coast and Harbour Safety Board" in names, names


def test_a_reported_question_names_the_body_in_full() -> None:
    prompts = [q.prompt for q in generate(BOARD)]
    said = [p for p in prompts if "Safety Board" in p]
    assert said and all("Northern Coastal Safety Board" in p for p in said), prompts


def test_a_nickname_is_asked_by_what_name_typed_and_never_a_choice() -> None:
    analysis = analyse(PAINTER)
    nick = next(f for f in analysis.facts if f.answer == "Il Ruffo")
    prompts = [q.prompt for q in fact_questions(nick, analysis.facts)]
    assert "By what name was Pietro Varesi known?" in prompts, prompts
    assert not any(p.startswith("As whom") for p in prompts), prompts
    assert distractors(nick, analysis.facts) is None
    questions = generate(PAINTER, max_questions=20)
    assert not any("Il Ruffo" in (q.choices or []) for q in questions)


def test_a_firm_the_model_took_for_a_person_is_no_person_s_choice() -> None:
    questions = generate(TRAINS, max_questions=20)
    chosen = [c for q in questions for c in q.choices or []]
    assert "Norrvik Frakt" not in chosen, [(q.prompt, q.choices) for q in questions]
    assert any(q.prompt.startswith("Who said this") for q in questions)


def test_bare_names_keep_two_words_and_stay_apart() -> None:
    assert bare_name("Justice Ana Ruiz") == "Ana Ruiz"
    assert bare_name("Senator Ruiz") == "Senator Ruiz"
    assert bare_choices("Judge Ana Ruiz", ["Ana Ruiz", "Tom Bell", "Ida Vos"])[0] == (
        "Judge Ana Ruiz"
    )  # two choices would read alike: as they are


def test_an_opening_clause_and_a_phrasal_verb_are_not_split() -> None:
    by = {f.surface: f for f in analyse(MATCH).facts}
    assert "Set 300" not in (wh_question(by["Lena Dorsey"]) or "")  # a participle misread
    assert not (wh_question(by["four"]) or "").startswith("To how many")  # "move on to"
