"""A typed answer compared with its key, character by character (no Qt)."""

from __future__ import annotations

from quizapp.questiondata import QuestionData
from quizapp.study.answer_diff import (
    AnswerDiff,
    Mark,
    Span,
    accepted_note,
    closest_key,
    compare,
    typed_diff,
)


def marks(spans: tuple[Span, ...]) -> list[tuple[str, str]]:
    return [(s.mark.value, s.text) for s in spans]


def test_one_wrong_letter_is_marked_in_both_lines() -> None:
    diff = compare("Pariz", "Paris")
    assert marks(diff.given) == [("same", "Pari"), ("wrong", "z")]
    assert marks(diff.expected) == [("same", "Pari"), ("missing", "s")]


def test_a_letter_left_out_shows_where_it_goes() -> None:
    diff = compare("Pars", "Paris")
    assert marks(diff.given) == [("same", "Pa"), ("missing", "r"), ("same", "is")] or marks(
        diff.given
    ) == [("same", "Par"), ("missing", "i"), ("same", "s")]
    assert [s.mark for s in diff.expected].count(Mark.MISSING) == 1


def test_an_extra_letter_is_wrong_and_the_key_misses_nothing() -> None:
    diff = compare("Parris", "Paris")
    assert [s.mark for s in diff.given].count(Mark.WRONG) == 1
    assert all(s.mark is Mark.SAME for s in diff.expected)
    assert "".join(s.text for s in diff.expected) == "Paris"


def test_case_and_accents_are_not_differences_but_the_text_is_kept() -> None:
    diff = compare("zurich", "Zürich")
    assert not diff.differs
    assert "".join(s.text for s in diff.given) == "zurich"
    assert "".join(s.text for s in diff.expected) == "Zürich"


def test_every_character_of_both_texts_is_in_its_line() -> None:
    given, key = "Smyth & <b>Sons</b>", "Smith and Sons"
    diff = compare(given, key)
    typed = "".join(s.text for s in diff.given if s.mark is not Mark.MISSING)
    assert typed == given
    assert "".join(s.text for s in diff.expected) == key


def test_closest_key_among_accepted_answers() -> None:
    assert closest_key("Bombai", ["Mumbai", "Bombay"]) == "Bombay"
    assert closest_key("x", []) == ""


def question(kind: str, answer: str, accepted: list[str] | None = None) -> QuestionData:
    return QuestionData(uid="q", kind=kind, prompt="?", answer=answer, accepted=accepted or [])


def test_typed_diff_for_typed_kinds_only() -> None:
    assert isinstance(
        typed_diff(question("short_answer", "Paris"), "Pariz", correct=False), AnswerDiff
    )
    assert isinstance(typed_diff(question("cloze", "Black"), "Blak", correct=False), AnswerDiff)
    assert typed_diff(question("multiple_choice", "Paris"), "Lyon", correct=False) is None
    assert typed_diff(question("ordering", ""), ["a", "b"], correct=False) is None


def test_typed_diff_says_nothing_when_it_would_tell_nothing() -> None:
    assert typed_diff(question("short_answer", "Paris"), "  ", correct=False) is None
    assert typed_diff(question("short_answer", "Paris"), "paris", correct=True) is None
    # a right number written another way is not marked; a wrong one is
    assert typed_diff(question("numeric", "120000"), "120 000", correct=True) is None
    wrong = typed_diff(question("numeric", "1995"), "1994", correct=False)
    assert wrong is not None and marks(wrong.expected) == [("same", "199"), ("missing", "5")]


def test_typed_diff_compares_with_the_nearest_accepted_answer() -> None:
    q = question("short_answer", "Mumbai", ["Bombay"])
    diff = typed_diff(q, "Bombai", correct=False)
    assert diff is not None
    assert "".join(s.text for s in diff.expected) == "Bombay"


def test_a_right_answer_is_never_marked_as_errors_but_named_exactly() -> None:
    # the try-out's: "12%" for "12 percent" and "May 2, 1937" for "2 May 1937", both right
    percent = question("cloze", "12 percent", ["12"])
    date = question("cloze", "2 May 1937")
    typo = question("cloze", "Paris")
    for q, typed in ((percent, "12%"), (date, "May 2, 1937"), (typo, "Pariz")):
        assert typed_diff(q, typed, correct=True) is None
        note = accepted_note(q, typed, correct=True, note="")
        assert note == f"accepted: the exact answer is {q.answer}"
    # the grading's own note stays; the key itself, or it but for case, needs none
    assert accepted_note(percent, "12", correct=True, note="accepted as 12") == "accepted as 12"
    assert accepted_note(date, "2 may 1937", correct=True, note="") == ""
    assert accepted_note(date, "1937", correct=False, note="") == ""
