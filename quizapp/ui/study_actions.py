"""The Study menu's starters: review, quiz, Learn mode, custom study, assigned work.

:class:`StudyActions` takes the window's session, the home screen (the chosen
set and the sets' names) and a way to find who is learning, makes the study
screens and emits what happened (a screen to show, home wanted, an article to
open, a status line); the main window decides what that means.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from quizapp.ui.screens.home import HomeScreen
from quizapp.ui.session import Session

if TYPE_CHECKING:
    from quizapp.store.bank import Bank
    from quizapp.study.assignments import AssignmentInfo
    from quizapp.study.learners import LearnerInfo
    from quizapp.ui.screens.quiz import QuizScreen
    from quizapp.ui.screens.review import ReviewScreen


def is_study_screen(widget: QWidget | None) -> bool:
    """Whether ``widget`` is a review (a custom session's too), a quiz or Learn mode."""
    from quizapp.ui.screens.learn_screen import LearnScreen
    from quizapp.ui.screens.quiz import QuizScreen
    from quizapp.ui.screens.review import ReviewScreen

    return isinstance(widget, (ReviewScreen, QuizScreen, LearnScreen))


def undo_on(widget: QWidget | None) -> None:
    """Undo the last answer when ``widget`` is a study screen."""
    from quizapp.ui.screens.learn_screen import LearnScreen
    from quizapp.ui.screens.quiz import QuizScreen
    from quizapp.ui.screens.review import ReviewScreen

    if isinstance(widget, (ReviewScreen, QuizScreen, LearnScreen)):  # a custom session's too
        widget.undo()


class StudyActions(QObject):
    """Makes and starts the study screens for the learner and the set chosen at home."""

    screen_opened = Signal(QWidget)  # a study screen for the window's stack
    home_requested = Signal()  # a study screen is done, or had nothing to study
    article_requested = Signal(object, str)  # a screen's source article and sentence
    status = Signal(str, int)  # a status-bar message and how long it shows (ms)

    def __init__(
        self,
        session: Session,
        parent: QWidget,
        home: HomeScreen,
        need_learner: Callable[[], LearnerInfo | None],
    ) -> None:
        """``parent`` owns the dialogs; ``need_learner`` finds (or asks) who is learning."""
        super().__init__(parent)
        self.session = session
        self.parent_widget = parent
        self.home = home
        self.need_learner = need_learner
        self.review_screen: ReviewScreen | None = None  # set once the bank is open

    def make_review_screen(self, bank: Bank) -> ReviewScreen:
        """The review screen for the bank just opened (kept for Review), wired to come home,
        open articles and say what its keys marked."""
        from quizapp.ui.screens.review import ReviewScreen

        screen = self.review_screen = ReviewScreen(bank, self.session)
        screen.finished.connect(self.home_requested)
        screen.open_article.connect(self.article_requested)
        screen.marked.connect(lambda text: self.status.emit(text, 4000))
        return screen

    def set_title(self, set_id: int | None) -> str:
        """The set's name as home lists it, or "all sets"."""
        row = next((r for r in self.home.rows() if r.set_id == set_id), None)
        return row.name if row else "all sets"

    def start_review(self, set_id: int | None) -> None:
        learner = self.need_learner()
        if learner is None or self.review_screen is None:
            return
        self.screen_opened.emit(self.review_screen)
        self.review_screen.start(learner.id, set_id, self.set_title(set_id))

    def start_custom_study(self) -> None:
        """Ask what to study, then study it on a review screen."""
        learner = self.need_learner()
        bank = self.session.bank
        if learner is None or bank is None:
            return
        from quizapp.ui import custom_study_actions

        set_id = self.home.selected_set_id()
        title = self.set_title(set_id)
        custom = custom_study_actions.ask(self.parent_widget, bank, learner.id, set_id, title)
        if custom is None:
            return
        if custom.kind is custom_study_actions.MORE_NEW:  # then the usual Review
            if custom_study_actions.add_new_cards(self.parent_widget, bank, learner.id, custom):
                self.start_review(custom.set_id)
            return
        screen = custom_study_actions.screen(bank, self.session, self.status.emit)
        screen.finished.connect(self.home_requested)
        screen.open_article.connect(self.article_requested)
        self.screen_opened.emit(screen)
        screen.start_custom(learner.id, custom, self.set_title(custom.set_id))

    def start_quiz(self, set_id: int | None) -> None:
        learner = self.need_learner()
        if learner is None or set_id is None or self.session.bank is None:
            return
        screen = self.quiz_screen(learner.id, set_id, self.set_title(set_id))
        self.screen_opened.emit(screen)
        screen.begin()

    def start_assignment(self, assignment: AssignmentInfo) -> None:
        """The home's assigned work: its quiz at once, its length, recorded against it."""
        learner = self.need_learner()
        if learner is None or self.session.bank is None:
            return
        screen = self.quiz_screen(learner.id, assignment.set_id, assignment.set_name, assigned=True)
        self.screen_opened.emit(screen)
        if not screen.start_assigned(assignment):
            self.home_requested.emit()

    def quiz_screen(
        self, learner_id: int, set_id: int, title: str, *, assigned: bool = False
    ) -> QuizScreen:
        """A quiz screen over the set, wired to come home and open articles."""
        from quizapp.ui.dialogs.passphrase_dialog import ensure_teacher
        from quizapp.ui.screens.quiz import QuizScreen

        assert self.session.bank is not None
        screen = QuizScreen(
            self.session.bank,
            learner_id,
            set_id,
            title,
            self.session.settings,
            teacher_gate=lambda: ensure_teacher(self.session, self.parent_widget),
            assigned=assigned,
        )
        screen.finished.connect(self.home_requested)
        screen.open_article.connect(self.article_requested)
        return screen

    def start_learn(self, set_id: int | None) -> None:
        """Rounds over the set until every question is mastered (practice)."""
        learner = self.need_learner()
        bank = self.session.bank
        if learner is None or bank is None:
            return
        if set_id is None:
            self.status.emit("Choose a set to learn first.", 4000)
            return
        from quizapp.ui.screens.learn_screen import LearnScreen

        screen = LearnScreen(bank, learner.id, set_id, self.set_title(set_id))
        if not screen.begin():
            screen.deleteLater()
            self.status.emit("This set has no questions to learn.", 4000)
            return
        screen.finished.connect(self.home_requested)
        screen.open_article.connect(self.article_requested)
        self.screen_opened.emit(screen)
        screen.refocus()  # shown now: its answer input can take the focus

    def show_progress(self) -> None:
        learner = self.need_learner()
        if learner is None or self.session.bank is None:
            return
        from quizapp.ui.screens.progress import ProgressScreen

        set_id = self.home.selected_set_id()
        title = self.set_title(set_id)
        screen = ProgressScreen(self.session.bank, learner, set_id, set_name=title)
        screen.finished.connect(self.home_requested)
        self.screen_opened.emit(screen)
        screen.load()

    def show_browser(self) -> None:
        """Every question of the selected set (or all) in a searchable table."""
        learner = self.need_learner()
        if learner is None or self.session.bank is None:
            return
        from quizapp.ui.screens.browser import BrowserScreen

        screen = BrowserScreen(self.session, learner, self.home.selected_set_id())
        screen.finished.connect(self.home_requested)
        self.screen_opened.emit(screen)
        screen.load()
        screen.table.setFocus()
