"""The import/export service and CLI: all or nothing, reports, guessing, limits."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from quizapp.cli import main
from quizapp.content import interchange, sets
from quizapp.errors import FormatErrors, QuizappError
from quizapp.formats import common, gift, registry
from quizapp.questiondata import QuestionData, SetData
from quizapp.store.bank import Bank

DATA = Path(__file__).parent / "data" / "formats"


def snapshot(bank: Bank) -> list[str]:
    """Every row of the bank, as SQL text."""
    assert bank.path is not None
    with sqlite3.connect(bank.path) as conn:
        return list(conn.iterdump())


@pytest.fixture
def seeded(bank: Bank) -> Bank:
    """A bank that already holds one set, so 'unchanged' means more than 'empty'."""
    card = QuestionData(uid="c1", kind="flashcard", prompt="Front", answer="Back")
    sets.add_set(bank, SetData("Existing", questions=[card]))
    return bank


@pytest.mark.both_engines
def test_gift_import_stores_every_question_in_one_set(bank: Bank) -> None:
    report = interchange.import_file(bank, DATA / "every_construct.gift")
    assert (report.set_name, report.format, report.imported) == ("every_construct", "gift", 23)
    assert [s.label for s in report.skipped] == ["No model answer", "Intro"]
    stored = sets.get_set(bank, "every_construct").questions
    assert stored == gift.read(DATA / "every_construct.gift").questions


@pytest.mark.parametrize(
    ("name", "text", "line"),
    [
        ("bad.gift", "::a::Fine?{T}\n\n::b::Broken?{~x ~y}\n", 3),
        ("bad.xml", "<quiz>\n<question type='truefalse'>\n</quiz>\n", 3),
        ("bad.aiken", "Q?\nA) a\nB) b\nANSWER: B\n\nQ2?\nA) a\nANSWER: A\n", 6),
        ("bad.csv", "front,back\nok,fine\nno back,\n", 3),
        ("bad.tsv", "#separator:tab\nok\tfine\n\tno front\n", 3),
        ("bad.yaml", "name: S\nquestions:\n  - id: a\n    kind: nope\n    prompt: P\n", 4),
    ],
    ids=["gift", "moodle-xml", "aiken", "csv", "tsv", "quizapp"],
)
def test_malformed_file_of_each_format_names_file_line_and_changes_nothing(
    seeded: Bank, tmp_path: Path, name: str, text: str, line: int
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    before = snapshot(seeded)
    with pytest.raises(FormatErrors) as caught:
        interchange.import_file(seeded, path)
    assert str(caught.value).startswith(f"{path}:{line}: ")
    assert snapshot(seeded) == before


@pytest.mark.both_engines
def test_skip_bad_imports_the_rest_and_lists_what_it_skipped(bank: Bank, tmp_path: Path) -> None:
    path = tmp_path / "mixed.gift"
    path.write_text("::a::Fine?{T}\n\n::b::Broken?{~x ~y}\n\n::c::Also fine?{F}\n")
    report = interchange.import_file(bank, path, skip_bad=True)
    assert report.imported == 2
    assert [(s.line, s.reason) for s in report.skipped] == [
        (3, "no right answer: mark one with = or a positive %weight%")
    ]
    assert [q.uid for q in sets.get_set(bank, "mixed").questions] == ["a", "c"]


def test_a_file_with_only_bad_questions_imports_nothing_even_with_skip_bad(
    seeded: Bank, tmp_path: Path
) -> None:
    path = tmp_path / "allbad.gift"
    path.write_text("::b::Broken?{~x ~y}\n")
    before = snapshot(seeded)
    with pytest.raises(QuizappError, match="no questions to import"):
        interchange.import_file(seeded, path, skip_bad=True)
    assert snapshot(seeded) == before


def test_existing_set_name_is_refused_unless_replace(seeded: Bank) -> None:
    before = snapshot(seeded)
    with pytest.raises(QuizappError, match="already exists"):
        interchange.import_file(seeded, DATA / "plain.tsv", set_name="Existing")
    assert snapshot(seeded) == before
    report = interchange.import_file(seeded, DATA / "plain.tsv", set_name="Existing", replace=True)
    assert report.imported == 2
    assert [q.answer for q in sets.get_set(seeded, "Existing").questions] == ["Tokyo", "Nairobi"]


def test_files_above_the_size_limit_are_refused(bank: Bank, tmp_path: Path) -> None:
    path = tmp_path / "huge.gift"
    with path.open("wb") as handle:
        handle.truncate(common.MAX_FILE_BYTES + 1)  # sparse: no disk used
    with pytest.raises(FormatErrors, match=r"huge\.gift: the file is 20\.0 MiB; the limit is"):
        interchange.import_file(bank, path)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("// from Moodle\n::a::Q?{T}\n", "gift"),
        ("Q?\nA) a\nB) b\nANSWER: A\n", "aiken"),
        ("#separator:tab\na\tb\n", "tsv"),
        ("front\tback\n", "tsv"),
    ],
)
def test_txt_files_are_told_apart_by_content(tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "questions.txt"
    path.write_text(text)
    assert registry.guess(path).name == expected


def test_unknown_extensions_and_formats_are_clear_errors(bank: Bank, tmp_path: Path) -> None:
    with pytest.raises(QuizappError, match=r"cannot tell the format of 'x\.doc'"):
        registry.guess(tmp_path / "x.doc")
    with pytest.raises(QuizappError, match="unknown format 'word'"):
        registry.get("word")
    with pytest.raises(QuizappError, match="cannot import Anki package files"):
        interchange.import_file(bank, tmp_path / "x.apkg")
    with pytest.raises(QuizappError, match="cannot export Aiken files"):
        interchange.export_set(bank, "any", tmp_path / "x.aiken")


def test_explicit_format_overrides_the_extension(bank: Bank, tmp_path: Path) -> None:
    path = tmp_path / "questions.dat"
    path.write_text("::a::Q?{T}\n")
    assert interchange.import_file(bank, path, format="gift").imported == 1


@pytest.mark.parametrize("fmt", ["gift", "moodle-xml", "quizapp"])
@pytest.mark.both_engines
def test_export_then_import_through_the_bank_keeps_every_question(
    bank: Bank, tmp_path: Path, fmt: str
) -> None:
    interchange.import_file(bank, DATA / "every_construct.xml", set_name="source")
    out = tmp_path / f"out.{fmt}"
    report = interchange.export_set(bank, "source", out, format=fmt)
    # GIFT has no case-sensitive flag, and its essay feedback holds the back, not the explanation
    lossy = {"gift": ["Short", "Essay"]}.get(fmt, [])
    assert (report.exported, report.dropped) == (13, [])
    assert [i.uid for i in report.altered] == lossy
    interchange.import_file(bank, out, format=fmt, set_name="copy")
    expected = sets.get_set(bank, "source").questions
    for q in expected:
        if q.uid == "Essay" and lossy:
            q.explanation = ""
        if q.uid == "Short" and lossy:
            q.tags.remove(common.CASE_TAG)
    assert sets.get_set(bank, "copy").questions == expected


@pytest.mark.both_engines
def test_export_reports_what_the_format_cannot_express(bank: Bank, tmp_path: Path) -> None:
    ordering = QuestionData(uid="o1", kind="ordering", prompt="Order\nthese", choices=["a", "b"])
    card = QuestionData(uid="c1", kind="flashcard", prompt="F", answer="B")
    sets.add_set(bank, SetData("Mixed", questions=[ordering, card]))
    report = interchange.export_set(bank, "Mixed", tmp_path / "mixed.gift")
    assert report.exported == 1
    # Questions are named by what the teacher sees (the prompt's first line), not their ids
    assert report.lines() == [
        f"exported 1 questions of 'Mixed' to {tmp_path / 'mixed.gift'}",
        "not exported: Order: GIFT has no ordering questions",
    ]
    csv_report = interchange.export_set(bank, "Mixed", tmp_path / "mixed.csv")
    assert csv_report.exported == 2
    assert [i.uid for i in csv_report.altered] == ["o1"]


def test_cli_imports_with_format_and_skip_bad_and_exports_by_extension(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "cli.sqlite3")
    path = tmp_path / "mixed.txt"
    path.write_text("::a::Fine?{T}\n\n::b::Broken?{~x ~y}\n")
    assert main(["import", str(path), "--db", db]) == 1
    assert f"{path}:3: no right answer" in capsys.readouterr().err
    assert (
        main(["import", str(path), "--format", "gift", "--skip-bad", "--set", "S", "--db", db]) == 0
    )
    out = capsys.readouterr().out
    assert "imported 1 questions into set 'S'" in out
    assert "skipped line 3: no right answer" in out
    target = tmp_path / "s.xml"
    assert main(["export", "S", "-o", str(target), "--db", db]) == 0
    assert capsys.readouterr().out == f"exported 1 questions of 'S' to {target}\n"
    assert '<question type="truefalse">' in target.read_text()


MIXED_YAML = """\
format: quizapp-set/1
name: Mixed
questions:
  - {id: a, kind: true_false, prompt: Fine?, answer: true}
  - {id: b, kind: multiple_choice, prompt: Broken?, answer: z, choices: [x, y]}
  - {id: a, kind: true_false, prompt: Same id?, answer: false}
  - {id: c, kind: short_answer, prompt: Also fine?, answer: yes}
"""


def test_skip_bad_works_question_by_question_in_yaml_set_files(
    seeded: Bank, tmp_path: Path
) -> None:
    path = tmp_path / "mixed.yaml"
    path.write_text(MIXED_YAML, encoding="utf-8")
    # Without --skip-bad, the file imports nothing and names both bad questions
    before = snapshot(seeded)
    with pytest.raises(FormatErrors) as caught:
        interchange.import_file(seeded, path)
    assert [e.line for e in caught.value.errors] == [5, 6]
    assert snapshot(seeded) == before
    # With it, the good questions are imported and the others listed with their lines
    report = interchange.import_file(seeded, path, skip_bad=True)
    assert [q.uid for q in sets.get_set(seeded, "Mixed").questions] == ["a", "c"]
    assert [(s.line, s.reason[:40]) for s in report.skipped] == [
        (5, "question 'b': the answer 'z' is not amon"),
        (6, "duplicate id 'a' (first used on line 4)"),
    ]


def test_skip_bad_never_skips_a_problem_of_the_yaml_set_itself(
    seeded: Bank, tmp_path: Path
) -> None:
    path = tmp_path / "nameless.yaml"
    path.write_text(MIXED_YAML.replace("name: Mixed\n", ""), encoding="utf-8")
    before = snapshot(seeded)
    with pytest.raises(FormatErrors, match="the set needs a name"):
        interchange.import_file(seeded, path, skip_bad=True)
    assert snapshot(seeded) == before


def test_an_unknown_format_lists_only_the_formats_the_command_can_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "cli.sqlite3")
    path = tmp_path / "a.gift"
    path.write_text("::a::Fine?{T}\n")
    assert main(["import", str(path), "--set", "S", "--db", db]) == 0
    capsys.readouterr()
    # Export names the formats it can write: no Aiken, which quizapp only reads
    assert main(["export", "S", "-o", str(tmp_path / "x.q"), "--format", "foo", "--db", db]) == 1
    err = capsys.readouterr().err
    assert err.startswith("quizapp: unknown format 'foo'; use one of ")
    listed = err.strip().split("use one of ")[1].split(", ")
    assert listed == registry.names(writing=True) and "aiken" not in listed
    # Import names the formats it can read: no Anki package, which quizapp only writes
    assert main(["import", str(path), "--format", "foo", "--db", db]) == 1
    listed = capsys.readouterr().err.strip().split("use one of ")[1].split(", ")
    assert listed == registry.names(reading=True) and "apkg" not in listed


def test_an_export_summary_counts_the_changes_of_each_kind(bank: Bank, tmp_path: Path) -> None:
    # Given 130 flashcards with an explanation and 2 ordering questions
    cards = [QuestionData(uid=f"c{n}", kind="flashcard", prompt=f"Front {n}", answer="Back",
                          explanation="Why") for n in range(130)]  # fmt: skip
    orders = [QuestionData(uid=f"o{n}", kind="ordering", prompt=f"Order {n}", choices=["a", "b"])
              for n in range(2)]  # fmt: skip
    sets.add_set(bank, SetData("Many", questions=cards + orders))
    # When they are exported to GIFT (no ordering; an essay has one feedback)
    report = interchange.export_set(bank, "Many", tmp_path / "many.gift")
    # Then the summary is one line per kind of change, the details one line per question
    assert report.summary()[1:] == [
        "2 questions not exported: GIFT has no ordering questions",
        "130 questions changed: the explanation was left out: a GIFT essay has one feedback, "
        "the back",
    ]
    details = report.details()
    assert len(details) == 132
    assert details[0] == "not exported: Order 0: GIFT has no ordering questions"


def test_import_problems_name_a_question_by_its_prompt_not_a_made_up_id(
    bank: Bank, tmp_path: Path
) -> None:
    path = tmp_path / "unnamed.gift"
    path.write_text("Which river flows through Vienna?{=Danube ~Danube ~Rhine}\n")
    with pytest.raises(FormatErrors) as caught:
        interchange.import_file(bank, path)
    message = str(caught.value)
    assert message.startswith(f"{path}:1: 'Which river flows through Vienna?': ")
    assert "q1" not in message
