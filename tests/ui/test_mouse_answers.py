"""Reviewing with the mouse: every kind answered by clicks, right and wrong, and what is stored.

Typed kinds (short answer, number, cloze) are typed, then checked with the Check button.
Ordering is done with its Move up button (the offscreen platform performs no drag: the
view starts one and ``QDrag.exec`` returns at once).
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from keys import wrong_order
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from quizapp.study import grading, review_queue
from quizapp.ui.humanize import interval
from quizapp.ui.main_window import MainWindow
from quizapp.ui.screens.review import GRADES, ReviewScreen
from quizapp.ui.theme import app_is_dark, status_colours
from quizapp.ui.widgets.answer_inputs import (
    ChoiceInput,
    MatchingInput,
    OrderingInput,
    RevealInput,
    TextInput,
)
from quizapp.ui.widgets.question_card import QuestionCard

LEFT = Qt.MouseButton.LeftButton
ALL_UIDS = {"mc", "tf", "sa", "num", "cloze", "order", "match", "card"}
ORDER = ["Moon landing", "Fall of the Berlin Wall", "First iPhone"]
PAIRS = {"France": "Paris", "Japan": "Tokyo", "Kenya": "Nairobi"}
# The right answer as the card shows it after an answer, by question uid
EXPECTED_SHOWN = {
    "mc": "Jupiter",
    "tf": "True",
    "sa": "Paris",
    "num": "366",
    "cloze": "Black",
    "order": "Moon landing → Fall of the Berlin Wall → First iPhone",
    "match": "France → Paris; Japan → Tokyo; Kenya → Nairobi",
    "card": "Plants turning light, water and carbon dioxide into sugar and oxygen.",
}
TYPED = {"sa": ("Paris", "Lyon"), "num": ("366", "365"), "cloze": ("Black", "Red")}
CHOSEN = {"mc": ("Jupiter", "Mars"), "tf": ("True", "False")}
INTERVAL_LABEL = re.compile(r"^(<1m|\d+m|\d+h|\d+d|\d+(\.\d)?mo|\d+(\.\d)?y)$")


# --- the bank ------------------------------------------------------------------------


def logged(window: MainWindow, uid: str) -> list[Any]:
    """The review-log rows of question ``uid``, oldest first."""
    assert window.bank is not None
    with window.bank.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT r.correct, r.rating, r.response, r.duration_ms FROM reviewlog r "
                "JOIN question q ON q.id = r.question_id WHERE q.uid = :uid ORDER BY r.id"
            ),
            {"uid": uid},
        )
        return list(rows)


def stored_interval(window: MainWindow, question_id: int) -> timedelta:
    """How long until the learner's card for ``question_id`` is due again, as stored."""
    assert window.bank is not None and window.learner is not None
    card = review_queue.current_card(window.bank, window.learner.id, question_id)
    assert card is not None, "answering must create the learner's card"
    assert card.last_review is not None
    assert abs(datetime.now(UTC) - card.last_review) < timedelta(minutes=1)
    return card.due - card.last_review


# --- mouse drivers ---------------------------------------------------------------------


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, LEFT)


def pick_in_combo(qtbot: QtBot, combo: QComboBox, wanted: str) -> None:
    """Open ``combo`` with a click and click ``wanted`` in its popup list."""
    qtbot.mouseClick(combo, LEFT)
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    # A release sooner than a double-click interval after opening counts as the opening
    # click's own release, and the popup ignores it (as it would for a person).
    qtbot.wait(QApplication.doubleClickInterval() + 50)
    index = combo.model().index(combo.findText(wanted), 0)
    assert index.isValid(), f"{wanted!r} is not offered in {combo.accessibleName()!r}"
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualRect(index).center())
    qtbot.waitUntil(lambda: not view.isVisible())
    assert combo.currentText() == wanted


def option_button(widget: ChoiceInput, label: str) -> QPushButton:
    """The option button showing ``label`` (its accessible name is 'Option N: label',
    followed by ' (right answer)' or ' (your answer, wrong)' once marked)."""
    marks = (" (right answer)", " (your answer, wrong)")

    def shown(button: QPushButton) -> str:
        name = button.accessibleName().split(": ", 1)[1]
        return next((name.removesuffix(m) for m in marks if name.endswith(m)), name)

    found = [b for b in widget.buttons if shown(b) == label]
    assert len(found) == 1, [b.accessibleName() for b in widget.buttons]
    return found[0]


def order_by_clicks(qtbot: QtBot, widget: OrderingInput, target: list[str]) -> None:
    """Click each item to select it, then click Move up until it stands in its place."""
    lst = widget.list
    for position, wanted in enumerate(target):
        shown = widget.response()
        row = shown.index(wanted)
        qtbot.mouseClick(lst.viewport(), LEFT, pos=lst.visualItemRect(lst.item(row)).center())
        assert lst.currentRow() == row
        for _ in range(row - position):
            click(qtbot, widget.up_button)
        assert lst.currentRow() == position, "the moved item stays selected"
    # Move down works the same way, and back
    if len(target) > 1:
        lst.setCurrentRow(0)
        click(qtbot, widget.down_button)
        assert widget.response()[1] == target[0]
        click(qtbot, widget.up_button)
    assert widget.response() == target


def answer_by_mouse(qtbot: QtBot, window: MainWindow, card: QuestionCard, *, right: bool) -> object:
    """Answer an auto-graded ``card``; returns the response the bank should store."""
    uid, widget = card.question.uid, card.input
    if isinstance(widget, ChoiceInput):
        label = CHOSEN[uid][0 if right else 1]
        button = option_button(widget, label)
        click(qtbot, button)
        assert button.isChecked()
        return label.lower() if uid == "tf" else label
    if isinstance(widget, TextInput):
        # Check on an empty answer does nothing: no verdict, nothing stored
        click(qtbot, widget.check_button)
        assert not card.feedback.isVisible() and logged(window, uid) == []
        typed = TYPED[uid][0 if right else 1]
        qtbot.keyClicks(widget.edit, typed)
        click(qtbot, widget.check_button)
        return typed
    if isinstance(widget, OrderingInput):
        shown = widget.response()
        assert sorted(shown) == sorted(ORDER) and shown != ORDER  # shuffled, never solved
        target = ORDER if right else wrong_order(ORDER, shown)  # untouched: not an answer
        order_by_clicks(qtbot, widget, target)
        click(qtbot, widget.done_button)
        return target
    if isinstance(widget, MatchingInput):
        assert list(widget.combos) == list(PAIRS)
        rights = list(PAIRS.values())
        chosen = {
            left: PAIRS[left] if right else rights[(i + 1) % len(rights)]
            for i, left in enumerate(PAIRS)
        }
        for left, r in chosen.items():
            pick_in_combo(qtbot, widget.combos[left], r)
        assert widget.response() == chosen
        click(qtbot, widget.done_button)
        return chosen
    raise AssertionError(f"no mouse driver for {type(widget).__name__}")  # pragma: no cover


# --- the session -------------------------------------------------------------------------


def start_review(qtbot: QtBot, window: MainWindow) -> ReviewScreen:
    qtbot.mouseClick(window.home.review_button, LEFT)
    screen = window.review_screen
    assert screen is not None and window.stack.currentWidget() is screen
    assert screen.card is not None
    return screen


def current(screen: ReviewScreen) -> tuple[QuestionCard, int]:
    assert screen.card is not None and screen.current is not None
    return screen.card, screen.current.question_id


def check_auto_graded(
    window: MainWindow, card: QuestionCard, question_id: int, *, right: bool, given: object
) -> None:
    """What the card shows after an auto-graded answer, and what the bank holds."""
    uid = card.question.uid
    screen = window.review_screen
    assert screen is not None
    # The screen: the verdict, the right answer, the input frozen, Next offered
    assert card.feedback.isVisible(), uid
    assert card.verdict_label.text() == ("✔  Right" if right else "✘  Not quite"), uid
    assert card.answer_label.text() == f"<b>{EXPECTED_SHOWN[uid]}</b>", uid
    assert not card.input.isEnabled(), uid
    assert screen.next_button.isVisible() and not screen.grade_bar.isVisible(), uid
    colours = status_colours(app_is_dark())
    wanted_colour = colours["right" if right else "wrong"]
    assert f"color: {wanted_colour}" in card.verdict_label.styleSheet(), uid
    if isinstance(card.input, ChoiceInput):
        # the right option outlined green; a wrong choice outlined red
        right_button = option_button(card.input, CHOSEN[uid][0])
        assert f"border: 2px solid {colours['right']}" in right_button.styleSheet(), uid
        if not right:
            wrong_button = option_button(card.input, CHOSEN[uid][1])
            assert f"border: 2px solid {colours['wrong']}" in wrong_button.styleSheet(), uid
    # The bank: one review row as given, the auto rating from speed and correctness
    rows = logged(window, uid)
    assert len(rows) == 1, uid
    row = rows[0]
    assert bool(row.correct) is right, uid
    stored = json.loads(row.response) if isinstance(given, list | dict) else row.response
    assert stored == given, uid
    assert row.rating == grading.auto_rating(card.question.kind, right, row.duration_ms), uid
    assert (row.rating == 1) is not right, uid
    # and the card is scheduled: again within minutes when wrong, days ahead when right
    wait = stored_interval(window, question_id)
    if row.rating == 4:  # Easy (a quick right answer): days ahead
        assert wait >= timedelta(days=1), (uid, wait)
    else:  # Again, or a slow right answer: a learning step of minutes
        assert timedelta(0) < wait <= timedelta(minutes=10), (uid, wait)


def walk_to(
    qtbot: QtBot, window: MainWindow, screen: ReviewScreen, uid: str, *, right: bool = True
) -> None:
    """Answer the cards before ``uid`` by mouse (checking each) until ``uid`` is shown."""
    seen: set[str] = set()
    while (card := screen.card) is not None and card.question.uid != uid:
        assert card.question.uid not in seen, f"{card.question.uid} came back before {uid}"
        seen.add(card.question.uid)
        answer_card_by_mouse(qtbot, window, screen, right=right)
    assert screen.card is not None, f"{uid} was never shown (saw {sorted(seen)})"


def answer_card_by_mouse(
    qtbot: QtBot, window: MainWindow, screen: ReviewScreen, *, right: bool
) -> str:
    """Answer the shown card by mouse, check screen and bank, and move on by mouse."""
    card, question_id = current(screen)
    uid = card.question.uid
    done_before = screen.done_count
    if isinstance(card.input, RevealInput):
        grade = 2 if right else 1
        reveal_and_grade(qtbot, window, screen, grade)
    else:
        given = answer_by_mouse(qtbot, window, card, right=right)
        assert screen.card is card, "the card stays until Next is clicked"
        check_auto_graded(window, card, question_id, right=right, given=given)
        assert screen.counts.text().startswith(f"{done_before + 1} done ·")
        click(qtbot, screen.next_button)
        assert screen.card is None or not screen.card.feedback.isVisible()  # the next question
    return uid


def reveal_and_grade(qtbot: QtBot, window: MainWindow, screen: ReviewScreen, grade: int) -> None:
    """Show a flashcard's back with the mouse, check the grade buttons, click ``grade``."""
    assert window.bank is not None and window.learner is not None
    card, question_id = current(screen)
    reveal = card.input
    assert isinstance(reveal, RevealInput)
    assert not screen.grade_bar.isVisible() and not card.feedback.isVisible()
    click(qtbot, reveal.show_button)
    # The back, no verdict (the learner grades), the four grades and no Next
    assert card.feedback.isVisible()
    assert card.verdict_label.text() == "Answer"
    assert card.answer_label.text() == f"<b>{EXPECTED_SHOWN['card']}</b>"
    assert not reveal.isEnabled()
    assert screen.grade_bar.isVisible() and not screen.next_button.isVisible()
    assert logged(window, "card") == [], "revealing alone stores nothing"
    # Each grade button names its grade and the interval it would schedule
    preview = review_queue.preview_intervals(
        window.bank, window.learner.id, question_id, now=datetime.now(UTC)
    )
    shown: dict[int, str] = {}
    for rating, name in GRADES:
        button = screen.grade_buttons[rating]
        assert button.toolTip() == f"{name} (key {rating})"
        key, label, span = button.text().split("  ")
        assert (key, label) == (str(rating), name) and INTERVAL_LABEL.match(span), button.text()
        assert span == interval(preview[rating]), (name, span, preview[rating])
        shown[rating] = span
    # Intervals grow with the grade (as fsrs gives them for a new card)
    assert [preview[r] for r in (1, 2, 3, 4)] == sorted(preview[r] for r in (1, 2, 3, 4))
    click(qtbot, screen.grade_buttons[grade])
    # The bank: the grade as rating, right unless Again, the card due as the button said
    rows = logged(window, "card")
    assert [(bool(r.correct), r.rating, r.response) for r in rows] == [(grade > 1, grade, "")]
    wait = stored_interval(window, question_id)
    if grade < 4:  # learning steps: no fuzz, the exact interval shown
        assert interval(wait) == shown[grade], (wait, shown[grade])
    else:  # a review interval, fuzzed by a few percent around what was shown
        assert abs(wait - preview[grade]) <= preview[grade] * 0.25 + timedelta(days=1)
    # and the screen moved on to the next card (or the end)
    assert screen.card is None or not screen.card.feedback.isVisible()  # a question to answer
    assert not screen.grade_bar.isVisible()


# --- tests -------------------------------------------------------------------------------


@pytest.mark.parametrize("right", [True, False], ids=["right", "wrong"])
def test_every_kind_answered_with_the_mouse(qtbot: QtBot, window: MainWindow, right: bool) -> None:
    # Given Ada reviewing 'Every kind', all eight questions new
    screen = start_review(qtbot, window)
    answered: list[str] = []
    # When she answers each one with clicks (checked per card in answer_card_by_mouse)
    while len(answered) < len(ALL_UIDS):
        assert screen.card is not None, f"session ended after {answered}"
        uid = answer_card_by_mouse(qtbot, window, screen, right=right)
        assert uid not in answered, f"{uid} asked twice before every kind was seen"
        answered.append(uid)
    # Then every kind was asked once and the bank holds one review of each
    assert set(answered) == ALL_UIDS
    assert screen.done_count == len(ALL_UIDS)
    assert screen.counts.text().startswith(f"{len(ALL_UIDS)} done ·")
    for uid in ALL_UIDS:
        assert len(logged(window, uid)) == 1, uid


@pytest.mark.parametrize("grade", [1, 2, 3, 4], ids=[name for _r, name in GRADES])
def test_flashcard_revealed_and_graded_with_the_mouse(
    qtbot: QtBot, window: MainWindow, grade: int
) -> None:
    # Given Ada at the flashcard, the cards before it answered by mouse
    screen = start_review(qtbot, window)
    walk_to(qtbot, window, screen, "card")
    # When she clicks Show answer, then the grade button (checked in reveal_and_grade)
    reveal_and_grade(qtbot, window, screen, grade)
    # Then Undo (by mouse) takes the grade back and asks the flashcard again
    click(qtbot, screen.undo_button)
    assert logged(window, "card") == []
    assert screen.card is not None and screen.card.question.uid == "card"
    assert not screen.card.feedback.isVisible() and not screen.grade_bar.isVisible()
