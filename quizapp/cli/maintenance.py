"""``quizapp backup``, ``quizapp restore`` and ``quizapp check``."""

from __future__ import annotations

import argparse
import shlex
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quizapp.cli.opening import take_lock
from quizapp.errors import BankError, QuizappError

if TYPE_CHECKING:  # services are imported in the commands that use them: `--help` stays fast
    from quizapp.store import backup, integrity
    from quizapp.store.server import FileCommand


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser("backup", parents=[common], help="back up the question bank now")
    p.set_defaults(run=run_backup)

    p = subparsers.add_parser(
        "restore",
        parents=[common],
        help="list backups, or put one in place of the bank",
        description="Without BACKUP, lists the backups (newest first). The bank as it is "
        "is backed up before a restore replaces it.",
    )
    p.add_argument("backup", nargs="?", metavar="BACKUP", help="a backup file or its list number")
    p.add_argument("--latest", action="store_true", help="restore the newest good backup")
    p.set_defaults(run=run_restore)

    p = subparsers.add_parser(
        "check",
        parents=[common],
        help="check the bank and report problems",
        description="Runs SQLite's integrity check and the app's consistency checks. "
        "Exits non-zero while problems remain.",
    )
    p.add_argument("--repair", action="store_true", help="repair what can be repaired safely")
    p.set_defaults(run=run_check)


def _bank_path(args: argparse.Namespace, command: FileCommand) -> Path:
    from quizapp.store.instance import bank_file
    from quizapp.store.server import file_only

    path = bank_file(args.db)
    if path is None:
        raise file_only(args.db, command)
    if path.is_dir():
        raise QuizappError(f"{path} is a folder, not a question bank file; give the bank's file")
    return path


def run_backup(args: argparse.Namespace) -> int:
    from quizapp.store import backup
    from quizapp.store.server import FileCommand

    path = _bank_path(args, FileCommand.BACKUP)
    made = backup.make_backup(path, now=datetime.now(UTC), reason="manual")
    print(f"backed up to {made.path} ({backup.human_size(made.size)})")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from quizapp.store import backup
    from quizapp.store.server import FileCommand

    path = _bank_path(args, FileCommand.RESTORE)
    found = backup.list_backups(path)
    if args.backup is None and not args.latest:
        return _print_backups(found)
    chosen = _choose(args, path, found)
    with take_lock(args):
        saved, kept = _restore_keeping_protection(path, chosen)
    print(f"restored {chosen.name} to {path}")
    if not kept:
        print(
            "the bank being replaced could not be read: its teacher passphrase and "
            "learners' passwords are the backup's"
        )
    if saved is not None:
        print(f"the bank as it was is saved as {saved.path}")
    return 0


def _print_backups(found: list[backup.BackupInfo]) -> int:
    now = datetime.now(UTC)
    if not found:
        print("no backups yet; make one with: quizapp backup")
        return 0
    for number, item in enumerate(found, start=1):
        print(f"{number:>3}  {item.describe(now)}  {item.path.name}")
    print("restore one with: quizapp restore NUMBER (or a file, or --latest)")
    return 0


def _choose(args: argparse.Namespace, path: Path, found: list[backup.BackupInfo]) -> Path:
    from quizapp.store import backup

    if args.latest:
        good = backup.newest_good_backup(path)
        if good is None:
            raise BankError("there is no good backup with data to restore")
        fuller = backup.fuller_older_backup(good, path)
        if fuller is not None:
            _confirm_emptier(good, fuller, found)
        return good.path
    wanted: str = args.backup
    if wanted.isdigit():
        number = int(wanted)
        if not 1 <= number <= len(found):
            raise QuizappError(f"there is no backup number {number}; see: quizapp restore")
        return found[number - 1].path
    return Path(wanted)


def _restore_keeping_protection(path: Path, chosen: Path) -> tuple[backup.BackupInfo | None, bool]:
    """Restore ``chosen`` over ``path``, keeping the passphrase and passwords in force, as the
    window does (an older backup never lowers protection); False when the bank being
    replaced could not be read for them (damaged, empty or of another schema)."""
    from quizapp.store import backup, protection
    from quizapp.store.bank import open_bank

    try:
        current = open_bank(path, upgrade=False)
    except QuizappError:
        return backup.restore_backup(chosen, path, now=datetime.now(UTC)), False
    return protection.restore_keeping_protection(current, chosen, now=datetime.now(UTC)), True


def _confirm_emptier(
    newest: backup.BackupInfo, fuller: backup.BackupInfo, found: list[backup.BackupInfo]
) -> None:
    """Ask before restoring a backup holding less than an older one (refuse if nobody can)."""
    number = next((n for n, b in enumerate(found, start=1) if b.path == fuller.path), 0)
    question = (
        f"the newest good backup ({newest.describe()}) holds fewer rows than an older one "
        f"({fuller.describe()}, number {number})"
    )
    if not sys.stdin.isatty():
        raise QuizappError(
            f"{question}; not restoring without asking: choose one with quizapp restore NUMBER"
        )
    answer = input(f"{question}.\nRestore the newest anyway? [y/N] ")
    if answer.strip().lower() not in ("y", "yes"):
        raise QuizappError(f"nothing restored; the older one is: quizapp restore {number}")


def run_check(args: argparse.Namespace) -> int:
    from quizapp.store import backup, integrity
    from quizapp.store.bank import OutdatedBankError
    from quizapp.store.server import FileCommand, libpq_url

    if libpq_url(args.db) is not None:
        return _check_server_bank(args)
    path = _bank_path(args, FileCommand.CHECK)
    if not path.exists():
        raise BankError(f"there is no question bank at {path}")
    integrity.ensure_folder_writable(path)
    if integrity.is_empty_file(path):
        raise BankError(
            f"the question bank {path} is empty: nothing to check "
            "(to go back to a backup: quizapp restore --latest)"
        )
    problems = integrity.integrity_problems(path)
    if problems:
        report = integrity.CheckReport(integrity=problems)
        return _print_report(report)
    if not args.repair:
        try:
            return _print_report(_check(path, repair=False))
        except OutdatedBankError as exc:
            print(f"integrity check ok; {exc}")
            print(
                "the consistency checks need the current schema: quizapp check --repair "
                "upgrades the bank (after a backup) and checks it"
            )
            return 1
    with take_lock(args):
        _upgrade_saying_so(path)
        first = _check(path, repair=False)
        if first.ok:
            return _print_report(first)
        saved = backup.make_backup(path, now=datetime.now(UTC), reason="before-repair")
        print(f"saved a backup before repairing: {saved.path}")
        return _print_report(_check(path, repair=True))


def _check_server_bank(args: argparse.Namespace) -> int:
    """The app's consistency checks on a class bank (the server checks its own storage)."""
    from quizapp.store import integrity
    from quizapp.store.bank import open_bank
    from quizapp.store.server import libpq_url

    bank = open_bank(args.db, upgrade=False)
    try:
        first = integrity.full_check(bank, repair=False)
        if args.repair and not first.ok:
            print(f"repairing in one transaction (a copy first, as the owner: {_dump_hint(args)})")
            first = integrity.full_check(bank, repair=True)
    finally:
        bank.close()
    done = _print_report(first)
    print(f"the server checks its own storage: pg_amcheck {shlex.quote(libpq_url(args.db) or '')}")
    return done


def _dump_hint(args: argparse.Namespace) -> str:
    from quizapp.store.server import FileCommand, file_only

    return str(file_only(args.db, FileCommand.BACKUP)).split("run (as the owner): ")[-1]


def _upgrade_saying_so(path: Path) -> None:
    from quizapp.store.bank import OutdatedBankError, open_bank
    from quizapp.store.migrations import HEAD

    try:
        open_bank(path, upgrade=False).close()
    except OutdatedBankError as exc:
        print(f"upgrading the bank from schema {exc.revision} to {HEAD} (after a backup)")
        open_bank(path).close()


def _check(path: Path, *, repair: bool) -> integrity.CheckReport:
    from quizapp.store import integrity
    from quizapp.store.bank import open_bank

    bank = open_bank(path, upgrade=False)
    try:
        return integrity.full_check(bank, repair=repair)
    finally:
        bank.close()


def _print_report(report: integrity.CheckReport) -> int:
    for line in report.lines():
        print(line)
    return 0 if report.ok else 1
