"""A class bank on PostgreSQL: roles and row-level security, enforced by the server.

``init_class`` (run once by whoever owns the database) makes two group roles,
``<database>_teacher`` and ``<database>_learner`` (NOLOGIN), grants them what
they need and turns on row-level security: a learner's login reads the sets and
reads and writes only its own cards, reviews (and their recent answer ids), quiz
attempts and day totals, only its own learner row and only its own ``meta`` keys
(the new cards it added to today's limit); it reads the assignments, which only a
teacher's login writes; a teacher's login edits sets and assignments and reads
everyone's progress. Each login maps to its learner row through the ``class_member``
table (``db_role`` = ``current_user``), which stays outside the app's own schema.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from quizapp.errors import QuizappError
from quizapp.store.bank import Bank
from quizapp.store.teacher_passphrase import PASSPHRASE_KEY
from quizapp.study import learners, quickview

MEMBERS = "class_member"
LOGIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_.-]{0,62}")
SET_TABLES = ("questionset", "question", "article", "questionimage", "assignment", "savedquiz")
# learner_id rows: a learner's login reads and writes its own only
OWN_TABLES = ("cardstate", "reviewlog", "recentanswer", "quizattempt", "studyday", "cardflag")
LEARNER_COLUMNS_SET = (
    "desired_retention",
    "new_per_day",
    "day_start_hour",
    "timezone",
    "fsrs_parameters",
    "password_hash",
)


class Role(StrEnum):
    """What a login is in a class bank."""

    TEACHER = "teacher"
    LEARNER = "learner"


@dataclass(frozen=True)
class Member:
    """A login of the class and, for a learner, its learner row's id."""

    login: str
    role: Role
    learner_id: int | None


@dataclass(frozen=True)
class NewLogin:
    """A login just made; ``password`` is shown once when quizapp generated it."""

    member: Member
    password: str
    generated: bool


def group_role(conn: Connection, role: Role) -> str:
    """The group role of ``role`` for this database (e.g. ``school_learner``)."""
    database = conn.execute(text("SELECT current_database()")).scalar_one()
    return f"{database}_{role}"[:63]


def _require_postgresql(bank: Bank) -> None:
    if bank.engine.dialect.name != "postgresql":
        raise QuizappError(
            f"a class bank lives on PostgreSQL; {bank.url} is not a PostgreSQL database"
            " (use --db postgresql+psycopg://USER@SERVER/DATABASE)"
        )


@contextmanager
def _owner_connection(bank: Bank) -> Iterator[Connection]:
    """One transaction on the bank, its server errors turned into one-line messages."""
    _require_postgresql(bank)
    try:
        with bank.engine.begin() as conn:
            yield conn
    except DBAPIError as exc:
        reason = str(exc.orig).splitlines()[0] if exc.orig is not None else str(exc)
        raise QuizappError(f"the class server refused: {reason}") from exc


def _q(conn: Connection, name: str) -> str:
    return conn.dialect.identifier_preparer.quote_identifier(name)


def _literal(value: str) -> str:
    """A SQL string literal (DDL takes no parameters; standard_conforming_strings is on)."""
    if "\x00" in value:
        raise QuizappError("a password cannot hold a NUL character")
    return "'" + value.replace("'", "''") + "'"


def init_class(bank: Bank) -> tuple[str, str]:
    """Create the roles, grants and policies (again: harmless); the group roles' names."""
    with _owner_connection(bank) as conn:
        teacher, learner = (group_role(conn, r) for r in (Role.TEACHER, Role.LEARNER))
        for role in (teacher, learner):
            _create_group(conn, role)
        conn.execute(
            text(
                f"CREATE TABLE IF NOT EXISTS {MEMBERS} (db_role TEXT PRIMARY KEY,"
                " role TEXT NOT NULL,"
                " learner_id INTEGER UNIQUE REFERENCES learner(id) ON DELETE CASCADE)"
            )
        )
        _grant(conn, _q(conn, teacher), _q(conn, learner))
        _policies(conn, _q(conn, teacher), _q(conn, learner))
        return teacher, learner


def _create_group(conn: Connection, role: str) -> None:
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first()
    if exists is None:
        conn.execute(text(f"CREATE ROLE {_q(conn, role)} NOLOGIN"))


def _grant(conn: Connection, teacher: str, learner: str) -> None:
    database = _q(conn, conn.execute(text("SELECT current_database()")).scalar_one())
    own = ", ".join(OWN_TABLES)
    statements = [
        f"REVOKE ALL ON DATABASE {database} FROM PUBLIC",
        f"GRANT CONNECT ON DATABASE {database} TO {teacher}, {learner}",
        f"GRANT USAGE ON SCHEMA public TO {teacher}, {learner}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {teacher}, {learner}",
        f"GRANT SELECT ON alembic_version, meta, {MEMBERS}, {', '.join(SET_TABLES)}"
        f" TO {teacher}, {learner}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON meta, {', '.join(SET_TABLES)} TO {teacher}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {own} TO {learner}",
        f"GRANT INSERT, UPDATE, DELETE ON meta TO {learner}",  # its own keys: _meta_rules
        f"GRANT SELECT ON {own} TO {teacher}",
        f"GRANT SELECT, UPDATE ON learner TO {teacher}",
        f"GRANT SELECT, UPDATE ({', '.join(LEARNER_COLUMNS_SET)}) ON learner TO {learner}",
    ]
    for statement in statements:
        conn.execute(text(statement))


def _policies(conn: Connection, teacher: str, learner: str) -> None:
    mine = f"(SELECT learner_id FROM {MEMBERS} WHERE db_role = current_user)"
    rules = {
        MEMBERS: [f"FOR SELECT TO {learner} USING (db_role = current_user)",
                  f"FOR SELECT TO {teacher} USING (true)"],
        "meta": _meta_rules(teacher, learner, mine),
        "learner": [f"TO {learner} USING (id = {mine}) WITH CHECK (id = {mine})",
                    f"TO {teacher} USING (true) WITH CHECK (true)"],
        "assignment": [f"FOR SELECT TO {learner} USING (true)",
                       f"TO {teacher} USING (true) WITH CHECK (true)"],
    }  # fmt: skip
    for table in OWN_TABLES:
        rules[table] = [
            f"TO {learner} USING (learner_id = {mine}) WITH CHECK (learner_id = {mine})",
            f"FOR SELECT TO {teacher} USING (true)",
        ]
    for table, policies in rules.items():
        conn.execute(text(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"))
        for i, policy in enumerate(policies):
            name = f"quizapp_{table}_{i}"
            conn.execute(text(f"DROP POLICY IF EXISTS {name} ON {table}"))
            conn.execute(text(f"CREATE POLICY {name} ON {table} {policy}"))


def _meta_rules(teacher: str, learner: str, mine: str) -> list[str]:
    """A learner reads the bank's facts but the passphrase and others' keys, and writes only
    its own keys (``study N more new cards today``); the teacher reads and writes all.
    """
    extra = _literal(quickview.EXTRA_NEW_KEYS)
    own = f"starts_with(key, {extra} || {mine} || '/')"
    readable = f"key <> {_literal(PASSPHRASE_KEY)} AND (NOT starts_with(key, {extra}) OR {own})"
    return [f"FOR SELECT TO {learner} USING ({readable})",
            f"TO {teacher} USING (true) WITH CHECK (true)",
            f"FOR INSERT TO {learner} WITH CHECK ({own})",
            f"FOR UPDATE TO {learner} USING ({own}) WITH CHECK ({own})",
            f"FOR DELETE TO {learner} USING ({own})"]  # fmt: skip


def add_member(bank: Bank, login: str, role: Role, password: str | None = None) -> NewLogin:
    """A login named ``login`` in the class's ``role`` group; a learner also gets its row."""
    _check_login(login)
    generated = password is None
    secret = password if password is not None else secrets.token_urlsafe(12)
    if len(secret) < learners.MIN_PASSWORD:
        raise QuizappError(f"a password needs at least {learners.MIN_PASSWORD} characters")
    with _owner_connection(bank) as conn:
        group = _q(conn, group_role(conn, role))
        if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": login}).first():
            raise QuizappError(f"the server already has a login called {login!r}")
        conn.execute(text("SET LOCAL standard_conforming_strings = on"))  # for _literal
        create = f"CREATE ROLE {_q(conn, login)} LOGIN PASSWORD {_literal(secret)} IN ROLE {group}"
        _ddl(conn, create)
        learner_id = _learner_row(conn, login) if role is Role.LEARNER else None
        conn.execute(
            text(f"INSERT INTO {MEMBERS} (db_role, role, learner_id) VALUES (:l, :r, :id)"),
            {"l": login, "r": str(role), "id": learner_id},
        )
    return NewLogin(Member(login, role, learner_id), secret, generated)


def _ddl(conn: Connection, statement: str) -> None:
    """Run ``statement`` as written: text() would read ":word" as a parameter, psycopg "%"."""
    if conn.dialect.paramstyle in ("format", "pyformat"):
        statement = statement.replace("%", "%%")
    conn.exec_driver_sql(statement)


def _check_login(login: str) -> None:
    if not LOGIN_NAME.fullmatch(login):
        raise QuizappError(
            f"{login!r} cannot be a login: use a letter, then letters, digits, '_', '.' or '-'"
            " (at most 63)"
        )


def _learner_row(conn: Connection, login: str) -> int:
    found = conn.execute(text("SELECT id FROM learner WHERE name = :n"), {"n": login}).first()
    if found is not None:
        return int(found[0])
    insert = text(
        "INSERT INTO learner (name, created_at, desired_retention, new_per_day, day_start_hour,"
        " timezone) VALUES (:n, now(), 0.9, 20, 4, :tz) RETURNING id"
    )
    return int(conn.execute(insert, {"n": login, "tz": learners.local_timezone()}).scalar_one())


def remove_member(bank: Bank, login: str, role: Role) -> Member:
    """Drop the ``role``'s login; a learner's row goes with it (and so its cards and reviews)."""
    with _owner_connection(bank) as conn:
        member = _member(conn, login)
        if member.role is not role:
            raise QuizappError(f"{login!r} is a {member.role} of this class, not a {role}")
        if member.learner_id is not None:
            conn.execute(text("DELETE FROM learner WHERE id = :id"), {"id": member.learner_id})
        conn.execute(text(f"DELETE FROM {MEMBERS} WHERE db_role = :l"), {"l": login})
        conn.execute(text(f"DROP ROLE IF EXISTS {_q(conn, login)}"))
        return member


def _member(conn: Connection, login: str) -> Member:
    row = conn.execute(
        text(f"SELECT db_role, role, learner_id FROM {MEMBERS} WHERE db_role = :l"), {"l": login}
    ).first()
    if row is None:
        raise QuizappError(f"{login!r} is not a login of this class")
    return Member(row[0], Role(row[1]), row[2])


def members(bank: Bank) -> list[Member]:
    """The class's logins, teachers first, each by name."""
    with _owner_connection(bank) as conn:
        rows = conn.execute(
            text(f"SELECT db_role, role, learner_id FROM {MEMBERS} ORDER BY role DESC, db_role")
        ).all()
        return [Member(r[0], Role(r[1]), r[2]) for r in rows]
