"""The set editor by keyboard: one control per Alt key, Ctrl+Z in a field, Esc/Ctrl+W close."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
import shiboken6
from keys import focused, press
from modal_steps import on_next_modal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from quizapp.questiondata import KINDS
from quizapp.store import teacher_passphrase
from quizapp.ui.dialogs.passphrase_dialog import lock_teacher, unlock_teacher
from quizapp.ui.main_window import MainWindow
from quizapp.ui.screens.editor import EditorScreen
from quizapp.ui.widgets.question_card import KIND_TITLES

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def editor(qtbot: QtBot, window: MainWindow) -> Iterator[EditorScreen]:
    bank = window.bank
    assert bank is not None
    teacher_passphrase.set_passphrase(bank, "teacher passphrase")
    assert unlock_teacher(window.session, "teacher passphrase")
    opened = window.teacher.open_editor()
    assert opened is not None
    opened.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is opened)
    names = [opened.set_list.item(i).data(Qt.ItemDataRole.UserRole)
             for i in range(opened.set_list.count())]  # fmt: skip
    opened.set_list.setCurrentRow(names.index("Every kind"))
    yield opened
    if shiboken6.isValid(opened) and opened.isVisible():
        opened.form.load(opened.form.loaded())
    lock_teacher(window.session)


def mnemonics(root: QWidget) -> list[str]:
    """The Alt+letter of every visible label and button under ``root`` (and its own tool bar)."""
    letters = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or not isinstance(widget, QLabel | QAbstractButton):
            continue
        text = widget.text().replace("&&", "")
        if "&" in text[:-1]:
            letters.append(text[text.index("&") + 1].lower())
    return letters


@pytest.mark.parametrize("kind", KINDS)
def test_each_alt_key_belongs_to_one_control(editor: EditorScreen, kind: str) -> None:
    # Given the editor showing a question of ``kind``
    editor.form.kind.setCurrentIndex(editor.form.kind.findData(kind))
    # Then no Alt+letter is shared by two visible controls (the window's and the preview's)
    twice = {k: n for k, n in Counter(mnemonics(editor)).items() if n > 1}
    assert twice == {}, KIND_TITLES[kind]


def test_alt_keys_reach_their_fields_and_text_lands_there(
    qtbot: QtBot, editor: EditorScreen
) -> None:
    # Given a new short-answer question (the focus in its prompt)
    press(Qt.Key.Key_N, CTRL)
    editor.form.kind.setCurrentIndex(editor.form.kind.findData("short_answer"))
    editor.form.prompt.setFocus()
    # When the teacher goes to each field by its Alt key and types there
    for letter, field, typed in (
        (Qt.Key.Key_O, editor.form.source, "Rome is the capital of Italy."),
        (Qt.Key.Key_W, editor.form.answer, "Rome"),
        (Qt.Key.Key_P, editor.form.prompt, "Which city is the capital of Italy?"),
    ):
        press(letter, ALT)
        assert focused() is field
        qtbot.keyClicks(focused(), typed)
    # Then each text is in its own field, none piled up in the prompt
    q = editor.form.data()
    assert (q.prompt, q.answer, q.source) == (
        "Which city is the capital of Italy?", "Rome", "Rome is the capital of Italy.",
    )  # fmt: skip
    assert editor.draft, "Alt+A (Add question) was not pressed by the Answer key"


def test_ctrl_z_in_a_field_undoes_its_text_not_a_saved_edit(
    qtbot: QtBot, editor: EditorScreen
) -> None:
    # Given a saved change on the stack, and more text typed in the prompt and the answer
    editor.question_list.select("sa")
    editor.form.prompt.setFocus()
    qtbot.keyClicks(editor.form.prompt, " (one word)")
    press(Qt.Key.Key_S, CTRL)
    assert editor.undo_stack.count() == 1
    saved = editor.form.loaded().prompt
    editor.form.prompt.setFocus()
    editor.form.prompt.moveCursor(editor.form.prompt.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.form.prompt, " Please.")
    editor.form.answer.setFocus()
    editor.form.answer.end(False)
    qtbot.keyClicks(editor.form.answer, "!")
    # When Ctrl+Z is pressed in the answer, then in the prompt
    press(Qt.Key.Key_Z, CTRL)
    assert editor.form.answer.text() == "Paris"
    editor.form.prompt.setFocus()
    press(Qt.Key.Key_Z, CTRL)
    # Then each field's typing is undone, and the saved change stays
    assert editor.form.prompt.toPlainText() == saved
    assert editor.undo_stack.count() == 1 and editor.undo_stack.index() == 1


@pytest.mark.parametrize("key", ["Esc", "Ctrl+W"])
def test_a_key_closes_the_editor_asking_when_unsaved(
    qtbot: QtBot, editor: EditorScreen, key: str
) -> None:
    code, modifier = (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
    if key == "Ctrl+W":
        code, modifier = Qt.Key.Key_W, CTRL
    # Given an edited question: the key asks first, and Cancel keeps the editor open
    editor.question_list.select("sa")
    editor.form.prompt.setFocus()
    qtbot.keyClicks(editor.form.prompt, " Now.")

    def cancel(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Cancel).click()

    def discard(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Discard).click()

    on_next_modal([cancel])
    press(code, modifier)
    assert editor.isVisible()
    # When the key is pressed again and the change discarded, the editor closes
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    on_next_modal([discard])
    press(code, modifier)
    qtbot.waitUntil(lambda: not shiboken6.isValid(editor) or not editor.isVisible())


def test_f1_in_the_editor_lists_its_keys(editor: EditorScreen) -> None:
    from quizapp.ui.dialogs.shortcuts_dialog import ShortcutsDialog

    seen: list[str] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, ShortcutsDialog)
        table = dialog.screen_table
        seen.extend(table.item(r, 0).text() for r in range(table.rowCount()))
        dialog.reject()

    on_next_modal([read])
    editor.form.prompt.setFocus()
    press(Qt.Key.Key_F1)
    assert "Ctrl+N" in seen and "Esc, Ctrl+W" in seen
