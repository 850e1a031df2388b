"""The teacher gate: a passphrase set on first use guards editing, importing and the class view."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from modal_steps import on_next_modal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlmodel import select

from quizapp.store import backup, teacher_passphrase
from quizapp.store.models import Meta
from quizapp.study import learners
from quizapp.ui.dialogs.passphrase_dialog import (
    PassphraseDialog,
    is_teacher,
    lock_teacher,
    retry_delay,
    unlock_teacher,
)
from quizapp.ui.main_window import MainWindow
from quizapp.ui.screens.class_view import ClassViewScreen
from quizapp.ui.screens.editor import EditorScreen
from quizapp.ui.screens.review import now_utc
from quizapp.ui.widgets.password_form import PasswordForm

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


def after_the_wait(dialog: PasswordForm) -> None:
    """Let the wait after a wrong secret pass without sleeping: move the dialog's clock on."""
    now = dialog.delay.until
    dialog.delay.clock = lambda: now
    dialog.wait_timer.timeout.emit()


def wait_then(step: Callable[[QWidget], bool]) -> Callable[[QWidget], bool]:
    def waited(dialog: QWidget) -> bool:
        assert isinstance(dialog, PassphraseDialog)
        after_the_wait(dialog)
        return step(dialog)

    return waited


def cancel(dialog: QWidget) -> bool:
    assert isinstance(dialog, PassphraseDialog)
    dialog.reject()
    return True


def test_first_use_sets_the_passphrase_and_stores_only_a_hash(
    qtbot: QtBot, window: MainWindow
) -> None:
    bank = window.bank
    assert bank is not None and not teacher_passphrase.has_passphrase(bank)

    def says_who_should_set_it(dialog: QWidget) -> bool:
        assert isinstance(dialog, PassphraseDialog) and dialog.creating
        assert "Only the teacher should choose it" in dialog.findChild(QLabel).text()
        # A bank with learners: OK waits until the one setting it says they are the teacher
        assert not dialog.ok_button.isEnabled()
        qtbot.mouseClick(dialog.i_am_teacher, Qt.MouseButton.LeftButton)
        assert dialog.i_am_teacher.isChecked() and dialog.ok_button.isEnabled()
        return False

    # Given a bank with a learner and without a teacher passphrase, when the teacher
    # opens the editor
    seen = on_next_modal(
        [
            says_who_should_set_it,
            type_passphrase(qtbot, "short", "short"),  # too short
            expect_problem("at least 8 characters"),
            type_passphrase(qtbot, PASSPHRASE, PASSPHRASE + "!"),  # typed differently
            expect_problem("differ"),
            type_passphrase(qtbot, PASSPHRASE, PASSPHRASE),
        ]
    )
    editor = window.teacher.open_editor()
    # Then the passphrase was set through one dialog, and the editor opened
    assert seen == ["PassphraseDialog"] * 6
    assert isinstance(editor, EditorScreen) and editor.isVisible()
    assert teacher_passphrase.check_passphrase(bank, PASSPHRASE)
    # And the meta table holds a salted scrypt hash, never the passphrase
    with bank.session() as session:
        rows = session.exec(select(Meta)).all()
    stored = {r.key: r.value for r in rows}[teacher_passphrase.PASSPHRASE_KEY]
    assert stored.startswith("scrypt$") and PASSPHRASE not in stored
    assert all(PASSPHRASE not in r.value for r in rows)
    # And it is not asked again in this session
    assert window.teacher.open_editor() is editor
    editor.close()


def test_wrong_passphrase_is_refused_right_one_accepted(qtbot: QtBot, window: MainWindow) -> None:
    bank = window.bank
    assert bank is not None
    teacher_passphrase.set_passphrase(bank, PASSPHRASE)
    # When someone types a wrong passphrase, then the right one
    seen = on_next_modal(
        [
            type_passphrase(qtbot, "not the passphrase"),
            expect_problem("not the teacher passphrase"),
            wait_then(type_passphrase(qtbot, PASSPHRASE)),
        ]
    )
    screen = window.teacher.open_class_view()
    # Then only the right one opened the class view
    assert seen == ["PassphraseDialog"] * 3
    assert isinstance(screen, ClassViewScreen)
    assert window.stack.currentWidget() is screen
    assert is_teacher(window.session)


def test_cancelled_gate_opens_nothing(qtbot: QtBot, window: MainWindow) -> None:
    bank = window.bank
    assert bank is not None
    teacher_passphrase.set_passphrase(bank, PASSPHRASE)
    for open_it in (
        window.teacher.open_editor,
        window.teacher.open_class_view,
        window.teacher.open_generate_dialog,
    ):
        seen = on_next_modal([cancel])
        assert open_it() is None
        assert seen == ["PassphraseDialog"]
    assert window.stack.currentWidget() is window.home
    assert window.findChild(EditorScreen) is None
    # Importing goes through the same gate: cancelled, no file dialog follows
    seen = on_next_modal([cancel])
    window.teacher.import_questions()
    assert seen == ["PassphraseDialog"]
    assert not is_teacher(window.session)


def test_locking_asks_again(qtbot: QtBot, window: MainWindow) -> None:
    bank = window.bank
    assert bank is not None
    teacher_passphrase.set_passphrase(bank, PASSPHRASE)
    on_next_modal([type_passphrase(qtbot, PASSPHRASE)])
    assert window.teacher.open_class_view() is not None
    # When teacher mode is locked (before a learner takes over), even before the class
    # view has its report (which then arrives for a closed screen and is dropped)
    window.teacher.leave_teacher_mode()
    assert not is_teacher(window.session)
    # Then the passphrase is asked again
    seen = on_next_modal([cancel])
    assert window.teacher.open_class_view() is None
    assert seen == ["PassphraseDialog"]
    lock_teacher(window.session)


def test_teacher_menu_lists_the_gated_actions(window: MainWindow) -> None:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Teacher")
    actions = [(a.text(), a.shortcut().toString()) for a in menu.actions() if a.text()]
    assert actions == [
        ("&Edit sets...", "Ctrl+Shift+E"),
        ("&Questions from an article...", "Ctrl+G"),
        ("&Class progress...", ""),
        ("&Lock teacher mode", ""),
    ]


def accept_dialog(dialog: QWidget) -> bool:
    assert isinstance(dialog, QDialog)
    dialog.accept()
    return True


def test_restore_and_export_ask_for_the_passphrase(
    qtbot: QtBot, window: MainWindow, study_db: Path
) -> None:
    bank = window.bank
    assert bank is not None and window.files is not None
    teacher_passphrase.set_passphrase(bank, PASSPHRASE)
    backup.make_backup(bank, now=now_utc(), reason="manual")
    # When a learner tries File > Restore and File > Export without the passphrase
    seen = on_next_modal([cancel])
    window.files.restore()
    assert seen == ["PassphraseDialog"], "the gate comes first; no backup list follows"
    seen = on_next_modal([cancel])
    window.files.export_selected()
    assert seen == ["PassphraseDialog"], "the gate comes first; no file dialog follows"
    # Then nothing was restored (no backup of the bank before a restore was made)
    assert [b.reason for b in backup.list_backups(study_db)] == ["manual"]
    assert window.bank is bank


def test_locking_closes_every_teacher_window(qtbot: QtBot, window: MainWindow) -> None:
    bank = window.bank
    assert bank is not None
    teacher_passphrase.set_passphrase(bank, PASSPHRASE)
    assert unlock_teacher(window.session, PASSPHRASE)
    # Given the editor, the generate dialog and the class view open
    editor = window.teacher.open_editor()
    generate = window.teacher.open_generate_dialog()
    screen = window.teacher.open_class_view()
    assert editor is not None and generate is not None and screen is not None
    assert editor.isVisible() and generate.isVisible()
    qtbot.waitUntil(lambda: screen.report is not None)  # loaded before the screen goes
    # When the teacher locks teacher mode
    window.teacher.leave_teacher_mode()
    # Then no teacher window is left to use, and the passphrase is asked again
    assert not is_teacher(window.session)
    assert not generate.isVisible()
    assert window.stack.currentWidget() is window.home
    qtbot.waitUntil(lambda: window.findChild(EditorScreen) is None)
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [window]


def test_restore_of_an_older_backup_keeps_the_passphrase_and_passwords(
    qtbot: QtBot, window: MainWindow
) -> None:
    bank = window.bank
    assert bank is not None and window.files is not None
    # Given a backup from before the passphrase and Ada's password were set
    backup.make_backup(bank, now=now_utc(), reason="manual")
    teacher_passphrase.set_passphrase(bank, PASSPHRASE)
    ada = learners.get_learner(bank, "Ada")
    learners.set_password(bank, ada.id, "ada's own secret")
    # When the teacher restores it (passphrase typed, the backup chosen)
    seen = on_next_modal([type_passphrase(qtbot, PASSPHRASE), accept_dialog])
    window.files.restore()
    assert seen == ["PassphraseDialog", "RestoreDialog"]
    # Then the restored bank still asks for the same passphrase and Ada's password
    restored = window.bank
    assert restored is not None and restored is not bank
    assert teacher_passphrase.check_passphrase(restored, PASSPHRASE)
    assert not is_teacher(window.session)
    ada = learners.get_learner(restored, "Ada")
    assert ada.protected and learners.check_password(restored, ada.id, "ada's own secret")


def test_each_wrong_passphrase_makes_the_next_try_wait_longer(
    qtbot: QtBot, window: MainWindow
) -> None:
    bank = window.bank
    assert bank is not None
    teacher_passphrase.set_passphrase(bank, PASSPHRASE)
    retry_delay(bank).clock = lambda: 1000.0  # time stands still unless the test moves it
    dialog = PassphraseDialog(bank, window)
    qtbot.addWidget(dialog)
    dialog.show()
    waits = []
    for _attempt in range(3):
        # When a wrong passphrase is typed
        qtbot.keyClicks(dialog.passphrase, "a wrong guess")
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
        # Then OK is disabled until a timer, longer each time, lets the next try in
        assert not dialog.ok_button.isEnabled() and dialog.wait_timer.isActive()
        assert "Try again in" in dialog.problem.text()
        waits.append(dialog.wait_timer.interval())
        # And trying again meanwhile (Enter, 30 times) checks nothing
        for _ in range(30):
            qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
            qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
            dialog.passphrase.clear()
        assert dialog.isVisible()
        after_the_wait(dialog)
        assert dialog.ok_button.isEnabled()
    assert waits == [1000, 2000, 4000]
    assert dialog.delay.failures == 3
    # And a new dialog on the same bank goes on waiting: reopening does not reset it
    dialog.delay.failed()
    again = PassphraseDialog(bank, window)
    qtbot.addWidget(again)
    again.show()
    assert not again.ok_button.isEnabled() and again.wait_timer.isActive()
    # The right passphrase, once the wait is over, opens teacher mode and resets the delay
    after_the_wait(again)
    qtbot.keyClicks(again.passphrase, PASSPHRASE)
    qtbot.keyClick(again.passphrase, Qt.Key.Key_Return)
    assert again.result() == QDialog.DialogCode.Accepted
    assert again.delay.failures == 0


def test_a_learner_cannot_set_the_first_passphrase_by_just_typing_one(
    qtbot: QtBot, window: MainWindow
) -> None:
    bank = window.bank
    assert bank is not None and not teacher_passphrase.has_passphrase(bank)
    dialog = PassphraseDialog(bank, window)
    qtbot.addWidget(dialog)
    dialog.show()
    # When someone types a passphrase twice and presses Enter without saying they teach
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.confirm, PASSPHRASE)
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
    # Then nothing is set
    assert dialog.isVisible() and not teacher_passphrase.has_passphrase(bank)
