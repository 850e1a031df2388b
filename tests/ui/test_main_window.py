"""The first window: opens on a bank, lists its sets with counts, closes cleanly."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from quizapp.ui.main_window import MainWindow


def test_window_lists_bundled_sets(qtbot: QtBot, tmp_path: Path) -> None:
    # Given a new bank, when the window opens on it
    window = MainWindow(db=tmp_path / "bank.sqlite3")
    qtbot.addWidget(window)
    window.show()
    # Then the bundled set is listed with its question count
    rows = window.home.rows()
    assert rows, "the bundled set should be loaded into a new bank"
    names = [window.home.table.item(i, 0).text() for i in range(window.home.table.rowCount())]
    assert names == [r.name for r in rows]
    counts = [int(window.home.table.item(i, 3).text()) for i in range(window.home.table.rowCount())]
    assert max(counts) >= 40
    # And it closes cleanly, releasing the bank
    assert window.close()
