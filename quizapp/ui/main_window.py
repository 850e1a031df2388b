"""The main window: menus, the screen stack and the open bank.

The window paints its home screen first from :mod:`quizapp.study.quickview` (plain
``sqlite3``), then checks and opens the bank through the full services, which
import SQLAlchemy and take longer than the window itself; with
``background=True`` (the app) that happens on a worker thread, in tests
right away. Study actions wait until the bank is open.

The window owns and wires its parts: opening and closing the bank are
:mod:`quizapp.ui.bank_lifecycle`, the menu bar :mod:`quizapp.ui.menus`, the
home's counts :mod:`quizapp.ui.home_summary`, the Study menu's starters
:mod:`quizapp.ui.study_actions`, its size and place between runs
:mod:`quizapp.ui.window_geometry`, following the desktop's light or dark
:class:`quizapp.ui.settings_actions.SchemeFollower`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from quizapp import resources
from quizapp.settings import Settings, save_settings
from quizapp.ui import help_actions, home_summary, learner_choice, settings_actions
from quizapp.ui.bank_lifecycle import BankLifecycle
from quizapp.ui.learner_door import LearnerDoor
from quizapp.ui.menus import MenuSlots, build_menus
from quizapp.ui.screens.home import HomeScreen
from quizapp.ui.session import STILL_OPENING, Session
from quizapp.ui.study_actions import StudyActions, is_study_screen, undo_on
from quizapp.ui.tasks import BackgroundTasks
from quizapp.ui.theme import app_is_dark, status_colours
from quizapp.ui.window_geometry import restore_geometry, save_geometry

if TYPE_CHECKING:
    from quizapp.questiondata import ArticleData
    from quizapp.store.bank import Bank
    from quizapp.store.instance import BankLock
    from quizapp.study.assignments import AssignmentInfo
    from quizapp.study.learners import LearnerInfo
    from quizapp.ui.file_actions import FileActions
    from quizapp.ui.screens.review import ReviewScreen
    from quizapp.ui.teacher_actions import TeacherActions


def app_icon() -> QIcon:
    """The app's icon (resources/icons/), for the application and its windows."""
    return QIcon(str(resources.resource(resources.APP_ICON)))


def _now() -> Any:
    from datetime import UTC, datetime

    return datetime.now(UTC)


class MainWindow(QMainWindow):
    """Owns the bank for the session and switches between screens."""

    ready = Signal()  # the bank is open and every action is available
    imported = Signal(str)  # File > Import stored a set (its name)
    exported = Signal(str)  # File > Export wrote a file (its path)

    def __init__(
        self,
        *,
        db: str | Path | None = None,
        settings: Settings | None = None,
        background: bool = False,
        lock: BankLock | None = None,
        greet: bool = False,
    ) -> None:
        super().__init__()
        self._greet = greet  # the app: once open with nobody chosen, find who is learning
        self.settings = settings or Settings()
        self.db = db
        self.lock = lock  # the bank's one-window lock, when the app took it
        self.session = Session(self.settings, self)  # the bank and the learner
        self.session.changed.connect(self._show_learner)
        self.review_screen: ReviewScreen | None = None
        self.files: FileActions | None = None
        self._teacher: TeacherActions | None = None
        self._held_status: tuple[str, int] | None = None  # kept back while studying
        self._background = background  # the app: opening and the close backup off this thread
        self._lifecycle = BankLifecycle(self, self._on_bank_ready)  # opening and closing
        self.setWindowTitle("quizapp")
        self.setWindowIcon(app_icon())
        self.setMinimumSize(640, 440)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.home = HomeScreen()
        self.learners = LearnerDoor(self.session, self)
        self.learners.chosen.connect(self._on_learner_chosen)
        self.learners.status.connect(self.statusBar().showMessage)
        self.study = self._study_actions()
        self.home.review_requested.connect(self.start_review)
        self.home.quiz_requested.connect(self.start_quiz)
        self.home.learn_requested.connect(self.start_learn)
        self.home.assignment_requested.connect(self.start_assignment)
        self.home.progress_requested.connect(self.show_progress)
        self.stack.addWidget(self.home)
        self._build_menus()
        self.statusBar()  # made now: made after the window shows, it would stay hidden
        restore_geometry(self)
        self.scheme = settings_actions.SchemeFollower(self.settings, self)
        self.scheme.followed.connect(self.refresh_home)
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(60_000)
        self._show_quick_home()
        if background:  # once shown: the imports would slow the window's making down
            QTimer.singleShot(0, lambda: self._open_bank(True))
        else:
            self._open_bank(False)

    # --- opening ---------------------------------------------------------------

    def _show_quick_home(self) -> None:
        last = self.settings.last_learner
        home_summary.show_quick_home(self.home, self.db, last, _now())

    def _open_bank(self, background: bool) -> None:
        self._lifecycle.open(background)

    def _on_bank_ready(self, bank: Bank) -> None:
        self.bank = bank
        if self.lock is not None:
            self.lock.cover_file()  # the file may be new: lock it by device and inode too
        self.files = self._file_actions()
        self.review_screen = self.study.make_review_screen(bank)
        self.stack.addWidget(self.review_screen)
        self._restore_learner()
        self._show_bank()
        self.refresh_home()
        self.home.set_busy(False)
        self.backup_timer.timeout.connect(self.files.auto_backup)
        self.backup_timer.start()
        if self._greet:
            self._greet = False
            QTimer.singleShot(0, self.greet_learner)  # once the window has painted
        self.ready.emit()

    def use_bank(self, db: str | Path | None, bank: Bank) -> None:
        """Close the open bank and put ``bank`` (at ``db``) in its place: a class or own bank."""
        self._lifecycle.release()
        self.db, self.bank, self.learner = db, None, None
        self._on_bank_ready(bank)
        self.show_home()

    def _on_connect_class(self) -> None:
        from quizapp.ui import class_actions

        class_actions.connect_class_bank(self)

    def _on_use_own_bank(self) -> None:
        from quizapp.ui import class_actions

        class_actions.use_own_bank(self)

    def _show_bank(self) -> None:
        from quizapp.ui import class_actions

        class_actions.show_bank(self)
        self._show_learner()

    def reopen_bank(self) -> Bank:
        """Open the bank again after it was replaced (a restore)."""
        from quizapp.startup import open_app_bank

        if self.lock is not None:
            self.lock.cover_file()  # a restore may have put a new file in place
        self.bank = bank = open_app_bank(self.db)
        if self.review_screen is not None:
            self.review_screen.bank = bank
        self._restore_learner()
        self.show_home()
        return bank

    def opened_bank(self) -> Bank | None:
        """The bank when open; otherwise a status line saying to wait."""
        if self.bank is None:
            self.statusBar().showMessage(STILL_OPENING, 2000)
        return self.bank

    @property
    def bank(self) -> Bank | None:
        """The open bank (the session's)."""
        return self.session.bank

    @bank.setter
    def bank(self, bank: Bank | None) -> None:
        self.session.set_bank(bank)

    @property
    def learner(self) -> LearnerInfo | None:
        """Who is learning (the session's)."""
        return self.session.learner

    @learner.setter
    def learner(self, learner: LearnerInfo | None) -> None:
        self.session.set_learner(learner)

    def _study_actions(self) -> StudyActions:
        """The Study menu's starters; the screens they make come back here."""
        study = StudyActions(self.session, self, self.home, self.learners.need)
        study.screen_opened.connect(self.show_screen)
        study.home_requested.connect(self.show_home)
        study.article_requested.connect(self.open_article)
        study.status.connect(self.statusBar().showMessage)
        return study

    def _file_actions(self) -> FileActions:
        """The File menu's work on the session's bank; what it reports comes back here."""
        from quizapp.ui.file_actions import FileActions

        files = FileActions(
            self.session,
            self,
            BackgroundTasks(self.statusBar()),
            selected_set=self.home.selected_set_name,
            release_bank=self._close_teacher_windows,
        )
        files.status.connect(self.statusBar().showMessage)
        files.background_status.connect(self.background_status)
        files.sets_changed.connect(self.refresh_home)
        files.imported.connect(self.imported)
        files.exported.connect(self.exported)
        files.restored.connect(self.reopen_bank)
        return files

    @property
    def teacher(self) -> TeacherActions:
        """The Teacher menu's work (made on first use)."""
        if self._teacher is None:
            from quizapp.ui.teacher_actions import TeacherActions

            self._teacher = TeacherActions(self.session, self, self.home.selected_set_id)
            self._teacher.sets_changed.connect(self.refresh_home)
            self._teacher.screen_opened.connect(self.show_screen)
            self._teacher.home_requested.connect(self.show_home)
            self._teacher.import_requested.connect(self._files(lambda f: f.import_file()))
            self._teacher.status.connect(self.statusBar().showMessage)
        return self._teacher

    def _close_teacher_windows(self) -> bool:
        return self._teacher is None or self._teacher.close_teacher_windows()

    # --- menus -------------------------------------------------------------

    def _files(self, act: Callable[[FileActions], object]) -> Callable[[], None]:
        """A slot running ``act`` on the File actions once the bank is open."""

        def call() -> None:
            if self.opened_bank() is not None and self.files is not None:
                act(self.files)

        return call

    def _build_menus(self) -> None:
        build_menus(
            self.menuBar(),
            self,
            MenuSlots(
                import_questions=lambda: self.teacher.import_questions(),
                export_selected=self._files(lambda f: f.export_selected()),
                backup_now=self._files(lambda f: f.backup_now()),
                restore=self._files(lambda f: f.restore()),
                settings=self._on_settings,
                connect_class=self._on_connect_class,
                use_own_bank=self._on_use_own_bank,
                quit=self.close,
                review=self._from_home(self.start_review),
                quiz=self._from_home(self.start_quiz),
                learn=self._from_home(self.start_learn),
                progress=self.show_progress,
                browse=self.show_browser,
                custom_study=self._from_home(lambda _set_id: self.start_custom_study()),
                undo=self._on_undo,
                home=self.show_home,
                switch_learner=self.choose_learner,
                scheduling=self._on_scheduling,
                profile_password=self._on_profile_password,
                edit_sets=lambda: self.teacher.open_editor(),
                generate=lambda: self.teacher.open_generate_dialog(),
                class_view=lambda: self.teacher.open_class_view(),
                lock_teacher=lambda: self.teacher.leave_teacher_mode(),
                shortcuts=self._on_shortcuts,
                about=self._on_about,
            ),
        )

    # --- the Teacher and Learner menus (their modules load on first use) ---------

    def _on_scheduling(self) -> None:
        from quizapp.ui import learner_actions

        learner_actions.open_personal_scheduling(self.session, self, self.statusBar().showMessage)

    def _on_profile_password(self) -> None:
        from quizapp.ui import learner_actions

        learner_actions.open_profile_password(self.session, self, self.statusBar().showMessage)

    # --- home --------------------------------------------------------------

    def refresh_home(self) -> None:
        """Reload the sets and the learner's counts."""
        if self.bank is not None:
            home_summary.refresh_home(self.home, self.bank, self.learner, _now())

    def show_home(self) -> None:
        previous = self.stack.currentWidget()
        self.refresh_home()
        self.stack.setCurrentWidget(self.home)
        self.home.table.setFocus()
        if self._held_status is not None:
            self.statusBar().showMessage(*self._held_status)
            self._held_status = None
        if previous not in (self.home, self.review_screen) and previous is not None:
            self.stack.removeWidget(previous)
            previous.deleteLater()

    def studying(self) -> bool:
        """Whether a review, a quiz or Learn mode is on screen."""
        return is_study_screen(self.stack.currentWidget())

    def background_status(self, message: str, timeout_ms: int = 0) -> None:
        """A message from background work: now, or back home when it would interrupt study."""
        if self.studying():
            self._held_status = (message, timeout_ms)
        else:
            self.statusBar().showMessage(message, timeout_ms)

    def show_screen(self, screen: QWidget) -> None:
        """Put ``screen`` on the stack and show it."""
        if self.stack.indexOf(screen) < 0:
            self.stack.addWidget(screen)
        self.stack.setCurrentWidget(screen)

    # --- learners (quizapp.ui.learner_door asks who is learning) ------------------

    def _restore_learner(self) -> None:
        if self.learners.restore():
            self._show_learner()

    def _show_learner(self) -> None:
        self.setWindowTitle(learner_choice.window_title(self.learner, self.db))

    def _on_learner_chosen(self) -> None:
        self._show_learner()
        self.show_home()

    def choose_learner(self) -> bool:
        """Ask who is learning; returns whether a learner is now chosen."""
        return self.learners.choose()

    def greet_learner(self) -> None:
        """Nobody chosen yet: the bank's only learner, or else ask who is learning."""
        self.learners.greet()

    # --- study (quizapp.ui.study_actions makes and starts the screens) -------------

    def start_review(self, set_id: int | None) -> None:
        self.study.start_review(set_id)

    def start_custom_study(self) -> None:
        """Study > Custom study: ask what to study, then study it on a review screen."""
        self.study.start_custom_study()

    def start_quiz(self, set_id: int | None) -> None:
        self.study.start_quiz(set_id)

    def start_assignment(self, assignment: AssignmentInfo) -> None:
        """The home's assigned work: its quiz at once, its length, recorded against it."""
        self.study.start_assignment(assignment)

    def start_learn(self, set_id: int | None) -> None:
        """Study > Learn: rounds over the set until every question is mastered (practice)."""
        self.study.start_learn(set_id)

    def show_progress(self) -> None:
        self.study.show_progress()

    def show_browser(self) -> None:
        """Study > Browse: every question of the selected set (or all) in a searchable table."""
        if not self.studying():
            self.study.show_browser()

    def _from_home(self, start: Callable[[int | None], None]) -> Callable[[], None]:
        """A Study menu slot: ``start`` on the set chosen at home, only when home shows."""

        def call() -> None:
            if self.stack.currentWidget() is self.home:
                start(self.home.selected_set_id())

        return call

    def _on_undo(self) -> None:
        undo_on(self.stack.currentWidget())

    def open_article(self, article: ArticleData, sentence: str) -> None:
        from quizapp.ui.dialogs.article_dialog import ArticleDialog

        ArticleDialog(article, sentence, status_colours(app_is_dark())["mark"], self).exec()

    # --- settings and about -------------------------------------------------------

    def _on_settings(self) -> None:
        bank = self.opened_bank()
        if bank is None:
            return
        accepted, learner = settings_actions.edit_settings(bank, self.learner, self.settings, self)
        if accepted:
            self.learner = learner
            self.refresh_home()

    def _on_shortcuts(self) -> None:
        help_actions.show_shortcuts(self.stack.currentWidget(), self.menuBar(), self)

    def _on_about(self) -> None:
        help_actions.show_about(self)

    # --- window state --------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._background and self._lifecycle.wait_before_closing():
            event.ignore()
            return
        save_geometry(self)
        save_settings(self.settings)
        self.backup_timer.stop()
        self.scheme.stop()
        self._lifecycle.stop_check()
        self._lifecycle.close_bank(backed_up=self._background)
        super().closeEvent(event)
