"""``quizapp sets``, ``quizapp import`` and ``quizapp export``.

Import and export go through :mod:`quizapp.content.interchange`, so every format
(quizapp YAML, GIFT, Moodle XML, Aiken, CSV/TSV, Anki .apkg) works the same way.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from quizapp.cli.opening import command_bank
from quizapp.formats import registry


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser("sets", parents=[common], help="list question sets")
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p.set_defaults(run=list_sets)

    p = subparsers.add_parser(
        "import",
        parents=[common],
        help="import a question file (YAML set, GIFT, Moodle XML, Aiken, CSV/TSV)",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--format",
        metavar="F",
        help="the file's format: {} (default: guessed from the extension)".format(
            ", ".join(registry.names(reading=True))
        ),
    )
    p.add_argument("--set", dest="set_name", metavar="NAME", help="name of the new set")
    p.add_argument("--replace", action="store_true", help="replace a set of the same name")
    p.add_argument(
        "--skip-bad",
        action="store_true",
        help="import the good questions and list the bad ones (default: import nothing)",
    )
    p.set_defaults(run=import_file)

    p = subparsers.add_parser("export", parents=[common], help="export a set to a file")
    p.add_argument("set_name", metavar="SET")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument(
        "--format",
        metavar="F",
        help="the file's format: {} (default: guessed from the extension)".format(
            ", ".join(registry.names(writing=True))
        ),
    )
    p.set_defaults(run=export_file)


def list_sets(args: argparse.Namespace) -> int:
    from quizapp.store.instance import bank_file
    from quizapp.study.quickview import SetListing, read_sets

    path = bank_file(getattr(args, "db", None))
    found = read_sets(path) if path is not None else None  # read-only: no check needed
    if found is None:  # a new bank, an upgrade or another database: the full services
        from quizapp.content import sets

        with command_bank(args, writes=False) as bank:
            found = [SetListing(s.name, s.description, s.questions) for s in sets.list_sets(bank)]
    if args.json:
        rows = [
            {"name": s.name, "questions": s.questions, "description": s.description} for s in found
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    elif not found:
        print("no sets yet; add one with: quizapp import FILE")
    else:
        width = max(len(s.name) for s in found)
        for s in found:
            print(f"{s.name:<{width}}  {s.questions:>5} questions")
    return 0


def import_file(args: argparse.Namespace) -> int:
    from quizapp.content import interchange

    with command_bank(args, writes=True) as bank:
        report = interchange.import_file(
            bank,
            args.file,
            format=args.format,
            set_name=args.set_name,
            skip_bad=args.skip_bad,
            replace=args.replace,
        )
    print("\n".join(report.lines()))
    return 0


def export_file(args: argparse.Namespace) -> int:
    from quizapp.content import interchange

    with command_bank(args, writes=False) as bank:
        report = interchange.export_set(bank, args.set_name, args.output, format=args.format)
    print(f"exported {report.exported} questions of {report.set_name!r} to {args.output}")
    print("\n".join(report.lines()[1:]), end="\n" if report.lines()[1:] else "")
    return 0
