"""``quizapp teacher reset-passphrase``: forget a forgotten teacher passphrase.

The passphrase guards the window only. Anyone who can run quizapp on the bank
file (or copy it) can reset it; the next use of the Teacher menu then asks for
a new one.
"""

from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser("teacher", help="the teacher passphrase of the window")
    commands = p.add_subparsers(title="commands", metavar="COMMAND", required=True)
    reset = commands.add_parser(
        "reset-passphrase",
        parents=[common],
        help="remove the teacher passphrase (when it is forgotten)",
        description="Removes the teacher passphrase of the bank: the next use of the Teacher "
        "menu asks for a new one. Anyone with the bank file can do this; the passphrase "
        "keeps learners out of the teacher's tools in the window, not out of the file.",
    )
    reset.set_defaults(run=reset_passphrase)


def reset_passphrase(args: argparse.Namespace) -> int:
    from quizapp.startup import open_app_bank
    from quizapp.store import teacher_passphrase

    bank = open_app_bank(args.db)
    try:
        removed = teacher_passphrase.reset_passphrase(bank)
    finally:
        bank.close()
    print(
        "the teacher passphrase is removed; the Teacher menu asks for a new one"
        if removed
        else "this bank has no teacher passphrase; the Teacher menu asks for one on first use"
    )
    return 0
