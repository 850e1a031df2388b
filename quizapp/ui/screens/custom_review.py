"""The review screen running a custom study session (Study > Custom study).

The questions are chosen once, by :mod:`quizapp.study.custom_study`, when the session
starts. In practice (the learner did not ask to reschedule) every answer is logged
as practice and moves no card; a question answered wrong comes back at the end of
the session, until it is answered right (Esc leaves at any time). Undo takes back
the last answer, and the copy of the question it sent to the end.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from quizapp.store.bank import Bank
from quizapp.study import custom_study, review_queue
from quizapp.study.custom_study import CustomKind, CustomStudy
from quizapp.ui.humanize import count
from quizapp.ui.screens.review import GRADES, ReviewScreen, now_utc
from quizapp.ui.session import Session


class CustomReviewScreen(ReviewScreen):
    """A review screen whose questions are a custom study session's."""

    def __init__(self, bank: Bank, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(bank, session, parent)
        self.custom = CustomStudy(CustomKind.STARRED)
        self.scope_title = ""
        self._chosen = False  # the session's questions were taken from the bank
        self._sent_back: list[bool] = []  # per answer given: whether it sent its question back
        self._right: list[bool] = []  # per answer given: whether it was right
        self.mode_label = QLabel()  # practice or rescheduling, under the title
        self.mode_label.setProperty("role", "subtitle")
        self.mode_label.setTextFormat(Qt.TextFormat.PlainText)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.mode_label)  # after the title's row

    def start_custom(self, learner_id: int, custom: CustomStudy, scope_title: str) -> None:
        """Begin ``custom`` for ``learner_id``; ``scope_title`` names its set (or all sets)."""
        self.learner_id = learner_id
        self.custom = custom
        self.scope_title = scope_title
        self.mode_label.setText(custom.mode())
        self._restart()

    def _restart(self) -> None:
        self._chosen = False
        self._sent_back.clear()
        self._right.clear()
        self.history.clear()
        self.start(self.learner_id, self.custom.set_id, self.scope_title)
        self.title.setText(f"{self.custom.title()} · {self.scope_title}")

    def _refill(self) -> None:
        """The session's questions, once: when they are used up, the session ends."""
        if not self._chosen:
            self._chosen = True
            self.queue = custom_study.session_items(
                self.bank, self.learner_id, self.custom, now=now_utc()
            )

    def _later_today(self, left: int) -> int:
        return 0  # a custom session is its own list: nothing of it comes later

    def _label_grades(self, item: review_queue.StudyItem) -> None:
        if not self.custom.practice:
            super()._label_grades(item)
            return
        for rating, name in GRADES:  # practice: no card moves, so no interval to show
            self.grade_buttons[rating].setText(f"{rating}  {name}")

    def _record(self, item: review_queue.StudyItem, answer: review_queue.Answer) -> bool:
        scheduled = custom_study.rating(self.custom, answer.rating)
        if not super()._record(item, replace(answer, rating=scheduled)):
            return False
        correct = answer.correct
        back = self.custom.practice and not correct
        if back:
            self.queue.append(item)  # asked again at the end, until answered right
        self._sent_back.append(back)
        self._right.append(correct)
        self._update_counts()
        return True

    def _on_mark(self, item: review_queue.StudyItem, key: str) -> None:
        if key in ("s", "S", "b", "B"):  # it leaves: so do its copies sent to the end
            self.queue = [queued for queued in self.queue if queued.question_id != item.question_id]
        super()._on_mark(item, key)

    def undo(self) -> None:
        if not self.history:
            return
        if self._sent_back.pop() if self._sent_back else False:
            last = self.history[-1]
            copies = [i for i, queued in enumerate(self.queue) if queued is last]
            if copies:  # gone when the question was suspended or buried since
                del self.queue[copies[-1]]
        if self._right:
            self._right.pop()
        super().undo()

    def _show_done(self) -> None:
        self._clear_card()
        self.current = None
        self.next_button.hide()
        self.grade_bar.hide()
        self.more_button.hide()
        cards = len({item.question_id for item in self.history})
        self.done_label.setText(
            custom_done_text(self.custom, self.done_count, cards, sum(self._right))
        )
        self.pages.setCurrentIndex(1)
        self.home_button.setFocus()


def custom_done_text(custom: CustomStudy, answers: int, cards: int, right: int) -> str:
    """What the end of a custom session says: what was done, and what it did to the schedule."""
    if not answers:
        return "Nothing was answered in this session.\nEsc goes back to your sets."
    verb = "practised" if custom.practice else "studied"
    given = f", with {count(answers, 'answer')}" if answers != cards else ""
    lines = [f"You {verb} {count(cards, 'question')}{given}: {right} right."]
    if custom.practice:
        lines.append("Your schedule is as it was: practice moves no card.")
    else:
        lines.append("Your answers scheduled these cards' next reviews.")
    return "\n".join(lines)
