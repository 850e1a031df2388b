"""One question shape: kinds are enums, rows are mapped to data and back in one place each."""

from __future__ import annotations

from quizapp.content import set_intake, sets
from quizapp.formats import quizset
from quizapp.questiondata import FIELDS, FactKind, QuestionData, QuestionKind, SetData
from quizapp.store.models import Question


def _every_field_set() -> QuestionData:
    return QuestionData(
        uid="q1", kind=QuestionKind.MULTIPLE_CHOICE, prompt="Which?", answer="Oslo",
        choices=["Oslo", "Rome"], accepted=["oslo"], pairs=None, tolerance=None,
        explanation="Why.", tags=["capitals"], fact_kind=FactKind.FIGURE, fact_key="k",
        source="A sentence.",
    )  # fmt: skip


def test_every_field_of_the_data_is_a_column_of_the_row() -> None:
    assert set(FIELDS) <= set(Question.model_fields)


def test_a_row_built_from_data_reads_back_as_the_same_data() -> None:
    data = _every_field_set()
    row = set_intake.to_question(data, set_id=1, position=0)
    assert row.uid == "q1" and row.set_id == 1
    back = sets.to_data(row)
    assert back == data
    assert type(back.kind) is QuestionKind and type(back.fact_kind) is FactKind


def test_a_row_holds_kinds_as_plain_text() -> None:
    """Database drivers and YAML's safe dumper see the spelling, not an enum subclass."""
    values = _every_field_set().row_values()
    assert type(values["kind"]) is str and values["kind"] == "multiple_choice"
    assert type(values["fact_kind"]) is str and values["fact_kind"] == "figure"


def test_a_set_file_keeps_the_kinds_spellings() -> None:
    data = SetData("Capitals", questions=[_every_field_set()])
    text = quizset.dumps(data)
    assert "kind: multiple_choice" in text and "fact_kind: figure" in text
    assert quizset.loads(text).questions == data.questions


def test_an_unknown_kind_still_counts_its_id_for_duplicates() -> None:
    text = (
        "format: quizapp-set/1\nname: Broken\nquestions:\n"
        "  - id: a\n    kind: essay\n    prompt: p\n"  # line 4
        "  - id: a\n    kind: flashcard\n    prompt: Front\n    answer: Back\n"  # line 7
    )
    read = quizset.read_set(text, "dup.yaml")
    problems = [(e.line, e.problem) for e in read.question_errors]
    assert any("unknown kind 'essay'" in p for _, p in problems)
    assert (7, "duplicate id 'a' (first used on line 4)") in problems
