"""Is the bank file fit to open? Damaged, emptied or read-only files, found before any write.

Cheap checks on the file alone (SQLite's ``quick_check``, a read-only
connection, a scratch file beside the bank), run before the window or a
command opens a bank: :func:`check_before_open`. :mod:`quizapp.store.integrity`
holds the full check, ``quizapp check``.

On a big bank ``quick_check`` reads the whole file (a second per 350 MB), so
the window runs it beside the opening instead, as a :class:`CheckBehind`, when
opening will not write (:func:`opens_without_writing`): every write waits for
its verdict and is refused on a damaged bank, so that one is still never written.
"""

from __future__ import annotations

import contextlib
import sqlite3
import tempfile
import threading
from pathlib import Path

from quizapp.errors import BankError
from quizapp.store.dberrors import DamagedBankError


def _open_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def integrity_problems(path: Path | str, *, quick: bool = False) -> list[str]:
    """What ``PRAGMA integrity_check`` (or ``quick_check``) finds wrong; empty when sound."""
    path = Path(path)
    if not path.is_file():
        return [f"{path} does not exist"]
    pragma = "quick_check" if quick else "integrity_check"
    try:
        conn = _open_read_only(path)
        try:
            rows = conn.execute(f"PRAGMA {pragma}").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    messages = [str(row[0]) for row in rows]
    return [] if messages == ["ok"] else messages


def quick_check(path: Path | str) -> bool:
    """True when ``PRAGMA quick_check`` finds the file sound (or there is no file yet)."""
    path = Path(path)
    return not path.exists() or not integrity_problems(path, quick=True)


def is_empty_file(path: Path | str) -> bool:
    """True for a file of zero bytes or a SQLite file without a single table."""
    path = Path(path)
    try:
        if path.stat().st_size == 0:
            return True
        conn = _open_read_only(path)
        try:
            return int(conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0]) == 0
        finally:
            conn.close()
    except (OSError, sqlite3.Error):
        return False  # unreadable or not a database: the other checks say so


def ensure_intact(path: Path | str) -> None:
    """Refuse a damaged bank before anything writes to it.

    Raises:
        DamagedBankError: naming the bank and what to do.
    """
    path = Path(path)
    if not path.exists():
        return
    refuse_damage(path, integrity_problems(path, quick=True))


def refuse_damage(path: Path, found: list[str]) -> None:
    """Raise :class:`DamagedBankError` when the check found anything wrong."""
    if found:
        raise DamagedBankError(
            f"the question bank {path} is damaged ({found[0]}); nothing was written to it. "
            "Restore the newest good backup with: quizapp restore --latest",
            path,
        )


def opens_without_writing(path: Path, head: str, done_key: str) -> bool:
    """Whether opening the bank at ``path`` reads it only: already in WAL mode, no WAL file
    with frames left by a crash (closing would copy them into the bank), at schema
    ``head``, and its first-start work done (a ``meta`` row ``done_key``). False when unsure.
    """
    wal = path.with_name(path.name + "-wal")
    try:
        with open(path, "rb") as handle:
            header = handle.read(20)
        if len(header) < 20 or header[18:20] != b"\x02\x02" or _size(wal):
            return False
        conn = _open_read_only(path)
        try:
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchall()
            done = conn.execute("SELECT 1 FROM meta WHERE key = ?", (done_key,)).fetchall()
        finally:
            conn.close()
    except (OSError, sqlite3.Error):
        return False
    return revision == [(head,)] and bool(done)


def _size(path: Path) -> int:
    """The file's size; 0 when there is none (read-only readers leave an empty WAL file)."""
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


class CheckBehind:
    """``PRAGMA quick_check`` of a bank file on a thread of its own, started at once.

    :meth:`ensure_sound` waits for the verdict: call it before any write.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._found: list[str] = []
        self._conn: sqlite3.Connection | None = None
        self._stopped = False
        self._thread = threading.Thread(target=self._run, name="quick_check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._conn = _open_read_only(self.path)
            if self._stopped:
                self._conn.close()
                return
            try:
                rows = self._conn.execute("PRAGMA quick_check").fetchall()
            finally:
                self._conn.close()
        except sqlite3.Error as exc:
            rows = [(str(exc),)]
        messages = [str(row[0]) for row in rows]
        self._found = [] if messages == ["ok"] else messages

    @property
    def stopped(self) -> bool:
        """Whether :meth:`stop` cut the check short (it gives no verdict then)."""
        return self._stopped

    def done(self) -> bool:
        """Whether the verdict is in."""
        return not self._thread.is_alive()

    def problems(self) -> list[str]:
        """What the check found wrong (empty when sound); waits for the verdict."""
        self._thread.join()
        if self._stopped:
            return ["the check was stopped"]
        return self._found

    def ensure_sound(self) -> None:
        """Wait for the verdict; refuse a damaged bank.

        Raises:
            DamagedBankError: naming the bank and the restore.
        """
        refuse_damage(self.path, self.problems())

    def stop(self) -> None:
        """Stop a check still running (the window closes); writes are refused after it."""
        self._stopped = True
        conn = self._conn
        if conn is not None and not self.done():
            with contextlib.suppress(sqlite3.ProgrammingError):  # closed by the check meanwhile
                conn.interrupt()
        self._thread.join()


def ensure_folder_writable(path: Path | str) -> None:
    """Refuse a bank in a folder quizapp cannot write (SQLite keeps its journal beside the bank).

    Raises:
        BankError: naming the folder.
    """
    folder = Path(path).parent
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        raise BankError(
            f"the folder {folder} is read-only ({exc.strerror or exc}); quizapp needs to write "
            "there (the bank and its journal): check the folder's permissions"
        ) from exc


def ensure_writable(path: Path | str) -> None:
    """Refuse a bank that cannot be written (read-only file, folder or disk) before use.

    The bank file is opened for writing and a scratch file is made beside it
    (SQLite keeps its ``-wal`` and ``-shm`` files there); neither changes the bank.

    Raises:
        BankError: naming the bank (or its folder) and the cause.
    """
    path = Path(path)
    if not path.exists():
        return
    ensure_folder_writable(path)
    try:
        with open(path, "r+b"):
            pass
    except OSError as exc:
        raise BankError(
            f"the question bank {path} is read-only ({exc.strerror or exc}); quizapp needs to "
            "write your answers: check the permissions of the file and its folder"
        ) from exc


def check_before_open(path: Path | str) -> None:
    """What the app runs before opening a bank file: damaged or read-only banks are refused.

    Raises:
        DamagedBankError: offer :func:`quizapp.store.backup.newest_good_backup` to restore.
        BankError: the bank cannot be written.
    """
    ensure_folder_writable(path)  # else SQLite cannot even read a WAL bank: not damage
    ensure_intact(path)
    ensure_writable(path)
