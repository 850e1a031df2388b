"""``quizapp class``: set up a class bank on PostgreSQL, manage its logins, and set work.

``assign``, ``assignments`` and ``unassign`` work on any bank (the own bank of a
computer a class shares, or a class bank with a teacher's login).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from quizapp.errors import QuizappError

if TYPE_CHECKING:  # the services load in the commands that use them: `--help` stays fast
    from quizapp.store.bank import Bank
    from quizapp.study import assignments

URL_FORM = "postgresql+psycopg://OWNER@SERVER/DATABASE"


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "class",
        parents=[common],
        help="a class bank on PostgreSQL: set it up, add and remove logins",
        description=f"Run with --db {URL_FORM} as the database's owner. "
        "Learners then open the app with --db postgresql+psycopg://NAME:PASSWORD@SERVER/DATABASE.",
    )
    actions = p.add_subparsers(title="actions", metavar="ACTION", required=True)
    a = actions.add_parser(
        "init", parents=[common], help="create the schema, the roles and the row-level security"
    )
    a.set_defaults(run=run_init)
    for role in ("teacher", "learner"):  # classbank.Role's values
        a = actions.add_parser(
            f"add-{role}", parents=[common], help=f"create a {role}'s login (and learner row)"
        )
        a.add_argument("name", metavar="NAME", help="the login's name")
        a.add_argument("--password", metavar="PW", help="(default: generated, printed once)")
        a.set_defaults(run=run_add, role=role)
    for role, what in (("learner", "login, row and progress"), ("teacher", "login")):
        a = actions.add_parser(f"remove-{role}", parents=[common], help=f"drop a {role}'s {what}")
        a.add_argument("name", metavar="NAME")
        a.set_defaults(run=run_remove, role=role)
    a = actions.add_parser("list", parents=[common], help="the class's logins")
    a.add_argument("--json", action="store_true", help="print a JSON list")
    a.set_defaults(run=run_list)
    _register_work(actions, common)


def _register_work(actions: Any, common: argparse.ArgumentParser) -> None:
    a = actions.add_parser(
        "assign", parents=[common], help="set a set as work, due on a day (again: change it)"
    )
    a.add_argument("set_name", metavar="SET", help="the set's name")
    a.add_argument("--due", metavar="YYYY-MM-DD", required=True, help="the day it is due")
    a.add_argument("--quiz-length", metavar="N", type=int, help="questions asked (default: all)")
    a.add_argument("--pass-mark", metavar="P", type=int, help="percent right to pass (1-100)")
    a.set_defaults(run=run_assign)
    a = actions.add_parser(
        "assignments", parents=[common], help="the work set, and who has done it"
    )
    a.add_argument("--json", action="store_true", help="print JSON")
    a.add_argument("-o", "--output", metavar="FILE.csv", help="also write it as CSV")
    a.set_defaults(run=run_assignments)
    a = actions.add_parser("unassign", parents=[common], help="take a set off the work set")
    a.add_argument("set_name", metavar="SET", help="the set's name")
    a.set_defaults(run=run_unassign)


@contextmanager
def _class_bank(args: argparse.Namespace, *, setup: bool = False) -> Iterator[Bank]:
    from quizapp.startup import open_app_bank
    from quizapp.store.bank import open_bank

    if not args.db:
        raise QuizappError(f"name the class bank's server: quizapp class ... --db {URL_FORM}")
    bank = open_app_bank(args.db) if setup else open_bank(args.db)
    try:
        yield bank
    finally:
        bank.close()


def run_init(args: argparse.Namespace) -> int:
    from quizapp.study import classbank

    with _class_bank(args, setup=True) as bank:
        teacher, learner = classbank.init_class(bank)
    print(f"class bank ready: group roles {teacher} and {learner}, row-level security on")
    print("add logins with: quizapp class add-learner NAME --db ... (or add-teacher)")
    return 0


def run_add(args: argparse.Namespace) -> int:
    from quizapp.study import classbank

    with _class_bank(args) as bank:
        made = classbank.add_member(bank, args.name, classbank.Role(args.role), args.password)
    print(f"added {made.member.role} login {made.member.login}")
    if made.generated:
        print(f"password (shown only now): {made.password}")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    from quizapp.study import classbank

    with _class_bank(args) as bank:
        gone = classbank.remove_member(bank, args.name, classbank.Role(args.role))
    progress = " with its progress" if gone.role is classbank.Role.LEARNER else ""
    print(f"removed {gone.role} login {gone.login}{progress}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from quizapp.study import classbank

    with _class_bank(args) as bank:
        found = classbank.members(bank)
    if args.json:
        rows = [{"login": m.login, "role": str(m.role), "learner_id": m.learner_id} for m in found]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    elif not found:
        print("no logins yet; add one with: quizapp class add-learner NAME")
    for member in [] if args.json else found:
        print(f"{member.login}  ({member.role})")
    return 0


def run_assign(args: argparse.Namespace) -> int:
    from datetime import date

    from quizapp.cli.opening import command_bank
    from quizapp.store.models import utcnow
    from quizapp.study import assignment_changes, assignments

    due = assignments.parse_due(args.due)
    with command_bank(args, writes=True) as bank:
        before = assignments.class_work(bank)
        made, new = assignments.assign(
            bank,
            args.set_name,
            due,
            quiz_length=args.quiz_length,
            pass_mark=args.pass_mark,
            today=date.today(),
            now=utcnow(),
        )
    print(f"{'assigned' if new else 'changed'}: {describe(made)}")
    old = next((c.assignment for c in before if c.assignment.set_id == made.set_id), None)
    if old is not None:
        done = assignment_changes.with_results(before).get(made.set_id, 0)
        note = assignment_changes.change_note(old, args.quiz_length, args.pass_mark, done)
        if note:
            print(f"note: {note}")
    return 0


def describe(made: assignments.AssignmentInfo) -> str:
    """An assignment in one line: its set, due day, length and pass mark."""
    mark = "" if made.pass_mark is None else f" · pass mark {made.pass_mark}%"
    length = f"{made.length} question{'s' if made.length != 1 else ''}"
    return f"{made.set_name} · due {made.due_on.isoformat()} · {length}{mark}"


def run_unassign(args: argparse.Namespace) -> int:
    from quizapp.cli.opening import command_bank
    from quizapp.study import assignments

    with command_bank(args, writes=True) as bank:
        gone = assignments.unassign(bank, args.set_name)
    print(f"unassigned: {gone.set_name} (the quizzes taken for it stay)")
    return 0


def run_assignments(args: argparse.Namespace) -> int:
    from quizapp.cli.opening import command_bank
    from quizapp.study import assignments

    with command_bank(args, writes=False) as bank:
        work = assignments.class_work(bank)
    if args.output:
        written = assignments.write_csv(work, args.output)
        print(f"wrote {written}", file=sys.stderr)
    if args.json:
        print(json.dumps(assignments.as_json(work), ensure_ascii=False, indent=2))
        return 0
    if not work:
        print("no work set; set some with: quizapp class assign SET --due YYYY-MM-DD")
    for each in work:
        done = sum(w.finished for w in each.work)
        print(f"{describe(each.assignment)} · {done} of {len(each.work)} finished")
        for w in each.work:
            print(f"  {w.name}: {_state(w)}")
    return 0


def _state(w: assignments.Work) -> str:
    if w.best is None:
        return str(w.state)
    quizzes = f"{w.attempts} quiz{'zes' if w.attempts != 1 else ''}"
    return f"{w.state}, best {w.best:g}% ({quizzes})"
