"""Quiz options by keys: the setup page, exam mode, the time limit, named quizzes."""

from __future__ import annotations

from collections import Counter

from keys import activate, answer_with_keys, focused, press, type_text
from modal_steps import on_next_modal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from quizapp.store import teacher_passphrase
from quizapp.study import saved_quizzes
from quizapp.study.quiz_options import QuizOptions, options_from
from quizapp.ui.dialogs.passphrase_dialog import unlock_teacher
from quizapp.ui.main_window import MainWindow
from quizapp.ui.screens.quiz import QuizScreen

ALT = Qt.KeyboardModifier.AltModifier


def open_setup(qtbot: QtBot, window: MainWindow) -> QuizScreen:
    """Q on the home: the quiz's setup page, the focus in the number of questions."""
    activate(qtbot, window)
    window.home.table.setFocus()
    press(Qt.Key.Key_Q)
    screen = window.stack.currentWidget()
    assert isinstance(screen, QuizScreen) and screen.pages.currentIndex() == 0
    assert focused() is screen.setup.size_box
    return screen


def set_id(window: MainWindow) -> int:
    found = window.home.selected_set_id()
    assert found is not None
    return found


def finish_with_keys(screen: QuizScreen, *, exam: bool) -> list[str]:
    """Answer every question right with keys; the verdicts seen on the way."""
    seen = []
    while screen.pages.currentIndex() == 1:
        card = screen.card
        assert card is not None
        answer_with_keys(card, right=True)
        if screen.self_grading is not None:
            press(Qt.Key.Key_3)
            continue
        seen.append(card.verdict_label.text())
        if not exam:
            press(Qt.Key.Key_Return)
    return seen


def test_enter_starts_with_the_defaults(qtbot: QtBot, window: MainWindow) -> None:
    # Given the setup page, nothing changed
    screen = open_setup(qtbot, window)
    assert screen.setup.named_box.currentText() == "Your own options"
    assert "8 questions of 8 match" in screen.setup.match_label.text()
    # When Enter is pressed: a quiz of every question, no clock
    press(Qt.Key.Key_Return)
    assert screen.counter.text() == "Question 1 of 8"
    assert screen.clock.text() == "" and not screen.clock.is_running()


def test_kinds_and_count_chosen_by_keys(qtbot: QtBot, window: MainWindow) -> None:
    # Given the setup page
    screen = open_setup(qtbot, window)
    # When Ada asks for 1 question, then ticks 'true or false' and 'number' (Alt+K, Space)
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text("1")
    press(Qt.Key.Key_K, ALT)
    assert focused() is screen.setup.kinds
    screen.setup.kinds.setCurrentRow(0)
    for _ in range(2):
        press(Qt.Key.Key_Down)
        if screen.setup.kinds.currentItem().text() in ("true or false", "number"):
            press(Qt.Key.Key_Space)
    while screen.setup.kinds.currentItem().text() != "number":
        press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Space)
    assert "2 questions of 8 match; the quiz asks 1" in screen.setup.match_label.text()
    press(Qt.Key.Key_Return)
    # Then the quiz asks one question, of a ticked kind
    assert screen.counter.text() == "Question 1 of 1"
    assert screen.card is not None and screen.card.question.kind in ("true_false", "numeric")


def test_each_alt_key_of_the_setup_belongs_to_one_control(qtbot: QtBot, window: MainWindow) -> None:
    screen = open_setup(qtbot, window)
    letters = []
    for widget in [*window.menuBar().actions(), *screen.findChildren(QWidget)]:
        if isinstance(widget, QWidget) and not widget.isVisibleTo(window):
            continue
        label = widget.text() if hasattr(widget, "text") else ""
        if isinstance(label, str) and "&" in label[:-1]:
            letters.append(label[label.index("&") + 1].lower())
    assert {k: n for k, n in Counter(letters).items() if n > 1} == {}


def test_exam_mode_shows_no_feedback_until_the_results(qtbot: QtBot, window: MainWindow) -> None:
    # Given exam mode ticked with its Alt key, and a pass mark of 75 %
    screen = open_setup(qtbot, window)
    press(Qt.Key.Key_E, ALT)
    qtbot.waitUntil(screen.setup.exam_box.isChecked)  # a button's Alt key clicks it animated
    press(Qt.Key.Key_P, ALT)
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text("75")
    press(Qt.Key.Key_Return)
    # When Ada answers each question right: no verdict shows, the next question comes at once
    verdicts = finish_with_keys(screen, exam=True)
    assert len(verdicts) == 7 and set(verdicts) == {""}  # the flashcard is graded by her
    # Then the results show the score, passed, and each answer's time
    assert screen.pages.currentIndex() == 2
    assert "8 of 8" in screen.score_label.text()
    verdict = screen.result_page.verdict_label
    assert verdict.text() == "Passed: 100% of the 8 questions right; the pass mark is 75%."
    assert verdict.isVisible()
    assert verdict.textFormat() == Qt.TextFormat.PlainText
    assert all(screen.results.item(r, 4).text().endswith("s") for r in range(8))


def test_the_time_limit_ends_and_scores_the_quiz(qtbot: QtBot, window: MainWindow) -> None:
    # Given a named quiz of 3 questions with a 2-second limit and a pass mark
    bank = window.bank
    assert bank is not None
    limited = QuizOptions(count=3, time_limit_s=2, pass_mark=50)
    saved_quizzes.save_quiz(bank, set_id(window), "Sprint", limited)
    screen = open_setup(qtbot, window)
    # When Ada chooses it (Alt+N, Down) and starts
    press(Qt.Key.Key_N, ALT)
    assert focused() is screen.setup.named_box
    press(Qt.Key.Key_Down)
    assert screen.setup.named_box.currentText() == "Sprint"
    assert not screen.setup.size_box.isEnabled()  # a named quiz is asked as saved
    press(Qt.Key.Key_Return)
    # Then a countdown shows, and when it runs out the quiz is scored with no answer
    assert screen.counter.text() == "Question 1 of 3"
    assert screen.clock.isVisible() and screen.clock.text().startswith("Time left: 0:0")
    qtbot.waitUntil(lambda: screen.pages.currentIndex() == 2, timeout=10_000)
    verdict = screen.result_page.verdict_label.text()
    assert verdict.startswith("Time is up")
    assert verdict.endswith("\nNot passed: 0% of the 3 questions right; the pass mark is 50%.")
    assert "answered 0 of 3" in screen.score_label.text()
    with bank.engine.connect() as conn:
        row = conn.execute(text("SELECT total, correct, finished_at FROM quizattempt")).one()
    assert (row.total, row.correct) == (3, 0) and row.finished_at is not None
    # And the retry of the missed ones is practice: no clock
    press(Qt.Key.Key_Return)
    assert screen.counter.text() == "Question 1 of 3" and screen.clock.text() == ""


def test_time_up_answers_the_open_stop_question(qtbot: QtBot, window: MainWindow) -> None:
    bank = window.bank
    assert bank is not None
    saved_quizzes.save_quiz(bank, set_id(window), "Short", QuizOptions(count=2, time_limit_s=1))
    screen = open_setup(qtbot, window)
    screen.setup.named_box.setCurrentIndex(1)
    press(Qt.Key.Key_Return)
    # Given Esc's question open when the time runs out
    seen: list[str] = []
    on_next_modal([lambda box: seen.append(box.windowTitle())])
    press(Qt.Key.Key_Escape)
    # Then the clock closed it and the results show
    assert seen == ["Stop the quiz?"] and screen.pages.currentIndex() == 2
    assert screen.result_page.verdict_label.text().startswith("Time is up")


def _type_name(name: str) -> object:
    def step(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue(name)
        dialog.accept()

    return step


def _press_button(label: str) -> object:
    def step(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        button = next(b for b in box.buttons() if b.text().replace("&", "") == label)
        button.click()

    return step


def test_teacher_saves_renames_and_deletes_a_named_quiz(qtbot: QtBot, window: MainWindow) -> None:
    bank = window.bank
    assert bank is not None
    teacher_passphrase.set_passphrase(bank, "only the teacher")
    assert unlock_teacher(window.session, "only the teacher")
    # Given the teacher's options: 5 questions, exam mode, 10 minutes typed as "10"
    screen = open_setup(qtbot, window)
    setup = screen.setup
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text("5")
    press(Qt.Key.Key_E, ALT)
    qtbot.waitUntil(setup.exam_box.isChecked)
    press(Qt.Key.Key_I, ALT)
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text("10")
    press(Qt.Key.Key_Tab)
    assert setup.limit_box.value() == 600 and setup.limit_box.text() == "10 min"
    # When she saves them as "Final" (Alt+V, a name typed)
    on_next_modal([_type_name("Final")])
    press(Qt.Key.Key_V, ALT)
    # Then the set holds it, chosen in the box
    qtbot.waitUntil(lambda: setup.named_box.count() == 2)
    (saved,) = saved_quizzes.list_saved(bank, set_id(window))
    assert saved.name == "Final" and setup.named_box.currentText() == "Final"
    assert saved.options == options_from(count=5, exam=True, time_limit_s=600)
    # When she renames it, then saves other options under the same name (replacing it)
    on_next_modal([_type_name("Final exam")])
    setup.rename_button.click()
    assert [n.name for n in saved_quizzes.list_saved(bank, set_id(window))] == ["Final exam"]
    setup.named_box.setCurrentIndex(0)
    setup.exam_box.setChecked(False)
    on_next_modal([_type_name("Final exam"), _press_button("Replace")])
    setup.save_button.click()
    (replaced,) = saved_quizzes.list_saved(bank, set_id(window))
    assert replaced.id == saved.id and not replaced.options.exam
    # And deleting it (after asking) leaves none
    activate(qtbot, window)  # back from the dialogs, as a window manager does
    assert focused() is setup.named_box
    on_next_modal([_press_button("Delete")])
    press(Qt.Key.Key_D, ALT)
    qtbot.waitUntil(lambda: setup.named_box.count() == 1)
    assert saved_quizzes.list_saved(bank, set_id(window)) == []
    assert setup.named_box.count() == 1


def test_saving_asks_for_the_teacher_passphrase(qtbot: QtBot, window: MainWindow) -> None:
    # Given a learner at the setup page, teacher mode locked
    bank = window.bank
    assert bank is not None
    teacher_passphrase.set_passphrase(bank, "only the teacher")
    screen = open_setup(qtbot, window)
    # When she presses Save as and cancels the passphrase dialog
    seen = on_next_modal([lambda dialog: dialog.reject()])  # type: ignore[attr-defined]
    screen.setup.save_button.click()
    # Then it was the passphrase that was asked, and nothing is saved
    assert seen == ["PassphraseDialog"]
    assert saved_quizzes.list_saved(bank, set_id(window)) == []


def test_a_damaged_named_quiz_does_not_stop_a_quiz(qtbot: QtBot, window: MainWindow) -> None:
    # Given a named quiz whose row was damaged outside quizapp
    bank = window.bank
    assert bank is not None
    saved = saved_quizzes.save_quiz(bank, set_id(window), "Odd", QuizOptions())
    with bank.engine.begin() as conn:
        damage = text("UPDATE savedquiz SET kinds = '[\"essay\"]' WHERE id = :i")
        conn.execute(damage, {"i": saved.id})
    # Then the setup page says so in one line, and Enter still starts a quiz
    screen = open_setup(qtbot, window)
    assert "Named quizzes unavailable: the saved quiz 'Odd' is damaged" in (
        screen.setup.match_label.text()
    )
    assert screen.setup.named_box.count() == 1
    press(Qt.Key.Key_Return)
    assert screen.pages.currentIndex() == 1
