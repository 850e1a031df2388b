"""Run core work off the GUI thread, with success and failure callbacks on the GUI thread.

:func:`run_in_background` runs one piece of work; :class:`BackgroundTasks` also
counts the work under way and shows a busy bar in a status bar while it runs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QProgressBar, QStatusBar

T = TypeVar("T")
Progress = Callable[[int, int], None]


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class _Job(QRunnable, Generic[T]):
    def __init__(self, work: Callable[[Progress], T], relay: _Relay) -> None:
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
    work: Callable[[Progress], T],
    *,
    on_success: Callable[[T], None],
    on_failure: Callable[[BaseException], None],
    on_progress: Progress | None = None,
) -> None:
    """Run ``work(progress)`` on a worker thread; callbacks run on the GUI thread."""
    relay = _Relay()
    _running.add(relay)

    def succeeded(value: T) -> None:
        _running.discard(relay)
        on_success(value)

    def failed(exc: BaseException) -> None:
        _running.discard(relay)
        on_failure(exc)

    relay.succeeded.connect(succeeded)
    relay.failed.connect(failed)
    if on_progress is not None:
        relay.progressed.connect(on_progress)
    QThreadPool.globalInstance().start(_Job(work, relay))


class BackgroundTasks:
    """Work on worker threads, counted, with a busy bar in ``status`` while a message shows."""

    def __init__(self, status: QStatusBar) -> None:
        self.status = status
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.busy.setMaximumHeight(10)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName("Working")
        self.busy.hide()
        status.addPermanentWidget(self.busy)
        self.jobs = 0  # work running on worker threads
        self.closing = False  # set as the window closes: results then go nowhere
        self._when_idle: list[Callable[[], None]] = []

    def working(self) -> bool:
        """Whether any work is running."""
        return self.jobs > 0

    def when_idle(self, call: Callable[[], None]) -> None:
        """Call ``call`` (on the GUI thread) once the work under way has finished."""
        if self.working():
            self._when_idle.append(call)
        else:
            call()

    def _idle(self) -> None:
        if self.jobs:
            return
        waiting, self._when_idle = self._when_idle, []
        for call in waiting:
            call()

    def run(
        self,
        work: Callable[[], T],
        done: Callable[[T], None],
        failed: Callable[[BaseException], None],
        *,
        message: str = "",
    ) -> None:
        """Run ``work`` on a worker thread, counted in :attr:`jobs`; results on this thread.

        With ``message``, the busy bar and the message show until it ends.
        """
        self.jobs += 1
        if message:
            self.busy.show()
            self.status.showMessage(message)

        def finished() -> bool:
            self.jobs -= 1
            if not self.jobs:
                self.busy.hide()
            if message:
                self.status.clearMessage()
            return not self.closing

        def succeeded(value: T) -> None:
            if finished():
                done(value)
            self._idle()

        def went_wrong(exc: BaseException) -> None:
            if finished():
                failed(exc)
            self._idle()

        run_in_background(lambda _progress: work(), on_success=succeeded, on_failure=went_wrong)
