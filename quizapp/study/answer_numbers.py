"""Reading the number a learner types: "120,000", "120 000", "1,5", "3.2 million".

Spaces, apostrophes and thin spaces group thousands; of a comma and a point the later is
the decimal one, and a lone comma is a decimal comma unless it splits thousands groups.
"""

from __future__ import annotations

import re

from quizapp.study.answer_forms import fold

MULTIPLIERS = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "trillion": 1e12,
}
_NUMBER = re.compile(r"[-+−]?\d[\d\s,.'\u00a0\u202f]*")


def parse_number(text: str) -> float | None:
    """The number written in ``text`` ("120,000", "120 000", "1,5", "3.2 million"), or None."""
    match = _NUMBER.search(text)
    if match is None:
        return None
    body = match.group().strip().replace("−", "-")
    rest = fold(text[match.end() :])
    sign = -1.0 if body.startswith("-") else 1.0
    body = body.lstrip("+-")
    value = _digits_value(body)
    if value is None:
        return None
    word = rest.split(" ", 1)[0] if rest else ""
    return sign * value * MULTIPLIERS.get(word, 1.0)


def _digits_value(body: str) -> float | None:
    body = re.sub(r"[\s'\u00a0\u202f]", "", body).rstrip(",.")
    if "," in body and "." in body:
        # the later separator is the decimal one: 1,234.5 or 1.234,5
        decimal = "." if body.rfind(".") > body.rfind(",") else ","
        group = "," if decimal == "." else "."
        body = body.replace(group, "").replace(decimal, ".")
    elif "," in body:
        body = body.replace(",", "") if _grouped(body, ",") else body.replace(",", ".")
    elif body.count(".") > 1 and _grouped(body, "."):
        body = body.replace(".", "")
    try:
        return float(body)
    except ValueError:
        return None


def _grouped(body: str, separator: str) -> bool:
    """Whether ``separator`` splits ``body`` into thousands groups (1,234,567)."""
    head, *groups = body.split(separator)
    return bool(groups) and 1 <= len(head) <= 3 and all(len(g) == 3 for g in groups)
