"""GIFT reading and writing, against a hand-made file that uses every construct."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.errors import FormatErrors
from quizapp.formats import gift
from quizapp.questiondata import QuestionData, SetData

DATA = Path(__file__).parent / "data" / "formats"
CAT = "category:Science/Numbers//Maths"


def q(uid: str, kind: str, prompt: str, **fields: object) -> QuestionData:
    return QuestionData(uid=uid, kind=kind, prompt=prompt, **fields)  # type: ignore[arg-type]


EXPECTED = [
    q("Longest river", "multiple_choice",
      "Which river flows through Vienna, Budapest and Belgrade?",
      answer="the Danube", choices=["the Danube", "the Rhine", "the Elbe"],
      explanation="Right: it passes all three capitals.\nthe Rhine: It never reaches Vienna.",
      tags=["rivers", "europe"]),
    q("Two capitals", "multiple_choice", "Which city is a capital?", answer="Oslo",
      choices=["Oslo", "Bern", "Zurich", "Geneva"], accepted=["Bern"],
      explanation="Bern is the federal city."),
    q("primes-42", "multiple_choice", "Which of these numbers are prime?", answer="2",
      choices=["2", "3", "4", "9"], accepted=["3"],
      explanation="Yes, the only even prime.\n4: 4 = 2 × 2",
      tags=[CAT, "multiple-response", "weights:50,50,-100,-100"]),
    q("Partial", "multiple_choice", "Pick the best estimate of π.", answer="3.14159",
      choices=["3.14159", "3", "4"], accepted=["3"], tags=[CAT, "weights:100,33.33333,-50"]),
    q("Plain truth", "true_false", "The Earth goes round the Sun <as it should>.",
      answer="true", tags=[CAT]),
    q("False one", "true_false", "Snow is black.", answer="false",
      explanation="Right, it is white.\ntrue: No: you chose true.", tags=[CAT]),
    q("Tee", "true_false", "Water boils at 100 °C at sea level.", answer="true", tags=[CAT]),
    q("Eff", "true_false", "Glass is a metal.", answer="false",
      explanation="Glass is an amorphous solid.", tags=[CAT]),
    q("Short", "short_answer", 'Who wrote "Hamlet"?', answer="Shakespeare",
      accepted=["William Shakespeare", "Marlowe"],
      explanation="Close, but no.\n*: Think of Stratford.", tags=[CAT, "weights:100,100,50"]),
    q("Bare short", "short_answer", "Name a primary colour.", answer="red", tags=[CAT]),
    q("Pairs", "matching", "Match each animal to its class.",
      pairs=[["frog", "amphibian"], ["eagle", "bird"], ["salmon", "fish"]],
      choices=["reptile"], explanation="Four classes of vertebrates.", tags=[CAT]),
    q("Year", "numeric", "In which year did the Berlin Wall fall?", answer="1989", tags=[CAT]),
    q("Tolerance", "numeric", "What is e, to two decimals?", answer="2.718", tolerance=0.005,
      explanation="Euler's number.", tags=[CAT]),
    q("Range", "numeric", "Pick a number from 1 to 5.", answer="3", tolerance=2.0, tags=[CAT]),
    q("Cold", "numeric", "Absolute zero in degrees Celsius?", answer="-273.15",
      tolerance=0.01, tags=[CAT]),
    q("Grant", "numeric", "When was Ulysses S. Grant born?", answer="1822", tolerance=0.0,
      explanation="Exactly.\n1822:2: Close.\nother answers: Look it up.", tags=[CAT]),
    q("Missing choice", "multiple_choice", "The Danube flows into the ___ near Sulina.",
      answer="Black Sea", choices=["North Sea", "Black Sea", "Baltic Sea"], tags=[CAT]),
    q("Missing word", "cloze", "Paris is the ___ of France.", answer="capital",
      accepted=["capital city"], tags=[CAT]),
    q("Essay", "flashcard", "Explain **why** the sky is blue.",
      answer="Rayleigh scattering: short wavelengths scatter most.", tags=[CAT]),
    q("Escapes: all of them", "short_answer",
      "Braces { and }, equals =, tilde ~, hash #, colon : and backslash \\.\nSecond line.",
      answer="a~b=c#d{e}", tags=[CAT]),
    q("Moodle auto", "short_answer", "This uses & Moodle auto format.", answer="yes",
      explanation="General feedback in HTML.", tags=[CAT]),
    q("Two line text", "short_answer", "First line of the question\nsecond line of the question",
      answer="ok", tags=[CAT]),
    q("Own formats", "multiple_choice", "Which one is written in *HTML*?", answer="bold text",
      choices=["bold text", "<i>plain</i> text"], explanation="<b> is shown as written",
      tags=[CAT]),
]  # fmt: skip


@pytest.fixture
def parsed() -> gift.ReadResult:
    return gift.read(DATA / "every_construct.gift")


def test_every_construct_is_read_field_by_field(parsed: gift.ReadResult) -> None:
    # Given the hand-made file, When it is read, Then every question matches, field by field
    assert parsed.errors == []
    assert [x.uid for x in parsed.questions] == [x.uid for x in EXPECTED]
    for got, want in zip(parsed.questions, EXPECTED, strict=True):
        assert vars(got) == vars(want), want.uid


def test_descriptions_and_empty_essays_are_skipped_with_reasons(parsed: gift.ReadResult) -> None:
    assert [(s.line, s.label) for s in parsed.skipped] == [
        (65, "No model answer"),
        (67, "Intro"),
    ]
    assert "no back" in parsed.skipped[0].reason
    assert "description" in parsed.skipped[1].reason
    assert parsed.notes == ["Grant: kept only the best numeric answer; dropped '1822:2' (50%)"]


def test_export_and_reimport_gives_the_same_questions(
    parsed: gift.ReadResult, tmp_path: Path
) -> None:
    out = tmp_path / "again.gift"
    conversion = gift.write(SetData("again", questions=parsed.questions), out)
    assert conversion.dropped == [] and conversion.altered == []
    again = gift.read(out)
    assert again.errors == [] and again.skipped == []
    for got, want in zip(again.questions, parsed.questions, strict=True):
        assert vars(got) == vars(want), want.uid


def test_writer_escapes_special_characters() -> None:
    data = SetData("s", questions=[q("a:b", "short_answer", "x {y} = ~z #\\", answer="1:2")])
    text, _ = gift.dumps(data)
    assert "::a\\:b::[plain]x \\{y\\} \\= \\~z \\#\\\\ {=1\\:2}" in text


def test_bom_and_windows_line_ends_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.gift"
    path.write_bytes("\ufeff::One::Two plus two?{#4}\r\n\r\n::T::Yes?{T}\r\n".encode())
    result = gift.read(path)
    assert [(x.uid, x.answer) for x in result.questions] == [("One", "4"), ("T", "true")]


def test_categories_reset_to_top_and_survive_a_round_trip() -> None:
    text = "$CATEGORY: $course$/top/A\n\n::x::X?{T}\n\n$CATEGORY: $course$/top\n\n::y::Y?{F}\n"
    first = gift.loads(text)
    assert [x.tags for x in first.questions] == [["category:A"], []]
    again = gift.loads(gift.dumps(SetData("s", questions=first.questions))[0])
    assert again.questions == first.questions


def test_several_right_choices_without_weights_export_as_equals() -> None:
    data = SetData("s", questions=[q("m", "multiple_choice", "Pick", answer="a",
                                     choices=["a", "b", "c"], accepted=["b"])])  # fmt: skip
    text, conversion = gift.dumps(data)
    assert "{=a =b ~c}" in text and not conversion.altered
    assert gift.loads(text).questions == data.questions


def test_ordering_cannot_be_written_and_is_reported() -> None:
    ordering = q("o", "ordering", "Order", choices=["1", "2"])
    card = q("f", "flashcard", "F", answer="B", explanation="E")
    data = SetData("s", questions=[ordering, card])
    text, conversion = gift.dumps(data)
    assert [str(i) for i in conversion.dropped] == ["o: GIFT has no ordering questions"]
    assert [i.uid for i in conversion.altered] == ["f"]
    assert "::o::" not in text


MALFORMED = [
    ("::Name without end\nQ?{T}", 1, "no closing ::"),
    ("::a::Fine?{T}\n\n::b::Open\nanswers {=x ~y", 4, "no closing }"),
    ("::a::Q?{~only}", 1, "needs 2 answers"),
    ("::a::Q?{~x ~y}", 1, "no right answer"),
    ("::a::Q?{=x ~%abc%y}", 1, "bad weight"),
    ("::a::Q?{=x ~%150%y}", 1, "outside -100..100"),
    ("\n\n::a::Q?{#abc}", 3, "is not a number"),
    ("::a::Q?{#5..1}", 1, "is not a number"),
    ("::a::Match{=x -> 1 =y}", 1, "has no ->"),
    ("::a::Match{=x -> 1}", 1, "needs 2 pairs"),
    ("::a::Q?{=x {y}", 1, "a { inside the answers"),
    ("::a::Q? {=x} and {=y}", 1, "a second answer block"),
    ("::a::Q? x}", 1, "a } without"),
    ("::a::Q?{junk ~y =z}", 1, "text before the first answer"),
    ("::a::{=x}", 1, "the prompt is empty"),
]


@pytest.mark.parametrize(("text", "line", "problem"), MALFORMED)
def test_malformed_questions_name_file_line_and_problem(text: str, line: int, problem: str) -> None:
    result = gift.loads(text, "bad.gift")
    assert len(result.errors) == 1
    error = result.errors[0]
    assert (error.file, error.line) == ("bad.gift", line)
    assert problem in error.problem


def test_a_file_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "latin1.gift"
    path.write_bytes("::a::Q?{T}\n\n::b::Caf\xe9?{T}".encode("latin-1"))
    with pytest.raises(FormatErrors, match=r"latin1\.gift:3: the file is not UTF-8 text"):
        gift.read(path)
