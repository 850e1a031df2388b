"""Reading article files: formats, encodings and clear errors for bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.content import set_intake, sets
from quizapp.errors import QuizappError
from quizapp.generator import generate, read_article
from quizapp.store.bank import Bank

TEXTS = Path(__file__).parent / "texts"


def test_a_title_line_without_a_blank_line_under_it(tmp_path: Path) -> None:
    # Given a title straight above its first paragraph (no blank line between)
    path = tmp_path / "isle.txt"
    path.write_text(
        "Varrow Isle\nVarrow Isle is a small island in the North Sea, about 40 kilometres "
        "off the coast, where some 300 people live from fishing and sheep.\n",
        encoding="utf-8",
    )
    # Then the first line is the title, not glued to the first sentence
    article = read_article(path)
    assert article.title == "Varrow Isle"
    assert article.text.startswith("Varrow Isle is a small island")


def test_hard_wrapped_prose_has_no_title_line(tmp_path: Path) -> None:
    # Given prose wrapped at about 60 characters, a line starting with a name
    path = tmp_path / "wrapped.txt"
    path.write_text(
        "The ferry to the island was run for forty years by\n"
        "Harbour Lines, which sold it in 1998 to a local trust that\n"
        "still runs two crossings a day in summer.\n",
        encoding="utf-8",
    )
    # Then no line is taken for a title
    article = read_article(path)
    assert article.text.startswith("The ferry to the island was run")
    assert article.title == "wrapped" or "ferry" not in article.title


def test_plain_text_with_a_title_line(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("A Bridge Opens\n\nThe bridge opened in 1989.\nIt cost $5 million.\n")
    article = read_article(path)
    assert article.title == "A Bridge Opens"
    assert article.text == "The bridge opened in 1989.\nIt cost $5 million."
    assert article.source == str(path)


def test_hard_wrapped_text_keeps_its_sentences_whole(tmp_path: Path) -> None:
    from quizapp.generator.nlp import paragraphs

    path = tmp_path / "wrapped.txt"
    path.write_text("The bridge over the river opened\nin 1989 after four years of\nwork.\n")
    assert paragraphs(read_article(path).text) == [
        "The bridge over the river opened in 1989 after four years of work."
    ]


def test_markdown_is_reduced_to_its_words() -> None:
    article = read_article(TEXTS / "insulin-science.md")
    assert article.title == "The discovery of insulin"
    assert "#" not in article.text
    assert article.text.startswith("Before the 1920s")


def test_html_keeps_the_article_and_drops_menus_and_scripts(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Site | Bridge</title><script>var x = 1;</script></head><body>"
        "<nav><a href='/'>Home</a></nav><h1>The bridge opens</h1>"
        "<p>The bridge opened in <b>1989</b> &amp; cost $5&nbsp;million.</p>"
        "<footer>Copyright</footer></body></html>",
        encoding="utf-8",
    )
    article = read_article(path)
    assert article.title == "The bridge opens"
    assert article.text == "The bridge opened in 1989 & cost $5 million."


def test_legacy_encodings_are_read(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Le café de Zürich a ouvert en 1989 à côté de la gare.".encode("cp1252"))
    assert "Zürich" in read_article(path).text
    utf16 = tmp_path / "utf16.txt"
    utf16.write_text("The bridge opened in 1989 near the old town.", encoding="utf-16")
    assert read_article(utf16).text.startswith("The bridge")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "the file is empty"),
        ("blank.txt", b"  \n\n ", "the file is empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "binary file"),
        ("noise.txt", bytes(range(128, 256)) * 8, "unknown text encoding"),
        ("numbers.txt", b"12 34 56 -- 78", "too short to make questions from; use an article"),
        ("hello.txt", b"Hello world.", "too short to make questions from; use an article"),
        ("paper.pdf", b"%PDF-1.4", "cannot read .pdf files"),
    ],
)
def test_bad_files_get_one_clear_line(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(QuizappError, match=message) as caught:
        read_article(path)
    assert "\n" not in str(caught.value)


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(QuizappError, match="no such file"):
        read_article(tmp_path / "gone.txt")


def test_a_generated_set_is_stored_with_its_article(bank: Bank) -> None:
    article = read_article(TEXTS / "berlin-wall-history.txt")
    questions = [q.to_data() for q in generate(article.text, name=article.title)]
    set_intake.add_questions(bank, "Berlin Wall", questions, article=article)
    stored = sets.get_set(bank, "Berlin Wall")
    assert stored.description == "Generated from The Berlin Wall"
    assert stored.article is not None and stored.article.text == article.text
    assert [q.uid for q in stored.questions] == [q.uid for q in questions]
    kinds = {q.kind for q in stored.questions}
    assert "multiple_choice" in kinds and not {"ordering", "matching"} & kinds


def test_a_section_heading_is_never_glued_to_the_sentence_under_it() -> None:
    from quizapp.generator.nlp import paragraphs

    text = (
        "The Velka Owl\n\nThe velka owl is a large owl of the northern forests.\n\n"
        "Range and habitat\nThe velka owl is found in Finland and Norway at heights of up to "
        "900 metres.\n\nDiet\nIt eats voles and hares.\n\n"
        "The owl was first described by\nAnna Berg in 1901 in a short paper."
    )
    assert paragraphs(text) == [
        "The Velka Owl",
        "The velka owl is a large owl of the northern forests.",
        "Range and habitat",
        "The velka owl is found in Finland and Norway at heights of up to 900 metres.",
        "Diet",
        "It eats voles and hares.",
        "The owl was first described by Anna Berg in 1901 in a short paper.",
    ]
    prompts = [q.prompt for q in generate(text, max_questions=20)]
    assert prompts and not any("habitat The" in p or "Diet It" in p for p in prompts)
