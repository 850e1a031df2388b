"""Salted scrypt hashes of secrets (the teacher passphrase, learners' passwords).

A record reads ``scrypt$n$r$p$salt$hash`` (salt and hash in hex); the secret
itself is never stored. A damaged record never matches.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

SCRYPT_N = 2**14  # 16 MB of memory with r=8: about 50 ms per check
SCRYPT_R = 8
SCRYPT_P = 1
HASH_BYTES = 32
SALT_BYTES = 16
MAX_MEMORY = 64 * 1024 * 1024  # a damaged record cannot ask for more


def hash_record(text: str) -> str:
    """A new salted record of ``text``."""
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _scrypt(text, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def matches(record: str, text: str) -> bool:
    """Whether ``text`` is the secret behind ``record`` (compared in constant time)."""
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
