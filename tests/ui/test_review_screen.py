"""Reviewing: every kind answered right and wrong, flashcard grades, undo, and the bank's record."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from quizapp.ui.main_window import MainWindow

Answer = Callable[..., None]


def reviews(window: MainWindow) -> list[Any]:
    with window.bank.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT q.uid, r.correct, r.rating, r.response FROM reviewlog r "
                "JOIN question q ON q.id = r.question_id ORDER BY r.id"
            )
        )
        return list(rows)


def start_review(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.mouseClick(window.home.review_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.review_screen
    assert window.review_screen.card is not None


@pytest.mark.parametrize("right", [True, False])
def test_every_kind_answered_and_recorded(
    qtbot: QtBot, window: MainWindow, answer_card: Answer, right: bool
) -> None:
    # Given Ada reviewing the 'Every kind' set, all eight questions new
    start_review(window, qtbot)
    screen = window.review_screen
    seen: list[str] = []
    while screen.card is not None and len(seen) < 8:
        card = screen.card
        kind = card.question.kind
        seen.append(card.question.uid)
        # When she answers it through its widgets
        answer_card(qtbot, card, right=right)
        if kind == "flashcard":
            # Then a flashcard shows its back and the four grades with their intervals
            assert card.answer_label.text().startswith("<b>Plants turning light")
            assert screen.grade_bar.isVisible()
            assert all(any(c.isdigit() for c in b.text()) for b in screen.grade_buttons.values())
            qtbot.keyClick(screen, Qt.Key.Key_3 if right else Qt.Key.Key_1)
        else:
            # Then the verdict shows at a glance, with the right answer, until she moves on
            assert screen.card is card
            verdict = card.verdict_label.text()
            assert verdict == ("✔  Right" if right else "✘  Not quite")
            assert card.feedback.isVisible()
            qtbot.keyClick(screen.next_button, Qt.Key.Key_Return)
    # And every answer is in the bank, right or wrong as given
    rows = reviews(window)
    assert sorted(r.uid for r in rows) == sorted(
        ["mc", "tf", "sa", "num", "cloze", "order", "match", "card"]
    )
    assert all(bool(r.correct) is right for r in rows)
    assert {r.rating for r in rows if r.uid == "card"} == {3 if right else 1}
    assert all(r.rating == 1 for r in rows) or right
    # and the session goes on with what is still due (cards in their learning steps)
    assert screen.card is not None or screen.done_label.isVisible()


def test_source_sentence_is_shown_with_the_fact_marked(
    qtbot: QtBot, window: MainWindow, answer_card: Answer
) -> None:
    start_review(window, qtbot)
    screen = window.review_screen
    while screen.card is not None and screen.card.question.uid != "mc":
        answer_card(qtbot, screen.card, right=True)
        if screen.grade_bar.isVisible():
            qtbot.keyClick(screen, Qt.Key.Key_3)
        else:
            qtbot.keyClick(screen.next_button, Qt.Key.Key_Return)
    assert screen.card is not None
    answer_card(qtbot, screen.card, right=True)
    source = screen.card.source_label.text()
    assert "background:" in source and ">Jupiter</span>" in source
    assert "Jupiter is more than twice" in screen.card.explanation_label.text()


def test_typo_is_accepted_with_the_exact_answer_shown(
    qtbot: QtBot, window: MainWindow, answer_card: Answer
) -> None:
    start_review(window, qtbot)
    screen = window.review_screen
    while screen.card is not None and screen.card.question.uid != "sa":
        answer_card(qtbot, screen.card, right=True)
        if screen.grade_bar.isVisible():
            qtbot.keyClick(screen, Qt.Key.Key_3)
        else:
            qtbot.keyClick(screen.next_button, Qt.Key.Key_Return)
    assert screen.card is not None
    qtbot.keyClicks(screen.card.input.edit, "paaris")  # type: ignore[attr-defined]
    qtbot.keyClick(screen.card.input.edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert screen.card.verdict_label.text() == "✔  Right"
    assert "Paris" in screen.card.answer_label.text()
    assert "accepted" in screen.card.answer_label.text().lower()


def test_undo_restores_the_question_and_removes_the_review(
    qtbot: QtBot, window: MainWindow, answer_card: Answer
) -> None:
    # Given one answered question
    start_review(window, qtbot)
    screen = window.review_screen
    first = screen.card
    assert first is not None
    answer_card(qtbot, first, right=False)
    if screen.grade_bar.isVisible():
        qtbot.keyClick(screen, Qt.Key.Key_1)
    assert len(reviews(window)) == 1
    # When the learner presses Ctrl+Z
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    # Then the review row is gone and the same question is asked again, unanswered
    assert reviews(window) == []
    assert screen.card is not None
    assert screen.card.question.uid == first.question.uid
    assert not screen.card.feedback.isVisible()


def card_rows(window: MainWindow) -> list[Any]:
    with window.bank.engine.connect() as conn:
        return list(conn.execute(text("SELECT question_id, answers FROM cardstate")))


def test_undo_while_the_feedback_shows_restores_the_state_before_the_answer(
    qtbot: QtBot, window: MainWindow, answer_card: Answer
) -> None:
    # Given a question answered, its feedback still showing
    start_review(window, qtbot)
    screen = window.review_screen
    counts_before = screen.counts.text()
    first = screen.card
    assert first is not None and first.question.kind != "flashcard"
    uid = first.question.uid
    answer_card(qtbot, first, right=True)
    assert first.feedback.isVisible()
    # When the learner presses Ctrl+Z before moving on
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    # Then the bank and the counts are as before the answer, the question asked once more
    assert reviews(window) == [] and card_rows(window) == []
    assert screen.counts.text() == counts_before
    assert screen.card is not None and screen.card.question.uid == uid
    assert [i.question.uid for i in screen.queue].count(uid) == 0
    # And answering it again records it once, with one card state
    answer_card(qtbot, screen.card, right=True)
    assert [r.uid for r in reviews(window)] == [uid]
    assert [r.answers for r in card_rows(window)] == [1]
    # and moving on does not bring it back in the first pass
    qtbot.keyClick(screen.next_button, Qt.Key.Key_Return)
    assert screen.card is not None and screen.card.question.uid != uid


def test_one_card_view_asks_question_after_question_with_a_fresh_input(
    qtbot: QtBot, window: MainWindow, answer_card: Answer
) -> None:
    from quizapp.ui.widgets.answer_inputs import AnswerInput

    # Given Ada reviewing 'Every kind'
    start_review(window, qtbot)
    screen = window.review_screen
    assert screen is not None and screen.card is not None
    view = screen.card
    # When she answers five questions of different kinds
    for _ in range(5):
        assert screen.card is not None
        answer_card(qtbot, screen.card, right=True)
        if screen.grade_bar.isVisible():
            qtbot.keyClick(screen, Qt.Key.Key_3)
        else:
            qtbot.keyClick(screen.next_button, Qt.Key.Key_Return)
    # Then the same view shows the next question, as new: only its own input, ready, no verdict
    assert screen.card is view and screen.current is not None
    assert view.question == screen.current.question
    shown = [w for w in view.findChildren(AnswerInput) if w.isVisible()]
    assert shown == [view.input] and view.input.isEnabled()
    assert not view.feedback.isVisible()
    assert view.prompt.text() == view._prompt_html(screen.current.question)


def test_reused_view_shows_the_next_question_from_its_top(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QApplication

    from quizapp.questiondata import QuestionData
    from quizapp.ui.widgets.question_card import QuestionCard

    def long_choice(uid: str) -> QuestionData:
        options = [f"Option {n} of question {uid}" for n in range(1, 10)]
        return QuestionData(uid=uid, kind="multiple_choice", prompt=f"Which one ({uid})?",
                            answer=options[0], choices=options)  # fmt: skip

    # Given a question view too short for its nine options, scrolled down to the last ones
    view = QuestionCard(long_choice("a"))
    qtbot.addWidget(view)
    view.resize(600, 200)
    view.show()
    QApplication.processEvents()
    bar = view.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert bar.value() > 0
    # When it asks the next question, as long
    view.show_question(long_choice("b"))
    QApplication.processEvents()
    # Then that question shows from its top: its kind and prompt in view, not its last options
    assert bar.maximum() > 0 and bar.value() == 0
    # And when she moves on before the verdict was scrolled to, it stays at the next one's top
    view.show_feedback(correct=False, expected="Option 1 of question b", note="a note")
    view.show_question(long_choice("c"))
    QApplication.processEvents()
    assert bar.maximum() > 0 and bar.value() == 0
