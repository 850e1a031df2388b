"""Turning the HTML of imported questions into readable plain text.

The app shows questions as plain text, so HTML from Moodle or Anki is reduced
to its words: block elements become line breaks, list items get a dash,
images leave their alt text, scripts and styles vanish and entities are
decoded. Nothing of the markup survives, so nothing of it can run.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

HTML_LIKE = re.compile(
    r"<(?:[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?|/[a-zA-Z][a-zA-Z0-9]*\s*)>"
    r"|&(?:[a-zA-Z]{2,8}|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});"
)
BLOCKS = {
    "p", "div", "ul", "ol", "table", "blockquote", "pre", "hr", "section", "article",
    "h1", "h2", "h3", "h4", "h5", "h6",
}  # fmt: skip
LINES = {"br", "li", "tr", "dt", "dd"}
HIDDEN = {"script", "style", "head", "title", "template"}


def looks_like_html(text: str) -> bool:
    """Whether ``text`` holds tags or entities."""
    return HTML_LIKE.search(text) is not None


class TolerantHTMLParser(HTMLParser):
    """An HTMLParser that skips a malformed ``<![…`` section instead of failing."""

    def parse_html_declaration(self, i: int) -> int:
        try:
            return super().parse_html_declaration(i)
        except AssertionError:  # Python < 3.13 asserts on a malformed "<![…": skip it
            return self.parse_bogus_comment(i)


class _TextParser(TolerantHTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in HIDDEN:
            self.hidden += 1
        elif tag in BLOCKS or tag in LINES:
            self.parts.append("\n")
        if tag == "li":
            self.parts.append("- ")
        elif tag == "img":
            alt = dict(attrs).get("alt")
            if alt:
                self.parts.append(f"[{alt}]")
        elif tag in ("td", "th"):
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(re.sub(r"[ \t\r\n\f]+", " ", data))


def html_to_text(markup: str) -> str:
    """The readable text of an HTML fragment."""
    parser = _TextParser()
    parser.feed(markup)
    parser.close()
    text = "".join(parser.parts).replace("\xa0", " ")
    lines = [" ".join(line.split()) for line in text.split("\n")]
    joined = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", joined).strip()


def to_plain(text: str, fmt: str) -> str:
    """Text of a Moodle text ``fmt`` (html, moodle, plain, markdown) as plain text.

    HTML is reduced to text; Moodle's auto format is HTML when it holds tags;
    plain and Markdown text is already readable and is kept as written.
    """
    if fmt == "html" or (fmt == "moodle" and looks_like_html(text)):
        return html_to_text(text)
    return text.strip()


def text_to_html(text: str) -> str:
    """Plain text as HTML that shows it the same (escaped, line breaks kept)."""
    return html.escape(text, quote=False).replace("\n", "<br>")
