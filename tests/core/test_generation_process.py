"""The generator in a worker process: the same questions, its errors, cancel, and no model kept."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from quizapp.errors import QuizappError
from quizapp.generator.worker import GenerationCancelled, GenerationJob, generate_in_process

TEXT = (
    "The harbour museum of Port Ellis opened on 4 May 1998. Its founder, the shipwright "
    "Marta Olsen, gave the town 312 model ships. In 2006 the museum moved to the old "
    "customs house, and 41,000 people visited it that summer."
)


@pytest.mark.slow
def test_the_worker_finds_the_same_questions_and_the_model_stays_out_of_this_process() -> None:
    # Given an app process that has not loaded the language model (a fresh process: other
    # tests of this session may have generated in-process)
    script = (
        "import sys; from quizapp.generator.worker import generate_in_process; "
        f"generate_in_process({TEXT!r}); print('spacy' in sys.modules)"
    )
    # When it generates in a worker process, Then spaCy never loaded in the app's process
    loaded = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=True, timeout=300)  # fmt: skip
    assert loaded.stdout.strip() == "False"
    # And the questions are the generator's own, and progress came back
    seen: list[tuple[int, int]] = []
    found = generate_in_process(TEXT, progress=lambda done, total: seen.append((done, total)))
    from quizapp.generator import generate

    assert found == [q.to_data() for q in generate(TEXT)]
    assert seen and seen[-1][0] == seen[-1][1] > 0


def test_a_text_without_facts_is_the_generators_one_line_refusal() -> None:
    with pytest.raises(QuizappError, match="no usable facts found in the text") as caught:
        generate_in_process("Hi.")
    assert "\n" not in str(caught.value)


@pytest.mark.slow
def test_cancel_stops_the_worker() -> None:
    # Given a generation running in its worker
    job = GenerationJob(TEXT * 40)
    # When it is cancelled as its first progress report arrives
    with pytest.raises(GenerationCancelled):
        job.wait(progress=lambda _done, _total: job.cancel())
    # Then the worker process is gone
    assert not job._process.is_alive()


def test_a_crash_in_the_worker_is_one_line_not_a_hang() -> None:
    # Given input the generator cannot take at all, when the worker fails on it
    with pytest.raises(QuizappError, match=r"^the generator failed: TypeError") as caught:
        generate_in_process(12345)  # type: ignore[arg-type]
    # Then the app gets one line, and no other kind of error
    assert "\n" not in str(caught.value)


def ended(pid: int) -> bool:
    """Whether process ``pid`` has ended (gone, or a zombie its new parent has not reaped)."""
    try:
        return "\nState:\tZ" in Path(f"/proc/{pid}/status").read_text(encoding="utf-8")
    except OSError:
        return True


APP = """
import sys, time
from quizapp.generator.worker import GenerationJob
job = GenerationJob(sys.argv[1] * int(sys.argv[2]))
job._next()  # the first progress report: the worker is generating
print(job.pid, flush=True)
time.sleep(600)  # killed before the worker is done
"""


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc (Linux)")
def test_a_worker_ends_when_its_app_is_killed() -> None:
    # Given an app whose worker process is generating (its first progress report came)
    app = subprocess.Popen([sys.executable, "-c", APP, TEXT, "1000"], stdout=subprocess.PIPE,
                           text=True)  # fmt: skip
    assert app.stdout is not None
    worker = int(app.stdout.readline())
    assert not ended(worker)
    # When the app is killed (no chance to stop its worker)
    app.kill()
    app.wait()
    # Then the worker ends by itself within a few seconds
    deadline = time.monotonic() + 10  # the whole work takes far longer than this
    while not ended(worker) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert ended(worker)
