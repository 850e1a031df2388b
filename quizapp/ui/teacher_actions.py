"""The Teacher menu's work, every action behind the passphrase gate.

:class:`TeacherActions` takes the window's session and the widget its windows
belong to, and emits what happened (sets changed, a screen to show, home
wanted); the main window decides what that means. Editing, importing and the
class view ask for the teacher passphrase first
(:func:`quizapp.ui.dialogs.passphrase_dialog.ensure_teacher`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from quizapp.ui.dialogs.passphrase_dialog import ensure_teacher, lock_teacher
from quizapp.ui.session import STILL_OPENING, Session

if TYPE_CHECKING:
    from quizapp.questiondata import ArticleData
    from quizapp.store.bank import Bank
    from quizapp.ui.dialogs.generate_dialog import GenerateDialog
    from quizapp.ui.screens.class_view import ClassViewScreen
    from quizapp.ui.screens.editor import EditorScreen


class TeacherActions(QObject):
    """Opens the editor, the generate dialog and the class view; locks teacher mode."""

    sets_changed = Signal()  # the editor or the generate dialog changed the sets
    screen_opened = Signal(QWidget)  # a screen for the window's stack (the class view)
    home_requested = Signal()  # a teacher screen is done
    import_requested = Signal()  # File > Import passed the gate
    status = Signal(str, int)  # a status-bar message and how long it shows (ms)

    def __init__(
        self, session: Session, parent: QWidget, selected_set: Callable[[], int | None]
    ) -> None:
        """``parent`` owns the teacher windows; ``selected_set`` is the set chosen at home."""
        super().__init__(parent)
        self.session = session
        self.parent_widget = parent
        self.selected_set = selected_set
        self._class_view: ClassViewScreen | None = None
        self._article_draft: ArticleData | None = None  # kept from the last generate dialog

    def teacher_bank(self) -> Bank | None:
        """The bank once it is open and the teacher has unlocked it; else None."""
        if self.session.bank is None:
            self.status.emit(STILL_OPENING, 2000)
            return None
        return self.session.bank if ensure_teacher(self.session, self.parent_widget) else None

    def open_editor(self) -> EditorScreen | None:
        """Show the set editor in its own window (one at a time), after the gate."""
        from quizapp.ui.screens.editor import EditorScreen

        bank = self.teacher_bank()
        if bank is None:
            return None
        parent = self.parent_widget
        existing = parent.findChild(EditorScreen)
        if isinstance(existing, EditorScreen) and existing.bank is bank:
            existing.show()
            existing.raise_()
            existing.activateWindow()
            return existing
        editor = EditorScreen(bank, parent)
        editor.setWindowFlag(Qt.WindowType.Window, True)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        editor.sets_changed.connect(self.sets_changed)
        guard = _CloseGuard(editor, parent)
        parent.installEventFilter(guard)
        editor.destroyed.connect(guard.deleteLater)
        editor.show()
        return editor

    def open_generate_dialog(self) -> GenerateDialog | None:
        """The article-to-questions dialog (window-modal, not blocking), after the gate."""
        from quizapp.ui.dialogs.generate_dialog import GenerateDialog

        bank = self.teacher_bank()
        if bank is None:
            return None
        draft, self._article_draft = self._article_draft, None
        dialog = GenerateDialog(bank, self.parent_widget, self.session.settings, draft)
        dialog.saved.connect(lambda _name: self.sets_changed.emit())
        # an article closed unsaved (Close, Esc, even mid-generation) comes back next time
        dialog.finished.connect(lambda _result: setattr(self, "_article_draft", dialog.draft()))
        dialog.open()
        return dialog

    def open_class_view(self) -> ClassViewScreen | None:
        """The teacher's class progress screen, after the gate."""
        from quizapp.ui.screens.class_view import ClassViewScreen

        bank = self.teacher_bank()
        if bank is None:
            return None
        settings = self.session.settings
        screen = ClassViewScreen(bank, self.selected_set(), settings=settings)
        screen.finished.connect(self.home_requested)
        self._class_view = screen
        self.screen_opened.emit(screen)
        screen.load()
        return screen

    def import_questions(self) -> None:
        """File > Import, behind the gate."""
        if self.teacher_bank() is not None:
            self.import_requested.emit()

    def close_teacher_windows(self) -> bool:
        """Close the set editor, the generate dialog and the class view; False if one stays.

        The editor asks about an unsaved question first; answering Cancel keeps it open.
        """
        from quizapp.ui.dialogs.generate_dialog import GenerateDialog
        from quizapp.ui.screens.editor import EditorScreen

        view = self._class_view
        if view is not None and shiboken6.isValid(view) and not view.isHidden():
            self.home_requested.emit()  # the class view is the window's current screen
        parent = self.parent_widget
        for kind in (EditorScreen, GenerateDialog):
            for widget in parent.findChildren(kind):
                widget.close()
        open_still = [w for k in (EditorScreen, GenerateDialog) for w in parent.findChildren(k)]
        return not any(w.isVisible() for w in open_still)

    def leave_teacher_mode(self) -> None:
        """Close every teacher window and forget the passphrase for this session.

        Done before handing the computer to a learner. When the teacher keeps a window
        open (Cancel on an unsaved question), teacher mode stays unlocked and the status
        bar says so.
        """
        if self.session.bank is None:
            return
        if not self.close_teacher_windows():
            self.status.emit("Teacher mode stays unlocked: a window is still open", 6000)
            return
        lock_teacher(self.session)
        self.status.emit("Teacher mode is locked", 4000)


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
