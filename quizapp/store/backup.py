"""Backups of the question bank: made, checked, rotated, listed and restored.

Backups are made with SQLite's online backup API, so they are consistent even
while the app is writing. Each one is written to a temporary file, switched to
a self-contained rollback journal, checked with ``PRAGMA quick_check`` (the
full ``integrity_check`` is ``quizapp check``'s, and the window's weekly
:func:`full_check_due` task) and only then given its final name. Rotation keeps the newest
:data:`KEEP_LAST`, plus the newest of each of the last :data:`KEEP_DAYS`
calendar days, plus the newest of each ISO week of the last
:data:`KEEP_WEEKS_DAYS` days.

The default bank's backups live in :func:`quizapp.paths.backup_dir`; any other
bank file gets a subfolder of its own there, so restoring never mixes banks up.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Protocol

from quizapp import paths
from quizapp.errors import BankError
from quizapp.store.dberrors import DamagedBankError
from quizapp.store.filecheck import integrity_problems, is_empty_file, quick_check

FUTURE_SLACK = timedelta(minutes=5)  # clocks differ a little; more than this is a wrong date
KEEP_LAST = 10
KEEP_DAYS = 7
KEEP_WEEKS_DAYS = 31
AUTO_INTERVAL = timedelta(minutes=30)
FULL_CHECK_INTERVAL = timedelta(days=7)
FULL_CHECK_STAMP = "last-full-check"
SUFFIX = ".sqlite3"
_PREFIX = "backup-"
_STAMP = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"^backup-(\d{8}T\d{12}Z)-([a-z0-9-]+)\.sqlite3$")
DATA_TABLES = ("learner", "questionset", "question", "reviewlog", "quizattempt")
_REASON = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


class Bank(Protocol):
    """What backups need of an open bank (:class:`quizapp.store.bank.Bank`), named here so that
    this module, which the bank calls before an upgrade, never imports the bank back."""

    created: bool  # this open made the bank from nothing

    @property
    def url(self) -> str: ...

    @property
    def path(self) -> Path | None: ...


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: when it was made, its size in bytes and why it was made."""

    path: Path
    created: datetime
    size: int
    reason: str

    def describe(self, now: datetime | None = None) -> str:
        """One line for lists: local date and time, size and reason (and a flag if future)."""
        when = self.created.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        flag = "  (dated in the future: ignored)" if self.in_future(now) else ""
        return f"{when}  {human_size(self.size):>9}  {self.reason}{flag}"

    def in_future(self, now: datetime | None = None) -> bool:
        """Dated after ``now`` (default: the clock): a wrong clock or a copied file."""
        return self.created > (now or datetime.now(UTC)) + FUTURE_SLACK


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    raise AssertionError("unreachable")


def _bank_file(bank_or_path: Bank | Path | str | None) -> Path:
    if bank_or_path is None:
        return paths.bank_path().resolve()
    if not isinstance(bank_or_path, Path | str):
        found = bank_or_path.path
        if found is None:
            raise BankError(f"only SQLite bank files can be backed up, not {bank_or_path.url}")
        return found.resolve()
    return Path(bank_or_path).expanduser().resolve()


def backups_folder(bank_path: Path | str | None = None) -> Path:
    """Where the backups of ``bank_path`` (default: the user's bank) are kept."""
    bank = _bank_file(bank_path)
    root = paths.backup_dir()
    if bank == paths.bank_path().resolve():
        return root
    digest = hashlib.sha256(str(bank).encode()).hexdigest()[:10]
    return root / "other" / f"{bank.stem}-{digest}"


def _aware(now: datetime) -> datetime:
    if now.tzinfo is None:
        raise ValueError("now must be a timezone-aware datetime")
    return now.astimezone(UTC)


def make_backup(
    bank_or_path: Bank | Path | str | None, *, now: datetime, reason: str = "manual"
) -> BackupInfo:
    """Copy the bank into a new, checked backup and prune old backups.

    Args:
        bank_or_path: an open :class:`Bank`, a bank file, or None for the user's bank.
        now: when the backup is made (its name carries this time).
        reason: a short lowercase word such as ``auto``, ``close``, ``manual``.

    The copy is checked with ``PRAGMA quick_check`` (it finds damaged pages and
    broken b-trees in a fraction of ``integrity_check``'s time on a big bank).

    Raises:
        BankError: the bank is missing or the copy failed its check
            (the bank itself is then probably damaged).
    """
    if not _REASON.match(reason):
        raise ValueError(f"backup reason must be lowercase words joined by '-', not {reason!r}")
    source = _bank_file(bank_or_path)
    if not source.is_file():
        raise BankError(f"there is no question bank at {source} to back up")
    folder = paths.ensure_dir(backups_folder(source))
    target = _free_name(folder, _aware(now), reason)
    partial = target.with_name(target.name + ".partial")
    try:
        _copy_database(source, partial)
        problems = integrity_problems(partial, quick=True)
        if problems:
            raise BankError(
                f"the backup of {source} failed its integrity check ({problems[0]}); "
                "the bank may be damaged: run quizapp check"
            )
        os.replace(partial, target)
    except sqlite3.Error as exc:
        raise BankError(f"cannot back up {source}: {exc}") from exc
    except OSError as exc:
        raise BankError(f"cannot write a backup into {folder}: {exc.strerror or exc}") from exc
    finally:
        partial.unlink(missing_ok=True)
    _fsync_dir(folder)
    prune_backups(source, now=now)
    return _info(target)


def _free_name(folder: Path, when: datetime, reason: str) -> Path:
    while True:
        candidate = folder / f"{_PREFIX}{when.strftime(_STAMP)}-{reason}{SUFFIX}"
        if not candidate.exists():
            return candidate
        when += timedelta(microseconds=1)


def _copy_database(source: Path, target: Path) -> None:
    """A consistent copy of ``source`` as one self-contained file, flushed to disk."""
    target.unlink(missing_ok=True)
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
            dst.commit()
        finally:
            dst.close()
    finally:
        src.close()
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _info(path: Path) -> BackupInfo:
    match = _NAME.match(path.name)
    if match is None:
        raise BankError(f"{path} is not a quizapp backup file")
    created = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)
    return BackupInfo(path=path, created=created, size=path.stat().st_size, reason=match.group(2))


def list_backups(bank_path: Path | str | None = None) -> list[BackupInfo]:
    """The backups of ``bank_path`` (default: the user's bank), newest first."""
    folder = backups_folder(bank_path)
    if not folder.is_dir():
        return []
    found = []
    for item in folder.iterdir():
        if item.is_file() and _NAME.match(item.name):
            with contextlib.suppress(FileNotFoundError):
                found.append(_info(item))
    return sorted(found, key=lambda b: b.created, reverse=True)


def backups_to_keep(backups: list[BackupInfo], *, now: datetime) -> set[Path]:
    """The files the rotation rule keeps: last N, one a day for a week, one a week for a month.

    Backups dated in the future are kept aside (never deleted, never counted).
    """
    future = {b.path for b in backups if b.in_future(now)}
    newest_first = sorted(
        (b for b in backups if b.path not in future), key=lambda b: b.created, reverse=True
    )
    keep = future | {b.path for b in newest_first[:KEEP_LAST]}
    days: set[object] = set()
    weeks: set[object] = set()
    today = now.date()
    for item in newest_first:
        local = item.created.astimezone(now.tzinfo)
        age_days = (today - local.date()).days
        if 0 <= age_days < KEEP_DAYS and local.date() not in days:
            days.add(local.date())
            keep.add(item.path)
        week = local.isocalendar()[:2]
        if 0 <= age_days < KEEP_WEEKS_DAYS and week not in weeks:
            weeks.add(week)
            keep.add(item.path)
    return keep


def prune_backups(bank_path: Path | str | None = None, *, now: datetime) -> list[Path]:
    """Delete the backups the rotation rule does not keep; returns the deleted files."""
    _aware(now)
    backups = list_backups(bank_path)
    keep = backups_to_keep(backups, now=now)
    removed = []
    for item in backups:
        if item.path not in keep:
            item.path.unlink(missing_ok=True)
            removed.append(item.path)
    return removed


def backup_due(
    last: datetime | None, now: datetime, *, interval: timedelta = AUTO_INTERVAL
) -> bool:
    """Whether an automatic backup is due: none yet, the last is ``interval`` old, or it is
    dated in the future (a wrong clock must not stop backups until that date).
    """
    return last is None or now - last >= interval or last > now + FUTURE_SLACK


def close_backup_due(bank_path: Path | str, now: datetime) -> bool:
    """Whether closing should back up: no backup within :data:`AUTO_INTERVAL` (the automatic
    backup, every 30 minutes while the window is open, usually made one).
    """
    return backup_due(last_backup_time(bank_path, now), now)


def full_check_due(bank_path: Path | str, now: datetime) -> bool:
    """Whether the weekly full ``integrity_check`` of ``bank_path`` is due (never run, a week old,
    or dated in the future).
    """
    try:
        stamp = (backups_folder(bank_path) / FULL_CHECK_STAMP).read_text(encoding="ascii")
        last = datetime.strptime(stamp.strip(), _STAMP).replace(tzinfo=UTC)
    except (OSError, ValueError):
        return True
    return backup_due(last, _aware(now), interval=FULL_CHECK_INTERVAL)


def full_check(bank_path: Path | str, now: datetime) -> list[str]:
    """Run the full ``integrity_check`` on the bank (read only); remember when, if it passed.

    Returns what it found wrong (empty when sound).
    """
    problems = integrity_problems(bank_path)
    if not problems:
        folder = paths.ensure_dir(backups_folder(bank_path))
        (folder / FULL_CHECK_STAMP).write_text(_aware(now).strftime(_STAMP), encoding="ascii")
    return problems


def last_backup_time(
    bank_path: Path | str | None = None, now: datetime | None = None
) -> datetime | None:
    """When the newest backup of ``bank_path`` was made (future-dated ones ignored)."""
    found = [b for b in list_backups(bank_path) if not b.in_future(now)]
    return found[0].created if found else None


def good_backups(
    bank_path: Path | str | None = None, now: datetime | None = None
) -> Iterator[BackupInfo]:
    """The backups that pass ``PRAGMA quick_check``, newest first (future-dated ones ignored)."""
    for item in list_backups(bank_path):
        if not item.in_future(now) and quick_check(item.path):
            yield item


def newest_good_backup(
    bank_path: Path | str | None = None, now: datetime | None = None
) -> BackupInfo | None:
    """The newest good backup that holds data (rows of learners, sets or answers), if any."""
    return next((b for b in good_backups(bank_path, now) if data_rows(b.path)), None)


def fuller_older_backup(
    chosen: BackupInfo, bank_path: Path | str | None = None, now: datetime | None = None
) -> BackupInfo | None:
    """A good backup older than ``chosen`` holding more rows: restoring ``chosen`` needs a yes."""
    rows = data_rows(chosen.path)
    for item in good_backups(bank_path, now):
        if item.created < chosen.created and data_rows(item.path) > rows:
            return item
    return None


def data_rows(path: Path) -> int:
    """How many rows of the learners' and teachers' data a bank or backup file holds."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return 0
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        return sum(
            int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
            for table in DATA_TABLES
            if table in names
        )
    except sqlite3.Error:
        return 0
    finally:
        conn.close()


def ensure_not_emptied(path: Path) -> None:
    """Refuse an empty bank file (no tables) where backups with data exist: that is damage.

    Raises:
        DamagedBankError: naming the newest backup with data.
    """
    if not path.is_file() or not is_empty_file(path):
        return
    found = newest_good_backup(path)
    if found is None:
        return  # a new bank whose first creation was cut short: it is created again
    when = found.created.astimezone().strftime("%Y-%m-%d %H:%M")
    raise DamagedBankError(
        f"the question bank {path} is empty, but it has backups (the newest with data is "
        f"from {when}): it was emptied or cut short. Restore that backup with: "
        "quizapp restore --latest",
        path,
    )


def restore_backup(
    backup: BackupInfo | Path | str, bank_path: Path | str | None = None, *, now: datetime
) -> BackupInfo | None:
    """Put ``backup`` in place of the bank, after backing up the bank as it is.

    The bank must be closed (and its instance lock held by the caller). A bank
    too damaged to back up is copied as it is into a ``damaged`` folder beside
    the backups instead. Returns the backup of the replaced bank (None when
    there was no bank, or it was damaged).

    Raises:
        BankError: the backup is missing or fails its integrity check; the
            bank is then left untouched.
    """
    source = Path(backup.path if isinstance(backup, BackupInfo) else backup).expanduser()
    target = _bank_file(bank_path)
    if not source.is_file():
        raise BankError(f"there is no backup file {source}")
    problems = integrity_problems(source)
    if problems:
        raise BankError(f"the backup {source.name} is damaged ({problems[0]}); choose another")
    saved = _save_current(target, now=now)
    staging = target.with_name(target.name + ".restoring")
    try:
        _copy_database(source, staging)
        for extra in ("-wal", "-shm", "-journal"):
            target.with_name(target.name + extra).unlink(missing_ok=True)
        os.replace(staging, target)
    except (sqlite3.Error, OSError) as exc:
        raise BankError(f"cannot restore {source.name} to {target}: {exc}") from exc
    finally:
        staging.unlink(missing_ok=True)
    _fsync_dir(target.parent)
    return saved


def _save_current(target: Path, *, now: datetime) -> BackupInfo | None:
    if not target.is_file() or is_empty_file(target):
        return None  # nothing to keep (and an empty backup must not become the newest)
    try:
        return make_backup(target, now=now, reason="before-restore")
    except BankError:
        _keep_damaged(target, now=now)
        return None


def worth_a_close_backup(bank: Bank) -> bool:
    """False for a bank this session created from nothing and nobody has studied in yet."""
    if not bank.created or bank.path is None:
        return True
    try:
        conn = sqlite3.connect(f"{bank.path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            studied = conn.execute(
                "SELECT (SELECT COUNT(*) FROM learner) + (SELECT COUNT(*) FROM reviewlog)"
            ).fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return True
    return bool(studied)


def _keep_damaged(target: Path, *, now: datetime) -> Path:
    folder = paths.ensure_dir(backups_folder(target) / "damaged")
    stamp = _aware(now).strftime(_STAMP)
    for extra in ("", "-wal", "-shm", "-journal"):
        part = target.with_name(target.name + extra)
        if part.exists():
            shutil.copy2(part, folder / f"{target.stem}-{stamp}{SUFFIX}{extra}")
    return folder
