"""``quizapp sets``, ``quizapp import`` and ``quizapp export``."""

from __future__ import annotations

import argparse
import json
from typing import Any

from quizapp import sets
from quizapp.startup import open_app_bank


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser("sets", parents=[common], help="list question sets")
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p.set_defaults(run=list_sets)

    p = subparsers.add_parser("import", parents=[common], help="import a question file")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--set", dest="set_name", metavar="NAME", help="name of the new set")
    p.add_argument("--replace", action="store_true", help="replace a set of the same name")
    p.set_defaults(run=import_file)

    p = subparsers.add_parser("export", parents=[common], help="export a set to a file")
    p.add_argument("set_name", metavar="SET")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.set_defaults(run=export_file)


def list_sets(args: argparse.Namespace) -> int:
    bank = open_app_bank(args.db)
    try:
        found = sets.list_sets(bank)
    finally:
        bank.close()
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
    bank = open_app_bank(args.db)
    try:
        summary = sets.import_set_file(bank, args.file, name=args.set_name, replace=args.replace)
    finally:
        bank.close()
    print(f"imported {summary.questions} questions into set {summary.name!r}")
    return 0


def export_file(args: argparse.Namespace) -> int:
    bank = open_app_bank(args.db)
    try:
        data = sets.export_set_file(bank, args.set_name, args.output)
    finally:
        bank.close()
    print(f"exported {len(data.questions)} questions of {data.name!r} to {args.output}")
    return 0
