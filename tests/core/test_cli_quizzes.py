"""``quizapp quizzes``: named quizzes saved, listed, renamed and removed on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quizapp.cli import main
from quizapp.store.instance import lock_bank

BUNDLED = "Caucasus peace talks (2024)"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_save_list_rename_remove(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(tmp_path / "bank.db")]
    # Given a named quiz saved with every option
    code, out, _err = run(
        capsys, "quizzes", "save", BUNDLED, "Dates exam", "--count", "5", "--kinds",
        "cloze,multiple_choice", "--fact-kinds", "date", "--time-limit", "10m", "--exam",
        "--pass-mark", "70", *db,
    )  # fmt: skip
    assert code == 0 and out.startswith(f"saved {BUNDLED} › Dates exam (id ")
    # Then the JSON list gives its id and every option, typed
    code, out, _err = run(capsys, "quizzes", "list", "--json", *db)
    [listed] = json.loads(out)
    assert listed == {
        "id": listed["id"], "set": BUNDLED, "name": "Dates exam", "count": 5,
        "kinds": ["cloze", "multiple_choice"], "tags": [], "fact_kinds": ["date"],
        "time_limit_s": 600, "exam": True, "pass_mark": 70,
    }  # fmt: skip
    # When renamed, then removed
    assert run(capsys, "quizzes", "rename", BUNDLED, "Dates exam", "Final", *db)[0] == 0
    code, out, _err = run(capsys, "quizzes", "list", *db)
    assert out == (
        f"{BUNDLED} › Final: 5 questions, cloze, multiple_choice, date facts, "
        "10:00 limit, exam mode, pass mark 70%\n"
    )
    assert run(capsys, "quizzes", "remove", BUNDLED, "Final", *db)[0] == 0
    assert json.loads(run(capsys, "quizzes", "list", "--json", *db)[1]) == []


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--kinds", "essay"], "'essay' is not a kind of question"),
        (["--pass-mark", "120"], "a pass mark is 1 to 100 percent"),
        (["--time-limit", "soon"], "'soon' is not a duration"),
        (["--count", "0"], "a quiz has 1 to 500 questions"),
        (
            ["--tags", "countries,nosuchtag"],
            "this set has no tag 'nosuchtag' (its tags: countries,",
        ),
    ],
)
def test_bad_options_are_one_line_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    db = ["--db", str(tmp_path / "bank.db")]
    code, _out, err = run(capsys, "quizzes", "save", BUNDLED, "Bad", *argv, *db)
    assert code != 0 and f"quizapp: {message}" in err and "Traceback" not in err


def test_unknown_set_and_quiz_are_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(tmp_path / "bank.db")]
    code, _out, err = run(capsys, "quizzes", "save", "No such set", "Q", *db)
    assert code != 0 and "No such set" in err
    for listing in (["quizzes", "list", "--set", "Nope"], ["quizzes", "list", "--set", "Nope",
                                                          "--json"]):  # fmt: skip
        code, out, err = run(capsys, *listing, *db)
        assert code != 0 and out == ""
        assert err.strip() == f"quizapp: no set called 'Nope' (sets: {BUNDLED!r})"
    code, _out, err = run(capsys, "quizzes", "remove", BUNDLED, "Missing", *db)
    assert code != 0 and "no quiz named 'Missing'" in err
    run(capsys, "quizzes", "save", BUNDLED, "Twice", *db)
    code, _out, err = run(capsys, "quizzes", "save", BUNDLED, "Twice", *db)
    assert code != 0 and "already has a quiz named 'Twice'" in err


def test_saving_waits_for_no_window_but_listing_runs_beside_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bank.db"
    db = ["--db", str(path)]
    assert run(capsys, "quizzes", "list", *db)[0] == 0  # makes the bank
    with lock_bank(path):
        code, _out, err = run(capsys, "quizzes", "save", BUNDLED, "Q", *db)
        assert code == 1 and "already open in another quizapp window" in err
        assert run(capsys, "quizzes", "list", *db)[0] == 0


def test_a_kind_or_fact_kind_the_set_lacks_is_refused() -> None:
    from quizapp.errors import QuizappError
    from quizapp.questiondata import FactKind, QuestionKind
    from quizapp.study.quiz_options import Candidate, QuizOptions, check_for_set

    # Given a set of two short answers about dates, tagged "war"
    have = [Candidate(i, QuestionKind.SHORT_ANSWER, ["war"], FactKind.DATE) for i in (1, 2)]
    check_for_set(have, QuizOptions(tags=("war",), fact_kinds=(FactKind.DATE,)))  # all known
    # Then a fact kind, a kind or a tag it lacks is refused in one line naming what it has
    with pytest.raises(
        QuizappError, match=r"^this set has no fact kind 'figure' \(its fact kinds: date\)$"
    ):
        check_for_set(have, QuizOptions(fact_kinds=(FactKind.FIGURE,)))
    with pytest.raises(QuizappError, match=r"no kind 'cloze' \(its kinds: short_answer\)"):
        check_for_set(have, QuizOptions(kinds=(QuestionKind.CLOZE,)))
    with pytest.raises(QuizappError, match=r"no tag 'War' \(its tags: war\)"):
        check_for_set(have, QuizOptions(tags=("War",)))
