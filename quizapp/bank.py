"""Opening the question bank: engine, SQLite pragmas, schema migrations, sessions."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, make_url, text
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError
from sqlmodel import Session

from quizapp.dberrors import install_storage_errors
from quizapp.errors import BankError
from quizapp.migrations import HEAD
from quizapp.paths import bank_url
from quizapp.server import engine_options, install_server_errors


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    # WAL with synchronous=NORMAL keeps every commit through an app crash or kill.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


class Bank:
    """An open question bank: hand out sessions with :meth:`session`."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

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
        database = url.split("///", 1)[-1]
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
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
    """Bring the schema to ``revision`` (Alembic is imported only here)."""
    from alembic import command

    config = _alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)


def open_bank(db: str | Path | None = None) -> Bank:
    """Open (creating or upgrading as needed) the bank at ``db``."""
    url = bank_url(db)
    try:
        engine = create_bank_engine(url)
    except OSError as exc:  # the bank's folder cannot be created
        raise BankError(f"cannot create the question bank {url}: {exc.strerror or exc}") from exc
    except (ArgumentError, ImportError) as exc:  # unknown URL scheme or missing driver
        shown = make_url(url).render_as_string(hide_password=True)
        raise BankError(f"cannot use {shown} as a question bank: {exc}") from exc
    try:
        revision = schema_revision(engine)
        if revision != HEAD:
            _check_known(revision)
            migrate(engine)
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        reason = (str(exc.orig) if getattr(exc, "orig", None) else str(exc)).strip()
        reason = reason.splitlines()[0] if reason else type(exc).__name__
        shown = make_url(url).render_as_string(hide_password=True)  # never print a password
        raise BankError(f"cannot open the question bank {shown}: {reason}") from exc
    return Bank(engine)


def _check_known(revision: str | None) -> None:
    if revision is None:
        return
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(_alembic_config())
    try:
        scripts.get_revision(revision)
    except Exception as exc:  # alembic raises several kinds for an unknown id
        raise BankError(
            f"this bank was made by a newer quizapp (schema {revision}); please upgrade quizapp"
        ) from exc


def _alembic_config() -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "quizapp:migrations")
    return config
