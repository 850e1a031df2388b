"""Scheduling speed: quizapp against Anki's Rust backend on the same simulated year.

Takes banks of 1,000, 10,000 (and, with ``--sizes 100000``, 100,000)
questions with a year of simulated history for one learner (FSRS at 90 %
retention, every card reviewed when due, recall drawn from fsrs's own
prediction) and the same history in an Anki collection (FSRS on, a review cap
that Anki honours, and quizapp's queue cut to the same count, so both build the
same queue), built once and kept by bench_banks.py; then measures for both, on
fresh copies:
opening the bank, getting the next due card (building the queue), recording an
answer (median of 1,000: every answer is Again, so learning cards keep coming
back as learn-ahead cards in both apps and small banks still give 1,000
answers; with the intervals the grade buttons show, the app's data layer per answer,
beside Anki's next card and answer) and computing a year of statistics; then both
banks' sizes.

Run by hand:  .venv/bin/python benchmarks/bench_scheduler.py [--sizes 1000 10000 100000]
Needs ``pip install anki`` in the venv (a benchmark-only oracle, not a dependency);
without it, quizapp's side alone, and the table says why.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from fsrs import Card, Rating, Scheduler, State

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quizapp.store.bank import open_bank
from quizapp.study import answer_once, answering, learners, review_queue, stats, summaries
from quizapp.study.answering import Answer

DAYS = 365
ANSWERS = 1000
REPEATS = 5


@dataclass
class History:
    """The simulated year: final cards and every review, per question index."""

    now: datetime
    cards: list[Card] = field(default_factory=list)
    first: list[datetime] = field(default_factory=list)
    reps: list[int] = field(default_factory=list)
    lapses: list[int] = field(default_factory=list)
    # (question index, time, rating, duration ms, card before as dict | None, elapsed before)
    reviews: list[tuple[int, datetime, int, int, dict[str, Any] | None]] = field(
        default_factory=list
    )


def simulate(n: int, now: datetime, seed: int = 7) -> History:
    random.seed(seed)  # fsrs's fuzz uses the global random
    rng = random.Random(seed)
    sched = Scheduler(desired_retention=0.9)
    start = now - timedelta(days=DAYS)
    history = History(now=now)
    for i in range(n):
        at = start + timedelta(days=DAYS * i / n, minutes=rng.randrange(600))
        card = Card(card_id=i + 1, due=at)
        history.first.append(at)
        reps = lapses = 0
        before: dict[str, Any] | None = None
        while at < now:
            odds = sched.get_card_retrievability(card, at) if card.last_review else 0.7
            recalled = rng.random() < odds
            roll = rng.random()
            if not recalled:
                rating = Rating.Again
            else:
                rating = Rating.Hard if roll < 0.1 else Rating.Easy if roll > 0.95 else Rating.Good
            if card.state == State.Review and rating == Rating.Again:
                lapses += 1
            history.reviews.append((i, at, int(rating), rng.randrange(2000, 15000), before))
            card, _ = sched.review_card(card, rating, at)
            before = card.to_dict()
            reps += 1
            at = card.due + timedelta(minutes=rng.randrange(60))
        history.cards.append(card)
        history.reps.append(reps)
        history.lapses.append(lapses)
    return history


def stamp(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


# --- quizapp ------------------------------------------------------------------------


def micros(iso: str | None) -> int | None:
    """An fsrs ISO time as the review log keeps it (microseconds since 1970, UTC)."""
    if iso is None:
        return None
    return (datetime.fromisoformat(iso) - datetime(1970, 1, 1, tzinfo=UTC)) // timedelta(
        microseconds=1
    )


def card_before(before: dict[str, Any] | None) -> tuple[Any, ...]:
    """The review log's prev_ columns of a card as fsrs's to_dict gave it (None: new)."""
    if before is None:
        return (None,) * 6
    return (before["state"], before["step"], before["stability"], before["difficulty"],
            micros(before["due"]), micros(before["last_review"]))  # fmt: skip


def build_quizapp(path: Path, history: History) -> int:
    rng = random.Random(3)  # the answer ids (uuid4().hex in the app: 32 hex digits)
    bank = open_bank(path)
    learner = learners.create_learner(bank, "Bench", timezone="UTC", day_start_hour=4)
    bank.close()
    db = sqlite3.connect(path)
    db.execute("INSERT INTO questionset (name, description, created_at, updated_at) "
               "VALUES ('Bench', '', ?, ?)", (stamp(history.now), stamp(history.now)))  # fmt: skip
    db.executemany(
        "INSERT INTO question (id, set_id, uid, position, kind, prompt, answer, accepted, "
        "explanation, tags) VALUES (?, 1, ?, ?, 'flashcard', ?, 'back', '[]', '', '[]')",
        [(i + 1, f"q{i}", i, f"front {i}") for i in range(len(history.cards))],
    )
    db.executemany(
        "INSERT INTO cardstate (learner_id, question_id, state, step, stability, difficulty, "
        "due, last_review, introduced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (learner.id, i + 1, int(c.state), c.step, c.stability, c.difficulty, stamp(c.due),
             stamp(c.last_review) if c.last_review else None, stamp(history.first[i]))
            for i, c in enumerate(history.cards)
        ],
    )  # fmt: skip
    db.executemany(
        "INSERT INTO reviewlog (id, learner_id, question_id, response, correct, duration_ms, "
        "rating, reviewed_at, prev_state, prev_step, prev_stability, prev_difficulty, prev_due, "
        "prev_last_review) VALUES (?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (n + 1, learner.id, i + 1, rating > 1, ms, rating, stamp(at), *card_before(before))
            for n, (i, at, rating, ms, before) in enumerate(history.reviews)
        ],
    )  # fmt: skip
    # The review screen gives every answer an id (answer_once), kept a week beside its review
    # (recentanswer; older ones are deleted as answers go in): the last week's answers have one.
    since = history.now - answering.RECENT_ANSWERS
    db.executemany(
        "INSERT INTO recentanswer (review_id, answer_id, learner_id, made_at) VALUES (?, ?, ?, ?)",
        [
            (n + 1, rng.getrandbits(128).to_bytes(16, "big").hex(), learner.id,
             micros(at.isoformat()))
            for n, (_i, at, _rating, _ms, _before) in enumerate(history.reviews) if at >= since
        ],
    )  # fmt: skip
    db.commit()
    db.close()
    bank = open_bank(path)
    summaries.rebuild_bank(bank)  # the per-day and per-card totals answers keep
    bank.close()
    db = sqlite3.connect(path)
    db.execute("ANALYZE")
    db.close()
    return learner.id


def measure_quizapp(path: Path, learner_id: int, cap: int | None) -> dict[str, float]:
    """quizapp's figures; ``cap`` cuts the whole queue to Anki's count (the same work)."""
    figures: dict[str, list[float]] = {"open": [], "queue": [], "first": [], "stats": []}
    for _ in range(REPEATS):
        now = datetime.now(UTC)
        t0 = time.perf_counter()
        bank = open_bank(path)
        with bank.engine.connect() as conn:  # open = engine plus a first real query
            review_queue.learner_settings(conn, learner_id)
        t1 = time.perf_counter()
        queue = review_queue.study_queue(bank, learner_id, now=now, limit=cap)
        t2 = time.perf_counter()
        review_queue.study_queue(bank, learner_id, now=now, limit=1)
        t3 = time.perf_counter()
        stats.learner_stats(bank, learner_id, now=now)
        t4 = time.perf_counter()
        bank.close()
        figures["open"].append(t1 - t0)
        figures["queue"].append(t2 - t1)
        figures["first"].append(t3 - t2)
        figures["stats"].append(t4 - t3)
    bank = open_bank(path)
    timings = []
    queue = review_queue.study_queue(bank, learner_id, now=datetime.now(UTC), limit=cap)
    screen = []  # what the review screen asks per card: the grades' intervals, the answer
    for _ in range(ANSWERS):  # like the screen: take the next card, answer it (Again)
        item = review_queue.study_queue(bank, learner_id, now=datetime.now(UTC), limit=1)
        if not item:
            break
        t0 = time.perf_counter()
        review_queue.preview_intervals(bank, learner_id, item[0].question_id, now=datetime.now(UTC))
        answer_id = answer_once.new_answer_id()  # as the review screen records an answer
        t1 = time.perf_counter()
        answer_once.record_answer_once(
            bank,
            learner_id,
            item[0].question_id,
            Answer(rating=1, response="", correct=False, duration_ms=4000, time=datetime.now(UTC)),
            answer_id=answer_id,
        )
        t2 = time.perf_counter()
        timings.append(t2 - t1)
        screen.append(t2 - t0)
    bank.close()
    result = {k: statistics.median(v) for k, v in figures.items()}
    result["answer"] = statistics.median(timings)
    result["screen"] = statistics.median(screen)
    result["due"] = len(queue)
    result["answers"] = len(timings)
    return result


# --- Anki ---------------------------------------------------------------------------


def build_anki(path: Path, history: History) -> None:
    from anki.collection import AddNoteRequest, Collection

    col = Collection(str(path))
    col.set_config("fsrs", True)
    conf = col.decks.config_dict_for_deck_id(1)
    # Anki caps the daily review limit silently (99999 gave a queue of 226 cards at 100k):
    # ask for what it honours, and measure_quizapp cuts its queue to the count Anki reports
    conf["rev"]["perDay"] = 9999
    conf["desiredRetention"] = 0.9
    col.decks.save(conf)
    basic = col.models.by_name("Basic")
    assert basic is not None
    for chunk in range(0, len(history.cards), 5000):
        requests = []
        for i in range(chunk, min(chunk + 5000, len(history.cards))):
            note = col.new_note(basic)
            note["Front"], note["Back"] = f"front {i}", "back"
            requests.append(AddNoteRequest(note=note, deck_id=1))  # type: ignore[arg-type]
        col.add_notes(requests)
    card_ids = col.db.list("SELECT id FROM cards ORDER BY nid")
    start = history.now - timedelta(days=DAYS + 1)
    crt = int(start.replace(hour=4, minute=0, second=0, microsecond=0).timestamp())
    col.db.execute("UPDATE col SET crt = ?", crt)
    rows = []
    for i, card in enumerate(history.cards):
        due_secs = int(card.due.timestamp())
        last = card.last_review or card.due
        data = json.dumps({"s": card.stability, "d": card.difficulty, "dr": 0.9,
                           "lrt": int(last.timestamp())})  # fmt: skip
        if card.state == State.Review:
            kind, queue, due = 2, 2, (due_secs - crt) // 86400
            ivl = max(1, (card.due - last).days)
        else:
            kind, queue, due, ivl = (1 if card.state == State.Learning else 3), 1, due_secs, 0
        rows.append((kind, queue, due, ivl, history.reps[i], history.lapses[i], data, card_ids[i]))
    col.db.transact(
        lambda: col.db.executemany(  # one transaction, not one per row
            "UPDATE cards SET type=?, queue=?, due=?, ivl=?, reps=?, lapses=?, left=1, data=? "
            "WHERE id=?",
            rows,
        )
    )
    revlog = []
    used: set[int] = set()
    for i, at, rating, ms, before in history.reviews:
        rid = int(at.timestamp() * 1000)
        while rid in used:
            rid += 1
        used.add(rid)
        state = before["state"] if before else 0
        kind = {0: 0, 1: 0, 2: 1, 3: 2}[state]
        revlog.append((rid, card_ids[i], rating, 1, 0, 0, ms, kind))
    col.db.transact(
        lambda: col.db.executemany(
            "INSERT INTO revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type) "
            "VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)",
            [(r[0], r[1], r[2], r[3], r[4], 2500, r[6], r[7]) for r in revlog],
        )
    )
    col.db.execute("ANALYZE")
    col.close()


def measure_anki(path: Path) -> dict[str, float]:
    from anki.collection import Collection
    from anki.scheduler.v3 import CardAnswer

    figures: dict[str, list[float]] = {"open": [], "queue": [], "stats": []}
    due = 0
    for _ in range(REPEATS):
        t0 = time.perf_counter()
        col = Collection(str(path))
        t1 = time.perf_counter()
        queued = col.sched.get_queued_cards(fetch_limit=1)
        t2 = time.perf_counter()
        col._backend.graphs(search="", days=365)
        t3 = time.perf_counter()
        due = queued.review_count + queued.learning_count + queued.new_count
        col.close()
        figures["open"].append(t1 - t0)
        figures["queue"].append(t2 - t1)
        figures["stats"].append(t3 - t2)
    col = Collection(str(path))
    timings = []
    screen = []  # what Anki's reviewer asks per card: the next card with its states, the answer
    for _ in range(ANSWERS):
        t_queue = time.perf_counter()
        queued = col.sched.get_queued_cards(fetch_limit=1)
        queue_time = time.perf_counter() - t_queue
        if not queued.cards:
            break
        top = queued.cards[0]
        card = col.get_card(top.card.id)
        card.start_timer()
        answer = col.sched.build_answer(card=card, states=top.states, rating=CardAnswer.AGAIN)
        t0 = time.perf_counter()
        col.sched.answer_card(answer)
        timings.append(time.perf_counter() - t0)
        screen.append(timings[-1] + queue_time)
    col.close()
    result = {k: statistics.median(v) for k, v in figures.items()}
    result["answer"] = statistics.median(timings)
    result["screen"] = statistics.median(screen)
    result["due"] = due
    result["answers"] = len(timings)
    return result


# --- the table ------------------------------------------------------------------------


def anki_missing() -> str | None:
    """Why Anki's side cannot run here, or None when it can."""
    try:
        import anki  # noqa: F401
    except ImportError as error:
        return f"Anki's library is not installed ({error}): pip install anki"
    return None


def answer_id_bytes(path: Path) -> int | None:
    """What the recent answer ids take in a bank (their table and indexes), None if unknown."""
    db = sqlite3.connect(path)
    try:
        pages = db.execute(
            "SELECT sum(pgsize) FROM dbstat WHERE name IN"
            " ('recentanswer', 'ux_recentanswer_answer_id', 'ix_recentanswer_made_at')"
        )
        return int(pages.fetchone()[0] or 0)
    except sqlite3.Error:  # SQLite built without dbstat
        return None
    finally:
        db.close()


def measure(size: int, scratch: Path) -> dict[str, Any]:
    """Both sides' figures on working copies of the kept banks of ``size`` questions."""
    from bench_banks import banks, working_copy

    pair = banks(size)
    figures: dict[str, Any] = {"reviews": pair.reviews, "anki_missing": anki_missing()}
    cap = None
    if figures["anki_missing"] is None:
        theirs = measure_anki(working_copy(pair.anki, scratch / "anki"))
        figures["anki"] = theirs
        figures["anki"]["size"] = bank_bytes(pair.anki)
        cap = int(theirs["due"])
    ours = measure_quizapp(working_copy(pair.quizapp, scratch / "quizapp"), pair.learner_id, cap)
    figures["quizapp"] = ours
    figures["quizapp"]["size"] = bank_bytes(pair.quizapp)
    figures["quizapp"]["answer_ids"] = answer_id_bytes(pair.quizapp)
    return figures


ROWS = [
    ("open the bank", "open", "open"),
    ("next due card (whole queue)", "queue", "queue"),
    ("next due card (limit 1)", "first", "queue"),
    ("record an answer (median)", "answer", "answer"),
    ("data layer per answer in the app", "screen", "screen"),
    ("statistics for a year", "stats", "stats"),
]


def run(n: int, scratch: Path) -> None:
    print(f"\n{n:,} questions", flush=True)
    figures = measure(n, scratch)
    ours, theirs = figures["quizapp"], figures.get("anki")
    print(f"  {figures['reviews']:,} reviews in the history")
    if theirs is None:
        print(f"  Anki: not measured: {figures['anki_missing']}")
        theirs = {key: float("nan") for key in ours}
    print(f"  cards in the queue: quizapp {ours['due']:.0f}, Anki {theirs['due']:.0f}; "
          f"answers timed: {ours['answers']:.0f} / {theirs['answers']:.0f}")  # fmt: skip
    print(f"  {'':34} {'quizapp':>10} {'Anki':>10} {'ratio':>7}")
    for label, ours_key, anki_key in ROWS:
        a, b = ours[ours_key], theirs[anki_key]
        print(f"  {label:34} {a * 1000:8.2f}ms {b * 1000:8.2f}ms {a / b:7.2f}")
    a, b = ours["size"], theirs["size"]
    label = "bank size (target <= 1.5 x Anki)"
    print(f"  {label:34} {a / 1e6:8.1f}MB {b / 1e6:8.1f}MB {a / b:7.2f}")


def bank_bytes(path: Path) -> int:
    """A bank's size on disk: the file and any write-ahead log beside it."""
    wal = path.with_name(path.name + "-wal")
    return path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--json", metavar="FILE", help="write the figures here instead")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        if args.json:
            figures = {n: measure(n, Path(scratch) / str(n)) for n in args.sizes}
            Path(args.json).write_text(json.dumps(figures), encoding="utf-8")
            return
        for n in args.sizes:
            run(n, Path(scratch) / str(n))


if __name__ == "__main__":
    main()
