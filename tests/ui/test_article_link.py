"""After an answer, the source sentence links to the whole article, opened at that place."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quizapp.content import sets
from quizapp.questiondata import ArticleData, QuestionData, QuestionKind, SetData
from quizapp.settings import Settings
from quizapp.startup import open_app_bank
from quizapp.study import learners
from quizapp.ui.dialogs.article_dialog import ArticleDialog
from quizapp.ui.main_window import MainWindow
from quizapp.ui.screens.quiz import QuizScreen

ARTICLE = (
    "The bridge over the Vltava was finished in 1402 after decades of work.\n"
    "It carried the only road across the river for four centuries.\n"
    "Thirty statues were added to its parapets much later."
)


def test_source_links_to_the_article(qtbot: QtBot, tmp_path: Path) -> None:
    # Given a set whose question came from a stored article
    db = tmp_path / "bank.sqlite3"
    bank = open_app_bank(db)
    question = QuestionData(
        uid="year",
        kind="short_answer",
        prompt="In which year was the bridge finished?",
        answer="1402",
        source=ARTICLE.splitlines()[0],
    )
    article = ArticleData("Old bridges", "bridges.txt", ARTICLE)
    sets.add_set(bank, SetData("Bridges", questions=[question], article=article))
    learners.create_learner(bank, "Ada", timezone="UTC")
    bank.close()
    window = MainWindow(db=db, settings=Settings(last_learner="Ada"))
    qtbot.addWidget(window)
    window.home.table.selectRow([r.name for r in window.home.rows()].index("Bridges"))
    window.start_review(window.home.selected_set_id())
    card = window.review_screen.card  # type: ignore[union-attr]
    assert card is not None
    # When the learner answers
    card.input.edit.setText("1402")  # type: ignore[attr-defined]
    card.input.submitted.emit()
    # Then the source sentence is shown with the fact marked and a link to the article
    assert ">1402</span>" in card.source_label.text()
    assert 'href="article"' in card.source_label.text()
    assert "From the article:" in card.source_label.text() and "“" in card.source_label.text()
    seen: list[str] = []

    def read_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ArticleDialog)
        seen.append(dialog.browser.toPlainText())
        seen.append(dialog.browser.textCursor().selectedText())
        dialog.reject()

    QTimer.singleShot(0, read_dialog)
    card.source_label.linkActivated.emit("article")
    # And the link opens the whole article with the cursor on that sentence
    assert "Thirty statues" in seen[0]
    assert seen[1].startswith("The bridge over the Vltava")
    window.close()


def test_a_quiz_answer_links_the_article_it_did_not_read(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given the same set, and a quiz of its one question
    db = tmp_path / "bank.sqlite3"
    bank = open_app_bank(db)
    question = QuestionData(
        uid="year",
        kind=QuestionKind.SHORT_ANSWER,
        answer="1402",
        prompt="In which year was the bridge finished?",
        source=ARTICLE.splitlines()[0],
    )
    article = ArticleData("Old bridges", "bridges.txt", ARTICLE)
    sets.add_set(bank, SetData("Bridges", questions=[question], article=article))
    learners.create_learner(bank, "Ada", timezone="UTC")
    bank.close()
    window = MainWindow(db=db, settings=Settings(last_learner="Ada"))
    qtbot.addWidget(window)
    window.home.table.selectRow([r.name for r in window.home.rows()].index("Bridges"))
    window.start_quiz(window.home.selected_set_id())
    screen = window.stack.currentWidget()
    assert isinstance(screen, QuizScreen)
    qtbot.mouseClick(screen.start_button, Qt.MouseButton.LeftButton)
    card = screen.card
    assert card is not None
    # When the learner answers, the article's text unread (the quiz's item knows it is there)
    with monkeypatch.context() as no_reading:
        no_reading.setattr(sets, "question_article", lambda *_: pytest.fail("article read"))
        card.input.edit.setText("1402")  # type: ignore[attr-defined]
        card.input.submitted.emit()
    # Then the source sentence links to the article
    assert 'href="article"' in card.source_label.text()
    assert "From the article:" in card.source_label.text()
    window.close()
