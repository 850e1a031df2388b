"""``quizapp generate ARTICLE [--set NAME] [--json]``: questions from an article."""

from __future__ import annotations

import argparse
import json
from collections import Counter
from typing import Any

from quizapp.cli.opening import command_bank


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "generate",
        parents=[common],
        help="make questions from an article (.txt, .md or .html)",
        description="Find the dates, actors, figures and quotes of an article and make "
        "questions about them.",
    )
    p.add_argument("article", metavar="ARTICLE")
    p.add_argument(
        "--set",
        dest="set_name",
        metavar="NAME",
        help="save the questions into this set (created if missing; questions already in it "
        "skipped)",
    )
    p.add_argument(
        "--max",
        dest="max_questions",
        type=_positive,
        metavar="N",
        help="at most N questions, the best first (default: about 12 for 300 words)",
    )
    p.add_argument(
        "--json",
        action="store_true",
        help='print only JSON: {"questions": [...]}, with --set also "set", "created", '
        '"added" and "skipped" (how many were added, how many were already there)',
    )
    p.set_defaults(run=run)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1, not {text!r}")
    return value


def run(args: argparse.Namespace) -> int:
    from quizapp.content.set_intake import add_questions
    from quizapp.generator import generate, read_article

    article = read_article(args.article)
    questions = generate(article.text, name=args.article, max_questions=args.max_questions)
    report = None
    if args.set_name:
        with command_bank(args, writes=True) as bank:
            data = [q.to_data() for q in questions]
            report = add_questions(bank, args.set_name, data, article=article)
    if args.json:
        payload: dict[str, Any] = {"questions": [q.to_json() for q in questions]}
        if report is not None:  # what --set did, as the text output says it
            payload["set"], payload["created"] = report.set_name, report.created
            payload["added"], payload["skipped"] = len(report.added), len(report.already_there)
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    kinds = Counter(q.kind for q in questions)
    facts = Counter(q.fact_kind for q in questions)
    print(f"{len(questions)} questions from {article.title!r}")
    print("  by kind: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    print("  by fact: " + ", ".join(f"{k} {n}" for k, n in sorted(facts.items())))
    for q in questions[:5]:
        print(f"  - [{q.kind}] {q.prompt}")
    if len(questions) > 5:
        print(f"  ... and {len(questions) - 5} more (use --json to see all)")
    if report is not None:
        verb = "created set" if report.created else "added to set"
        there = len(report.already_there)
        skipped = f", {there} already there" if there else ""
        print(f"{verb} {report.set_name!r}: {len(report.added)} questions{skipped}")
    return 0
