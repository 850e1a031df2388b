"""Reading an article file: plain text, Markdown or HTML, as clean plain text.

Files are decoded as UTF-8 (with or without BOM), UTF-16 with a BOM, or a
legacy encoding that charset-normalizer recognises with confidence; binary,
empty and unreadable files get a one-line :class:`QuizappError`.
"""

from __future__ import annotations

import re
import stat
from pathlib import Path
from typing import ClassVar

from quizapp.errors import QuizappError
from quizapp.formats.markup import TolerantHTMLParser
from quizapp.questiondata import ArticleData

MAX_BYTES = 2_000_000  # an article file (HTML carries markup besides its text)
# The text the generator reads: about a minute's work on a 2-core machine (500 KB took 61 s)
MAX_TEXT_CHARS = 400_000
TAGS_IN_TITLE = re.compile(r"(?is)<(script|style)\b.*?(?:</\1\s*>|$)|<[^>]*>")
MIN_LETTERS = 20
TOO_SHORT = "too short to make questions from; use an article of a few sentences"
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
TEXT_SUFFIXES = {".txt", ".text", ""}
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def read_article(path: str | Path) -> ArticleData:
    """The article in ``path`` (.txt, .md or .html) with its title and plain text."""
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix not in HTML_SUFFIXES | MARKDOWN_SUFFIXES | TEXT_SUFFIXES:
        raise QuizappError(f"{file}: cannot read {suffix} files; use a .txt, .md or .html article")
    raw = _read_bytes(file)
    text = decode(raw, str(file))
    if suffix in HTML_SUFFIXES or (suffix in TEXT_SUFFIXES and _starts_as_html(text)):
        title, body = html_article(text)
    elif suffix in MARKDOWN_SUFFIXES:
        title, body = markdown_article(text)
    else:
        title, body = plain_article(text)
    body = strip_dateline(tidy(body))
    if sum(ch.isalpha() for ch in body) < MIN_LETTERS:
        raise QuizappError(f"{file}: {TOO_SHORT}")
    check_length(body, str(file))
    return ArticleData(title=title or _title_from_name(file), source=str(file), text=body)


def check_length(text: str, name: str) -> None:
    """Refuse a text longer than the generator reads in about a minute."""
    if len(text) > MAX_TEXT_CHARS:
        raise QuizappError(
            f"{name} is too long for the generator: {len(text):,} characters of text, at most "
            f"{MAX_TEXT_CHARS:,} (about a minute's work); split it into shorter articles"
        )


def _read_bytes(file: Path) -> bytes:
    try:
        info = file.stat()
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError
        if not stat.S_ISREG(info.st_mode):  # /dev/zero says size 0 and never ends
            raise QuizappError(f"{file}: not a regular file")
        if info.st_size > MAX_BYTES:
            raise QuizappError(f"{file}: too large for an article ({info.st_size // 1_000_000} MB)")
        with file.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
        if len(raw) > MAX_BYTES:
            raise QuizappError(
                f"{file}: too large for an article (over {MAX_BYTES // 1_000_000} MB)"
            )
    except FileNotFoundError:
        raise QuizappError(f"{file}: no such file") from None
    except IsADirectoryError:
        raise QuizappError(f"{file}: is a folder, not an article file") from None
    except OSError as exc:
        raise QuizappError(f"{file}: cannot read it ({exc.strerror})") from None
    if not raw.strip():
        raise QuizappError(f"{file}: the file is empty")
    return raw


def decode(raw: bytes, name: str) -> str:
    """``raw`` as text; a QuizappError for binary data or an unknown encoding."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _checked(raw.decode("utf-16"), name)
        except UnicodeDecodeError:
            raise QuizappError(f"{name}: not valid UTF-16 text") from None
    if b"\x00" in raw:
        raise QuizappError(f"{name}: a binary file, not a text article")
    try:
        return _checked(raw.decode("utf-8-sig"), name)
    except UnicodeDecodeError:
        pass
    western = _western(raw)
    if western is not None:
        return _checked(western, name)
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None or best.chaos > 0.2 or best.coherence < 0.2:
        raise QuizappError(f"{name}: unknown text encoding; save the article as UTF-8")
    return _checked(str(best), name)


def _western(raw: bytes) -> str | None:
    """Windows-1252 text, the usual legacy encoding of English and Western articles.

    Accepted only when accented letters are a small share of the text; text in
    another script reads as a jumble of accents in cp1252 and is left to the detector.
    """
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = [ch for ch in text if ch.isalpha()]
    foreign = sum(1 for ch in letters if not ch.isascii())
    return text if letters and foreign <= len(letters) * 0.3 else None


def _checked(text: str, name: str) -> str:
    if len(CONTROL.findall(text)) > max(3, len(text) // 1000):
        raise QuizappError(f"{name}: a binary file, not a text article")
    return text


def tidy(text: str) -> str:
    """Normalised line ends and spaces; at most one blank line in a row."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\xa0", " ")
    text = CONTROL.sub("", text).replace("\u200b", "")
    lines = [re.sub(r"[ \t\f\v]+", " ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


_CAPS_PLACE = r"[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}"
_NAME_PLACE = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}"
_REGION = r"(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2})?"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DAY_DATE = rf"(?:\d{{1,2}} {_MONTH}|{_MONTH} \d{{1,2}})(?:,? \d{{4}})?"
_AGENCY = r"\((?:[A-Z][\w&.']*)(?: [A-Z][\w&.']*){0,3}\)"
_DASH = r"\s*(?:--|[-–—])\s+"
# "BERGEN - ", "LONDON (Reuters) - ", "WASHINGTON — ", "PARIS, France, Nov. 7 (AP) – ",
# "Oslo, 3 March – ", "(Reuters) - ": where and from whom, before the lead sentence
DATELINE = re.compile(
    rf"^(?:{_CAPS_PLACE}{_REGION}(?:, {_DAY_DATE})?(?: {_AGENCY})?"
    rf"|{_NAME_PLACE}{_REGION}(?:, {_DAY_DATE}(?: {_AGENCY})?| {_AGENCY})"
    rf"|{_AGENCY}){_DASH}(?=[A-Z0-9\"“])"
)


def strip_dateline(text: str) -> str:
    """The text without the dateline that opens a news article ("BERGEN - ", "LONDON
    (Reuters) - ", "Oslo, 3 March – "): where it was filed is never asked, and before the
    lead sentence it breaks the parse of its first words. Only the first paragraph (or the
    one under a title line left in the text) is looked at; offsets of the text read are
    those of the text returned."""
    lines = text.split("\n")
    for n, line in enumerate(lines[:3]):
        found = DATELINE.match(line)
        if found and len(line) > found.end() + 40:  # a dateline opens a paragraph of prose
            lines[n] = line[found.end() :]
            return "\n".join(lines)
    return text


def plain_article(text: str) -> tuple[str, str]:
    """A short first line without final punctuation is a title when a blank line sets it
    apart, or when the line under it opens a paragraph much longer than it ("Madagascar"
    over "Madagascar is an island country ..."), not a line of hard-wrapped prose."""
    text = tidy(text)
    first, _, rest = text.partition("\n")
    if len(first) > 120 or re.search(r"[.!?:;,]$", first):
        return "", text
    if rest.startswith("\n"):
        return first.strip("# "), rest.strip()
    second = rest.partition("\n")[0]
    if first.strip() and second[:1].isupper() and len(second) > 2 * len(first) + 20:
        return first.strip("# "), rest.strip()
    return "", text


def markdown_article(text: str) -> tuple[str, str]:
    """Markdown reduced to its words; the first heading is the title."""
    text = tidy(text)
    text = re.sub(r"^```.*?^```", "", text, flags=re.S | re.M)  # code blocks
    text = re.sub(r"<[^>\n]+>", "", text)  # inline HTML
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", "", text)  # images
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)  # links
    text = re.sub(r"^\[[^\]]+\]:\s*\S+.*$", "", text, flags=re.M)  # link references
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])", r"\2", text)
    text = re.sub(r"`([^`]+)`", r"\1", text)
    text = re.sub(r"^\s*>\s?", "", text, flags=re.M)
    text = re.sub(r"^\s*([-*+]|\d+\.)\s+", "", text, flags=re.M)
    text = re.sub(r"^\s*([-*_]\s*){3,}$", "", text, flags=re.M)  # rules
    text = re.sub(r"^(.+)\n[=-]{3,}$", r"# \1", text, flags=re.M)  # setext headings
    title = ""
    lines = []
    for line in text.split("\n"):
        heading = re.match(r"^#{1,6}\s+(.*?)\s*#*$", line)
        if heading:
            title = title or heading.group(1)
            lines.extend(["", ""])  # a heading is never part of a paragraph
            continue
        lines.append(line)
    return title, "\n".join(lines)


def _starts_as_html(text: str) -> bool:
    return re.match(r"\s*(<!doctype html|<html)", text, re.I) is not None


class _ArticleParser(TolerantHTMLParser):
    HIDDEN: ClassVar[frozenset[str]] = frozenset(
        [
            "script",
            "style",
            "noscript",
            "nav",
            "footer",
            "aside",
            "form",
            "template",
            "svg",
            "button",
            "select",
            "iframe",
            "figure",
        ]
    )
    BLOCKS: ClassVar[frozenset[str]] = frozenset(
        [
            "p",
            "div",
            "section",
            "article",
            "main",
            "header",
            "li",
            "ul",
            "ol",
            "br",
            "blockquote",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "tr",
            "table",
            "dd",
            "dt",
            "pre",
            "hr",
        ]
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0
        self.in_title = False
        self.in_h1 = False
        self.title = ""
        self.h1 = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")
        self.in_title = self.in_title or tag == "title"
        self.in_h1 = self.in_h1 or tag == "h1"

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")
        if tag == "title":
            self.in_title = False
        if tag == "h1":
            self.in_h1 = False
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return  # a script or style, even inside the title
        if self.in_title:
            self.title += data
            return
        if self.in_h1:
            self.h1 += data
            return
        self.parts.append(re.sub(r"\s+", " ", data))


def html_article(markup: str) -> tuple[str, str]:
    """The title and the readable text of an HTML page (menus, scripts and asides dropped)."""
    parser = _ArticleParser()
    parser.feed(markup)
    parser.close()
    title = re.sub(
        r"(?is)<(script|style)\b.*?(?:</\1\s*>|$)|<[^>]*>", " ", parser.h1 or parser.title
    )
    title = " ".join(title.split())
    paragraphs = [" ".join(p.split()) for p in "".join(parser.parts).split("\n\n")]
    return title, "\n".join(p for p in paragraphs if p)


def _title_from_name(file: Path) -> str:
    words = re.sub(r"[-_]+", " ", file.stem).strip()
    return words[:1].upper() + words[1:] if words else file.name
