"""Backups: consistent copies, checked, rotated, listed and restored."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from quizapp import paths
from quizapp.cli import main
from quizapp.errors import BankError
from quizapp.store.backup import (
    KEEP_LAST,
    BackupInfo,
    backup_due,
    backups_folder,
    backups_to_keep,
    last_backup_time,
    list_backups,
    make_backup,
    newest_good_backup,
    prune_backups,
    restore_backup,
)
from quizapp.store.bank import Bank, open_bank
from quizapp.store.instance import lock_bank
from quizapp.store.integrity import integrity_problems
from quizapp.store.models import Learner

NOW = datetime(2026, 11, 28, 15, 30, tzinfo=UTC)


def add_learner(bank: Bank, name: str) -> None:
    with bank.session() as session:
        session.add(Learner(name=name))


def learner_names(path: Path) -> list[str]:
    bank = open_bank(path)
    try:
        with bank.session() as session:
            return sorted(session.exec(select(Learner.name)).all())
    finally:
        bank.close()


def damage(path: Path) -> None:
    """Overwrite every page but the first (the schema) with garbage."""
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.seek(4096)
        handle.write(b"\xff" * (size - 4096))


@pytest.fixture
def default_bank() -> Bank:
    opened = open_bank(paths.bank_path())
    yield opened  # type: ignore[misc]
    opened.close()


def test_backup_is_consistent_while_the_bank_is_being_written(bank: Bank) -> None:
    # Given a committed learner and another one in a transaction still open
    add_learner(bank, "Ada")
    assert bank.path is not None
    writer = sqlite3.connect(bank.path)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute(
        "INSERT INTO learner (name, created_at, desired_retention, new_per_day, day_start_hour,"
        " timezone) VALUES ('Uncommitted', '2026-11-28 00:00:00', 0.9, 20, 4, 'UTC')"
    )
    # When the bank is backed up mid-transaction
    made = make_backup(bank, now=NOW, reason="auto")
    writer.rollback()
    writer.close()
    # Then the backup holds exactly what was committed, as one self-contained, sound file
    assert learner_names(made.path) == ["Ada"]
    assert integrity_problems(made.path) == []
    assert made.size == made.path.stat().st_size > 0
    assert made.reason == "auto"
    assert made.created == NOW


def test_backup_is_one_file_in_rollback_journal_mode(bank: Bank) -> None:
    made = make_backup(bank, now=NOW, reason="manual")
    conn = sqlite3.connect(made.path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        conn.close()
    leftovers = [p.name for p in made.path.parent.iterdir() if p != made.path]
    assert leftovers == []


def test_default_bank_backups_go_to_the_backup_dir_and_others_apart(
    bank: Bank, default_bank: Bank
) -> None:
    mine = make_backup(default_bank, now=NOW, reason="manual")
    other = make_backup(bank, now=NOW, reason="manual")
    assert mine.path.parent == paths.backup_dir()
    assert other.path.parent == backups_folder(bank.path)
    assert other.path.parent != paths.backup_dir()
    assert [b.path for b in list_backups()] == [mine.path]
    assert [b.path for b in list_backups(bank.path)] == [other.path]


def test_list_backups_newest_first_with_dates_and_sizes(bank: Bank) -> None:
    for minutes, reason in ((0, "auto"), (45, "close"), (20, "manual")):
        make_backup(bank, now=NOW + timedelta(minutes=minutes), reason=reason)
    found = list_backups(bank.path)
    assert [b.reason for b in found] == ["close", "manual", "auto"]
    assert [b.created for b in found] == sorted((b.created for b in found), reverse=True)
    assert all(b.size > 0 for b in found)
    assert last_backup_time(bank.path) == NOW + timedelta(minutes=45)


def test_two_backups_in_the_same_instant_do_not_overwrite_each_other(bank: Bank) -> None:
    first = make_backup(bank, now=NOW, reason="manual")
    second = make_backup(bank, now=NOW, reason="manual")
    assert first.path != second.path
    assert first.path.exists() and second.path.exists()


def test_backup_reason_must_be_a_plain_word(bank: Bank) -> None:
    with pytest.raises(ValueError, match="reason"):
        make_backup(bank, now=NOW, reason="../escape")


def test_backup_needs_an_aware_time(bank: Bank) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        make_backup(bank, now=datetime(2026, 11, 28), reason="manual")


def test_backup_of_a_missing_bank_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(BankError, match="no question bank"):
        make_backup(tmp_path / "nothing.sqlite3", now=NOW, reason="manual")


def test_backup_of_a_damaged_bank_fails_its_check_and_leaves_no_file(bank: Bank) -> None:
    assert bank.path is not None
    bank.close()
    damage(bank.path)
    with pytest.raises(BankError, match=r"integrity check|malformed|not a database"):
        make_backup(bank.path, now=NOW, reason="manual")
    assert list(backups_folder(bank.path).iterdir()) == []


def fake(created: datetime) -> BackupInfo:
    return BackupInfo(Path(f"/b/{created.isoformat()}"), created, 1, "auto")


def test_rotation_keeps_last_ten_one_a_day_for_a_week_and_one_a_week_for_a_month() -> None:
    # Given a backup every 3 hours for 60 days
    backups = [fake(NOW - timedelta(hours=3 * i)) for i in range(60 * 8)]
    # When the rotation rule chooses
    keep = backups_to_keep(backups, now=NOW)
    kept = sorted((b for b in backups if b.path in keep), key=lambda b: b.created, reverse=True)
    # Then the 10 newest are kept
    assert {b.path for b in backups[:KEEP_LAST]} <= keep
    # and every one of the last 7 calendar days keeps at least one backup
    for day in range(7):
        date = (NOW - timedelta(days=day)).date()
        assert any(b.created.date() == date for b in kept)
    # and every ISO week of the last 31 days keeps one
    weeks = {(NOW - timedelta(days=d)).isocalendar()[:2] for d in range(31)}
    assert weeks <= {b.created.isocalendar()[:2] for b in kept}
    # and nothing older than a month is kept, so the folder stays small
    assert all(NOW - b.created < timedelta(days=32) for b in kept)
    assert len(kept) <= KEEP_LAST + 7 + 6


def test_rotation_keeps_everything_when_there_are_few() -> None:
    backups = [fake(NOW - timedelta(days=40 * i)) for i in range(5)]
    assert backups_to_keep(backups, now=NOW) == {b.path for b in backups}


def test_each_backup_prunes_the_files_rotation_drops(bank: Bank) -> None:
    # Given 14 backups made a minute apart on one day
    made = [
        make_backup(bank, now=NOW + timedelta(minutes=i), reason="auto").path for i in range(14)
    ]
    # Then only the newest ten are left on disk
    assert [b.path for b in list_backups(bank.path)] == made[::-1][:KEEP_LAST]
    assert not any(p.exists() for p in made[: 14 - KEEP_LAST])
    # and pruning again later removes nothing more: the newest ten are always kept
    assert prune_backups(bank.path, now=NOW + timedelta(days=90)) == []


def test_backup_due_every_thirty_minutes() -> None:
    assert backup_due(None, NOW)
    assert not backup_due(NOW, NOW + timedelta(minutes=29, seconds=59))
    assert backup_due(NOW, NOW + timedelta(minutes=30))


def test_restore_puts_the_backup_back_and_first_saves_the_current_bank(bank: Bank) -> None:
    # Given a backup with Ada, then Grace added afterwards
    add_learner(bank, "Ada")
    made = make_backup(bank, now=NOW, reason="manual")
    add_learner(bank, "Grace")
    assert bank.path is not None
    bank.close()
    # When the backup is restored
    saved = restore_backup(made, bank.path, now=NOW + timedelta(hours=1))
    # Then the bank is the backup again, and the replaced bank is itself a backup
    assert learner_names(bank.path) == ["Ada"]
    assert saved is not None and saved.reason == "before-restore"
    assert learner_names(saved.path) == ["Ada", "Grace"]
    assert integrity_problems(bank.path) == []


def test_restore_refuses_a_damaged_backup_and_leaves_the_bank_alone(bank: Bank) -> None:
    add_learner(bank, "Ada")
    made = make_backup(bank, now=NOW, reason="manual")
    damage(made.path)
    assert bank.path is not None
    bank.close()
    with pytest.raises(BankError, match="damaged"):
        restore_backup(made, bank.path, now=NOW)
    assert learner_names(bank.path) == ["Ada"]
    assert len(list_backups(bank.path)) == 1  # no before-restore backup was made either


def test_restore_over_a_damaged_bank_keeps_a_copy_of_the_damaged_file(bank: Bank) -> None:
    add_learner(bank, "Ada")
    made = make_backup(bank, now=NOW, reason="manual")
    assert bank.path is not None
    bank.close()
    damage(bank.path)
    saved = restore_backup(made.path, bank.path, now=NOW)
    assert saved is None
    assert learner_names(bank.path) == ["Ada"]
    damaged = list((backups_folder(bank.path) / "damaged").iterdir())
    assert [p.suffix for p in damaged] == [".sqlite3"]


def test_newest_good_backup_skips_damaged_ones(bank: Bank) -> None:
    add_learner(bank, "Ada")
    good = make_backup(bank, now=NOW, reason="auto")
    bad = make_backup(bank, now=NOW + timedelta(minutes=30), reason="auto")
    damage(bad.path)
    found = newest_good_backup(bank.path)
    assert found is not None and found.path == good.path


def test_cli_backup_restore_list_and_number(bank: Bank, capsys: pytest.CaptureFixture[str]) -> None:
    assert bank.path is not None
    db = str(bank.path)
    add_learner(bank, "Ada")
    assert main(["backup", "--db", db]) == 0
    add_learner(bank, "Grace")
    bank.close()
    assert main(["restore", "--db", db]) == 0
    listing = capsys.readouterr().out
    assert "  1  " in listing and "manual" in listing
    assert main(["restore", "1", "--db", db]) == 0
    assert "the bank as it was is saved as" in capsys.readouterr().out
    assert learner_names(bank.path) == ["Ada"]
    assert main(["restore", "9", "--db", db]) == 1
    assert "no backup number 9" in capsys.readouterr().err


def test_cli_restore_refuses_a_bank_open_in_another_window(
    bank: Bank, capsys: pytest.CaptureFixture[str]
) -> None:
    assert bank.path is not None
    add_learner(bank, "Ada")
    make_backup(bank, now=NOW, reason="manual")
    with lock_bank(bank.path):
        assert main(["restore", "--latest", "--db", str(bank.path)]) == 1
    assert "already open in another quizapp window" in capsys.readouterr().err


def test_a_backup_dated_in_the_future_neither_stops_backups_nor_is_restored(bank: Bank) -> None:
    # Given a backup of today and one whose date is a year ahead (a wrong clock, a copied file)
    add_learner(bank, "Ada")
    today = make_backup(bank, now=NOW, reason="auto")
    future = make_backup(bank, now=NOW + timedelta(days=365), reason="auto")
    # Then the last backup time is today's, so automatic backups stay due every 30 minutes
    assert last_backup_time(bank.path, NOW + timedelta(minutes=31)) == today.created
    assert backup_due(future.created, NOW + timedelta(minutes=31))
    # and restore --latest takes today's, and lists flag the future one
    found = newest_good_backup(bank.path, NOW + timedelta(minutes=31))
    assert found is not None and found.path == today.path
    assert "dated in the future" in future.describe(NOW)
    assert "dated in the future" not in today.describe(NOW)


def test_rotation_keeps_future_dated_backups_aside_and_still_keeps_the_last_ten() -> None:
    # Given 15 backups a minute apart and two dated years ahead
    backups = [fake(NOW - timedelta(minutes=i)) for i in range(15)]
    future = [fake(NOW + timedelta(days=400 + i)) for i in range(2)]
    # When the rotation rule chooses, Then the future ones take none of the ten places
    keep = backups_to_keep(backups + future, now=NOW)
    assert keep == {b.path for b in future} | {b.path for b in backups[:KEEP_LAST]}
