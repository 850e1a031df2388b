"""At the smallest window (640x440) the flashcard's grade buttons show all their text:
key, name and interval (on two lines when one does not fit), none cut off."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from keys import activate, answer_with_keys, press
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quizapp.settings import Settings
from quizapp.ui.main_window import MainWindow
from quizapp.ui.theme import apply_theme
from quizapp.ui.widgets.answer_inputs import RevealInput


@pytest.fixture
def styled_window(qtbot: QtBot, study_db: Path) -> Iterator[MainWindow]:
    """Ada's window at 640x440, styled as the app styles it (its font and padding)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "light", Settings().font_size)
    win = MainWindow(db=study_db, settings=Settings(last_learner="Ada"))
    win.resize(640, 440)
    win.show()
    names = [row.name for row in win.home.rows()]
    win.home.table.selectRow(names.index("Every kind"))
    yield win
    win.close()
    win.deleteLater()


def test_grade_buttons_are_not_cut_off_at_640(qtbot: QtBot, styled_window: MainWindow) -> None:
    # Given Ada reviewing by keys in the smallest window, up to the flashcard
    window = styled_window
    activate(qtbot, window)
    qtbot.mouseClick(window.home.review_button, Qt.MouseButton.LeftButton)
    screen = window.review_screen
    assert screen.card is not None
    while not isinstance(screen.card.input, RevealInput):
        answer_with_keys(screen.card, right=True)
        press(Qt.Key.Key_Return)
        assert screen.card is not None
    # When she turns it
    press(Qt.Key.Key_Space)
    QApplication.processEvents()
    # Then every grade button is as wide as its text needs, and shows key, name, interval
    for rating, button in screen.grade_buttons.items():
        words = button.text().split()
        assert words[0] == str(rating) and len(words) == 3, button.text()
        assert button.width() >= button.sizeHint().width(), f"{button.text()!r} is cut off"
    # And in a wide window each goes back on one line
    window.resize(900, 620)
    QApplication.processEvents()
    assert all("\n" not in button.text() for button in screen.grade_buttons.values())
