"""What Learn mode asks: each kind's forms, multiple choices built from the set's other answers."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

from quizapp.content import sets
from quizapp.formats import quizset
from quizapp.questiondata import FactKind, QuestionData, QuestionKind
from quizapp.startup import open_app_bank
from quizapp.study import grading, learners
from quizapp.study.learn import Form, Ladder
from quizapp.study.learn_forms import asked, distractors, ladder_of, ladders, load_questions

K = QuestionKind
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def q(uid: str, kind: K, answer: str, fact: FactKind | None = None, **more: object) -> QuestionData:
    return QuestionData(uid, kind, f"Prompt {uid} ___?", answer, fact_kind=fact, **more)  # type: ignore[arg-type]


POOL = [
    q("capital", K.SHORT_ANSWER, "Paris", FactKind.ACTOR, accepted=["Paris, France"]),
    q("city2", K.SHORT_ANSWER, "Lyon", FactKind.ACTOR),
    q("city3", K.CLOZE, "Marseille", FactKind.ACTOR),
    q("year", K.SHORT_ANSWER, "1969", FactKind.DATE),
    q("year2", K.MULTIPLE_CHOICE, "1972", FactKind.DATE, choices=["1969", "1972"]),
    q("year3", K.CLOZE, "1989", FactKind.DATE),
    q("pars", K.SHORT_ANSWER, "paris", FactKind.ACTOR),  # the same answer as 'capital'
    q("days", K.NUMERIC, "366", tolerance=0),
    q("card", K.FLASHCARD, "A long back of a flashcard that no one would want to type in full"),
    q("card2", K.FLASHCARD, "Another back"),
    q("card3", K.FLASHCARD, "A third back"),
    q("tf", K.TRUE_FALSE, "true"),
    q("card4", K.FLASHCARD, "A fourth back"),
]


def test_a_typed_question_starts_as_multiple_choice_of_other_answers_then_is_typed() -> None:
    capital = POOL[0]
    assert ladder_of(capital, POOL) == Ladder(Form.CHOICE, Form.TYPED)
    shown = asked(capital, Form.CHOICE, POOL, random.Random(1))
    assert shown.kind is K.MULTIPLE_CHOICE and shown.prompt == capital.prompt
    options = shown.choices or []
    # the answer and the other places only (no date for a place), no second Paris
    assert sorted(options) == ["Lyon", "Marseille", "Paris"]
    assert grading.check_answer(shown, "Paris").correct
    assert not grading.check_answer(shown, "Lyon").correct
    # typed, it is the question itself, graded with its accepted forms
    typed = asked(capital, Form.TYPED, POOL, random.Random(1))
    assert typed is capital and grading.check_answer(typed, "Paris, France").correct


def test_wrong_options_are_never_an_answer_the_grading_accepts() -> None:
    found = [text for text, _same in distractors(POOL[0], POOL)]
    assert "paris" not in found and "Paris" not in found
    assert all(not grading.check_answer(POOL[0], text).correct for text in found)


def test_a_date_gets_dates_only() -> None:
    year = POOL[3]
    closeness = dict(distractors(year, POOL))
    assert closeness["1972"] == closeness["1989"] == 2  # dates; 1972 is no short answer
    assert "Lyon" not in closeness and "Marseille" not in closeness  # no place for a date
    for seed in range(5):
        options = asked(year, Form.CHOICE, POOL, random.Random(seed)).choices or []
        assert {"1969", "1972", "1989"} <= set(options)
        assert all(1900 < int(option) < 2000 for option in options)


def test_a_multiple_choice_question_is_asked_with_its_own_options_then_typed() -> None:
    mc = POOL[4]
    assert ladder_of(mc, POOL) == Ladder(Form.CHOICE, Form.TYPED)
    assert asked(mc, Form.CHOICE, POOL, random.Random(0)) is mc
    typed = asked(mc, Form.TYPED, POOL, random.Random(0))
    assert typed.kind is K.SHORT_ANSWER and typed.choices is None
    assert grading.check_answer(typed, "1972").correct


def test_asked_typed_a_question_takes_the_other_names_the_set_accepts_for_its_answer() -> None:
    # Given a multiple choice on a person (no accepted names of its own) and a short answer
    # elsewhere in the set on the same person, which accepts the surname
    chief = q("chief", K.MULTIPLE_CHOICE, "Jens Stoltenberg", FactKind.ACTOR,
              choices=["Jens Stoltenberg", "Ilham Aliyev", "Nikol Pashinyan"])  # fmt: skip
    said = q("said", K.SHORT_ANSWER, "Jens Stoltenberg", FactKind.ACTOR, accepted=["Stoltenberg"])
    pool = [chief, said, *POOL]
    # When Learn asks the multiple choice typed, Then the surname is right there too
    typed = asked(chief, Form.TYPED, pool, random.Random(0))
    assert grading.check_answer(typed, "Stoltenberg").correct
    assert not grading.check_answer(typed, "Aliyev").correct


def test_a_choice_that_points_at_its_options_or_a_long_answer_is_never_typed() -> None:
    pointing = q("which", K.MULTIPLE_CHOICE, "Mars", choices=["Mars", "Venus"])
    pointing.prompt = "Which of these planets is red?"
    long = q("long", K.MULTIPLE_CHOICE, "x " * 10, choices=["x " * 10, "y"])
    assert ladder_of(pointing, POOL) == Ladder(Form.CHOICE, Form.CHOICE)
    assert ladder_of(long, POOL) == Ladder(Form.CHOICE, Form.CHOICE)


def test_flashcards_choose_among_other_backs_then_type_or_turn_a_long_back() -> None:
    long_card, short_card = POOL[8], POOL[9]
    # the long back has no other sentence to stand among: it is turned at once
    assert ladder_of(long_card, POOL) == Ladder(Form.OWN, Form.OWN)
    assert ladder_of(short_card, POOL) == Ladder(Form.CHOICE, Form.TYPED)
    options = asked(short_card, Form.CHOICE, POOL, random.Random(0)).choices or []
    assert sorted(options) == sorted(["Another back", "A third back", "A fourth back"])
    typed = asked(short_card, Form.TYPED, POOL, random.Random(0))
    assert typed.kind is K.SHORT_ANSWER and grading.check_answer(typed, "another back").correct
    assert asked(long_card, Form.OWN, POOL, random.Random(0)) is long_card


def test_a_number_without_other_numbers_gets_round_neighbours() -> None:
    days = POOL[7]
    assert ladder_of(days, POOL) == Ladder(Form.CHOICE, Form.TYPED)
    options = asked(days, Form.CHOICE, POOL, random.Random(0)).choices or []
    assert "366" in options and len(options) == 4 and len(set(options)) == 4
    others = [int(option) for option in options if option != "366"]
    assert all(122 <= n <= 1098 and n not in (183, 732) for n in others)  # not half or double
    near = q("near", K.NUMERIC, "10", tolerance=6)  # 5 and 15 are within its tolerance
    assert all(abs(float(t) - 10) > 6 for t, _s in distractors(near, [near]))


def test_kinds_without_a_harder_form_and_a_set_too_small_for_choices() -> None:
    assert ladder_of(POOL[11], POOL) == Ladder(Form.OWN, Form.OWN)
    alone = POOL[0]
    assert ladder_of(alone, [alone, POOL[1]]) == Ladder(Form.TYPED, Form.TYPED)


def test_load_questions_takes_the_set_in_order_without_held_ones(tmp_path: Path) -> None:
    from quizapp.study import flags

    bank = open_app_bank(tmp_path / "b.sqlite3")
    text = "format: quizapp-set/1\nname: S\nquestions:\n" + "".join(
        f"  - {{id: q{i}, kind: short_answer, prompt: P{i}, answer: A{i}}}\n" for i in range(4)
    )
    summary = sets.add_set(bank, quizset.loads(text))
    ada = learners.create_learner(bank, "Ada", timezone="UTC")
    found = load_questions(bank, ada.id, summary.id, now=NOW)
    assert [item.question.uid for item in found] == ["q0", "q1", "q2", "q3"]
    # Held cards are left out, as custom study and the review leave them out:
    # suspended ones, and buried ones until the day they come back
    flags.set_suspended(bank, ada.id, [found[1].question_id], True)
    back = flags.bury(bank, ada.id, [found[3].question_id], now=NOW)
    kept = load_questions(bank, ada.id, summary.id, now=NOW)
    assert [item.question.uid for item in kept] == ["q0", "q2"]
    assert list(ladders(kept)) == [item.question_id for item in kept]
    later = load_questions(bank, ada.id, summary.id, now=back + timedelta(minutes=1))
    assert [item.question.uid for item in later] == ["q0", "q2", "q3"]
    bank.close()
