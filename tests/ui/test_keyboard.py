"""Keys only: Space never answers a choice, the focus follows each step, Enter checks, Esc asks."""

from __future__ import annotations

import pytest
from keys import (
    activate,
    answer_with_keys,
    focused,
    order_with_keys,
    press,
    start_quiz,
    wrong_order,
)
from modal_steps import on_next_modal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from quizapp.ui.main_window import MainWindow
from quizapp.ui.screens.quiz import QuizScreen
from quizapp.ui.widgets.answer_inputs import ChoiceInput, MatchingInput, OrderingInput, RevealInput


def logged(window: MainWindow) -> list[str]:
    assert window.bank is not None
    with window.bank.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT q.uid FROM reviewlog r JOIN question q ON q.id = r.question_id")
        )
        return [r.uid for r in rows]


def walk_to(screen: QuizScreen, kind: str) -> None:
    """Answer (wrongly, by keys) until a question of ``kind`` shows, or to the results."""
    while screen.pages.currentIndex() == 1 and screen.card is not None:
        if screen.card.question.kind == kind:
            return
        answer_with_keys(screen.card, right=False)
        press(Qt.Key.Key_1 if screen.self_grading is not None else Qt.Key.Key_Return)
    assert kind == "no such kind", f"no {kind} question"


def test_space_never_answers_a_choice_in_review(qtbot: QtBot, window: MainWindow) -> None:
    # Given Ada reviewing, a multiple-choice question showing
    activate(qtbot, window)
    window.home.table.setFocus()
    press(Qt.Key.Key_R)
    screen = window.review_screen
    assert screen is not None and screen.card is not None
    while screen.card.question.kind != "multiple_choice":
        answer_with_keys(screen.card, right=True)
        press(Qt.Key.Key_3 if screen.grade_bar.isVisible() else Qt.Key.Key_Return)
    before = logged(window)
    choice = screen.card.input
    assert isinstance(choice, ChoiceInput)
    # When she presses Space, then Tabs to an option and presses Space again
    press(Qt.Key.Key_Space)
    press(Qt.Key.Key_Tab)
    assert focused() in choice.buttons
    press(Qt.Key.Key_Space)
    # Then nothing is answered nor recorded, and a hint says which keys answer
    assert logged(window) == before
    assert not screen.card.feedback.isVisible() and choice.response() == ""
    assert not any(b.isChecked() for b in choice.buttons)
    assert choice.hint.isVisible() and "1-4" in choice.hint.text()
    # And a number key answers as before
    press(Qt.Key.Key_2)
    assert screen.card.feedback.isVisible() and len(logged(window)) == len(before) + 1


@pytest.mark.parametrize(
    "key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space], ids=["Return", "Enter", "Space"]
)
def test_enter_or_space_turns_a_flashcard_whose_grades_show_their_keys(
    qtbot: QtBot, window: MainWindow, key: Qt.Key
) -> None:
    # Given Ada reviewing, a flashcard showing (its Show answer button says Space)
    activate(qtbot, window)
    window.home.table.setFocus()
    press(Qt.Key.Key_R)
    screen = window.review_screen
    assert screen.card is not None
    while screen.card.question.kind != "flashcard":
        answer_with_keys(screen.card, right=True)
        press(Qt.Key.Key_Return)
    reveal = screen.card.input
    assert isinstance(reveal, RevealInput) and "Space" in reveal.show_button.text()
    assert focused() is reveal.show_button
    # When she presses Enter (either key) or Space
    press(key)
    # Then the card turns, and each grade button shows its key, its name and its interval
    assert screen.card.feedback.isVisible() and screen.grade_bar.isVisible()
    texts = [screen.grade_buttons[r].text() for r in (1, 2, 3, 4)]
    assert [t.split("  ")[:2] for t in texts] == [
        ["1", "Again"], ["2", "Hard"], ["3", "Good"], ["4", "Easy"],
    ]  # fmt: skip
    assert focused() is screen.grade_buttons[3]


def test_quiz_of_every_kind_with_keys_only(qtbot: QtBot, window: MainWindow) -> None:
    # Given Ada starting a quiz of all eight questions with keys
    screen = start_quiz(qtbot, window)
    kinds: list[str] = []
    while screen.pages.currentIndex() == 1:
        card = screen.card
        assert card is not None
        kinds.append(card.question.kind)
        # When she answers each right with keys only (sent where the focus is)
        answer_with_keys(card, right=True)
        if card.question.kind == "flashcard":
            # Then a turned flashcard has the focus on a grade, and 1-4 grade it
            assert focused() in screen.grade_buttons
            assert [b.accessibleName() for b in screen.grade_buttons] == [
                "Again", "Hard", "Good", "Easy",
            ]  # fmt: skip
            press(Qt.Key.Key_3)
        else:
            # Then the feedback shows and the focus is on Next, where Enter goes on
            assert card.verdict_label.text() == "✔  Right", card.question.kind
            assert focused() is screen.next_button
            press(Qt.Key.Key_Return)
    # And every kind was answered, and scored right
    assert sorted(kinds) == sorted(
        ["multiple_choice", "true_false", "short_answer", "numeric", "cloze", "ordering",
         "matching", "flashcard"]
    )  # fmt: skip
    assert "8 of 8" in screen.score_label.text()
    assert focused() is screen.done_button


def test_enter_checks_an_order_and_marks_each_item(qtbot: QtBot, window: MainWindow) -> None:
    # Given an ordering question in a quiz
    screen = start_quiz(qtbot, window)
    walk_to(screen, "ordering")
    card = screen.card
    assert card is not None and isinstance(card.input, OrderingInput)
    right = list(card.question.choices or [])
    # When she presses Enter on the list before moving anything
    press(Qt.Key.Key_Return)
    # Then nothing is checked (the shuffled order is never right): a hint says what to do
    assert not card.feedback.isVisible() and card.input.hint.isVisible()
    # When she moves items into a wrong order and presses Enter
    order_with_keys(card.input, wrong_order(right, card.input.response()))
    given = card.input.response()
    press(Qt.Key.Key_Return)
    # Then it is checked, and each item says whether it stands in its place
    assert card.verdict_label.text() == "✘  Not quite"
    shown = [card.input.list.item(i).text() for i in range(len(given))]
    for text_shown, item, place in zip(shown, given, range(len(given)), strict=True):
        if right[place] == item:
            assert text_shown == f"✔  {item}"
        else:
            assert text_shown == f"✘  {item}  (belongs at {right.index(item) + 1})"
    assert any(t.startswith("✘") for t in shown)


def test_enter_checks_matches_and_marks_each_pair(qtbot: QtBot, window: MainWindow) -> None:
    # Given a matching question in a quiz, France matched right and the others swapped
    screen = start_quiz(qtbot, window)
    walk_to(screen, "matching")
    card = screen.card
    assert card is not None and isinstance(card.input, MatchingInput)
    card.input.set_match("France", "Paris")
    card.input.set_match("Japan", "Nairobi")
    card.input.set_match("Kenya", "Tokyo")
    # When she presses Enter in the first box
    assert focused() is card.input.combos["France"]
    press(Qt.Key.Key_Return)
    # Then each pair is marked: right, or wrong with its match
    assert card.feedback.isVisible()
    marks = {left: label.text() for left, label in card.input.marks.items()}
    assert marks == {"France": "✔", "Japan": "✘  Tokyo", "Kenya": "✘  Nairobi"}
    assert all(label.isVisible() for label in card.input.marks.values())


def test_matching_with_any_match_unchosen_is_not_checked(qtbot: QtBot, window: MainWindow) -> None:
    # Given a matching question in a quiz, every box still on "— choose —"
    screen = start_quiz(qtbot, window)
    walk_to(screen, "matching")
    card = screen.card
    assert card is not None and isinstance(card.input, MatchingInput)
    before = logged(window)
    # When she presses Enter, or Ctrl+Enter, or clicks Check matches
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(card.input.done_button, Qt.MouseButton.LeftButton)
    # Then nothing is checked or stored; a hint asks for the matches, the focus in the first box
    assert not card.feedback.isVisible() and logged(window) == before
    assert card.input.hint.isVisible() and "Choose a match" in card.input.hint.text()
    assert focused() is card.input.combos["France"]
    # And with one chosen and two still on "— choose —", Enter checks nothing either
    card.input.set_match("France", "Paris")
    press(Qt.Key.Key_Return)
    assert not card.feedback.isVisible() and logged(window) == before
    assert card.input.hint.isVisible() and focused() is card.input.combos["Japan"]
    # And once she chooses them all, Enter checks
    card.input.set_match("Japan", "Tokyo")
    card.input.set_match("Kenya", "Nairobi")
    press(Qt.Key.Key_Return)
    assert card.feedback.isVisible() and not card.input.hint.isVisible()
    assert sorted(logged(window)) == sorted([*before, "match"])


def _click(name: str) -> object:
    def step(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        assert "You answered 1 question of 3" in box.text()
        button = next(b for b in box.buttons() if b.text().replace("&", "") == name)
        assert isinstance(button, QPushButton)
        button.click()

    return step


def test_escape_asks_then_keeps_the_answers_as_a_partial_score(
    qtbot: QtBot, window: MainWindow
) -> None:
    # Given Ada one question into a quiz of three, answered right
    screen = start_quiz(qtbot, window, size=3)
    card = screen.card
    assert card is not None
    answer_with_keys(card, right=True)
    press(Qt.Key.Key_3 if screen.self_grading is not None else Qt.Key.Key_Return)
    second = screen.card
    # When she presses Esc and answers 'Keep going'
    on_next_modal([_click("Keep going")])
    press(Qt.Key.Key_Escape)
    # Then the quiz goes on, on the same question, the focus back in its answer
    assert screen.pages.currentIndex() == 1 and screen.card is second
    activate(qtbot, window)  # the window is active again once the message box is gone
    assert second is not None and second.isAncestorOf(focused())
    # When she presses Esc again and stops
    on_next_modal([_click("Stop and see the score")])
    press(Qt.Key.Key_Escape)
    # Then the results show the score of what she answered, and the bank keeps it
    assert screen.pages.currentIndex() == 2
    assert "answered 1 of 3 questions" in screen.score_label.text()
    assert "<b>1 right</b> (100% of those answered)" in screen.score_label.text()
    assert window.bank is not None
    with window.bank.engine.connect() as conn:
        attempt = conn.execute(text("SELECT correct, finished_at FROM quizattempt")).one()
    assert attempt.correct == 1 and attempt.finished_at is not None
    assert len(logged(window)) == 1


def _read_shortcuts(found: dict[str, list[str]]) -> object:
    def step(dialog: QWidget) -> None:
        from quizapp.ui.dialogs.shortcuts_dialog import ShortcutsDialog

        assert isinstance(dialog, ShortcutsDialog)
        for name, table in (("screen", dialog.screen_table), ("menus", dialog.menu_table)):
            found[name] = [
                f"{table.item(r, 0).text()}: {table.item(r, 1).text()}"
                for r in range(table.rowCount())
            ]
        found["title"] = [dialog.screen_table.accessibleName()]
        # each table as tall as its rows: none scrolls, none has empty room under its rows,
        # unless the dialog already fills the screen's height (then the tables scroll)
        screen = dialog.screen()
        capped = screen is not None and dialog.height() >= screen.availableGeometry().height()
        for table in (dialog.screen_table, dialog.menu_table):
            rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
            empty = table.viewport().height() - rows
            scroll = table.verticalScrollBar().maximum()
            fit = "capped" if capped and scroll > 0 and empty <= 0 else f"{scroll} {empty}"
            found.setdefault("fit", []).append(fit)
        dialog.reject()

    return step


def test_f1_shows_the_keys_of_the_current_screen(qtbot: QtBot, window: MainWindow) -> None:
    activate(qtbot, window)
    window.home.table.setFocus()
    # Given the home screen: F1 lists its keys and the menus'
    home: dict[str, list[str]] = {}
    on_next_modal([_read_shortcuts(home)])
    press(Qt.Key.Key_F1)
    assert "Your sets" in home["title"][0]
    assert "R: Review the cards due today" in home["screen"]
    assert "Ctrl+L: Learner › Switch learner" in home["menus"]
    assert "F1: Help › Keyboard shortcuts" in home["menus"]
    assert set(home["fit"]) <= {"0 0", "capped"}, "the tables are sized to their rows"
    # When she is in a quiz, F1 lists the quiz's keys instead
    activate(qtbot, window)
    start_quiz(qtbot, window, size=2)
    quiz: dict[str, list[str]] = {}
    on_next_modal([_read_shortcuts(quiz)])
    press(Qt.Key.Key_F1)
    assert "Quiz" in quiz["title"][0]
    assert any(line.startswith("Space / Enter: Turn a flashcard") for line in quiz["screen"])
    assert any(line.startswith("Esc: Stop the quiz") for line in quiz["screen"])
    assert quiz["screen"] != home["screen"]


def test_enter_presses_the_focused_button_on_the_results(qtbot: QtBot, window: MainWindow) -> None:
    # Given a quiz of two questions answered wrong: the results, Retry focused
    screen = start_quiz(qtbot, window, size=2)
    walk_to(screen, "no such kind")
    assert screen.pages.currentIndex() == 2 and focused() is screen.retry_button
    # When she presses Enter, the missed questions are asked again
    press(Qt.Key.Key_Return)
    assert screen.pages.currentIndex() == 1 and screen.counter.text() == "Question 1 of 2"
    # And on the next results, Tab to Done and Enter goes back to the sets
    walk_to(screen, "no such kind")
    press(Qt.Key.Key_Tab)
    assert focused() is screen.done_button
    press(Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.home
