"""Upgrades: a bank made by any schema version opens at head without losing a row.

Each revision in quizapp/store/migrations/versions is found by Alembic itself, so a
new migration is covered without touching this file. The rows are written with
raw SQL from the schema as that revision left it (no models, which follow head).
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlmodel import SQLModel, select

from quizapp.content import sets
from quizapp.errors import BankError
from quizapp.startup import open_app_bank
from quizapp.store.bank import create_bank_engine, migrate, open_bank, schema_revision
from quizapp.store.migrations import HEAD

ROWS = 3
STAMP = "2026-01-02 03:04:05.000000"


def all_revisions() -> list[str]:
    config = Config()
    config.set_main_option("script_location", "quizapp.store:migrations")
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
    versions = Path(__file__).resolve().parents[2] / "quizapp" / "store" / "migrations" / "versions"
    files = [p for p in versions.glob("*.py") if not p.name.startswith("_")]
    assert len(found) == len(files)
    assert found[0] == "0001" and found[-1] == HEAD


def test_downgrading_the_newest_revision_keeps_every_row(tmp_path: Path) -> None:
    # Given a bank at head with rows in every table (learners with cards, reviews, quizzes)
    from alembic import command

    from quizapp.store.bank import _alembic_config

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


# A process that has imported everything once, then forks one child per bank to open it:
# each child is a real process the test SIGKILLs at a random moment of its open.
OPENER = textwrap.dedent(
    """
    import os, sys
    import alembic.command, alembic.script, sqlmodel
    import quizapp.store.backup, quizapp.store.migrations.runner, quizapp.store.models
    from quizapp.startup import open_app_bank

    print("READY", flush=True)
    for line in sys.stdin:
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                open_app_bank(line.strip()).close()
                code = 0
            finally:
                os._exit(code)
        print(pid, flush=True)
        _, status = os.waitpid(pid, 0)
        print(f"STATUS {status}", flush=True)
    """
)
KILLS = 50


class Opener:
    """The forking opener; :meth:`open` opens a bank in a child, killed after ``delay`` seconds."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", OPENER], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert self.process.stdout is not None and self.process.stdin is not None
        self.stdin, self.stdout = self.process.stdin, self.process.stdout
        assert self.stdout.readline().strip() == "READY"

    def open(self, path: Path, delay: float | None) -> bool:
        """Whether the child was killed before it finished."""
        self.stdin.write(f"{path}\n")
        self.stdin.flush()
        pid = int(self.stdout.readline())
        if delay is not None:
            time.sleep(delay)
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        status = int(self.stdout.readline().split()[1])
        assert os.WIFEXITED(status) or os.WTERMSIG(status) == signal.SIGKILL
        if os.WIFEXITED(status):
            assert os.WEXITSTATUS(status) == 0, f"opening {path} failed in the child"
        return os.WIFSIGNALED(status)

    def timed_open(self, path: Path) -> float:
        start = time.perf_counter()
        assert not self.open(path, None)
        return time.perf_counter() - start

    def close(self) -> None:
        self.stdin.close()
        self.process.wait(timeout=30)


def contents(path: Path, tables: dict[str, list[str]]) -> dict[str, set[tuple[Any, ...]]]:
    """Every row of ``tables``, as the tuple of the named columns."""
    conn = sqlite3.connect(path)
    try:
        return {
            table: set(conn.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall())
            for table, columns in tables.items()
        }
    finally:
        conn.close()


def columns_of(path: Path) -> dict[str, list[str]]:
    conn = sqlite3.connect(path)
    try:
        return {t: [r[1] for r in conn.execute(f"PRAGMA table_info({t})")] for t in
                tables_in_order(conn)}  # fmt: skip
    finally:
        conn.close()


NEEDS_FORK = pytest.mark.skipif(not hasattr(os, "fork"), reason="the opener forks its children")


@NEEDS_FORK
@pytest.mark.slow
def test_killing_an_upgrade_at_any_moment_leaves_a_bank_that_opens_with_every_row(
    tmp_path: Path,
) -> None:
    # Given a bank with rows in every table at revision 0002 (before two upgrades)
    template = tmp_path / "template.sqlite3"
    engine = create_bank_engine(f"sqlite:///{template}")
    migrate(engine, "0002")
    engine.dispose()
    fill(template)
    columns = columns_of(template)
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    opener = Opener()
    try:
        full = statistics.median(
            opener.timed_open(copy(template, tmp_path / f"t{i}.sqlite3")) for i in range(3)
        )
        # When the app upgrading it is SIGKILLed at a random moment, on 50 copies
        killed = 0
        for i in range(KILLS):
            killed += opener.open(copy(template, tmp_path / f"k{i}.sqlite3"), rng.random() * full)
    finally:
        opener.close()
    assert killed >= KILLS // 5, f"only {killed} opens were cut short (seed {seed})"
    # Then every bank opens at head, and every row is there with the values it had
    # (in the columns head keeps: a later revision may convert one into others)
    for i in range(KILLS):
        path = tmp_path / f"k{i}.sqlite3"
        open_app_bank(path).close()
        assert schema_revision_of(path) == HEAD
        kept = columns_of(path)
        compared = {t: [c for c in cols if c in kept.get(t, [])] for t, cols in columns.items()}
        after = contents(path, compared)
        for table, rows in contents(template, compared).items():  # (bundled sets added beside)
            assert rows <= after[table], f"rows of {table} changed in {path.name} (seed {seed})"


@NEEDS_FORK
@pytest.mark.slow
def test_killing_the_first_creation_at_any_moment_leaves_a_bank_that_opens_whole(
    tmp_path: Path,
) -> None:
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    opener = Opener()
    try:
        full = statistics.median(opener.timed_open(tmp_path / f"t{i}.sqlite3") for i in range(3))
        expected = [s.name for s in sets.list_sets(open_bank(tmp_path / "t0.sqlite3"))]
        # When the app creating a new bank is SIGKILLed at a random moment, 50 times
        killed = sum(
            opener.open(tmp_path / f"k{i}.sqlite3", rng.random() * full) for i in range(KILLS)
        )
    finally:
        opener.close()
    assert killed >= KILLS // 5, f"only {killed} opens were cut short (seed {seed})"
    # Then every bank opens at head, with the bundled sets once each
    for i in range(KILLS):
        path = tmp_path / f"k{i}.sqlite3"
        bank = open_app_bank(path)
        try:
            assert [s.name for s in sets.list_sets(bank)] == expected, f"seed {seed}"
        finally:
            bank.close()
        assert schema_revision_of(path) == HEAD


def copy(source: Path, target: Path) -> Path:
    shutil.copyfile(source, target)
    return target


def schema_revision_of(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        conn.close()


def test_an_upgrade_backs_the_bank_up_first(tmp_path: Path) -> None:
    # Given a bank with rows at revision 0002
    path = tmp_path / "old.sqlite3"
    engine = create_bank_engine(f"sqlite:///{path}")
    migrate(engine, "0002")
    engine.dispose()
    fill(path)
    # When today's app opens it
    open_bank(path).close()
    # Then a backup from before the upgrade holds the bank as it was
    from quizapp.store.backup import list_backups

    found = list_backups(path)
    assert [b.reason for b in found] == ["before-upgrade"]
    assert schema_revision_of(found[0].path) == "0002"
    assert schema_revision_of(path) == HEAD


def test_a_failed_upgrade_leaves_the_bank_and_the_older_backups_as_they_were(
    tmp_path: Path,
) -> None:
    # Given a bank at 0002 that an older quizapp half-upgraded (a column of 0003 already there),
    # and a backup from before that
    path = tmp_path / "broken.sqlite3"
    engine = create_bank_engine(f"sqlite:///{path}")
    migrate(engine, "0002")
    engine.dispose()
    fill(path)
    from quizapp.store.backup import list_backups, make_backup
    from quizapp.store.dberrors import DamagedBankError

    older = make_backup(path, now=datetime(2026, 1, 1, tzinfo=UTC), reason="auto")
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE cardstate ADD COLUMN answers INTEGER NOT NULL DEFAULT 0")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    # When today's app opens it, Then it says so, offering the restore, and changes nothing
    with pytest.raises(DamagedBankError, match=r"could not be upgraded \(duplicate column"):
        open_bank(path)
    assert path.read_bytes() == before
    assert [b.path for b in list_backups(path)] == [older.path]


def test_a_bank_left_half_created_by_an_older_quizapp_is_built_again(tmp_path: Path) -> None:
    # Given a file with some of the tables and no schema version (creation cut short)
    path = tmp_path / "half.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE article (id INTEGER PRIMARY KEY, title VARCHAR)")
    conn.execute("CREATE TABLE learner (id INTEGER PRIMARY KEY, name VARCHAR)")
    conn.commit()
    conn.close()
    # When it is opened, Then it is built again at head
    bank = open_bank(path)
    bank.close()
    assert bank.created and schema_revision_of(path) == HEAD


def test_tables_with_rows_but_no_schema_version_are_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text VARCHAR)")
    conn.execute("INSERT INTO notes (text) VALUES ('mine')")
    conn.commit()
    conn.close()
    with pytest.raises(BankError, match=r"\(notes\) but no quizapp schema version"):
        open_bank(path)
    assert contents(path, {"notes": ["text"]}) == {"notes": {("mine",)}}


def test_cli_check_does_not_upgrade_a_bank(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Given a bank at revision 0002
    path = tmp_path / "old.sqlite3"
    engine = create_bank_engine(f"sqlite:///{path}")
    migrate(engine, "0002")
    engine.dispose()
    # When it is checked, Then it says the schema is older and leaves it so
    from quizapp.cli import main

    assert main(["check", "--db", str(path)]) == 1
    assert "older schema (0002" in capsys.readouterr().out
    assert schema_revision_of(path) == "0002"
    # and --repair upgrades it, saying so
    assert main(["check", "--repair", "--db", str(path)]) == 0
    assert "upgrading the bank from schema 0002" in capsys.readouterr().out
    assert schema_revision_of(path) == HEAD
