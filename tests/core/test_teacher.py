"""The teacher passphrase: set once, stored as a salted scrypt hash, checked in constant time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from quizapp.errors import QuizappError
from quizapp.store import passwords, teacher_passphrase
from quizapp.store.bank import Bank
from quizapp.store.models import Meta

pytestmark = pytest.mark.both_engines  # every test here runs on SQLite and PostgreSQL

PASSPHRASE = "correct horse battery"


def _stored(bank: Bank) -> str:
    with bank.session() as session:
        rows = session.exec(select(Meta).where(Meta.key == teacher_passphrase.PASSPHRASE_KEY)).all()
        assert len(rows) == 1
        return rows[0].value


def test_new_bank_has_no_passphrase(bank: Bank) -> None:
    assert not teacher_passphrase.has_passphrase(bank)
    assert not teacher_passphrase.check_passphrase(bank, "")
    assert not teacher_passphrase.check_passphrase(bank, PASSPHRASE)


def test_set_then_check(bank: Bank) -> None:
    # Given a passphrase set on first use
    teacher_passphrase.set_passphrase(bank, PASSPHRASE)
    # Then the right one is accepted and others are refused
    assert teacher_passphrase.has_passphrase(bank)
    assert teacher_passphrase.check_passphrase(bank, PASSPHRASE)
    assert not teacher_passphrase.check_passphrase(bank, PASSPHRASE.upper())
    assert not teacher_passphrase.check_passphrase(bank, PASSPHRASE + " ")
    assert not teacher_passphrase.check_passphrase(bank, "")


def test_only_a_salted_hash_is_stored(bank: Bank) -> None:
    teacher_passphrase.set_passphrase(bank, PASSPHRASE)
    value = _stored(bank)
    assert PASSPHRASE not in value
    assert PASSPHRASE.encode().hex() not in value
    scheme, n, r, p, salt, digest = value.split("$")
    assert (scheme, int(n), int(r), int(p)) == ("scrypt", passwords.SCRYPT_N, 8, 1)
    assert len(bytes.fromhex(salt)) == passwords.SALT_BYTES
    assert len(bytes.fromhex(digest)) == passwords.HASH_BYTES


def test_same_passphrase_gets_a_new_salt(bank: Bank) -> None:
    teacher_passphrase.set_passphrase(bank, PASSPHRASE)
    first = _stored(bank)
    teacher_passphrase.set_passphrase(bank, PASSPHRASE, current=PASSPHRASE)
    second = _stored(bank)
    assert first != second
    assert teacher_passphrase.check_passphrase(bank, PASSPHRASE)


@pytest.mark.parametrize("short", ["", "       ", "seven77", "  abc   "])
def test_short_passphrases_are_refused(bank: Bank, short: str) -> None:
    with pytest.raises(QuizappError, match="at least 8 characters"):
        teacher_passphrase.set_passphrase(bank, short)
    assert not teacher_passphrase.has_passphrase(bank)


def test_changing_needs_the_current_passphrase(bank: Bank) -> None:
    teacher_passphrase.set_passphrase(bank, PASSPHRASE)
    with pytest.raises(QuizappError, match="not right"):
        teacher_passphrase.set_passphrase(bank, "another passphrase")
    with pytest.raises(QuizappError, match="not right"):
        teacher_passphrase.set_passphrase(bank, "another passphrase", current="wrong guess!")
    assert teacher_passphrase.check_passphrase(bank, PASSPHRASE)
    teacher_passphrase.set_passphrase(bank, "another passphrase", current=PASSPHRASE)
    assert teacher_passphrase.check_passphrase(bank, "another passphrase")
    assert not teacher_passphrase.check_passphrase(bank, PASSPHRASE)


def test_damaged_record_matches_nothing(bank: Bank) -> None:
    with bank.session() as session:
        session.add(Meta(key=teacher_passphrase.PASSPHRASE_KEY, value="scrypt$zz$8$1$00$00"))
    assert teacher_passphrase.has_passphrase(bank)
    assert not teacher_passphrase.check_passphrase(bank, PASSPHRASE)
    with bank.session() as session:
        row = session.get(Meta, teacher_passphrase.PASSPHRASE_KEY)
        assert row is not None
        row.value = f"scrypt${2**30}$8$1$00$00"  # would need far too much memory
    assert not teacher_passphrase.check_passphrase(bank, PASSPHRASE)


def test_passphrase_survives_reopening(bank: Bank) -> None:
    from quizapp.store.bank import open_bank

    teacher_passphrase.set_passphrase(bank, PASSPHRASE)
    reopened = open_bank(bank.engine.url.render_as_string(hide_password=False))
    try:
        assert teacher_passphrase.check_passphrase(reopened, PASSPHRASE)
    finally:
        reopened.close()


def test_a_restore_keeps_the_passphrase_and_the_passwords(tmp_path: Path) -> None:
    from quizapp.store import backup
    from quizapp.store.bank import open_bank
    from quizapp.store.protection import restore_keeping_protection
    from quizapp.study import learners

    now = datetime(2026, 5, 1, 12, tzinfo=UTC)
    db = tmp_path / "bank.sqlite3"
    bank = open_bank(db)
    ada = learners.create_learner(bank, "Ada")
    learners.create_learner(bank, "Ben")
    # Given a backup from before any passphrase or password existed
    old = backup.make_backup(bank, now=now, reason="manual")
    # And since then a passphrase, Ada's password, and a new learner
    teacher_passphrase.set_passphrase(bank, PASSPHRASE)
    learners.set_password(bank, ada.id, "ada's secret")
    learners.create_learner(bank, "Cy")
    # When the old backup is restored
    restore_keeping_protection(bank, old, now=now + timedelta(minutes=1))
    restored = open_bank(db)
    try:
        # Then the bank is the backup's (no Cy), yet the passphrase and Ada's password hold
        assert [x.name for x in learners.list_learners(restored)] == ["Ada", "Ben"]
        assert teacher_passphrase.check_passphrase(restored, PASSPHRASE)
        ada_now = learners.get_learner(restored, "Ada")
        assert ada_now.protected
        assert learners.check_password(restored, ada_now.id, "ada's secret")
        assert not learners.get_learner(restored, "Ben").protected
    finally:
        restored.close()


def test_the_wait_after_wrong_secrets_doubles_up_to_a_minute() -> None:
    from quizapp.store.passwords import MAX_DELAY, RetryDelay

    now = [100.0]
    delay = RetryDelay(clock=lambda: now[0])
    assert delay.remaining() == 0
    waits = [delay.failed() for _ in range(9)]
    assert waits == [1, 2, 4, 8, 16, 32, MAX_DELAY, MAX_DELAY, MAX_DELAY] and MAX_DELAY == 60
    assert delay.remaining() == MAX_DELAY
    now[0] += 59.5
    assert delay.remaining() == 0.5
    for _ in range(2000):  # no overflow however many
        delay.failed()
    delay.succeeded()
    assert delay.remaining() == 0 and delay.failed() == 1


def test_the_cli_resets_a_forgotten_passphrase(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from quizapp.cli import main
    from quizapp.store.bank import open_bank

    db = tmp_path / "bank.sqlite3"
    bank = open_bank(db)
    teacher_passphrase.set_passphrase(bank, PASSPHRASE)
    bank.close()
    # When the teacher, having forgotten it, resets it on the bank file
    assert main(["teacher", "reset-passphrase", "--db", str(db)]) == 0
    assert "removed" in capsys.readouterr().out
    # Then the bank has none: the Teacher menu asks for a new one
    bank = open_bank(db)
    try:
        assert not teacher_passphrase.has_passphrase(bank)
        teacher_passphrase.set_passphrase(bank, "a brand new passphrase")  # no current one asked
    finally:
        bank.close()
    assert main(["teacher", "reset-passphrase", "--db", str(db)]) == 0
    assert main(["teacher", "reset-passphrase", "--db", str(db)]) == 0
    assert "has no teacher passphrase" in capsys.readouterr().out


def test_the_command_line_restore_keeps_the_passphrase_too(tmp_path: Path) -> None:
    from quizapp.cli import main
    from quizapp.store import backup
    from quizapp.store.bank import open_bank
    from quizapp.study import learners

    db = tmp_path / "bank.sqlite3"
    bank = open_bank(db)
    learners.create_learner(bank, "Ada")  # (a backup with no data is never restored by --latest)
    # Given a backup from before the passphrase existed, and the passphrase set since
    backup.make_backup(bank, now=datetime.now(UTC) - timedelta(hours=1), reason="manual")
    teacher_passphrase.set_passphrase(bank, PASSPHRASE)
    bank.close()
    # When the backup is restored from the command line
    assert main(["restore", "--latest", "--db", str(db)]) == 0
    # Then the passphrase still guards the teacher's tools
    restored = open_bank(db)
    try:
        assert teacher_passphrase.check_passphrase(restored, PASSPHRASE)
    finally:
        restored.close()
