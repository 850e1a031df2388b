"""Learn mode's state machine: easy form first, hardest once right, misses come back, rounds."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import pytest

from quizapp.study.learn import TRIES_PER_ROUND, Form, Ladder, LearnSession, Progress, Stage

CHOICE_THEN_TYPED = Ladder(Form.CHOICE, Form.TYPED)
OWN_ONLY = Ladder(Form.OWN, Form.OWN)


def session(n: int, *, round_size: int = 7, ladder: Ladder = CHOICE_THEN_TYPED) -> LearnSession:
    return LearnSession({qid: ladder for qid in range(1, n + 1)}, round_size=round_size)


def answer_round(learn: LearnSession, correct: bool = True) -> list[tuple[int, Form]]:
    """Answer every question left in the round; returns what was asked, in order."""
    asked = []
    while (ask := learn.current()) is not None:
        asked.append((ask.question_id, ask.form))
        learn.record(correct)
    return asked


def test_a_question_right_as_multiple_choice_comes_back_typed_then_is_mastered() -> None:
    # Given a session of two questions
    learn = session(2)
    # When both are answered right in the first round
    assert answer_round(learn) == [(1, Form.CHOICE), (2, Form.CHOICE)]
    # Then both are familiar, the round is over and the session is not
    assert learn.progress() == Progress(familiar=2, mastered=0, total=2)
    assert learn.round_over and not learn.finished
    # And in the next round each is asked typed; right, it is mastered
    learn.next_round()
    assert learn.round_number == 2
    assert learn.current() is not None and learn.current().form is Form.TYPED  # type: ignore[union-attr]
    assert learn.record(True) is Stage.MASTERED
    assert learn.progress() == Progress(familiar=1, mastered=1, total=2)
    learn.record(True)
    assert learn.finished and not learn.round_over and learn.current() is None


def test_a_wrong_answer_keeps_the_stage_and_comes_back_later_in_the_round() -> None:
    learn = session(3)
    # Given question 1 missed first
    assert learn.record(False) is Stage.NEW
    # Then 2 and 3 come first, then 1 again, still as multiple choice
    asked = answer_round(learn)
    assert asked == [(2, Form.CHOICE), (3, Form.CHOICE), (1, Form.CHOICE)]
    summary = learn.round_summary()
    assert summary.questions == (1, 2, 3)
    assert (summary.right_first_time, summary.answers) == (2, 4)
    assert learn.stage(1) is Stage.FAMILIAR


def test_a_question_missed_twice_in_a_round_waits_for_the_next() -> None:
    learn = session(1)
    for _ in range(TRIES_PER_ROUND):
        learn.record(False)
    # Then the round ends without it being right, and the next round asks it first
    assert learn.round_over and learn.stage(1) is Stage.NEW
    learn.next_round()
    assert learn.current() is not None and learn.current().question_id == 1  # type: ignore[union-attr]


def test_a_missed_typed_answer_stays_familiar_and_is_asked_typed_again() -> None:
    learn = session(1)
    learn.record(True)
    learn.next_round()
    assert learn.record(False) is Stage.FAMILIAR
    ask = learn.current()
    assert ask is not None and (ask.question_id, ask.form) == (1, Form.TYPED)


def test_a_typed_answer_missed_then_right_in_the_same_round_is_only_familiar_again() -> None:
    # Given two familiar questions, asked typed in round 2
    learn = session(2)
    answer_round(learn)
    learn.next_round()
    # When 1 is missed (the feedback shows its key), then right when it comes back this round
    assert learn.record(False) is Stage.FAMILIAR
    assert learn.record(True) is Stage.MASTERED  # 2, right at once
    assert learn.current() is not None and learn.current().question_id == 1  # type: ignore[union-attr]
    assert learn.record(True) is Stage.FAMILIAR
    # Then it is not mastered: familiar again, and the next round asks it typed
    assert learn.familiar_again(1) and not learn.familiar_again(2)
    assert learn.progress() == Progress(familiar=1, mastered=1, total=2)
    assert learn.round_over
    learn.next_round()
    assert not learn.familiar_again(1)
    assert learn.current() == learn.current().__class__(1, Form.TYPED)  # type: ignore[union-attr]
    # And right in that later round, it is mastered
    assert learn.record(True) is Stage.MASTERED and learn.finished


def test_rounds_take_started_questions_first_then_new_ones() -> None:
    # Given ten questions in rounds of four
    learn = session(10, round_size=4)
    assert [q for q, _f in answer_round(learn)] == [1, 2, 3, 4]
    # When the first round is done (all familiar)
    learn.next_round()
    # Then the next round masters those four, typed, before taking new ones
    assert answer_round(learn) == [(q, Form.TYPED) for q in (1, 2, 3, 4)]
    learn.next_round()
    assert [q for q, _f in answer_round(learn)] == [5, 6, 7, 8]
    # And a round with room left fills up with new questions after the started ones
    learn.next_round()
    assert [q for q, _f in answer_round(learn, correct=False)][:4] == [5, 6, 7, 8]


def test_a_round_mixes_started_and_new_questions_when_few_are_started() -> None:
    learn = session(5, round_size=3)
    learn.record(True)  # 1 familiar
    learn.record(False)  # 2 missed, asked again at the end
    learn.record(True)  # 3 familiar
    learn.record(True)  # 2 right the second time
    learn.next_round()
    assert [q for q, _f in answer_round(learn)] == [1, 2, 3]
    learn.next_round()
    assert [q for q, _f in answer_round(learn)] == [4, 5]


def test_a_question_with_one_form_is_mastered_when_right_twice() -> None:
    learn = session(1, ladder=OWN_ONLY)
    assert learn.current() is not None and learn.current().form is Form.OWN  # type: ignore[union-attr]
    assert learn.record(True) is Stage.FAMILIAR
    learn.next_round()
    assert learn.current() is not None and learn.current().form is Form.OWN  # type: ignore[union-attr]
    assert learn.record(True) is Stage.MASTERED
    assert learn.finished


def test_every_question_is_mastered_in_the_end_whatever_is_missed() -> None:
    # Given a learner who misses every third answer (one who misses every question's
    # first typed ask in each round never masters it: a right retry may copy the key)
    learn = session(9, round_size=4)
    given = 0
    while not learn.finished:
        if learn.round_over:
            learn.next_round()
        learn.record(given % 3 != 2)
        given += 1
        assert given < 200, "the session ends"
    assert learn.progress() == Progress(familiar=0, mastered=9, total=9)
    assert learn.answers == given


def test_undo_asks_the_same_question_again_as_it_was() -> None:
    learn = session(2)
    learn.record(False)
    assert learn.can_undo
    ask = learn.undo()
    assert (ask.question_id, ask.form) == (1, Form.CHOICE)
    assert learn.answers == 0 and learn.round_left == 2 and not learn.can_undo


def test_overrule_turns_the_last_wrong_answer_right() -> None:
    learn = session(2)
    answer_round(learn)
    learn.next_round()
    learn.record(False)  # 1 typed, missed: asked again later in the round
    assert learn.overrule() is Stage.MASTERED
    assert [q for q, _f in answer_round(learn)] == [2]  # 1 is not asked again
    assert learn.right_first_time == 4 and learn.answers == 4


def test_a_finished_round_is_not_taken_back_and_rounds_follow_in_order() -> None:
    learn = session(2)
    answer_round(learn)
    learn.next_round()
    assert not learn.can_undo
    with pytest.raises(ValueError, match="not over"):
        learn.next_round()
    answer_round(learn)
    with pytest.raises(ValueError, match="all mastered"):
        learn.next_round()
    with pytest.raises(ValueError, match="no question"):
        learn.record(True)


def test_an_empty_set_or_round_is_refused() -> None:
    with pytest.raises(ValueError, match="at least one question"):
        LearnSession({})
    with pytest.raises(ValueError, match="at least one question"):
        session(1, round_size=0)


class CountingLadders(Mapping[int, Ladder]):
    """Ladders that note which were read (a big set works each out when first needed)."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.read: list[int] = []

    def __getitem__(self, question_id: int) -> Ladder:
        self.read.append(question_id)
        return CHOICE_THEN_TYPED

    def __iter__(self) -> Iterator[int]:
        return iter(range(1, self.total + 1))

    def __len__(self) -> int:
        return self.total


def test_a_ladder_is_read_only_when_its_question_is_asked() -> None:
    ladders = CountingLadders(10_000)
    learn = LearnSession(ladders, round_size=3)
    assert ladders.read == [] and learn.progress().total == 10_000
    answer_round(learn)
    assert set(ladders.read) == {1, 2, 3}
