"""Upgrades: a bank made by any schema version opens at head without losing a row.

Each revision in quizapp/migrations/versions is found by Alembic itself, so a
new migration is covered without touching this file. The rows are written with
raw SQL from the schema as that revision left it (no models, which follow head).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlmodel import SQLModel, select

from quizapp.bank import create_bank_engine, migrate, open_bank, schema_revision
from quizapp.migrations import HEAD

ROWS = 3
STAMP = "2026-01-02 03:04:05.000000"


def all_revisions() -> list[str]:
    config = Config()
    config.set_main_option("script_location", "quizapp:migrations")
    scripts = ScriptDirectory.from_config(config)
    return [script.revision for script in reversed(list(scripts.walk_revisions()))]


def tables_in_order(conn: sqlite3.Connection) -> list[str]:
    """The app's tables, parents before the tables pointing at them."""
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
            " AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version' ORDER BY name"
        )
    ]
    ordered: list[str] = []
    while len(ordered) < len(names):
        for name in names:
            parents = {r[2] for r in conn.execute(f"PRAGMA foreign_key_list({name})")} - {name}
            if name not in ordered and parents <= set(ordered):
                ordered.append(name)
    return ordered


def value_for(table: str, column: str, declared: str, row: int) -> Any:
    """A plausible value of ``declared`` SQL type, unique per row."""
    declared = declared.upper()
    if column == "kind":
        return "flashcard"
    if column == "timezone":
        return "UTC"
    if "INT" in declared or "BOOL" in declared:
        return 1 if "BOOL" in declared or column in {"state"} else row
    if "FLOAT" in declared or "REAL" in declared or "NUMERIC" in declared:
        return 0.5
    if "DATETIME" in declared:
        return STAMP
    if "JSON" in declared:
        return "[]"
    return f"{table}-{column}-{row}"


def fill(path: Path) -> dict[str, set[int]]:
    """ROWS rows in every table (row n points at parent row n); returns the ids per table."""
    conn = sqlite3.connect(path)
    try:
        kept: dict[str, set[int]] = {}
        for table in tables_in_order(conn):
            columns = conn.execute(f"PRAGMA table_info({table})").fetchall()
            links = {r[3]: r[2] for r in conn.execute(f"PRAGMA foreign_key_list({table})")}
            for row in range(1, ROWS + 1):
                values = {}
                for _cid, name, declared, _notnull, _default, _pk in columns:
                    values[name] = row if name in links else value_for(table, name, declared, row)
                marks = ", ".join("?" for _ in values)
                conn.execute(
                    f"INSERT INTO {table} ({', '.join(values)}) VALUES ({marks})",
                    list(values.values()),
                )
            kept[table] = {r[0] for r in conn.execute(f"SELECT rowid FROM {table}")}
        conn.commit()
        return kept
    finally:
        conn.close()


def rowids(path: Path, table: str) -> set[int]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute(f"SELECT rowid FROM {table}")}
    finally:
        conn.close()


@pytest.mark.parametrize("revision", all_revisions())
def test_bank_of_every_schema_version_upgrades_without_losing_a_row(
    tmp_path: Path, revision: str
) -> None:
    # Given a bank created at an earlier schema revision and filled with rows
    path = tmp_path / f"bank-{revision}.sqlite3"
    engine = create_bank_engine(f"sqlite:///{path}")
    migrate(engine, revision)
    assert schema_revision(engine) == revision
    engine.dispose()
    before = fill(path)
    assert all(len(ids) == ROWS for ids in before.values())
    # When the current app opens it
    bank = open_bank(path)
    try:
        # Then it is at head, every row is still there, and every row loads through the models
        assert schema_revision(bank.engine) == HEAD
        with bank.session() as session:
            for table in SQLModel.metadata.sorted_tables:
                model = _model_of(table.name)
                if model is not None:
                    session.exec(select(model)).all()
    finally:
        bank.close()
    for table, ids in before.items():
        assert ids <= rowids(path, table), f"rows of {table} lost upgrading from {revision}"


def _model_of(table: str) -> Any:
    for mapper in SQLModel._sa_registry.mappers:
        if getattr(mapper.class_, "__tablename__", None) == table:
            return mapper.class_
    return None


def test_every_revision_is_found() -> None:
    found = all_revisions()
    versions = Path(__file__).resolve().parents[2] / "quizapp" / "migrations" / "versions"
    files = [p for p in versions.glob("*.py") if not p.name.startswith("_")]
    assert len(found) == len(files)
    assert found[0] == "0001" and found[-1] == HEAD


def test_downgrading_the_newest_revision_keeps_every_row(tmp_path: Path) -> None:
    # Given a bank at head with rows in every table (learners with cards, reviews, quizzes)
    from alembic import command

    from quizapp.bank import _alembic_config

    path = tmp_path / "bank-head.sqlite3"
    engine = create_bank_engine(f"sqlite:///{path}")
    migrate(engine, HEAD)
    engine.dispose()
    before = fill(path)
    previous = all_revisions()[-2]
    # When the newest migration is taken back (foreign keys on, as the app connects)
    engine = create_bank_engine(f"sqlite:///{path}")
    config = _alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, previous)
    assert schema_revision(engine) == previous
    engine.dispose()
    # Then no row went with it: a table rebuild would have cascaded through the learners
    # (a table the newest revision created goes with it, by design)
    conn = sqlite3.connect(path)
    kept_tables = set(tables_in_order(conn))
    conn.close()
    for table, ids in before.items():
        if table in kept_tables:
            assert ids <= rowids(path, table), f"rows of {table} lost downgrading to {previous}"
