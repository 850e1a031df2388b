"""HTML from imported questions becomes readable plain text, with nothing left to run."""

from __future__ import annotations

import pytest

from quizapp.formats.markup import html_to_text, looks_like_html, text_to_html, to_plain


def test_blocks_lists_and_breaks_become_lines() -> None:
    markup = "<p>Rivers:</p><ul><li>Danube</li><li>Rhine &amp; Main</li></ul>Line<br/>two"
    assert html_to_text(markup) == "Rivers:\n\n- Danube\n- Rhine & Main\nLine\ntwo"


def test_scripts_styles_and_tags_vanish_and_images_leave_alt_text() -> None:
    markup = '<script>alert(1)</script><style>p{}</style><img src="x.png" alt="map"> ok&nbsp;!'
    assert html_to_text(markup) == "[map] ok !"


def test_whitespace_inside_html_collapses() -> None:
    assert html_to_text("  a\n   b\t c  ") == "a b c"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("a <b>b</b>", True), ("x &amp; y", True), ("1 < 2 > 0", False), ("x & y", False)],
)
def test_html_is_recognised(text: str, expected: bool) -> None:
    assert looks_like_html(text) is expected


def test_formats_plain_and_markdown_keep_their_text() -> None:
    assert to_plain("<b>x</b>", "plain") == "<b>x</b>"
    assert to_plain("**x**", "markdown") == "**x**"
    assert to_plain("<b>x</b>", "moodle") == "x"
    assert to_plain("1 < 2", "moodle") == "1 < 2"


def test_text_to_html_round_trips_through_html_to_text() -> None:
    text = "a < b & c\nnext line"
    assert html_to_text(text_to_html(text)) == text
