"""The main window: menus, the screen stack and the open bank."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QStackedWidget, QWidget

from quizapp import __version__, backup, interchange, learners, review, sets
from quizapp.bank import Bank
from quizapp.errors import FormatErrors, QuizappError
from quizapp.formats import registry
from quizapp.questiondata import ArticleData
from quizapp.settings import Settings, save_settings
from quizapp.startup import open_app_bank
from quizapp.ui.dialogs.article_dialog import ArticleDialog
from quizapp.ui.dialogs.learner_dialog import LearnerDialog
from quizapp.ui.dialogs.restore_dialog import RestoreDialog
from quizapp.ui.dialogs.settings_dialog import SettingsDialog
from quizapp.ui.errors import show_error
from quizapp.ui.screens.home import HomeScreen, SetRow
from quizapp.ui.screens.review import ReviewScreen, now_utc
from quizapp.ui.tasks import run_in_background
from quizapp.ui.theme import app_is_dark, apply_theme, status_colours


def file_filter(*, writing: bool) -> str:
    """A file-dialog filter listing the formats quizapp can read (or write)."""
    formats = [f for f in registry.FORMATS if (f.can_write if writing else f.can_read)]
    parts = [f"{f.title} ({' '.join('*' + e for e in f.extensions)})" for f in formats]
    if not writing:
        every = " ".join("*" + e for f in formats for e in f.extensions)
        parts.insert(0, f"All question files ({every} *.txt)")
    return ";;".join(parts)


class MainWindow(QMainWindow):
    """Owns the bank for the session and switches between screens."""

    def __init__(self, *, db: str | Path | None = None, settings: Settings | None = None) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.db = db
        self.bank: Bank = open_app_bank(db)
        self.setWindowTitle("quizapp")
        self.setMinimumSize(640, 440)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.learner: learners.LearnerInfo | None = None
        self.home = HomeScreen()
        self.home.review_requested.connect(self.start_review)
        self.home.quiz_requested.connect(self.start_quiz)
        self.home.progress_requested.connect(self.show_progress)
        self.stack.addWidget(self.home)
        self.review_screen = ReviewScreen(self.bank)
        self.review_screen.finished.connect(self.show_home)
        self.review_screen.open_article.connect(self.open_article)
        self.stack.addWidget(self.review_screen)
        self._build_menus()
        self._restore_geometry()
        self._restore_learner()
        self.refresh_home()
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(60_000)
        self.backup_timer.timeout.connect(self._on_backup_timer)
        self.backup_timer.start()

    # --- menus -------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: object,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(
                f"{text.replace('&', '').rstrip('.')} ({action.shortcut().toString()})"
            )
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addAction(
            self._action("&Import question set...", self._on_import, QKeySequence.StandardKey.Open)
        )
        file_menu.addAction(self._action("&Export selected set...", self._on_export, "Ctrl+E"))
        file_menu.addSeparator()
        file_menu.addAction(self._action("&Back up now", self._on_backup_now))
        file_menu.addAction(self._action("&Restore from backup...", self._on_restore))
        file_menu.addSeparator()
        file_menu.addAction(
            self._action("&Settings...", self._on_settings, QKeySequence.StandardKey.Preferences)
        )
        file_menu.addSeparator()
        file_menu.addAction(self._action("&Quit", self.close, QKeySequence.StandardKey.Quit))
        study = bar.addMenu("&Study")
        study.addAction(self._action("&Review due cards", self._on_review_action, "R"))
        study.addAction(self._action("&Quiz...", self._on_quiz_action, "Q"))
        study.addAction(self._action("&Progress", self.show_progress, "P"))
        study.addSeparator()
        self.undo_action = self._action("&Undo last answer", self.review_screen.undo, "Ctrl+Z")
        study.addAction(self.undo_action)
        study.addAction(self._action("&Home", self.show_home, "Ctrl+H"))
        learner_menu = bar.addMenu("&Learner")
        learner_menu.addAction(self._action("&Switch learner...", self.choose_learner, "Ctrl+L"))
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self._action("&About quizapp", self._on_about))

    # --- home --------------------------------------------------------------

    def refresh_home(self) -> None:
        """Reload the sets and the learner's counts."""
        summaries = sets.list_sets(self.bank)
        counts = (
            review.counts_by_set(self.bank, self.learner.id, now=now_utc()) if self.learner else {}
        )
        rows = []
        for s in summaries:
            c = counts.get(s.id)
            rows.append(
                SetRow(s.id, s.name, s.questions, c.due if c else None, c.new if c else None)
            )
        who = f"{self.learner.name} · " if self.learner else ""
        due = sum(r.due or 0 for r in rows)
        self.home.title.setText(f"Hello, {self.learner.name}" if self.learner else "Question sets")
        self.home.show_sets(rows, f"{who}{due} cards due today · {len(rows)} sets")

    # --- learners -------------------------------------------------------------

    def _restore_learner(self) -> None:
        name = self.settings.last_learner
        if not name:
            return
        try:
            self.learner = learners.get_learner(self.bank, name)
        except QuizappError:
            self.learner = None
        self._show_learner()

    def _show_learner(self) -> None:
        name = self.learner.name if self.learner else "no learner chosen"
        self.setWindowTitle(f"quizapp — {name}" if self.learner else "quizapp")

    def choose_learner(self) -> bool:
        """Ask who is learning; returns whether a learner is now chosen."""
        dialog = LearnerDialog(self.bank, self.learner.name if self.learner else "", self)
        if dialog.exec() and dialog.chosen is not None:
            self.learner = dialog.chosen
            self.settings.last_learner = dialog.chosen.name
            save_settings(self.settings)
            self._show_learner()
            self.show_home()
        return self.learner is not None

    def _need_learner(self) -> learners.LearnerInfo | None:
        if self.learner is None and not self.choose_learner():
            return None
        return self.learner

    # --- study ------------------------------------------------------------------

    def _set_title(self, set_id: int | None) -> str:
        row = next((r for r in self.home.rows() if r.set_id == set_id), None)
        return row.name if row else "all sets"

    def start_review(self, set_id: int | None) -> None:
        learner = self._need_learner()
        if learner is None:
            return
        self.show_screen(self.review_screen)
        self.review_screen.start(learner.id, set_id, self._set_title(set_id))

    def _on_review_action(self) -> None:
        if self.stack.currentWidget() is self.home:
            self.start_review(self.home.selected_set_id())

    def start_quiz(self, set_id: int | None) -> None:
        learner = self._need_learner()
        if learner is None or set_id is None:
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
        if learner is None:
            return
        from quizapp.ui.screens.progress import ProgressScreen

        screen = ProgressScreen(self.bank, learner, self.home.selected_set_id())
        screen.finished.connect(self.show_home)
        self.show_screen(screen)
        screen.load()

    def open_article(self, article: ArticleData, sentence: str) -> None:
        ArticleDialog(article, sentence, status_colours(app_is_dark())["mark"], self).exec()

    def _on_settings(self) -> None:
        dialog = SettingsDialog(self.bank, self.learner, self.settings, self)
        if dialog.exec():
            self.learner = dialog.learner
            save_settings(self.settings)
            from PySide6.QtWidgets import QApplication

            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_theme(app, self.settings.theme, self.settings.font_size)
            self.refresh_home()

    def show_home(self) -> None:
        previous = self.stack.currentWidget()
        self.refresh_home()
        self.stack.setCurrentWidget(self.home)
        self.home.table.setFocus()
        if previous not in (self.home, self.review_screen) and previous is not None:
            self.stack.removeWidget(previous)
            previous.deleteLater()

    def show_screen(self, screen: QWidget) -> None:
        """Put ``screen`` on the stack and show it."""
        if self.stack.indexOf(screen) < 0:
            self.stack.addWidget(screen)
        self.stack.setCurrentWidget(screen)

    # --- file actions --------------------------------------------------------

    def _on_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Import questions", "", file_filter(writing=False)
        )
        if path:
            self.import_path(path)

    def import_path(self, path: str, *, skip_bad: bool = False) -> None:
        """Import ``path``; on errors, offer to skip the bad questions."""
        try:
            report = interchange.import_file(self.bank, path, skip_bad=skip_bad)
        except FormatErrors as exc:
            answer = QMessageBox.question(
                self,
                "Import failed",
                f"{exc.report()}\n\nNothing was imported. Import the other questions and "
                "skip the ones with problems?",
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.import_path(path, skip_bad=True)
            return
        except Exception as exc:
            show_error(self, exc, "Import failed")
            return
        self.refresh_home()
        if report.skipped or report.notes:
            QMessageBox.information(self, "Imported", "\n".join(report.lines()))
        self.statusBar().showMessage(
            f"Imported {report.imported} questions into {report.set_name}", 5000
        )

    def _on_export(self) -> None:
        set_id = self.home.selected_set_id()
        row = next((r for r in self.home.rows() if r.set_id == set_id), None)
        if row is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, "Export question set", f"{row.name}.yaml", file_filter(writing=True)
        )
        if not path:
            return
        try:
            report = interchange.export_set(self.bank, row.name, path)
        except Exception as exc:
            show_error(self, exc, "Export failed")
            return
        if report.dropped or report.altered:
            QMessageBox.information(self, "Exported", "\n".join(report.lines()))
        self.statusBar().showMessage(f"Exported {row.name} to {path}", 5000)

    def _on_about(self) -> None:
        QMessageBox.about(
            self,
            "About quizapp",
            f"<h3>quizapp {__version__}</h3>"
            "<p>Quizzes and spaced-repetition flashcards made from real articles.</p>"
            "<p>Scheduling by FSRS (py-fsrs). Built with Qt for Python.</p>",
        )

    # --- backups -----------------------------------------------------------------

    def _on_backup_timer(self) -> None:
        path = self.bank.path
        if path is None or not backup.backup_due(backup.last_backup_time(path), now_utc()):
            return
        bank = self.bank
        run_in_background(
            lambda _progress: backup.make_backup(bank, now=now_utc(), reason="auto"),
            on_success=lambda info: self.statusBar().showMessage(
                f"Backed up: {info.describe()}", 4000
            ),
            on_failure=lambda exc: self.statusBar().showMessage(f"Automatic backup failed: {exc}"),
        )

    def _on_backup_now(self) -> None:
        if self.bank.path is None:
            return
        try:
            info = backup.make_backup(self.bank, now=now_utc(), reason="manual")
        except Exception as exc:
            show_error(self, exc, "Backup failed")
            return
        self.statusBar().showMessage(f"Backed up: {info.describe()}", 5000)

    def _on_restore(self) -> None:
        dialog = RestoreDialog(self.bank.path, self)
        if not dialog.exec() or dialog.chosen is None or self.bank.path is None:
            return
        path = self.bank.path
        self.bank.close()
        try:
            backup.restore_backup(dialog.chosen, path, now=now_utc())
        except Exception as exc:
            show_error(self, exc, "Restore failed")
        self._reopen_bank()
        self.statusBar().showMessage("Restored the bank from the backup", 5000)

    def _reopen_bank(self) -> None:
        self.bank = open_app_bank(self.db)
        self.review_screen.bank = self.bank
        self._restore_learner()
        self.show_home()

    # --- window state --------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("main_window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(900, 620)

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        save_settings(self.settings)
        self.backup_timer.stop()
        if self.bank.path is not None and self.bank.path.exists():
            try:
                backup.make_backup(self.bank, now=now_utc(), reason="close")
            except QuizappError as exc:  # the answers are in the bank; only the copy failed
                print(f"quizapp: backup on close failed: {exc}", file=sys.stderr)
        self.bank.close()
        super().closeEvent(event)
