"""Quiz results: answers as the learner wrote them, rows as tall as their text, columns in view."""

from __future__ import annotations

from keys import answer_with_keys, press, start_quiz
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QPushButton, QStyle
from pytestqt.qtbot import QtBot

from quizapp.ui.main_window import MainWindow


def test_results_show_answers_as_written_in_rows_sized_to_their_text(
    qtbot: QtBot, window: MainWindow
) -> None:
    # Given Ada at the default window size, a quiz of every kind answered wrong
    window.resize(900, 620)
    screen = start_quiz(qtbot, window)
    while screen.pages.currentIndex() == 1:
        assert screen.card is not None
        answer_with_keys(screen.card, right=False)
        press(Qt.Key.Key_1 if screen.self_grading is not None else Qt.Key.Key_Return)
    table = screen.results
    qtbot.waitUntil(lambda: table.viewport().width() > 0)
    rows = {
        table.item(r, 1).text(): [table.item(r, c).text() for c in range(4)]
        for r in range(table.rowCount())
    }
    # Then an order and a match read as written, not as a Python list or dict
    order = rows["Put these events in order."]
    assert " → " in order[2] and "[" not in order[2] and '"' not in order[2]
    match = rows["Match each country with its capital."]
    assert match[2].startswith("France → ") and "{" not in match[2]
    assert rows["Photosynthesis"][2] == "did not know it"
    # And every column lies inside the table's view (none pushed off to the right)
    right_edge = table.columnViewportPosition(3) + table.columnWidth(3)
    assert right_edge <= table.viewport().width()
    assert all(table.columnWidth(c) >= 60 for c in (1, 2, 3))
    # And each row is as tall as its wrapped text: never cut, never far taller
    metrics = table.fontMetrics()
    margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    for r in range(table.rowCount()):
        needed = max(
            metrics.boundingRect(
                QRect(0, 0, table.columnWidth(c) - margin, 10_000),
                Qt.TextFlag.TextWordWrap,
                table.item(r, c).text(),
            ).height()
            for c in (1, 2, 3)
        )
        assert needed <= table.rowHeight(r) <= needed + 3 * metrics.lineSpacing(), (
            table.item(r, 1).text(), needed, table.rowHeight(r)
        )  # fmt: skip


def test_unanswered_questions_are_set_apart_and_the_question_has_the_width(
    qtbot: QtBot, window: MainWindow
) -> None:
    # Given Ada stops a quiz of eight after answering the first one wrong
    window.resize(900, 620)
    screen = start_quiz(qtbot, window)
    assert screen.card is not None
    answer_with_keys(screen.card, right=False)
    if screen.self_grading is not None:
        press(Qt.Key.Key_1)
    stop = next(b for b in screen.findChildren(QPushButton) if b.text() == "Stop")
    qtbot.mouseClick(stop, Qt.MouseButton.LeftButton)
    table = screen.results
    qtbot.waitUntil(lambda: table.viewport().width() > 0)
    # Then the wrong answer has its ✘, the seven left out a neutral – saying "not answered"
    marks = [(table.item(r, 0).text(), table.item(r, 0).toolTip()) for r in range(8)]
    assert marks == [("✘", "wrong")] + [("–", "not answered")] * 7
    assert [table.item(r, 2).text() for r in range(1, 8)] == ["not answered"] * 7
    assert all(table.item(r, 2).font().italic() for r in range(1, 8))
    # And the question column is the widest, the answers at most 30 % of the width each
    widths = [table.columnWidth(c) for c in (1, 2, 3)]
    assert widths[0] > max(widths[1:]), widths
    assert all(w <= table.viewport().width() * 0.3 for w in widths[1:]), widths
