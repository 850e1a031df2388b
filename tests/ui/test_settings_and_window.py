"""File > Settings (the learner's study settings and the look), the remembered window size,
and Help > About, all driven through the window's menus."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from modal_steps import on_next_modal
from PySide6.QtCore import QPoint, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGroupBox,
    QMessageBox,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from quizapp import __version__
from quizapp.settings import Settings, load_settings
from quizapp.study import learners
from quizapp.ui.dialogs.settings_dialog import SettingsDialog
from quizapp.ui.main_window import MainWindow

LEFT = Qt.MouseButton.LeftButton
DARK_WINDOW = "#1f2227"  # the dark theme's window colour (quizapp.ui.theme.DARK)


def menu_action(window: MainWindow, menu: str, item: str) -> QAction:
    """The action ``item`` of the menu bar's ``menu`` (texts with their '&')."""
    for top in window.menuBar().actions():
        if top.text() == menu and top.menu() is not None:
            for action in top.menu().actions():  # type: ignore[attr-defined]
                if action.text() == item:
                    return action  # type: ignore[no-any-return]
    raise AssertionError(f"no {menu} > {item} in the menu bar")


@pytest.fixture
def app_look(qapp: QApplication) -> Iterator[QApplication]:
    """Puts back the application's font, palette, style and stylesheet after the test."""
    font, palette, sheet = qapp.font(), qapp.palette(), qapp.styleSheet()
    style, dark = qapp.style().name(), qapp.property("quizapp_dark")
    yield qapp
    QApplication.setStyle(style)
    qapp.setPalette(palette)
    qapp.setFont(font)
    qapp.setStyleSheet(sheet)
    qapp.setProperty("quizapp_dark", dark)


def every_kind_new(window: MainWindow) -> int | None:
    row = next(r for r in window.home.rows() if r.name == "Every kind")
    return row.new


def pick_in_combo(qtbot: QtBot, combo: QComboBox, wanted: str) -> None:
    """Open ``combo`` with a click and click ``wanted`` in its popup list."""
    qtbot.mouseClick(combo, LEFT)
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    qtbot.wait(QApplication.doubleClickInterval() + 50)  # sooner, the click is ignored
    index = combo.model().index(combo.findText(wanted), 0)
    assert index.isValid(), wanted
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualRect(index).center())
    qtbot.waitUntil(lambda: not view.isVisible())
    assert combo.currentText() == wanted


def type_number(qtbot: QtBot, spin: QSpinBox, value: int) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))
    assert spin.value() == value, spin.text()


def edit_settings(
    qtbot: QtBot, seen: dict[str, Any], button: QDialogButtonBox.StandardButton
) -> Callable[[QWidget], object]:
    """A dialog step: note what the dialog shows, change every field, press ``button``."""

    def step(dialog: QWidget) -> None:
        assert isinstance(dialog, SettingsDialog)
        study = [g for g in dialog.findChildren(QGroupBox) if g.title().startswith("Study")]
        seen.update(
            title=dialog.windowTitle(),
            study=study[0].title() if study else None,
            study_enabled=study[0].isEnabled() if study else None,
            retention=dialog.retention.value(),
            new_per_day=dialog.new_per_day.value(),
            day_start=dialog.day_start.text(),
            theme=dialog.theme.currentText(),
            font_size=dialog.font_size.text(),
        )
        if dialog.retention.isEnabled():
            spin: QDoubleSpinBox = dialog.retention
            spin.setFocus()
            for _ in range(3):  # 0.90 -> 0.93 in steps of 0.01
                qtbot.keyClick(spin, Qt.Key.Key_Up)
            type_number(qtbot, dialog.new_per_day, 3)
            dialog.day_start.setFocus()
            for _ in range(2):  # 4:00 -> 6:00
                qtbot.keyClick(dialog.day_start, Qt.Key.Key_Up)
        pick_in_combo(qtbot, dialog.theme, "Dark")
        type_number(qtbot, dialog.font_size, 14)
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        qtbot.mouseClick(buttons.button(button), LEFT)

    return step


# --- settings ------------------------------------------------------------------------------


def test_settings_change_the_learner_and_the_look(
    qtbot: QtBot, window: MainWindow, app_look: QApplication
) -> None:
    assert window.bank is not None
    before = learners.get_learner(window.bank, "Ada")
    assert (before.desired_retention, before.new_per_day, before.day_start_hour) == (0.9, 50, 4)
    assert every_kind_new(window) == 8
    # When Ada opens File > Settings, changes every field and clicks OK
    shown: dict[str, Any] = {}
    seen = on_next_modal([edit_settings(qtbot, shown, QDialogButtonBox.StandardButton.Ok)])
    menu_action(window, "&File", "&Settings...").trigger()
    assert seen == ["SettingsDialog"]
    # Then the dialog had shown her settings and this computer's look
    assert shown == {
        "title": "Settings",
        "study": "Study (Ada)",
        "study_enabled": True,
        "retention": 0.9,
        "new_per_day": 50,
        "day_start": "4:00",
        "theme": "System",
        "font_size": "11 pt",
    }
    # And the bank holds her new study settings, which the window uses at once
    after = learners.get_learner(window.bank, "Ada")
    assert (after.desired_retention, after.new_per_day, after.day_start_hour) == (0.93, 3, 6)
    assert after.timezone == before.timezone == "UTC"
    assert window.learner == after
    assert every_kind_new(window) == 3, "home shows the new daily limit of new cards"
    # And the look is applied to the whole app and saved
    assert (window.settings.theme, window.settings.font_size) == ("dark", 14)
    saved = load_settings()
    assert (saved.theme, saved.font_size, saved.last_learner) == ("dark", 14, "Ada")
    assert app_look.font().pointSize() == 14
    assert app_look.property("quizapp_dark") is True
    assert app_look.palette().color(QPalette.ColorRole.Window).name() == DARK_WINDOW
    # And opening Settings again shows the new values
    again: dict[str, Any] = {}
    on_next_modal([edit_settings(qtbot, again, QDialogButtonBox.StandardButton.Cancel)])
    menu_action(window, "&File", "&Settings...").trigger()
    assert (again["retention"], again["new_per_day"], again["day_start"]) == (0.93, 3, "6:00")
    assert (again["theme"], again["font_size"]) == ("Dark", "14 pt")


def test_cancelled_settings_change_nothing(
    qtbot: QtBot, window: MainWindow, app_look: QApplication
) -> None:
    assert window.bank is not None
    before = learners.get_learner(window.bank, "Ada")
    font_size = app_look.font().pointSize()
    palette = app_look.palette().color(QPalette.ColorRole.Window).name()
    assert font_size != 14 and palette != DARK_WINDOW
    # When Ada changes every field and then clicks Cancel
    shown: dict[str, Any] = {}
    seen = on_next_modal([edit_settings(qtbot, shown, QDialogButtonBox.StandardButton.Cancel)])
    menu_action(window, "&File", "&Settings...").trigger()
    assert seen == ["SettingsDialog"] and shown["study"] == "Study (Ada)"
    # Then the bank, the window's settings, the saved file and the look are as they were
    assert learners.get_learner(window.bank, "Ada") == before
    assert window.learner == before
    assert every_kind_new(window) == 8
    assert window.settings == Settings(last_learner="Ada")
    assert load_settings() == Settings(), "nothing was saved"
    assert app_look.font().pointSize() == font_size
    assert app_look.palette().color(QPalette.ColorRole.Window).name() == palette


def test_settings_without_a_learner_change_only_the_look(
    qtbot: QtBot, study_db: Path, app_look: QApplication
) -> None:
    # Given a window where nobody has chosen a learner yet
    window = MainWindow(db=study_db, settings=Settings())
    try:
        window.show()
        assert window.learner is None and window.bank is not None
        # When the settings are changed and accepted
        shown: dict[str, Any] = {}
        on_next_modal([edit_settings(qtbot, shown, QDialogButtonBox.StandardButton.Ok)])
        menu_action(window, "&File", "&Settings...").trigger()
        # Then the study part was shown disabled, and only the look changed
        assert (shown["study"], shown["study_enabled"]) == ("Study", False)
        ada = learners.get_learner(window.bank, "Ada")
        assert (ada.desired_retention, ada.new_per_day, ada.day_start_hour) == (0.9, 50, 4)
        assert (window.settings.theme, window.settings.font_size) == ("dark", 14)
        assert app_look.font().pointSize() == 14
    finally:
        window.close()
        window.deleteLater()


# --- window geometry -----------------------------------------------------------------------


def test_window_size_and_place_are_remembered(qtbot: QtBot, study_db: Path) -> None:
    # Given a first window: nothing remembered yet, so the default size
    first = MainWindow(db=study_db, settings=Settings(last_learner="Ada"))
    first.show()
    qtbot.waitExposed(first)
    assert first.size() == QSize(900, 620)
    assert not QSettings().contains("main_window/geometry")
    # When it is resized and moved (within the 800x800 offscreen screen), then closed
    first.resize(733, 517)
    first.move(37, 41)
    qtbot.waitUntil(lambda: first.size() == QSize(733, 517))
    place = first.pos()
    assert place == QPoint(37, 41)
    assert first.close()
    first.deleteLater()
    assert QSettings().contains("main_window/geometry")
    # Then the next window on the same bank opens at that size and place
    second = MainWindow(db=study_db, settings=Settings(last_learner="Ada"))
    try:
        assert second.size() == QSize(733, 517)
        second.show()
        qtbot.waitExposed(second)
        assert second.size() == QSize(733, 517)
        assert second.pos() == place
    finally:
        second.close()
        second.deleteLater()


def test_a_remembered_size_too_wide_for_the_screen_comes_back_fitted(
    qtbot: QtBot, study_db: Path
) -> None:
    screen = QApplication.primaryScreen().availableGeometry()
    # Given a window closed wider than the screen it opens on next
    first = MainWindow(db=study_db, settings=Settings(last_learner="Ada"))
    first.show()
    first.resize(screen.width() + 213, 607)
    assert first.width() > screen.width()
    assert first.close()
    first.deleteLater()
    # Then the next window keeps the height but fits the screen's width
    second = MainWindow(db=study_db, settings=Settings(last_learner="Ada"))
    try:
        second.show()
        qtbot.waitExposed(second)
        assert second.height() == 607
        assert second.minimumWidth() <= second.width() <= screen.width()
        assert screen.contains(second.geometry()), second.geometry()
    finally:
        second.close()
        second.deleteLater()


# --- about -------------------------------------------------------------------------------


def test_about_box_shows_the_version(qtbot: QtBot, window: MainWindow) -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+\S*", __version__)
    shown: dict[str, Any] = {}

    def read_and_close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        shown.update(title=box.windowTitle(), text=box.text(), buttons=len(box.buttons()))
        qtbot.mouseClick(box.buttons()[0], LEFT)

    seen = on_next_modal([read_and_close])
    menu_action(window, "&Help", "&About quizapp").trigger()
    assert seen == ["QMessageBox"]
    assert shown["title"] == "About quizapp"
    assert f"<h3>quizapp {__version__}</h3>" in shown["text"]
    assert "FSRS" in shown["text"]
    assert shown["buttons"] == 1
    assert QApplication.activeModalWidget() is None
