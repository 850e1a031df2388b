"""The main window: menus, the screen stack and the open bank."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QStackedWidget, QWidget

from quizapp import __version__, sets
from quizapp.bank import Bank
from quizapp.settings import Settings, save_settings
from quizapp.startup import open_app_bank
from quizapp.ui.errors import show_error
from quizapp.ui.screens.home import HomeScreen, SetRow


class MainWindow(QMainWindow):
    """Owns the bank for the session and switches between screens."""

    def __init__(self, *, db: str | Path | None = None, settings: Settings | None = None) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.bank: Bank = open_app_bank(db)
        self.setWindowTitle("quizapp")
        self.setMinimumSize(640, 440)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.home = HomeScreen()
        self.stack.addWidget(self.home)
        self._build_menus()
        self._restore_geometry()
        self.refresh_home()

    # --- menus -------------------------------------------------------------

    def _action(
        self, text: str, slot: object, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
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
        file_menu.addAction(self._action("&Quit", self.close, QKeySequence.StandardKey.Quit))
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self._action("&About quizapp", self._on_about))

    # --- home --------------------------------------------------------------

    def refresh_home(self) -> None:
        """Reload the sets and their counts."""
        summaries = sets.list_sets(self.bank)
        rows = [SetRow(s.id, s.name, s.questions) for s in summaries]
        total = sum(s.questions for s in summaries)
        self.home.show_sets(rows, f"{len(rows)} sets, {total} questions")

    def show_home(self) -> None:
        self.refresh_home()
        self.stack.setCurrentWidget(self.home)

    def show_screen(self, screen: QWidget) -> None:
        """Put ``screen`` on the stack and show it."""
        if self.stack.indexOf(screen) < 0:
            self.stack.addWidget(screen)
        self.stack.setCurrentWidget(screen)

    # --- file actions --------------------------------------------------------

    def _on_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Import question set", "", "Question sets (*.yaml *.yml);;All files (*)"
        )
        if not path:
            return
        try:
            summary = sets.import_set_file(self.bank, path)
        except Exception as exc:
            show_error(self, exc, "Import failed")
            return
        self.refresh_home()
        self.statusBar().showMessage(
            f"Imported {summary.questions} questions into {summary.name}", 5000
        )

    def _on_export(self) -> None:
        set_id = self.home.selected_set_id()
        row = next((r for r in self.home.rows() if r.set_id == set_id), None)
        if row is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, "Export question set", f"{row.name}.yaml", "Question sets (*.yaml)"
        )
        if not path:
            return
        try:
            sets.export_set_file(self.bank, row.name, path)
        except Exception as exc:
            show_error(self, exc, "Export failed")
            return
        self.statusBar().showMessage(f"Exported {row.name} to {path}", 5000)

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
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        save_settings(self.settings)
        self.bank.close()
        super().closeEvent(event)
