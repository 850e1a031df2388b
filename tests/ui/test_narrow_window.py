"""At the smallest window: a long title ends in "…" (whole in its tooltip), the editor's
question list gives its width to the prompts."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from quizapp.questiondata import QuestionData
from quizapp.ui.main_window import MainWindow
from quizapp.ui.widgets.elided_label import ElidedLabel
from quizapp.ui.widgets.question_list import QuestionList

LONG_NAME = (
    "Caucasus peace talks <b>between</b> Armenia and Azerbaijan, in Berlin, Brussels and"
    " Washington (2024)"
)


def test_a_long_title_ends_in_an_ellipsis_with_the_whole_in_its_tooltip(
    qtbot: QtBot, window: MainWindow
) -> None:
    # Given a set with a long name (and markup in it), reviewed at the smallest window size
    window.resize(640, 440)
    window.start_review(window.home.selected_set_id())
    title = window.review_screen.title
    assert isinstance(title, ElidedLabel)
    title.setText(f"Review · {LONG_NAME}")
    QApplication.processEvents()
    # Then it shows as much as fits, ending in "…", the whole name in a plain-text tooltip
    shown = QLabel.text(title)
    assert shown.endswith("…") and shown.startswith("Review · Caucasus")
    assert title.fontMetrics().horizontalAdvance(shown) <= title.width()
    assert title.text() == f"Review · {LONG_NAME}"
    assert "&lt;b&gt;between&lt;/b&gt;" in title.toolTip()
    # And in a window wide enough for it (at whatever font size), nothing is cut, no tooltip
    window.resize(title.fontMetrics().horizontalAdvance(title.text()) + 800, 700)
    QApplication.processEvents()
    assert QLabel.text(title) == f"Review · {LONG_NAME}" and title.toolTip() == ""


def test_the_question_list_gives_the_prompts_the_width(qtbot: QtBot) -> None:
    # Given the editor's list of questions, as narrow as its pane at the smallest window
    questions = [
        QuestionData(f"q{i}", "multiple_choice", f"In which year did event {i} take place?",
                     answer="1988", choices=["1988", "1991"])
        for i in range(3)
    ]  # fmt: skip
    questions.append(QuestionData("tf", "true_false", "Water boils at 100 °C.", answer="true"))
    listing = QuestionList()
    qtbot.addWidget(listing)
    listing.resize(300, 400)
    listing.show()
    listing.show_questions(questions)
    QApplication.processEvents()
    # Then the kind is one word (its full name in the tooltip) and the prompt has the room
    tree = listing.tree
    first = tree.topLevelItem(0)
    assert first is not None
    assert (first.text(2), first.toolTip(2)) == ("Choice", "Multiple choice")
    assert tree.columnWidth(1) >= 2 * tree.columnWidth(2), (
        tree.columnWidth(1),
        tree.columnWidth(2),
    )
