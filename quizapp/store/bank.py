"""Opening the question bank: engine, SQLite pragmas, schema migrations, sessions."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, make_url, text
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError
from sqlmodel import Session

from quizapp.errors import BankError
from quizapp.paths import bank_path, bank_url, sqlite_path
from quizapp.store.dberrors import DamagedBankError, install_storage_errors
from quizapp.store.migrations import HEAD
from quizapp.store.server import engine_options, install_server_errors

ANSWER_BUSY_MS = 15_000
"""How long a write waits for another program's write (a long import) before giving up."""


class OutdatedBankError(BankError):
    """The bank uses an older schema and the caller asked not to upgrade it."""

    def __init__(self, message: str, revision: str) -> None:
        super().__init__(message)
        self.revision = revision


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    # WAL with synchronous=NORMAL keeps every commit through an app crash or kill.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={ANSWER_BUSY_MS}")
    cursor.close()


class Bank:
    """An open question bank: hand out sessions with :meth:`session`."""

    def __init__(self, engine: Engine, *, created: bool = False) -> None:
        self.engine = engine
        self.created = created  # this open made the bank from nothing

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def path(self) -> Path | None:
        """The bank's file, when it is a SQLite file."""
        database = self.engine.url.database
        if self.engine.dialect.name == "sqlite" and database and database != ":memory:":
            return Path(database)
        return None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits when the block ends without error."""
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def close(self) -> None:
        self.engine.dispose()


def create_bank_engine(url: str) -> Engine:
    """An engine for ``url`` with quizapp's SQLite settings applied."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _set_sqlite_pragmas)
        install_storage_errors(engine)
        return engine
    if make_url(url).get_backend_name() != "postgresql":
        return create_engine(url, pool_pre_ping=True)
    engine = create_engine(url, **engine_options())
    install_server_errors(engine)
    return engine


def schema_revision(engine: Engine) -> str | None:
    """The bank's Alembic revision, or None for an empty bank."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision`` in one transaction (Alembic is imported only here)."""
    from quizapp.store.migrations.runner import upgrade

    upgrade(engine, revision)


def prepare_place(path: Path, *, make_folder: bool) -> None:
    """Refuse a bank path that is a folder, or whose folder is missing (unless asked to make it).

    Raises:
        BankError: one line naming the path and what is wrong.
    """
    if path.is_dir():
        raise BankError(f"{path} is a folder, not a question bank file; give the bank's file")
    if path.parent.is_dir():
        return
    if not make_folder:
        raise BankError(
            f"there is no folder {path.parent}; check the path (or add --create to make "
            "a new bank there)"
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BankError(f"cannot create the question bank {path}: {exc.strerror or exc}") from exc


def open_bank(
    db: str | Path | None = None, *, upgrade: bool = True, make_folder: bool | None = None
) -> Bank:
    """Open (creating or upgrading as needed) the bank at ``db``.

    A bank file is created only in an existing folder, unless ``make_folder``
    (default: only for the user's own bank). Before an upgrade the bank is
    backed up; the upgrade itself is one transaction.

    Raises:
        OutdatedBankError: ``upgrade`` is False and the bank needs one (BankError when
            it is empty: it is not made then either).
        DamagedBankError: the upgrade failed (the bank is left as it was).
        BankError: any other reason the bank cannot be opened, in one line.
    """
    url = bank_url(db)
    path = sqlite_path(url)
    if path is not None:
        own = path == bank_path().resolve()  # the user's own bank: its folder is ours to make
        prepare_place(path, make_folder=own if make_folder is None else make_folder)
    try:
        engine = create_bank_engine(url)
    except (ArgumentError, ImportError) as exc:  # unknown URL scheme or missing driver
        shown = make_url(url).render_as_string(hide_password=True)
        raise BankError(f"cannot use {shown} as a question bank: {exc}") from exc
    try:
        revision = _bring_to_head(engine, path, upgrade=upgrade)
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        reason = (str(exc.orig) if getattr(exc, "orig", None) else str(exc)).strip()
        reason = reason.splitlines()[0] if reason else type(exc).__name__
        shown = make_url(url).render_as_string(hide_password=True)  # never print a password
        raise BankError(f"cannot open the question bank {shown}: {reason}") from exc
    except BaseException:
        engine.dispose()
        raise
    return Bank(engine, created=revision is None)


# Upgrading a bank from before this revision shrinks every review row: VACUUM after it
# (0005 turned the card before each answer into columns; 0013 took the answer ids out).
LOG_COMPACTED = "0013"


def _bring_to_head(engine: Engine, path: Path | None, *, upgrade: bool) -> str | None:
    """Upgrade the schema if needed; the revision found (None: the bank was new)."""
    revision = schema_revision(engine)
    if revision == HEAD:
        return revision
    _check_known(revision)
    if revision is None and not upgrade:
        raise BankError(
            f"the question bank {path or engine.url.database} is empty: nothing to check "
            "(to go back to a backup: quizapp restore --latest)"
        )
    if revision is not None and not upgrade:
        raise OutdatedBankError(
            f"the question bank uses an older schema ({revision}; this quizapp uses {HEAD}): "
            "it is upgraded, after a backup, the next time quizapp opens it to use it",
            revision,
        )
    saved = _backup_before_upgrade(path) if revision is not None and path is not None else None
    try:
        migrate(engine)
    except (DatabaseError, OperationalError, BankError) as exc:
        if saved is not None:  # the bank is as it was: that copy would only hide older backups
            saved.unlink(missing_ok=True)
        if path is None or revision is None:
            raise
        reason = str(getattr(exc, "orig", None) or exc)
        raise DamagedBankError(
            f"the question bank {path} could not be upgraded ({reason}); it was left as it "
            "was. Restore a backup with: quizapp restore --latest",
            path,
        ) from exc
    if saved is not None and revision is not None and revision < LOG_COMPACTED:
        give_space_back(engine)
    return revision


def give_space_back(engine: Engine) -> bool:
    """Rewrite a SQLite bank's file without its empty space (VACUUM); False if it could not.

    Run after an upgrade past 0005 or 0012, whose backup is made first: 0005 turns each
    review's JSON copy of the card into a few columns and 0012 moves the answer ids out of
    the log (dropping their index), and the rows shrink where they stand, leaving much of
    every page of the log empty (the file would keep its old size). VACUUM works in
    one transaction (a kill leaves the file as it was); without room on the disk for its
    copy it fails, and the bank is as sound as before, only larger.
    """
    try:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM")
    except (DatabaseError, OperationalError):
        return False
    return True


def _backup_before_upgrade(path: Path) -> Path:
    from quizapp.store.backup import make_backup

    try:
        return make_backup(path, now=datetime.now(UTC), reason="before-upgrade").path
    except BankError as exc:
        raise BankError(f"not upgrading the question bank {path}: {exc}") from exc


def _check_known(revision: str | None) -> None:
    if revision is None:
        return
    from alembic.script import ScriptDirectory

    from quizapp.store.migrations.runner import alembic_config

    scripts = ScriptDirectory.from_config(alembic_config())
    try:
        scripts.get_revision(revision)
    except Exception as exc:  # alembic raises several kinds for an unknown id
        raise BankError(
            f"this bank was made by a newer quizapp (schema {revision}); please upgrade quizapp"
        ) from exc


def _alembic_config() -> Any:
    from quizapp.store.migrations.runner import alembic_config

    return alembic_config()
