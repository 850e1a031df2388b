"""CSV / TSV / Anki text: header detection, Anki's # headers, quoting, errors, export."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.errors import FormatErrors
from quizapp.formats import delimited
from quizapp.questiondata import QuestionData, SetData

DATA = Path(__file__).parent / "data" / "formats"


def card(uid: str, front: str, back: str, **fields: object) -> QuestionData:
    return QuestionData(uid=uid, kind="flashcard", prompt=front, answer=back, **fields)  # type: ignore[arg-type]


def test_csv_header_row_is_detected_and_quoting_follows_rfc4180() -> None:
    result = delimited.read_csv(DATA / "with_header.csv")
    assert result.errors == []
    assert result.questions == [
        card("q1", "Capital of Peru?", "Lima", tags=["geo", "south-america"]),
        card("q2", "Two\nlines", 'With "quotes", and a comma'),
        card("q3", "Capital of Chile?", "Santiago"),
    ]


def test_anki_headers_set_separator_html_tags_and_columns() -> None:
    result = delimited.read_tsv(DATA / "anki_headers.txt")
    assert result.errors == []
    assert result.questions == [
        card("q1", "Capital of Switzerland?", "Bern", explanation="Federal city & seat",
             tags=["imported", "deck1", "europe"]),
        card("q2", "Capital of Liechtenstein?", "Vaduz", tags=["imported", "deck1", "europe",
                                                               "alps"]),
    ]  # fmt: skip
    assert result.notes == ["columns after the 4 known ones were ignored"]


def test_tsv_without_headers_is_front_back_tags() -> None:
    result = delimited.read_tsv(DATA / "plain.tsv")
    assert [(q.prompt, q.answer, q.tags) for q in result.questions] == [
        ("Capital of Japan?", "Tokyo", ["asia"]),
        ("Capital of Kenya?", "Nairobi", ["africa"]),
    ]


def test_anki_separator_sniffing_prefers_tab_then_pipe_then_semicolon() -> None:
    assert delimited.loads("a;b|c\n", default_separator=None).questions[0].answer == "c"
    assert delimited.loads("a;b\n", default_separator=None).questions[0].answer == "b"
    assert delimited.loads("a b\n", default_separator=None).questions[0].answer == "b"


def test_columns_header_with_tags_and_guid_column_numbers() -> None:
    text = "#separator:tab\n#guid column:1\n#tags column:4\nid-7\tFront\tBack\tt1 t2\n"
    result = delimited.loads(text, default_separator=None)
    assert result.questions == [card("id-7", "Front", "Back", tags=["t1", "t2"])]


def test_html_is_kept_as_text_when_the_header_says_false() -> None:
    result = delimited.loads("#html:false\n<b>x</b>,y\n")
    assert result.questions[0].prompt == "<b>x</b>"


MALFORMED = [
    ('front,back\n"open quote,x\n', 2, "CSV:"),
    ("a,b\nc,\n", 2, "needs an answer"),
    ("a,b\n,d\n", 2, "the prompt is empty"),
    ("#separator:Semicolons\na;b\n", 1, "unknown separator"),
    ("#html:maybe\na,b\n", 1, "#html: must be true or false"),
    ("#columns:Front,Notes\na,b\n", 1, "need a front"),
    ("#tags column:zero\na,b\n", 1, "column number"),
    ('front,back\nx,"a"b\n', 2, "CSV:"),
]


@pytest.mark.parametrize(("text", "line", "problem"), MALFORMED)
def test_malformed_files_name_file_line_and_problem(text: str, line: int, problem: str) -> None:
    try:
        errors = delimited.loads(text, "bad.csv").errors
    except FormatErrors as exc:
        errors = exc.errors
    assert len(errors) == 1, errors
    assert (errors[0].file, errors[0].line) == ("bad.csv", line)
    assert problem in errors[0].problem


def test_csv_export_reimports_cards_and_reports_other_kinds(tmp_path: Path) -> None:
    data = SetData("s", questions=[
        card("c1", "Front, with comma", 'Back "quoted"\nsecond line', tags=["a b", "c"],
             explanation="Why"),
        QuestionData(uid="m", kind="multiple_choice", prompt="Pick", answer="x",
                     choices=["x", "y"]),
    ])  # fmt: skip
    out = tmp_path / "out.csv"
    conversion = delimited.write_csv(data, out)
    assert [str(i) for i in conversion.altered] == [
        "c1: spaces in tags became underscores",
        "m: written as a front/back card; it is no longer a multiple choice question",
    ]
    again = delimited.read_csv(out).questions
    assert again == [
        card("q1", "Front, with comma", 'Back "quoted"\nsecond line', tags=["a_b", "c"],
             explanation="Why"),
        card("q2", "Pick\nA) x\nB) y", "x"),
    ]  # fmt: skip


def test_tsv_export_writes_anki_headers_and_reads_back(tmp_path: Path) -> None:
    data = SetData("s", questions=[card("c1", "F\tT", "B", tags=["t"])])
    out = tmp_path / "out.tsv"
    delimited.write_tsv(data, out)
    assert out.read_text().startswith("#separator:tab\n#html:false\n#tags column:3\n")
    assert delimited.read_tsv(out).questions == [card("q1", "F\tT", "B", tags=["t"])]
