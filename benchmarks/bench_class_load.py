"""A class bank under load: many learners answering at once on a throw-away PostgreSQL.

Starts its own PostgreSQL cluster (as the tests' ``pg_cluster`` fixture does, with
room for the connections), sets up a class bank as its owner (``class init``), and
makes one login per simulated learner through :mod:`quizapp.study.classbank`. Then:

* **answers**: N learner processes (forked, each with its own login and its own
  engine, as N computers would be) record answers as the review screen does
  (``answer_once.record_answer_once``, with a client-made answer id) for a bounded
  time. Each client logs every answer it saw acknowledged (a token in the response
  text, also its answer id) and how long recording it took; the benchmark then reads
  the bank as its owner and checks that every acknowledged answer is there
  exactly once (0 lost, 0 duplicated).
* **quiz and report**: M learners take the same quiz over and over (start,
  answer every question, finish) while a teacher's login refreshes the set's
  class report in a loop; the same check on the quiz answers.

Figures: answers per second, p50/p95 time to record an answer (and to refresh the
report). Run by hand (PostgreSQL's binaries and psycopg needed):

    PYTHONPATH=$PWD .venv/bin/python benchmarks/bench_class_load.py --learners 200 --seconds 60
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import text

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))  # the tests' throw-away cluster (tests/conftest.py)

from conftest import PgCluster, _run, find_pg_bindir, running_cluster  # noqa: E402

from quizapp.content import sets  # noqa: E402
from quizapp.questiondata import QuestionData, SetData  # noqa: E402
from quizapp.startup import open_app_bank  # noqa: E402
from quizapp.store.bank import Bank, open_bank  # noqa: E402
from quizapp.study import answer_once, classbank, learners, quiz, review_queue, teacher_report  # noqa: E402
from quizapp.study.answering import Answer  # noqa: E402
from quizapp.study.classbank import Role  # noqa: E402

DATABASE = "school"
SET_NAME = "Load"
TOKEN = "bench"  # responses f"{TOKEN}:{login}:{n}" identify each answer a client made


@dataclass(frozen=True)
class Job:
    """What one client process does until ``deadline`` (a time.time() value)."""

    login: str
    url: str
    log: Path
    quiz: bool  # take the quiz over and over, else review
    set_id: int
    think: float  # mean seconds between answers (0: flat out)

    @property
    def prefix(self) -> str:
        return f"{TOKEN}:{'quiz' if self.quiz else 'review'}:{self.login}"


@contextmanager
def cluster_for(clients: int) -> Iterator[PgCluster]:
    """The tests' throw-away cluster, restarted with room for ``clients`` connections."""
    bindir = find_pg_bindir()
    if bindir is None:
        sys.exit("PostgreSQL is not installed (apt-get install postgresql)")
    with running_cluster(bindir) as cluster:
        cluster.admin_sql(f"ALTER SYSTEM SET max_connections = {clients + 40}")
        _run([str(bindir / "pg_ctl"), "restart", "-w", "-D", str(cluster.root / "data"),
              "-l", str(cluster.root / "server.log")])  # fmt: skip
        yield cluster


def set_up_class(cluster: PgCluster, logins: list[str], questions: int) -> tuple[Bank, int, dict]:
    """The class bank, its set of ``questions``, and a password per login (tess teaches)."""
    cluster.admin_sql(f"CREATE DATABASE {DATABASE}")
    owner = open_app_bank(cluster.admin_url(DATABASE))
    classbank.init_class(owner)
    items = [QuestionData(uid=f"q{i}", kind="short_answer", prompt=f"Q{i}?", answer=f"a{i}")
             for i in range(questions)]  # fmt: skip
    sets.add_set(owner, SetData(name=SET_NAME, questions=items))
    set_id = next(s.id for s in sets.list_sets(owner) if s.name == SET_NAME)
    passwords = {}
    for login in logins:
        passwords[login] = classbank.add_member(owner, login, Role.LEARNER).password
    passwords["tess"] = classbank.add_member(owner, "tess", Role.TEACHER).password
    return owner, set_id, passwords


def timed(log: Any, token: str, call: Callable[..., object], *args: Any, **kwargs: Any) -> None:
    """Run ``call``; once it returns (committed), log the token and the seconds it took."""
    start = time.perf_counter()
    call(*args, **kwargs)
    log.write(f"ok {token} {time.perf_counter() - start:.6f}\n")
    log.flush()


def _ready(go: Any, ready: Any) -> None:
    with ready.get_lock():
        ready.value += 1
    go.wait()


def client(job: Job, go: Any, ready: Any, deadline_box: Any) -> None:
    """One learner's computer: its own login and engine, answering until the deadline."""
    bank = open_bank(job.url)
    me = learners.list_learners(bank)[0].id
    with job.log.open("w") as log:
        _ready(go, ready)
        run = _quiz_loop if job.quiz else _review_loop
        try:
            run(bank, me, job, log, deadline_box.value)
        except Exception as exc:  # a benchmark counts failures, it does not stop
            log.write(f"error {type(exc).__name__}: {str(exc).splitlines()[0]}\n")
    bank.close()


def _review_loop(bank: Bank, me: int, job: Job, log: Any, deadline: float) -> None:
    queue = [i.question_id for i in review_queue.study_queue(bank, me, now=datetime.now(UTC))]
    rng = random.Random(job.login)
    n = 0
    while time.time() < deadline:
        token = f"{job.prefix}:{n}"
        answer = Answer(rng.choice((1, 3, 3, 4)), token, True, 1500, datetime.now(UTC))
        record = answer_once.record_answer_once
        timed(log, token, record, bank, me, queue[n % len(queue)], answer, answer_id=token)
        n += 1
        _think(rng, job.think)


def _quiz_loop(bank: Bank, me: int, job: Job, log: Any, deadline: float) -> None:
    rng = random.Random(job.login)
    n = 0
    while time.time() < deadline:
        run = quiz.start_quiz(bank, me, set_id=job.set_id, size=10, now=datetime.now(UTC))
        for item in run.items:
            token = f"{job.prefix}:{n}"
            answer = Answer(3, token, True, 1500, datetime.now(UTC))
            record = quiz.record_quiz_answer
            timed(log, token, record, bank, run.attempt_id, item.question_id, answer)
            n += 1
            _think(rng, job.think)
        quiz.finish_quiz(bank, run.attempt_id, now=datetime.now(UTC))


def _think(rng: random.Random, mean: float) -> None:
    """A learner reading the next question: 0 to twice ``mean`` seconds."""
    if mean > 0:
        time.sleep(rng.uniform(0, 2 * mean))


def teacher_loop(url: str, set_id: int, log: Path, go: Any, ready: Any, deadline_box: Any) -> None:
    """The teacher's class view, refreshed as fast as it comes back."""
    bank = open_bank(url)
    with log.open("w") as out:
        _ready(go, ready)
        n = 0
        while time.time() < deadline_box.value:
            timed(out, f"report:{n}", teacher_report.set_report, bank, set_id,
                  now=datetime.now(UTC))  # fmt: skip
            n += 1
    bank.close()


@dataclass
class Outcome:
    acked: list[str]
    seconds: list[float]
    errors: list[str]


def read_logs(logs: list[Path]) -> Outcome:
    out = Outcome([], [], [])
    for path in logs:
        for line in path.read_text().splitlines() if path.exists() else ["error no log"]:
            kind, rest = line.split(" ", 1)
            if kind == "ok":
                token, seconds = rest.rsplit(" ", 1)
                out.acked.append(token)
                out.seconds.append(float(seconds))
            else:
                out.errors.append(rest)
    return out


def bank_counts(owner: Bank, prefix: str) -> Counter[str]:
    """How many times the bank holds each answer of a phase (read as the owner)."""
    query = text(
        "SELECT response, count(*) FROM reviewlog WHERE response LIKE :t GROUP BY response"
    )
    with owner.engine.connect() as conn:
        return Counter({r: int(n) for r, n in conn.execute(query, {"t": f"{prefix}:%"})})


@dataclass(frozen=True)
class Phase:
    """One run: its clients (and the teacher's refreshing login and set, if any)."""

    name: str
    jobs: list[Job]
    teacher: tuple[str, int] | None = None


def run_phase(phase: Phase, seconds: float, folder: Path) -> tuple[Outcome, Outcome | None]:
    """Start every client, let them go together for ``seconds``, wait for them all."""
    ctx = mp.get_context("fork")  # the children share the parent's imports
    go, ready, deadline = ctx.Event(), ctx.Value("i", 0), ctx.Value("d", 0.0)
    procs = [ctx.Process(target=client, args=(job, go, ready, deadline)) for job in phase.jobs]
    report_log = folder / f"{phase.name}-teacher.log"
    if phase.teacher is not None:
        args = (*phase.teacher, report_log, go, ready, deadline)
        procs.append(ctx.Process(target=teacher_loop, args=args))
    for p in procs:
        p.start()
    while ready.value + sum(not p.is_alive() for p in procs) < len(procs):
        time.sleep(0.2)  # every client connected (or failed) before the clock starts
    deadline.value = time.time() + seconds
    go.set()
    for p in procs:
        p.join()
    report = read_logs([report_log]) if phase.teacher is not None else None
    return read_logs([j.log for j in phase.jobs]), report


def percentiles(seconds: list[float]) -> str:
    if len(seconds) < 2:
        return "n/a"
    cuts = statistics.quantiles(seconds, n=100)
    return f"p50 {cuts[49] * 1000:.1f} ms, p95 {cuts[94] * 1000:.1f} ms"


def check(owner: Bank, done: Outcome, phase: str, label: str, seconds: float) -> bool:
    """Print the figures; False when an acknowledged answer is missing or doubled."""
    counts = bank_counts(owner, f"{TOKEN}:{phase}")
    seen = set(done.acked)
    lost = sum(1 for t in seen if counts[t] == 0)
    doubled = sum(1 for t in seen if counts[t] > 1) + len(done.acked) - len(seen)
    unacked = sum(n for t, n in counts.items() if t not in seen)
    rate = len(done.acked) / seconds
    print(f"{label}: {len(done.acked)} answers acknowledged in {seconds:.0f} s = {rate:.1f}/s;")
    print(f"  time to record an answer: {percentiles(done.seconds)}")
    print(f"  lost {lost}, duplicated {doubled}, in the bank but never acknowledged {unacked}")
    first = f" (first: {done.errors[0]})" if done.errors else ""
    print(f"  client errors {len(done.errors)}{first}")
    return lost == 0 and doubled == 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--learners", type=int, default=200, help="answering learners")
    parser.add_argument("--seconds", type=float, default=60.0, help="how long each phase runs")
    parser.add_argument("--quiz-learners", type=int, default=30, help="learners taking the quiz")
    parser.add_argument("--think", type=float, default=0.0,
                        help="mean seconds between a learner's answers (0: flat out)")  # fmt: skip
    args = parser.parse_args()
    logins = [f"l{i:03d}" for i in range(max(args.learners, args.quiz_learners))]
    with cluster_for(len(logins) + 1) as cluster, tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        start = time.perf_counter()
        owner, set_id, passwords = set_up_class(cluster, logins, questions=40)
        took = time.perf_counter() - start
        print(f"class bank with {len(logins)} learner logins set up in {took:.1f} s;"
              f" think time {args.think} s, {args.seconds:.0f} s per phase")  # fmt: skip

        def jobs(names: list[str], quiz_mode: bool) -> list[Job]:
            phase = "quiz" if quiz_mode else "review"
            return [Job(n, cluster.login_url(DATABASE, n, passwords[n]),
                        folder / f"{phase}-{n}.log", quiz_mode, set_id, args.think)
                    for n in names]  # fmt: skip

        reviewing = Phase("review", jobs(logins[: args.learners], False))
        answers, _ = run_phase(reviewing, args.seconds, folder)
        ok = check(owner, answers, "review", f"{args.learners} learners reviewing", args.seconds)
        tess = (cluster.login_url(DATABASE, "tess", passwords["tess"]), set_id)
        quizzing = Phase("quiz", jobs(logins[: args.quiz_learners], True), tess)
        quizzes, report = run_phase(quizzing, args.seconds, folder)
        label = f"{args.quiz_learners} learners in the same quiz"
        ok = check(owner, quizzes, "quiz", label, args.seconds) and ok
        assert report is not None
        print(f"  meanwhile the teacher's class report refreshed {len(report.acked)} times:"
              f" {percentiles(report.seconds)}, errors {len(report.errors)}")  # fmt: skip
        owner.close()
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
