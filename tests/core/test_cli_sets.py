"""``quizapp sets``, ``import`` and ``export`` driven through the real command line entry point."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict
from pathlib import Path

import pytest

from quizapp.cli import main
from quizapp.content import sets
from quizapp.formats import quizset
from quizapp.questiondata import KINDS, SetData
from quizapp.store.bank import open_bank

BUNDLED = "Caucasus peace talks (2024)"


def read_set(db: Path, name: str) -> SetData:
    bank = open_bank(db)
    try:
        return sets.get_set(bank, name)
    finally:
        bank.close()


def dump(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def without_new_bank_notice(err: str) -> list[str]:
    """The lines of ``err`` but the first, which says a new bank was made (each test's bank is)."""
    notice, *rest = err.splitlines()
    assert notice.startswith("quizapp: made a new question bank at ")
    return rest


def test_sets_on_a_new_bank_lists_the_bundled_set(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "sets", "--db", str(tmp_path / "x.db"))
    assert (code, err) == (0, f"quizapp: made a new question bank at {tmp_path / 'x.db'}\n")
    [line] = out.splitlines()
    name, count = line.rsplit(maxsplit=2)[:2]
    assert name.strip() == BUNDLED
    assert int(count) >= 40


def test_sets_json_is_a_list_of_names_and_counts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Given a bank with the bundled set and one imported set of 3 questions
    db = str(tmp_path / "x.db")
    small = tmp_path / "small.yaml"
    small.write_text(
        "format: quizapp-set/1\nname: Small\nquestions:\n"
        + "".join(
            f"  - {{id: q{i}, kind: flashcard, prompt: F{i}, answer: B}}\n" for i in range(3)
        ),
        encoding="utf-8",
    )
    assert run(capsys, "import", str(small), "--db", db)[0] == 0
    # When the sets are listed as JSON
    code, out, _ = run(capsys, "sets", "--json", "--db", db)
    # Then each is an object with its name and question count
    assert code == 0
    rows = json.loads(out)
    assert isinstance(rows, list)
    counts = {row["name"]: row["questions"] for row in rows}
    assert counts["Small"] == 3
    assert counts[BUNDLED] >= 40
    assert all(isinstance(row["questions"], int) for row in rows)


def test_export_then_import_into_a_new_bank_gives_an_identical_set(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Given the bundled set exported from one bank
    first, second, file = tmp_path / "x.db", tmp_path / "new.db", tmp_path / "f.yaml"
    code, out, _ = run(capsys, "export", BUNDLED, "-o", str(file), "--db", str(first))
    assert code == 0 and "exported" in out
    # When the file is imported into a new bank (which holds its own bundled copy, hence --set)
    code, out, err = run(capsys, "import", str(file), "--set", "Copy", "--db", str(second))
    assert (code, err) == (0, f"quizapp: made a new question bank at {second}\n")
    # Then the imported set equals the original, field by field
    original, copy = read_set(first, BUNDLED), read_set(second, "Copy")
    assert {q.kind for q in copy.questions} == set(KINDS)
    assert copy.description == original.description
    assert copy.article == original.article
    assert len(copy.questions) == len(original.questions)
    for theirs, ours in zip(original.questions, copy.questions, strict=True):
        assert asdict(ours) == asdict(theirs)


def test_importing_over_an_existing_name_needs_replace(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Given an exported set, changed, whose name the bank already has
    db, file = str(tmp_path / "x.db"), tmp_path / "f.yaml"
    run(capsys, "export", BUNDLED, "-o", str(file), "--db", db)
    changed = quizset.load(file)
    changed.description = "A changed description"
    quizset.dump(changed, file)
    # When it is imported plainly, Then one line says how to proceed
    code, out, err = run(capsys, "import", str(file), "--db", db)
    assert code == 1 and out == ""
    assert err.splitlines() == [f"quizapp: a set called {BUNDLED!r} already exists; "
                                "choose another name with --set"]  # fmt: skip
    # and with --replace it goes through, leaving one set of that name
    assert run(capsys, "import", str(file), "--replace", "--db", db)[0] == 0
    names = [row["name"] for row in json.loads(run(capsys, "sets", "--json", "--db", db)[1])]
    assert names == [BUNDLED]


def test_importing_an_identical_set_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Given the bundled set exported from one bank
    file = tmp_path / "f.yaml"
    run(capsys, "export", BUNDLED, "-o", str(file), "--db", str(tmp_path / "a.db"))
    # When it is imported into a new bank, which already holds the bundled set
    db = tmp_path / "b.db"
    run(capsys, "sets", "--db", str(db))
    before = dump(db)
    code, out, _err = run(capsys, "import", str(file), "--db", str(db))
    # Then the import succeeds, says so, and the bank is as it was
    assert code == 0
    assert "already in the bank, identical" in out
    assert dump(db) == before


def test_a_malformed_import_fails_with_file_and_line_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Given a bank, and a set file whose third question has no answer
    db = tmp_path / "x.db"
    run(capsys, "sets", "--db", str(db))
    before = dump(db)
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "format: quizapp-set/1\nname: Bad\nquestions:\n"
        "  - {id: a, kind: flashcard, prompt: F, answer: B}\n"
        "  - {id: b, kind: flashcard, prompt: F, answer: B}\n"
        "  - {id: c, kind: short_answer, prompt: Name the river}\n",
        encoding="utf-8",
    )
    # When it is imported
    code, out, err = run(capsys, "import", str(bad), "--db", str(db))
    # Then the command fails, naming the file and line, without a traceback
    assert code != 0 and out == ""
    assert err.splitlines() == [
        f"quizapp: {bad}:6: question 'c': a short_answer question needs an answer"
    ]
    assert "Traceback" not in err
    # and the bank is exactly as before
    assert dump(db) == before


def test_exporting_an_unknown_set_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "f.yaml"
    code, out, err = run(capsys, "export", "No such set", "-o", str(out_file),
                         "--db", str(tmp_path / "x.db"))  # fmt: skip
    assert code == 1 and out == ""
    [line] = without_new_bank_notice(err)
    assert line.startswith("quizapp: no set called 'No such set'")
    assert BUNDLED in line  # the error names the sets there are
    assert not out_file.exists()


def test_importing_a_missing_file_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nowhere.yaml"
    code, out, err = run(capsys, "import", str(missing), "--db", str(tmp_path / "x.db"))
    assert code == 1 and out == ""
    [line] = without_new_bank_notice(err)
    assert line.startswith(f"quizapp: {missing}: ")  # the prefix every error has
