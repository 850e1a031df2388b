"""The set editor, driven as a teacher would: sets, a question of every kind, edits, undo."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import pytest
import shiboken6
from modal_steps import on_next_modal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from quizapp.content import sets
from quizapp.questiondata import KINDS
from quizapp.store import teacher_passphrase
from quizapp.study import assignments, saved_quizzes
from quizapp.study.quiz_options import QuizOptions
from quizapp.ui.dialogs.passphrase_dialog import lock_teacher, unlock_teacher
from quizapp.ui.main_window import MainWindow
from quizapp.ui.screens.editor import EditorScreen
from quizapp.ui.widgets.question_card import KIND_TITLES

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def name_it(name: str) -> Callable[[QWidget], object]:
    def step(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue(name)
        dialog.accept()

    return step


def press(button: QMessageBox.StandardButton) -> Callable[[QWidget], object]:
    def step(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        box.button(button).click()

    return step


@pytest.fixture
def editor(qtbot: QtBot, window: MainWindow) -> Iterator[EditorScreen]:
    """The editor window on the study bank, the teacher already unlocked."""
    bank = window.bank
    assert bank is not None
    teacher_passphrase.set_passphrase(bank, "teacher passphrase")
    assert unlock_teacher(window.session, "teacher passphrase")
    opened = window.teacher.open_editor()
    assert opened is not None
    opened.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is opened)
    yield opened
    if shiboken6.isValid(opened) and opened.isVisible():
        opened.form.load(opened.form.loaded())  # a test stopped mid-question: nothing to ask
    lock_teacher(window.session)


def choose_set(editor: EditorScreen, name: str) -> None:
    names = [
        editor.set_list.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(editor.set_list.count())
    ]
    editor.set_list.setCurrentRow(names.index(name))
    assert editor.set_name == name


def click_question(qtbot: QtBot, editor: EditorScreen, uid: str) -> None:
    tree = editor.question_list.tree
    item = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == uid)  # fmt: skip
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center()
    )


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Replace the field's text by typing ``text`` (Return between lines)."""
    if isinstance(widget, QLineEdit):
        widget.clear()
        qtbot.keyClicks(widget, text)
        return
    assert isinstance(widget, QPlainTextEdit)
    widget.clear()
    for number, line in enumerate(text.split("\n")):
        if number:
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        qtbot.keyClicks(widget, line)


def pick(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not offered"
    combo.setCurrentIndex(index)


def problem_shown(editor: EditorScreen, field: str) -> str:
    label = editor.form.errors[field]
    return label.text() if label.isVisible() else ""


def uids(editor: EditorScreen) -> list[str]:
    assert editor.set_name is not None
    return [q.uid for q in sets.get_set(editor.bank, editor.set_name).questions]


def test_new_set_gets_a_question_of_every_kind(qtbot: QtBot, editor: EditorScreen) -> None:
    # Given a new set made with the New set button
    on_next_modal([name_it("Rivers")])
    qtbot.mouseClick(editor.new_set_button, Qt.MouseButton.LeftButton)
    assert editor.set_name == "Rivers" and editor.questions == []
    form = editor.form

    def add(kind: str) -> None:
        qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
        pick(form.kind, KIND_TITLES[kind])
        assert editor.draft and not editor.save_button.isEnabled()

    def save() -> None:
        assert editor.save_button.isEnabled(), form.problems()
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        assert not editor.draft

    # Multiple choice: a repeated choice is refused until fixed
    add("multiple_choice")
    type_into(qtbot, form.prompt, "Which river is the longest?")
    type_into(qtbot, form.choices, "Nile\nAmazon\nNile")
    assert "appears twice" in problem_shown(editor, "choices")
    assert not editor.save_button.isEnabled()
    type_into(qtbot, form.choices, "Nile\nAmazon\nYangtze")
    assert problem_shown(editor, "answer_mc") == "", "not before the teacher gets there"
    editor.activateWindow()  # back from the New set dialog: the window's keys work again
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    qtbot.keyClick(form.choices, Qt.Key.Key_S, CTRL)  # Save too soon: what is missing shows
    assert problem_shown(editor, "answer_mc") == "Pick the right choice"
    pick(form.right_choice, "Nile")
    assert problem_shown(editor, "choices") == problem_shown(editor, "answer_mc") == ""
    # The live preview is the learner's card for what is typed
    card = editor.preview.card
    assert card is not None and card.question.prompt == "Which river is the longest?"
    assert card.kind_label.text() == KIND_TITLES["multiple_choice"]
    save()
    # True or false
    add("true_false")
    type_into(qtbot, form.prompt, "The Danube flows into the North Sea.")
    pick(form.truth, "False")
    save()
    # Short answer with another accepted answer
    add("short_answer")
    type_into(qtbot, form.prompt, "Which river flows through Paris?")
    assert problem_shown(editor, "answer") == ""
    type_into(qtbot, form.answer, "Seine")
    type_into(qtbot, form.accepted, "The Seine")
    save()
    # Numeric: a tolerance that is not a number is refused
    add("numeric")
    type_into(qtbot, form.prompt, "How long is the Nile, in kilometres?")
    type_into(qtbot, form.answer, "6650")
    type_into(qtbot, form.tolerance, "about 50")
    assert "must be a number" in problem_shown(editor, "tolerance")
    assert not editor.save_button.isEnabled()
    type_into(qtbot, form.tolerance, "50")
    save()
    # Cloze: the prompt needs a gap
    add("cloze")
    type_into(qtbot, form.prompt, "The Thames flows through London.")
    type_into(qtbot, form.answer, "London")
    assert "gap" in problem_shown(editor, "prompt")
    type_into(qtbot, form.prompt, "The Thames flows through ___.")
    save()
    # Ordering
    add("ordering")
    type_into(qtbot, form.prompt, "From source to sea, the Rhine passes:")
    type_into(qtbot, form.choices, "Basel\nCologne\nRotterdam")
    save()
    # Matching: every line needs both sides
    add("matching")
    type_into(qtbot, form.prompt, "Match each river with its country.")
    type_into(qtbot, form.pairs, "Nile = Egypt\nLoire")
    assert "Pair 2" in problem_shown(editor, "pairs")
    type_into(qtbot, form.pairs, "Nile = Egypt\nLoire = France")
    save()
    # Flashcard
    add("flashcard")
    type_into(qtbot, form.prompt, "Delta")
    type_into(qtbot, form.explanation, "A word from geography.")  # typed below the back
    assert problem_shown(editor, "answer_back") == "Type the back of the card"
    type_into(qtbot, form.back, "Land formed where a river drops its sediment at its mouth.")
    type_into(qtbot, form.tags, "terms, geography")
    save()
    # Then the set holds one question of every kind, as typed
    stored = sets.get_set(editor.bank, "Rivers").questions
    assert [q.kind for q in stored] == list(KINDS)
    by_kind = {q.kind: q for q in stored}
    assert (by_kind["multiple_choice"].answer, by_kind["multiple_choice"].choices) == (
        "Nile",
        ["Nile", "Amazon", "Yangtze"],
    )
    assert by_kind["true_false"].answer == "false"
    assert by_kind["short_answer"].accepted == ["The Seine"]
    assert (by_kind["numeric"].answer, by_kind["numeric"].tolerance) == ("6650", 50.0)
    assert by_kind["ordering"].choices == ["Basel", "Cologne", "Rotterdam"]
    assert by_kind["matching"].pairs == [["Nile", "Egypt"], ["Loire", "France"]]
    assert by_kind["flashcard"].tags == ["terms", "geography"]
    assert len({q.uid for q in stored}) == len(KINDS)
    # And the main window lists the new set
    window = editor.parent()
    assert isinstance(window, MainWindow)
    assert "Rivers" in [r.name for r in window.home.rows()]


def test_edit_reorder_delete_with_undo_and_redo(qtbot: QtBot, editor: EditorScreen) -> None:
    choose_set(editor, "Every kind")
    tree = editor.question_list.tree
    # Edit: change the short answer's answer and save
    click_question(qtbot, editor, "sa")
    type_into(qtbot, editor.form.answer, "Paris, France")
    assert editor.revert_button.isEnabled()
    qtbot.keyClick(editor.form.answer, Qt.Key.Key_S, CTRL)
    assert sets.get_set(editor.bank, "Every kind").questions[2].answer == "Paris, France"
    # Reorder: the button, then Ctrl+Up on the list
    before = uids(editor)
    click_question(qtbot, editor, "tf")
    qtbot.mouseClick(editor.down_button, Qt.MouseButton.LeftButton)
    assert uids(editor)[1:3] == ["sa", "tf"]
    assert editor.question_list.current_uid() == "tf"
    qtbot.keyClick(tree, Qt.Key.Key_Up, CTRL)
    qtbot.keyClick(tree, Qt.Key.Key_Up, CTRL)
    assert uids(editor)[:3] == ["tf", "mc", "sa"]
    # Delete the ordering question with the Delete key
    click_question(qtbot, editor, "order")
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert "order" not in uids(editor)
    assert editor.question_list.current_uid() == "match"  # the next one is shown
    # Undo everything, step by step (Ctrl+Z), back to the start
    for _ in range(4):
        qtbot.keyClick(tree, Qt.Key.Key_Z, CTRL)
    assert uids(editor) == before
    assert sets.get_set(editor.bank, "Every kind").questions[2].answer == "Paris, France"
    qtbot.keyClick(tree, Qt.Key.Key_Z, CTRL)
    assert sets.get_set(editor.bank, "Every kind").questions[2].answer == "Paris"
    assert not editor.undo_action.isEnabled()
    # Redo it all (Ctrl+Shift+Z)
    for _ in range(5):
        qtbot.keyClick(tree, Qt.Key.Key_Z, CTRL | SHIFT)
    assert uids(editor) == ["tf", "mc", "sa", "num", "cloze", "match", "card"]
    assert sets.get_set(editor.bank, "Every kind").questions[2].answer == "Paris, France"


def test_search_and_filters(qtbot: QtBot, editor: EditorScreen) -> None:
    choose_set(editor, "Every kind")
    listing = editor.question_list
    assert len(listing.visible_uids()) == 8
    qtbot.keyClicks(listing.search, "capital")
    assert listing.visible_uids() == ["sa", "match"]
    assert not editor.up_button.isEnabled(), "no reordering while some questions are hidden"
    listing.search.clear()
    pick(listing.kind_filter, KIND_TITLES["numeric"])
    assert listing.visible_uids() == ["num"]
    pick(listing.kind_filter, "Every kind")
    # Tag two questions, then filter by the tag
    for uid in ("mc", "card"):
        click_question(qtbot, editor, uid)
        type_into(qtbot, editor.form.tags, "science")
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    pick(listing.tag_filter, "science")
    assert listing.visible_uids() == ["mc", "card"]
    qtbot.keyClicks(listing.search, "jupiter")  # found in the choices
    assert listing.visible_uids() == ["mc"]


def test_unsaved_question_prompts_before_leaving(qtbot: QtBot, editor: EditorScreen) -> None:
    choose_set(editor, "Every kind")
    click_question(qtbot, editor, "sa")
    type_into(qtbot, editor.form.prompt, "Name the capital of France.")
    # Cancel: stay on the edited question
    seen = on_next_modal([press(QMessageBox.StandardButton.Cancel)])
    click_question(qtbot, editor, "num")
    assert seen == ["QMessageBox"]
    assert editor.form.loaded().uid == "sa" and editor.form.is_edited()
    assert editor.question_list.current_uid() == "sa"
    # Closing the window asks too; Cancel keeps it open
    on_next_modal([press(QMessageBox.StandardButton.Cancel)])
    editor.close()
    assert editor.isVisible()
    # Discard: move on, the bank unchanged
    on_next_modal([press(QMessageBox.StandardButton.Discard)])
    click_question(qtbot, editor, "num")
    assert editor.form.loaded().uid == "num"
    assert sets.get_set(editor.bank, "Every kind").questions[2].prompt.startswith("Which city")
    # Save: the change is stored on leaving
    click_question(qtbot, editor, "sa")
    type_into(qtbot, editor.form.prompt, "Name the capital of France.")
    on_next_modal([press(QMessageBox.StandardButton.Save)])
    choose_set(editor, "Caucasus peace talks (2024)")
    assert sets.get_set(editor.bank, "Every kind").questions[2].prompt == (
        "Name the capital of France."
    )


def test_untouched_new_question_leaves_without_asking(qtbot: QtBot, editor: EditorScreen) -> None:
    choose_set(editor, "Every kind")
    for title in KIND_TITLES.values():
        qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
        pick(editor.form.kind, title)
        assert editor.draft and editor.form.is_blank(), title
    # No message box: the forgotten-modal guard would fail this test if one showed
    choose_set(editor, "Caucasus peace talks (2024)")
    assert not editor.draft
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    editor.close()
    assert not editor.isVisible()


def test_set_rename_duplicate_delete_and_undo(qtbot: QtBot, editor: EditorScreen) -> None:
    choose_set(editor, "Every kind")
    on_next_modal([name_it("All kinds")])
    qtbot.mouseClick(editor.rename_button, Qt.MouseButton.LeftButton)
    assert editor.set_name == "All kinds"
    on_next_modal([name_it("All kinds, second copy")])
    qtbot.mouseClick(editor.duplicate_button, Qt.MouseButton.LeftButton)
    assert editor.set_name == "All kinds, second copy" and len(editor.questions) == 8
    on_next_modal([press(QMessageBox.StandardButton.Yes)])
    qtbot.mouseClick(editor.delete_set_button, Qt.MouseButton.LeftButton)
    names = [s.name for s in sets.list_sets(editor.bank)]
    assert "All kinds, second copy" not in names and "All kinds" in names
    # A refused name changes nothing and leaves nothing to undo
    on_next_modal([name_it("Caucasus peace talks (2024)"), press(QMessageBox.StandardButton.Ok)])
    qtbot.mouseClick(editor.rename_button, Qt.MouseButton.LeftButton)
    assert editor.undo_stack.count() == 3
    # Undo the delete, the copy and the rename
    editor.undo_action.trigger()
    assert len(sets.get_set(editor.bank, "All kinds, second copy").questions) == 8
    editor.undo_action.trigger()
    editor.undo_action.trigger()
    assert sorted(s.name for s in sets.list_sets(editor.bank)) == [
        "Caucasus peace talks (2024)",
        "Every kind",
    ]


def test_deleting_a_set_says_what_goes_with_it_and_undo_brings_it_back(
    qtbot: QtBot, editor: EditorScreen
) -> None:
    # Given 'Every kind' is assigned and has a named quiz
    bank = editor.bank
    (found,) = [s for s in sets.list_sets(bank) if s.name == "Every kind"]
    today = datetime.now(UTC).date()
    assignments.assign(bank, "Every kind", today, pass_mark=60, today=today, now=datetime.now(UTC))
    saved_quizzes.save_quiz(bank, found.id, "Short", QuizOptions(count=2))
    choose_set(editor, "Every kind")
    said: list[str] = []

    def read_and_say_yes(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        assert box.textFormat() == Qt.TextFormat.PlainText
        said.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    # When the teacher deletes it, the confirmation names them, and Undo brings them back
    on_next_modal([read_and_say_yes])
    qtbot.mouseClick(editor.delete_set_button, Qt.MouseButton.LeftButton)
    assert said == [
        "Delete the set 'Every kind' with its 8 questions, its assignment and its named quiz? "
        "Learners' progress on the questions is deleted too (Undo brings back the questions, "
        "the assignment and the named quiz, not the progress)."
    ]
    assert assignments.list_assignments(bank) == []
    editor.undo_action.trigger()
    (back,) = assignments.list_assignments(bank)
    assert (back.set_name, back.pass_mark) == ("Every kind", 60)
    assert [q.name for _, q in saved_quizzes.list_all(bank)] == ["Short"]
