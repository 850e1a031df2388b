"""The main window: menus, the screen stack and the open bank.

The window paints its home screen first from :mod:`quizapp.quickview` (plain
``sqlite3``), then checks and opens the bank through the full services, which
import SQLAlchemy and take longer than the window itself; with
``background=True`` (the app) that happens on a worker thread, in tests
right away. Study actions wait until the bank is open.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from enum import Enum, auto
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QStackedWidget, QWidget

from quizapp import __version__, paths, quickview, resources
from quizapp.settings import Settings, save_settings
from quizapp.ui.errors import show_error
from quizapp.ui.format import count
from quizapp.ui.screens.home import HomeScreen, SetRow
from quizapp.ui.session import STILL_OPENING, Session
from quizapp.ui.tasks import BackgroundTasks, run_in_background
from quizapp.ui.theme import app_is_dark, apply_theme, status_colours

if TYPE_CHECKING:
    from quizapp.bank import Bank
    from quizapp.filecheck import CheckBehind
    from quizapp.instance import BankLock
    from quizapp.learners import LearnerInfo
    from quizapp.questiondata import ArticleData
    from quizapp.ui.dialogs.shortcuts_dialog import Screen
    from quizapp.ui.file_actions import FileActions
    from quizapp.ui.screens.review import ReviewScreen
    from quizapp.ui.teacher_actions import TeacherActions


class _Closing(Enum):
    """Where closing the window has got to (the app backs up on a worker thread first)."""

    OPEN = auto()
    WAITING = auto()  # for file work under way, then the close backup, to finish
    READY = auto()  # nothing more to wait for: the next close goes through


def open_checked_bank(db: str | Path | None) -> Bank:
    """Check the bank file (never open a damaged or emptied one), then open it for the app."""
    from quizapp.startup import open_checked_bank as checked

    return checked(db)


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
        self, *, db: str | Path | None = None, settings: Settings | None = None,
        background: bool = False, lock: BankLock | None = None,
    ) -> None:  # fmt: skip
        super().__init__()
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
        self._closing = _Closing.OPEN
        self._check: CheckBehind | None = None  # quick_check still running beside the opening
        self.setWindowTitle("quizapp")
        self.setWindowIcon(app_icon())
        self.setMinimumSize(640, 440)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.home = HomeScreen()
        self.home.review_requested.connect(self.start_review)
        self.home.quiz_requested.connect(self.start_quiz)
        self.home.progress_requested.connect(self.show_progress)
        self.stack.addWidget(self.home)
        self._build_menus()
        self.statusBar()  # made now: made after the window shows, it would stay hidden
        self._restore_geometry()
        QGuiApplication.styleHints().colorSchemeChanged.connect(self.follow_colour_scheme)
        self._following_scheme = True
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(60_000)
        self._show_quick_home()
        if background:  # once shown: the imports would slow the window's making down
            QTimer.singleShot(0, lambda: self._open_bank(True))
        else:
            self._open_bank(False)

    # --- opening ---------------------------------------------------------------

    def _show_quick_home(self) -> None:
        from quizapp.instance import bank_file

        path = bank_file(self.db) if self.db is not None else paths.bank_path()
        view = quickview.read_home(path, self.settings.last_learner, _now()) if path else None
        self.home.set_busy(True)
        if view is None:
            self.home.show_sets([], "Opening your question bank…")
            return
        rows = [SetRow(r.set_id, r.name, r.total, r.due, r.new) for r in view.rows]
        self._fill_home(rows, view.learner_name, new_left=view.new_allowed)

    def _open_bank(self, background: bool) -> None:
        if not background:
            self._on_bank_ready(open_checked_bank(self.db))
            return
        from quizapp.startup import open_checking_behind

        db = self.db
        run_in_background(
            lambda _progress: open_checking_behind(db),
            on_success=self._on_opened,
            on_failure=self._on_bank_failed,
        )

    def _on_opened(self, opened: tuple[Bank, CheckBehind | None]) -> None:
        bank, check = opened
        self._check = check
        self._on_bank_ready(bank)
        if check is not None:  # the whole-file check runs on: writes wait for its verdict
            run_in_background(
                lambda _progress: check.ensure_sound(),
                on_success=lambda _none: None,
                on_failure=lambda exc: self._on_found_damaged(check, exc),
            )

    def _on_found_damaged(self, check: CheckBehind, exc: BaseException) -> None:
        """The check behind the opening found damage: nothing was written; close the bank,
        offer the restore (then carry on with the restored bank) or close the window.
        """
        if check.stopped or self.bank is None:
            return  # the window is closing
        self.show_home()
        self.bank.close()
        from quizapp.dberrors import DamagedBankError
        from quizapp.ui.startup_checks import offer_restore

        if not isinstance(exc, DamagedBankError):
            show_error(self, exc, "quizapp cannot check your bank")
        elif offer_restore(exc.path, exc, self):  # it says why when it cannot
            self.reopen_bank()  # the File actions work on the session's bank
            return
        self.bank = None  # nothing to back up or close any more
        self.close()

    def _on_bank_ready(self, bank: Bank) -> None:
        from quizapp.ui.screens.review import ReviewScreen

        self.bank = bank
        if self.lock is not None:
            self.lock.cover_file()  # the file may be new: lock it by device and inode too
        self.files = self._file_actions()
        self.review_screen = ReviewScreen(bank, self.session)
        self.review_screen.finished.connect(self.show_home)
        self.review_screen.open_article.connect(self.open_article)
        self.review_screen.marked.connect(lambda text: self.statusBar().showMessage(text, 4000))
        self.stack.addWidget(self.review_screen)
        self._restore_learner()
        self._show_bank()
        self.refresh_home()
        self.home.set_busy(False)
        self.backup_timer.timeout.connect(self.files.auto_backup)
        self.backup_timer.start()
        self.ready.emit()

    def _on_bank_failed(self, exc: BaseException) -> None:
        from quizapp.integrity import DamagedBankError
        from quizapp.ui.startup_checks import offer_restore

        if isinstance(exc, DamagedBankError) and offer_restore(exc.path, exc, self):
            self._open_bank(background=True)
            return
        if self._class_bank_unreachable(exc):
            return
        show_error(self, exc, "quizapp cannot open your bank")
        self.close()

    # --- class bank (quizapp.ui.class_actions) ------------------------------------

    def _class_bank_unreachable(self, exc: BaseException) -> bool:
        """At start the class bank did not open: try again or open the own bank."""
        from quizapp.ui import class_actions as ca

        choice = ca.ask_when_class_bank_fails(exc, self.db, self)
        if choice is None:
            return False
        if choice is ca.Unreachable.OWN_BANK and ca.take_own_lock(self):
            self.db = None
        elif choice is not ca.Unreachable.RETRY:
            self.close()
            return True
        self._open_bank(background=True)
        return True

    def use_bank(self, db: str | Path | None, bank: Bank) -> None:
        """Close the open bank and put ``bank`` (at ``db``) in its place: a class or own bank."""
        if self.bank is not None and self.files is not None:
            self.backup_timer.timeout.disconnect(self.files.auto_backup)
            QThreadPool.globalInstance().waitForDone()  # a backup or import still running
            self.files.backup_on_close()
            self.bank.close()
            self.statusBar().removeWidget(self.files.busy)  # the next bank's actions bring theirs
            self.files.deleteLater()
        if self.review_screen is not None:
            self.stack.removeWidget(self.review_screen)
            self.review_screen.deleteLater()
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

    def _file_actions(self) -> FileActions:
        """The File menu's work on the session's bank; what it reports comes back here."""
        from quizapp.ui.file_actions import FileActions

        files = FileActions(
            self.session, self, BackgroundTasks(self.statusBar()),
            selected_set=self._selected_set_name, release_bank=self._close_teacher_windows,
        )  # fmt: skip
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

    def _selected_set_name(self) -> str | None:
        set_id = self.home.selected_set_id()
        row = next((r for r in self.home.rows() if r.set_id == set_id), None)
        return row.name if row else None

    # --- menus -------------------------------------------------------------

    def _action(
        self, text: str, slot: object,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:  # fmt: skip
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(
                f"{text.replace('&', '').rstrip('.')} ({action.shortcut().toString()})"
            )
        action.triggered.connect(slot)
        return action

    def _files(self, act: Callable[[FileActions], object]) -> Callable[[], None]:
        """A slot running ``act`` on the File actions once the bank is open."""

        def call() -> None:
            if self.opened_bank() is not None and self.files is not None:
                act(self.files)

        return call

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addAction(
            self._action(
                "&Import questions...",
                self._on_import,
                QKeySequence.StandardKey.Open,
            )
        )
        file_menu.addAction(
            self._action(
                "&Export selected set...", self._files(lambda f: f.export_selected()), "Ctrl+E"
            )
        )
        file_menu.addSeparator()
        file_menu.addAction(self._action("&Back up now", self._files(lambda f: f.backup_now())))
        file_menu.addAction(
            self._action("&Restore from backup...", self._files(lambda f: f.restore()))
        )
        file_menu.addSeparator()
        file_menu.addAction(
            self._action("&Settings...", self._on_settings, QKeySequence.StandardKey.Preferences)
        )
        file_menu.addSeparator()
        file_menu.addAction(self._action("&Connect to class bank...", self._on_connect_class))
        file_menu.addAction(self._action("Use my &own bank", self._on_use_own_bank))
        file_menu.addSeparator()
        file_menu.addAction(self._action("&Quit", self.close, QKeySequence.StandardKey.Quit))
        study = bar.addMenu("&Study")
        study.addAction(self._action("&Review due cards", self._on_review_action, "R"))
        study.addAction(self._action("&Quiz...", self._on_quiz_action, "Q"))
        study.addAction(self._action("&Progress", self.show_progress, "P"))
        study.addAction(self._action("&Browse...", self.show_browser, "Ctrl+B"))
        study.addSeparator()
        study.addAction(self._action("&Undo last answer", self._on_undo, "Ctrl+Z"))
        study.addAction(self._action("&Home", self.show_home, "Ctrl+H"))
        learner_menu = bar.addMenu("&Learner")
        learner_menu.addAction(self._action("&Switch learner...", self.choose_learner, "Ctrl+L"))
        learner_menu.addAction(self._action("&Personal scheduling...", self._on_scheduling))
        learner_menu.addAction(self._action("Profile &password...", self._on_profile_password))
        teacher = bar.addMenu("&Teacher")
        teacher.addAction(self._action("&Edit sets...", self._on_edit_sets, "Ctrl+Shift+E"))
        teacher.addAction(
            self._action("&Questions from an article...", self._on_generate, "Ctrl+G")
        )
        teacher.addAction(self._action("&Class progress...", self._on_class_view))
        teacher.addSeparator()
        teacher.addAction(self._action("&Lock teacher mode", self._on_lock_teacher))
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self._action("&Keyboard shortcuts", self._on_shortcuts, "F1"))
        help_menu.addAction(self._action("&About quizapp", self._on_about))

    # --- the Teacher and Learner menus (their modules load on first use) ---------

    def _on_import(self) -> None:
        self.teacher.import_questions()

    def _on_edit_sets(self) -> None:
        self.teacher.open_editor()

    def _on_generate(self) -> None:
        self.teacher.open_generate_dialog()

    def _on_class_view(self) -> None:
        self.teacher.open_class_view()

    def _on_lock_teacher(self) -> None:
        self.teacher.leave_teacher_mode()

    def _on_scheduling(self) -> None:
        from quizapp.ui import learner_actions

        learner_actions.open_personal_scheduling(self.session, self, self.statusBar().showMessage)

    def _on_profile_password(self) -> None:
        from quizapp.ui import learner_actions

        learner_actions.open_profile_password(self.session, self, self.statusBar().showMessage)

    # --- home --------------------------------------------------------------

    def refresh_home(self) -> None:
        """Reload the sets and the learner's counts."""
        if self.bank is None:
            return
        from quizapp import review, sets

        summaries = sets.list_sets(self.bank)
        counts = (
            review.counts_by_set(self.bank, self.learner.id, now=_now()) if self.learner else {}
        )
        rows = []
        for s in summaries:
            c = counts.get(s.id)
            rows.append(
                SetRow(s.id, s.name, s.questions, c.due if c else None, c.new if c else None)
            )
        streak = 0
        if self.learner is not None:
            from quizapp import stats

            streak = stats.current_streak(self.bank, self.learner.id, now=_now())
        new_left = next((c.allowed for c in counts.values()), None)
        self._fill_home(rows, self.learner.name if self.learner else None, streak, new_left)

    def _fill_home(
        self, rows: list[SetRow], learner: str | None, streak: int = 0, new_left: int | None = None
    ) -> None:
        due = sum(r.due or 0 for r in rows)
        days = f" · {streak}-day streak" if streak else ""
        self.home.title.setText(f"Hello, {learner}" if learner else "Question sets")
        if learner:
            new = sum(r.new or 0 for r in rows)
            new = new if new_left is None else min(new, new_left)  # the limit counted once
            subtitle = f"{learner} · {count(due, 'card')} due today · {new} new · "
            subtitle += count(len(rows), "set")
        else:  # nobody chosen yet: there is nothing due to count
            subtitle = f"{count(len(rows), 'set')} · choose who is learning (Ctrl+L) to begin"
        self.home.show_sets(rows, subtitle + days, new_left)

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
        """Whether a review or a quiz is on screen."""
        from quizapp.ui.screens.quiz import QuizScreen

        current = self.stack.currentWidget()
        return current is self.review_screen or isinstance(current, QuizScreen)

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

    # --- learners -------------------------------------------------------------

    def _restore_learner(self) -> None:
        from quizapp import learners
        from quizapp.errors import QuizappError

        name = self.settings.last_learner
        if not name or self.bank is None:
            return
        try:
            self.learner = learners.get_learner(self.bank, name)
        except QuizappError:
            self.learner = None
        if self.learner is not None and self.learner.protected:
            self.learner = None  # a protected profile opens only with its password
        self._show_learner()

    def _show_learner(self) -> None:
        from quizapp.classconnect import describe

        names = [self.learner.name if self.learner else "", describe(self.db)]
        self.setWindowTitle(" — ".join(["quizapp", *filter(None, names)]))

    def choose_learner(self) -> bool:
        """Ask who is learning; returns whether a learner is now chosen."""
        bank = self.opened_bank()
        if bank is None:
            return False
        from quizapp.ui.dialogs.learner_dialog import LearnerDialog

        dialog = LearnerDialog(bank, self.learner.name if self.learner else "", self)
        if dialog.exec() and dialog.chosen is not None:
            self.learner = dialog.chosen
            self.settings.last_learner = dialog.chosen.name
            save_settings(self.settings)
            self._show_learner()
            self.show_home()
        return self.learner is not None

    def _need_learner(self) -> LearnerInfo | None:
        if self.opened_bank() is None:
            return None
        if self.learner is None and not self.choose_learner():
            return None
        return self.learner

    # --- study ------------------------------------------------------------------

    def _set_title(self, set_id: int | None) -> str:
        row = next((r for r in self.home.rows() if r.set_id == set_id), None)
        return row.name if row else "all sets"

    def start_review(self, set_id: int | None) -> None:
        learner = self._need_learner()
        if learner is None or self.review_screen is None:
            return
        self.show_screen(self.review_screen)
        self.review_screen.start(learner.id, set_id, self._set_title(set_id))

    def _on_review_action(self) -> None:
        if self.stack.currentWidget() is self.home:
            self.start_review(self.home.selected_set_id())

    def _on_undo(self) -> None:
        current = self.stack.currentWidget()
        if self.review_screen is not None and current is self.review_screen:
            self.review_screen.undo()
        else:
            from quizapp.ui.screens.quiz import QuizScreen

            if isinstance(current, QuizScreen):
                current.undo()

    def start_quiz(self, set_id: int | None) -> None:
        learner = self._need_learner()
        if learner is None or set_id is None or self.bank is None:
            return
        from quizapp.ui.screens.quiz import QuizScreen

        screen = QuizScreen(self.bank, learner.id, set_id, self._set_title(set_id), self.settings)
        screen.finished.connect(self.show_home)
        screen.open_article.connect(self.open_article)
        self.show_screen(screen)
        screen.begin()

    def _on_quiz_action(self) -> None:
        if self.stack.currentWidget() is self.home:
            self.start_quiz(self.home.selected_set_id())

    def show_progress(self) -> None:
        learner = self._need_learner()
        if learner is None or self.bank is None:
            return
        from quizapp.ui.screens.progress import ProgressScreen

        set_id = self.home.selected_set_id()
        screen = ProgressScreen(self.bank, learner, set_id, set_name=self._set_title(set_id))
        screen.finished.connect(self.show_home)
        self.show_screen(screen)
        screen.load()

    def show_browser(self) -> None:
        """Study > Browse: every question of the selected set (or all) in a searchable table."""
        learner = self._need_learner()
        if learner is None or self.bank is None or self.studying():
            return
        from quizapp.ui.screens.browser import BrowserScreen

        screen = BrowserScreen(self.session, learner, self.home.selected_set_id())
        screen.finished.connect(self.show_home)
        self.show_screen(screen)
        screen.load()
        screen.table.setFocus()

    def open_article(self, article: ArticleData, sentence: str) -> None:
        from quizapp.ui.dialogs.article_dialog import ArticleDialog

        ArticleDialog(article, sentence, status_colours(app_is_dark())["mark"], self).exec()

    # --- settings and about -------------------------------------------------------

    def _on_settings(self) -> None:
        bank = self.opened_bank()
        if bank is None:
            return
        from quizapp.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(bank, self.learner, self.settings, self)
        if dialog.exec():
            self.learner = dialog.learner
            save_settings(self.settings)
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_theme(app, self.settings.theme, self.settings.font_size)
            self.refresh_home()

    def follow_colour_scheme(self, scheme: Qt.ColorScheme) -> None:
        """The desktop switched between light and dark: follow it when the theme is "system"."""
        app = QApplication.instance()
        if self.settings.theme == "system" and isinstance(app, QApplication):
            apply_theme(app, "system", self.settings.font_size, scheme=scheme)
            self.refresh_home()

    def _on_shortcuts(self) -> None:
        from quizapp.ui.dialogs.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self._current_screen(), self.menuBar(), self).exec()

    def _current_screen(self) -> Screen:
        """Which screen is on the stack, for the keys the shortcuts list shows first."""
        from quizapp.ui.dialogs.shortcuts_dialog import Screen
        from quizapp.ui.screens.browser import BrowserScreen
        from quizapp.ui.screens.editor import EditorScreen
        from quizapp.ui.screens.progress import ProgressScreen
        from quizapp.ui.screens.quiz import QuizScreen
        from quizapp.ui.screens.review import ReviewScreen

        widget = self.stack.currentWidget()
        kinds: list[tuple[type[QWidget], Screen]] = [
            (ReviewScreen, Screen.REVIEW), (QuizScreen, Screen.QUIZ),
            (ProgressScreen, Screen.PROGRESS), (EditorScreen, Screen.EDITOR),
            (BrowserScreen, Screen.BROWSER),
        ]  # fmt: skip
        return next((screen for cls, screen in kinds if isinstance(widget, cls)), Screen.HOME)

    def _on_about(self) -> None:
        QMessageBox.about(
            self,
            "About quizapp",
            f"<h3>quizapp {__version__}</h3>"
            "<p>Quizzes and spaced-repetition flashcards made from real articles.</p>"
            "<p>Scheduling by FSRS (py-fsrs). Built with Qt for Python.</p>",
        )

    # --- window state --------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("main_window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(900, 620)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._background and self._wait_before_closing():
            event.ignore()
            return
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        save_settings(self.settings)
        self.backup_timer.stop()
        if self._following_scheme:  # once: a second close finds it gone
            QGuiApplication.styleHints().colorSchemeChanged.disconnect(self.follow_colour_scheme)
            self._following_scheme = False
        if self._check is not None:
            self._check.stop()  # no verdict needed: nothing more is written
        if self.files is not None and self.bank is not None:
            self.files.closing = True  # an import, export or backup finishes, unreported,
            QThreadPool.globalInstance().waitForDone()  # before the bank closes
            problem = None if self._background else self.files.backup_on_close()
            if problem:
                print(f"quizapp: backup on close failed: {problem}", file=sys.stderr)
            self.bank.close()
        super().closeEvent(event)

    def _wait_before_closing(self) -> bool:
        """Whether the window stays a moment: file work under way finishes, then the close
        backup (when none is recent) runs on a worker thread, its progress in the status bar.
        The window repaints meanwhile; study and menus are off (answers are all committed).
        """
        files = self.files
        if self._closing is _Closing.READY or files is None or self.bank is None:
            return False
        if self._closing is _Closing.WAITING:
            return True  # a second Ctrl+Q while the backup runs: it still ends by closing
        if not files.working() and not files.close_backup_due():
            return False
        self._closing = _Closing.WAITING
        self.backup_timer.stop()
        self.stack.setEnabled(False)
        self.menuBar().setEnabled(False)
        if files.working():
            self.statusBar().showMessage("Finishing the file work under way, then closing…")
        files.when_idle(self._back_up_then_close)  # now, when nothing is under way
        return True

    def _back_up_then_close(self) -> None:
        files = self.files
        assert files is not None
        if not files.close_backup_due():
            self._close_now(None)
            return
        files.backup_before_close(self._close_now)

    def _close_now(self, backup_problem: str | None) -> None:
        if backup_problem:
            print(f"quizapp: backup on close failed: {backup_problem}", file=sys.stderr)
        self._closing = _Closing.READY
        self.close()
