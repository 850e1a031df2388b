"""A worker that fails says why in one line, and says to restart when the code changed."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import pytest

from quizapp.errors import QuizappError
from quizapp.generator import worker
from quizapp.generator.worker import GenerationJob, code_changed


class OlderApp(GenerationJob):
    """A job as an app loaded before ``_work`` took the app's pid would start it."""

    def _work_args(self, text: str, options: dict[str, Any]) -> tuple[Any, ...]:
        return (text, options, self._out)


def test_a_worker_that_cannot_start_its_work_names_the_error() -> None:
    # Given a worker started with what older code passed to its work
    job = OlderApp("The museum opened on 4 May 1998.")
    # When the app waits for its questions
    with pytest.raises(QuizappError) as raised:
        job.wait()
    # Then the error names the worker's own last error line, on one line
    message = str(raised.value)
    assert message.startswith(
        "the generator failed: TypeError: _work() missing 1 required positional argument: 'app_pid'"
    )
    assert "\n" not in message


def test_a_failure_after_the_code_changed_says_to_restart(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Given an app loaded before every module on disk was written (the code changed under it)
    monkeypatch.setattr(worker, "LOADED_AT", 0.0)
    # When its worker fails, Then the message says to restart quizapp
    with pytest.raises(QuizappError, match=r"\(quizapp was updated while it was running: "
                       r"restart quizapp\)$"):  # fmt: skip
        OlderApp("The museum opened on 4 May 1998.").wait()


def test_code_changed_compares_the_modules_with_the_load_time(tmp_path: Path) -> None:
    module = tmp_path / "a.py"
    module.write_text("x = 1\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not code\n", encoding="utf-8")
    loaded = time.time() + 60
    assert not code_changed(tmp_path, loaded)
    os.utime(module, (loaded + 1, loaded + 1))
    assert code_changed(tmp_path, loaded)
