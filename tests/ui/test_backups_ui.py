"""Backups from the window: on close, Restore from backup, and the checks before opening."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from quizapp.settings import Settings
from quizapp.store import backup, teacher_passphrase
from quizapp.store.filecheck import integrity_problems
from quizapp.store.instance import lock_bank
from quizapp.ui.dialogs.passphrase_dialog import unlock_teacher
from quizapp.ui.dialogs.restore_dialog import RestoreDialog
from quizapp.ui.main_window import MainWindow
from quizapp.ui.screens.review import now_utc
from quizapp.ui.startup_checks import lock_or_explain

Answer = Callable[..., None]


def answers(window: MainWindow) -> int:
    with window.bank.engine.connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM reviewlog")).scalar_one())


def press_in_modal(button: QMessageBox.StandardButton | None = None) -> None:
    """Answer the next modal window: a message box by ``button``, a dialog by accepting it."""

    def act() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QMessageBox):
            modal.button(button or QMessageBox.StandardButton.Ok).click()
        elif modal is not None:
            modal.accept()  # type: ignore[attr-defined]
        else:
            QTimer.singleShot(10, act)

    QTimer.singleShot(0, act)


def test_closing_makes_a_checked_backup(qtbot: QtBot, study_db: Path) -> None:
    window = MainWindow(db=study_db, settings=Settings(last_learner="Ada"))
    qtbot.addWidget(window)
    window.close()
    made = backup.list_backups(study_db)
    assert [b.reason for b in made] == ["close"]


def test_closing_skips_the_copy_when_a_recent_backup_exists(qtbot: QtBot, study_db: Path) -> None:
    # Given a backup made a few minutes ago (the automatic one, every 30 minutes)
    recent = backup.make_backup(study_db, now=now_utc() - timedelta(minutes=5), reason="auto")
    window = MainWindow(db=study_db, settings=Settings(last_learner="Ada"))
    qtbot.addWidget(window)
    # When the window closes, then no second full copy is made
    window.close()
    assert [b.path for b in backup.list_backups(study_db)] == [recent.path]


def test_closing_backs_up_when_the_last_backup_is_old(qtbot: QtBot, study_db: Path) -> None:
    old = backup.make_backup(study_db, now=now_utc() - timedelta(hours=2), reason="auto")
    window = MainWindow(db=study_db, settings=Settings(last_learner="Ada"))
    qtbot.addWidget(window)
    window.close()
    made = backup.list_backups(study_db)
    assert [b.reason for b in made] == ["close", "auto"] and made[1].path == old.path


def test_the_app_backs_up_on_close_off_the_gui_thread_then_closes(
    qtbot: QtBot, study_db: Path
) -> None:
    # Given the window as the app opens it (background work on worker threads)
    window = MainWindow(db=study_db, settings=Settings(last_learner="Ada"), background=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.bank is not None, timeout=20000)
    # When it is asked to close
    window.close()
    # Then it stays up, its study screens off, the busy bar and a message showing...
    assert window.isVisible()
    assert not window.stack.isEnabled()
    assert "Backing up" in window.statusBar().currentMessage()
    assert window.files is not None and window.files.busy.isVisibleTo(window)
    # ... a second Ctrl+Q changes nothing, and once the backup is made it closes
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=20000)
    assert [b.reason for b in backup.list_backups(study_db)] == ["close"]
    assert window.bank is not None and not backup.close_backup_due(study_db, now_utc())


def test_the_weekly_full_check_runs_in_the_background_once_a_week(
    qtbot: QtBot, window: MainWindow, study_db: Path
) -> None:
    # Given a recent backup (no backup due) and no full check yet
    backup.make_backup(study_db, now=now_utc(), reason="auto")
    assert backup.full_check_due(study_db, now_utc())
    files = window.files
    assert files is not None
    # When the backup timer ticks, the full check runs on a worker thread
    files.auto_backup()
    assert files.working()
    qtbot.waitUntil(lambda: not files.working(), timeout=10_000)
    # Then it is not due again for a week
    assert not backup.full_check_due(study_db, now_utc() + timedelta(days=6))
    assert backup.full_check_due(study_db, now_utc() + timedelta(days=7, minutes=1))


def test_restore_goes_back_to_the_backup(
    qtbot: QtBot, window: MainWindow, answer_card: Answer, study_db: Path
) -> None:
    # Given a backup, then one answer made after it
    backup.make_backup(window.bank, now=now_utc(), reason="manual")
    window.start_review(window.home.selected_set_id())
    assert window.review_screen.card is not None
    answer_card(qtbot, window.review_screen.card, right=True)
    assert answers(window) == 1
    # When the teacher restores the backup from the File menu's dialog
    teacher_passphrase.set_passphrase(window.bank, "teacher's passphrase")
    unlock_teacher(window.session, "teacher's passphrase")
    press_in_modal()
    assert window.files is not None
    window.files.restore()
    # Then the bank is as it was at the backup, and the replaced bank was itself backed up
    assert answers(window) == 0
    assert window.stack.currentWidget() is window.home
    reasons = [b.reason for b in backup.list_backups(study_db)]
    assert "before-restore" in reasons


def test_restore_dialog_lists_backups_newest_first(qtbot: QtBot, study_db: Path) -> None:
    first = backup.make_backup(study_db, now=now_utc(), reason="manual")
    second = backup.make_backup(study_db, now=now_utc(), reason="auto")
    dialog = RestoreDialog(study_db)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 2
    assert "auto" in dialog.list.item(0).text() and "manual" in dialog.list.item(1).text()
    dialog.accept()
    assert dialog.chosen is not None and dialog.chosen.path == second.path != first.path


def test_restore_dialog_flags_a_backup_dated_in_the_future(qtbot: QtBot, study_db: Path) -> None:
    backup.make_backup(study_db, now=now_utc(), reason="manual")
    backup.make_backup(study_db, now=now_utc() + timedelta(days=300), reason="auto")
    dialog = RestoreDialog(study_db)
    qtbot.addWidget(dialog)
    assert "dated in the future" in dialog.list.item(0).text()
    assert "dated in the future" not in dialog.list.item(1).text()
    assert dialog.list.currentRow() == 1  # chosen at first: the newest rightly dated one


def test_a_second_instance_is_refused(qtbot: QtBot, study_db: Path) -> None:
    with lock_bank(study_db):
        press_in_modal()
        assert lock_or_explain(study_db) is None


def test_a_damaged_bank_is_restored_from_the_newest_good_backup(
    qtbot: QtBot, study_db: Path
) -> None:
    # Given a good backup and then a bank whose pages are overwritten with garbage
    backup.make_backup(study_db, now=now_utc(), reason="manual")
    raw = bytearray(study_db.read_bytes())
    raw[4096:16384] = b"\xa5" * (16384 - 4096)
    study_db.write_bytes(bytes(raw))
    # When the window opens it (in the background, as the app does) and the user accepts
    # the offered restore
    press_in_modal(QMessageBox.StandardButton.Yes)
    window = MainWindow(db=study_db, settings=Settings(last_learner="Ada"), background=True)
    qtbot.addWidget(window)
    # Then the bank is usable again, with the sets of the backup
    qtbot.waitSignal(window.ready, timeout=20000).wait() if window.bank is None else None
    qtbot.waitUntil(lambda: window.bank is not None, timeout=20000)
    assert "Every kind" in [r.name for r in window.home.rows()]
    assert window.home.review_button.isEnabled()
    window.close()


def damage_reviews(path: Path) -> bytes:
    """Garbage over the (empty) review table's page, which opening never reads; the bytes."""
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'reviewlog'").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * size)
        handle.write(b"\x07" * size)
    return path.read_bytes()


def test_damage_found_beside_the_opening_offers_the_restore(qtbot: QtBot, study_db: Path) -> None:
    # Given a good backup, then damage where opening and the home screen read nothing
    backup.make_backup(study_db, now=now_utc() - timedelta(hours=2), reason="manual")
    damage_reviews(study_db)
    # When the app opens it (the check beside the opening) and the user accepts the restore
    press_in_modal(QMessageBox.StandardButton.Yes)
    window = MainWindow(db=study_db, settings=Settings(last_learner="Ada"), background=True)
    qtbot.addWidget(window)
    # Then the damaged bank is kept aside, the backup put in its place and opened
    damaged = backup.backups_folder(study_db) / "damaged"
    qtbot.waitUntil(lambda: damaged.is_dir() and window.bank is not None, timeout=20000)
    assert integrity_problems(study_db, quick=True) == []
    assert window.files is not None and window.files.bank is window.bank
    assert "Every kind" in [r.name for r in window.home.rows()]
    window.close()


def test_damage_found_beside_the_opening_writes_nothing_and_closes(
    qtbot: QtBot, study_db: Path
) -> None:
    # Given a bank damaged where opening reads nothing, and no backup to restore
    before = damage_reviews(study_db)
    seen = answer_and_record()
    window = MainWindow(db=study_db, settings=Settings(last_learner="Ada"), background=True)
    qtbot.addWidget(window)
    window.show()
    # Then the window says why it will not write, and closes
    qtbot.waitUntil(lambda: bool(seen), timeout=20000)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=20000)
    assert "damaged" in seen[0][1] and "restore" in seen[0][1]
    # without a close backup, and with the bank byte for byte as it was
    assert backup.list_backups(study_db) == []
    assert study_db.read_bytes() == before


def answer_and_record() -> list[tuple[str, str]]:
    """Press OK in the next message box; its title and text land in the returned list."""
    seen: list[tuple[str, str]] = []

    def act() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QMessageBox):
            seen.append((modal.windowTitle(), modal.text()))
            modal.button(QMessageBox.StandardButton.Ok).click()
        else:
            QTimer.singleShot(10, act)

    QTimer.singleShot(0, act)
    return seen


def test_a_folder_as_the_bank_is_one_clear_message_and_no_endless_opening(
    qtbot: QtBot, tmp_path: Path
) -> None:
    # When the app is started on a folder, Then the lock step says what is wrong
    seen = answer_and_record()
    assert lock_or_explain(tmp_path) is None
    expected = f"{tmp_path} is a folder, not a question bank file; give the bank's file"
    assert seen == [("quizapp cannot open your bank", expected)]
    # and a window opened on it says so and closes instead of staying at "Opening..."
    seen = answer_and_record()
    window = MainWindow(db=tmp_path, background=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(seen), timeout=20000)
    assert seen[0][1] == expected
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)


def test_a_read_only_folder_is_not_called_already_open(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    (folder / "bank.sqlite3").write_bytes(b"")
    folder.chmod(0o555)
    immutable = (
        os.geteuid() == 0
        and subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode == 0
    )
    try:
        if os.access(folder, os.W_OK) and not immutable:
            pytest.skip("running as root without chattr: the folder is writable anyway")
        seen = answer_and_record()
        assert lock_or_explain(folder / "bank.sqlite3") is None
        [(title, text_)] = seen
        assert title == "quizapp cannot open your bank"
        assert text_.startswith(f"the folder {folder} is read-only")
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        folder.chmod(0o755)
