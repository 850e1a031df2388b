"""A bank on a database server (PostgreSQL): its refusals in one line, and the server's tools.

:func:`install_server_errors` hooks an engine so that the server refusing a login's
request (a privilege or a row-level security policy, see :mod:`quizapp.study.classbank`)
or being out of reach arrives as a :class:`~quizapp.errors.BankError` with the
server's own reason, instead of a driver traceback.
"""

from __future__ import annotations

import shlex
from enum import StrEnum
from pathlib import Path
from typing import Any, assert_never

from sqlalchemy import URL, Engine, event, make_url

from quizapp.errors import BankError
from quizapp.paths import bank_url

CONNECT_TIMEOUT_S = 10  # an unreachable server is reported, not waited on for minutes
POOL_SIZE = 2  # a desktop client: the window's thread and one background task
REFUSED = "42501"  # insufficient_privilege, also a row-level security violation
_UNREACHABLE_CLASS = "08"  # connection exceptions
_SHUT_DOWN = ("57P01", "57P02", "57P03")  # admin or crash shutdown, cannot connect now
_NOT_UP = ("shutting down", "starting up", "recovery mode", "too many clients", "terminating")


class ServerUnreachableError(BankError):
    """The class server could not be reached: the request that failed was not done."""


def server_error(
    exc: BaseException, *, server: str = "", disconnect: bool = False
) -> BankError | None:
    """A clear error for the server's refusal or absence in ``exc``, or None for others.

    ``server`` names the server in the message (never a password); ``disconnect``
    is SQLAlchemy's verdict that the connection is gone.
    """
    original = getattr(exc, "orig", None) or exc
    state = str(getattr(original, "sqlstate", "") or "")
    reason = str(original).strip().splitlines()[0] if str(original).strip() else ""
    if state == REFUSED:
        return BankError(f"the class bank does not let your login do this ({reason})")
    where = f" {server}" if server else ""
    said = _refusal(original) if not state else None
    if said is not None:  # it answered, and refused this login or database
        return BankError(f"the class server{where} refused the connection: {said}")
    if disconnect or _lost(original, state):
        return ServerUnreachableError(
            f"the class server{where} cannot be reached ({reason}); what was saved before is kept"
        )
    return None


def _refusal(original: BaseException) -> str | None:
    """The server's own answer to a connection it refused (libpq's "FATAL:" line), or None.

    A server shutting down, starting or full is out of reach for now, not refusing.
    """
    message = str(original)
    if "FATAL:" not in message:
        return None
    said = message.split("FATAL:", 1)[1].strip().splitlines()[0]
    return None if any(word in said for word in _NOT_UP) else said


def _lost(original: BaseException, state: str) -> bool:
    """A connection that failed or broke: psycopg gives those no SQLSTATE, or class 08/57P0x."""
    if state.startswith(_UNREACHABLE_CLASS) or state in _SHUT_DOWN:
        return True
    try:
        from psycopg import OperationalError
    except ImportError:  # pragma: no cover - the server extra is not installed
        return False
    return not state and isinstance(original, OperationalError)


def server_name(url: URL) -> str:
    """``host:port`` (or the socket folder) of a server URL, without its login or password."""
    host = url.host or str(url.query.get("host") or "localhost")
    return f"{host}:{url.port or url.query.get('port') or 5432}"


def engine_options() -> dict[str, Any]:
    """``create_engine`` options for a desktop client of a server bank."""
    return {
        "pool_pre_ping": True,  # a connection the server dropped is replaced, not used
        "pool_size": POOL_SIZE,
        "max_overflow": POOL_SIZE,
        "pool_timeout": CONNECT_TIMEOUT_S,
        "connect_args": {"connect_timeout": CONNECT_TIMEOUT_S},
    }


def install_server_errors(engine: Engine) -> None:
    """Make the server's refusals on ``engine`` raise a clear :class:`BankError`."""
    if engine.dialect.name != "postgresql":
        return

    where = server_name(engine.url)

    def translate(context: Any) -> None:
        if context.is_pre_ping:  # a dropped pooled connection: the pool replaces it
            return
        problem = server_error(
            context.original_exception, server=where, disconnect=context.is_disconnect
        )
        if problem is not None:
            raise problem from context.sqlalchemy_exception

    event.listen(engine, "handle_error", translate)


def libpq_url(db: str | Path | None) -> str | None:
    """The bank's address as PostgreSQL's own tools take it (no password), or None."""
    url = make_url(bank_url(db))
    if url.get_backend_name() != "postgresql":
        return None
    plain = URL.create(
        "postgresql", url.username, None, url.host, url.port, url.database, url.query
    )
    return plain.render_as_string(hide_password=False)


class FileCommand(StrEnum):
    """The commands that work on a bank's file, which a server bank does not have."""

    BACKUP = "backup"
    RESTORE = "restore"
    CHECK = "check"


def file_only(db: str | Path | None, command: FileCommand) -> BankError:
    """Why ``command`` does not run on ``db``, and on PostgreSQL what to run instead."""
    address = libpq_url(db)
    if address is None:
        return BankError(f"{command} works on SQLite bank files and PostgreSQL class banks only")
    quoted = shlex.quote(address)
    dump = f"{make_url(address).database or 'bank'}.dump"
    match command:
        case FileCommand.BACKUP:
            hint = f"pg_dump --format=custom --file={dump} {quoted}"
        case FileCommand.RESTORE:
            hint = f"pg_restore --clean --if-exists --dbname={quoted} {dump}"
        case FileCommand.CHECK:
            hint = f"pg_amcheck --install-missing {quoted}"
        case _:
            assert_never(command)
    return BankError(
        f"on a PostgreSQL class bank the server's own tools do this; run (as the owner): {hint}"
    )
