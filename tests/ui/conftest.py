"""Qt tests run offscreen, on a real bank holding one question of every kind."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from keys import wrong_order
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from quizapp.formats import quizset
from quizapp.settings import Settings
from quizapp.startup import open_app_bank
from quizapp.study import learners
from quizapp.ui.widgets.answer_inputs import (
    ChoiceInput,
    MatchingInput,
    OrderingInput,
    RevealInput,
    TextInput,
)
from quizapp.ui.widgets.question_card import QuestionCard

EVERY_KIND = """\
format: quizapp-set/1
name: Every kind
questions:
  - id: mc
    kind: multiple_choice
    prompt: Which planet is largest?
    answer: Jupiter
    choices: [Mercury, Jupiter, Mars, Venus]
    explanation: Jupiter is more than twice as massive as the other planets together.
    source: Jupiter is the largest planet of the solar system.
  - id: tf
    kind: true_false
    prompt: Water boils at 100 degrees Celsius at sea level.
    answer: true
  - id: sa
    kind: short_answer
    prompt: Which city is the capital of France?
    answer: Paris
  - id: num
    kind: numeric
    prompt: How many days has a leap year?
    answer: 366
    tolerance: 0
  - id: cloze
    kind: cloze
    prompt: The Danube flows into the ___ Sea.
    answer: Black
  - id: order
    kind: ordering
    prompt: Put these events in order.
    items: [Moon landing, Fall of the Berlin Wall, First iPhone]
  - id: match
    kind: matching
    prompt: Match each country with its capital.
    pairs:
      France: Paris
      Japan: Tokyo
      Kenya: Nairobi
  - id: card
    kind: flashcard
    prompt: Photosynthesis
    answer: Plants turning light, water and carbon dioxide into sugar and oxygen.
"""


@pytest.fixture(autouse=True)
def qt_settings_in_tmp(tmp_path: Path, qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("quizapp-tests")
    QCoreApplication.setApplicationName("quizapp-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings")
    )


MODAL_PATIENCE_S = 5.0


@pytest.fixture
def modal_under_test() -> list[object]:
    """Window-modal dialogs a test drives itself over many seconds (e.g. while generating).

    ``no_forgotten_modal`` leaves the dialogs appended here alone.
    """
    return []


@pytest.fixture(autouse=True)
def no_forgotten_modal(qapp: object, modal_under_test: list[object]) -> Iterator[None]:
    """A modal dialog no test step answers is closed after a few seconds and fails the test.

    Without this, a message box the test did not expect waits for a click forever and
    the whole suite stalls; with it the failure names the dialog. Dialogs listed in
    ``modal_under_test`` are the test's own subject and are not closed.
    """
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

    forgotten: list[str] = []
    seen: dict[int, float] = {}

    def check() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or any(modal is driven for driven in modal_under_test):
            seen.clear()
            return
        first = seen.setdefault(id(modal), time.monotonic())
        if time.monotonic() - first < MODAL_PATIENCE_S:
            return
        text = modal.text() if isinstance(modal, QMessageBox) else ""
        forgotten.append(f"{type(modal).__name__} {modal.windowTitle()!r} {text!r}".strip())
        seen.pop(id(modal))
        if isinstance(modal, QDialog):
            modal.reject()
        else:
            modal.close()

    timer = QTimer()
    timer.setInterval(250)
    timer.timeout.connect(check)
    timer.start()
    yield
    timer.stop()
    if forgotten:
        pytest.fail("modal dialog left unanswered: " + "; ".join(forgotten))


@pytest.fixture
def study_db(tmp_path: Path) -> Path:
    """A bank file with the bundled sets, the 'Every kind' set and a learner 'Ada'."""
    db = tmp_path / "study.sqlite3"
    bank = open_app_bank(db)
    from quizapp.content import sets

    sets.add_set(bank, quizset.loads(EVERY_KIND))
    learners.create_learner(bank, "Ada", new_per_day=50, timezone="UTC")
    bank.close()
    return db


@pytest.fixture
def window(qtbot: QtBot, study_db: Path) -> Iterator[object]:
    """The main window on ``study_db`` with Ada chosen and 'Every kind' selected."""
    from quizapp.ui.main_window import MainWindow

    win = MainWindow(db=study_db, settings=Settings(last_learner="Ada"))
    win.show()
    names = [row.name for row in win.home.rows()]
    win.home.table.selectRow(names.index("Every kind"))
    yield win
    # Closed here rather than through qtbot.addWidget: pytest-qt closes its widgets before
    # fixtures tear down, so the editor fixture could not first drop a half-typed question.
    win.close()
    win.deleteLater()


WRONG_TEXT = {"short_answer": "Lyon", "numeric": "365", "cloze": "Red"}


def answer(qtbot: QtBot, card: QuestionCard, *, right: bool) -> None:
    """Answer ``card`` through its widgets: keys and clicks, as a learner would."""
    q = card.question
    widget = card.input
    if isinstance(widget, ChoiceInput):
        options = widget._options
        target = ("true" if q.answer == "true" else "false") if q.kind == "true_false" else q.answer
        if not right:
            target = next(o for o in options if o != target)
        qtbot.keyClick(widget, str(options.index(target) + 1))  # keys 1-4
    elif isinstance(widget, TextInput):
        typed = q.answer if right else WRONG_TEXT[q.kind]
        qtbot.keyClicks(widget.edit, typed)
        qtbot.keyClick(widget.edit, Qt.Key.Key_Return)
    elif isinstance(widget, OrderingInput):
        items = list(q.choices or [])
        target = items if right else wrong_order(items, widget.response())
        _reorder_with_keyboard(qtbot, widget, target)
        qtbot.mouseClick(widget.done_button, Qt.MouseButton.LeftButton)
    elif isinstance(widget, MatchingInput):
        pairs = list(q.pairs or [])
        rights = [r for _l, r in pairs]
        for i, (left, r) in enumerate(pairs):
            widget.set_match(left, r if right else rights[(i + 1) % len(rights)])
        qtbot.mouseClick(widget.done_button, Qt.MouseButton.LeftButton)
    elif isinstance(widget, RevealInput):
        qtbot.keyClick(card, Qt.Key.Key_Space)
    else:  # pragma: no cover - a new kind without a driver
        raise AssertionError(f"no driver for {type(widget).__name__}")


def _reorder_with_keyboard(qtbot: QtBot, widget: OrderingInput, target: list[str]) -> None:
    """Move items with Alt+Up until the list reads ``target`` (selection sort by keys)."""
    lst = widget.list
    for position, wanted in enumerate(target):
        current = [lst.item(i).text() for i in range(lst.count())]
        lst.setCurrentRow(current.index(wanted))
        for _ in range(current.index(wanted) - position):
            qtbot.keyClick(lst, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert widget.response() == target


@pytest.fixture
def answer_card() -> object:
    """``answer_card(qtbot, card, right=True)`` answers a card through its widgets."""
    return answer
