"""Two or three headline facts of one sentence, each asked without showing the other (issue 16).

"In which year was X born in Visby?" and "In which place was X born in 1902?" show each
other's answer, so only one of them may be kept; leaner forms (a question or a cloze
without the other fact's date, place or partner) let both be asked."""

from __future__ import annotations

from quizapp.generator.forms.lean_clozes import _cut
from quizapp.generator.pipeline import analyse, questions_from
from quizapp.generator.synthesis import GeneratedQuestion, fact_questions
from quizapp.questiondata import QuestionKind

PAINTER = (
    "The painter Greta Lind was born in Visby in 1902. She studied in Paris and later taught "
    "drawing at a school for girls. Greta Lind died in Uppsala in 1977."
)
PRIZE = (
    "The chemists Eva Lund and Per Sand shared the Varga Prize with the physicist Anton Weiss "
    "in 1977."
)
SERUM = "The Swedish chemist Nils Ekholm tested the new serum in Lulea on 4 May 1931."


def _questions(text: str, answer: str) -> list[GeneratedQuestion]:
    a = analyse(text)
    fact = next(f for f in a.facts if f.answer == answer)
    return fact_questions(fact, a.facts)


def _prompts(text: str, answer: str, kind: QuestionKind | None = None) -> set[str]:
    return {q.prompt for q in _questions(text, answer) if kind is None or q.kind == kind}


def test_a_birth_and_a_death_are_asked_by_year_and_by_place() -> None:
    asked = {q.answer: q.prompt for q in questions_from(analyse(PAINTER), 10)}
    assert asked["1977"] == "In which year did Greta Lind die?"
    assert asked["Uppsala"] == "In which city did Greta Lind die?"
    assert "In which year was the painter Greta Lind born?" in _prompts(PAINTER, "1902")
    assert "In which place was the painter Greta Lind born?" in _prompts(PAINTER, "Visby")
    # not where another sentence tells of the act again
    text = (
        "The singer Olle Kvist retired in Malmo in 1990. He returned to the stage in 1994 "
        "and retired in Lund in 2001."
    )
    assert "In which year did Olle Kvist retire?" not in _prompts(text, "1990")


def test_a_partner_with_whom_a_named_prize_was_shared_is_left_out() -> None:
    assert (
        "In which year did the chemists Eva Lund and Per Sand share the Varga Prize?"
        in _prompts(PRIZE, "1977")
    )
    asked = {q.answer for q in questions_from(analyse(PRIZE), 10)}
    assert {"1977", "Anton Weiss"} <= asked
    # not where the verb has no object left: "In which year did Eva Lund work?"
    text = "The chemist Eva Lund worked with the physicist Anton Weiss in Uppsala in 1977."
    assert not any(p.endswith("Eva Lund work?") for p in _prompts(text, "1977"))


def test_a_cloze_is_offered_without_another_fact_s_place_or_date() -> None:
    prompts = _prompts(SERUM, "Nils Ekholm", QuestionKind.CLOZE)
    assert "The Swedish chemist ___ tested the new serum in Lulea." in prompts
    assert "The Swedish chemist ___ tested the new serum on 4 May 1931." in prompts
    # a phrase with the gap's own preposition stays: a place would fit "born in ___" as well
    prompts = _prompts(PAINTER, "1902", QuestionKind.CLOZE)
    assert "The painter Greta Lind was born in ___." not in prompts


def test_a_date_before_an_and_that_joins_two_verbs_may_be_left_out() -> None:
    text = "After years as a teacher, Clara Holm moved to Lund in 1920 and opened a bakery there."
    assert (
        "After years as a teacher, Clara Holm moved to ___ and opened a bakery there."
        in _prompts(text, "Lund", QuestionKind.CLOZE)
    )


def test_a_phrase_is_cut_with_one_of_its_commas() -> None:
    assert _cut("In 1921, the club of ___ was founded.", "In 1921") == (
        "The club of ___ was founded."
    )
    assert _cut("She was born in ___ in 1868, the daughter of a baker.", "in 1868") == (
        "She was born in ___, the daughter of a baker."
    )
    assert (
        _cut("Holm, in 1921, founded the club of ___.", "in 1921")
        == "Holm founded the club of ___."
    )


def test_a_passive_is_made_of_an_object_the_namer_names() -> None:
    text = (
        "The Sorve Delta is a maze of reed channels on the coast of Estonia. The Nordic Wetland "
        "Fund listed it as a protected wetland in 1994, and birds returned within a decade."
    )
    asked = {q.answer: q.prompt for q in questions_from(analyse(text), 10)}
    assert asked["1994"] == "In which year was the Sorve Delta listed as a protected wetland?"
    assert asked["Nordic Wetland Fund"] == (
        "Which organisation listed the Sorve Delta as a protected wetland?"
    )
