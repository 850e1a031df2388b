"""The progress screen: its title names the set, sparse data is said, no label is cut short."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCharts import QAbstractAxis, QBarCategoryAxis, QCategoryAxis, QChartView, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from quizapp.settings import Settings
from quizapp.ui.main_window import MainWindow
from quizapp.ui.screens.progress import ProgressScreen
from quizapp.ui.screens.review import now_utc
from quizapp.ui.theme import apply_theme

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "docs"))
from make_screenshots import simulate_history


def open_progress(qtbot: QtBot, window: MainWindow) -> ProgressScreen:
    window.show_progress()
    screen = window.stack.currentWidget()
    assert isinstance(screen, ProgressScreen)
    qtbot.waitUntil(lambda: screen.data is not None, timeout=20000)
    return screen


def test_without_answers_each_chart_says_why_it_is_empty(qtbot: QtBot, window: MainWindow) -> None:
    # Given Ada has not answered anything yet; When she opens Progress on 'Every kind'
    screen = open_progress(qtbot, window)
    # Then the title names the set, and every chart says what it waits for
    assert screen.title.text() == "Progress · Ada · Every kind"
    for chart in (screen.forecast_chart, screen.retention_chart, screen.accuracy_chart,
                  screen.hardest_table):  # fmt: skip
        assert isinstance(chart, QLabel) and ": " in chart.text()
    assert "too few reviews of cards due yet (0)" in screen.retention_chart.text()  # type: ignore[attr-defined]
    assert "No answers yet" in screen.measures.text()
    assert "streak 0 days" in screen.summary.text()
    # and the questions never asked are "not yet seen" (the home's "new" is today's allowance)
    assert screen.summary.text().startswith("8 not yet seen · 0 learning")


def test_the_learners_marks_show_in_one_line(qtbot: QtBot, window: MainWindow) -> None:
    # Given Ada suspended two questions of the set, buried one and starred one
    from quizapp.content import sets
    from quizapp.study import browse, flags

    assert window.bank is not None and window.learner is not None
    bank, ada = window.bank, window.learner.id
    chosen = next(s.id for s in sets.list_sets(bank) if s.name == "Every kind")
    ids = [r.question_id for r in browse.browse(bank, ada, now=now_utc(), set_id=chosen)][:3]
    flags.set_suspended(bank, ada, ids[:2], True)
    flags.bury(bank, ada, [ids[2]], now=now_utc())
    flags.set_starred(bank, ada, [ids[0]], True)
    # When she opens Progress
    screen = open_progress(qtbot, window)
    # Then one line under the counts says so, and what Review leaves out
    assert screen.marks.text() == (
        "Marked: 2 suspended · 1 buried until tomorrow · 1 starred"
        "  —  Review leaves out 3 held cards"
    )
    assert screen.marks.isVisibleTo(screen)


@pytest.fixture
def history_window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    """The window on a bank where Ada has studied the bundled set for 60 days."""
    db = tmp_path / "history.sqlite3"
    simulate_history(db, "Ada", days=60)
    win = MainWindow(db=db, settings=Settings(last_learner="Ada"))
    win.show()
    yield win
    win.close()
    win.deleteLater()


def labels_of(axis: QAbstractAxis) -> list[str]:
    if isinstance(axis, QCategoryAxis):
        return list(axis.categoriesLabels())
    assert isinstance(axis, QBarCategoryAxis)
    return list(axis.categories())


def cut_labels(view: QChartView) -> list[str]:
    """Labels of the chart's axes that cannot fit the room the plot gives each one."""
    chart = view.chart()
    plot = chart.plotArea()
    cut = []
    for axis in chart.axes(Qt.Orientation.Horizontal):
        labels = labels_of(axis)
        metrics = QFontMetrics(axis.labelsFont())
        room = plot.width() / max(len(labels), 1)
        cut += [label for label in labels if metrics.horizontalAdvance(label) > room]
    for axis in chart.axes(Qt.Orientation.Vertical):
        assert isinstance(axis, QValueAxis)
        metrics = QFontMetrics(axis.labelsFont())
        if plot.height() / max(axis.tickCount() - 1, 1) < metrics.height():
            cut.append(f"{axis.tickCount()} ticks on {plot.height():.0f} px")
    return cut


@pytest.mark.slow
@pytest.mark.parametrize(("size", "points"), [((900, 620), 11), ((800, 600), 11), ((900, 620), 16)])
def test_chart_labels_fit_at_every_size(
    qtbot: QtBot, history_window: MainWindow, size: tuple[int, int], points: int
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "light", points)
    try:
        history_window.resize(*size)
        screen = open_progress(qtbot, history_window)
        assert screen.title.text() == "Progress · Ada · Caucasus peace talks (2024)"
        qtbot.wait(50)  # the charts lay out once shown
        assert isinstance(screen.forecast_chart, QChartView)
        assert isinstance(screen.retention_chart, QChartView)
        assert cut_labels(screen.forecast_chart) == []
        assert cut_labels(screen.retention_chart) == []
        assert "Right answers:" in screen.measures.text()
        assert "Remembered when due (true retention):" in screen.measures.text()
    finally:
        apply_theme(app, "light", 11)
