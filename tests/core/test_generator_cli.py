"""``quizapp generate``: JSON output, saving into a set, and one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quizapp.cli import main
from quizapp.content import sets
from quizapp.store.bank import open_bank

TEXTS = Path(__file__).parent / "texts"
ARTICLE = TEXTS / "harbour-flood-news.txt"
FIELDS = {"kind", "prompt", "answer", "choices", "fact_kind", "source", "explanation"}


def test_json_prints_only_the_questions(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["generate", str(ARTICLE), "--json"]) == 0
    out, err = capsys.readouterr()
    payload = json.loads(out)
    assert list(payload) == ["questions"]
    assert payload["questions"]
    for q in payload["questions"]:
        assert q.keys() >= FIELDS
        if q["kind"] == "ordering":
            assert q["answer"] == q["choices"]
        else:
            assert isinstance(q["answer"], str)
        assert q["choices"] is None or isinstance(q["choices"], list)
    assert err == ""


def test_set_is_created_then_appended_without_duplicates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "bank.sqlite3")
    assert main(["generate", str(ARTICLE), "--set", "Floods", "--db", db]) == 0
    first = capsys.readouterr().out
    assert "created set 'Floods'" in first
    assert main(["generate", str(TEXTS / "insulin-science.md"), "--set", "Floods", "--db", db]) == 0
    capsys.readouterr()
    assert main(["generate", str(ARTICLE), "--set", "Floods", "--db", db, "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    # --json says what --set did: none added again, all of them already there
    assert again["set"] == "Floods" and again["created"] is False
    assert again["added"] == 0 and again["skipped"] == len(again["questions"]) > 0
    bank = open_bank(db)
    try:
        stored = sets.get_set(bank, "Floods")
    finally:
        bank.close()
    prompts = [q.prompt for q in stored.questions]
    assert len(prompts) == len(set(prompts))
    assert any("insulin" in (q.source or "").lower() for q in stored.questions)
    assert any("Valparaiso" in (q.source or "") for q in stored.questions)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"\x00\x01\x02binary" * 50, "binary"),
        (b"Hello world.", "bad.txt: too short to make questions from; use an article of a few"),
    ],
)
def test_bad_articles_fail_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    db = tmp_path / "bank.sqlite3"
    assert main(["generate", str(path), "--json", "--set", "X", "--db", str(db)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and message in err


def test_a_text_without_facts_fails_and_saves_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "chat.txt"
    path.write_text("we went out and it was nice. then we came home and had tea, as usual.")
    db = tmp_path / "bank.sqlite3"
    assert main(["generate", str(path), "--set", "Chat", "--db", str(db)]) == 1
    assert "no usable facts found in" in capsys.readouterr().err
    bank = open_bank(db)
    try:
        assert "Chat" not in [s.name for s in sets.list_sets(bank)]
    finally:
        bank.close()


def test_max_caps_the_questions_and_a_bad_count_is_one_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["generate", str(ARTICLE), "--json", "--max", "3"]) == 0
    assert len(json.loads(capsys.readouterr().out)["questions"]) == 3
    with pytest.raises(SystemExit) as stopped:
        main(["generate", str(ARTICLE), "--max", "0"])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    # one line, as every other error: no usage printed before it
    assert err == (
        "quizapp: argument --max: must be a whole number of at least 1, not '0' "
        "(see: quizapp generate --help)\n"
    )
