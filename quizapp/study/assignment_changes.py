"""What changing an assignment does to the results learners already have, in words.

An assignment's results are judged by its settings as they are now: a new pass
mark judges earlier quizzes again, and a new length leaves the earlier quizzes
(of the old length) counting. Before a teacher changes either, the Assign dialog
asks and ``quizapp class assign`` says so.
"""

from __future__ import annotations

from quizapp.study.assignments import AssignmentInfo, ClassWork


def with_results(work: list[ClassWork]) -> dict[int, int]:
    """Per assigned set's id, how many learners finished at least one quiz of it."""
    return {each.assignment.set_id: sum(1 for w in each.work if w.attempts) for each in work}


def _mark(pass_mark: int | None) -> str:
    return "none" if pass_mark is None else f"{pass_mark}%"


def change_note(
    old: AssignmentInfo, quiz_length: int | None, pass_mark: int | None, with_results: int
) -> str:
    """What changing ``old`` to this length and pass mark does to earlier results ("" nothing)."""
    if not with_results:
        return ""
    who = f"{with_results} learner{'s' if with_results != 1 else ''}"
    parts = []
    if pass_mark != old.pass_mark:
        parts.append(
            f"they will be judged by the new pass mark ({_mark(old.pass_mark)} → "
            f"{_mark(pass_mark)}), so passed or not may change"
        )
    if quiz_length != old.quiz_length:
        parts.append(f"their quizzes of {old.length} questions still count as taken")
    if not parts:
        return ""
    return (
        f"{who} already {'have' if with_results != 1 else 'has'} results: " + "; ".join(parts) + "."
    )
