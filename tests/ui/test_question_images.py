"""Images on questions in the window: above the prompt, scaled to the window, never enlarged."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from quizapp.content import sets
from quizapp.images import QuestionImage, check_image
from quizapp.questiondata import QuestionData, QuestionKind, SetData
from quizapp.settings import Settings
from quizapp.startup import open_app_bank
from quizapp.study import learners
from quizapp.ui.main_window import MainWindow
from quizapp.ui.screens.quiz import QuizScreen
from quizapp.ui.widgets.question_card import QuestionCard
from quizapp.ui.widgets.question_image import WINDOW_SHARE, QuestionImageView

TEAL = (0, 128, 128)
SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60">'
    b'<rect width="120" height="60" fill="#ff8000"/></svg>'
)


def png(size: tuple[int, int], colour: tuple[int, int, int] = TEAL) -> QuestionImage:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, format="PNG")
    return check_image(out.getvalue())


def _question(uid: str, image: QuestionImage | None) -> QuestionData:
    return QuestionData(uid, QuestionKind.SHORT_ANSWER, f"What is shown ({uid})?", "x", image=image)


@pytest.fixture
def picture_window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    """Ada's window on a set of three questions: a big photo, a small SVG, and no image."""
    db = tmp_path / "pictures.sqlite3"
    bank = open_app_bank(db)
    questions = [_question("photo", png((1200, 800))), _question("svg", check_image(SVG)),
                 _question("plain", None)]  # fmt: skip
    sets.add_set(bank, SetData("Pictures", questions=questions))
    learners.create_learner(bank, "Ada", timezone="UTC")
    bank.close()
    win = MainWindow(db=db, settings=Settings(last_learner="Ada"))
    win.show()
    win.home.table.selectRow([r.name for r in win.home.rows()].index("Pictures"))
    yield win
    win.close()
    win.deleteLater()


def _review_until(qtbot: QtBot, window: MainWindow, uid: str) -> QuestionCard:
    screen = window.review_screen
    if window.stack.currentWidget() is not screen:
        qtbot.mouseClick(window.home.review_button, Qt.MouseButton.LeftButton)
    for _ in range(3):
        card = screen.card
        assert card is not None
        if card.question.uid == uid:
            return card
        qtbot.keyClicks(card.input.edit, "x")  # type: ignore[attr-defined]
        qtbot.keyClick(card.input.edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
        qtbot.keyClick(screen.next_button, Qt.Key.Key_Return)
    raise AssertionError(f"{uid} never came")


def _settle(qtbot: QtBot, window: MainWindow, size: tuple[int, int]) -> None:
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().width() == size[0])
    qtbot.wait(20)  # the layout answers the resize


@pytest.mark.parametrize("size", [(1000, 700), (640, 440)])
def test_a_big_image_shows_above_the_prompt_scaled_to_the_window(
    qtbot: QtBot, picture_window: MainWindow, size: tuple[int, int]
) -> None:
    # Given a 1200 x 800 photo on the question being reviewed
    card = _review_until(qtbot, picture_window, "photo")
    # When the window is at its default size, or its smallest
    _settle(qtbot, picture_window, size)
    shown = card.image.fitted(card.image.width())
    # Then the image sits above the prompt, fits the card's width and a share of the height
    assert card.image.isVisible() and card.image.geometry().bottom() < card.prompt.geometry().top()
    assert 0 < shown.width() <= card.image.width() and shown.width() < 1200
    assert shown.height() <= size[1] * WINDOW_SHARE + 1
    assert abs(shown.width() / shown.height() - 1.5) < 0.02  # its aspect kept
    # And it is painted: the middle of what is shown has the photo's colour
    picture = card.image.grab().toImage()
    assert picture.pixelColor(shown.width() // 2, shown.height() // 2) == QColor(*TEAL)


def test_a_small_image_is_never_enlarged_and_svg_is_drawn(
    qtbot: QtBot, picture_window: MainWindow
) -> None:
    # Given the 120 x 60 SVG question in a roomy window
    _settle(qtbot, picture_window, (1000, 700))
    card = _review_until(qtbot, picture_window, "svg")
    # Then it is drawn at its natural size, no larger, in its colours
    assert (card.image.height(), card.image.fitted(card.image.width()).width()) == (60, 120)
    picture = card.image.grab().toImage()
    assert picture.pixelColor(60, 30) == QColor(255, 128, 0)
    assert picture.pixelColor(200, 30) != QColor(255, 128, 0)  # nothing drawn beyond it


def test_a_question_without_an_image_shows_none(qtbot: QtBot, picture_window: MainWindow) -> None:
    card = _review_until(qtbot, picture_window, "plain")
    assert not card.image.isVisible()
    assert card.prompt.isVisible()


def test_the_quiz_shows_the_image_of_each_question(
    qtbot: QtBot, picture_window: MainWindow
) -> None:
    qtbot.mouseClick(picture_window.home.quiz_button, Qt.MouseButton.LeftButton)
    screen = picture_window.stack.currentWidget()
    assert isinstance(screen, QuizScreen)
    screen.size_box.setValue(3)
    qtbot.mouseClick(screen.start_button, Qt.MouseButton.LeftButton)
    seen = {}
    for _ in range(3):
        card = screen.card
        assert card is not None
        seen[card.question.uid] = card.image.isVisible()
        qtbot.keyClicks(card.input.edit, "x")  # type: ignore[attr-defined]
        qtbot.keyClick(card.input.edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
        qtbot.keyClick(screen.next_button, Qt.Key.Key_Return)
    assert seen == {"photo": True, "svg": True, "plain": False}


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "WEBP"])
def test_qt_draws_every_accepted_raster_type(qtbot: QtBot, fmt: str) -> None:
    """Qt decodes what Pillow accepted: a missing image plugin would show nothing."""
    out = io.BytesIO()
    Image.new("RGB", (40, 30), TEAL).save(out, format=fmt)
    view = QuestionImageView(check_image(out.getvalue()))
    qtbot.addWidget(view)
    view.resize(100, 30)
    view.show()
    assert view.has_image() and view.isVisible()
    colour = view.grab().toImage().pixelColor(20, 15)
    assert max(abs(a - b) for a, b in zip(colour.getRgb()[:3], TEAL, strict=True)) < 8


def test_an_image_drawn_again_is_not_decoded_again(qtbot: QtBot) -> None:
    """The editor's preview redraws its question at each key: the photo is decoded once."""
    from quizapp.ui.widgets import question_image

    image = png((64, 48))
    question_image._decoded.cache_clear()
    for _ in range(3):
        view = QuestionImageView(image)
        qtbot.addWidget(view)
    info = question_image._decoded.cache_info()
    assert (info.misses, info.hits) == (1, 2)
