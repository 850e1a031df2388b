"""Tick boxes and radio buttons show in both themes: the app's stylesheet draws them from the
palette for every dialog (WCAG's 3:1 for the parts of a control one needs to see)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
)
from pytestqt.qtbot import QtBot

from quizapp.startup import open_app_bank
from quizapp.ui.dialogs.generate_dialog import GenerateDialog
from quizapp.ui.theme import apply_theme, contrast_ratio

NON_TEXT = 3.0  # WCAG 1.4.11: a control's boundary against what is around it


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    apply_theme(qapp, "light", 11)


def indicator_contrast(button: QAbstractButton) -> float:
    """The strongest contrast of the button's drawn indicator against the window colour."""
    option = QStyleOptionButton()
    option.initFrom(button)
    element = (
        QStyle.SubElement.SE_RadioButtonIndicator
        if isinstance(button, QRadioButton)
        else QStyle.SubElement.SE_CheckBoxIndicator
    )
    rect = button.style().subElementRect(element, option, button)
    image: QImage = button.grab().toImage()
    window = button.palette().color(QPalette.ColorRole.Window).name()
    return max(
        contrast_ratio(QColor(image.pixel(x, y)).name(), window)
        for x in range(rect.left(), rect.right() + 1)
        for y in range(rect.top(), rect.bottom() + 1)
    )


@pytest.mark.parametrize("theme", ["dark", "light"])
def test_the_generate_dialogs_radio_buttons_and_any_tick_box_show(
    qtbot: QtBot, themed: QApplication, tmp_path: Path, theme: str
) -> None:
    # Given the app in this theme, and the dialog that turns an article into questions
    apply_theme(themed, theme, 11)
    bank = open_app_bank(tmp_path / "bank.sqlite3")
    dialog = GenerateDialog(bank)
    qtbot.addWidget(dialog)
    tick = QCheckBox("A tick box", dialog)
    dialog.show()
    # Then each radio button's ring, chosen or not, and a tick box stand out from the window
    assert dialog.new_set_radio.isChecked() != dialog.existing_radio.isChecked()
    for button in (dialog.new_set_radio, dialog.existing_radio, tick):
        assert indicator_contrast(button) >= NON_TEXT, (theme, button.text())
    tick.setChecked(True)
    assert indicator_contrast(tick) >= NON_TEXT
    bank.close()
