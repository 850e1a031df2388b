"""``quizapp stats``, ``learners``, ``learner add``/``remove``, ``report`` and ``optimize``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from quizapp.cli.opening import command_bank
from quizapp.errors import QuizappError

if TYPE_CHECKING:  # services are imported in the commands that use them: `--help` stays fast
    from quizapp.store.bank import Bank
    from quizapp.study import stats


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "stats",
        parents=[common],
        help="a learner's progress statistics",
        description="Without --learner, gives the statistics of every learner "
        "(with --json: a list with one object per learner).",
    )
    p.add_argument("--learner", metavar="NAME", help="the learner (default: every learner)")
    p.add_argument("--set", dest="set_name", metavar="NAME", help="one set (default: all sets)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(run=run_stats)

    p = subparsers.add_parser("learners", parents=[common], help="list learners")
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p.set_defaults(run=run_learners)

    p = subparsers.add_parser("learner", parents=[common], help="manage learners")
    actions = p.add_subparsers(title="actions", metavar="ACTION", required=True)
    add = actions.add_parser("add", parents=[common], help="add a learner")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--timezone", metavar="ZONE", help="IANA zone (default: this computer's)")
    add.add_argument("--day-start", type=int, metavar="HOUR", help="hour the day starts (4)")
    add.add_argument("--new-per-day", type=int, metavar="N", help="new cards a day (20)")
    add.add_argument("--retention", type=float, metavar="R", help="desired retention (0.9)")
    add.set_defaults(run=run_learner_add)
    remove = actions.add_parser(
        "remove", parents=[common], help="remove a learner with their cards, reviews and quizzes"
    )
    remove.add_argument("name", metavar="NAME")
    remove.add_argument("--yes", action="store_true", help="do not ask first")
    remove.set_defaults(run=run_learner_remove)

    p = subparsers.add_parser(
        "report", parents=[common], help="a set's per-learner and per-question report as CSV"
    )
    p.add_argument("set_name", metavar="SET")
    p.add_argument("-o", "--output", required=True, metavar="FILE.csv")
    p.set_defaults(run=run_report)

    p = subparsers.add_parser(
        "optimize",
        parents=[common],
        help="fit the scheduler to a learner's review history (needs quizapp[optimizer])",
    )
    p.add_argument("--learner", required=True, metavar="NAME")
    p.set_defaults(run=run_optimize)


@contextmanager
def _bank(args: argparse.Namespace, *, writes: bool = False) -> Iterator[Bank]:
    with command_bank(args, writes=writes) as bank:
        yield bank


def _set_id(bank: Bank, name: str | None) -> int | None:
    from quizapp.content.set_intake import find_set

    if name is None:
        return None
    with bank.session() as session:
        return find_set(session, name).id


def run_stats(args: argparse.Namespace) -> int:
    from quizapp.study import learners, stats

    now = datetime.now(UTC)
    with _bank(args) as bank:
        set_id = _set_id(bank, args.set_name)
        chosen = (
            [learners.get_learner(bank, args.learner)]
            if args.learner
            else learners.list_learners(bank)
        )
        found = []
        for who in chosen:
            data = stats_json(stats.learner_stats(bank, who.id, now=now, set_id=set_id))
            found.append({"learner": who.name, "set": args.set_name, **data})
    if args.json:
        print(json.dumps(found[0] if args.learner else found, ensure_ascii=False, indent=2))
        return 0
    if not found:
        print("no learners yet; add one with: quizapp learner add NAME")
    for data in found:
        _print_stats(data)
    return 0


def stats_json(found: stats.LearnerStats) -> dict[str, Any]:
    """The statistics as ``stats --json`` writes them: dates and times as ISO text."""
    iso: dict[str, Any] = _iso(asdict(found))
    return iso


def _iso(value: Any) -> Any:
    if isinstance(value, date):  # datetimes too
        return value.isoformat()
    if isinstance(value, dict):
        return {key: _iso(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_iso(item) for item in value]
    return value


def _print_stats(data: dict[str, Any]) -> None:
    counts = data["counts"]
    retention = data["true_retention"]["percent"]
    due_today = data["forecast"][0]["due"] if data["forecast"] else 0
    scope = f" in {data['set']}" if data["set"] else ""
    print(f"{data['learner']}{scope}")
    print(
        f"  cards: {counts['new']} new, {counts['learning']} learning, "
        f"{counts['review']} review, {counts['mastered']} mastered"
    )
    totals = data["totals"]
    print(
        f"  answers: {totals['answers']} in {totals['seconds'] // 60} min "
        f"over {totals['days_studied']} days"
    )
    practice = data["practice"]
    if practice["total"]:
        print(f"  practice (no card moved): {practice['today']} today, {practice['total']} in all")
    marks = data["marks"]
    if any(marks.values()):
        held = sum(data["held"].values())
        print(
            f"  marks: {marks['suspended']} suspended, {marks['buried']} buried today, "
            f"{marks['starred']} starred ({held} held back from review)"
        )
    streak = data["streak"]
    days = "day" if streak["current"] == 1 else "days"
    print(f"  streak: {streak['current']} {days} (longest {streak['longest']})")
    shown = f"{retention:g} %" if retention is not None else "not yet measured"
    print(f"  true retention: {shown}; due today: {due_today}")


def run_learners(args: argparse.Namespace) -> int:
    from quizapp.study import learners

    with _bank(args) as bank:
        found = learners.list_learners(bank)
    if args.json:
        rows = [
            {
                "id": x.id,
                "name": x.name,
                "desired_retention": x.desired_retention,
                "new_per_day": x.new_per_day,
                "day_start_hour": x.day_start_hour,
                "timezone": x.timezone,
                "fitted_parameters": x.parameters is not None,
                "password": x.protected,
            }
            for x in found
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    elif not found:
        print("no learners yet; add one with: quizapp learner add NAME")
    else:
        for x in found:
            print(
                f"{x.name}  (retention {x.desired_retention:g}, {x.new_per_day} new a day, "
                f"day starts {x.day_start_hour}:00 {x.timezone})"
            )
    return 0


def run_learner_remove(args: argparse.Namespace) -> int:
    from quizapp.study import learners

    with _bank(args, writes=True) as bank:
        who = learners.get_learner(bank, args.name)
        if not args.yes:
            _confirm_removal(who.name)
        learners.delete_learner(bank, who.id)
    print(f"removed learner {who.name} and their progress")
    return 0


def _confirm_removal(name: str) -> None:
    """Ask before removing a learner's progress (refuse without a terminal to ask on)."""
    question = f"remove {name} with every answer, card and quiz of theirs"
    if not sys.stdin.isatty():
        raise QuizappError(f"not asked: {question}? Confirm with --yes")
    answer = input(f"{question.capitalize()}? [y/N] ")
    if answer.strip().lower() not in ("y", "yes"):
        raise QuizappError(f"nothing removed; {name} is still there")


def run_learner_add(args: argparse.Namespace) -> int:
    from quizapp.study import learners

    settings = {
        "timezone": args.timezone,
        "day_start_hour": args.day_start,
        "new_per_day": args.new_per_day,
        "desired_retention": args.retention,
    }
    with _bank(args, writes=True) as bank:
        made = learners.create_learner(
            bank, args.name, **{k: v for k, v in settings.items() if v is not None}
        )
    print(f"added learner {made.name} ({made.timezone}, day starts at {made.day_start_hour}:00)")
    return 0


def run_report(args: argparse.Namespace) -> int:
    from quizapp.study import teacher_report

    with _bank(args) as bank:
        set_id = _set_id(bank, args.set_name)
        assert set_id is not None
        report = teacher_report.set_report(bank, set_id, now=datetime.now(UTC))
    path = teacher_report.write_csv(report, args.output)
    print(f"wrote {path}: {len(report.learners)} learners, {len(report.questions)} questions")
    return 0


def run_optimize(args: argparse.Namespace) -> int:
    from quizapp.study import learners, optimizer

    with _bank(args, writes=True) as bank:
        who = learners.get_learner(bank, args.learner)
        job = optimizer.OptimizerJob(bank, who.id)
        try:
            result = job.wait(progress=_show_progress)
        finally:
            job.cancel()
        kept = optimizer.apply(bank, who.id, result)
    print(file=sys.stderr)
    verdict = "kept the new parameters" if kept else "kept the current parameters (they fit better)"
    print(
        f"log loss {result.old_loss:.4f} (current) vs {result.new_loss:.4f} (fitted) "
        f"over {result.reviews} reviews: {verdict}"
    )
    return 0


def _show_progress(fraction: float, text: str) -> None:
    print(f"\r{fraction * 100:3.0f} %  {text:<40}", end="", file=sys.stderr, flush=True)
