"""Study > Custom study (C), driven by keys: the dialog, a practice session, review ahead."""

from __future__ import annotations

from datetime import timedelta

from keys import ALT, activate, answer_with_keys, press
from modal_steps import on_next_modal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select, text, update

from quizapp.study import flags, learners, review_queue, stats
from quizapp.study.custom_study import CustomKind, CustomStudy
from quizapp.study.studydb import CARDS, QUESTIONS
from quizapp.ui.dialogs.custom_study_dialog import CustomStudyDialog
from quizapp.ui.dialogs.shortcuts_dialog import menu_keys
from quizapp.ui.main_window import MainWindow
from quizapp.ui.screens.custom_review import CustomReviewScreen
from quizapp.ui.screens.review import now_utc

CTRL = Qt.KeyboardModifier.ControlModifier
NO_MOD = Qt.KeyboardModifier.NoModifier
KEYS = {CustomKind.MORE_NEW: Qt.Key.Key_N, CustomKind.AHEAD: Qt.Key.Key_A,
        CustomKind.MISSED: Qt.Key.Key_M, CustomKind.STARRED: Qt.Key.Key_S,
        CustomKind.TAG: Qt.Key.Key_T}  # fmt: skip


def ids(window: MainWindow, *uids: str) -> list[int]:
    set_id = window.home.selected_set_id()
    with window.bank.engine.connect() as conn:
        q = QUESTIONS.c
        rows = dict(conn.execute(select(q.uid, q.id).where(q.set_id == set_id)).all())
    return [rows[uid] for uid in uids]


def cards(window: MainWindow) -> list[tuple[object, ...]]:
    with window.bank.engine.connect() as conn:
        return sorted(tuple(r) for r in conn.execute(select(CARDS)))


def ada(window: MainWindow) -> int:
    assert window.learner is not None
    return window.learner.id


def learn(window: MainWindow, *uids: str, due_in: timedelta) -> None:
    """Ada answered ``uids`` right a week ago; they now fall due ``due_in`` from now."""
    for question in ids(window, *uids):
        week_ago = now_utc() - timedelta(days=7)
        review_queue.record_answer(
            window.bank, ada(window), question, review_queue.Answer(3, "x", True, 900, week_ago)
        )
        with window.bank.engine.begin() as conn:
            conn.execute(update(CARDS).where(CARDS.c.question_id == question)
                         .values(state=2, stability=5.0, difficulty=5.0, step=None,
                                 due=now_utc() + due_in))  # fmt: skip


def open_dialog(qtbot: QtBot, window: MainWindow, *steps: object) -> None:
    """C on the home; ``steps`` run in the dialog (each takes it)."""
    activate(qtbot, window)
    window.home.table.setFocus()
    seen = on_next_modal(list(steps))  # type: ignore[arg-type]
    press(Qt.Key.Key_C)
    assert seen == ["CustomStudyDialog"]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # its keys work at once


def alt(qtbot: QtBot, dialog: CustomStudyDialog, key: Qt.Key, kind: CustomKind) -> None:
    """Alt+``key`` chooses the line of ``kind`` (animated: the click lands a moment later)."""
    activate(qtbot, dialog)
    press(key, ALT)
    qtbot.waitUntil(lambda: dialog.kind() is kind)


def choose(
    qtbot: QtBot, kind: CustomKind, expected: str, *then: tuple[Qt.Key, Qt.KeyboardModifier]
) -> object:
    """A dialog step: its Alt key chooses the line of ``kind``, ``then`` keys follow, Enter."""

    def step(dialog: QWidget) -> None:
        assert isinstance(dialog, CustomStudyDialog)
        alt(qtbot, dialog, KEYS[kind], kind)
        for k, modifier in then:
            press(k, modifier)
            qtbot.wait(150)  # a tick box's Alt key lands a moment later too
        assert dialog.found.text() == expected
        press(Qt.Key.Key_Return)

    return step


def test_practising_starred_questions_by_keys_moves_no_card(
    qtbot: QtBot, window: MainWindow
) -> None:
    # Given Ada's three starred questions of 'Every kind', two of them learnt and not due
    learn(window, "mc", "card", due_in=timedelta(days=5))
    flags.set_starred(window.bank, ada(window), ids(window, "mc", "sa", "card"), True)
    window.refresh_home()
    before_cards, home_before = cards(window), window.home.rows()
    # When she opens Custom study (C), chooses starred (Alt+S) and presses Enter
    found = "3 questions (practice: no card moves)."
    open_dialog(qtbot, window, choose(qtbot, CustomKind.STARRED, found))
    # Then a practice session of the three shows, with its title and what it does
    screen = window.stack.currentWidget()
    assert isinstance(screen, CustomReviewScreen)
    assert screen.title.text() == "Practice: starred · Every kind"
    assert screen.mode_label.text() == "Practice: your answers leave your schedule as it was"
    assert screen.counts.text() == "0 done · 3 left"
    # When she answers the first one wrong, it comes back at the end
    assert screen.card is not None and screen.card.question.uid == "mc"
    answer_with_keys(screen.card, right=False)
    assert screen.counts.text() == "1 done · 3 left"
    # and Ctrl+Z takes the answer back, and the question it sent to the end
    press(Qt.Key.Key_Z, CTRL)
    assert screen.counts.text() == "0 done · 3 left" and screen.card.question.uid == "mc"
    # When she answers all three right (the flashcard graded Good: no interval shown)
    for _ in range(3):
        card = screen.card
        assert card is not None
        answer_with_keys(card, right=True)
        if card.question.kind == "flashcard":
            assert screen.grade_buttons[3].text() == "3  Good"
            press(Qt.Key.Key_3)
        else:
            press(Qt.Key.Key_Return)
    # Then the end says what she did and that the schedule is as it was
    assert screen.done_label.isVisible()
    assert screen.done_label.text() == (
        "You practised 3 questions: 3 right.\nYour schedule is as it was: practice moves no card."
    )
    # and no card moved, none was made, the practice is counted as such
    assert cards(window) == before_cards
    with window.bank.engine.connect() as conn:
        ratings = conn.execute(text("SELECT rating FROM reviewlog ORDER BY id")).scalars().all()
    assert ratings == [3, 3, 0, 0, 0]
    found = stats.learner_stats(window.bank, ada(window), now=now_utc())
    assert (found.practice.today, found.true_retention.answers) == (3, 0)
    # When she presses Esc, the home's counts are as before
    press(Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.home
    assert window.home.rows() == home_before


def test_a_question_suspended_after_a_wrong_answer_is_not_asked_again(
    qtbot: QtBot, window: MainWindow
) -> None:
    # Given Ada practising her two starred questions, the first answered wrong
    flags.set_starred(window.bank, ada(window), ids(window, "mc", "tf"), True)
    open_dialog(
        qtbot, window, choose(qtbot, CustomKind.STARRED, "2 questions (practice: no card moves).")
    )
    screen = window.stack.currentWidget()
    assert isinstance(screen, CustomReviewScreen) and screen.card is not None
    answer_with_keys(screen.card, right=False)
    assert screen.counts.text() == "1 done · 2 left"
    # When she suspends it (S) on its feedback
    press(Qt.Key.Key_S)
    # Then the session goes on without it: the copy sent to the end left too
    assert screen.card is not None and screen.card.question.uid == "tf"
    assert screen.counts.text() == "1 done · 1 left"
    answer_with_keys(screen.card, right=True)
    press(Qt.Key.Key_Return)
    assert screen.done_label.isVisible()
    # and Ctrl+Z twice takes back both answers without looking for the copy
    press(Qt.Key.Key_Z, CTRL)
    press(Qt.Key.Key_Z, CTRL)
    assert screen.card is not None and screen.card.question.uid == "mc"
    assert screen.counts.text() == "0 done · 2 left"


def test_review_ahead_with_rescheduling_answers_normally(qtbot: QtBot, window: MainWindow) -> None:
    # Given Ada's two learnt cards, due in two days
    learn(window, "mc", "tf", due_in=timedelta(days=2))
    before = {row[2]: row for row in cards(window)}  # by question id
    # When she reviews 3 days ahead (Alt+A, Tab, 3), asking to reschedule (Alt+R)
    days = (Qt.Key.Key_Tab, NO_MOD), (Qt.Key.Key_A, CTRL), (Qt.Key.Key_3, NO_MOD)
    tick = ((Qt.Key.Key_R, ALT),)
    found = "2 questions (your answers reschedule them)."
    open_dialog(qtbot, window, choose(qtbot, CustomKind.AHEAD, found, *days, *tick))
    screen = window.stack.currentWidget()
    assert isinstance(screen, CustomReviewScreen)
    assert screen.title.text() == "Review ahead: 3 days · Every kind"
    assert screen.mode_label.text() == "Your answers reschedule these cards"
    # and answers both right
    for _ in range(2):
        assert screen.card is not None
        answer_with_keys(screen.card, right=True)
        press(Qt.Key.Key_Return)
    # Then both cards moved, answered now: normal answers
    assert screen.done_label.text().startswith("You studied 2 questions: 2 right.")
    after = {row[2]: row for row in cards(window)}
    for question in ids(window, "mc", "tf"):
        card = review_queue.current_card(window.bank, ada(window), question)
        assert card is not None and card.last_review is not None
        assert now_utc() - card.last_review < timedelta(minutes=5)
        assert after[question] != before[question]


def test_more_new_cards_then_the_usual_review(qtbot: QtBot, window: MainWindow) -> None:
    # Given Ada, whose new cards of today are used up
    learners.update_learner(window.bank, ada(window), new_per_day=0)
    # When she asks for 3 more new cards today (the first line, chosen already)
    more = (Qt.Key.Key_Tab, NO_MOD), (Qt.Key.Key_A, CTRL), (Qt.Key.Key_3, NO_MOD)
    found = "Adds 3 new cards to today's limit, then reviews as usual."
    step = choose(qtbot, CustomKind.MORE_NEW, found, *more)
    open_dialog(qtbot, window, step)
    # Then the usual Review asks three new cards, scheduled as usual
    assert window.stack.currentWidget() is window.review_screen
    assert window.review_screen.title.text() == "Review · Every kind"
    assert window.review_screen.counts.text() == "0 done · 3 left"


def test_nothing_to_study_says_why_and_enter_starts_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    shown: list[str] = []

    def starred_then_tag(dialog: QWidget) -> None:
        # Given nothing starred, nothing missed and no tags in 'Every kind'
        assert isinstance(dialog, CustomStudyDialog)
        shown.append(dialog.found.text())  # more new cards: today's not started yet
        alt(qtbot, dialog, Qt.Key.Key_S, CustomKind.STARRED)
        shown.append(dialog.found.text())
        press(Qt.Key.Key_Return)  # Start is not enabled: nothing happens
        assert dialog.isVisible() and not dialog.start_button.isEnabled()
        alt(qtbot, dialog, Qt.Key.Key_M, CustomKind.MISSED)
        shown.append(dialog.found.text())
        alt(qtbot, dialog, Qt.Key.Key_T, CustomKind.TAG)
        shown.append(dialog.found.text())
        assert not dialog.tag.isEnabled()
        dialog.ahead_days.setFocus()  # a click in a line's field chooses that line
        qtbot.waitUntil(lambda: dialog.kind() is CustomKind.AHEAD)
        press(Qt.Key.Key_Escape)

    open_dialog(qtbot, window, starred_then_tag)
    assert shown == [
        "8 new cards of today's still to start: Review (R) asks them.",
        "No starred question here: star one with * while reviewing, or in Browse.",
        "No question answered wrong in the last 7 days.",
        "No question here has a tag.",
    ]
    assert window.stack.currentWidget() is window.home


def test_found_text_names_the_session_limit() -> None:
    from quizapp.study.custom_study import SESSION_LIMIT
    from quizapp.ui.dialogs.custom_study_dialog import found_text

    tag = CustomStudy(CustomKind.TAG, tag="dates")
    assert found_text(tag, SESSION_LIMIT) == f"{SESSION_LIMIT} questions (practice: no card moves)."
    assert found_text(tag, 6686) == (
        f"The first {SESSION_LIMIT} of 6,686 questions (practice: no card moves)."
    )


def test_custom_study_is_in_the_study_menu_with_its_key(window: MainWindow) -> None:
    assert ("C", "Study › Custom study") in menu_keys(window.menuBar())
    keys = [key for key, _what in menu_keys(window.menuBar())]
    assert len(keys) == len(set(keys))  # no key does two things
