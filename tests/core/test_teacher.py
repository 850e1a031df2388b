"""The teacher passphrase: set once, stored as a salted scrypt hash, checked in constant time."""

from __future__ import annotations

import pytest
from sqlmodel import select

from quizapp import passwords, teacher
from quizapp.bank import Bank
from quizapp.errors import QuizappError
from quizapp.models import Meta

pytestmark = pytest.mark.both_engines  # every test here runs on SQLite and PostgreSQL

PASSPHRASE = "correct horse battery"


def _stored(bank: Bank) -> str:
    with bank.session() as session:
        rows = session.exec(select(Meta).where(Meta.key == teacher.PASSPHRASE_KEY)).all()
        assert len(rows) == 1
        return rows[0].value


def test_new_bank_has_no_passphrase(bank: Bank) -> None:
    assert not teacher.has_passphrase(bank)
    assert not teacher.check_passphrase(bank, "")
    assert not teacher.check_passphrase(bank, PASSPHRASE)


def test_set_then_check(bank: Bank) -> None:
    # Given a passphrase set on first use
    teacher.set_passphrase(bank, PASSPHRASE)
    # Then the right one is accepted and others are refused
    assert teacher.has_passphrase(bank)
    assert teacher.check_passphrase(bank, PASSPHRASE)
    assert not teacher.check_passphrase(bank, PASSPHRASE.upper())
    assert not teacher.check_passphrase(bank, PASSPHRASE + " ")
    assert not teacher.check_passphrase(bank, "")


def test_only_a_salted_hash_is_stored(bank: Bank) -> None:
    teacher.set_passphrase(bank, PASSPHRASE)
    value = _stored(bank)
    assert PASSPHRASE not in value
    assert PASSPHRASE.encode().hex() not in value
    scheme, n, r, p, salt, digest = value.split("$")
    assert (scheme, int(n), int(r), int(p)) == ("scrypt", passwords.SCRYPT_N, 8, 1)
    assert len(bytes.fromhex(salt)) == passwords.SALT_BYTES
    assert len(bytes.fromhex(digest)) == passwords.HASH_BYTES


def test_same_passphrase_gets_a_new_salt(bank: Bank) -> None:
    teacher.set_passphrase(bank, PASSPHRASE)
    first = _stored(bank)
    teacher.set_passphrase(bank, PASSPHRASE, current=PASSPHRASE)
    second = _stored(bank)
    assert first != second
    assert teacher.check_passphrase(bank, PASSPHRASE)


@pytest.mark.parametrize("short", ["", "       ", "seven77", "  abc   "])
def test_short_passphrases_are_refused(bank: Bank, short: str) -> None:
    with pytest.raises(QuizappError, match="at least 8 characters"):
        teacher.set_passphrase(bank, short)
    assert not teacher.has_passphrase(bank)


def test_changing_needs_the_current_passphrase(bank: Bank) -> None:
    teacher.set_passphrase(bank, PASSPHRASE)
    with pytest.raises(QuizappError, match="not right"):
        teacher.set_passphrase(bank, "another passphrase")
    with pytest.raises(QuizappError, match="not right"):
        teacher.set_passphrase(bank, "another passphrase", current="wrong guess!")
    assert teacher.check_passphrase(bank, PASSPHRASE)
    teacher.set_passphrase(bank, "another passphrase", current=PASSPHRASE)
    assert teacher.check_passphrase(bank, "another passphrase")
    assert not teacher.check_passphrase(bank, PASSPHRASE)


def test_damaged_record_matches_nothing(bank: Bank) -> None:
    with bank.session() as session:
        session.add(Meta(key=teacher.PASSPHRASE_KEY, value="scrypt$zz$8$1$00$00"))
    assert teacher.has_passphrase(bank)
    assert not teacher.check_passphrase(bank, PASSPHRASE)
    with bank.session() as session:
        row = session.get(Meta, teacher.PASSPHRASE_KEY)
        assert row is not None
        row.value = f"scrypt${2**30}$8$1$00$00"  # would need far too much memory
    assert not teacher.check_passphrase(bank, PASSPHRASE)


def test_passphrase_survives_reopening(bank: Bank) -> None:
    from quizapp.bank import open_bank

    teacher.set_passphrase(bank, PASSPHRASE)
    reopened = open_bank(bank.engine.url.render_as_string(hide_password=False))
    try:
        assert teacher.check_passphrase(reopened, PASSPHRASE)
    finally:
        reopened.close()
