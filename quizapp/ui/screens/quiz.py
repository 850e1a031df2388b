"""The quiz screen: its options, a scored run of questions, then the results and a retry.

Its three pages are :mod:`quiz_setup`, :mod:`quiz_questions` and :mod:`quiz_results`;
this screen runs the quiz through them. A time limit shows as a countdown on the
question page: when it runs out the quiz ends and is scored with the answers given.
In exam mode no feedback shows until the results.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from quizapp.content import sets
from quizapp.errors import QuizappError
from quizapp.questiondata import QuestionData, QuestionKind
from quizapp.settings import Settings
from quizapp.store.bank import Bank
from quizapp.study import assignments, grading, quiz, retakes
from quizapp.study.answering import Answer
from quizapp.study.assignments import AssignmentInfo
from quizapp.study.quiz_options import QuizOptions
from quizapp.ui.errors import answer_saved, show_error
from quizapp.ui.humanize import count
from quizapp.ui.screens.quiz_questions import QuizQuestions
from quizapp.ui.screens.quiz_results import QuizResults
from quizapp.ui.screens.quiz_setup import QuizSetup
from quizapp.ui.screens.review import GRADES, now_utc
from quizapp.ui.widgets.elided_label import ElidedLabel
from quizapp.ui.widgets.question_card import QuestionCard

COMPACT_HEIGHT = 480  # shorter, the results leave out the title and use body text


def quiz_title(
    set_title: str, *, assigned: bool = False, named: str = "", retry: bool = False
) -> str:
    """The screen's title: what is running, over which set (a retry says it is practice)."""
    if retry:
        return f"Retry (practice) · {set_title}"
    if named:
        return f"Quiz · {named} · {set_title}"
    return f"Quiz · {set_title}" + (" (assigned)" if assigned else "")


class QuizScreen(QWidget):
    """Asks for the quiz's options, runs the quiz, shows the score and what was missed."""

    finished = Signal()
    open_article = Signal(object, str)

    def __init__(
        self,
        bank: Bank,
        learner_id: int,
        set_id: int,
        title: str,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        teacher_gate: Callable[[], bool] | None = None,
        assigned: bool = False,
    ) -> None:
        """``title`` is the set's; ``assigned``: the quiz is an assignment's (said in the title).

        ``teacher_gate`` asks for the teacher passphrase before saving a named quiz.
        """
        super().__init__(parent)
        self.set_title = title
        self.assigned = assigned
        self.bank = bank
        self.learner_id = learner_id
        self.set_id = set_id
        self.settings = settings
        self.rng = random.Random()
        self.run: quiz.QuizRun | None = None
        self.missed: list[int] = []
        self.self_grading: int | None = None  # question awaiting 'I knew it' or not
        self.recorded: list[int] = []  # question ids answered in this run, in order (for undo)
        self.retakes = retakes.Retakes()  # what an undone answer leaves to its retake
        self.position = 0
        self.grade_buttons: list[QPushButton] = []  # a turned flashcard's grades
        self.timer = QElapsedTimer()  # time on the question showing
        self.options: QuizOptions | None = None  # of the running quiz (None: a retry)
        self.timed_out = False
        self.stop_box: QMessageBox | None = None  # the "Stop the quiz?" question, when open
        self.title = ElidedLabel(quiz_title(title, assigned=assigned))
        self.title.setProperty("role", "title")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.pages = QStackedWidget()
        self.question_page = QuizQuestions()
        self.question_page.next_requested.connect(self._on_next)
        self.question_page.stop_requested.connect(self._finish)
        self.question_page.undo_requested.connect(self.undo)
        self.counter, self.clock = self.question_page.counter, self.question_page.clock
        self.next_button = self.question_page.next_button
        self.undo_button = self.question_page.undo_button
        self.clock.time_up.connect(self._on_time_up)
        self.setup = QuizSetup(bank, set_id, settings, teacher_gate)
        self.setup.start_requested.connect(self._on_start_with)
        self.setup.cancelled.connect(self.finished.emit)
        self.size_box, self.start_button = self.setup.size_box, self.setup.start_button
        self.result_page = QuizResults()
        self.result_page.retry_requested.connect(self._on_retry)
        self.result_page.done.connect(self.finished.emit)
        self.results = self.result_page.results
        self.score_label = self.result_page.score_label
        self.retry_button = self.result_page.retry_button
        self.done_button = self.result_page.done_button
        self.pages.addWidget(self.setup)
        self.pages.addWidget(self.question_page)
        self.pages.addWidget(self.result_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self.title)
        layout.addWidget(self.pages, 1)

    @property
    def card(self) -> QuestionCard | None:
        """The question's card on show (the question page holds it)."""
        return self.question_page.card

    # --- flow ---------------------------------------------------------------------

    def begin(self) -> None:
        """Show the setup page with the size field focused."""
        self.pages.setCurrentIndex(0)
        self.setup.focus_first()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_results()

    def _fit_results(self) -> None:
        """A short window gives the results' table the room: no title, body-text score."""
        compact = self.height() < COMPACT_HEIGHT
        self.title.setVisible(not (compact and self.pages.currentIndex() == 2))
        self.result_page.set_compact(compact)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self._on_escape()
        elif self.self_grading is not None and event.text() in ("1", "2", "3", "4"):
            self._on_graded(self.self_grading, int(event.text()))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = QApplication.focusWidget()
            if isinstance(focused, QPushButton) and self.isAncestorOf(focused):
                focused.click()  # Enter presses the focused button, as Space does
            elif self.pages.currentIndex() == 0:
                self.setup.start()
            elif self.next_button.isVisible():
                self._on_next()
        else:
            super().keyPressEvent(event)

    def _on_escape(self) -> None:
        """Leave; during the questions, only after asking, and then with the score so far."""
        if self.pages.currentIndex() != 1 or self.run is None:
            self.finished.emit()
            return
        answered = len(self.recorded)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Stop the quiz?",
            f"Stop the quiz now? You answered {count(answered, 'question')} of "
            f"{len(self.run.items)}: they are kept and scored, the rest count as not answered.",
            parent=self,
        )
        stop = box.addButton("&Stop and see the score", QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton("&Keep going", QMessageBox.ButtonRole.RejectRole))
        self.stop_box = box
        box.exec()
        self.stop_box = None
        if self.pages.currentIndex() != 1:
            return  # the time ran out meanwhile: the results show
        if box.clickedButton() is stop:
            self._finish()
        else:
            self._refocus()

    def _refocus(self) -> None:
        """Focus where the next key goes: a grade, Next, or the answer input."""
        if self.self_grading is not None and self.grade_buttons:
            self.grade_buttons[2].setFocus()
        elif not self.next_button.isHidden():
            self.next_button.setFocus()
        elif self.card is not None:
            self.card.focus_input()

    def _on_start_with(self, options: QuizOptions) -> None:
        try:
            run = quiz.start_quiz(
                self.bank, self.learner_id, set_id=self.set_id, now=now_utc(), options=options
            )
        except QuizappError as exc:
            show_error(self, exc, "The quiz could not start")
            return
        self.options = options
        named = self.setup.chosen_named()
        self.title.setText(quiz_title(self.set_title, named=named.name if named else ""))
        self._run(run)
        if options.time_limit_s:
            self.clock.start(options.time_limit_s)

    def _on_time_up(self) -> None:
        """The time limit ran out: end the quiz and score the answers given."""
        if self.pages.currentIndex() != 1:
            self.clock.stop()
            return
        self.timed_out = True
        self._score_left_answer()
        if self.stop_box is not None:
            self.stop_box.reject()  # answered by the clock
        self._finish()

    def start_assigned(self, assignment: AssignmentInfo) -> bool:
        """Start the assignment's quiz at once (its length, recorded against it); whether it did."""
        try:  # its options (the results say passed or not by its mark) as the teacher left it
            run, self.options = assignments.start_assigned_quiz(
                self.bank, self.learner_id, assignment, now=now_utc()
            )
        except QuizappError as exc:
            show_error(self, exc, "Cannot start the assigned quiz")
            return False
        self._run(run)
        return True

    def _run(self, run: quiz.QuizRun) -> None:
        self.run = run
        self.position = 0
        self.recorded = []
        self.retakes.clear()
        self.timed_out = False
        self.clock.clear()
        self.pages.setCurrentIndex(1)
        self._fit_results()
        self._show_question()

    def _questions(self) -> list[tuple[int, QuestionData]]:
        assert self.run is not None
        return [(item.question_id, item.question) for item in self.run.items]

    def _show_question(self) -> None:
        questions = self._questions()
        if self.position >= len(questions):
            self._finish()
            return
        _qid, question = questions[self.position]
        card = QuestionCard(question, rng=self.rng)
        card.answered.connect(self._on_answered)
        card.open_article_requested.connect(self._on_open_article)
        self.question_page.show_card(card, self.position, len(questions))
        self.next_button.hide()
        self.undo_button.setEnabled(bool(self.recorded))
        self.self_grading = None
        card.focus_input()
        self.timer.start()

    def _on_answered(self) -> None:
        assert self.run is not None and self.card is not None
        question_id, question = self._questions()[self.position]
        response = self.card.response()
        if question.kind == QuestionKind.FLASHCARD:
            self.card.show_feedback(correct=None, expected=question.answer)
            self._add_self_grade(question_id)
            return
        verdict, answer = self._graded(question_id, question, response)
        if not self._save(question_id, answer):
            return  # not saved: the question stays, to answer again
        self.recorded.append(question_id)
        self.undo_button.setEnabled(True)
        if self.options is not None and self.options.exam:
            self._on_next()  # exam mode: no feedback until the results
            return
        stored = bool(question.source) and self.run.items[self.position].has_article
        self.card.show_feedback(
            correct=verdict.correct,
            expected=verdict.expected,
            note=verdict.note,
            has_article=stored,
        )
        self.next_button.show()
        self.next_button.setFocus()

    def _graded(
        self, question_id: int, question: QuestionData, response: object
    ) -> tuple[grading.Verdict, Answer]:
        """``response`` checked, and the answer to store: rated, never better after an undo."""
        elapsed = self.retakes.duration(question_id, int(self.timer.elapsed()))
        verdict = grading.check_answer(question, response)
        rating = grading.auto_rating(question.kind, verdict.correct, elapsed)
        rating = self.retakes.rating(question_id, rating)  # no better for an undo
        return verdict, Answer(rating, response, verdict.correct, elapsed, now_utc())

    def _score_left_answer(self) -> None:
        """At time-out, store the answer left in the input as if sent (see its ``pending``)."""
        if self.run is None or self.card is None or self.self_grading is not None:
            return
        question_id, question = self._questions()[self.position]  # the question showing
        response = self.card.input.pending()
        if response is None or question_id in self.recorded:
            return
        if self._save(question_id, self._graded(question_id, question, response)[1]):
            self.recorded.append(question_id)

    def _add_self_grade(self, question_id: int) -> None:
        """The four grades of a turned flashcard (keys 1-4, as in Review); Good has the focus."""
        assert self.card is not None
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        self.grade_buttons = []
        for rating, name in GRADES:
            button = QPushButton(f"{rating}  {name}")
            button.setToolTip(f"{name} (key {rating}); Again counts as missed")
            button.setAccessibleName(name)
            button.clicked.connect(lambda _=False, r=rating, q=question_id: self._on_graded(q, r))
            row_layout.addWidget(button)
            self.grade_buttons.append(button)
        row_layout.addStretch(1)
        self.card.add_footer(row)
        row.show()  # now, not on the next turn of the event loop: the focus goes into it
        self.self_grading = question_id
        self.grade_buttons[2].setFocus()

    def _on_graded(self, question_id: int, rating: int) -> None:
        assert self.run is not None
        elapsed = self.retakes.duration(question_id, int(self.timer.elapsed()))
        if not self._save(question_id, Answer(rating, "", rating > 1, elapsed, now_utc())):
            return
        self.self_grading = None
        self.recorded.append(question_id)
        self._on_next()

    def _save(self, question_id: int, answer: Answer) -> bool:
        """Store a quiz answer; False (after saying why) when the bank could not take it."""
        run = self.run
        assert run is not None
        if not answer_saved(
            self, lambda: quiz.record_quiz_answer(self.bank, run.attempt_id, question_id, answer)
        ):
            return False
        self.retakes.answered(question_id, correct=answer.correct, duration_ms=answer.duration_ms)
        return True

    def undo(self) -> None:
        """Take back this quiz's last answer and ask that question again."""
        if self.run is None or not self.recorded or self.pages.currentIndex() != 1:
            return
        expected = self.recorded.pop()
        self.retakes.took_back()
        if quiz.undo_quiz_answer(self.bank, self.run.attempt_id) != expected:
            self.recorded.clear()  # the bank's last answer is not this quiz's: keep it
            self.undo_button.setEnabled(False)
            return
        questions = self._questions()
        if questions[self.position][0] != expected:  # the answer was to the previous question
            self.position -= 1
        self._show_question()

    def _on_next(self) -> None:
        self.position += 1
        self._show_question()

    def _finish(self) -> None:
        if self.run is None:
            return
        self.clock.stop()
        self.self_grading = None
        result = quiz.finish_quiz(self.bank, self.run.attempt_id, now=now_utc())
        self.pages.setCurrentIndex(2)  # first: the answer columns fit the table's width
        self._fit_results()
        retry = self.run.retry_of is not None
        options = None if retry else self.options
        self.missed = self.result_page.show_result(
            result, options, timed_out=self.timed_out, retry=retry, assigned=self.assigned
        )

    def _on_retry(self) -> None:
        """The missed questions again, as practice: feedback shown and no time limit."""
        if self.run is None:
            return
        run = quiz.retry_missed(self.bank, self.run.attempt_id, now=now_utc())
        if run is not None:
            self.options = None
            self.title.setText(quiz_title(self.set_title, retry=True))
            self._run(run)

    def _on_open_article(self) -> None:
        if self.run is None:
            return
        question_id, question = self._questions()[self.position]
        article = sets.question_article(self.bank, question_id)
        if article is not None:
            self.open_article.emit(article, question.source or "")
