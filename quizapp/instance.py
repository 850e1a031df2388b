"""One quizapp process per bank: an OS file lock held next to the bank file.

The lock is ``<bank file>.lock`` (``filelock``: ``fcntl.flock`` on Unix,
``msvcrt.locking`` on Windows), so the operating system releases it when the
holder exits or is killed; there are no stale locks to clean up. The holder
writes its process id into the file so a refused second instance can name it.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from types import TracebackType

from filelock import FileLock, Timeout

from quizapp.errors import BankError
from quizapp.paths import bank_url


class BankInUseError(BankError):
    """Another quizapp process has this bank open."""


def lock_path(bank_path: Path | str) -> Path:
    """The lock file for ``bank_path``."""
    path = Path(bank_path)
    return path.with_name(path.name + ".lock")


def bank_file(db: str | Path | None) -> Path | None:
    """The SQLite file behind ``db`` (path, URL or None for the default), if it is one."""
    url = bank_url(db)
    prefix = "sqlite:///"
    if not url.startswith(prefix) or url == prefix + ":memory:":
        return None
    return Path(url.removeprefix(prefix))


class BankLock:
    """The lock that keeps a bank to one process; a no-op for non-file banks."""

    def __init__(self, bank_path: Path | str | None) -> None:
        self.bank_path = Path(bank_path) if bank_path is not None else None
        self._lock = FileLock(lock_path(self.bank_path), timeout=0) if self.bank_path else None
        self._held = False

    @property
    def held(self) -> bool:
        return self._held

    def acquire(self) -> BankLock:
        """Take the lock, or raise :class:`BankInUseError` naming the holder."""
        if self._held or self._lock is None or self.bank_path is None:
            self._held = self._lock is not None
            return self
        try:
            self.bank_path.parent.mkdir(parents=True, exist_ok=True)
            self._lock.acquire()
        except Timeout:
            pid = _holder_pid(lock_path(self.bank_path))
            holder = f" (pid {pid})" if pid else ""
            raise BankInUseError(
                f"the question bank {self.bank_path} is already open in another quizapp "
                f"window{holder}; close that window first"
            ) from None
        except OSError as exc:
            raise BankError(
                f"cannot lock the question bank {self.bank_path}: {exc.strerror or exc}"
            ) from exc
        self._held = True
        with contextlib.suppress(OSError):  # without the pid only the message is poorer
            lock_path(self.bank_path).write_text(f"{os.getpid()}\n", encoding="ascii")
        return self

    def release(self) -> None:
        """Give the lock up (safe to call when not held)."""
        if self._held and self._lock is not None:
            self._lock.release(force=True)
        self._held = False

    def __enter__(self) -> BankLock:
        return self.acquire()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.release()


def _holder_pid(path: Path) -> int | None:
    try:
        return int(path.read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        return None


def lock_bank(db: str | Path | None = None) -> BankLock:
    """Take the one-process lock of the bank ``db`` (path, URL or None for the default).

    Raises:
        BankInUseError: another quizapp process holds it; the message names its pid.
    """
    return BankLock(bank_file(db)).acquire()
