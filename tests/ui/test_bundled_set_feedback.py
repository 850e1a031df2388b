"""The bundled set in the window: its feedback names the article's fact it comes from."""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from quizapp.ui.main_window import MainWindow

BUNDLED = "Caucasus peace talks (2024)"


def test_bundled_question_feedback_shows_its_source_line(
    qtbot: QtBot, window: MainWindow, answer_card: Callable[..., None]
) -> None:
    # Given Ada reviewing the bundled set
    names = [row.name for row in window.home.rows()]
    window.home.table.selectRow(names.index(BUNDLED))
    qtbot.mouseClick(window.home.review_button, Qt.MouseButton.LeftButton)
    card = window.review_screen.card
    assert card is not None
    # When she answers the first question
    answer_card(qtbot, card, right=True)
    # Then the feedback shows where the fact comes from, the answer marked in it; the set
    # stores no article text and its lines are in its own words: "Source:", never quoted
    source = card.question.source
    assert source
    shown = card.source_label.text()
    assert card.source_label.isVisible() and "Source:" in shown
    assert "From the article" not in shown and "“" not in shown
    assert html.escape(source) in re.sub(r"<[^>]+>", "", shown)
    if card.question.answer.casefold() in source.casefold():
        assert "background:" in shown, "the answer is marked"
