"""Whether "the salt-substitute group" names a group of a trial by what sets it apart.

A study's arms are called by what was done to them: "the placebo group", "the
salt-substitute group", "the control group". Such a phrase says which group it is by its
own content word, where "the group" alone (or "the media group", a company said before)
does not. It counts as named (:func:`study_arm`) only where the parse makes the study's
sense sure: the noun is "group", after "the" and one or more lowercase words of content
(no "other", "same", number or name), and the paragraph sets two groups side by side
("compared with the other group", "than the control group"): another "group" after "the"
that is "the other group" or one called by a content word of its own. Elsewhere the phrase
is still a reference the checks refuse.
"""

from __future__ import annotations

from typing import Any

# Words before "group" that say nothing of what sets it apart
EMPTY = frozenset(("other", "same", "new", "whole", "entire", "former", "latter", "wider"))
CONTENT = ("NOUN", "ADJ", "VERB")


def study_arm(det: Any, head: Any) -> bool:
    """Whether "``det`` ... ``head``" is a trial's arm called by its content (see the module)."""
    if det.lower_ != "the" or head.lemma_.lower() != "group" or head.tag_ != "NN":
        return False
    if not _content(det.doc[det.i + 1 : head.i]):
        return False
    others = [
        t for t in head.doc
        if t.i != head.i and t.lemma_.lower() == "group" and t.tag_ == "NN"
    ]  # fmt: skip
    return any(_contrasted(t) for t in others)


def _content(words: Any) -> bool:
    """Whether ``words`` (between "the" and "group") are lowercase words of content."""
    tokens = [t for t in words if t.text != "-"]
    return bool(tokens) and all(
        t.text.islower() and t.is_alpha and t.lower_ not in EMPTY and t.pos_ in CONTENT
        for t in tokens
    )


def _contrasted(group: Any) -> bool:
    """Whether ``group`` is "the other group" or "the <content> group"."""
    det = next((c for c in group.children if c.dep_ == "det" and c.lower_ == "the"), None)
    if det is None:
        return False
    between = group.doc[det.i + 1 : group.i]
    if [t.lower_ for t in between] == ["other"]:
        return True
    return _content(between)
