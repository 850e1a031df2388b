"""Salted scrypt hashes of secrets (the teacher passphrase, learners' passwords).

A record reads ``scrypt$n$r$p$salt$hash`` (salt and hash in hex); the secret
itself is never stored. A damaged record never matches.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass

SCRYPT_N = 2**14  # 16 MB of memory with r=8: about 50 ms per check
SCRYPT_R = 8
SCRYPT_P = 1
HASH_BYTES = 32
SALT_BYTES = 16
MAX_MEMORY = 64 * 1024 * 1024  # a damaged record cannot ask for more
FIRST_DELAY = 1.0  # seconds to wait after a wrong secret, doubling with each one
MAX_DELAY = 60.0


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


@dataclass
class RetryDelay:
    """A growing wait after each wrong secret (1 s, 2 s, 4 s ... at most a minute).

    Guessing then takes hours instead of seconds. ``clock`` (seconds, monotonic)
    is passed in so tests need not wait.
    """

    clock: Callable[[], float] = time.monotonic
    failures: int = 0
    until: float = 0.0  # on ``clock``: no new try before then

    def failed(self) -> float:
        """Count a wrong secret; the seconds to wait before the next try."""
        self.failures += 1
        wait = min(FIRST_DELAY * 2.0 ** min(self.failures - 1, 16), MAX_DELAY)
        self.until = self.clock() + wait
        return wait

    def remaining(self) -> float:
        """Seconds left before the next try is allowed (0 when it is)."""
        return max(0.0, self.until - self.clock())

    def succeeded(self) -> None:
        """The right secret: the next wrong one waits a second again."""
        self.failures, self.until = 0, 0.0
