"""Moodle XML reading (through defusedxml) and writing, against a hand-made file."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from quizapp.errors import FormatErrors
from quizapp.formats import gift, moodle_xml
from quizapp.images import check_image
from quizapp.questiondata import QuestionData, SetData

DATA = Path(__file__).parent / "data" / "formats"
PRIMES_PNG = check_image(
    base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR42mP8z8DAwMDAxMDAwMDAAAANHQEDaB7T3gAAAABJRU5ErkJggg=="
    )
)  # embedded in the file
NUM = "category:Science/Numbers"
ESSAYS = "category:Essays"


def q(uid: str, kind: str, prompt: str, **fields: object) -> QuestionData:
    return QuestionData(uid=uid, kind=kind, prompt=prompt, **fields)  # type: ignore[arg-type]


EXPECTED = [
    q("Longest river", "multiple_choice", "Which river flows through Vienna, Budapest & Belgrade?",
      answer="the Danube", choices=["the Danube", "the Rhine", "the Elbe"],
      explanation="Right: it passes all three capitals.\nthe Rhine: It never reaches Vienna.",
      tags=["rivers", "europe"]),
    q("primes-42", "multiple_choice", "Which of these are prime?", answer="2",
      choices=["2", "3", "4", "9"], accepted=["3"],
      explanation="A prime has exactly two divisors.\nThe only even prime.",
      tags=[NUM, "multiple-response", "weights:50,50,-100,-100"], image=PRIMES_PNG),
    q("Partial", "multiple_choice", "Pick the best estimate of π (<3.2).", answer="3.14159",
      choices=["3.14159", "3", "4"], accepted=["3"], tags=[NUM, "weights:100,33.33333,-50"]),
    q("False one", "true_false", "Snow is black.", answer="false",
      explanation="Right, it is white.\ntrue: No: you chose true.", tags=[NUM]),
    q("Short", "short_answer", "Who wrote *Hamlet*?", answer="Shakespeare",
      accepted=["William Shakespeare", "Marlowe"],
      explanation="Close, but no.\n*: Think of Stratford.",
      tags=[NUM, "weights:100,100,50", "case-sensitive"]),
    q("Missing word", "cloze", "Paris is the ___ of France.", answer="capital",
      accepted=["capital city"], tags=[NUM]),
    q("Tolerance", "numeric", "What is e, to two decimals?", answer="2.718", tolerance=0.005,
      explanation="Euler's number.\nother answers: Look it up.", tags=[NUM]),
    q("Year", "numeric", "In which year did the Berlin Wall fall?", answer="1989", tags=[NUM]),
    q("Pairs", "matching", "Match each animal to its class.",
      pairs=[["frog", "amphibian"], ["eagle", "bird"], ["salmon", "fish"]],
      choices=["reptile"], explanation="Four classes of vertebrates.", tags=[NUM]),
    q("Essay", "flashcard", "Explain why the sky is blue.",
      answer="Rayleigh scattering: short wavelengths scatter most.",
      explanation="See any optics textbook.", tags=[ESSAYS]),
    q("Feedback only essay", "flashcard", "Describe a river.",
      answer="Mention its source and mouth.", tags=[ESSAYS]),
    q("Owl", "cloze", "The ___ hunts at night.", answer="owl", accepted=["owls"],
      explanation="Yes\nPlural\n*: No", tags=[ESSAYS, "weights:100,50"]),
    q("Cloze choice", "multiple_choice", "Rome is in ___.", answer="Italy",
      choices=["Spain", "Italy", "France"], tags=[ESSAYS]),
]  # fmt: skip


@pytest.fixture
def parsed() -> moodle_xml.ReadResult:
    return moodle_xml.read(DATA / "every_construct.xml")


def test_every_construct_is_read_field_by_field(parsed: moodle_xml.ReadResult) -> None:
    assert parsed.errors == []
    assert [x.uid for x in parsed.questions] == [x.uid for x in EXPECTED]
    for got, want in zip(parsed.questions, EXPECTED, strict=True):
        assert vars(got) == vars(want), want.uid


def test_unsupported_questions_and_lost_detail_are_reported(
    parsed: moodle_xml.ReadResult,
) -> None:
    assert [(s.line, s.label) for s in parsed.skipped] == [
        (152, "No model answer"),
        (157, "Intro"),
        (173, "Two gaps"),
        (178, "Formula"),
    ]
    assert "'calculated' is not supported" in parsed.skipped[3].reason
    assert parsed.notes == [
        "primes-42: 1 hint(s) were dropped",
        "Tolerance: units were dropped",
    ]


def test_export_and_reimport_gives_the_same_questions(
    parsed: moodle_xml.ReadResult, tmp_path: Path
) -> None:
    out = tmp_path / "again.xml"
    conversion = moodle_xml.write(SetData("again", questions=parsed.questions), out)
    assert conversion.dropped == [] and conversion.altered == []
    again = moodle_xml.read(out)
    assert again.errors == [] and again.skipped == [] and again.notes == []
    for got, want in zip(again.questions, parsed.questions, strict=True):
        assert vars(got) == vars(want), want.uid


def test_gift_questions_survive_a_trip_through_moodle_xml(tmp_path: Path) -> None:
    # Given everything the GIFT sample holds, When written as XML and read back, Then equal
    from_gift = gift.read(DATA / "every_construct.gift").questions
    out = tmp_path / "from_gift.xml"
    assert moodle_xml.write(SetData("g", questions=from_gift), out).dropped == []
    again = moodle_xml.read(out).questions
    for got, want in zip(again, from_gift, strict=True):
        assert vars(got) == vars(want), want.uid


def test_kinds_xml_cannot_hold_are_reported() -> None:
    data = SetData("s", questions=[q("o", "ordering", "Order", choices=["1", "2"])])
    text, conversion = moodle_xml.dumps(data)
    assert [str(i) for i in conversion.dropped] == ["o: Moodle XML has no ordering questions"]
    assert "<question type=" not in text


BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE quiz [
  <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
]>
<quiz><question type="truefalse"><questiontext><text>&c;</text></questiontext></question></quiz>
"""
EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE quiz [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<quiz><question type="description"><questiontext><text>&secret;</text></questiontext>
</question></quiz>
"""


@pytest.mark.parametrize("raw", [BOMB, EXTERNAL], ids=["entity-bomb", "external-entity"])
def test_entity_bombs_and_external_entities_are_refused(raw: bytes) -> None:
    refused = "the file declares XML entities or a DTD, which are refused for safety"
    with pytest.raises(FormatErrors, match=rf"^evil\.xml:\d+: {refused}; Moodle's own exports"):
        moodle_xml.loads(raw, "evil.xml")


MALFORMED = [
    (b"<quiz>\n<question type='truefalse'>\n</quiz>", 3, "XML syntax: mismatched tag"),
    (b"<?xml version='1.0'?>\n<questions/>", 2, "expected <quiz>, found <questions>"),
    (b"<quiz>\n\n<question type='truefalse'><name><text>a</text></name></question></quiz>",
     3, "a: the question has no <questiontext>"),
    (b"<quiz><question type='multichoice'>\n<questiontext><text>Q</text></questiontext>\n"
     b"<answer fraction='lots'><text>x</text></answer></question></quiz>",
     3, "the answer fraction 'lots' is not a number"),
    (b"<quiz>\n<question type='multichoice'><questiontext><text>Q</text></questiontext>"
     b"<answer fraction='0'><text>x</text></answer><answer fraction='0'><text>y</text>"
     b"</answer></question></quiz>", 2, "no answer has a positive fraction"),
    (b"<quiz>\n<question type='numerical'><questiontext><text>Q</text></questiontext>"
     b"<answer fraction='100'><text>ten</text></answer></question></quiz>",
     2, "'ten' or its tolerance is not a number"),
    (b"<quiz>\n<question type='matching'><questiontext><text>Q</text></questiontext>"
     b"<subquestion><text>a</text><answer><text>b</text></answer></subquestion>"
     b"</question></quiz>", 2, "needs 2 subquestions"),
    (b"<?xml version='1.0' encoding='U-F-8'?>\n<quiz/>", 1, "unknown text encoding"),
]  # fmt: skip


@pytest.mark.parametrize(("raw", "line", "problem"), MALFORMED)
def test_malformed_files_name_file_line_and_problem(raw: bytes, line: int, problem: str) -> None:
    try:
        errors = moodle_xml.loads(raw, "bad.xml").errors
    except FormatErrors as exc:
        errors = exc.errors
    assert len(errors) == 1
    assert (errors[0].file, errors[0].line) == ("bad.xml", line)
    assert problem in errors[0].problem
