"""The teacher gate: a passphrase set on first use guards editing, importing and the class view."""

from __future__ import annotations

from collections.abc import Callable

from modal_steps import on_next_modal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlmodel import select

from quizapp import teacher
from quizapp.models import Meta
from quizapp.ui import teacher_actions
from quizapp.ui.dialogs.passphrase_dialog import PassphraseDialog, is_teacher, lock_teacher
from quizapp.ui.main_window import MainWindow
from quizapp.ui.screens.class_view import ClassViewScreen
from quizapp.ui.screens.editor import EditorScreen

PASSPHRASE = "blue whale in the bay"


def type_passphrase(
    qtbot: QtBot, first: str, again: str | None = None
) -> Callable[[QWidget], bool]:
    def step(dialog: QWidget) -> bool:
        assert isinstance(dialog, PassphraseDialog)
        dialog.passphrase.clear()
        qtbot.keyClicks(dialog.passphrase, first)
        if again is not None:
            dialog.confirm.clear()
            qtbot.keyClicks(dialog.confirm, again)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.isHidden()

    return step


def expect_problem(text: str) -> Callable[[QWidget], bool]:
    def step(dialog: QWidget) -> bool:
        assert isinstance(dialog, PassphraseDialog)
        assert dialog.isVisible(), "the dialog stays open after a refused passphrase"
        assert dialog.problem.isVisible()
        assert text in dialog.problem.text()
        return False

    return step


def cancel(dialog: QWidget) -> bool:
    assert isinstance(dialog, PassphraseDialog)
    dialog.reject()
    return True


def test_first_use_sets_the_passphrase_and_stores_only_a_hash(
    qtbot: QtBot, window: MainWindow
) -> None:
    bank = window.bank
    assert bank is not None and not teacher.has_passphrase(bank)
    # Given a bank without a teacher passphrase, when the teacher opens the editor
    seen = on_next_modal(
        [
            type_passphrase(qtbot, "short", "short"),  # too short
            expect_problem("at least 8 characters"),
            type_passphrase(qtbot, PASSPHRASE, PASSPHRASE + "!"),  # typed differently
            expect_problem("differ"),
            type_passphrase(qtbot, PASSPHRASE, PASSPHRASE),
        ]
    )
    editor = teacher_actions.open_editor(window)
    # Then the passphrase was set through one dialog, and the editor opened
    assert seen == ["PassphraseDialog"] * 5
    assert isinstance(editor, EditorScreen) and editor.isVisible()
    assert teacher.check_passphrase(bank, PASSPHRASE)
    # And the meta table holds a salted scrypt hash, never the passphrase
    with bank.session() as session:
        rows = session.exec(select(Meta)).all()
    stored = {r.key: r.value for r in rows}[teacher.PASSPHRASE_KEY]
    assert stored.startswith("scrypt$") and PASSPHRASE not in stored
    assert all(PASSPHRASE not in r.value for r in rows)
    # And it is not asked again in this session
    assert teacher_actions.open_editor(window) is editor
    editor.close()


def test_wrong_passphrase_is_refused_right_one_accepted(qtbot: QtBot, window: MainWindow) -> None:
    bank = window.bank
    assert bank is not None
    teacher.set_passphrase(bank, PASSPHRASE)
    # When someone types a wrong passphrase, then the right one
    seen = on_next_modal(
        [
            type_passphrase(qtbot, "not the passphrase"),
            expect_problem("not the teacher passphrase"),
            type_passphrase(qtbot, PASSPHRASE),
        ]
    )
    screen = teacher_actions.open_class_view(window)
    # Then only the right one opened the class view
    assert seen == ["PassphraseDialog"] * 3
    assert isinstance(screen, ClassViewScreen)
    assert window.stack.currentWidget() is screen
    assert is_teacher(bank)


def test_cancelled_gate_opens_nothing(qtbot: QtBot, window: MainWindow) -> None:
    bank = window.bank
    assert bank is not None
    teacher.set_passphrase(bank, PASSPHRASE)
    for open_it in (
        teacher_actions.open_editor,
        teacher_actions.open_class_view,
        teacher_actions.open_generate_dialog,
    ):
        seen = on_next_modal([cancel])
        assert open_it(window) is None
        assert seen == ["PassphraseDialog"]
    assert window.stack.currentWidget() is window.home
    assert window.findChild(EditorScreen) is None
    # Importing goes through the same gate: cancelled, no file dialog follows
    seen = on_next_modal([cancel])
    teacher_actions.import_questions(window)
    assert seen == ["PassphraseDialog"]
    assert not is_teacher(bank)


def test_locking_asks_again(qtbot: QtBot, window: MainWindow) -> None:
    bank = window.bank
    assert bank is not None
    teacher.set_passphrase(bank, PASSPHRASE)
    on_next_modal([type_passphrase(qtbot, PASSPHRASE)])
    assert teacher_actions.open_class_view(window) is not None
    # When teacher mode is locked (before a learner takes over)
    teacher_actions.leave_teacher_mode(window)
    assert not is_teacher(bank)
    # Then the passphrase is asked again
    seen = on_next_modal([cancel])
    assert teacher_actions.open_class_view(window) is None
    assert seen == ["PassphraseDialog"]
    lock_teacher(bank)


def test_teacher_menu_lists_the_gated_actions(window: MainWindow) -> None:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Teacher")
    actions = [(a.text(), a.shortcut().toString()) for a in menu.actions() if a.text()]
    assert actions == [
        ("&Edit sets...", "Ctrl+Shift+E"),
        ("&Questions from an article...", "Ctrl+G"),
        ("&Class progress...", ""),
        ("&Lock teacher mode", ""),
    ]
