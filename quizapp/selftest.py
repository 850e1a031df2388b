"""``quizapp --self-test``: prove an install or a bundle works, end to end, then exit.

Runs in a throw-away ``QUIZAPP_HOME``: opens a new bank (running the
migrations), loads the bundled sets, creates a learner, answers one question
through the review service, checks the answer is stored, backs the bank up and
checks the backup, then generates questions from a short built-in article (the
spaCy model, the place tables and the number words the generator reads at run
time). Nothing of the user's own files is touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from importlib.resources import files
from pathlib import Path
from typing import TextIO

from sqlalchemy import func
from sqlmodel import col, select

from quizapp import images, paths, resources
from quizapp.content.sets import add_set, list_sets
from quizapp.questiondata import QuestionData, QuestionKind, SetData
from quizapp.startup import open_app_bank
from quizapp.store.backup import make_backup
from quizapp.store.bank import Bank
from quizapp.store.integrity import integrity_problems
from quizapp.store.models import Question, ReviewLog
from quizapp.study import learners, review_queue
from quizapp.study.answering import Answer

# Written for the self-test: a date, a person, a country, figures in digits and in words.
SAMPLE_ARTICLE = (
    "On 14 March 2019, the engineer Maria Lindqvist opened a new bridge across the river "
    "in Norway. The bridge cost 320 million kroner and took four years to build. "
    "Lindqvist said the crossing would cut the journey to the coast by forty minutes.\n"
)


class SelfTestError(Exception):
    """A step of the self-test failed."""


@contextmanager
def _throwaway_home() -> Iterator[str]:
    previous = os.environ.get(paths.HOME_ENV)
    with tempfile.TemporaryDirectory(prefix="quizapp-self-test-") as home:
        os.environ[paths.HOME_ENV] = home
        try:
            yield home
        finally:
            if previous is None:
                os.environ.pop(paths.HOME_ENV, None)
            else:
                os.environ[paths.HOME_ENV] = previous


def run_self_test(out: TextIO | None = None) -> int:
    """Run every step; print one line each; 0 when all pass, 1 otherwise."""
    out = out or sys.stdout
    try:
        with _throwaway_home():
            for line in _steps():
                print(f"ok  {line}", file=out)
    except Exception as exc:  # the self-test reports anything that goes wrong
        print(f"self-test FAILED: {exc}", file=out)
        traceback.print_exc(file=out)
        return 1
    print("self-test passed", file=out)
    return 0


def _steps() -> Iterator[str]:
    yield from _check_packaged_data()
    bank = open_app_bank()
    try:
        yield f"opened a new bank at {bank.path}"
        summaries = list_sets(bank)
        if resources.bundled_sets() and not summaries:
            raise SelfTestError("the bundled question sets were not loaded")
        if not summaries:
            add_set(bank, _fallback_set())
            yield "no bundled question sets; added a one-question set"
        else:
            yield f"loaded {len(summaries)} bundled question sets"
        yield from _answer_one(bank)
    finally:
        bank.close()
    yield from _check_backup()
    yield images.self_check()
    yield from _check_generator()


def _check_packaged_data() -> Iterator[str]:
    if getattr(sys, "frozen", False):
        data = files("quizapp") / "_data"
        for name in ("questions", "resources"):
            if not (data / name).is_dir():
                raise SelfTestError(f"the bundle lacks quizapp/_data/{name}")
        yield "bundled data folders are in place"


def _fallback_set() -> SetData:
    card = QuestionData(uid="self-test", kind=QuestionKind.FLASHCARD, prompt="2 + 2", answer="4")
    return SetData(name="Self-test", questions=[card])


def _answer_one(bank: Bank) -> Iterator[str]:
    learner = learners.create_learner(bank, "Self-test learner")
    with bank.session() as session:
        question = session.exec(select(Question).order_by(col(Question.id))).first()
    if question is None or question.id is None:
        raise SelfTestError("the bank holds no question to answer")
    review_queue.record_answer(
        bank,
        learner.id,
        question.id,
        Answer(
            rating=3,
            response=question.answer,
            correct=True,
            duration_ms=1500,
            time=datetime.now(UTC),
        ),
    )
    with bank.session() as session:
        stored = session.exec(
            select(func.count())
            .select_from(ReviewLog)
            .where(ReviewLog.learner_id == learner.id, ReviewLog.question_id == question.id)
        ).one()
    if stored != 1:
        raise SelfTestError(f"the answer was not stored (found {stored} review rows)")
    yield f"created a learner and recorded an answer to question {question.uid!r}"


def _check_backup() -> Iterator[str]:
    made = make_backup(None, now=datetime.now(UTC), reason="self-test")
    problems = integrity_problems(made.path)
    if problems:
        raise SelfTestError(f"the backup failed its integrity check: {problems[0]}")
    yield f"made and checked a backup ({made.size} bytes)"


def _check_generator() -> Iterator[str]:
    """The generator and every data file it reads (the model, place tables, number words).

    The data files are checked directly, not through which questions come out: the
    generator keeps only its best questions, so a short text need not ask about each.
    """
    from number_parser import parse_number

    from quizapp.generator import generate, read_article
    from quizapp.generator.facts.gazetteer import gazetteer

    path = Path(os.environ[paths.HOME_ENV]) / "self-test-article.txt"
    path.write_text(SAMPLE_ARTICLE, encoding="utf-8")
    questions = generate(read_article(path).text)
    kinds = {q.fact_kind for q in questions}
    missing = {"actor", "figure"} - kinds
    if missing:
        raise SelfTestError(f"the generator found no {', '.join(sorted(missing))} question")
    places = gazetteer()
    norway = places.lookup("Norway")
    if norway is None or "Sweden" not in places.neighbours("NO") or not places.cities("NO"):
        raise SelfTestError("the generator's place tables are missing or incomplete")
    if parse_number("forty") != 40:
        raise SelfTestError("the generator's number words are missing")
    yield f"generated {len(questions)} questions from a short article"
