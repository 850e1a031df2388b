"""The ``quizapp`` command: the window by default, or one subcommand.

Each subcommand lives in a module of this package that defines
``register(subparsers, common)``; they call the same core services as the GUI.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from quizapp import __version__
from quizapp.errors import FormatErrors, QuizappError


class Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line, ``quizapp: ...``, as every other
    error of the command line (not the usage first); exit status 2, as argparse's."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"quizapp: {message} (see: {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser, with every subcommand registered."""
    db_help = "question bank: a SQLite file or a SQLAlchemy URL (default: your own bank)"
    # Subcommands take --db too; SUPPRESS keeps their missing --db from hiding one given earlier.
    common = Parser(add_help=False)
    common.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help=db_help)
    common.add_argument(
        "--create",
        action="store_true",
        default=argparse.SUPPRESS,
        help="make the bank's folder when it does not exist (a new bank)",
    )
    common.add_argument(
        "--wait",
        action="store_true",
        default=argparse.SUPPRESS,
        help="a command that changes the bank waits for a window open on it to close",
    )
    parser = Parser(
        prog="quizapp",
        description="Quizzes and spaced-repetition flashcards made from real articles. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--db", metavar="PATH", help=db_help)
    parser.add_argument("--version", action="version", version=f"quizapp {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation on a throw-away bank and exit (0 when all is well)",
    )
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    from quizapp.cli import classroom, generate, maintenance, quizzes, setfiles, study, teacher

    for module in (setfiles, maintenance, study, generate, teacher, classroom, quizzes):
        module.register(subparsers, common)
    return parser


def _window_db(argv: Sequence[str]) -> tuple[bool, str | None]:
    """Whether ``argv`` just opens the window (nothing but --db), and on which bank.

    This path skips building the full parser, which imports every command's services:
    the window must come up fast.
    """
    quick = argparse.ArgumentParser(add_help=False)
    quick.add_argument("--db")
    try:
        known, rest = quick.parse_known_args(argv)
    except SystemExit:
        return False, None
    return not rest, known.db


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv == ["--version"]:  # answered before argparse builds every command's parser
        print(f"quizapp {__version__}")
        return 0
    window_only, db = _window_db(argv)
    if window_only:
        from quizapp.ui.app import run_app

        return run_app(db=db)
    args = build_parser().parse_args(argv)
    run = getattr(args, "run", None)
    try:
        if args.self_test:
            from quizapp.selftest import run_self_test

            return run_self_test()
        if run is None:
            from quizapp.ui.app import run_app

            return run_app(db=args.db)
        return int(run(args) or 0)
    except FormatErrors as exc:
        for line in exc.report().splitlines():
            print(f"quizapp: {line}", file=sys.stderr)
        return 1
    except QuizappError as exc:
        print(f"quizapp: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into e.g. `head`, which stopped reading
        sys.stderr.close()
        return 0


def run() -> NoReturn:
    """The installed ``quizapp`` program: :func:`main`, then the process ends at once."""
    exit_now(main())


def exit_now(code: int) -> NoReturn:
    """End the process at once, skipping the interpreter's teardown of every loaded module
    (0.1 s to 0.7 s with SQLAlchemy and Qt loaded). Call it only with nothing left to save:
    a command has closed its bank and files by the time :func:`main` returns, and so has
    the window (its bank closed, its settings saved, its lock given up).
    """
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):  # a closed or broken pipe: nothing to flush
            stream.flush()
    os._exit(code)
