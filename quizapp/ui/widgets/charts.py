"""Small chart builders over QtCharts, themed to match the app."""

from __future__ import annotations

import math

from PySide6.QtCharts import (
    QAbstractAxis,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QProgressBar, QWidget

from quizapp.ui.theme import app_is_dark


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.legend().hide()
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setTheme(
        QChart.ChartTheme.ChartThemeDark if app_is_dark() else QChart.ChartTheme.ChartThemeLight
    )
    if app_is_dark():
        chart.setBackgroundBrush(QColor("#1f2227"))
    return chart


def _view(chart: QChart, name: str) -> QChartView:
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    # tall enough for the axis labels at any font size (short views cut them to "...")
    view.setMinimumHeight(max(220, 11 * view.fontMetrics().height()))
    view.setAccessibleName(name)
    return view


MAX_TICKS = 6  # on a count axis, at most this many labelled ticks


def count_ticks(maximum: float) -> tuple[int, int]:
    """(top, step) of an axis of counts from 0: whole-number ticks only, at most
    :data:`MAX_TICKS` of them, ``top`` a multiple of ``step`` at or above ``maximum``."""
    ceiling = max(1, math.ceil(maximum))
    step = 1
    while math.ceil(ceiling / step) > MAX_TICKS - 1:
        step = _next_step(step)
    return math.ceil(ceiling / step) * step, step


def _next_step(step: int) -> int:
    """1, 2, 5, 10, 20, 50, ...: the next nice step after ``step``."""
    return step * 5 // 2 if str(step)[0] == "2" else step * 2


def _value_axis(maximum: float) -> QValueAxis:
    """A y axis of counts: labelled at whole numbers only (never "0, 0, 1, 1, 2")."""
    top, step = count_ticks(maximum)
    axis = QValueAxis()
    axis.setRange(0, top)
    axis.setTickCount(top // step + 1)
    axis.setLabelFormat("%d")
    return axis


def _sparse_axis(labels: list[str], every: int) -> QCategoryAxis:
    """An x axis naming every ``every``-th point only, so no label is cut short.

    A bar or point ``i`` sits at x = ``i``; the labels shown must be distinct.
    """
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    axis.setRange(-0.5, max(len(labels), 1) - 0.5)
    axis.setStartValue(-0.5)
    for i in range(0, len(labels), max(every, 1)):
        axis.append(labels[i], i)
    axis.setGridLineVisible(False)
    return axis


def bar_chart(
    title: str, labels: list[str], values: list[float], colour: str, every: int = 1
) -> QChartView:
    """Vertical bars, one per label (labels must be distinct); ``every``-th label shown."""
    bars = QBarSet(title)
    bars.setColor(QColor(colour))
    bars.setBorderColor(QColor(colour))
    for value in values:
        bars.append(value)
    series = QBarSeries()
    series.append(bars)
    series.setBarWidth(0.8)
    chart = _chart(title)
    chart.addSeries(series)
    x_axis: QAbstractAxis = _sparse_axis(labels, every)
    if every <= 1:
        x_axis = QBarCategoryAxis()
        x_axis.append(labels)
        x_axis.setGridLineVisible(False)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(x_axis)
    y_axis = _value_axis(max(values, default=0))
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(y_axis)
    return _view(chart, title)


def percent_bars(title: str, rows: list[tuple[str, float, int]], colour: str) -> QWidget:
    """A titled list of labelled percentage bars: (label, percent 0-100, answers).

    Built from labels and progress bars rather than a chart axis, so names of any
    length and any font size show in full.
    """
    box = QFrame()
    box.setAccessibleName(title)
    grid = QGridLayout(box)
    heading = QLabel(title)
    heading.setStyleSheet("font-weight: 600;")
    grid.addWidget(heading, 0, 0, 1, 3)
    for i, (label, percent, answers) in enumerate(rows, start=1):
        name = QLabel(label)
        name.setTextFormat(Qt.TextFormat.PlainText)
        bar = QProgressBar()
        bar.setRange(0, 100)
        bar.setValue(round(percent))
        bar.setTextVisible(False)
        bar.setAccessibleName(f"{label}: {percent:.0f}% right")
        bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        grid.addWidget(name, i, 0)
        grid.addWidget(bar, i, 1)
        grid.addWidget(QLabel(f"{percent:.0f}% of {answers}"), i, 2)
    grid.setColumnStretch(1, 1)
    return box


def note(title: str, text: str) -> QLabel:
    """What stands in for a chart that has too little data to draw: its title and why."""
    label = QLabel(f"{title}: {text}")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setProperty("role", "subtitle")
    label.setAccessibleName(title)
    label.setMinimumHeight(48)
    return label


def line_chart(
    title: str, labels: list[str], percents: list[float | None], colour: str, every: int = 1
) -> QChartView:
    """A line of percentages over labelled points (None: no data, skipped)."""
    series = QLineSeries()
    series.setColor(QColor(colour))
    series.setPointsVisible(True)
    for i, value in enumerate(percents):
        if value is not None:
            series.append(QPointF(i, value))
    chart = _chart(title)
    chart.addSeries(series)
    x_axis = _sparse_axis(labels, every)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(x_axis)
    y_axis = QValueAxis()
    y_axis.setRange(0, 100)
    y_axis.setLabelFormat("%d%%")
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(y_axis)
    return _view(chart, title)
