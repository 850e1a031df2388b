"""``quizapp class``: set up a class bank on PostgreSQL and manage its logins."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from quizapp.errors import QuizappError

if TYPE_CHECKING:  # the services load in the commands that use them: `--help` stays fast
    from quizapp.bank import Bank

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


@contextmanager
def _class_bank(args: argparse.Namespace, *, setup: bool = False) -> Iterator[Bank]:
    from quizapp.bank import open_bank
    from quizapp.startup import open_app_bank

    if not args.db:
        raise QuizappError(f"name the class bank's server: quizapp class ... --db {URL_FORM}")
    bank = open_app_bank(args.db) if setup else open_bank(args.db)
    try:
        yield bank
    finally:
        bank.close()


def run_init(args: argparse.Namespace) -> int:
    from quizapp import classbank

    with _class_bank(args, setup=True) as bank:
        teacher, learner = classbank.init_class(bank)
    print(f"class bank ready: group roles {teacher} and {learner}, row-level security on")
    print("add logins with: quizapp class add-learner NAME --db ... (or add-teacher)")
    return 0


def run_add(args: argparse.Namespace) -> int:
    from quizapp import classbank

    with _class_bank(args) as bank:
        made = classbank.add_member(bank, args.name, classbank.Role(args.role), args.password)
    print(f"added {made.member.role} login {made.member.login}")
    if made.generated:
        print(f"password (shown only now): {made.password}")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    from quizapp import classbank

    with _class_bank(args) as bank:
        gone = classbank.remove_member(bank, args.name, classbank.Role(args.role))
    progress = " with its progress" if gone.role is classbank.Role.LEARNER else ""
    print(f"removed {gone.role} login {gone.login}{progress}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from quizapp import classbank

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
