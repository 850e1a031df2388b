"""Running the migrations so that a kill at any moment leaves the bank as it was, or upgraded.

SQLite can roll back DDL, but Python's ``sqlite3`` (pysqlite) does not open a
transaction before ``CREATE``/``ALTER`` statements: each one commits on its own.
So migrations of a SQLite file run on a connection of their own with
``isolation_level=None`` (pysqlite's implicit transactions off) and an explicit
``BEGIN IMMEDIATE``: every revision's DDL, its data changes and the
``alembic_version`` bump of the whole upgrade commit together, or not at all.

Foreign keys are off on that connection (SQLite ignores the pragma inside a
transaction), as SQLite's own recipe for schema changes asks: a table rebuild
must not cascade into the rows pointing at it. ``PRAGMA foreign_key_check``
runs before the commit instead.

Alembic is imported only here, and only when a bank needs a migration.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect
from sqlalchemy.pool import NullPool

from quizapp.errors import BankError

APP_TABLES_SQL = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"


def alembic_config() -> Any:
    """Alembic's configuration for quizapp's scripts."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "quizapp.store:migrations")
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the bank behind ``engine`` to ``revision`` in one transaction.

    A SQLite file left half-created by an older quizapp (tables but no schema
    revision, and no rows) is emptied and built again in the same transaction.

    Raises:
        BankError: such a half-created file holds rows (nothing is changed then).
    """
    if not _is_sqlite_file(engine):
        with engine.begin() as conn:
            _run(conn, revision)
        return
    ddl_engine = _transactional_engine(engine)
    try:
        with ddl_engine.begin() as conn:
            _clear_half_created(conn)
            _run(conn, revision)
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
            if broken:
                raise BankError(f"the upgrade would leave {len(broken)} broken links; not done")
    finally:
        ddl_engine.dispose()


def _run(conn: Connection, revision: str) -> None:
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = conn
    command.upgrade(config, revision)


def _is_sqlite_file(engine: Engine) -> bool:
    database = engine.url.database
    return engine.dialect.name == "sqlite" and bool(database) and database != ":memory:"


def _transactional_engine(engine: Engine) -> Engine:
    """A one-connection engine on the same file whose transactions include DDL."""
    ddl = create_engine(engine.url, poolclass=NullPool, connect_args={"check_same_thread": False})

    def connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # pysqlite: no implicit BEGIN/COMMIT at all
        cursor = dbapi_connection.cursor()
        for pragma in (
            "journal_mode=WAL",
            "synchronous=NORMAL",
            "busy_timeout=30000",
            "foreign_keys=OFF",
        ):
            cursor.execute(f"PRAGMA {pragma}")
        cursor.close()

    def begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    event.listen(ddl, "connect", connect)
    event.listen(ddl, "begin", begin)
    from quizapp.store.dberrors import install_storage_errors

    install_storage_errors(ddl)
    return ddl


def _clear_half_created(conn: Connection) -> None:
    """Drop the empty tables of a bank whose creation was cut short by an older quizapp."""
    if inspect(conn).has_table("alembic_version"):
        return
    tables = [row[0] for row in conn.exec_driver_sql(APP_TABLES_SQL)]
    if not tables:
        return
    filled = [t for t in tables if conn.exec_driver_sql(f'SELECT 1 FROM "{t}" LIMIT 1').first()]
    if filled:
        raise BankError(
            f"this file has tables ({', '.join(sorted(filled)[:3])}) but no quizapp schema "
            "version: it is not a quizapp question bank, or its creation was cut short; "
            "restore a backup with: quizapp restore --latest"
        )
    for table in tables:
        conn.exec_driver_sql(f'DROP TABLE "{table}"')
