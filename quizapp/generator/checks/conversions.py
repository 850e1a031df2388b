"""Unit conversions in brackets: "640 million kronor (roughly $61 million)".

The bracketed figure only restates the one before it in another unit or currency, so it
is never asked (see :mod:`ranking`), and a cloze on the first figure drops it: left
beside the gap it would give the answer away.
"""

from __future__ import annotations

import re

# the words that may stand before a figure in brackets ("(roughly $61 million)"); leaks too
HEDGE = r"(?:about|some|roughly|around|nearly|almost|approximately|approx\.|c\.|ca\.|over|" \
    r"under|more than|less than|just over|just under|up to|~)"  # fmt: skip
# the gap, then a bracket holding a figure and at most a few words of its unit ("or" too:
# "(or $61 million)"): the conversion a cloze cuts
CONVERSION_AFTER_GAP = re.compile(
    rf"___(\s*\(\s*(?:(?:{HEDGE}|or)\s+)?[$€£¥]?\d[\d,.]*[^()]{{0,30}}\))"
)


def without_conversion(prompt: str) -> str:
    """``prompt`` without the bracketed conversion right after its gap (or unchanged):
    "cost about ___ (roughly $61 million)." -> "cost about ___."."""
    found = CONVERSION_AFTER_GAP.search(prompt)
    if found is None:
        return prompt
    return prompt[: found.start(1)] + prompt[found.end(1) :]
