"""A mention: one naming of an actor in a sentence (its own module, so that the modules
that type and cluster actors use it without importing the module that finds them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from quizapp.generator.facts.facts import Entity, Sentence


@dataclass(eq=False)
class Mention:
    """One naming of an actor: tokens ``start:end`` of ``sentence``'s doc."""

    sentence: Sentence
    start: int
    end: int
    label: str
    key: str = ""
    entity: Entity | None = field(default=None, repr=False)

    @property
    def doc(self) -> Any:
        return self.sentence.span.doc

    @property
    def text(self) -> str:
        return str(self.doc[self.start : self.end].text)

    @property
    def root(self) -> Any:
        return self.doc[self.start : self.end].root
