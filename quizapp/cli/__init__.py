"""The ``quizapp`` command: the window by default, or one subcommand.

Each subcommand lives in a module of this package that defines
``register(subparsers, common)``; they call the same core services as the GUI.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from quizapp import __version__
from quizapp.errors import FormatErrors, QuizappError

COMMAND_MODULES = ("quizapp.cli.setfiles", "quizapp.cli.maintenance")


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser, with every subcommand registered."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="PATH",
        help="question bank: a SQLite file or a SQLAlchemy URL (default: your own bank)",
    )
    parser = argparse.ArgumentParser(
        prog="quizapp",
        description="Quizzes and spaced-repetition flashcards made from real articles. "
        "Without a command, opens the window.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"quizapp {__version__}")
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = build_parser().parse_args(argv)
    run = getattr(args, "run", None)
    try:
        if run is None:
            from quizapp.ui.app import run_app

            return run_app(db=args.db)
        return int(run(args) or 0)
    except FormatErrors as exc:
        print(exc.report(), file=sys.stderr)
        return 1
    except QuizappError as exc:
        print(f"quizapp: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
