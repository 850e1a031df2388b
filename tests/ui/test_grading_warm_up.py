"""Grading's word and place lists load on a daemon thread after start-up, and a failure
there never reaches the GUI (its excepthook would show an error dialog)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from quizapp.study import grading
from quizapp.ui import app
from quizapp.ui.app import start_grading_warm_up


class _OpeningWindow(QWidget):
    """A real widget with the one thing the warm-up reads of the main window: its bank."""

    bank: object | None = None


def test_the_warm_up_runs_on_a_daemon_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    ran: list[str] = []
    monkeypatch.setattr(grading, "warm_up", lambda: ran.append(threading.current_thread().name))
    thread = start_grading_warm_up()
    thread.join(5)
    assert thread.daemon
    assert ran == [thread.name]
    assert ran != [threading.main_thread().name]


def test_a_failing_warm_up_raises_nowhere(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> None:
        raise OSError("the place list is unreadable")

    raised: list[object] = []
    monkeypatch.setattr(grading, "warm_up", broken)
    monkeypatch.setattr(threading, "excepthook", raised.append)
    start_grading_warm_up().join(5)
    assert raised == []


def test_the_warm_up_waits_for_the_bank_to_open(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given a window whose bank is still opening (its thread importing the bank's modules)
    started: list[str] = []
    monkeypatch.setattr(app, "start_grading_warm_up", lambda: started.append("warm-up"))
    monkeypatch.setattr(app, "_WARM_UP_DELAY_MS", 20)
    window = _OpeningWindow()  # bank None: as MainWindow's while it opens
    qtbot.addWidget(window)
    window.show()
    # When the warm-up is due, it waits
    app.warm_up_once_open(window)
    qtbot.wait(100)
    assert started == []
    # Then it starts once the bank is open
    window.bank = object()
    qtbot.waitUntil(lambda: started == ["warm-up"], timeout=2000)
