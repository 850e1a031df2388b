"""A count axis is labelled at whole numbers only: never "2, 1, 1, 0, 0"."""

from __future__ import annotations

import pytest
from PySide6.QtCharts import QValueAxis
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from quizapp.ui.widgets import charts


@pytest.mark.parametrize("most", [1, 2, 3, 7, 12, 99, 480])
def test_the_forecast_axis_has_whole_distinct_ticks(qtbot: QtBot, most: int) -> None:
    view = charts.bar_chart("Due", ["a", "b", "c"], [float(most), 1.0, 0.0], "#3366cc")
    qtbot.addWidget(view)
    (axis,) = view.chart().axes(Qt.Orientation.Vertical)
    assert isinstance(axis, QValueAxis)
    count = axis.tickCount()
    ticks = [axis.min() + i * (axis.max() - axis.min()) / (count - 1) for i in range(count)]
    assert all(t == int(t) for t in ticks), ticks  # each label says what its tick is
    assert axis.min() == 0 and axis.max() >= most and 2 <= count <= charts.MAX_TICKS
