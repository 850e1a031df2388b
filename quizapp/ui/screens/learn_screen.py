"""Learn mode: rounds of questions over a set until every one is mastered (see quizapp.study.learn).

Practice only: nothing is written to the bank, no card moves and no answer is logged.
"""

from __future__ import annotations

import random

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from quizapp.content import sets
from quizapp.questiondata import QuestionData, QuestionKind
from quizapp.store.bank import Bank
from quizapp.store.models import utcnow
from quizapp.study import grading
from quizapp.study.learn import Form, LearnSession, Stage
from quizapp.study.learn_forms import LearnQuestion, asked, ladders, load_questions
from quizapp.ui.humanize import count
from quizapp.ui.screens.learn_pages import EndPage, RoundPage
from quizapp.ui.theme import app_is_dark, status_colours
from quizapp.ui.widgets.elided_label import ElidedLabel
from quizapp.ui.widgets.learn_bar import LearnBar, progress_text
from quizapp.ui.widgets.question_card import QuestionCard

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
QUESTION, ROUND, END = range(3)  # the pages


def stage_text(stage: Stage, next_form: Form, again: bool, missed: bool = False) -> str:
    """The line under an answer: where the question stands now, and when it comes back.

    ``missed``: right after a miss in its hardest form this round (familiar again).
    """
    if stage is Stage.MASTERED:
        return "Mastered: it is not asked again."
    if again:
        return "Not yet: it comes back later in this round."
    if stage is Stage.FAMILIAR:
        how = "to type the answer" if next_form is Form.TYPED else "to answer once more"
        if missed:
            return f"Familiar again: missed this round, it is mastered in a later one, {how}."
        return f"Familiar: it comes back in a later round, {how}."
    return "Not yet: it comes back in the next round."


class LearnScreen(QWidget):
    """Asks a set's questions round after round: multiple choice first, typed once right."""

    finished = Signal()
    open_article = Signal(object, str)  # ArticleData, sentence

    def __init__(
        self,
        bank: Bank,
        learner_id: int,
        set_id: int,
        title: str,
        rng: random.Random | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.bank = bank
        self.learner_id = learner_id
        self.set_id = set_id
        self.rng = rng or random.Random()
        self.questions: dict[int, LearnQuestion] = {}
        self.learn: LearnSession | None = None
        self.shown: QuestionData | None = None  # the current question as asked
        self.current_id: int | None = None  # its id (still set once answered)
        self.shown_seed = 0  # what shuffled its options and input
        self.answered: list[tuple[QuestionData, int]] = []  # shown and seed, per answer to undo
        self.card: QuestionCard | None = None
        self.title = ElidedLabel(f"Learn · {title}")
        self.title.setProperty("role", "title")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_question_page())
        self.round_page = RoundPage()
        self.round_page.continue_button.clicked.connect(self._on_continue)
        self.pages.addWidget(self.round_page)
        self.end_page = EndPage()
        self.end_page.again_button.clicked.connect(self._on_again)
        self.end_page.done_button.clicked.connect(self.finished.emit)
        self.pages.addWidget(self.end_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        header = QHBoxLayout()
        header.addWidget(self.round_label)
        header.addStretch(1)
        header.addWidget(self.progress_label)
        layout.addLayout(header)
        layout.addWidget(self.bar)
        layout.addWidget(self.pages, 1)

    def _build_question_page(self) -> QWidget:
        self.bar = LearnBar()
        self.progress_label = QLabel()
        self.progress_label.setProperty("role", "subtitle")
        self.round_label = QLabel()
        self.round_label.setProperty("role", "subtitle")
        self.card_holder = QVBoxLayout()
        self.stage_label = QLabel()
        self.stage_label.setWordWrap(True)
        self.stage_label.setTextFormat(Qt.TextFormat.PlainText)
        self.stage_label.setAccessibleName("Where the question stands")
        self.stop_button = self._button("Stop", "Stop learning (Esc)", self._on_escape)
        self.undo_button = self._button("Undo", "Take back the last answer (Ctrl+Z)", self.undo)
        self.overrule_button = self._button(
            "&I was right", "Count this answer as right (Alt+I)", self._on_overrule
        )
        self.missed_button = self._button(
            "1  Missed it", "I did not know it (key 1)", lambda: self._on_self_graded(False)
        )
        self.knew_button = self._button(
            "2  Knew it", "I knew it (key 2)", lambda: self._on_self_graded(True)
        )
        self.next_button = self._button("Next", "Next question (Enter)", self._on_next)
        self.next_button.setProperty("primary", True)
        bottom = QHBoxLayout()
        for button in (self.stop_button, self.undo_button, self.overrule_button):
            bottom.addWidget(button)
        bottom.addStretch(1)
        for button in (self.missed_button, self.knew_button, self.next_button):
            bottom.addWidget(button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.card_holder, 1)
        layout.addWidget(self.stage_label)
        layout.addLayout(bottom)
        return page

    @staticmethod
    def _button(text: str, tip: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    # --- the session -----------------------------------------------------------------

    def begin(self) -> bool:
        """Load the set and ask its first question; False when it has nothing to learn."""
        found = load_questions(self.bank, self.learner_id, self.set_id, now=utcnow())
        if not found:
            return False
        self.rng.shuffle(found)
        self.answered.clear()
        self.questions = {item.question_id: item for item in found}
        self.learn = LearnSession(ladders(found))
        self._show_current()
        return True

    def _pool(self) -> list[QuestionData]:
        return [item.question for item in self.questions.values()]

    def _show_current(self, again: tuple[QuestionData, int] | None = None) -> None:
        """Ask the current question; ``again``: as shown before (an answer taken back)."""
        learn = self.learn
        assert learn is not None
        ask = learn.current()
        if ask is None:
            self._show_between()
            return
        item = self.questions[ask.question_id]
        self.current_id = ask.question_id
        if again is None:
            seed = self.rng.getrandbits(32)
            again = asked(item.question, ask.form, self._pool(), random.Random(seed)), seed
        self.shown, self.shown_seed = again
        order = random.Random(self.shown_seed)  # the same seed, the same order of options
        if self.card is None:
            self.card = QuestionCard(self.shown, rng=order)
            self.card.answered.connect(self._on_answered)
            self.card.open_article_requested.connect(self._on_open_article)
            self.card_holder.addWidget(self.card)
        else:
            self.card.show_question(self.shown, rng=order)
        self.pages.setCurrentIndex(QUESTION)
        for button in (self.overrule_button, self.missed_button, self.knew_button):
            button.hide()
        self.next_button.hide()
        self.stage_label.hide()  # no room taken before the answer
        self.undo_button.setEnabled(learn.can_undo)
        self._show_progress()
        self.card.focus_input()

    def _show_progress(self) -> None:
        learn = self.learn
        assert learn is not None
        progress = learn.progress()
        self.bar.set_progress(progress)
        self.progress_label.setText(progress_text(progress))
        left = learn.round_left
        self.round_label.setText(f"Round {learn.round_number} · {left} left in this round")

    def _show_between(self) -> None:
        """The round is over: its summary, or the end when everything is mastered."""
        learn = self.learn
        assert learn is not None
        self._show_progress()
        self.round_label.clear()  # the page's heading says it
        if learn.finished:
            self.end_page.show_end(learn)
            self.pages.setCurrentIndex(END)
            self.end_page.done_button.setFocus()
            return
        summary = learn.round_summary()
        prompts = {qid: self.questions[qid].question.prompt for qid in summary.questions}
        stages = {qid: learn.stage(qid) for qid in summary.questions}
        self.round_page.show_round(summary, prompts, stages)
        self.pages.setCurrentIndex(ROUND)
        self.round_page.continue_button.setFocus()

    # --- answering -----------------------------------------------------------------

    def _on_answered(self) -> None:
        learn, card, shown = self.learn, self.card, self.shown
        if learn is None or card is None or shown is None or self.next_button.isVisible():
            return
        ask = learn.current()
        if ask is None:
            return
        has_article = self._has_article(ask.question_id)
        if shown.kind == QuestionKind.FLASHCARD:  # turned: the learner says whether they knew it
            card.show_feedback(correct=None, expected=shown.answer, has_article=has_article)
            self.missed_button.show()
            self.knew_button.show()
            self.knew_button.setFocus()
            return
        verdict = grading.check_answer(shown, card.response())
        stage = self._record(verdict.correct)
        card.show_feedback(
            correct=verdict.correct,
            expected=verdict.expected,
            note=verdict.note,
            has_article=has_article,
        )
        self._after_answer(ask.question_id, stage)
        self.overrule_button.setVisible(not verdict.correct and ask.form is Form.TYPED)

    def _on_self_graded(self, knew: bool) -> None:
        learn = self.learn
        if learn is None or not self.knew_button.isVisible():
            return
        ask = learn.current()
        assert ask is not None
        stage = self._record(knew)
        self.missed_button.hide()
        self.knew_button.hide()
        self._after_answer(ask.question_id, stage)

    def _record(self, correct: bool) -> Stage:
        """Record the answer, keeping the question as shown for Ctrl+Z."""
        assert self.learn is not None and self.shown is not None
        self.answered.append((self.shown, self.shown_seed))
        return self.learn.record(correct)

    def _after_answer(self, question_id: int, stage: Stage) -> None:
        learn = self.learn
        assert learn is not None
        again = learn.asked_again(question_id)
        missed = learn.familiar_again(question_id)
        self.stage_label.setText(stage_text(stage, learn.form_of(question_id), again, missed))
        self.stage_label.show()
        self.undo_button.setEnabled(learn.can_undo)
        self._show_progress()
        self.next_button.show()
        self.next_button.setFocus()

    def _on_overrule(self) -> None:
        learn = self.learn
        if learn is None or not learn.can_undo or not self.overrule_button.isVisible():
            return
        stage = learn.overrule()
        self.overrule_button.hide()
        if self.card is not None:  # the heading says what counts now
            self.card.verdict_label.setText("✔  Counted as right")
            right = status_colours(app_is_dark())["right"]
            self.card.verdict_label.setStyleSheet(f"color: {right};")
        assert self.current_id is not None
        missed = learn.familiar_again(self.current_id)
        following = stage_text(stage, learn.form_of(self.current_id), False, missed)
        self.stage_label.setText(f"Counted as right. {following}")
        self._show_progress()
        self.next_button.setFocus()

    def _on_next(self) -> None:
        if self.learn is not None:
            self._show_current()

    def _on_continue(self) -> None:
        if self.learn is not None and self.learn.round_over:
            self.learn.next_round()
            self.answered.clear()  # a finished round's answers are not taken back
            self._show_current()

    def _on_again(self) -> None:
        """Learn the set again from the start."""
        if not self.begin():
            self.finished.emit()

    def undo(self) -> None:
        """Take back the last answer of this round and ask that question again."""
        learn = self.learn
        if learn is None or not learn.can_undo or self.pages.currentIndex() != QUESTION:
            return
        learn.undo()
        self._show_current(again=self.answered.pop())  # its options in the same order

    # --- keys and leaving ---------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text()
        if key == Qt.Key.Key_Escape:
            self._on_escape()
        elif self.knew_button.isVisible() and text in ("1", "2"):
            self._on_self_graded(text == "2")
        elif key in ENTER_KEYS:
            self._on_enter()
        else:
            super().keyPressEvent(event)

    def _on_enter(self) -> None:
        focused = QApplication.focusWidget()
        if isinstance(focused, QPushButton) and self.isAncestorOf(focused) and focused.isVisible():
            focused.click()  # Enter presses the focused button, as Space does
        elif self.pages.currentIndex() == ROUND:
            self._on_continue()
        elif self.next_button.isVisible():
            self._on_next()

    def _on_escape(self) -> None:
        """Leave; once something was answered and not all is mastered, only after asking."""
        learn = self.learn
        if learn is None or learn.finished or not learn.answers:
            self.finished.emit()
            return
        progress = learn.progress()
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Stop learning?",
            f"Stop learning this set? You have mastered {progress.mastered} of "
            f"{count(progress.total, 'question')}. Learn mode keeps no progress: "
            "next time it starts again (your reviews are not affected).",
            parent=self,
        )
        stop = box.addButton("&Stop", QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton("&Keep going", QMessageBox.ButtonRole.RejectRole))
        box.exec()
        if box.clickedButton() is stop:
            self.finished.emit()
        else:
            self.refocus()

    def refocus(self) -> None:
        """Focus where the next key goes: the answer, a button, or Continue."""
        page = self.pages.currentIndex()
        if page == ROUND:
            self.round_page.continue_button.setFocus()
        elif self.knew_button.isVisible():
            self.knew_button.setFocus()
        elif self.next_button.isVisible():
            self.next_button.setFocus()
        elif self.card is not None:
            self.card.focus_input()

    # --- the article ---------------------------------------------------------------------

    def _has_article(self, question_id: int) -> bool:
        item = self.questions[question_id]
        return bool(item.question.source) and item.has_article

    def _on_open_article(self) -> None:
        if self.current_id is None or self.shown is None:
            return
        article = sets.question_article(self.bank, self.current_id)
        if article is not None:
            self.open_article.emit(article, self.shown.source or "")
