"""Quiz results: answers as the learner wrote them, rows as tall as their text, columns in view."""

from __future__ import annotations

from keys import answer_with_keys, press, start_quiz
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QStyle
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
