"""The generator in a worker process: the same questions, its errors, cancel, and no model kept."""

from __future__ import annotations

import subprocess
import sys

import pytest

from quizapp.errors import QuizappError
from quizapp.generation_process import GenerationCancelled, GenerationJob, generate_in_process

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
        "import sys; from quizapp.generation_process import generate_in_process; "
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
