"""Fitting a learner's FSRS parameters to their own review history.

py-fsrs's optimizer needs torch (install ``quizapp[optimizer]``) and at least
:data:`MIN_REVIEWS` reviews that come a day or more after the card's previous
review (it returns the defaults below that). It holds the CPU for a while, so
:class:`OptimizerJob` runs it in a separate process and reports progress; new
parameters are kept only when they predict the learner's history better (lower
log loss, computed here without torch) than the current ones.
"""

from __future__ import annotations

import contextlib
import importlib.util
import math
import multiprocessing
import queue
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from fsrs import Card, Rating, ReviewLog, Scheduler
from sqlalchemy import func, select

from quizapp.errors import QuizappError
from quizapp.store import sqltime
from quizapp.store.bank import Bank
from quizapp.study import learners, scheduler
from quizapp.study.studydb import REVIEWS, learner_settings

MIN_REVIEWS = 512
INSTALL_HINT = 'install the optimizer with: pip install "quizapp[optimizer]"'
Progress = Callable[[float, str], None]  # (fraction done 0-1, what is happening)


@dataclass(frozen=True)
class OptimizerStatus:
    """Whether a learner's parameters can be fitted now, and why not."""

    reviews: int  # reviews a day or more after the card's previous one
    needed: int
    torch_installed: bool
    answers: int = 0  # every answer the learner gave (reviews and quizzes), for comparison

    @property
    def ready(self) -> bool:
        return self.torch_installed and self.reviews >= self.needed

    @property
    def message(self) -> str:
        if self.reviews < self.needed:
            return (
                f"{self.reviews} of the {self.needed} reviews on separate days needed "
                "to fit the scheduler to you"
            )
        if not self.torch_installed:
            return f"enough reviews to fit the scheduler to you; {INSTALL_HINT}"
        return "ready to fit the scheduler to your reviews"


@dataclass(frozen=True)
class FitResult:
    """The outcome of a fit: the parameters found and how well each set fits the history."""

    parameters: list[float]
    old_loss: float
    new_loss: float
    reviews: int

    @property
    def better(self) -> bool:
        return self.new_loss < self.old_loss


def torch_installed() -> bool:
    """Whether the optional optimizer dependencies are importable."""
    return all(importlib.util.find_spec(name) is not None for name in ("torch", "pandas"))


def countable_reviews(bank: Bank, learner_id: int) -> int:
    """Reviews coming a day (24 h) or more after the same card's previous review."""
    r = REVIEWS.c
    previous = func.lag(r.reviewed_at).over(partition_by=r.question_id, order_by=r.reviewed_at)
    history = (
        select(r.reviewed_at.label("at"), previous.label("prev"))
        .where(r.learner_id == learner_id, r.rating > 0)
        .subquery()
    )
    h = history.c
    query = select(func.count()).where(
        h.prev.is_not(None), sqltime.day_number(h.at) - sqltime.day_number(h.prev) >= 1
    )
    with bank.engine.connect() as conn:
        return int(conn.execute(query).scalar_one())


def answer_count(bank: Bank, learner_id: int) -> int:
    """Every answer the learner has given, reviews and quizzes alike."""
    query = select(func.count()).where(REVIEWS.c.learner_id == learner_id)
    with bank.engine.connect() as conn:
        return int(conn.execute(query).scalar_one())


def optimizer_status(bank: Bank, learner_id: int) -> OptimizerStatus:
    """How far the learner is from a fit, and whether torch is installed."""
    return OptimizerStatus(
        countable_reviews(bank, learner_id),
        MIN_REVIEWS,
        torch_installed(),
        answer_count(bank, learner_id),
    )


def review_history(bank: Bank, learner_id: int) -> list[ReviewLog]:
    """The learner's scheduled answers as fsrs review logs, oldest first."""
    r = REVIEWS.c
    query = (
        select(r.question_id, r.rating, r.reviewed_at, r.duration_ms)
        .where(r.learner_id == learner_id, r.rating > 0)
        .order_by(r.reviewed_at, r.id)
    )
    with bank.engine.connect() as conn:
        return [
            ReviewLog(qid, Rating(rating), scheduler.utc(at), ms)
            for qid, rating, at, ms in conn.execute(query)
        ]


def log_loss(parameters: Sequence[float] | None, logs: Sequence[ReviewLog]) -> float:
    """Mean log loss of the recall predictions of ``parameters`` over ``logs``.

    The same measure py-fsrs's optimizer minimises: each card replays its first
    64 reviews; reviews a day or more after the previous one are predicted.
    """
    sched = (
        Scheduler(parameters=tuple(parameters), enable_fuzzing=False)
        if parameters
        else (Scheduler(enable_fuzzing=False))
    )
    by_card: dict[int, list[ReviewLog]] = {}
    for log in sorted(logs, key=lambda x: x.review_datetime):
        by_card.setdefault(log.card_id, []).append(log)
    total, count = 0.0, 0
    for card_id, history in by_card.items():
        card = Card(card_id=card_id, due=history[0].review_datetime)
        for log in history[:64]:
            at = log.review_datetime
            if card.last_review is not None and (at - card.last_review).days > 0:
                p = min(max(sched.get_card_retrievability(card, at), 1e-7), 1 - 1e-7)
                total -= math.log(p) if log.rating != Rating.Again else math.log(1 - p)
                count += 1
            card, _ = sched.review_card(card, log.rating, at)
    return total / count if count else math.inf


def fit(
    logs: Sequence[ReviewLog],
    current: Sequence[float] | None,
    *,
    progress: Progress | None = None,
) -> FitResult:
    """Fit FSRS parameters to ``logs`` (needs torch); compare with ``current`` (None: defaults)."""
    if not torch_installed():
        raise QuizappError(f"fitting the scheduler needs torch; {INSTALL_HINT}")
    from fsrs import optimizer as fsrs_optimizer

    report = progress or (lambda _f, _m: None)
    report(0.0, "reading reviews")
    with _epoch_progress(fsrs_optimizer, report):
        found = fsrs_optimizer.Optimizer(list(logs)).compute_optimal_parameters()
    report(0.95, "comparing with the current parameters")
    result = FitResult(
        [float(x) for x in found], log_loss(current, logs), log_loss(found, logs), len(logs)
    )
    report(1.0, "done")
    return result


@contextlib.contextmanager
def _epoch_progress(module: Any, report: Progress) -> Iterator[None]:
    """Report each training epoch: py-fsrs only offers a tqdm bar, so wrap its ``tqdm``."""
    original = module.tqdm

    def counting(iterable: Any, **_kwargs: Any) -> Iterator[Any]:
        items = list(iterable)
        for i, item in enumerate(items):
            report(0.05 + 0.9 * i / len(items), f"training, pass {i + 1} of {len(items)}")
            yield item

    module.tqdm = counting
    try:
        yield
    finally:
        module.tqdm = original


def apply(bank: Bank, learner_id: int, result: FitResult) -> bool:
    """Store the fitted parameters if they fit better; returns whether they were kept."""
    if result.better:
        learners.set_parameters(bank, learner_id, result.parameters)
    return result.better


def optimize(bank: Bank, learner_id: int, *, progress: Progress | None = None) -> FitResult:
    """Fit the learner's parameters in this process and keep them if they fit better."""
    status = optimizer_status(bank, learner_id)
    if not status.ready:
        raise QuizappError(status.message)
    with bank.engine.connect() as conn:
        current = learner_settings(conn, learner_id).parameters
    result = fit(review_history(bank, learner_id), current, progress=progress)
    apply(bank, learner_id, result)
    return result


# --- running in a separate process ------------------------------------------------------


def _work(logs: list[ReviewLog], current: list[float] | None, out: Any) -> None:
    """The worker process: fit, sending ("progress", f, msg), then ("done"|"error", ...)."""
    try:
        result = fit(logs, current, progress=lambda f, m: out.put(("progress", f, m)))
        out.put(("done", result))
    except Exception as exc:  # reported to the parent as one line
        out.put(("error", str(exc) or type(exc).__name__))


class OptimizerJob:
    """A fit running in another process, so the GUI never freezes.

    Call :meth:`poll` from a timer: it returns the progress reports since the
    last call; once :attr:`done`, :attr:`result` or :attr:`error` is set. Then
    :func:`apply` keeps the parameters if they fit better.
    """

    def __init__(self, bank: Bank, learner_id: int) -> None:
        status = optimizer_status(bank, learner_id)
        if not status.ready:
            raise QuizappError(status.message)
        with bank.engine.connect() as conn:
            current = learner_settings(conn, learner_id).parameters
        self.learner_id = learner_id
        self.result: FitResult | None = None
        self.error: str | None = None
        context = multiprocessing.get_context("spawn")
        self._out: Any = context.Queue()
        logs = review_history(bank, learner_id)
        self._process = context.Process(
            target=_work, args=(logs, list(current) if current else None, self._out), daemon=True
        )
        self._process.start()

    @property
    def done(self) -> bool:
        return self.result is not None or self.error is not None

    def poll(self) -> list[tuple[float, str]]:
        """Progress reports since the last poll; sets result or error when the fit ends."""
        reports: list[tuple[float, str]] = []
        while not self.done:
            try:
                message = self._out.get_nowait()
            except queue.Empty:
                self._check_alive()
                break
            self._handle(message, reports)
        return reports

    def wait(self, *, progress: Progress | None = None) -> FitResult:
        """Block until the fit ends (for the CLI); raises QuizappError on failure."""
        while not self.done:
            try:
                message = self._out.get(timeout=0.5)
            except queue.Empty:
                self._check_alive()
                continue
            reports: list[tuple[float, str]] = []
            self._handle(message, reports)
            for fraction, text in reports:
                if progress is not None:
                    progress(fraction, text)
        self._process.join(5)
        if self.result is None:
            raise QuizappError(f"the optimizer failed: {self.error}")
        return self.result

    def _handle(self, message: tuple[Any, ...], reports: list[tuple[float, str]]) -> None:
        if message[0] == "progress":
            reports.append((message[1], message[2]))
        elif message[0] == "done":
            self.result = message[1]
        else:
            self.error = message[1]

    def _check_alive(self) -> None:
        if not self._process.is_alive() and self._out.empty() and not self.done:
            self.error = f"the optimizer stopped (exit code {self._process.exitcode})"

    def cancel(self) -> None:
        """Stop the worker process (if still running) and release it and its queue."""
        if self._process.is_alive():
            self._process.terminate()
        self._process.join(5)
        if not self.done:
            self.error = "cancelled"
        self._out.close()
        self._out.join_thread()
