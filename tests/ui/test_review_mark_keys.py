"""S, B and * in the review screen, typed at whatever has the keys: an answer field types
them, Alt+U / Alt+B / Alt+A act everywhere; once the answer is checked the plain keys act."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from quizapp.study import flags
from quizapp.ui.main_window import MainWindow
from quizapp.ui.screens.review import ReviewScreen, now_utc

ALT = Qt.KeyboardModifier.AltModifier
TYPED = {"short_answer", "numeric", "cloze"}
ANSWER_FIELDS = TYPED | {"matching", "ordering"}


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def start(qtbot: QtBot, window: MainWindow) -> ReviewScreen:
    qtbot.keyClick(window, Qt.Key.Key_R)
    screen = window.review_screen
    assert screen is not None and screen.current is not None and screen.card is not None
    return screen


def test_in_an_answer_field_plain_keys_type_and_alt_keys_mark(
    qtbot: QtBot, window: MainWindow
) -> None:
    # Given Ada reviewing 'Every kind', one question of each kind
    screen = start(qtbot, window)
    bank, ada = window.bank, window.learner
    assert bank is not None and ada is not None
    kinds: set[str] = set()
    while screen.current is not None:
        item, kind = screen.current, screen.current.question.kind
        kinds.add(kind)
        field = focused()
        # When she presses *, then S at what has the keys
        qtbot.keyClick(field, "*")
        qtbot.keyClick(field, Qt.Key.Key_S)
        marks = flags.marks_of(bank, ada.id, item.question_id, now=now_utc())
        if kind in ANSWER_FIELDS:
            # Then an answer field keeps them (typed ones show them); nothing is marked
            assert marks == flags.Marks() and screen.current is item
            if kind in TYPED:
                assert isinstance(field, QLineEdit) and field.text() == "*s"
            # and Alt+A stars, Alt+U suspends from the field (the next question shows)
            qtbot.keyClick(field, Qt.Key.Key_A, ALT)
            assert screen.current is item
            qtbot.keyClick(field, Qt.Key.Key_U, ALT)
            marks = flags.marks_of(bank, ada.id, item.question_id, now=now_utc())
        else:
            # Then elsewhere (a choice, a flashcard) the plain keys mark at once
            assert screen.current is not item
        assert marks == flags.Marks(suspended=True, starred=True), kind
    assert kinds >= {"short_answer", "matching", "multiple_choice", "flashcard"}


def test_alt_b_buries_from_a_match_and_b_buries_once_an_answer_is_checked(
    qtbot: QtBot, window: MainWindow
) -> None:
    screen = start(qtbot, window)
    bank, ada = window.bank, window.learner
    assert bank is not None and ada is not None
    done: set[str] = set()
    while screen.current is not None and len(done) < 2:
        item, kind = screen.current, screen.current.question.kind
        field = focused()
        if kind == "matching":
            # Given a match's list has the keys: B picks in the list, Alt+B buries
            assert isinstance(field, QComboBox)
            qtbot.keyClick(field, Qt.Key.Key_B)
            assert screen.current is item
            qtbot.keyClick(field, Qt.Key.Key_B, ALT)
            done.add(kind)
        elif kind == "short_answer":
            # Given a typed answer, checked: the field is locked and B buries
            qtbot.keyClicks(field, "Lyon")
            qtbot.keyClick(field, Qt.Key.Key_Return)
            assert not field.isEnabled() and screen.current is item
            qtbot.keyClick(focused(), Qt.Key.Key_B)
            done.add(kind)
        else:
            qtbot.keyClick(field, Qt.Key.Key_U, ALT)  # suspended: out of the way
            assert screen.current is not item, kind
            continue
        assert flags.marks_of(bank, ada.id, item.question_id, now=now_utc()).buried, kind
        assert screen.current is not item
    assert done == {"matching", "short_answer"}


def test_the_f1_reference_of_the_review_names_both_ways() -> None:
    from quizapp.ui.dialogs.shortcuts_dialog import SCREEN_KEYS, Screen
    from quizapp.ui.review_marks import ALT_KEYS

    keys = dict(SCREEN_KEYS[Screen.REVIEW])
    assert "answer field" in keys["S / B / *"]
    assert " / ".join(ALT_KEYS[k] for k in ("s", "b", "*")) in keys
