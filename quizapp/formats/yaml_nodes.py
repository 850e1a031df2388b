"""Composing a set file's YAML node tree with its questions handed over one at a time.

``yaml.compose`` builds the whole tree first: a 20 MB file of tiny questions
then takes gigabytes and minutes. Here the items of the top-level
``questions:`` list go to a callback as each is composed and are not kept, so
memory holds one question's nodes at a time (libyaml parses when installed).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import yaml
from yaml.composer import Composer
from yaml.events import Event, SequenceEndEvent, SequenceStartEvent
from yaml.nodes import Node, ScalarNode, SequenceNode
from yaml.resolver import Resolver

LIST_KEY = "questions"

OnItem = Callable[[Node], None]


class _Streaming(Composer):
    """A composer that streams the items of the root mapping's ``questions`` list."""

    on_item: OnItem
    root: Node | None
    streamed: int  # items handed to ``on_item``

    if TYPE_CHECKING:  # from the parser and the resolver it is mixed with

        def check_event(self, *choices: type[Event]) -> bool: ...
        def get_event(self) -> Any: ...
        def resolve(self, kind: type[Node], value: Any, implicit: Any) -> str: ...

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        if parent is not None and self.root is None:
            self.root = parent  # the first node holding another is the document's root
        if (
            parent is not None
            and parent is self.root
            and isinstance(index, ScalarNode)
            and index.value == LIST_KEY
            and self.check_event(SequenceStartEvent)
        ):
            return self._stream_items()
        return super().compose_node(parent, index)

    def _stream_items(self) -> Node:
        start = self.get_event()
        tag = start.tag if start.tag not in (None, "!") else self.resolve(SequenceNode, None, True)
        node = SequenceNode(tag, [], start.start_mark, None, flow_style=start.flow_style)
        if start.anchor is not None:
            self.anchors[start.anchor] = node
        while not self.check_event(SequenceEndEvent):
            item = super().compose_node(node, self.streamed)
            if item is not None:
                self.on_item(item)
            self.streamed += 1
        node.end_mark = self.get_event().end_mark
        return node


def _loader_class() -> type[Any]:
    parser: type[Any]
    try:
        from yaml._yaml import CParser as parser  # libyaml: the same events, ten times faster
    except ImportError:  # pragma: no cover - PyYAML built without libyaml
        from yaml import SafeLoader as parser

    class Loader(parser, _Streaming, Resolver):  # type: ignore[misc]
        def __init__(self, text: str, on_item: OnItem) -> None:
            parser.__init__(self, text)
            _Streaming.__init__(self)
            Resolver.__init__(self)
            self.on_item, self.root, self.streamed = on_item, None, 0

    return Loader


_LOADER = _loader_class()


def compose(text: str, on_item: OnItem) -> tuple[Node | None, int]:
    """The document's root node (its ``questions`` list left empty) and how many items
    went to ``on_item``; raises what ``yaml.compose`` raises."""
    loader = _LOADER(text, on_item)
    try:
        root: Node | None = _Streaming.get_single_node(loader)
    finally:
        loader.dispose()
    return root, loader.streamed


__all__ = ["LIST_KEY", "compose", "yaml"]
