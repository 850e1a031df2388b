"""Small things of the window: its icon, where file dialogs open, times in local time,
and automatic backups that never interrupt a review."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from modal_steps import Step, on_next_modal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from quizapp.settings import load_settings
from quizapp.store import teacher_passphrase
from quizapp.study import learners, review_queue
from quizapp.study.answering import Answer
from quizapp.ui import file_actions
from quizapp.ui.dialogs.passphrase_dialog import unlock_teacher
from quizapp.ui.main_window import MainWindow, app_icon
from quizapp.ui.screens.class_view import ClassViewScreen

LEFT = Qt.MouseButton.LeftButton


def test_the_window_has_the_app_icon(window: MainWindow) -> None:
    # The icon is the SVG in resources/icons/, drawn by Qt's SVG plugin
    assert not app_icon().isNull()
    assert not app_icon().pixmap(32, 32).isNull()
    assert not window.windowIcon().isNull()


def test_an_automatic_backup_waits_until_the_review_is_over(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(file_actions, "BACKUP_NOTE_MS", 300)  # the note's few seconds, shorter
    files = window.files
    assert files is not None
    # Given Ada in the middle of a review
    qtbot.mouseClick(window.home.review_button, LEFT)
    assert window.studying()
    # When the automatic backup runs (none made yet, so it is due)
    files.auto_backup()
    assert files.working()
    qtbot.waitUntil(lambda: not files.working(), timeout=10_000)
    # Then the status bar says nothing while she studies
    assert window.statusBar().currentMessage() == ""
    # And the message shows once she is back home, in her words: up to when, no size, no "auto"
    window.show_home()
    message = window.statusBar().currentMessage()
    assert re.fullmatch(r"Your answers up to \d\d:\d\d are backed up\.", message), message
    # for a few seconds only
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "", timeout=10_000)


@pytest.fixture
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder of the test's own, with a Documents folder in it."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))  # no user-dirs.dirs there
    return home / "Documents"


def choose_in_file_dialog(path: Path, started_in: list[Path], *then: Step) -> None:
    """When the next file dialog shows, note its folder, then choose ``path``; ``then`` next."""

    def choose(modal: QWidget) -> None:
        assert isinstance(modal, QFileDialog)
        started_in.append(Path(modal.directory().absolutePath()))
        modal.selectFile(str(path))
        modal.accept()

    on_next_modal([choose, *then])


def close_report(modal: QWidget) -> None:
    """Dismiss the import's report."""
    assert isinstance(modal, QMessageBox)
    modal.accept()


def test_file_dialogs_open_in_documents_then_in_the_last_folder_used(
    qtbot: QtBot, tmp_path: Path, window: MainWindow, documents: Path
) -> None:
    files = window.files
    assert files is not None
    elsewhere = tmp_path / "class sets"
    elsewhere.mkdir()
    chosen = elsewhere / "capitals.yaml"
    chosen.write_text(
        "format: quizapp-set/1\nname: Capitals\nquestions:\n"
        "  - id: fr\n    kind: short_answer\n    prompt: Capital of France?\n    answer: Paris\n",
        encoding="utf-8",
    )
    # When the teacher imports for the first time
    started_in: list[Path] = []
    choose_in_file_dialog(chosen, started_in, close_report)
    with qtbot.waitSignal(window.imported, timeout=10_000):
        files.import_file()
    # Then the dialog opened in their Documents folder, not where the app was started
    assert started_in == [documents]
    # And the folder they chose is remembered, in the settings file too
    assert window.settings.last_folder == str(elsewhere)
    assert load_settings().last_folder == str(elsewhere)
    # When they export a set next (the teacher, since exporting is behind the gate)
    assert window.bank is not None
    teacher_passphrase.set_passphrase(window.bank, "teacher passphrase")
    assert unlock_teacher(window.session, "teacher passphrase")
    choose_in_file_dialog(elsewhere / "copy.yaml", started_in)
    with qtbot.waitSignal(window.exported, timeout=10_000):
        files.export_selected()
    assert started_in[1] == elsewhere


@pytest.fixture
def tokyo_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This computer's clock set to Tokyo (UTC+9, no daylight saving)."""
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_class_view_shows_last_studied_in_local_time(
    qtbot: QtBot, window: MainWindow, tokyo_clock: None
) -> None:
    bank = window.bank
    assert bank is not None
    # Given Ada answered at 17:30 UTC, which is 02:30 the next day in Tokyo
    ada = learners.get_learner(bank, "Ada")
    when = datetime(2026, 3, 2, 17, 30, tzinfo=UTC)
    set_id = window.home.selected_set_id()  # the set the class view opens on
    item = review_queue.study_queue(bank, ada.id, now=when, set_id=set_id)[0]
    review_queue.record_answer(
        bank,
        ada.id,
        item.question_id,
        Answer(rating=3, response="", correct=True, duration_ms=5_000, time=when),
    )
    teacher_passphrase.set_passphrase(bank, "teacher passphrase")
    assert unlock_teacher(window.session, "teacher passphrase")
    # When the teacher opens the class view
    screen = window.teacher.open_class_view()
    assert isinstance(screen, ClassViewScreen)
    qtbot.waitUntil(lambda: screen.report is not None, timeout=10_000)
    # Then the time is the computer's own, and the column no longer says UTC
    table = screen.learner_table
    last = table.columnCount() - 1
    assert table.horizontalHeaderItem(last).text() == "Last studied"
    ada_row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "Ada")
    assert table.item(ada_row, last).text() == "2026-03-03 02:30"


def test_without_documents_the_first_dialog_opens_in_the_portable_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, quizapp_home: Path
) -> None:
    # Given a home folder with no Documents folder (root's, on a bare system), QUIZAPP_HOME set
    from quizapp.settings import Settings
    from quizapp.ui.file_dialogs import start_folder

    bare = tmp_path / "bare-home"
    bare.mkdir()
    quizapp_home.mkdir(exist_ok=True)
    monkeypatch.setenv("HOME", str(bare))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(bare / ".config"))
    # Then the first file dialog (Export CSV...) opens in the app's portable folder
    assert start_folder(Settings()) == quizapp_home
