"""A quiz: choose its size, answer, see the score and each answer, retry the missed ones."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from quizapp.content import sets
from quizapp.questiondata import QuestionData, SetData
from quizapp.ui.main_window import MainWindow
from quizapp.ui.screens.quiz import QuizScreen

Answer = Callable[..., None]


def test_quiz_scores_and_retries_the_missed(
    qtbot: QtBot, window: MainWindow, answer_card: Answer
) -> None:
    # Given Ada starting a quiz of 4 questions on 'Every kind'
    qtbot.mouseClick(window.home.quiz_button, Qt.MouseButton.LeftButton)
    screen = window.stack.currentWidget()
    assert isinstance(screen, QuizScreen)
    screen.size_box.setValue(4)
    qtbot.mouseClick(screen.start_button, Qt.MouseButton.LeftButton)
    # When she answers the first two right and the others wrong
    for i in range(4):
        card = screen.card
        assert card is not None
        assert screen.counter.text() == f"Question {i + 1} of 4"
        answer_card(qtbot, card, right=i < 2)
        if card.question.kind == "flashcard":
            qtbot.keyClick(screen, Qt.Key.Key_2 if i < 2 else Qt.Key.Key_1)
        else:
            qtbot.keyClick(screen.next_button, Qt.Key.Key_Return)
    # Then the results show the score and every question with both answers
    assert screen.pages.currentIndex() == 2
    assert "2 of 4" in screen.score_label.text()
    assert screen.results.rowCount() == 4
    marks = [screen.results.item(r, 0).text() for r in range(4)]
    assert marks == ["✔", "✔", "✘", "✘"]
    with window.bank.engine.connect() as conn:
        attempt = conn.execute(text("SELECT total, correct, finished_at FROM quizattempt")).one()
    assert (attempt.total, attempt.correct) == (4, 2) and attempt.finished_at is not None
    # And retrying runs just the two missed questions
    qtbot.mouseClick(screen.retry_button, Qt.MouseButton.LeftButton)
    assert screen.counter.text() == "Question 1 of 2"


def test_ctrl_z_takes_back_a_quiz_answer_and_asks_again(
    qtbot: QtBot, window: MainWindow, answer_card: Answer
) -> None:
    bank = window.bank
    assert bank is not None

    def logged() -> list[tuple[int, int]]:
        with bank.engine.connect() as conn:
            rows = conn.execute(text("SELECT question_id, correct FROM reviewlog ORDER BY id"))
            return [(r.question_id, r.correct) for r in rows]

    qtbot.mouseClick(window.home.quiz_button, Qt.MouseButton.LeftButton)
    screen = window.stack.currentWidget()
    assert isinstance(screen, QuizScreen)
    screen.size_box.setValue(3)
    qtbot.mouseClick(screen.start_button, Qt.MouseButton.LeftButton)
    assert not screen.undo_button.isEnabled(), "nothing to undo before the first answer"
    # Given Ada answered the first question wrong (a slip)
    card = screen.card
    assert card is not None
    first = card.question.prompt
    answer_card(qtbot, card, right=False)
    if card.question.kind == "flashcard":
        qtbot.keyClick(screen, Qt.Key.Key_1)
    assert len(logged()) == 1 and logged()[0][1] == 0
    # When she presses Ctrl+Z (on the feedback, or already on the next question)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    # Then the answer is gone from the bank and the same question is asked again
    assert logged() == []
    assert screen.card is not None and screen.card.question.prompt == first
    assert screen.counter.text() == "Question 1 of 3"
    assert not screen.undo_button.isEnabled()
    # And answering it right now counts in the score
    answer_card(qtbot, screen.card, right=True)
    if screen.card.question.kind == "flashcard":
        qtbot.keyClick(screen, Qt.Key.Key_2)
    else:
        qtbot.keyClick(screen.next_button, Qt.Key.Key_Return)
    # The second question, answered and taken back with the Undo button while its feedback shows
    second = screen.card
    assert second is not None and second.question.prompt != first
    second_prompt = second.question.prompt
    answer_card(qtbot, second, right=True)
    if second.question.kind == "flashcard":
        qtbot.keyClick(screen, Qt.Key.Key_2)  # graded: the quiz moved on to question 3
    assert len(logged()) == 2
    qtbot.mouseClick(screen.undo_button, Qt.MouseButton.LeftButton)
    assert len(logged()) == 1
    assert screen.card is not None and screen.card.question.prompt == second_prompt
    assert screen.counter.text() == "Question 2 of 3"
    qtbot.mouseClick(screen.undo_button, Qt.MouseButton.LeftButton)  # and the first again
    assert logged() == [] and screen.counter.text() == "Question 1 of 3"


def test_how_many_offers_no_more_than_the_set_holds(qtbot: QtBot, window: MainWindow) -> None:
    # Given a set of three questions, and Ada's usual quiz of ten
    assert window.bank is not None
    questions = [QuestionData(uid=f"t{i}", kind="short_answer", prompt=f"Tiny {i}?",
                              answer=f"a{i}") for i in range(3)]  # fmt: skip
    tiny = sets.add_set(window.bank, SetData(name="Tiny", questions=questions)).id
    assert window.settings.quiz_size == 10
    # When she opens a quiz on it
    window.start_quiz(tiny)
    screen = window.stack.currentWidget()
    assert isinstance(screen, QuizScreen)
    # Then "How many questions?" offers three at most, and three at first
    assert screen.size_box.maximum() == 3 and screen.size_box.value() == 3
    screen.size_box.stepUp()
    assert screen.size_box.value() == 3
    # And starting it keeps her usual ten for bigger sets
    qtbot.mouseClick(screen.start_button, Qt.MouseButton.LeftButton)
    assert screen.counter.text() == "Question 1 of 3"
    assert window.settings.quiz_size == 10
