"""The teacher's set editor: sets, their questions, a form per kind and a live preview.

Every saved change goes to the bank at once through :mod:`quizapp.content.editing` and
onto an undo stack (Ctrl+Z / Ctrl+Shift+Z). Only the question being typed can
be unsaved; leaving it (another question or set, closing) asks what to do.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QInputDialog, QLineEdit, QListWidgetItem, QMessageBox, QWidget

from quizapp.content import editing, sets
from quizapp.questiondata import QuestionData, QuestionKind
from quizapp.store.bank import Bank
from quizapp.ui import edit_commands as commands
from quizapp.ui.edit_commands import Focus
from quizapp.ui.errors import show_error
from quizapp.ui.plain import message, tooltip
from quizapp.ui.screens.editor_view import EditorView

NAME_ROLE = Qt.ItemDataRole.UserRole


class EditorScreen(EditorView):
    """Edits the bank's sets; emits ``sets_changed`` after every change."""

    sets_changed = Signal()

    def __init__(self, bank: Bank, parent: QWidget | None = None) -> None:
        super().__init__(parent)  # the widgets, laid out (editor_view)
        self.bank = bank
        self.set_name: str | None = None
        self.questions: list[QuestionData] = []
        self.draft = False  # the form holds a new question not yet in the set
        self.undo_stack = QUndoStack(self)
        self._make_undo_actions()
        self._connect()
        self.reload(None, None)

    # --- wiring ------------------------------------------------------------------

    def _make_undo_actions(self) -> None:
        self.undo_action = self.undo_stack.createUndoAction(self, "Undo")  # Alt+U is Duplicate
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = self.undo_stack.createRedoAction(self, "Redo")  # Alt+R is Revert
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.undo_button.setDefaultAction(self.undo_action)
        self.redo_button.setDefaultAction(self.redo_action)

    def _connect(self) -> None:
        clicks = [
            (self.new_set_button, self._on_new_set),
            (self.rename_button, self._on_rename_set),
            (self.duplicate_button, self._on_duplicate_set),
            (self.delete_set_button, self._on_delete_set),
            (self.add_button, self._on_add),
            (self.delete_button, self._on_delete_question),
            (self.up_button, self._on_up),
            (self.down_button, self._on_down),
            (self.save_button, self._on_save),
            (self.revert_button, self._on_revert),
        ]
        for button, on_click in clicks:
            button.clicked.connect(on_click)
        self.set_list.currentItemChanged.connect(self._on_set_chosen)
        self.question_list.current_changed.connect(self._on_question_chosen)
        self.form.edited.connect(self._on_form_edited)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
        shortcuts: list[tuple[str | QKeySequence.StandardKey, object, QWidget]] = [
            ("Ctrl+Up", self._on_up, self.left),
            ("Ctrl+Down", self._on_down, self.left),
            (QKeySequence.StandardKey.Delete, self._on_delete_question, self.question_list.tree),
            ("Ctrl+N", self._on_add, self),
            (QKeySequence.StandardKey.Save, self._on_save, self),
            ("Esc", self.close, self),  # closing asks first when a question is unsaved
            ("Ctrl+W", self.close, self),
            ("F1", self._on_help, self),
        ]
        for key, slot, owner in shortcuts:
            action = QAction(owner)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(
                Qt.ShortcutContext.WindowShortcut
                if owner is self
                else Qt.ShortcutContext.WidgetWithChildrenShortcut
            )
            action.triggered.connect(slot)
            owner.addAction(action)

    # --- showing -------------------------------------------------------------------

    def reload(self, set_name: str | None, uid: str | None) -> None:
        """Read the sets again and show ``set_name`` with question ``uid`` chosen."""
        summaries = sets.list_sets(self.bank)
        names = [s.name for s in summaries]
        if set_name not in names:
            set_name = self.set_name if self.set_name in names else (names[0] if names else None)
        self.set_list.blockSignals(True)
        self.set_list.clear()
        for s in summaries:
            item = QListWidgetItem(f"{s.name}  ·  {s.questions}")
            item.setData(NAME_ROLE, s.name)
            item.setToolTip(tooltip(s.description or s.name))
            self.set_list.addItem(item)
            if s.name == set_name:
                self.set_list.setCurrentItem(item)
        self.set_list.blockSignals(False)
        self._show_set(set_name, uid)

    def _show_set(self, set_name: str | None, uid: str | None) -> None:
        self.set_name = set_name
        self.questions = sets.get_set(self.bank, set_name).questions if set_name else []
        uids = [q.uid for q in self.questions]
        if uid not in uids:
            uid = uids[0] if uids else None
        self.question_list.show_questions(self.questions, uid)
        self.form.set_known_tags(editing.all_tags(self.questions))
        self._show_question(uid)

    def _show_question(self, uid: str | None) -> None:
        self.draft = False
        question = next((q for q in self.questions if q.uid == uid), None)
        if question is None:
            self.form.load(QuestionData(uid="", kind=QuestionKind.SHORT_ANSWER, prompt=""))
        else:
            self.form.load(question)
        self._update_state()

    def _update_state(self) -> None:
        has_set = self.set_name is not None
        uid = self.question_list.current_uid()
        shown = self.draft or uid is not None
        self.middle.setEnabled(shown)
        for button in (self.rename_button, self.duplicate_button, self.delete_set_button):
            button.setEnabled(has_set)
        self.add_button.setEnabled(has_set)
        self.delete_button.setEnabled(uid is not None and not self.draft)
        movable = uid is not None and not self.draft and not self.question_list.filtering()
        uids = [q.uid for q in self.questions]
        self.up_button.setEnabled(movable and uids.index(uid or "") > 0 if movable else False)
        self.down_button.setEnabled(movable and uids.index(uid or "") < len(uids) - 1)
        problems = self.form.problems() if shown else []
        edited = self.form.is_edited()
        self.save_button.setEnabled(shown and not problems and (edited or self.draft))
        self.revert_button.setEnabled(edited)
        self.preview.show_question(self.form.data() if shown else None)
        if not has_set:
            heading = "Create a set to start"
        elif self.draft:
            heading = f"New question for {self.set_name}"
        elif uid is None:
            heading = "No questions yet: add one"
        else:
            heading = f"Question {uids.index(uid) + 1} of {len(uids)} · {self.set_name}"
        self.form_title.setText(heading + ("  (edited)" if edited else ""))

    # --- leaving the question being edited ----------------------------------------

    def confirm_leave(self) -> bool:
        """Whether the question being edited may be left (saving or discarding it)."""
        if not self.form.is_edited() or (self.draft and self.form.is_blank()):
            return True
        answer = QMessageBox.question(
            self,
            "Unsaved question",
            "This question has changes that are not saved. Save them?",
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save_question()
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.confirm_leave():
            event.accept()
        else:
            event.ignore()

    def _on_set_chosen(self, item: QListWidgetItem | None) -> None:
        name = str(item.data(NAME_ROLE)) if item is not None else None
        if name == self.set_name:
            return
        if not self.confirm_leave():
            self.reload(self.set_name, self.question_list.current_uid())
            return
        self._show_set(name, None)

    def _on_question_chosen(self, uid: str | None) -> None:
        previous = self.form.loaded().uid
        if not self.confirm_leave():
            self.question_list.select(previous or None, quiet=True)
            return
        self._show_question(uid)

    def _on_form_edited(self) -> None:
        self._update_state()

    # --- question edits ----------------------------------------------------------

    def _notify(self, focus: Focus | None, exc: BaseException | None) -> None:
        if exc is not None:
            show_error(self, exc, "The edit cannot be undone")
            self.undo_stack.clear()
            focus = (self.set_name, None)
        assert focus is not None
        self.reload(*focus)
        self.sets_changed.emit()

    def _perform(self, edit: commands.Edit) -> bool:
        try:
            focus = commands.perform(self.undo_stack, edit, self._notify)
        except Exception as exc:
            show_error(self, exc, "The change was not saved")
            return False
        self.reload(*focus)
        self.sets_changed.emit()
        return True

    def save_question(self) -> bool:
        """Save the form into the set; False if it has problems or the bank refused it."""
        if self.set_name is None or self.form.check(reveal=True):
            return False
        after = self.form.data()
        if self.draft:
            return self._perform(
                commands.add_question(self.bank, self.set_name, after, len(self.questions))
            )
        before = self.form.loaded()
        return self._perform(commands.update_question(self.bank, self.set_name, before, after))

    def _on_save(self) -> None:
        if self.save_button.isEnabled():
            self.save_question()
        elif self.middle.isEnabled():
            self.form.check(reveal=True)  # Ctrl+S on an unfinished question: say what is missing

    def _on_revert(self) -> None:
        if self.draft:
            self._new_draft(self.form.current_kind())
        else:
            self.form.load(self.form.loaded())
            self._update_state()

    def _on_add(self) -> None:
        if self.set_name is None or not self.confirm_leave():
            return
        kind = self.question_list.kind_filter.currentData() or self.form.current_kind()
        self._new_draft(QuestionKind(kind))
        self.form.prompt.setFocus()

    def _new_draft(self, kind: QuestionKind) -> None:
        uid = editing.new_uid(q.uid for q in self.questions)
        self.question_list.select(None, quiet=True)
        self.form.load(QuestionData(uid=uid, kind=kind, prompt=""))
        self.draft = True
        self._update_state()

    def _on_delete_question(self) -> None:
        uid = self.question_list.current_uid()
        if self.set_name is None or uid is None or self.draft:
            return
        uids = [q.uid for q in self.questions]
        position = uids.index(uid)
        rest = uids[position + 1 :] + uids[:position][::-1]  # the next one, else the one before
        question = self.questions[position]
        self.form.load(question)  # the typed changes go with the question
        edit = commands.delete_question(
            self.bank, self.set_name, question, position, rest[0] if rest else None
        )
        self._perform(edit)

    def _move(self, step: int) -> None:
        uid = self.question_list.current_uid()
        if self.set_name is None or uid is None or self.draft or self.question_list.filtering():
            return
        uids = [q.uid for q in self.questions]
        start = uids.index(uid)
        if not 0 <= start + step < len(uids) or not self.confirm_leave():
            return
        self._perform(commands.move_question(self.bank, self.set_name, uid, start, start + step))

    def _on_up(self) -> None:
        self._move(-1)

    def _on_down(self) -> None:
        self._move(1)

    def _on_help(self) -> None:
        from quizapp.ui.dialogs.shortcuts_dialog import Screen, ShortcutsDialog

        ShortcutsDialog(Screen.EDITOR, None, self).exec()

    # --- set edits -----------------------------------------------------------------

    def _ask_name(self, title: str, label: str, text: str = "") -> str | None:
        name, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Normal, text)
        return name.strip() if ok and name.strip() else None

    def _on_new_set(self) -> None:
        if self.confirm_leave() and (name := self._ask_name("New set", "Name of the new set:")):
            self._perform(commands.create_set(self.bank, name))

    def _on_rename_set(self) -> None:
        old = self.set_name
        if old is None or not self.confirm_leave():
            return
        new = self._ask_name("Rename set", f"New name for {old}:", old)
        if new is not None and new != old:
            self._perform(commands.rename_set(self.bank, old, new))

    def _on_duplicate_set(self) -> None:
        source = self.set_name
        if source is None or not self.confirm_leave():
            return
        with self.bank.session() as session:
            suggested = editing.copy_name(session, source)
        name = self._ask_name("Duplicate set", "Name of the copy:", suggested)
        if name is not None:
            self._perform(commands.duplicate_set(self.bank, source, name))

    def _on_delete_set(self) -> None:
        name = self.set_name
        if name is None:
            return
        links = editing.set_links(self.bank, name)
        text = _delete_question(name, len(self.questions), links.describe(), links.describe("the"))
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        answer = message(
            self, "Delete set", text, icon=QMessageBox.Icon.Question, buttons=yes | no, default=no
        )
        if answer == yes:
            self.form.load(self.form.loaded())  # typed changes go with the set
            self._perform(commands.delete_set(self.bank, name))


def _delete_question(name: str, questions: int, links: str, the_links: str) -> str:
    """The confirmation of deleting a set: what goes with it and what Undo brings back."""
    also = f", {links}" if links else ""
    back = f"the questions, {the_links}" if links else "the questions"
    return (
        f"Delete the set {name!r} with its {questions} questions{also}? Learners' progress on "
        f"the questions is deleted too (Undo brings back {back}, not the progress)."
    )
