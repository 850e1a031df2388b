"""Typed-answer feedback: the learner's text compared with the key, safely and readably."""

from __future__ import annotations

import html
import re
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from quizapp.questiondata import QuestionData
from quizapp.study.answer_diff import Mark, compare
from quizapp.ui.main_window import MainWindow
from quizapp.ui.screens.quiz import QuizScreen
from quizapp.ui.theme import contrast_ratio, status_colours
from quizapp.ui.widgets.question_card import QuestionCard, diff_html

AA = 4.5


def type_answer(qtbot: QtBot, card: QuestionCard, text: str) -> None:
    edit = card.input.edit  # type: ignore[attr-defined]
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def plain(rich: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", rich).replace("&nbsp;", " "))


def squeezed(text: str) -> str:
    return "".join(text.split())


def review_until(
    qtbot: QtBot, window: MainWindow, kind: str, answer: Callable[..., None]
) -> QuestionCard:
    """Start a review of 'Every kind' and answer right every card until one of ``kind``."""
    qtbot.keyClick(window, Qt.Key.Key_R)
    for _ in range(20):
        card = window.review_screen.card
        assert card is not None
        if card.question.kind == kind:
            return card
        answer(qtbot, card, right=True)
        if card.question.kind == "flashcard":
            qtbot.keyClick(window.review_screen, Qt.Key.Key_3)
        else:
            qtbot.keyClick(window.review_screen.next_button, Qt.Key.Key_Return)
    raise AssertionError(f"no {kind} card in the review")


@pytest.mark.parametrize(("kind", "typed", "struck", "underlined"), [
    ("short_answer", "Parma", "ma", "is"),  # wrong (a typo the grading accepts is right:
    ("cloze", "Blue", "ue", "ack"),         # no diff then, see the quiz test below)
    ("numeric", "367", "7", "6"),
])  # fmt: skip
def test_review_shows_the_typed_answer_against_the_key(
    qtbot: QtBot, window: MainWindow, answer_card: Callable[..., None],
    kind: str, typed: str, struck: str, underlined: str | None,
) -> None:  # fmt: skip
    # Given Ada reviewing 'Every kind', at its typed question of this kind
    card = review_until(qtbot, window, kind, answer_card)
    # When she types a wrong answer and presses Enter
    type_answer(qtbot, card, typed)
    # Then under the answer her text and the key are compared, the difference struck/underlined
    assert card.diff_label.isVisible()
    shown = card.diff_label.text()
    assert f'line-through;font-weight:600;">{struck}</span>' in shown
    if underlined:
        assert f'underline;font-weight:600;">{underlined}</span>' in shown
    lines = shown.split("<br>")
    assert typed in plain(lines[0]).replace("-", "")  # dashes: the key's letters left out
    assert card.question.answer in plain(lines[1])


def test_quiz_shows_the_comparison_and_a_right_answer_shows_none(
    qtbot: QtBot, window: MainWindow, answer_card: Callable[..., None]
) -> None:
    # Given Ada in a quiz of all 8 questions of 'Every kind'
    qtbot.mouseClick(window.home.quiz_button, Qt.MouseButton.LeftButton)
    screen = window.stack.currentWidget()
    assert isinstance(screen, QuizScreen)
    screen.size_box.setValue(8)
    qtbot.keyClick(screen.size_box, Qt.Key.Key_Return)
    seen: dict[str, bool] = {}
    for _ in range(8):
        card = screen.card
        assert card is not None
        kind = card.question.kind
        if kind == "short_answer":  # When she types a typo for Paris (accepted)...
            type_answer(qtbot, card, "Pariss")
            named = "accepted: the exact answer is Paris" in card.answer_label.text()
            seen["typo"] = card.diff_label.isHidden() and named
        elif kind == "cloze":  # ... and the gap's word in lower case (right)
            type_answer(qtbot, card, "black")
            seen["right"] = card.diff_label.isHidden()
        else:
            answer_card(qtbot, card, right=True)
        if kind == "flashcard":
            qtbot.keyClick(screen, Qt.Key.Key_3)
        else:
            qtbot.keyClick(screen.next_button, Qt.Key.Key_Return)
    # Then neither right answer is marked as errors; the typo's names the exact answer
    assert seen == {"typo": True, "right": True}


def test_learner_text_and_key_are_shown_as_text_never_as_html(qtbot: QtBot) -> None:
    # Given a short answer whose key holds markup, answered with markup
    q = QuestionData(uid="q", kind="short_answer", prompt="Tag?", answer="<b>bold</b> & co")
    card = QuestionCard(q)
    qtbot.addWidget(card)
    card.show()
    type_answer(qtbot, card, '<img src="x"><i>bold</i>')
    card.show_feedback(correct=False, expected=q.answer)
    shown = card.diff_label.text()
    # Then no tag of theirs reaches the label: the label reads their text, character for character
    assert "<img" not in shown and "<i>" not in shown and "<b>bold" not in shown
    doc = QTextDocument()
    doc.setHtml(shown)
    typed_line, key_line = doc.toPlainText().replace("\u00a0", " ").splitlines()[:2]
    # (padded with spaces so the two lines line up: compare without them)
    assert squeezed(typed_line.replace("-", "")) == squeezed('You typed: <img src="x"><i>bold</i>')
    assert squeezed(key_line) == squeezed("Answer: <b>bold</b> & co")


@pytest.mark.parametrize("dark", [False, True])
def test_marks_keep_aa_contrast_and_more_than_colour(dark: bool) -> None:
    colours = status_colours(dark)
    shown = diff_html(compare("Pariz", "Paris"), colours)
    # every marked span writes body text on a tinted background, with a line besides the colour
    for style in re.findall(r'style="([^"]*font-weight:600;)"', shown):
        fg = re.search(r"color:(#[0-9a-f]{6})", style)
        bg = re.search(r"background-color:(#[0-9a-f]{6})", style)
        assert fg and bg
        assert contrast_ratio(fg.group(1), bg.group(1)) >= AA
    assert "line-through" in shown and "underline" in shown


def test_missing_letters_show_as_dashes_where_they_go() -> None:
    diff = compare("Pars", "Paris")
    assert Mark.MISSING in [s.mark for s in diff.given]
    typed_line = diff_html(diff, status_colours(False)).split("<br>")[0]
    assert plain(typed_line).endswith(("Pa-is", "Par-s"))


@pytest.mark.parametrize(("typed", "key"), [
    ("xParisz", "Paris"), ("Blakc", "Black"), ("Pars", "Paris"), ("Parrris", "Paris"),
    ("New Yrok", "New York"), ("1066", "14 October 1066"),
])  # fmt: skip
def test_the_two_lines_line_up_character_under_character(typed: str, key: str) -> None:
    # Given a near miss compared with its key
    lines = diff_html(compare(typed, key), status_colours(True)).split("<br>")[:2]
    above, below = (plain(line) for line in lines)
    # Then the labels take the same width, in the monospace of the lines
    assert all('font-family:monospace;">' in line.split("</span>")[0] for line in lines)
    assert len(above) == len(below)
    start = len("You typed: ")
    assert above.startswith("You typed: ") and below[:start].rstrip() == "Answer:"
    # and every letter the two have in common stands in the same column
    same = [i for i in range(start, len(above)) if above[i] == below[i] != " "]
    matched = "".join(s.text for s in compare(typed, key).expected if s.mark is Mark.SAME)
    assert "".join(above[i] for i in same).replace(" ", "") == matched.replace(" ", "")


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_a_struck_letter_reads_on_its_tint_and_on_the_window(dark: bool) -> None:
    from PySide6.QtGui import QPalette

    from quizapp.ui.theme import DARK, LIGHT

    colours = status_colours(dark)
    window = (DARK if dark else LIGHT)[QPalette.ColorRole.Window]
    shown = diff_html(compare("Pariz", "Paris"), colours)
    struck = re.search(r'style="color:(#[0-9a-f]{6});background-color:(#[0-9a-f]{6});'
                       r'text-decoration:line-through;', shown)  # fmt: skip
    assert struck is not None
    # Then the struck letter is in the theme's "wrong" colour (not plain text under a line),
    # and keeps AA contrast on its tint and on the window around it
    fg, tint = struck.groups()
    assert fg == colours["wrong"] != colours["text"]
    assert contrast_ratio(fg, tint) >= AA and contrast_ratio(fg, window) >= AA
