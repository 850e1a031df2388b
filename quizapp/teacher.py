"""The teacher passphrase: set on first use, kept in the bank as a salted scrypt hash.

The bank's ``meta`` table holds ``scrypt$n$r$p$salt$hash`` (salt and hash in
hex) under :data:`PASSPHRASE_KEY`; the passphrase itself is never stored.
Editing sets, importing and the class view ask for it; taking quizzes does not.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from quizapp.bank import Bank
from quizapp.errors import QuizappError
from quizapp.models import Meta

PASSPHRASE_KEY = "teacher_passphrase"
MIN_LENGTH = 8
SCRYPT_N = 2**14  # 16 MB of memory with r=8: about 50 ms per check
SCRYPT_R = 8
SCRYPT_P = 1
HASH_BYTES = 32
SALT_BYTES = 16
MAX_MEMORY = 64 * 1024 * 1024  # a damaged record cannot ask for more


def has_passphrase(bank: Bank) -> bool:
    """Whether a teacher passphrase has been set for this bank."""
    return _stored(bank) is not None


def set_passphrase(bank: Bank, text: str, *, current: str | None = None) -> None:
    """Store ``text`` as the teacher passphrase (its salted hash).

    Raises:
        QuizappError: ``text`` is shorter than :data:`MIN_LENGTH` characters or
            only spaces, or a passphrase is already set and ``current`` does not
            match it.
    """
    if len(text.strip()) < MIN_LENGTH:
        raise QuizappError(f"the teacher passphrase needs at least {MIN_LENGTH} characters")
    stored = _stored(bank)
    if stored is not None and (current is None or not _matches(stored, current)):
        raise QuizappError("the current teacher passphrase is not right")
    value = _hash_record(text)
    with bank.session() as session:
        row = session.get(Meta, PASSPHRASE_KEY)
        if row is None:
            session.add(Meta(key=PASSPHRASE_KEY, value=value))
        else:
            row.value = value


def check_passphrase(bank: Bank, text: str) -> bool:
    """Whether ``text`` is the teacher passphrase (False when none is set)."""
    stored = _stored(bank)
    return stored is not None and _matches(stored, text)


def _stored(bank: Bank) -> str | None:
    with bank.session() as session:
        row = session.get(Meta, PASSPHRASE_KEY)
        return row.value if row is not None and row.value else None


def _hash_record(text: str) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _scrypt(text, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def _matches(record: str, text: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = record.split("$")
        if scheme != "scrypt":
            return False
        expected = bytes.fromhex(digest)
        given = _scrypt(text, bytes.fromhex(salt), int(n), int(r), int(p), len(expected))
    except ValueError:  # a damaged record never matches
        return False
    return hmac.compare_digest(given, expected)


def _scrypt(text: str, salt: bytes, n: int, r: int, p: int, size: int = HASH_BYTES) -> bytes:
    return hashlib.scrypt(
        text.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=size, maxmem=MAX_MEMORY
    )
