"""``quizapp quizzes list|save|rename|remove``: a set's named quizzes (a teacher's quiz options)."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from quizapp.cli.opening import command_bank

if TYPE_CHECKING:
    from quizapp.store.bank import Bank
    from quizapp.study.saved_quizzes import NamedQuiz


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser("quizzes", parents=[common], help="a set's named quizzes")
    actions = p.add_subparsers(title="actions", metavar="ACTION", required=True)
    listing = actions.add_parser("list", parents=[common], help="list the named quizzes")
    listing.add_argument("--set", dest="set_name", metavar="NAME", help="one set (default: all)")
    listing.add_argument("--json", action="store_true", help="print a JSON list")
    listing.set_defaults(run=run_list)

    save = actions.add_parser(
        "save", parents=[common], help="save quiz options as a named quiz of a set"
    )
    save.add_argument("set_name", metavar="SET")
    save.add_argument("name", metavar="NAME")
    save.add_argument("--count", type=int, default=10, metavar="N", help="questions (10)")
    save.add_argument("--kinds", default="", metavar="K,K", help="only these kinds (cloze,...)")
    save.add_argument("--tags", default="", metavar="T,T", help="only questions with a tag")
    save.add_argument("--fact-kinds", default="", metavar="F,F", help="only these fact kinds")
    save.add_argument("--time-limit", default="", metavar="TIME", help="e.g. 10m, 90s, 1:30")
    save.add_argument("--exam", action="store_true", help="no feedback until the results")
    save.add_argument("--pass-mark", type=int, metavar="PERCENT", help="the score that passes")
    save.add_argument("--replace", action="store_true", help="replace a quiz of that name")
    save.set_defaults(run=run_save)

    rename = actions.add_parser("rename", parents=[common], help="rename a named quiz")
    rename.add_argument("set_name", metavar="SET")
    rename.add_argument("name", metavar="NAME")
    rename.add_argument("new_name", metavar="NEW_NAME")
    rename.set_defaults(run=run_rename)

    remove = actions.add_parser("remove", parents=[common], help="delete a named quiz")
    remove.add_argument("set_name", metavar="SET")
    remove.add_argument("name", metavar="NAME")
    remove.set_defaults(run=run_remove)


def _set_id(bank: Bank, name: str) -> int:
    from quizapp.content.set_intake import find_set

    with bank.session() as session:
        found = find_set(session, name).id
    assert found is not None
    return found


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def quiz_json(set_name: str, named: NamedQuiz) -> dict[str, Any]:
    """A named quiz as ``quizzes list --json`` writes it: its id, set, name and options."""
    return {"id": named.id, "set": set_name, "name": named.name, **asdict(named.options)}


def run_list(args: argparse.Namespace) -> int:
    from quizapp.study import saved_quizzes

    with command_bank(args, writes=False) as bank:
        if args.set_name is not None:
            _set_id(bank, args.set_name)  # a set it does not know is named, with the sets
        found = saved_quizzes.list_all(bank)
    if args.set_name is not None:
        found = [(set_name, q) for set_name, q in found if set_name == args.set_name]
    if args.json:
        print(json.dumps([quiz_json(s, q) for s, q in found], ensure_ascii=False, indent=2))
        return 0
    if not found:
        print("no named quizzes yet; save one with: quizapp quizzes save SET NAME [options]")
    for set_name, named in found:
        print(f"{set_name} › {named.name}: {describe(named)}")
    return 0


def describe(named: NamedQuiz) -> str:
    """The options in one line: "10 questions, cloze, tag dates, 10 min, exam, pass 70%"."""
    from quizapp.study.quiz_options import clock_text

    options = named.options
    parts = [f"{options.count} questions"]
    parts += [str(k) for k in options.kinds]
    parts += [f"tag {t}" for t in options.tags]
    parts += [f"{f} facts" for f in options.fact_kinds]
    if options.time_limit_s:
        parts.append(f"{clock_text(options.time_limit_s)} limit")
    if options.exam:
        parts.append("exam mode")
    if options.pass_mark:
        parts.append(f"pass mark {options.pass_mark}%")
    return ", ".join(parts)


def run_save(args: argparse.Namespace) -> int:
    from quizapp.study import saved_quizzes
    from quizapp.study.quiz_options import options_from, parse_duration

    options = options_from(
        count=args.count,
        kinds=_split(args.kinds),
        tags=_split(args.tags),
        fact_kinds=_split(args.fact_kinds),
        time_limit_s=parse_duration(args.time_limit),
        exam=args.exam,
        pass_mark=args.pass_mark,
    )
    with command_bank(args, writes=True) as bank:
        named = saved_quizzes.save_quiz(
            bank, _set_id(bank, args.set_name), args.name, options, replace=args.replace
        )
    print(f"saved {args.set_name} › {named.name} (id {named.id}): {describe(named)}")
    return 0


def run_rename(args: argparse.Namespace) -> int:
    from quizapp.study import saved_quizzes

    with command_bank(args, writes=True) as bank:
        found = saved_quizzes.find_saved(bank, _set_id(bank, args.set_name), args.name)
        named = saved_quizzes.rename_quiz(bank, found.id, args.new_name)
    print(f"renamed {args.set_name} › {found.name} to {named.name}")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    from quizapp.study import saved_quizzes

    with command_bank(args, writes=True) as bank:
        found = saved_quizzes.find_saved(bank, _set_id(bank, args.set_name), args.name)
        saved_quizzes.delete_quiz(bank, found.id)
    print(f"removed {args.set_name} › {found.name}")
    return 0
