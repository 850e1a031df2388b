"""Commands that write: checked like the window (damaged or emptied banks refused), locked
against an open window, and clear about folders and new banks."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from quizapp.cli import main
from quizapp.errors import BankError
from quizapp.store.backup import list_backups, make_backup, worth_a_close_backup
from quizapp.store.bank import Bank, open_bank
from quizapp.store.instance import lock_bank
from quizapp.study import learners

NOW = datetime(2026, 11, 28, 15, 30, tzinfo=UTC)
QUESTIONS = "format: quizapp-set/1\nname: Tiny\nquestions:\n" + "".join(
    f"  - {{id: q{i}, kind: flashcard, prompt: Front {i}, answer: Back {i}}}\n" for i in range(30)
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def damaged_bank(bank: Bank, tmp_path: Path) -> Path:
    """A bank with rows whose (empty) review table's page is garbage: ``quick_check`` flags it,
    while writes elsewhere would not notice (the way damage is found in practice).
    """
    path = tmp_path / "set.yaml"
    path.write_text(QUESTIONS, encoding="utf-8")
    assert main(["import", str(path), "--db", str(bank.path)]) == 0
    learners.create_learner(bank, "Ada")
    assert bank.path is not None
    bank.close()
    conn = sqlite3.connect(bank.path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'reviewlog'").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(bank.path, "r+b") as handle:
        handle.seek((root - 1) * size)
        handle.write(b"\x07" * size)
    return bank.path


@pytest.mark.parametrize(
    "command",
    [["learner", "add", "Grace"], ["import", "SET"], ["generate", "ARTICLE", "--set", "New"]],
    ids=["learner add", "import", "generate --set"],
)
def test_commands_that_write_refuse_a_damaged_bank_with_the_restore_hint(
    bank: Bank, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    # Given a damaged bank
    path = damaged_bank(bank, tmp_path)
    before = path.read_bytes()
    article = tmp_path / "article.txt"
    article.write_text("The Oslo Accord was signed in Oslo on 4 May 1994.", encoding="utf-8")
    other = tmp_path / "other.yaml"
    other.write_text(QUESTIONS.replace("Tiny", "Other"), encoding="utf-8")
    argv = [{"SET": str(other), "ARTICLE": str(article)}.get(a, a) for a in command]
    capsys.readouterr()
    # When a command that writes runs on it
    code, _out, err = run(capsys, *argv, "--db", str(path))
    # Then it refuses in one line naming the restore, and the file is untouched
    assert code == 1
    assert "is damaged" in err and "quizapp restore --latest" in err
    assert len(err.strip().splitlines()) == 1
    assert path.read_bytes() == before


def test_a_command_that_writes_refuses_while_a_window_has_the_bank(
    bank: Bank, capsys: pytest.CaptureFixture[str]
) -> None:
    assert bank.path is not None
    bank.close()
    with lock_bank(bank.path):
        code, _out, err = run(capsys, "learner", "add", "Grace", "--db", str(bank.path))
    assert code == 1 and "already open in another quizapp window" in err and "--wait" in err
    # and reading commands run beside the window
    with lock_bank(bank.path):
        assert run(capsys, "learners", "--db", str(bank.path))[0] == 0


def test_an_emptied_bank_with_backups_is_damage_and_is_not_refilled(
    bank: Bank, capsys: pytest.CaptureFixture[str]
) -> None:
    # Given a bank with a learner and a backup of it, then emptied to zero bytes
    learners.create_learner(bank, "Ada")
    make_backup(bank, now=NOW, reason="auto")
    assert bank.path is not None
    bank.close()
    bank.path.write_bytes(b"")
    # When a command opens it, Then it says so and names the restore, leaving the file empty
    code, _out, err = run(capsys, "sets", "--db", str(bank.path))
    assert code == 1 and "is empty, but it has backups" in err and "restore --latest" in err
    assert bank.path.stat().st_size == 0
    # and restore --latest brings Ada back, keeping no empty "before-restore" backup
    assert run(capsys, "restore", "--latest", "--db", str(bank.path))[0] == 0
    assert [b.reason for b in list_backups(bank.path)] == ["auto"]
    reopened = open_bank(bank.path)
    try:
        assert [x.name for x in learners.list_learners(reopened)] == ["Ada"]
    finally:
        reopened.close()


def test_restore_latest_asks_before_taking_a_backup_emptier_than_an_older_one(
    bank: Bank, capsys: pytest.CaptureFixture[str]
) -> None:
    # Given a backup with two learners, then a newer one with none
    learners.create_learner(bank, "Ada")
    learners.create_learner(bank, "Grace")
    make_backup(bank, now=NOW, reason="auto")
    assert bank.path is not None
    bank.close()
    conn = sqlite3.connect(bank.path)
    conn.execute("DELETE FROM learner WHERE name = 'Grace'")
    conn.commit()
    conn.close()
    reopened = open_bank(bank.path)
    make_backup(reopened, now=NOW + timedelta(hours=1), reason="auto")
    reopened.close()
    # When restore --latest runs with nobody to answer, Then it refuses and names the fuller one
    code, _out, err = run(capsys, "restore", "--latest", "--db", str(bank.path))
    assert code == 1 and "holds fewer rows than an older one" in err and "number 2" in err


def test_no_close_backup_of_a_bank_made_from_nothing(tmp_path: Path) -> None:
    made = open_bank(tmp_path / "new.sqlite3")
    try:
        assert made.created and not worth_a_close_backup(made)
        learners.create_learner(made, "Ada")
        assert worth_a_close_backup(made)
    finally:
        made.close()
    reopened = open_bank(tmp_path / "new.sqlite3")
    assert not reopened.created and worth_a_close_backup(reopened)
    reopened.close()


def test_a_mistyped_db_folder_creates_nothing_unless_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "nonexistent" / "dir" / "bank.sqlite3"
    code, out, err = run(capsys, "sets", "--db", str(path))
    assert code == 1 and out == "" and "there is no folder" in err and "--create" in err
    assert "answers already recorded" not in err
    assert not (tmp_path / "nonexistent").exists()
    code, _out, err = run(capsys, "sets", "--db", str(path), "--create")
    assert code == 0 and f"made a new question bank at {path}" in err


@pytest.mark.parametrize(
    "command", [["sets"], ["learner", "add", "Ada"], ["restore", "--latest"], ["check"]]
)
def test_a_folder_given_as_the_bank_is_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    code, _out, err = run(capsys, *command, "--db", str(tmp_path))
    assert code == 1 and err.strip() == (
        f"quizapp: {tmp_path} is a folder, not a question bank file; give the bank's file"
    )
    assert os.listdir(tmp_path) == []


def test_a_read_only_folder_is_one_clear_line(
    read_only_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bank = read_only_folder / "bank.sqlite3"
    expected = rf"the folder {read_only_folder} is read-only .*quizapp needs to write there"
    with pytest.raises(BankError, match=expected):
        lock_bank(bank)
    for command in (["check"], ["sets"], ["learner", "add", "Ada"]):
        code, _out, err = run(capsys, *command, "--db", str(bank))
        assert code == 1 and len(err.strip().splitlines()) == 1
        assert re.search(expected, err), err


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder holding a bank with a learner, made unwritable: chmod, and as root chattr +i."""
    folder = tmp_path / "ro"
    folder.mkdir()
    made = open_bank(folder / "bank.sqlite3")
    learners.create_learner(made, "Ada")
    made.close()
    folder.chmod(0o555)
    immutable = False
    if os.geteuid() == 0:
        done = subprocess.run(["chattr", "+i", str(folder)], capture_output=True)
        immutable = done.returncode == 0
        if not immutable:
            folder.chmod(0o755)
            pytest.skip("running as root without chattr: a read-only folder is writable anyway")
    yield folder
    if immutable:
        subprocess.run(["chattr", "-i", str(folder)], check=True)
    folder.chmod(0o755)


def test_check_on_an_empty_bank_file_makes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "empty.sqlite3"
    path.write_bytes(b"")
    code, _out, err = run(capsys, "check", "--db", str(path))
    assert code == 1 and "is empty: nothing to check" in err
    assert path.stat().st_size == 0
