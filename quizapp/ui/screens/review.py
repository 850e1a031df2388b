"""The review screen: due cards one by one, graded and scheduled with FSRS."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from quizapp.content import sets
from quizapp.questiondata import QuestionKind
from quizapp.store.bank import Bank
from quizapp.study import answer_once, grading, retakes, review_queue
from quizapp.ui.errors import answer_saved
from quizapp.ui.humanize import count, interval
from quizapp.ui.review_marks import MARK_KEYS, add_alt_keys, mark_question
from quizapp.ui.screens.review_done import done_text
from quizapp.ui.screens.review_next import PREPARE_AFTER_MS, NextInput, settle_startup_objects
from quizapp.ui.session import Session
from quizapp.ui.widgets.grade_bar import GRADES as GRADES  # quiz and custom review use it
from quizapp.ui.widgets.grade_bar import GradeBar
from quizapp.ui.widgets.question_card import QuestionCard
from quizapp.ui.widgets.review_header import ReviewHeader

MORE_NEW_CARDS = 10  # what one click on "study more new cards today" adds
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def now_utc() -> datetime:
    return datetime.now(UTC)


class ReviewScreen(QWidget):
    """Runs a review session for one learner over one set (or all sets)."""

    finished = Signal()
    answer_recorded = Signal()
    open_article = Signal(object, str)  # ArticleData, sentence
    marked = Signal(str)  # S, B or * marked the question: what was done

    def __init__(self, bank: Bank, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bank = bank
        self.session = session  # the window's: whether the teacher unlocked editing
        self.rng = random.Random()
        self.learner_id = 0
        self.set_id: int | None = None
        self.queue: list[review_queue.StudyItem] = []
        self.history: list[review_queue.StudyItem] = []
        self.retakes = retakes.Retakes()  # what an undone answer leaves to its retake
        self.star_note = ""  # the status line * gave: of the question on screen only
        self._answer_ids: dict[int, str] = {}  # question -> the id its retries carry
        self.current: review_queue.StudyItem | None = None
        self.card: QuestionCard | None = None
        self._next_input = NextInput()  # made ready while the learner reads the feedback
        self.timer = QElapsedTimer()
        self.done_count = 0
        self.scope_counts: review_queue.QueueCounts | None = None  # kept up to date by each answer
        self._build()

    # --- layout --------------------------------------------------------------

    def _build(self) -> None:
        self.header = ReviewHeader("Review")
        self.title, self.counts = self.header.title, self.header.counts
        self.progress = self.header.progress
        self.card_holder = QVBoxLayout()
        self.next_button = QPushButton("Next")
        self.next_button.setProperty("primary", True)
        self.next_button.setToolTip("Next question (Enter)")
        self.next_button.clicked.connect(self._on_next)
        self.grade_bar = GradeBar()
        self.grade_bar.graded.connect(self._on_grade)
        self.grade_buttons = self.grade_bar.buttons
        self.undo_button = QPushButton("Undo")
        self.undo_button.setToolTip("Undo the last answer (Ctrl+Z)")
        self.undo_button.clicked.connect(self.undo)
        self.home_button = QPushButton("Home")
        self.home_button.setToolTip("Back to your sets (Esc)")
        self.home_button.clicked.connect(self.finished.emit)
        self.more_button = QPushButton()
        self.more_button.setToolTip("Raise today's new-card limit, for today only")
        self.more_button.clicked.connect(self._on_more_new)
        self.more_button.hide()
        bottom = self.bottom = QHBoxLayout()
        bottom.addWidget(self.home_button)
        bottom.addWidget(self.undo_button)
        bottom.addWidget(self.more_button)
        bottom.addStretch(1)
        bottom.addWidget(self.grade_bar)
        bottom.addWidget(self.next_button)

        question_page = QWidget()
        page_layout = QVBoxLayout(question_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addLayout(self.card_holder, 1)
        self.done_label = QLabel()
        self.done_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_label.setWordWrap(True)
        self.done_label.setProperty("role", "prompt")
        self.pages = QStackedWidget()
        self.pages.addWidget(question_page)
        self.pages.addWidget(self.done_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(self.header)
        layout.addWidget(self.pages, 1)
        layout.addLayout(bottom)

        QShortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(self.finished.emit)
        add_alt_keys(self, self._on_key)  # Alt+U, B, A, E: as S, B, *, E, in a field too

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in ENTER_KEYS and self.next_button.isVisible():
            self._on_next()
            return
        focused = self.focusWidget()
        if event.key() in ENTER_KEYS and isinstance(focused, QPushButton) and focused.isVisible():
            focused.click()  # Enter presses the focused button (Home at the end), as Space does
            return
        key = event.text()
        if self.grade_bar.isVisible() and key in ("1", "2", "3", "4"):
            self._on_grade(int(key))
            return
        if key in (*MARK_KEYS, "e", "E") and self.current is not None:
            self._on_key(key)
            return
        super().keyPressEvent(event)

    def _on_key(self, key: str) -> None:
        """S, B, * mark the question on screen, E edits it (none once the session is done)."""
        if self.current is None:
            return
        if key in ("e", "E"):
            self._on_edit(self.current)
        else:
            self._on_mark(self.current, key)

    def _on_mark(self, item: review_queue.StudyItem, key: str) -> None:
        """S suspends, B buries (both go on to the next question), * stars or unstars."""
        done = mark_question(self, self.bank, self.learner_id, item.question_id, key, now=now_utc())
        if done is not None:
            self.marked.emit(done.message)
            self.star_note = "" if done.leaves else done.message
        if done is not None and done.leaves:
            self.scope_counts = None  # counted afresh: held cards are neither left nor later
            self._on_next()

    def _clear_star_note(self) -> None:
        """The next question is not starred: "★ Starred" (still in the status bar) goes."""
        window, note = self.window(), self.star_note
        self.star_note = ""
        if note and isinstance(window, QMainWindow) and window.statusBar().currentMessage() == note:
            window.statusBar().clearMessage()

    def _on_edit(self, item: review_queue.StudyItem) -> None:
        """E: the teacher edits the question; not answered yet, it shows again as saved."""
        from quizapp.ui.question_edit import edit_in_place  # the editor's forms: only on E

        saved = edit_in_place(self, self.session, item.question_id)
        if saved is None:
            return
        self.marked.emit("Question saved")
        if not (self.history and self.history[-1] is item):
            self.current = replace(item, question=saved)
            self._show_item(self.current)

    # --- session ---------------------------------------------------------------

    def start(self, learner_id: int, set_id: int | None, title: str) -> None:
        """Begin reviewing what is due for ``learner_id`` in ``set_id`` (None: all sets)."""
        self.learner_id = learner_id
        self.set_id = set_id
        self.title.setText(f"Review · {title}")
        self.history.clear()
        self.retakes.clear()
        self.current = None  # a question left on screen by the last session is not this one's
        self.done_count = 0
        self.queue = []
        self._show_next()

    def _refill(self) -> None:
        """A fresh queue and fresh counts from the bank once the queue is used up."""
        if not self.queue:
            self.queue = review_queue.study_queue(
                self.bank, self.learner_id, now=now_utc(), set_id=self.set_id
            )
            self.scope_counts = None

    def _show_next(self) -> None:
        self._refill()
        if self.scope_counts is None:
            self._update_counts()
        self.undo_button.setEnabled(bool(self.history))
        if not self.queue:
            self._show_done()
            return
        self.current = self.queue.pop(0)
        self._show_item(self.current)

    def _show_item(self, item: review_queue.StudyItem) -> None:
        self.more_button.hide()
        self._clear_star_note()
        if self.card is not None:  # no new card to style, and maybe an input made ready
            prepared = self._next_input.take(item.question)
            self.card.show_question(item.question, rng=self.rng, prepared=prepared)
        else:
            self.card = QuestionCard(item.question, rng=self.rng)
            self.card.answered.connect(self._on_answered)
            self.card.open_article_requested.connect(self._on_open_article)
            self.card_holder.addWidget(self.card)
        self.card.show()
        self.pages.setCurrentIndex(0)
        self.next_button.hide()
        self.grade_bar.hide()
        self.card.focus_input()
        self.timer.start()

    def _prepare_next(self) -> None:
        """While the learner reads the feedback: the next question's input, ready to show."""
        settle_startup_objects()
        if self.card is not None and self.queue:
            self._next_input.prepare(self.card, self.queue[0].question, self.rng)

    def _clear_card(self) -> None:
        self._next_input.drop()
        if self.card is not None:
            self.card_holder.removeWidget(self.card)
            self.card.hide()  # never painted again while it waits to be deleted
            self.card.deleteLater()
            self.card = None

    def _show_done(self) -> None:
        self._clear_card()
        self.current = None
        self.next_button.hide()
        self.grade_bar.hide()
        counts = self._scope_counts()
        scope = "of this set" if self.set_id is not None else "in your sets"
        cards = len({i.question_id for i in self.history})  # a card may be answered twice
        self.done_label.setText(done_text(self.done_count, cards, counts, scope))
        more = min(counts.held_back, MORE_NEW_CARDS) if not counts.new else 0
        self.more_button.setText(f"Study {count(more, 'more new card')} today")
        self.more_button.setVisible(more > 0)
        self.pages.setCurrentIndex(1)
        self.home_button.setFocus()

    def _scope_counts(self) -> review_queue.QueueCounts:
        return review_queue.queue_counts(
            self.bank, self.learner_id, now=now_utc(), set_id=self.set_id
        )

    def _update_counts(self) -> None:
        """The header's counts: from the bank when not known, else as the answers moved them."""
        answered = bool(self.history) and self.history[-1] is self.current
        left = len(self.queue) + (1 if self.current and not answered else 0)
        later = self._later_today(left)
        self.header.show_counts(self.done_count, left, later)

    def _later_today(self, left: int) -> int:
        """Due or new today but not in this session's list yet (learning steps back later)."""
        if self.scope_counts is None:
            self.scope_counts = self._scope_counts()
        return max(0, self.scope_counts.total - left)

    def _on_more_new(self) -> None:
        """Add new cards to today's limit (for today only), and go on with them."""
        counts = self._scope_counts()
        more = min(counts.held_back, MORE_NEW_CARDS)
        if more <= 0:
            return
        review_queue.study_more_new(self.bank, self.learner_id, more, now=now_utc())
        self.queue = []
        self.scope_counts = None
        self._show_next()

    # --- answering ----------------------------------------------------------

    def _on_answered(self) -> None:
        item, card = self.current, self.card
        if item is None or card is None:
            return
        if item.question.kind == QuestionKind.FLASHCARD:
            card.show_feedback(
                correct=None, expected=item.question.answer, has_article=self._has_article(item)
            )
            self._label_grades(item)
            self.grade_bar.show()
            self._fit_grades()
            self.grade_buttons[3].setFocus()
            QTimer.singleShot(PREPARE_AFTER_MS, self, self._prepare_next)
            return
        response = card.response()
        verdict = grading.check_answer(item.question, response)
        elapsed = self.retakes.duration(item.question_id, int(self.timer.elapsed()))
        rating = grading.auto_rating(item.question.kind, verdict.correct, elapsed)
        rating = self.retakes.rating(item.question_id, rating)  # no better for an undo
        answer = review_queue.Answer(rating, response, verdict.correct, elapsed, now_utc())
        if not self._record(item, answer):
            return  # not saved: the question stays, to answer again
        card.show_feedback(
            correct=verdict.correct,
            expected=verdict.expected,
            note=verdict.note,
            has_article=self._has_article(item),
        )
        self.next_button.show()
        self.next_button.setFocus()
        QTimer.singleShot(PREPARE_AFTER_MS, self, self._prepare_next)

    def _label_grades(self, item: review_queue.StudyItem) -> None:
        """Each grade button with its key and when it would bring the card back."""
        intervals = review_queue.preview_intervals(
            self.bank, self.learner_id, item.question_id, now=now_utc()
        )
        self.grade_bar.label({rating: interval(intervals[rating]) for rating, _name in GRADES})

    def _fit_grades(self) -> None:
        """Each grade on one line when the row has room, else the interval under it."""
        self.grade_bar.fit(lambda: self.bottom.sizeHint().width() <= self.bottom.geometry().width())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_grades()  # (the layouts have their new sizes already)

    def _on_grade(self, rating: int) -> None:
        item = self.current
        if item is None:
            return
        elapsed = self.retakes.duration(item.question_id, int(self.timer.elapsed()))
        if not self._record(item, review_queue.Answer(rating, "", rating > 1, elapsed, now_utc())):
            return
        self.current = None
        self._show_next()

    def _record(self, item: review_queue.StudyItem, answer: review_queue.Answer) -> bool:
        """Store the answer; False (after saying why) when the bank could not take it."""
        answer_id = self._answer_ids.setdefault(item.question_id, answer_once.new_answer_id())
        results: list[review_queue.AnswerResult] = []

        def store() -> None:
            results.append(
                answer_once.record_answer_once(
                    self.bank, self.learner_id, item.question_id, answer, answer_id=answer_id
                )
            )

        if not answer_saved(self, store):
            return False  # a retry carries the same id: recorded once, whatever happened
        del self._answer_ids[item.question_id]
        if self.scope_counts is not None:
            self.scope_counts = review_queue.counts_after(self.scope_counts, item, results[0])
        self.history.append(item)
        self.retakes.answered(
            item.question_id, correct=answer.correct, duration_ms=answer.duration_ms
        )
        self.done_count += 1
        self.undo_button.setEnabled(True)
        self._update_counts()
        self.answer_recorded.emit()
        return True

    def _on_next(self) -> None:
        self.current = None
        self._show_next()

    def undo(self) -> None:
        """Take back the last answer and ask that question again."""
        if not self.history:
            return
        question_id = review_queue.undo_last(self.bank, self.learner_id)
        item = self.history.pop()
        self.retakes.took_back()
        if question_id != item.question_id:
            self._restart()
            return
        self.done_count -= 1
        self.scope_counts = None  # counted afresh below
        if self.current is not None and self.current is not item:
            self.queue.insert(0, self.current)  # the unanswered question comes after it again
        self.current = item
        self._update_counts()
        self.undo_button.setEnabled(bool(self.history))
        self._show_item(item)

    def _restart(self) -> None:
        """Begin the session again (an undo took back an answer not of this screen's)."""
        self.history.clear()
        self.start(self.learner_id, self.set_id, self.title.text().removeprefix("Review · "))

    def _has_article(self, item: review_queue.StudyItem) -> bool:
        """Whether the question's whole article is stored, to offer opening it."""
        return bool(item.question.source) and item.has_article

    def _on_open_article(self) -> None:
        if self.current is None:
            return
        article = sets.question_article(self.bank, self.current.question_id)
        if article is not None:
            self.open_article.emit(article, self.current.question.source or "")
