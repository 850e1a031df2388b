"""The editor's image: added from a file or the clipboard, shown, removed, refused when hostile."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from modal_steps import on_next_modal
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from quizapp.content import sets
from quizapp.images import ImageType
from quizapp.store import teacher_passphrase
from quizapp.ui.dialogs.passphrase_dialog import lock_teacher, unlock_teacher
from quizapp.ui.main_window import MainWindow
from quizapp.ui.screens.editor import EditorScreen

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def editor(qtbot: QtBot, window: MainWindow) -> Iterator[EditorScreen]:
    """The editor on the study bank, teacher unlocked, the short-answer question chosen."""
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
    opened.question_list.select("sa")
    yield opened
    if shiboken6.isValid(opened) and opened.isVisible():
        opened.form.load(opened.form.loaded())  # a test stopped mid-question: nothing to ask
    lock_teacher(window.session)


def stored_image(editor: EditorScreen) -> object:
    return next(q.image for q in sets.get_set(editor.bank, "Every kind").questions if q.uid == "sa")


def png_file(folder: Path, name: str = "map.png", size: tuple[int, int] = (90, 60)) -> Path:
    path = folder / name
    Image.new("RGB", size, (200, 40, 40)).save(path, format="PNG")
    return path


def choose_file(path: Path) -> None:
    def step(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(path))
        dialog.accept()

    on_next_modal([step])


def test_an_image_added_from_a_file_is_shown_saved_and_removed(
    qtbot: QtBot, editor: EditorScreen, tmp_path: Path
) -> None:
    field = editor.form.image
    # Given the teacher choosing an image file with the form's Add button
    choose_file(png_file(tmp_path))
    qtbot.mouseClick(field.add_button, Qt.MouseButton.LeftButton)
    # Then the form shows it, says what it is, and the preview shows it above the prompt
    assert field.view.isVisible() and field.status.text() == "PNG image, 90 x 60 pixels, 1 KB"
    card = editor.preview.card
    assert card is not None
    qtbot.waitUntil(card.image.isVisible)  # the new preview card shows once the loop runs
    assert card.image.grab().toImage().pixelColor(45, 30) == QColor(200, 40, 40)
    # When she saves (Ctrl+S), the bank holds it
    editor.activateWindow()  # back from the file dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    qtbot.keyClick(editor.form.prompt, Qt.Key.Key_S, CTRL)
    image = stored_image(editor)
    assert image is not None and (image.width, image.height) == (90, 60)  # type: ignore[attr-defined]
    # And Remove, then saving, takes it away; Ctrl+Z brings it back
    qtbot.mouseClick(field.remove_button, Qt.MouseButton.LeftButton)
    assert not field.view.isVisible() and editor.form.is_edited()
    qtbot.keyClick(editor.form.prompt, Qt.Key.Key_S, CTRL)
    assert stored_image(editor) is None
    qtbot.keyClick(editor.question_list.tree, Qt.Key.Key_Z, CTRL)
    assert stored_image(editor) == image


def test_an_image_pasted_from_the_clipboard_is_taken(qtbot: QtBot, editor: EditorScreen) -> None:
    # Given a bitmap copied to the clipboard (a screenshot, say)
    bitmap = QImage(50, 40, QImage.Format.Format_RGB32)
    bitmap.fill(QColor(10, 120, 220))
    QGuiApplication.clipboard().setImage(bitmap)
    # When the teacher presses Paste and saves
    qtbot.mouseClick(editor.form.image.paste_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(editor.form.prompt, Qt.Key.Key_S, CTRL)
    # Then the question has it, as a PNG of its size
    image = stored_image(editor)
    assert image is not None
    assert (image.media_type, image.width, image.height) == (ImageType.PNG, 50, 40)  # type: ignore[attr-defined]


def test_a_clipboard_without_an_image_says_so(qtbot: QtBot, editor: EditorScreen) -> None:
    QGuiApplication.clipboard().setText("just words")
    qtbot.mouseClick(editor.form.image.paste_button, Qt.MouseButton.LeftButton)
    assert editor.form.image.status.text() == "The clipboard holds no image."
    assert not editor.form.is_edited()


def test_a_hostile_file_is_refused_in_one_line_and_changes_nothing(
    qtbot: QtBot, editor: EditorScreen, tmp_path: Path
) -> None:
    field = editor.form.image
    # Given a question that already has an image
    assert field.add_file(png_file(tmp_path))
    before = field.image()
    # When the teacher picks a decompression bomb, then a PNG named .jpg
    bomb = tmp_path / "bomb.png"
    out = io.BytesIO()
    Image.new("1", (8000, 8000)).save(out, format="PNG")
    bomb.write_bytes(out.getvalue())
    assert not field.add_file(bomb)
    assert field.status.text().startswith("bomb.png: the image has more than 24 million pixels")
    assert not field.add_file(png_file(tmp_path, "photo.jpg"))
    # Then each is refused in one line, and the image stays the one she had
    assert field.status.text() == "photo.jpg: the file is named .jpg but holds a PNG image"
    assert "\n" not in field.status.text()
    assert field.image() is before


def test_by_keyboard_tab_from_the_prompt_then_paste_and_delete(
    qtbot: QtBot, editor: EditorScreen
) -> None:
    bitmap = QImage(16, 16, QImage.Format.Format_RGB32)
    bitmap.fill(QColor(0, 0, 0))
    QGuiApplication.clipboard().setImage(bitmap)
    field = editor.form.image
    # Given the focus in the prompt, Tab goes to the image's buttons
    editor.form.prompt.setFocus()
    qtbot.keyClick(editor.form.prompt, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is field.add_button
    # When the teacher presses Ctrl+V there, then Delete
    qtbot.keyClick(field.add_button, Qt.Key.Key_V, CTRL)
    assert field.image() is not None and editor.form.is_edited()
    qtbot.keyClick(field.add_button, Qt.Key.Key_Delete)
    # Then the image came and went, and the question is as it was
    assert field.image() is None and not editor.form.is_edited()
