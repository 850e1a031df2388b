"""The command line starts light: ``--version``, ``--help`` and ``sets`` import no database
services (SQLAlchemy takes longer than the whole answer), and ``sets`` never writes.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from quizapp.startup import open_app_bank
from quizapp.study import learners

HEAVY = ("sqlalchemy", "sqlmodel", "alembic", "yaml", "fsrs")

PROBE = """
import sys
from quizapp.cli import main
code = main(sys.argv[1:])
heavy = sorted(m for m in {heavy!r} if m in sys.modules)
print("HEAVY", ",".join(heavy), file=sys.stderr)
sys.exit(code)
"""


def run_cli(*argv: str, home: Path) -> tuple[int, str, list[str]]:
    """Run the command in a fresh interpreter; its exit code, output and heavy modules loaded."""
    env = dict(os.environ, QUIZAPP_HOME=str(home))
    done = subprocess.run([sys.executable, "-c", PROBE.format(heavy=HEAVY), *argv],
                          capture_output=True, text=True, env=env, timeout=120)  # fmt: skip
    line = next((x for x in done.stderr.splitlines() if x.startswith("HEAVY")), "HEAVY ")
    loaded = [m for m in line.removeprefix("HEAVY").strip().split(",") if m]
    return done.returncode, done.stdout + done.stderr, loaded


@pytest.fixture
def made(tmp_path: Path) -> Path:
    path = tmp_path / "bank.sqlite3"
    open_app_bank(path).close()
    return path


@pytest.mark.parametrize("argv", [["--help"], ["sets", "--help"], ["stats", "--help"]])
def test_help_imports_no_service(tmp_path: Path, argv: list[str]) -> None:
    code, out, loaded = run_cli(*argv, home=tmp_path)
    assert code == 0 and "usage: quizapp" in out
    assert loaded == []


def test_version_imports_no_service(tmp_path: Path) -> None:
    code, out, loaded = run_cli("--version", home=tmp_path)
    assert code == 0 and "quizapp " in out
    assert loaded == []


def test_sets_lists_read_only_without_the_services(made: Path, tmp_path: Path) -> None:
    # Given a bank the app has opened once (bundled sets in)
    before = made.read_bytes()
    # When the sets are listed
    code, out, loaded = run_cli("sets", "--json", "--db", str(made), home=tmp_path)
    # Then they come from a read-only connection, without SQLAlchemy, as the services list them
    assert code == 0, out
    assert loaded == []
    listed = json.loads(out.split("HEAVY")[0])
    assert [x["name"] for x in listed] == ["Caucasus peace talks (2024)"]
    assert set(listed[0]) == {"name", "questions", "description"} and listed[0]["questions"] > 0
    assert made.read_bytes() == before


def test_sets_on_a_new_bank_goes_through_the_services(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    code, out, _loaded = run_cli("sets", "--db", str(path), home=tmp_path)
    assert code == 0 and "Caucasus peace talks" in out
    assert "made a new question bank" in out


def test_sets_on_a_damaged_bank_says_so_in_one_line_and_writes_nothing(
    made: Path, tmp_path: Path
) -> None:
    # Given a bank whose set table's page is garbage
    conn = sqlite3.connect(made)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name='questionset'").fetchone()
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(made, "r+b") as handle:
        handle.seek((root[0] - 1) * size)
        handle.write(b"\x07" * size)
    before = made.read_bytes()
    # When the sets are listed
    code, out, _loaded = run_cli("sets", "--db", str(made), home=tmp_path)
    # Then one line names the damage and the restore; nothing was written
    errors = [x for x in out.splitlines() if x.startswith("quizapp:")]
    assert code == 1 and len(errors) == 1
    assert "damaged" in errors[0] and "quizapp restore --latest" in errors[0]
    assert "Traceback" not in out
    assert made.read_bytes() == before


@pytest.mark.parametrize("argv", [["learners", "--json"], ["stats", "--json"]])
def test_a_reading_command_on_a_damaged_bank_says_so_in_one_line_and_writes_nothing(
    made: Path, tmp_path: Path, argv: list[str]
) -> None:
    # Given a bank whose learner table's page is garbage
    bank = open_app_bank(made)
    learners.create_learner(bank, "Ada")
    bank.close()
    conn = sqlite3.connect(made)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name='learner'").fetchone()
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(made, "r+b") as handle:
        handle.seek((root[0] - 1) * size)
        handle.write(b"\x07" * size)
    before = made.read_bytes()
    # When the command reads it (through connections that cannot write, no check first)
    code, out, _loaded = run_cli(*argv, "--db", str(made), home=tmp_path)
    # Then it refuses in one line naming the restore, prints no data, and writes nothing
    assert code == 1, out
    assert out.startswith("quizapp: ") and "damaged" in out and "restore --latest" in out
    assert "[" not in out.split("HEAVY")[0]
    assert made.read_bytes() == before


def test_the_installed_program_ends_at_once_with_its_output_and_status(
    made: Path, tmp_path: Path
) -> None:
    # The `quizapp` script runs cli.run, which skips the interpreter's teardown: what the
    # command printed is all there, and its exit status is kept
    program = "import sys; from quizapp.cli import run; sys.argv[0] = 'quizapp'; run()"
    env = dict(os.environ, QUIZAPP_HOME=str(tmp_path))
    listed = subprocess.run([sys.executable, "-c", program, "sets", "--json", "--db", str(made)],
                            capture_output=True, text=True, env=env, timeout=120)  # fmt: skip
    assert listed.returncode == 0
    assert [x["name"] for x in json.loads(listed.stdout)] == ["Caucasus peace talks (2024)"]
    refused = subprocess.run([sys.executable, "-c", program, "stats", "--db", str(tmp_path)],
                             capture_output=True, text=True, env=env, timeout=120)  # fmt: skip
    assert refused.returncode == 1 and "is a folder" in refused.stderr
