"""The Qt binding keeps Python's reference counts: PySide6 6.12.0 lost one reference to
None on every call that returns nothing, and Python 3.11 (where None is not immortal)
aborts once None's count reaches zero ("none_dealloc"), mid-session or at exit."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_calls_that_return_nothing_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for n in range(2000):
        label.setText(str(n))
        label.setMinimumWidth(n % 50)
    assert sys.getrefcount(None) >= before - 10  # a few None held or dropped elsewhere, not 4000
