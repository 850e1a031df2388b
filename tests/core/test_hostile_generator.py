"""Hostile input for the question generator: odd files and texts end in questions or a
clear QuizappError, never another exception; every question it makes is valid."""

from __future__ import annotations

import random
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.errors import QuizappError
from quizapp.generator import generate, nlp, read_article
from quizapp.generator.text import MAX_BYTES
from quizapp.questiondata import ArticleData, problems

# Our own text (not an article of ../shared): a few dated facts, people, places, figures.
ARTICLE = """\
The Harbour Bridge Vote

On 14 March 1998 the council of Port Elswick voted to build a new bridge over the river Tamsin.
Mayor Helena Marsh said the bridge would cost 42 million pounds and open within six years.
The engineer Tomas Varga, who had designed two bridges in Hungary, won the contract in 1999.
Work stopped in 2001 when floods destroyed the southern pier and 300 workers were sent home.
The Maritime Union of Elswick opposed the plan because ships would need a lifting span.
"We will not let the river close to trade," the union leader Peter Quill told reporters.
The bridge finally opened on 2 June 2005, carrying about 18,000 cars a day by 2010.
"""
SUFFIXES = (".txt", ".md", ".html", ".htm", "", ".text", ".markdown", ".pdf", ".docx")
NASTY = [
    "\x00", "\ufeff", "\ufffd", "<", ">", "<![x", "<![CDATA[", "<!--", "<script>", "</p>",
    "<html>", "&", "&#0;", "&#x110000;", "\r", "\u2028", "\u202e", "**", "__", "```", "[", "](",
    "#", "\n\n", "9" * 500, "1e999", "-" * 300, "(" * 300, ")" * 300, '"' * 50, "'s", "\t",
    "Mr.", "U.S.", "1,000,000,000,000,000,000,000", "March", "31 February 2001", "0 BC",
    "the 1990s", "Smith Smith Smith", "\u0301" * 50, "\U0001f600" * 20,
]  # fmt: skip
NOISE = random.Random(7)  # fixed bytes for the binary files below
FUZZ = settings(
    deadline=None,
    max_examples=40,
    database=None,
    derandomize=True,  # the same examples every run: no flaky failures on a shared machine
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def generate_or_refuse(text: str) -> None:
    """``generate`` ends in valid questions or a one-line QuizappError."""
    try:
        questions = generate(text)
    except QuizappError as exc:
        assert str(exc).strip() and "\n" not in str(exc), str(exc)
        return
    assert questions
    for q in questions:
        data = q.to_data()
        assert problems(data) == [], (data, problems(data))


def read_or_refuse(path: Path) -> ArticleData | None:
    """``read_article`` ends in an article with text or a one-line QuizappError."""
    try:
        article = read_article(path)
    except QuizappError as exc:
        assert str(exc).strip() and "\n" not in str(exc), str(exc)
        return None
    assert article.text.strip()
    assert article.title.strip()
    return article


def mutate(text: str, ops: list[tuple[int, int, int]]) -> str:
    """Delete, duplicate or swap lines, or insert nasty pieces, as ops say."""
    lines = text.split("\n")
    for kind, where, piece in ops:
        if not lines:
            lines = [""]
        i = where % len(lines)
        if kind == 0:
            del lines[i]
        elif kind == 1:
            lines.insert(i, lines[i])
        elif kind == 2:
            j = piece % len(lines)
            lines[i], lines[j] = lines[j], lines[i]
        else:
            at = piece % (len(lines[i]) + 1)
            lines[i] = lines[i][:at] + NASTY[piece % len(NASTY)] + lines[i][at:]
    return "\n".join(lines)


OPS = st.lists(
    st.tuples(st.integers(0, 3), st.integers(0, 1_000), st.integers(0, 10_000)),
    min_size=1,
    max_size=10,
)


# --- reading article files ---------------------------------------------------


@FUZZ
@given(raw=st.binary(max_size=3_000), suffix=st.sampled_from(SUFFIXES))
def test_random_bytes_read_as_an_article_or_a_clear_error(
    tmp_path: Path, raw: bytes, suffix: str
) -> None:
    path = tmp_path / f"article{suffix}"
    path.write_bytes(raw)
    read_or_refuse(path)


@FUZZ
@given(ops=OPS, suffix=st.sampled_from(SUFFIXES), encoding=st.sampled_from(["utf-8", "utf-16"]))
def test_mutated_article_files_read_or_give_a_clear_error(
    tmp_path: Path, ops: list[tuple[int, int, int]], suffix: str, encoding: str
) -> None:
    path = tmp_path / f"article{suffix}"
    path.write_bytes(mutate(ARTICLE, ops).encode(encoding, "surrogatepass"))
    read_or_refuse(path)


@pytest.mark.parametrize(
    ("name", "content", "readable"),
    [
        ("empty.txt", b"", False),
        ("blank.txt", b" \n\t\r\n", False),
        ("bom-only.txt", b"\xef\xbb\xbf", False),
        ("nul.txt", b"\x00" * 5_000, False),
        ("png.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20, False),
        ("zip.md", b"PK\x03\x04" + NOISE.randbytes(2_000), False),
        ("noise.html", NOISE.randbytes(4_000), False),
        ("utf16.txt", ("\ufeff" + ARTICLE).encode("utf-16-le"), True),
        ("utf16-bad.txt", b"\xff\xfe" + b"\x00\xd8" * 100, False),
        ("utf16-no-bom.txt", ARTICLE.encode("utf-16-le"), False),
        ("latin1.txt", ARTICLE.replace("Tomas", "Tomás Peña").encode("latin-1"), True),
        ("cp1251.txt", ("Мост через реку был открыт в 2005 году. " * 20).encode("cp1251"), True),
        ("mixed.txt", ARTICLE.encode() + b"\xff\xfe\xe9\x80" + ARTICLE.encode("utf-16"), None),
        ("tags-only.html", b"<html><script>var a=1;</script><p></p></html>", False),
        ("deep.html", b"<div>" * 20_000 + ARTICLE.encode() + b"</div>" * 20_000, True),
        ("unclosed.html", b"<html><p>" + ARTICLE.encode() + b"<script>never closed", True),
        ("doc.pdf", b"%PDF-1.4\n" + ARTICLE.encode(), False),
    ],
)
def test_odd_article_files(
    tmp_path: Path, name: str, content: bytes, readable: bool | None
) -> None:
    # Given an empty, binary, oddly encoded or unknown file, When it is read as an article,
    # Then the text comes out (readable) or a one-line error says why (None: either is fine)
    path = tmp_path / name
    path.write_bytes(content)
    article = read_or_refuse(path)
    if readable is not None:
        assert (article is not None) == readable, article
    if article is not None and readable:
        assert "2005" in article.text or "Tam" in article.text or "Мост" in article.text


def test_missing_files_folders_and_huge_files_are_refused(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.write(ARTICLE.encode())
        handle.truncate(MAX_BYTES + 1)  # sparse: no disk space used
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    for path, message in [
        (tmp_path / "absent.txt", "no such file"),
        (folder, "folder"),
        (huge, "too large"),
    ]:
        with pytest.raises(QuizappError, match=message):
            read_article(path)


def test_a_malformed_marked_section_in_html_is_not_a_crash(tmp_path: Path) -> None:
    # html.parser before Python 3.13 raises AssertionError on "<![x"
    path = tmp_path / "marked.html"
    path.write_text(f"<html><body><p>{ARTICLE}</p><![x <p>after</p></body></html>")
    read_or_refuse(path)


DEVICE_READER = """
import sys
from quizapp.errors import QuizappError
from quizapp.generator import read_article
try:
    read_article(sys.argv[1])
    print("READ")
except QuizappError as exc:
    print(exc)
"""


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (1024**3, 1024**3))


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="/dev/zero is absent here")
def test_a_device_that_never_ends_is_refused() -> None:
    # Given /dev/zero (size 0, endless), read in a process with bounded memory so a
    # regression cannot exhaust this shared machine; Then one clear line, no MemoryError
    done = subprocess.run(
        [sys.executable, "-c", DEVICE_READER, "/dev/zero"],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=_limit_memory,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() and done.stdout.count("\n") == 1


# --- generating from texts ---------------------------------------------------


def test_the_unmutated_text_gives_questions() -> None:
    # The mutations below start from a text that really gives questions
    assert generate(ARTICLE)


@FUZZ
@given(text=st.text(max_size=600))
def test_random_text_gives_questions_or_a_clear_error(text: str) -> None:
    generate_or_refuse(text)


WORDY = st.lists(
    st.one_of(
        st.sampled_from(NASTY),
        st.sampled_from(ARTICLE.split()),
        st.text(alphabet="abcXYZ 019.,;:'\"-\n", max_size=10),
    ),
    max_size=80,
).map(" ".join)


@FUZZ
@given(text=WORDY)
def test_word_soup_gives_questions_or_a_clear_error(text: str) -> None:
    generate_or_refuse(text)


@settings(FUZZ, max_examples=30)
@given(ops=OPS)
def test_mutated_texts_give_valid_questions_or_a_clear_error(
    ops: list[tuple[int, int, int]],
) -> None:
    generate_or_refuse(mutate(ARTICLE, ops))


@pytest.mark.parametrize(
    "text",
    [
        "",
        " \n\t ",
        "\x00" * 1_000,
        "a" * 50_000,
        "In 1999. " * 2_000,
        "Mr. Smith met Mr. Smith in Paris. " * 300,
        ARTICLE.replace(" ", ""),
        ARTICLE.replace("\n", " ") * 30,
        "(" * 5_000 + ARTICLE + ")" * 5_000,
        ARTICLE.upper(),
        "9" * 5_000 + " people lived in Paris in 1900.",
        "On 31 February 2001 and 99/99/9999 the count rose to 1e999 from -0.",
        "March contract Harbour X",  # found by hypothesis: an acronym entity with no fact
    ],
)
def test_extreme_texts_give_valid_questions_or_a_clear_error(text: str) -> None:
    generate_or_refuse(text)


def test_a_paragraph_of_a_million_characters_is_cut_into_pieces_the_model_takes() -> None:
    # spaCy refuses a text over 1,000,000 characters (issue 19 item 7): no piece comes near it
    line = ARTICLE.replace("\n", " ") * 2000
    pieces = nlp.paragraphs(line)
    assert len(line) > 1_000_000 and len(pieces) > 1
    assert max(len(p) for p in pieces) <= nlp.MAX_CHUNK
    assert all(p.endswith(".") for p in pieces[:-1]), "cut between sentences"
    assert " ".join(pieces).split() == line.split(), "nothing lost"
    assert nlp.chunks("x" * 50, 20) == ["x" * 20, "x" * 20, "x" * 10]  # no space: cut anyway


def test_a_text_too_long_for_a_minute_is_refused_in_one_line(tmp_path: Path) -> None:
    # Given a 1.2 MB article on one line: refused at once, saying the limit, never a traceback
    text = ARTICLE.replace("\n", " ") * 1700
    with pytest.raises(QuizappError, match=r"too long for the generator: .* at most 400,000"):
        generate(text)
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(QuizappError, match="too long for the generator") as refused:
        read_article(path)
    assert "\n" not in str(refused.value)


@pytest.mark.slow
def test_a_long_paragraph_under_the_limit_gives_questions() -> None:
    text = ARTICLE.split("\n", 2)[2].replace("\n", " ") * 80  # one line of about 50,000 chars
    assert len(text) > 2 * nlp.MAX_CHUNK
    assert 0 < len(generate(text)) <= 40


def test_scripts_and_styles_stay_out_of_a_title_from_html(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Harbour<script>alert(1)</script> news<style>p{}</style></title>"
        "</head><body><p>" + ARTICLE + "</p></body></html>",
        encoding="utf-8",
    )
    assert read_article(path).title == "Harbour news"
