"""Learn mode by keys: L on the home, rounds of questions, multiple choice then typed, the end."""

from __future__ import annotations

from keys import activate, answer_with_keys, focused, press, type_text
from modal_steps import on_next_modal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from quizapp.study.learn import ROUND_SIZE
from quizapp.ui.main_window import MainWindow
from quizapp.ui.screens.learn_screen import END, QUESTION, ROUND, LearnScreen
from quizapp.ui.widgets.answer_inputs import ChoiceInput, RevealInput, TextInput

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
TYPED_KINDS = {"multiple_choice", "short_answer", "numeric", "cloze"}  # of 'Every kind'


def start_learn(qtbot: QtBot, window: MainWindow) -> LearnScreen:
    """L on the home (the 'Every kind' set selected): Learn mode's first question."""
    activate(qtbot, window)
    window.home.table.setFocus()
    press(Qt.Key.Key_L)
    screen = window.stack.currentWidget()
    assert isinstance(screen, LearnScreen) and screen.card is not None
    return screen


def stored_rows(window: MainWindow) -> tuple[int, int]:
    """Rows of the answer log and of the cards' schedule."""
    assert window.bank is not None
    with window.bank.engine.connect() as conn:
        logged = conn.execute(text("SELECT count(*) FROM reviewlog")).scalar_one()
        cards = conn.execute(text("SELECT count(*) FROM cardstate")).scalar_one()
    return logged, cards


def answer_current(screen: LearnScreen, *, right: bool) -> str:
    """Answer the question on screen with keys; returns how it was asked."""
    card = screen.card
    assert card is not None
    widget = card.input
    how = type(widget).__name__
    answer_with_keys(card, right=right)
    if isinstance(widget, RevealInput):  # turned: say whether it was known
        assert focused() is screen.knew_button
        press(Qt.Key.Key_2 if right else Qt.Key.Key_1)
    assert screen.next_button.isVisible() and focused() is screen.next_button
    return how


def test_learn_by_keys_from_multiple_choice_to_mastered(qtbot: QtBot, window: MainWindow) -> None:
    # Given Ada on the home with 'Every kind' (8 questions, 4 with a typed answer) selected
    screen = start_learn(qtbot, window)
    assert screen.round_label.text() == f"Round 1 · {ROUND_SIZE} left in this round"
    assert screen.progress_label.text() == "0 familiar · 0 mastered of 8"
    asked: dict[str, list[str]] = {}
    rounds_seen = 1
    # When she answers every question right, with keys only, round after round
    while screen.pages.currentIndex() != END:
        if screen.pages.currentIndex() == ROUND:
            assert screen.round_page.heading.text() == f"Round {rounds_seen} done"
            assert focused() is screen.round_page.continue_button
            press(Qt.Key.Key_Return)
            rounds_seen += 1
            continue
        shown = screen.shown
        assert shown is not None
        asked.setdefault(shown.uid, []).append(answer_current(screen, right=True))
        press(Qt.Key.Key_Return)
        assert rounds_seen < 10
    # Then each question was asked twice: a typed one first as a choice, then typed
    assert set(asked) == {"mc", "tf", "sa", "num", "cloze", "order", "match", "card"}
    for uid, forms in asked.items():
        if uid in ("mc", "sa", "num", "cloze"):
            assert forms == [ChoiceInput.__name__, TextInput.__name__], uid
        else:
            assert len(forms) == 2 and forms[0] == forms[1], uid
    # And the end says all is mastered, the bar is full, and nothing was written to the bank
    assert screen.progress_label.text() == "0 familiar · 8 mastered of 8"
    assert screen.bar.segments() == (1.0, 0.0)
    assert screen.end_page.heading.text() == "All 8 questions mastered"
    assert stored_rows(window) == (0, 0)
    assert focused() is screen.end_page.done_button
    # And Learn again (Alt+A) starts over; Esc then leaves without asking (nothing answered)
    press(Qt.Key.Key_A, ALT)
    qtbot.waitUntil(lambda: screen.pages.currentIndex() == QUESTION)
    assert screen.progress_label.text() == "0 familiar · 0 mastered of 8"
    assert screen.round_label.text().startswith("Round 1 ·")
    press(Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.home


def test_done_goes_home_and_a_set_all_suspended_has_nothing_to_learn(
    qtbot: QtBot, window: MainWindow
) -> None:
    from quizapp.study import flags

    screen = start_learn(qtbot, window)
    assert screen.learn is not None
    ids = list(screen.questions)
    assert len(ids) == 8
    flags.set_suspended(screen.bank, screen.learner_id, ids[:7], True)
    press(Qt.Key.Key_Escape)
    window.home.table.setFocus()
    press(Qt.Key.Key_L)
    screen = window.stack.currentWidget()
    assert isinstance(screen, LearnScreen) and list(screen.questions) == ids[7:]
    for _ in range(2):  # one question: right twice, whatever its kind
        answer_current(screen, right=True)
        press(Qt.Key.Key_Return)
        if screen.pages.currentIndex() == ROUND:
            press(Qt.Key.Key_Return)
    assert screen.pages.currentIndex() == END and focused() is screen.end_page.done_button
    press(Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.home
    flags.set_suspended(screen.bank, screen.learner_id, ids[7:], True)
    window.home.table.setFocus()
    press(Qt.Key.Key_L)
    assert window.stack.currentWidget() is window.home
    assert window.statusBar().currentMessage() == "This set has no questions to learn."


def walk_to_typed(screen: LearnScreen) -> None:
    """Answer right (by keys) until a question asked typed shows."""
    for _ in range(40):
        page = screen.pages.currentIndex()
        card = screen.card
        asking = page == QUESTION and not screen.next_button.isVisible()
        if asking and card is not None and isinstance(card.input, TextInput):
            return
        if asking:
            answer_current(screen, right=True)
        press(Qt.Key.Key_Return)
    raise AssertionError("no typed question came")


def test_a_missed_answer_comes_back_later_in_the_round(qtbot: QtBot, window: MainWindow) -> None:
    screen = start_learn(qtbot, window)
    shown = screen.shown
    assert shown is not None
    # When she misses the first question
    answer_current(screen, right=False)
    assert screen.stage_label.text() == "Not yet: it comes back later in this round."
    # Then it is asked again after the round's others
    seen = []
    for _ in range(ROUND_SIZE - 1):
        press(Qt.Key.Key_Return)
        assert screen.shown is not None
        seen.append(screen.shown.uid)
        answer_current(screen, right=True)
    press(Qt.Key.Key_Return)
    assert screen.shown is not None and screen.shown.uid == shown.uid
    assert shown.uid not in seen[:-1]


def test_a_typed_answer_is_graded_and_i_was_right_counts_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    screen = start_learn(qtbot, window)
    walk_to_typed(screen)
    familiar = screen.learn.progress().familiar if screen.learn else 0
    # When she types a wrong answer, it is marked wrong with the letters compared
    shown = screen.shown
    assert shown is not None
    type_text("zzz")
    press(Qt.Key.Key_Return)
    assert screen.card is not None and screen.card.diff_label.isVisible()
    assert screen.overrule_button.isVisible()
    # And Alt+I (I was right) masters it (the button's click lands a moment later)
    press(Qt.Key.Key_I, ALT)
    qtbot.waitUntil(lambda: not screen.overrule_button.isVisible())
    assert screen.stage_label.text().startswith("Counted as right. Mastered")
    assert screen.card.verdict_label.text() == "✔  Counted as right"  # no more "Not quite"
    assert not screen.overrule_button.isVisible() and focused() is screen.next_button
    assert screen.learn is not None and screen.learn.progress().familiar == familiar - 1
    # And a typed answer in another form is right: the review's grading
    walk_to_typed(screen)
    shown = screen.shown
    assert shown is not None
    type_text(shown.answer.upper())
    press(Qt.Key.Key_Return)
    assert screen.card is not None and screen.card.verdict_label.text().endswith("Right")
    assert screen.stage_label.text() == "Mastered: it is not asked again."


def test_a_typed_answer_copied_from_the_feedback_is_not_mastered(
    qtbot: QtBot, window: MainWindow
) -> None:
    # Given Ada at a familiar question asked typed (its hardest form)
    screen = start_learn(qtbot, window)
    walk_to_typed(screen)
    missed = screen.shown
    assert missed is not None and screen.learn is not None
    mastered = screen.learn.progress().mastered
    # When she types it wrong (the feedback shows the key) ...
    answer_current(screen, right=False)
    # ... and right when it comes back later in the same round
    for _ in range(ROUND_SIZE):
        press(Qt.Key.Key_Return)
        assert screen.pages.currentIndex() == QUESTION and screen.shown is not None
        if screen.shown.uid == missed.uid:
            break
        answer_current(screen, right=True)
        mastered = screen.learn.progress().mastered
    answer_current(screen, right=True)
    # Then it is familiar again, not mastered: it must be right in a later round
    assert screen.stage_label.text().startswith("Familiar again:")
    assert screen.learn.progress().mastered == mastered


def test_ctrl_z_takes_back_an_answer_and_asks_it_again(qtbot: QtBot, window: MainWindow) -> None:
    screen = start_learn(qtbot, window)
    first = screen.shown
    assert first is not None
    answer_current(screen, right=False)
    press(Qt.Key.Key_Z, CTRL)
    assert screen.shown is not None and screen.shown.uid == first.uid
    assert screen.learn is not None and screen.learn.answers == 0
    assert not screen.next_button.isVisible() and not screen.undo_button.isEnabled()


def test_ctrl_z_asks_the_question_again_with_its_options_in_the_same_order(
    qtbot: QtBot, window: MainWindow
) -> None:
    # Given Ada at a multiple choice
    screen = start_learn(qtbot, window)
    for _ in range(ROUND_SIZE):
        if screen.card is not None and isinstance(screen.card.input, ChoiceInput):
            break
        answer_current(screen, right=True)
        press(Qt.Key.Key_Return)
    card = screen.card
    assert card is not None and isinstance(card.input, ChoiceInput)
    first = list(card.input._options)
    # When she answers it, goes on, and takes the answer back with Ctrl+Z, three times over
    for _ in range(3):
        answer_current(screen, right=False)
        press(Qt.Key.Key_Return)
        press(Qt.Key.Key_Z, CTRL)
        # Then it comes back with its options in the order she saw them
        assert isinstance(card.input, ChoiceInput) and card.input._options == first


def test_esc_asks_before_leaving_and_keeping_on_changes_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    screen = start_learn(qtbot, window)
    answer_current(screen, right=True)

    def click(name: str) -> object:
        def step(box: QWidget) -> None:
            assert isinstance(box, QMessageBox) and "keeps no progress" in box.text()
            next(b for b in box.buttons() if b.text() == name).click()

        return step

    on_next_modal([click("&Keep going")])
    press(Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is screen
    activate(qtbot, window)  # the window is active again once the message box is gone
    assert focused() is screen.next_button
    on_next_modal([click("&Stop")])
    press(Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.home


def test_the_home_has_a_learn_button_beside_review_and_quiz(
    qtbot: QtBot, window: MainWindow
) -> None:
    # Given Ada on the home, 'Every kind' selected
    home = window.home
    row = [home.review_button, home.quiz_button, home.learn_button, home.progress_button]
    assert all(button.isVisible() and button.isEnabled() for button in row)
    assert [b.x() for b in row] == sorted(b.x() for b in row)  # in a row, Learn after Quiz
    # When she clicks Learn
    qtbot.mouseClick(home.learn_button, Qt.MouseButton.LeftButton)
    # Then Learn mode starts on that set
    screen = window.stack.currentWidget()
    assert isinstance(screen, LearnScreen) and screen.card is not None
    assert screen.title.text().endswith("Every kind") or "Every kind" in screen.title.toolTip()


def test_learn_needs_a_set_and_f1_lists_its_keys(qtbot: QtBot, window: MainWindow) -> None:
    from quizapp.ui.dialogs.shortcuts_dialog import SCREEN_KEYS, Screen, menu_keys

    assert ("L", "Study › Learn") in menu_keys(window.menuBar())
    assert any(key == "Alt+I" for key, _what in SCREEN_KEYS[Screen.LEARN])
    screen = start_learn(qtbot, window)
    from quizapp.ui.help_actions import current_screen

    assert current_screen(screen) is Screen.LEARN
    press(Qt.Key.Key_Escape)  # nothing answered yet: leaves without asking
    assert window.stack.currentWidget() is window.home
    window.home.table.clearSelection()
    press(Qt.Key.Key_L)
    assert window.stack.currentWidget() is window.home
    assert window.statusBar().currentMessage() == "Choose a set to learn first."
