"""quizapp's YAML set files: lossless round trips, and refusals that name the right line."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.content import interchange, sets
from quizapp.errors import FormatErrors
from quizapp.formats import quizset
from quizapp.questiondata import ArticleData, QuestionData, SetData
from quizapp.store.bank import Bank

# Values YAML would turn into something else if the format let it guess types.
TRICKY = [
    "no", "yes", "off", "1988", "0x1F", "1e3", "true", "false", "null", "Null", "~",
    ".inf", "a # not a comment", "#hash first", "key: value", "ends with colon:",
    "- looks like a list", "[1, 2]", "{a: 1}", "'single'", '"double"', "@at", "`tick",
    "%pct", "!tag", "&anchor", "*alias", "|", ">", "? q", " leading space", "trailing space ",
    "two\nlines", "ends with a newline\n", "para\n\nbreak", "  indented\nfirst line",
    "tab\tinside", "\ttab first", "crlf\r\nline", "Ελληνικά, 日本語, Ünïcödé, 🙂",
    "nbsp\u00a0inside", "line\u2028separator", "next\x85line",
]  # fmt: skip


def q(uid: str, kind: str, prompt: str, **fields: object) -> QuestionData:
    return QuestionData(uid=uid, kind=kind, prompt=prompt, **fields)  # type: ignore[arg-type]


FULL = SetData(
    name="Everything: kinds, fields # and quirks",
    description="A set that uses every field.\nSecond line, with ünïcödé and a # sign.\n",
    article=ArticleData(title="An invented article: on rivers", source="rivers.txt"),
    questions=[
        q("mc", "multiple_choice", "Which river flows through Vienna?", answer="the Danube",
          choices=["the Danube", "the Rhine", "no", "1988"],
          explanation="It passes Vienna,\nBudapest and Belgrade.", tags=["rivers", "europe"],
          fact_kind="actor", fact_key="vienna-river", source="The Danube flows through Vienna."),
        q("tf", "true_false", "Snow is black.", answer="false", explanation="It is white.",
          fact_kind="figure", fact_key="snow"),
        q("sa", "short_answer", "Type the word for 'no' in English.", answer="no",
          accepted=["No", "nope", "null", "true"], tags=["yes", "1988"]),
        q("num", "numeric", "In which year was the bridge opened?", answer="1988",
          tolerance=0.5, fact_kind="date", fact_key="bridge-year"),
        q("num-int", "numeric", "How many arches?", answer="-3", tolerance=2.0),
        q("num-none", "numeric", "What is the ratio?", answer="0.125"),
        q("cz", "cloze", "The bridge opened in ___: a # marks nothing here.", answer="1988",
          accepted=["'88"], fact_kind="quote", fact_key="bridge-year"),
        q("ord", "ordering", "Order these from oldest to newest.",
          choices=["first: the ford", "then: the ferry", "true", "null"],
          explanation="Oldest first."),
        q("match", "matching", "Match each city to its river.",
          pairs=[["Vienna", "the Danube"], ["1988", "no"], ["key: x", "value # y"],
                 ["two\nlines", "München"]]),
        q("fc", "flashcard", "Front side\nwith two lines", answer="Back side: 🙂",
          tags=["cards"]),
    ],
)  # fmt: skip


# --- round trips ---------------------------------------------------------------


def test_full_set_survives_dump_and_load(tmp_path: Path) -> None:
    # Given a set using every kind and every field, written to a file
    path = tmp_path / "full.yaml"
    quizset.dump(FULL, path)
    # When it is read back and written again
    loaded = quizset.load(path)
    again = tmp_path / "again.yaml"
    quizset.dump(loaded, again)
    # Then nothing changed, not even the file's text
    assert loaded == FULL
    assert again.read_text(encoding="utf-8") == path.read_text(encoding="utf-8")


def test_full_set_covers_every_kind() -> None:
    from quizapp.questiondata import KINDS

    assert {x.kind for x in FULL.questions} == set(KINDS)


@pytest.mark.parametrize("value", TRICKY, ids=repr)
def test_tricky_text_survives_in_every_field(value: str) -> None:
    # Given the value in every text and list field of a question, and in the set's own fields
    question = q(value, "short_answer", value, answer=value, accepted=[value],
                 explanation=value, tags=[value], fact_key=value, source=value)  # fmt: skip
    matching = q("m", "matching", value, pairs=[[value, value], ["x" + value, value]])
    data = SetData(name=value, description=value, questions=[question, matching],
                   article=ArticleData(title=value, source=value))  # fmt: skip
    # Then it comes back exactly
    assert quizset.loads(quizset.dumps(data)) == data


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    texts=st.lists(st.text(min_size=1).filter(lambda t: t.strip() != ""), min_size=3, max_size=3)
)
def test_any_text_survives(texts: list[str]) -> None:
    a, b, c = texts
    data = SetData(name=a, description=b, questions=[
        q(c, "cloze", f"{a} ___", answer=b, accepted=[c], explanation=a, tags=[b, c]),
        q(c + "-order", "ordering", a, choices=[a + "1", b + "2"]),  # never c's id
    ])  # fmt: skip
    assert quizset.loads(quizset.dumps(data)) == data


def test_a_hand_written_file_keeps_values_as_written() -> None:
    # Given a file as a teacher would type it, with bare values YAML would otherwise convert
    text = """\
format: quizapp-set/1
name: Quirks
questions:
  - id: 1
    kind: short_answer
    prompt: Say no.
    answer: no
    accepted: [off, NO]
  - id: 2
    kind: true_false
    prompt: "Is this: true?"
    answer: true
  - id: 3
    kind: numeric
    prompt: Which year?  # a comment, not part of the prompt
    answer: 1988
    tolerance: 1
  - id: 4
    kind: matching
    prompt: Pair them.
    pairs:
      1988: null
      yes: 1.0
"""
    # When it is loaded
    data = quizset.loads(text, "quirks.yaml")
    # Then every value is the text that was typed
    first, second, third, fourth = data.questions
    assert (first.uid, first.answer, first.accepted) == ("1", "no", ["off", "NO"])
    assert (second.prompt, second.answer) == ("Is this: true?", "true")
    assert (third.prompt, third.answer, third.tolerance) == ("Which year?", "1988", 1.0)
    assert fourth.pairs == [["1988", "null"], ["yes", "1.0"]]


# --- refusals ------------------------------------------------------------------

HEAD = "format: quizapp-set/1\nname: Broken\nquestions:\n"
GOOD = "  - id: ok\n    kind: flashcard\n    prompt: Front\n    answer: Back\n"  # lines 4-7

MALFORMED = {
    "bad YAML syntax": (
        HEAD + GOOD + "  - id: b\n    kind: flashcard\n    prompt: what: is this\n    answer: x\n",
        10, "YAML syntax",
    ),
    "bad indentation": (
        HEAD + GOOD + "  - id: b\n    kind: flashcard\n    prompt: p\n   answer: x\n",
        11, "YAML syntax",
    ),
    "unknown kind": (
        HEAD + GOOD + "  - id: b\n    kind: essay\n    prompt: Discuss.\n    answer: x\n",
        9, "unknown kind 'essay'",
    ),
    "missing answer": (
        HEAD + GOOD + "  - id: b\n    kind: short_answer\n    prompt: Who?\n",
        8, "needs an answer",
    ),
    "answer not among choices": (
        HEAD + GOOD + "  - id: b\n    kind: multiple_choice\n    prompt: Which?\n"
        "    answer: Rome\n    choices: [Paris, Oslo]\n",
        11, "'Rome' is not among the choices",
    ),
    "duplicate id": (
        HEAD + GOOD + "  - id: ok\n    kind: flashcard\n    prompt: Again\n    answer: x\n",
        8, "duplicate id 'ok' (first used on line 4)",
    ),
    "unknown field": (
        HEAD + GOOD + "  - id: b\n    kind: flashcard\n    prompt: p\n    answer: x\n"
        "    hint: none\n",
        12, "unknown field 'hint'",
    ),
    "duplicate key": (
        HEAD + GOOD + "  - id: b\n    kind: flashcard\n    prompt: p\n    answer: x\n"
        "    answer: y\n",
        12, "field 'answer' appears twice",
    ),
    "list where text belongs": (
        HEAD + GOOD + "  - id: b\n    kind: flashcard\n    prompt: [p, q]\n    answer: x\n",
        10, "prompt must be text",
    ),
    "text where a list belongs": (
        HEAD + GOOD + "  - id: b\n    kind: multiple_choice\n    prompt: p\n    answer: x\n"
        "    choices: x\n",
        12, "choices must be a list",
    ),
    "tolerance not a number": (
        HEAD + GOOD + "  - id: b\n    kind: numeric\n    prompt: p\n    answer: 3\n"
        "    tolerance: a bit\n",
        12, "tolerance must be a number",
    ),
    "true_false answer": (
        HEAD + GOOD + "  - id: b\n    kind: true_false\n    prompt: p\n    answer: yes\n",
        11, "must be true or false",
    ),
    "cloze without a gap": (
        HEAD + GOOD + "  - id: b\n    kind: cloze\n    prompt: No gap here.\n    answer: x\n",
        10, "needs a gap",
    ),
    "unknown set field": (
        HEAD.replace("name: Broken\n", "name: Broken\nauthor: me\n") + GOOD,
        3, "unknown field 'author' in the set",
    ),
    "wrong format tag": (
        HEAD.replace("quizapp-set/1", "quizapp-set/9") + GOOD,
        1, "unsupported format",
    ),
    "no questions": (HEAD.replace("questions:\n", "questions: []\n"), 3, "list of questions"),
    "not a mapping": ("- just\n- a list\n", 1, "must be a mapping"),
}  # fmt: skip


@pytest.mark.parametrize("case", list(MALFORMED), ids=str)
def test_malformed_file_is_refused_at_the_right_line(case: str, tmp_path: Path) -> None:
    text, line, problem = MALFORMED[case]
    path = tmp_path / "broken.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FormatErrors) as caught:
        quizset.load(path)
    first = caught.value.errors[0]
    assert str(first).startswith(f"{path}:{line}: "), str(first)
    assert problem in first.problem
    assert caught.value.report().splitlines() == [str(first)]  # said once, not echoed


def test_every_problem_of_a_file_is_reported() -> None:
    text = (
        HEAD
        + "  - id: a\n    kind: essay\n    prompt: p\n"  # line 5: unknown kind
        + GOOD.replace("ok", "b")
        + "  - id: c\n    kind: true_false\n    prompt: p\n    answer: maybe\n"  # line 14
    )
    with pytest.raises(FormatErrors) as caught:
        quizset.loads(text, "many.yaml")
    assert [e.line for e in caught.value.errors] == [5, 14]
    assert "(and 1 more)" in str(caught.value)


def test_a_set_with_one_bad_question_loads_nothing(bank: Bank, tmp_path: Path) -> None:
    # Given a file of three good questions and one bad one
    good = "".join(GOOD.replace("ok", f"q{i}") for i in range(3))
    path = tmp_path / "mostly.yaml"
    path.write_text(HEAD + good + "  - id: bad\n    kind: nonsense\n    prompt: p\n", "utf-8")
    # When it is imported
    with pytest.raises(FormatErrors):
        interchange.import_file(bank, path)
    # Then no set and no question reached the bank
    assert sets.list_sets(bank) == []


def test_a_file_that_is_not_utf8_is_refused_naming_the_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes((HEAD + GOOD).encode() + "  - id: x\n    prompt: café\n".encode("latin-1"))
    with pytest.raises(FormatErrors) as caught:
        quizset.load(path)
    assert str(caught.value) == f"{path}:9: the file is not UTF-8 text"


def test_a_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + (HEAD + GOOD).encode())
    assert quizset.load(path).name == "Broken"


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n"], ids=repr)
def test_an_empty_file_is_refused(text: str, tmp_path: Path) -> None:
    path = tmp_path / "empty.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FormatErrors) as caught:
        quizset.load(path)
    assert str(caught.value) == f"{path}:1: the file is empty"


def test_a_missing_file_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.yaml"
    with pytest.raises(FormatErrors) as caught:
        quizset.load(path)
    assert str(caught.value).startswith(str(path))
    assert "No such file" in str(caught.value)
