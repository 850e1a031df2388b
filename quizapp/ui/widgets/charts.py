"""Small chart builders over QtCharts, themed to match the app."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPainter

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
    view.setMinimumHeight(220)
    view.setAccessibleName(name)
    return view


def _value_axis(maximum: float, fmt: str = "%d") -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(0, max(maximum, 1))
    axis.setLabelFormat(fmt)
    axis.applyNiceNumbers()
    return axis


def bar_chart(title: str, labels: list[str], values: list[float], colour: str) -> QChartView:
    """Vertical bars, one per label (labels must be distinct)."""
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
    x_axis = QBarCategoryAxis()
    x_axis.append(labels)
    x_axis.setGridLineVisible(False)
    small = x_axis.labelsFont()
    small.setPointSize(max(small.pointSize() - 3, 7))
    x_axis.setLabelsFont(small)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(x_axis)
    y_axis = _value_axis(max(values, default=0))
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(y_axis)
    return _view(chart, title)


def horizontal_bars(
    title: str, labels: list[str], percents: list[float], colour: str
) -> QChartView:
    """Horizontal bars of percentages (0-100), one per label."""
    bars = QBarSet(title)
    bars.setColor(QColor(colour))
    for value in percents:
        bars.append(value)
    series = QHorizontalBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value%")
    chart = _chart(title)
    chart.addSeries(series)
    y_axis = QBarCategoryAxis()
    y_axis.append(labels)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(y_axis)
    x_axis = QValueAxis()
    x_axis.setRange(0, 100)
    x_axis.setLabelFormat("%d%%")
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(x_axis)
    return _view(chart, title)


def line_chart(
    title: str, labels: list[str], percents: list[float | None], colour: str
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
    x_axis = QBarCategoryAxis()
    x_axis.append(labels)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(x_axis)
    y_axis = QValueAxis()
    y_axis.setRange(0, 100)
    y_axis.setLabelFormat("%d%%")
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(y_axis)
    return _view(chart, title)
