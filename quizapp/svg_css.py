"""What in an SVG's CSS (or any attribute value) could load something from outside it.

A renderer reads CSS case-insensitively, decodes its escapes (``\\75rl(`` is ``url(``)
and skips its comments, so this module does the same before it looks: it finds
``@import`` and every reference function (``url(``, ``src(``, ``image(``,
``image-set(`` and its prefixed forms) whose target is not a local ``#id``.
No Qt and no XML here; :mod:`quizapp.images` turns a finding into its refusal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

_ESCAPE = re.compile(r"\\(?:([0-9a-fA-F]{1,6})[ \t\r\n\f]?|(.))", re.DOTALL)
_COMMENT = re.compile(r"/\*.*?(?:\*/|$)", re.DOTALL)
_REFERENCE = re.compile(r"(?<![\w-])(url|src|image|(?:-[a-z]+-)?image-set)\(\s*")
_STRING = re.compile(r"""(['"])(.*?)(?:\1|$)""", re.DOTALL)
_MAX_CODE_POINT = 0x10FFFF


class Refusal(StrEnum):
    """Why a piece of CSS may not stay in an SVG."""

    IMPORT = "import"
    REFERENCE = "reference"


@dataclass(frozen=True)
class Finding:
    """A reason to refuse: its kind and, for a reference, where it points."""

    refusal: Refusal
    target: str = ""


def decode(text: str) -> str:
    """``text`` as a CSS reader sees it: escapes decoded, comments gone, lower case."""
    return _COMMENT.sub(" ", _ESCAPE.sub(_unescape, text)).lower()


def outside_reference(text: str) -> Finding | None:
    """The first thing in ``text`` that reaches outside the SVG, None when nothing does."""
    if "(" not in text and "@" not in text and "\\" not in text:
        return None  # no function, no at-rule, no escape that could spell one: most values
    css = decode(text) if "\\" in text or "/*" in text else text.lower()
    if "@import" in css:
        return Finding(Refusal.IMPORT)
    for match in _REFERENCE.finditer(css):
        target = _target(css, match.end(), match.group(1))
        if target is not None:
            return Finding(Refusal.REFERENCE, target)
    return None


def _unescape(match: re.Match[str]) -> str:
    if match.group(1) is None:
        return match.group(2)
    code = int(match.group(1), 16)
    return chr(code) if 0 < code <= _MAX_CODE_POINT and not 0xD800 <= code <= 0xDFFF else "\ufffd"


def _target(css: str, start: int, function: str) -> str | None:
    """The outside target of the reference function opened just before ``start``, if any."""
    argument = _argument(css, start)
    if function in ("url", "src"):
        first = _STRING.match(argument)
        target = (first.group(2) if first else argument).strip()
        return None if target.startswith("#") else target
    # image(), image-set(): every string is a file; url()/src() inside are checked on their own
    for found in _STRING.finditer(argument):
        value = found.group(2).strip()
        if not value.startswith("#"):
            return value
    return None


def _argument(css: str, start: int) -> str:
    """The text from ``start`` to the parenthesis closing the function (or the end)."""
    depth = 1
    for index in range(start, len(css)):
        if css[index] == "(":
            depth += 1
        elif css[index] == ")":
            depth -= 1
            if depth == 0:
                return css[start:index]
    return css[start:]
