"""Run core work off the GUI thread, with success and failure callbacks on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class _Job(QRunnable):
    def __init__(self, work: Callable[[Callable[[int, int], None]], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work(self._relay.progressed.emit)
        except Exception as exc:  # handed to the GUI, which shows it as a message
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


_running: set[_Relay] = set()


def run_in_background(
    work: Callable[[Callable[[int, int], None]], Any],
    *,
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
    on_progress: Callable[[int, int], None] | None = None,
) -> None:
    """Run ``work(progress)`` on a worker thread; callbacks run on the GUI thread."""
    relay = _Relay()
    _running.add(relay)

    def done(callback: Callable[[Any], None]) -> Callable[[Any], None]:
        def finish(value: Any) -> None:
            _running.discard(relay)
            callback(value)

        return finish

    relay.succeeded.connect(done(on_success))
    relay.failed.connect(done(on_failure))
    if on_progress is not None:
        relay.progressed.connect(on_progress)
    QThreadPool.globalInstance().start(_Job(work, relay))
