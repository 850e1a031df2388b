"""A ticked box on a highlighted row of a list shows (the quiz setup's kinds and tags)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QListWidget, QListWidgetItem
from pytestqt.qtbot import QtBot

from quizapp.ui.theme import apply_theme, contrast_ratio


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    apply_theme(qapp, "light", 11)


def _box_contrast(qtbot: QtBot, ticked: bool) -> tuple[float, bytes]:
    """The strongest contrast in the tick box's corner of a highlighted row, and its pixels."""
    lists = QListWidget()
    qtbot.addWidget(lists)
    item = QListWidgetItem("dates")
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
    lists.addItem(item)
    lists.show()
    lists.setFocus()
    lists.setCurrentItem(item)
    assert item.isSelected()
    row = lists.visualItemRect(item)
    image = lists.viewport().grab(row).toImage()
    highlight = lists.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    corner = [QColor(image.pixel(x, y)).name() for x in range(0, 24)
              for y in range(image.height())]  # fmt: skip
    return max(contrast_ratio(c, highlight.name()) for c in corner), "".join(corner).encode()


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_a_tick_box_shows_on_a_highlighted_row(
    qtbot: QtBot, themed: QApplication, theme: str
) -> None:
    apply_theme(themed, theme, 11)
    ticked, ticked_pixels = _box_contrast(qtbot, ticked=True)
    empty, empty_pixels = _box_contrast(qtbot, ticked=False)
    assert ticked >= 3.0 and empty >= 3.0  # the box stands out of the row's colour
    assert ticked_pixels != empty_pixels  # and ticked looks unlike not ticked
