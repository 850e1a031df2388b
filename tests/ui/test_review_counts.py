"""Review's counts agree with the bank: a fresh count per session, the new-card limit named."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from quizapp.content import sets
from quizapp.questiondata import QuestionData, SetData
from quizapp.study import learners, review_queue
from quizapp.ui.main_window import MainWindow
from quizapp.ui.screens.review import now_utc

Answer = Callable[..., None]


def add_small_set(window: MainWindow, n: int = 4) -> int:
    assert window.bank is not None
    questions = [
        QuestionData(uid=f"s{i}", kind="short_answer", prompt=f"Small {i}?", answer=f"a{i}")
        for i in range(n)
    ]
    set_id = sets.add_set(window.bank, SetData(name="Small", questions=questions)).id
    window.refresh_home()
    return set_id


def select_set(window: MainWindow, set_id: int) -> None:
    row = [r.set_id for r in window.home.rows()].index(set_id)
    window.home.table.selectRow(row)


def go_on(qtbot: QtBot, window: MainWindow, answer_card: Answer) -> None:
    """Answers the question on screen rightly and moves on."""
    screen = window.review_screen
    assert screen is not None and screen.card is not None
    answer_card(qtbot, screen.card, right=True)
    if screen.grade_bar.isVisible():
        qtbot.keyClick(screen, Qt.Key.Key_4)
    else:
        qtbot.keyClick(screen.next_button, Qt.Key.Key_Return)


def test_a_new_session_counts_only_its_own_questions(
    qtbot: QtBot, window: MainWindow, answer_card: Answer
) -> None:
    # Given a review left with an answered question on screen
    small = add_small_set(window)
    window.start_review(window.home.selected_set_id())
    screen = window.review_screen
    assert screen is not None and screen.card is not None
    answer_card(qtbot, screen.card, right=True)
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    # When the learner reviews a new set of four questions
    select_set(window, small)
    qtbot.keyClick(window.home.review_button, Qt.Key.Key_Space)
    # Then the session starts at four left, as the home said
    assert window.home.rows()[[r.set_id for r in window.home.rows()].index(small)].new == 4
    assert screen.counts.text() == "0 done · 4 left"


def test_the_new_card_limit_is_named_and_one_click_studies_more(
    qtbot: QtBot, window: MainWindow, answer_card: Answer
) -> None:
    # Given Ada allows herself two new cards a day, and has started both in a 4-question set
    assert window.bank is not None and window.learner is not None
    learners.update_learner(window.bank, window.learner.id, new_per_day=2)
    small = add_small_set(window)
    select_set(window, small)
    window.start_review(small)
    screen = window.review_screen
    assert screen is not None
    for _ in range(12):  # each new card through its learning steps, until nothing is left
        if screen.card is None:
            break
        go_on(qtbot, window, answer_card)
    # Then the end of the session says why it stops, and offers more
    assert screen.done_label.isVisible()
    text = screen.done_label.text()
    assert "limit of new cards" in text and "2 new questions of this set wait" in text
    assert "Nothing more is due" not in text
    assert " left" in screen.counts.text() and "0 left" in screen.counts.text()
    assert screen.more_button.isVisible()
    assert screen.more_button.text() == "Study 2 more new cards today"
    # When she clicks it, the two others are asked today
    qtbot.mouseClick(screen.more_button, Qt.MouseButton.LeftButton)
    assert screen.card is not None and screen.card.question.uid in ("s2", "s3")
    assert screen.counts.text().endswith("2 left")
    assert not screen.more_button.isVisible()


def test_the_end_counts_cards_and_answers_apart(
    qtbot: QtBot, window: MainWindow, answer_card: Answer
) -> None:
    # Given Ada reviewing two new cards, the first answered wrong once (it comes back)
    assert window.bank is not None and window.learner is not None
    learners.update_learner(window.bank, window.learner.id, new_per_day=2)
    small = add_small_set(window)
    select_set(window, small)
    window.start_review(small)
    screen = window.review_screen
    assert screen is not None and screen.card is not None
    answer_card(qtbot, screen.card, right=False)
    qtbot.keyClick(screen.next_button, Qt.Key.Key_Return)
    for _ in range(12):  # then right, until nothing is left
        if screen.card is None:
            break
        go_on(qtbot, window, answer_card)
    # Then the end names the two cards and the answers given to them
    assert screen.done_label.isVisible() and screen.done_count > 2
    first = screen.done_label.text().splitlines()[0]
    assert first == f"You reviewed 2 cards, with {screen.done_count} answers."


def test_enter_at_the_end_of_a_review_presses_the_focused_home_button(
    qtbot: QtBot, window: MainWindow, answer_card: Answer
) -> None:
    assert window.bank is not None and window.learner is not None
    learners.update_learner(window.bank, window.learner.id, new_per_day=0)
    window.start_review(window.home.selected_set_id())
    screen = window.review_screen
    assert screen is not None and screen.done_label.isVisible()
    assert screen.focusWidget() is screen.home_button
    qtbot.keyClick(screen.home_button, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.home


def test_each_sets_new_count_stays_whichever_set_is_selected(
    qtbot: QtBot, window: MainWindow
) -> None:
    # Given Ada may start five new cards today, in any of several sets
    assert window.bank is not None and window.learner is not None
    learners.update_learner(window.bank, window.learner.id, new_per_day=5)
    small = add_small_set(window)
    every_kind = window.home.selected_set_id()
    assert every_kind is not None and every_kind != small and len(window.home.rows()) > 2
    # Then each set shows what it can start today, the limit said once for all of them
    shown = window.home.new_shown()
    assert shown[every_kind] == 5 and shown[small] == 4
    assert "5 new today (shared by the sets)" in window.home.subtitle.text()
    header = window.home.table.horizontalHeaderItem(2)
    assert "Today's limit, 5 more, is shared by all sets" in header.toolTip()
    cells = [window.home.table.item(i, 2).text() for i in range(window.home.table.rowCount())]
    # And selecting another set changes none of the counts
    select_set(window, small)
    assert window.home.new_shown() == shown
    assert [window.home.table.item(i, 2).text() for i in range(len(cells))] == cells


def test_suspend_and_bury_take_the_card_off_the_counts_at_once(
    qtbot: QtBot, window: MainWindow, answer_card: Answer
) -> None:
    # Given Ada reviewing four new cards, the first answered wrong (it comes back today)
    small = add_small_set(window)
    select_set(window, small)
    window.start_review(small)
    screen = window.review_screen
    assert screen is not None and screen.card is not None
    answer_card(qtbot, screen.card, right=False)
    qtbot.keyClick(screen.next_button, Qt.Key.Key_Return)
    assert screen.counts.text() == "1 done · 3 left · 1 later today"
    # When she buries one card and suspends the next
    qtbot.keyClick(screen, Qt.Key.Key_B)
    # Then "left" drops at once, and no held card is counted later today
    assert screen.counts.text() == "1 done · 2 left · 1 later today"
    qtbot.keyClick(screen, Qt.Key.Key_S)
    assert screen.counts.text() == "1 done · 1 left · 1 later today"
    # and once the last card is answered, the header still agrees with the bank
    assert screen.card is not None
    answer_card(qtbot, screen.card, right=True)
    assert window.bank is not None and window.learner is not None
    bank = review_queue.queue_counts(window.bank, window.learner.id, now=now_utc(), set_id=small)
    assert screen.counts.text() == f"2 done · 0 left · {bank.total} later today"
