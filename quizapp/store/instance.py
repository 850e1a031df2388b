"""One quizapp process per bank: OS file locks the system drops when the holder dies.

Two locks, so that every way of naming a bank finds the same one:

- ``<real path>.lock`` beside the bank, named after the bank's real path
  (symlinks resolved, any URL form such as ``sqlite+pysqlite:///...?timeout=1``
  reduced to its file). It also covers a bank that does not exist yet. The
  holder writes its process id into it, so a refused second instance can name it.
- on Linux, a ``flock`` on the bank file itself: keyed on the file (device and
  inode), so a hard link or any other name of the same file is refused too.
  Linux keeps ``flock`` locks apart from the ``fcntl`` locks SQLite uses (some
  BSDs, macOS among them, do not promise that, so there only the first lock is taken).
  Its descriptor stays open while the lock is held and is closed by
  :meth:`BankLock.release`, which must therefore come after the bank is closed
  (closing any descriptor of a file drops the process's ``fcntl`` locks on it).

There are no stale locks to clean up: the operating system releases both when
the holder exits or is killed.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import time
from pathlib import Path
from types import TracebackType

from filelock import FileLock, Timeout

from quizapp.errors import BankError
from quizapp.paths import bank_path, bank_url, sqlite_path

WAIT_STEP = 0.2  # seconds between tries when waiting for a lock


class BankInUseError(BankError):
    """Another quizapp process has this bank open."""


def lock_path(bank_path: Path | str) -> Path:
    """The lock file for ``bank_path`` (a real path: symlinks already resolved)."""
    path = Path(bank_path)
    return path.with_name(path.name + ".lock")


def bank_file(db: str | Path | None) -> Path | None:
    """The SQLite file behind ``db`` (path, any SQLite URL, or None for the default), if any."""
    return sqlite_path(bank_url(db))


class BankLock:
    """The lock that keeps a bank to one process; a no-op for non-file banks."""

    def __init__(self, bank_path: Path | str | None, *, wait: float = 0) -> None:
        self.bank_path = Path(os.path.realpath(bank_path)) if bank_path is not None else None
        self.wait = wait  # seconds to wait for another holder before giving up
        self._lock = FileLock(lock_path(self.bank_path), timeout=0) if self.bank_path else None
        self._file_fd: int | None = None
        self._held = False

    @property
    def held(self) -> bool:
        return self._held

    def acquire(self) -> BankLock:
        """Take the lock (waiting up to ``wait`` seconds), or raise :class:`BankInUseError`."""
        if self._held or self._lock is None or self.bank_path is None:
            self._held = self._lock is not None
            return self
        if self.bank_path.is_dir():
            raise BankError(
                f"{self.bank_path} is a folder, not a question bank file; give the bank's file"
            )
        if self.bank_path == Path(os.path.realpath(bank_path())):
            with contextlib.suppress(OSError):  # the user's own bank: its folder is ours to make
                self.bank_path.parent.mkdir(parents=True, exist_ok=True)
        deadline = time.monotonic() + self.wait
        while True:
            try:
                self._try_once()
                break
            except BankInUseError:
                if time.monotonic() >= deadline:
                    raise
                time.sleep(WAIT_STEP)
        self._held = True
        with contextlib.suppress(OSError):  # without the pid only the message is poorer
            lock_path(self.bank_path).write_text(f"{os.getpid()}\n", encoding="ascii")
        return self

    def _try_once(self) -> None:
        assert self._lock is not None and self.bank_path is not None
        try:
            self._lock.acquire()
        except Timeout:
            pid = _holder_pid(lock_path(self.bank_path))
            raise self._in_use(f" (pid {pid})" if pid else "") from None
        except OSError as exc:
            raise _cannot_lock(self.bank_path, exc) from exc
        try:
            self.cover_file()
        except BaseException:
            self._lock.release(force=True)
            raise

    def cover_file(self) -> None:
        """Lock the bank file itself too (once it exists, again after a restore replaced it):
        hard links then find it taken. Call it only while the bank is closed, or just opened.
        """
        if self.bank_path is None or not sys.platform.startswith("linux"):
            return
        if self._file_fd is not None:
            if _same_file(self._file_fd, self.bank_path):
                return
            os.close(self._file_fd)  # the old file is gone (replaced by a restore)
            self._file_fd = None
        import fcntl

        try:
            fd = os.open(self.bank_path, os.O_RDONLY)
        except OSError:
            return  # no file yet (or unreadable: opening the bank says why)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise self._in_use(" (under another name)") from None
        self._file_fd = fd

    def _in_use(self, holder: str) -> BankInUseError:
        return BankInUseError(
            f"the question bank {self.bank_path} is already open in another quizapp "
            f"window{holder}; close that window first"
        )

    def release(self) -> None:
        """Give the lock up (safe to call when not held); call it after closing the bank."""
        if self._file_fd is not None:
            os.close(self._file_fd)
            self._file_fd = None
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


def _same_file(fd: int, path: Path) -> bool:
    try:
        held, now = os.fstat(fd), os.stat(path)
    except OSError:
        return True  # no file to lock instead
    return (held.st_dev, held.st_ino) == (now.st_dev, now.st_ino)


def _cannot_lock(bank_path: Path, exc: OSError) -> BankError:
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return BankError(
            f"the folder {bank_path.parent} is read-only ({exc.strerror}); quizapp needs to "
            "write there (the bank and its journal): check the folder's permissions"
        )
    if exc.errno == errno.ENOENT:
        return BankError(f"there is no folder {bank_path.parent}; check the path")
    return BankError(f"cannot lock the question bank {bank_path}: {exc.strerror or exc}")


def _holder_pid(path: Path) -> int | None:
    try:
        return int(path.read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        return None


def lock_bank(db: str | Path | None = None, *, wait: float = 0) -> BankLock:
    """Take the one-process lock of the bank ``db`` (path, URL or None for the default).

    Raises:
        BankInUseError: another quizapp process holds it; the message names its pid.
        BankError: the lock cannot be taken (a read-only or missing folder).
    """
    return BankLock(bank_file(db), wait=wait).acquire()
