"""The window on a class bank (a real PostgreSQL): connect as a learner, review, go back.

File > Connect to class bank... opens the class bank with the learner's own login;
the learner sees only their own profile there, the title and status bar name the
bank, the password goes to the keyring; a server lost mid-review or unreachable
at start is one clear message, and nothing is recorded twice.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from modal_steps import Step, on_next_modal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from quizapp.content import sets
from quizapp.questiondata import QuestionData, SetData
from quizapp.settings import Settings
from quizapp.startup import open_app_bank
from quizapp.store.bank import Bank
from quizapp.study import classbank, classconnect, learners
from quizapp.study.classbank import Role
from quizapp.study.classconnect import ClassLogin
from quizapp.ui import class_actions
from quizapp.ui.dialogs.connect_dialog import ConnectDialog
from quizapp.ui.main_window import MainWindow

pytestmark = pytest.mark.slow


class MemoryKeyring(KeyringBackend):
    """A keyring backend in memory: the desktop's keyring, for a test."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


@pytest.fixture
def desktop_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    kept = MemoryKeyring()
    keyring.set_keyring(kept)
    yield kept
    keyring.set_keyring(before)


@dataclass
class Room:
    owner: Bank
    login: ClassLogin  # wanda's
    password: str


@pytest.fixture
def room(pg_cluster: Any) -> Iterator[Room]:
    """A class bank with a set and two learners, walt having studied already."""
    with pg_cluster.fresh_database() as url:
        owner = open_app_bank(url)
        classbank.init_class(owner)
        questions = [QuestionData(uid=f"q{i}", kind="short_answer", prompt=f"River {i}?",
                                  answer=f"r{i}") for i in range(3)]  # fmt: skip
        sets.add_set(owner, SetData(name="Rivers", questions=questions))
        made = classbank.add_member(owner, "wanda", Role.LEARNER, "wanda's pw")
        classbank.add_member(owner, "walt", Role.LEARNER, "walt's pw")
        database = owner.engine.url.database or ""
        yield Room(owner, ClassLogin(f"127.0.0.1:{pg_cluster.port}", database, "wanda"),
                   made.password)  # fmt: skip
        owner.close()
    pg_cluster.admin_sql('DROP ROLE IF EXISTS "wanda"', 'DROP ROLE IF EXISTS "walt"')


@pytest.fixture
def own_window(qtbot: QtBot) -> Iterator[MainWindow]:
    """The window on the user's own bank (under this test's QUIZAPP_HOME)."""
    win = MainWindow(settings=Settings())
    win.show()
    yield win
    win.close()
    win.deleteLater()


def fill_connect(login: ClassLogin, password: str) -> Step:
    def step(dialog: QWidget) -> None:
        assert isinstance(dialog, ConnectDialog)
        for field, value in ((dialog.server, login.server), (dialog.database, login.database),
                             (dialog.name, login.name), (dialog.secret, password)):  # fmt: skip
            field.setText(value)
        dialog._on_connect()

    return step


def press(button_text: str, seen: list[str]) -> Step:
    def step(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(f"{box.windowTitle()}: {box.text()}")
        button = next(b for b in box.buttons() if b.text().replace("&", "") == button_text)
        button.click()

    return step


def wanda_reviews(room: Room) -> list[str]:
    with room.owner.engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT r.response FROM reviewlog r JOIN learner l ON l.id = r.learner_id"
            " WHERE l.name = 'wanda' ORDER BY r.id"
        ))  # fmt: skip
        return [r[0] for r in rows]


def bank_label(window: MainWindow) -> QLabel:
    label = window.statusBar().findChild(QLabel, class_actions.STATUS_NAME)
    assert isinstance(label, QLabel)
    return label


def connect(qtbot: QtBot, window: MainWindow, room: Room) -> None:
    on_next_modal([fill_connect(room.login, room.password)])
    class_actions.connect_class_bank(window)
    qtbot.waitUntil(lambda: window.db is not None and window.bank is not None, timeout=20_000)


def test_a_learner_connects_reviews_and_sees_only_their_own_profile(
    qtbot: QtBot, own_window: MainWindow, room: Room, desktop_keyring: MemoryKeyring,
    answer_card: Any,
) -> None:  # fmt: skip
    window = own_window
    # When wanda connects to the class bank from File > Connect to class bank...
    connect(qtbot, window, room)
    # Then the title and status bar name the class bank, and she is its learner
    where = f"class bank {room.login.database} on 127.0.0.1:"
    assert where in window.windowTitle() and window.windowTitle().startswith("quizapp — wanda")
    assert bank_label(window).isVisible() and where in bank_label(window).text().lower()
    assert window.learner is not None and window.learner.name == "wanda"
    # And she sees only her own profile (the server hides walt's)
    assert window.bank is not None
    assert [x.name for x in learners.list_learners(window.bank)] == ["wanda"]
    # And her password went to the keyring, the connection to the config (no password there)
    assert desktop_keyring.kept == {(classconnect.KEYRING_SERVICE, "wanda@" + room.login.server
                                     + "/" + room.login.database): room.password}  # fmt: skip
    assert classconnect.remembered() == room.login
    assert room.password not in (classconnect._file().read_text())
    # When she reviews a question of the class's set
    names = [row.name for row in window.home.rows()]
    window.home.table.selectRow(names.index("Rivers"))
    qtbot.mouseClick(window.home.review_button, Qt.MouseButton.LeftButton)
    screen = window.review_screen
    assert screen is not None and screen.card is not None
    answer_card(qtbot, screen.card, right=True)
    # Then the answer is in the class bank, hers
    assert len(wanda_reviews(room)) == 1
    # When she goes back to her own bank
    qtbot.keyClick(screen.next_button, Qt.Key.Key_Return)
    window.show_home()
    class_actions.use_own_bank(window)
    qtbot.waitUntil(lambda: window.db is None and window.bank is not None, timeout=20_000)
    assert window.windowTitle() == "quizapp" and not bank_label(window).isVisible()
    assert classconnect.remembered() is None


def test_the_server_lost_mid_review_says_so_keeps_the_question_and_records_once(
    qtbot: QtBot, own_window: MainWindow, room: Room, desktop_keyring: MemoryKeyring,
    answer_card: Any, pg_cluster: Any,
) -> None:  # fmt: skip
    window = own_window
    connect(qtbot, window, room)
    names = [row.name for row in window.home.rows()]
    window.home.table.selectRow(names.index("Rivers"))
    qtbot.mouseClick(window.home.review_button, Qt.MouseButton.LeftButton)
    screen = window.review_screen
    assert screen is not None and screen.card is not None
    card = screen.card
    # When the server goes down and she answers
    seen: list[str] = []
    with pg_cluster.stopped():
        on_next_modal([press("OK", seen)])
        answer_card(qtbot, card, right=True)
        qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    # Then one message says the answer was not saved because the server cannot be reached
    assert seen[0].startswith("Your answer was not saved: the class server 127.0.0.1:")
    assert "cannot be reached" in seen[0] and room.password not in seen[0]
    # And the question stays, to answer again; once the server is back it goes in, once
    assert screen.card is card and card.input.isEnabled()
    card.input.edit.clear()
    answer_card(qtbot, card, right=True)
    assert len(wanda_reviews(room)) == 1


def test_an_unreachable_class_bank_at_start_offers_the_own_bank(
    qtbot: QtBot, room: Room, desktop_keyring: MemoryKeyring, pg_cluster: Any
) -> None:
    # Given the window used a class bank last, whose server is now out of reach
    gone = ClassLogin(f"127.0.0.1:{pg_cluster.port + 1}", room.login.database, "wanda")
    classconnect.remember(gone)
    classconnect.store_password(gone, "hunter2 secret")
    db = class_actions.bank_to_open(None)
    assert db == gone.url("hunter2 secret")  # the password came from the keyring
    # When the window starts on it
    seen: list[str] = []
    on_next_modal([press("Try again", seen), press("Use my own bank", seen)])
    window = MainWindow(db=db, settings=Settings(), background=True)
    window.show()
    qtbot.waitUntil(lambda: window.bank is not None, timeout=30_000)
    # Then it said, twice (the retry failed too), which server cannot be reached
    assert len(seen) == 2 and "hunter2" not in "".join(seen)
    assert seen[0].startswith(f"Class bank unavailable: The class server {gone.server} cannot")
    # And the own bank is open, with its lock
    assert window.db is None and window.bank is not None and window.bank.path is not None
    assert window.lock is not None and window.lock.bank_path is not None
    window.close()
    window.lock.release()


def test_without_a_keyring_the_password_is_asked_at_start(room: Room, qtbot: QtBot) -> None:
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        # Given the window used the class bank last, on a computer without a keyring
        classconnect.remember(room.login)
        asked: list[str] = []

        def type_password(dialog: QWidget) -> None:
            assert isinstance(dialog, ConnectDialog)
            asked.append(f"{dialog.server.text()} {dialog.database.text()} {dialog.name.text()}")
            dialog.secret.setText(room.password)
            dialog._on_connect()

        on_next_modal([type_password])
        # When the app starts, then it asks for the password, the rest filled in
        db = class_actions.bank_to_open(None)
        assert asked == [f"{room.login.server} {room.login.database} wanda"]
        assert db == room.login.url(room.password)
    finally:
        keyring.set_keyring(before)


def test_a_wrong_password_is_one_message_and_the_own_bank_stays(
    qtbot: QtBot, own_window: MainWindow, room: Room, desktop_keyring: MemoryKeyring
) -> None:
    window = own_window
    own = window.bank
    seen: list[str] = []

    def read_and_cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, ConnectDialog)
        seen.append(dialog.message.text())
        dialog.reject()

    on_next_modal([fill_connect(room.login, "not the password"), read_and_cancel])
    class_actions.connect_class_bank(window)
    qtbot.waitUntil(lambda: bool(seen), timeout=20_000)
    assert seen[0].startswith("Cannot connect: ")
    assert 'password authentication failed for user "wanda"' in seen[0]
    assert "not the password" not in seen[0]
    assert window.bank is own and window.db is None and desktop_keyring.kept == {}
    assert classconnect.remembered() is None


def test_a_kept_password_the_server_refuses_is_forgotten_and_the_own_bank_offered(
    qtbot: QtBot, room: Room, desktop_keyring: MemoryKeyring
) -> None:
    # Given the keyring holds wanda's old password (the teacher has changed it since)
    classconnect.remember(room.login)
    classconnect.store_password(room.login, "the old password")
    db = class_actions.bank_to_open(None)
    # When the window starts
    seen: list[str] = []
    buttons: list[str] = []

    def note_buttons(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        buttons.extend(b.text().replace("&", "") for b in box.buttons())
        press("Use my own bank", seen)(box)

    on_next_modal([note_buttons])
    window = MainWindow(db=db, settings=Settings(), background=True)
    window.show()
    qtbot.waitUntil(lambda: window.bank is not None, timeout=30_000)
    # Then it says the server refused her login (no point trying again), without a password
    refused = f"The class server {room.login.server} refused the connection: password auth"
    assert seen[0].startswith(f"Class bank unavailable: {refused}")
    assert "Try again" not in buttons and "the old password" not in seen[0]
    # And the old password is forgotten (asked at the next start); the own bank is open
    assert desktop_keyring.kept == {}
    assert window.db is None and window.bank is not None and window.bank.path is not None
    window.close()
    assert window.lock is not None
    window.lock.release()


def test_a_failed_connection_asks_again_with_what_was_typed_and_why(
    qtbot: QtBot, own_window: MainWindow, desktop_keyring: MemoryKeyring
) -> None:
    # Given a port where no server listens (a real socket, bound then closed)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    login = ClassLogin(f"127.0.0.1:{port}", "class", "wanda")
    window = own_window
    own = window.bank
    shown: list[tuple[str, str, str, str, str]] = []

    def note_and_cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, ConnectDialog)
        shown.append((dialog.server.text(), dialog.database.text(), dialog.name.text(),
                      dialog.secret.text(), dialog.message.text()))  # fmt: skip
        assert dialog.message.isVisibleTo(dialog)
        dialog.reject()

    # When Wanda connects there for the first time
    on_next_modal([fill_connect(login, "her pw"), note_and_cancel])
    class_actions.connect_class_bank(window)
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    # Then the dialog is back with all she typed, and why, in a sentence
    server, database, name, secret, message = shown[0]
    assert (server, database, name, secret) == (login.server, "class", "wanda", "her pw")
    assert message.startswith(f"Cannot connect: the class server {login.server} cannot be")
    assert "saved before" not in message and "her pw" not in message
    # And her own bank stays open
    assert window.bank is own and window.db is None


def test_the_server_example_is_not_cut_off(qtbot: QtBot) -> None:
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    field = dialog.server
    assert field.width() > field.fontMetrics().horizontalAdvance(field.placeholderText())
