"""The quiz's results page: the score, passed or not, each answer with its time, a retry."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from quizapp.study import quiz
from quizapp.study.quiz_options import QuizOptions
from quizapp.ui.humanize import duration
from quizapp.ui.theme import app_is_dark, status_colours
from quizapp.ui.widgets.results_table import ResultsTable


def score_text(result: quiz.QuizResult) -> str:
    """The score line: of every question, or of those answered when the quiz was stopped."""
    took = f"in {duration(result.seconds)}"
    if result.answered < result.total:
        percent = round(100 * result.score / result.answered) if result.answered else 0
        return (
            f"You answered {result.answered} of {result.total} questions and got "
            f"<b>{result.score} right</b> ({percent}% of those answered) {took}."
        )
    percent = round(100 * result.score / result.total) if result.total else 0
    return f"You scored <b>{result.score} of {result.total}</b> ({percent}%) {took}."


def retry_note(*, assigned: bool) -> str:
    """What a retry of the missed questions counts for: nothing but practice."""
    if assigned:
        counts = "counts neither as a quiz nor for the assignment"
    else:
        counts = "does not count as a quiz"
    return f"Practice: a retry of the missed questions {counts}, and no card moved."


def verdict_text(
    result: quiz.QuizResult,
    options: QuizOptions | None,
    *,
    timed_out: bool,
    retry: bool = False,
    assigned: bool = False,
) -> str:
    """Passed or not against the pass mark (of every question asked), and why it ended;
    for a retry, that it is practice."""
    parts = [retry_note(assigned=assigned)] if retry else []
    if timed_out:
        parts.append("Time is up: the answers given were scored, the rest count as missed.")
    passed = options.passed(result.score, result.total) if options else None
    if passed is not None and options is not None:
        percent = round(100 * result.score / result.total) if result.total else 0
        mark = f"{percent}% of the {result.total} questions right; the pass mark is"
        word = "Passed" if passed else "Not passed"
        parts.append(f"{word}: {mark} {options.pass_mark}%.")
    return "\n".join(parts)


class QuizResults(QWidget):
    """Score, verdict, the answers' table, and Retry the missed ones / Done."""

    retry_requested = Signal()
    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.score_label = QLabel()
        self.score_label.setProperty("role", "prompt")
        self.score_label.setWordWrap(True)  # whole at 640 px
        self.verdict_label = QLabel()
        self.verdict_label.setProperty("role", "verdict")
        self.verdict_label.setTextFormat(Qt.TextFormat.PlainText)
        self.verdict_label.setWordWrap(True)
        self.results = ResultsTable()
        self.retry_button = QPushButton("&Retry the missed ones")
        self.retry_button.setProperty("primary", True)
        self.retry_button.setToolTip("Practise the missed questions again, with feedback")
        self.retry_button.clicked.connect(self.retry_requested.emit)
        self.done_button = QPushButton("&Done")
        self.done_button.setToolTip("Back to your sets (Esc)")
        self.done_button.clicked.connect(self.done.emit)
        row = QHBoxLayout()
        row.addWidget(self.retry_button)
        row.addStretch(1)
        row.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.score_label)
        layout.addWidget(self.verdict_label)
        layout.addWidget(self.results, 1)
        layout.addLayout(row)

    def set_compact(self, compact: bool) -> None:
        """In a short window, the score and verdict in body text: the table gets the room."""
        for label, role in ((self.score_label, "prompt"), (self.verdict_label, "verdict")):
            wanted = "" if compact else role
            if label.property("role") != wanted:
                label.setProperty("role", wanted)
                label.style().unpolish(label)
                label.style().polish(label)

    def show_result(
        self,
        result: quiz.QuizResult,
        options: QuizOptions | None,
        *,
        timed_out: bool,
        retry: bool = False,
        assigned: bool = False,
    ) -> list[int]:
        """Fill the page (already on screen, so the columns fit); the missed questions' ids.

        ``retry``: the result is a retry's, practice (of an assignment's quiz: ``assigned``).
        """
        self.score_label.setText(score_text(result))
        verdict = verdict_text(result, options, timed_out=timed_out, retry=retry, assigned=assigned)
        passed = options.passed(result.score, result.total) if options else None
        colours = status_colours(app_is_dark())
        colour = "" if passed is None else colours["right" if passed else "wrong"]
        look = "font-weight: 600;" + (f" color: {colour};" if colour else "")
        self.verdict_label.setStyleSheet(look)  # bold in body text too (a short window)
        self.verdict_label.setText(verdict)
        self.verdict_label.setVisible(bool(verdict))
        self.results.show_answers(result.answers)
        missed = result.missed
        self.retry_button.setEnabled(bool(missed))
        (self.retry_button if missed else self.done_button).setFocus()
        return missed
