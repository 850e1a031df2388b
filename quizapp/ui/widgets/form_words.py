"""The question form's problems in a teacher's words.

:func:`quizapp.questiondata.problems` names a set file's fields and kinds ("a
short_answer question needs an answer"), which is right for the file; the form
speaks of what the teacher sees on the screen.
"""

from __future__ import annotations

from quizapp.questiondata import QuestionKind

NEEDS_ANSWER = {
    QuestionKind.MULTIPLE_CHOICE: "pick the right choice",
    QuestionKind.NUMERIC: "type the right number",
    QuestionKind.FLASHCARD: "type the back of the card",
}
AT_LEAST_TWO = {
    QuestionKind.MULTIPLE_CHOICE: "give at least 2 choices, one per line",
    QuestionKind.ORDERING: "give at least 2 items, one per line, in the right order",
    QuestionKind.MATCHING: "give at least 2 pairs, one per line: left = right",
}


def teacher_words(kind: QuestionKind, field: str, message: str) -> str | None:
    """A problem in a teacher's words (None: not the teacher's to fix)."""
    if field == "id":
        return None  # the form gives every question its id
    if message == "the prompt is empty":
        return (
            "type the front of the card" if kind == QuestionKind.FLASHCARD else "type the question"
        )
    if message.endswith("question needs an answer"):
        return NEEDS_ANSWER.get(kind, "type the right answer")
    if "needs at least 2" in message:
        return AT_LEAST_TWO.get(kind, message)
    if message.startswith("a numeric answer must be a number"):
        return message.replace("a numeric answer", "the answer", 1)
    if message == "a numeric answer must be a finite number":
        return "the answer is too big"
    if message.startswith("a cloze prompt needs a gap"):
        return "mark the gap in the sentence with ___ (three underscores)"
    return message
