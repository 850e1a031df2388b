"""A question's image leaves its answers in view: above the prompt, or beside it when short."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from test_question_images import png

from quizapp.content import sets
from quizapp.questiondata import QuestionData, QuestionKind, SetData
from quizapp.settings import Settings
from quizapp.startup import open_app_bank
from quizapp.study import learners
from quizapp.ui.main_window import MainWindow
from quizapp.ui.screens.quiz import QuizScreen
from quizapp.ui.theme import apply_theme
from quizapp.ui.widgets.question_card import QuestionCard

PROMPT = "In which year did the two neighbours first take up arms against each other over it?"


@pytest.fixture
def map_window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    """Ada's window, styled as the app styles it, on one multiple-choice question with a
    wide map and 4 choices."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "light", Settings().font_size)  # the app's own padding and font sizes
    db = tmp_path / "map.sqlite3"
    bank = open_app_bank(db)
    choices = ["1991", "1985", "1988", "1994"]
    question = QuestionData("map", QuestionKind.MULTIPLE_CHOICE, PROMPT, "1988",
                            choices=choices, image=png((1200, 600)))  # fmt: skip
    sets.add_set(bank, SetData("Maps", questions=[question]))
    learners.create_learner(bank, "Ada", timezone="UTC")
    bank.close()
    win = MainWindow(db=db, settings=Settings(last_learner="Ada"))
    win.show()
    win.home.table.selectRow([r.name for r in win.home.rows()].index("Maps"))
    yield win
    win.close()
    win.deleteLater()


def _every_choice_in_view(qtbot: QtBot, card: QuestionCard) -> None:
    view = card.scroll_area.viewport()
    buttons: list[QWidget] = card.input.buttons  # type: ignore[attr-defined]

    def in_view() -> bool:
        last = buttons[-1]
        bottom = last.mapTo(view, last.rect().bottomLeft()).y()
        return card.scroll_area.verticalScrollBar().value() == 0 and bottom <= view.height()

    qtbot.waitUntil(in_view, timeout=2000)
    assert card.image.isVisible() and card.image.height() >= 40


@pytest.mark.parametrize("size", [(900, 620), (640, 440)])
def test_the_choices_show_under_an_image_in_review(
    qtbot: QtBot, map_window: MainWindow, size: tuple[int, int]
) -> None:
    map_window.resize(*size)
    qtbot.waitUntil(lambda: map_window.size().width() == size[0])
    qtbot.mouseClick(map_window.home.review_button, Qt.MouseButton.LeftButton)
    card = map_window.review_screen.card
    assert card is not None
    _every_choice_in_view(qtbot, card)


@pytest.mark.parametrize("size", [(900, 620), (640, 440)])
def test_the_choices_show_under_an_image_in_a_quiz(
    qtbot: QtBot, map_window: MainWindow, size: tuple[int, int]
) -> None:
    map_window.resize(*size)
    qtbot.waitUntil(lambda: map_window.size().width() == size[0])
    qtbot.mouseClick(map_window.home.quiz_button, Qt.MouseButton.LeftButton)
    screen = map_window.stack.currentWidget()
    assert isinstance(screen, QuizScreen)
    qtbot.mouseClick(screen.start_button, Qt.MouseButton.LeftButton)
    assert screen.card is not None
    _every_choice_in_view(qtbot, screen.card)


def test_the_next_question_without_an_image_has_its_usual_layout(qtbot: QtBot) -> None:
    # Given a card showing the map question in a short view (the image beside the prompt)
    choices = ["1991", "1985", "1988", "1994"]
    mapped = QuestionData("map", QuestionKind.MULTIPLE_CHOICE, PROMPT, "1988", choices=choices,
                          image=png((1200, 600)))  # fmt: skip
    card = QuestionCard(mapped)
    qtbot.addWidget(card)
    card.resize(580, 240)
    card.show()
    qtbot.waitUntil(lambda: not card.kind_label.isVisible())
    # When the same card asks a question without an image
    card.show_question(QuestionData("plain", QuestionKind.SHORT_ANSWER, "Capital?", "Paris"))
    card.resize(580, 250)  # a resize, as a new layout brings
    # Then its kind shows again, with the usual gaps
    qtbot.waitUntil(card.kind_label.isVisible)
    assert card._content_layout.spacing() == 12
