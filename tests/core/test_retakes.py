"""An undone answer may not improve its retake: the timer goes on, and a wrong one caps it."""

from __future__ import annotations

from quizapp.study.retakes import BEST_AFTER_WRONG, Given, Retakes

AGAIN, HARD, GOOD, EASY = 1, 2, 3, 4


def test_a_right_answer_after_a_wrong_one_taken_back_is_at_most_hard() -> None:
    # Given question 7 answered wrong, then taken back
    retakes = Retakes()
    retakes.answered(7, correct=False, duration_ms=3000)
    assert retakes.took_back() is not None
    # Then a fast right answer is rated Hard, not Easy; a wrong one stays Again
    assert BEST_AFTER_WRONG == HARD
    assert retakes.rating(7, EASY) == HARD
    assert retakes.rating(7, AGAIN) == AGAIN
    # and another question is not touched
    assert retakes.rating(8, EASY) == EASY


def test_the_timer_goes_on_from_the_answer_taken_back() -> None:
    retakes = Retakes()
    retakes.answered(7, correct=True, duration_ms=9000)
    retakes.took_back()
    assert retakes.duration(7, 1000) == 10_000
    assert retakes.rating(7, GOOD) == GOOD  # a right answer taken back caps nothing
    # Once answered again, the retake is recorded with the whole time, and undoing it
    # again keeps counting from there
    retakes.answered(7, correct=True, duration_ms=10_000)
    assert retakes.duration(7, 500) == 500
    retakes.took_back()
    assert retakes.duration(7, 500) == 10_500


def test_undo_goes_back_last_first_and_remembers_each_question() -> None:
    retakes = Retakes()
    retakes.answered(1, correct=False, duration_ms=100)
    retakes.answered(2, correct=True, duration_ms=200)
    assert retakes.took_back() == Given(2, True, 200)
    assert retakes.took_back() == Given(1, False, 100)
    assert retakes.took_back() is None
    assert retakes.rating(1, EASY) == HARD and retakes.rating(2, EASY) == EASY
    retakes.clear()
    assert retakes.rating(1, EASY) == EASY and retakes.duration(1, 5) == 5
