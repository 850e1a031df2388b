"""Moodle XML read into a small tree, safely, one question at a time.

Reading uses defusedxml's SAX parser, which refuses entity declarations
(billion-laughs bombs) and external entities or DTDs, and builds a small tree
that remembers the line of every element so problems are reported as
``file:line``. What the elements mean is :mod:`moodle_xml`'s to say.
"""

from __future__ import annotations

import xml.sax
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from xml.sax.handler import ContentHandler

import defusedxml.sax
from defusedxml.common import DefusedXmlException

from quizapp.errors import FormatError, FormatErrors

MAX_ELEMENTS = 10_000
"""Most XML elements one question may hold (a real one has a few dozen)."""


@dataclass
class Node:
    """An XML element with the line it starts on."""

    tag: str
    attrs: dict[str, str]
    line: int
    children: list[Node] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def child(self, tag: str) -> Node | None:
        return next((c for c in self.children if c.tag == tag), None)

    def all(self, tag: str) -> list[Node]:
        return [c for c in self.children if c.tag == tag]

    def value(self, tag: str) -> str:
        """The text of the child ``tag`` (stripped), "" if absent."""
        found = self.child(tag)
        return found.text.strip() if found is not None else ""


class _TreeBuilder(ContentHandler):
    """Builds each child of the root and hands it to ``on_child`` when complete.

    Handing the root's children over one by one (and forgetting them) keeps only
    one question's elements in memory at a time, however long the file.
    """

    def __init__(self, on_child: Callable[[Node], None]) -> None:
        super().__init__()
        self.root: Node | None = None
        self.stack: list[Node] = []
        self.locator: Any = None
        self.on_child = on_child
        self.elements = 0  # in the child of the root being built

    def setDocumentLocator(self, locator: Any) -> None:
        self.locator = locator

    @property
    def line(self) -> int | None:
        return self.locator.getLineNumber() if self.locator is not None else None

    def startElement(self, name: str, attrs: Any) -> None:
        node = Node(name, dict(attrs), self.line or 0)
        self.elements += 1
        if self.elements > MAX_ELEMENTS:
            problem = f"one question holds more than {MAX_ELEMENTS:,} XML elements"
            raise FormatErrors([FormatError("", self.line, problem)])
        if self.stack:
            self.stack[-1].children.append(node)
        else:
            self.root = node
        self.stack.append(node)

    def endElement(self, name: str) -> None:
        node = self.stack.pop()
        if len(self.stack) == 1:
            self.stack[0].children.pop()
            self.elements = 0
            self.on_child(node)

    def characters(self, content: str) -> None:
        if len(self.stack) > 1:  # the root's own text is never used
            self.stack[-1].parts.append(content)


def parse_tree(raw: bytes, file: str, on_child: Callable[[Node], None]) -> Node:
    """The root element of ``raw``; FormatErrors for bad, hostile, empty or huge XML.

    Each child of the root is handed to ``on_child`` as soon as it is read (the
    root returned keeps none of them).
    """
    builder = _TreeBuilder(on_child)
    try:
        defusedxml.sax.parseString(raw, builder, forbid_dtd=True)
    except DefusedXmlException as exc:
        problem = (
            "the file declares XML entities or a DTD, which are refused for safety; "
            "Moodle's own exports have none, so export the questions from Moodle again"
        )
        raise FormatErrors([FormatError(file, builder.line, problem)]) from exc
    except xml.sax.SAXParseException as exc:
        problem = f"XML syntax: {exc.getMessage()}"
        raise FormatErrors([FormatError(file, exc.getLineNumber(), problem)]) from exc
    except LookupError as exc:  # <?xml encoding="..."?> names a codec Python does not know
        problem = f"the XML declaration names an unknown text encoding ({exc}); use UTF-8"
        raise FormatErrors([FormatError(file, 1, problem)]) from exc
    except FormatErrors as exc:  # too big: name the file
        raise FormatErrors([FormatError(file, e.line, e.problem) for e in exc.errors]) from None
    if builder.root is None:
        raise FormatErrors([FormatError(file, 1, "the file holds no XML element")])
    return builder.root
