"""Grading's word and place lists load on a daemon thread after start-up, and a failure
there never reaches the GUI (its excepthook would show an error dialog)."""

from __future__ import annotations

import threading

import pytest

from quizapp.study import grading
from quizapp.ui.app import start_grading_warm_up


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
