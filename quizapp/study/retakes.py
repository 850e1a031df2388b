"""Answers taken back by undo, and what the same question may earn when it is asked again.

Undo asks a question again after its answer, and the right one, were on screen. So
that an undo cannot make a schedule better than the learner's memory:

- the time spent on the taken-back answer counts toward the new one (its timer goes on);
- after a wrong answer is taken back, a right one is rated at most Hard.

A flashcard's grade is the learner's own, given after seeing its back either way:
only its time goes on. Pure bookkeeping for one session (no Qt, no bank).
"""

from __future__ import annotations

from dataclasses import dataclass

from fsrs import Rating

# The best rating an answer may get once a wrong answer to the same question was taken back.
BEST_AFTER_WRONG = int(Rating.Hard)


@dataclass(frozen=True)
class Given:
    """One recorded answer of the session."""

    question_id: int
    correct: bool
    duration_ms: int


class Retakes:
    """The session's answers in order, and those taken back by undo (per question)."""

    def __init__(self) -> None:
        self._given: list[Given] = []
        self._undone: dict[int, Given] = {}

    def clear(self) -> None:
        """Forget everything (a new session)."""
        self._given.clear()
        self._undone.clear()

    def answered(self, question_id: int, *, correct: bool, duration_ms: int) -> None:
        """Note a recorded answer (its time already holding any taken-back answer's)."""
        self._given.append(Given(question_id, correct, duration_ms))
        self._undone.pop(question_id, None)

    def took_back(self) -> Given | None:
        """Note that the last recorded answer was undone; returns it (None: none noted)."""
        if not self._given:
            return None
        given = self._given.pop()
        self._undone[given.question_id] = given
        return given

    def duration(self, question_id: int, elapsed_ms: int) -> int:
        """The answer's time: ``elapsed_ms`` since it was shown, plus a taken-back answer's."""
        undone = self._undone.get(question_id)
        return elapsed_ms + (undone.duration_ms if undone else 0)

    def rating(self, question_id: int, rating: int) -> int:
        """``rating`` (1-4) of an auto-graded answer, at most Hard after a wrong one undone."""
        undone = self._undone.get(question_id)
        if undone is not None and not undone.correct:
            return min(rating, BEST_AFTER_WRONG)
        return rating
