"""The Teacher menu's work for the main window, every action behind the passphrase gate.

The main window's Teacher menu calls these functions; tests call them directly.
Editing, importing and the class view ask for the teacher passphrase first
(:func:`quizapp.ui.dialogs.passphrase_dialog.ensure_teacher`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt

from quizapp.ui.dialogs.passphrase_dialog import ensure_teacher, lock_teacher

if TYPE_CHECKING:
    from quizapp.bank import Bank
    from quizapp.ui.dialogs.generate_dialog import GenerateDialog
    from quizapp.ui.main_window import MainWindow
    from quizapp.ui.screens.class_view import ClassViewScreen
    from quizapp.ui.screens.editor import EditorScreen


def teacher_bank(window: MainWindow) -> Bank | None:
    """The window's bank once it is open and the teacher has unlocked it; else None."""
    bank = window.opened_bank()
    return bank if bank is not None and ensure_teacher(bank, window) else None


def open_editor(window: MainWindow) -> EditorScreen | None:
    """Show the set editor in its own window (one at a time), after the gate."""
    from quizapp.ui.screens.editor import EditorScreen

    bank = teacher_bank(window)
    if bank is None:
        return None
    existing = window.findChild(EditorScreen)
    if isinstance(existing, EditorScreen) and existing.bank is bank:
        existing.show()
        existing.raise_()
        existing.activateWindow()
        return existing
    editor = EditorScreen(bank, window)
    editor.setWindowFlag(Qt.WindowType.Window, True)
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    editor.sets_changed.connect(window.refresh_home)
    guard = _CloseGuard(editor, window)
    window.installEventFilter(guard)
    editor.destroyed.connect(guard.deleteLater)
    editor.show()
    return editor


class _CloseGuard(QObject):
    """Asks the open editor about its unsaved question before the main window closes."""

    def __init__(self, editor: EditorScreen, parent: QObject) -> None:
        super().__init__(parent)
        self.editor = editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and self.editor.isVisible():
            if not self.editor.confirm_leave():
                event.ignore()
                return True
            self.editor.form.load(self.editor.form.loaded())  # answered: do not ask again
        return False


def open_generate_dialog(window: MainWindow) -> GenerateDialog | None:
    """The article-to-questions dialog (window-modal, not blocking), after the gate."""
    from quizapp.ui.dialogs.generate_dialog import GenerateDialog

    bank = teacher_bank(window)
    if bank is None:
        return None
    dialog = GenerateDialog(bank, window, window.settings)
    dialog.saved.connect(lambda _name: window.refresh_home())
    dialog.open()
    return dialog


def open_class_view(window: MainWindow) -> ClassViewScreen | None:
    """The teacher's class progress screen, after the gate."""
    from quizapp.ui.screens.class_view import ClassViewScreen

    bank = teacher_bank(window)
    if bank is None:
        return None
    screen = ClassViewScreen(bank, window.home.selected_set_id(), settings=window.settings)
    screen.finished.connect(window.show_home)
    window.show_screen(screen)
    screen.load()
    return screen


def import_questions(window: MainWindow) -> None:
    """File > Import, behind the gate."""
    if teacher_bank(window) is not None and window.files is not None:
        window.files.import_file()


def close_teacher_windows(window: MainWindow) -> bool:
    """Close the set editor, the generate dialog and the class view; False if one stays.

    The editor asks about an unsaved question first; answering Cancel keeps it open.
    """
    from quizapp.ui.dialogs.generate_dialog import GenerateDialog
    from quizapp.ui.screens.class_view import ClassViewScreen
    from quizapp.ui.screens.editor import EditorScreen

    if isinstance(window.stack.currentWidget(), ClassViewScreen):
        window.show_home()
    for kind in (EditorScreen, GenerateDialog):
        for widget in window.findChildren(kind):
            widget.close()
    open_still = [w for k in (EditorScreen, GenerateDialog) for w in window.findChildren(k)]
    return not any(w.isVisible() for w in open_still)


def leave_teacher_mode(window: MainWindow) -> None:
    """Close every teacher window and forget the passphrase for this session.

    Done before handing the computer to a learner. When the teacher keeps a window
    open (Cancel on an unsaved question), teacher mode stays unlocked and the status
    bar says so.
    """
    if window.bank is None:
        return
    if not close_teacher_windows(window):
        window.statusBar().showMessage("Teacher mode stays unlocked: a window is still open", 6000)
        return
    lock_teacher(window.bank)
    window.statusBar().showMessage("Teacher mode is locked", 4000)
