"""Learner profiles: create, find, update, validate, delete."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quizapp.cli import main
from quizapp.errors import QuizappError
from quizapp.store.bank import Bank
from quizapp.study import learners

pytestmark = pytest.mark.both_engines  # every test here runs on SQLite and PostgreSQL


def test_create_list_and_get(bank: Bank) -> None:
    # Given two learners
    ann = learners.create_learner(bank, "Ann", timezone="Europe/Paris", new_per_day=5)
    learners.create_learner(bank, "bob")
    # Then they are listed by name, with their settings and the defaults
    assert [x.name for x in learners.list_learners(bank)] == ["Ann", "bob"]
    assert ann.timezone == "Europe/Paris" and ann.new_per_day == 5
    assert ann.desired_retention == 0.9 and ann.day_start_hour == 4
    assert learners.get_learner(bank, "Ann") == ann
    assert learners.get_learner(bank, "ann") == ann  # unique case-insensitive match


def test_duplicate_and_empty_names_are_refused(bank: Bank) -> None:
    learners.create_learner(bank, "Ann")
    with pytest.raises(QuizappError, match="already exists"):
        learners.create_learner(bank, "Ann")
    with pytest.raises(QuizappError, match="needs a name"):
        learners.create_learner(bank, "  ")


def test_unknown_learner_names_the_known_ones(bank: Bank) -> None:
    learners.create_learner(bank, "Ann")
    with pytest.raises(QuizappError, match="no learner called 'Zed' \\(learners: 'Ann'\\)"):
        learners.get_learner(bank, "Zed")


def test_update_checks_values_and_changes_nothing_on_error(bank: Bank) -> None:
    ann = learners.create_learner(bank, "Ann", timezone="UTC")
    changed = learners.update_learner(
        bank, ann.id, desired_retention=0.85, day_start_hour=6, timezone="America/New_York"
    )
    assert (changed.desired_retention, changed.day_start_hour) == (0.85, 6)
    assert changed.new_per_day == 20
    for bad in (
        {"desired_retention": 1.2},
        {"new_per_day": -1},
        {"day_start_hour": 24},
        {"timezone": "Mars/Olympus"},
    ):
        with pytest.raises(QuizappError):
            learners.update_learner(bank, ann.id, **bad)  # type: ignore[arg-type]
    assert learners.get_learner(bank, "Ann") == changed


def test_parameters_and_delete(bank: Bank) -> None:
    ann = learners.create_learner(bank, "Ann")
    params = [0.3] * 21
    assert learners.set_parameters(bank, ann.id, params).parameters == tuple(params)
    learners.delete_learner(bank, ann.id)
    assert learners.list_learners(bank) == []
    with pytest.raises(QuizappError):
        learners.delete_learner(bank, ann.id)


def test_cli_learner_add_list_and_stats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "cli.sqlite3")
    assert main(["learner", "add", "Ann", "--timezone", "Asia/Tokyo", "--db", db]) == 0
    assert main(["learner", "add", "Ann", "--db", db]) == 1
    capsys.readouterr()
    assert main(["learners", "--json", "--db", db]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(x["name"], x["timezone"], x["password"]) for x in listed] == [
        ("Ann", "Asia/Tokyo", False)
    ]
    assert main(["stats", "--learner", "Ann", "--json", "--db", db]) == 0
    got = json.loads(capsys.readouterr().out)
    assert got["learner"] == "Ann" and got["counts"]["new"] > 0  # the bundled sets
    assert main(["stats", "--learner", "Nobody", "--db", db]) == 1
    assert "no learner called 'Nobody'" in capsys.readouterr().err


def test_cli_learner_remove_asks_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(tmp_path / "cli.sqlite3")
    assert main(["learner", "add", "Ann", "--db", db]) == 0
    assert main(["learner", "add", "Ben", "--db", db]) == 0
    capsys.readouterr()
    # Without a terminal to ask on and without --yes, nothing is removed
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["learner", "remove", "Ann", "--db", db]) == 1
    assert "--yes" in capsys.readouterr().err
    # Answering no on a terminal keeps her too
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda _prompt: "n")
    assert main(["learner", "remove", "Ann", "--db", db]) == 1
    assert "nothing removed" in capsys.readouterr().err
    # With --yes she goes, and Ben stays
    assert main(["learner", "remove", "Ann", "--yes", "--db", db]) == 0
    assert "removed learner Ann" in capsys.readouterr().out
    assert main(["learners", "--json", "--db", db]) == 0
    assert [x["name"] for x in json.loads(capsys.readouterr().out)] == ["Ben"]
    assert main(["learner", "remove", "Nobody", "--yes", "--db", db]) == 1


def test_a_password_guards_a_profile_and_only_its_hash_is_stored(bank: Bank) -> None:
    ada = learners.create_learner(bank, "Ada")
    assert not ada.protected and learners.check_password(bank, ada.id, "anything")
    # Too short a password is refused and changes nothing
    with pytest.raises(QuizappError, match="at least 4 characters"):
        learners.set_password(bank, ada.id, "abc")
    assert not learners.get_learner(bank, "Ada").protected
    # Set: the profile is protected, the right password opens it, a wrong one does not
    assert learners.set_password(bank, ada.id, "otter-42").protected
    assert learners.check_password(bank, ada.id, "otter-42")
    assert not learners.check_password(bank, ada.id, "otter-43")
    with bank.engine.connect() as conn:
        stored = conn.exec_driver_sql("SELECT password_hash FROM learner").scalar_one()
    assert "otter" not in stored and stored.startswith("scrypt$")
    # Changing or removing it needs the current one
    with pytest.raises(QuizappError, match="not Ada's current password"):
        learners.set_password(bank, ada.id, "badger-7", current="wrong")
    with pytest.raises(QuizappError, match="not Ada's current password"):
        learners.set_password(bank, ada.id, None)
    learners.set_password(bank, ada.id, "badger-7", current="otter-42")
    assert learners.check_password(bank, ada.id, "badger-7")
    assert not learners.set_password(bank, ada.id, None, current="badger-7").protected
    assert learners.check_password(bank, ada.id, "")


def test_the_quick_home_view_skips_a_protected_profile(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from quizapp.startup import open_app_bank
    from quizapp.study import quickview

    db = tmp_path / "bank.sqlite3"
    bank = open_app_bank(db)
    ada = learners.create_learner(bank, "Ada", timezone="UTC")
    now = datetime(2026, 3, 1, 12, tzinfo=UTC)
    seen = quickview.read_home(db, "Ada", now)
    assert seen is not None and seen.learner_name == "Ada"
    assert all(row.due is not None for row in seen.rows)
    learners.set_password(bank, ada.id, "otter-42")
    bank.close()
    # Before the password is given, the first screen shows the sets but not Ada's counts
    hidden = quickview.read_home(db, "Ada", now)
    assert hidden is not None and hidden.learner_name is None
    assert hidden.rows and all(row.due is None and row.new is None for row in hidden.rows)
