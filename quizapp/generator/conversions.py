"""Unit conversions in brackets: "640 million kronor (roughly $61 million)".

The bracketed figure only restates the one before it in another unit or currency, so it
is never asked (see :mod:`ranking`), and a cloze on the first figure drops it: left
beside the gap it would give the answer away.
"""

from __future__ import annotations

import re

HEDGE = r"(?:about|some|roughly|around|nearly|approximately|almost|over|more than|or)"
# the gap, then a bracket holding a figure and at most a few words of its unit
AFTER_GAP = re.compile(rf"___(\s*\(\s*(?:{HEDGE}\s+)?[$€£¥]?\d[\d,.]*[^()]{{0,30}}\))")


def without_conversion(prompt: str) -> str:
    """``prompt`` without the bracketed conversion right after its gap (or unchanged):
    "cost about ___ (roughly $61 million)." -> "cost about ___."."""
    found = AFTER_GAP.search(prompt)
    if found is None:
        return prompt
    return prompt[: found.start(1)] + prompt[found.end(1) :]
