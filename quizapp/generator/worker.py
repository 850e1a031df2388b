"""The question generator run in a process of its own, so its memory leaves with it.

The generator's language model (spaCy) takes close to 300 MB once loaded and
would stay in the app for the rest of the session; run here, it loads in a
spawned worker process that ends with the work, and the app's memory goes back
to what it was. Progress comes back through a queue; :meth:`GenerationJob.cancel`
stops the worker (the window's dialog does on Stop and whenever it closes), and a worker
whose app has gone ends by itself. Spawned workers also start under a frozen bundle, whose
launcher calls ``multiprocessing.freeze_support()``.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import threading
import time
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Any

from quizapp.errors import QuizappError
from quizapp.questiondata import QuestionData

Progress = Callable[[int, int], None]
POLL_SECONDS = 0.1
WATCH_SECONDS = 0.5  # how often the worker checks that the app that started it still runs
LOADED_AT = time.time()  # the app's code on disk is compared with this (see code_changed)
RESTART = "quizapp was updated while it was running: restart quizapp"


class Message(Enum):
    """What the worker sends back, first in each message it puts on the queue."""

    PROGRESS = "progress"  # (done, total)
    DONE = "done"  # the questions
    REFUSED = "refused"  # a QuizappError's message: the text has no usable facts
    CRASHED = "crashed"  # any other error, as one line


class GenerationCancelled(QuizappError):
    """The generation was stopped before it ended."""


def _end_with(app_pid: int) -> None:
    """In the worker: a thread that ends the worker once the app that started it is gone
    (killed, or ended at once without stopping its workers): no orphan keeps generating."""

    def watch() -> None:
        while os.getppid() == app_pid:
            time.sleep(WATCH_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="watch-app", daemon=True).start()


def _work(text: str, options: dict[str, Any], out: Any, app_pid: int) -> None:
    """The worker process: generate, sending progress, then the questions or the error."""
    _end_with(app_pid)
    try:
        from quizapp.generator import generate

        found = generate(
            text, progress=lambda done, total: out.put((Message.PROGRESS, (done, total))), **options
        )
        out.put((Message.DONE, [question.to_data() for question in found]))
    except QuizappError as exc:
        out.put((Message.REFUSED, str(exc)))
    except Exception as exc:  # reported to the app as one line
        out.put((Message.CRASHED, f"{type(exc).__name__}: {exc}"))


def last_line(text: str) -> str:
    """The last non-blank line of ``text`` (an error's most telling one)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else ""


def code_changed(root: Path | None = None, since: float | None = None) -> bool:
    """Whether a module of quizapp (under ``root``) changed on disk after ``since`` (when this
    module was loaded): a worker would then run other code than the app's."""
    root = root or Path(__file__).parent
    since = LOADED_AT if since is None else since
    try:
        return any(path.stat().st_mtime > since for path in root.rglob("*.py"))
    except OSError:
        return False


def failure(message: str) -> QuizappError:
    """The error for a worker that failed with ``message``, saying to restart when the
    code changed under the running app."""
    if code_changed():
        message = f"{message} ({RESTART})"
    return QuizappError(message)


class WorkerProcess(multiprocessing.context.SpawnProcess):
    """A spawned worker that reports any error of its own, even one before its work
    starts (a worker run by code that changed under the app), as one line on ``out``."""

    def __init__(self, target: Callable[..., None], args: tuple[Any, ...], out: Any) -> None:
        super().__init__(target=target, args=args, daemon=True)
        self.out = out

    def run(self) -> None:
        try:
            super().run()
        except Exception as exc:
            self.out.put((Message.CRASHED, last_line(f"{type(exc).__name__}: {exc}")))
            raise


class GenerationJob:
    """One generation running in a spawned worker process."""

    def __init__(self, text: str, *, name: str = "the text", max_questions: int | None = None):
        options: dict[str, Any] = {"name": name}
        if max_questions is not None:  # only generators that take it are asked for it
            options["max_questions"] = max_questions
        context = multiprocessing.get_context("spawn")
        self._out: Any = context.Queue()
        self._cancelled = threading.Event()
        self._process = WorkerProcess(_work, self._work_args(text, options), self._out)
        self._process.start()

    def _work_args(self, text: str, options: dict[str, Any]) -> tuple[Any, ...]:
        """What the worker's :func:`_work` is called with."""
        return (text, options, self._out, os.getpid())

    @property
    def pid(self) -> int | None:
        """The worker process's id (None before it started)."""
        return self._process.pid

    def wait(self, *, progress: Progress | None = None) -> list[QuestionData]:
        """The questions, once the worker is done; raises QuizappError when it could not."""
        try:
            while True:
                kind, value = self._next()
                if kind is Message.PROGRESS:
                    if progress is not None:
                        progress(*value)
                elif kind is Message.DONE:
                    return list(value)
                elif kind is Message.REFUSED:
                    raise QuizappError(value)
                else:
                    raise failure(f"the generator failed: {last_line(str(value))}")
        finally:
            self._stop()

    def _next(self) -> tuple[Message, Any]:
        while True:
            if self._cancelled.is_set():
                raise GenerationCancelled("generating questions was cancelled")
            try:
                message: tuple[Message, Any] = self._out.get(timeout=POLL_SECONDS)
                return message
            except queue.Empty:
                if self._cancelled.is_set():
                    continue  # said at the top of the loop
                if not self._process.is_alive() and self._out.empty():
                    code = self._process.exitcode
                    raise failure(f"the generator stopped (exit code {code})") from None

    def cancel(self) -> None:
        """Stop the worker; :meth:`wait` (on any thread) then raises GenerationCancelled."""
        self._cancelled.set()
        if self._process.is_alive():
            self._process.terminate()

    def _stop(self) -> None:
        if self._process.is_alive():
            self._process.terminate()
        self._process.join(5)
        self._out.close()
        self._out.join_thread()


def generate_in_process(
    text: str,
    *,
    progress: Progress | None = None,
    name: str = "the text",
    max_questions: int | None = None,
) -> list[QuestionData]:
    """:func:`quizapp.generator.generate` in a worker process, as QuestionData."""
    return GenerationJob(text, name=name, max_questions=max_questions).wait(progress=progress)
