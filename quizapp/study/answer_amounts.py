"""Amounts of money and fractions of a scale in one form, for grading typed answers.

- A currency as a word, a code before or after the number ("NOK 1.84 billion", "1.84
  billion kroner") is one ISO code after the number ("1840000000 nok"). A currency word
  that several currencies share ("crowns", "francs") stays that word, and any code of the
  family matches it ("NOK" or "SEK" for "crowns"; "NOK" is never "SEK" nor "USD").
  An abbreviation before the number is its currency ("Rs 200,000" is 200000 rupees, "zł
  40" 40 zloty), glued to the number or not.
- A fraction of a scale in words is its value: "half a billion" is 500000000, "a quarter
  of a million" 250000, "one and a half million" 1500000.

All of it works on folded text (lower case, no punctuation).
"""

from __future__ import annotations

import re

# currency words and codes -> the code (or the family's word)
CURRENCY_WORDS = {
    **dict.fromkeys(("dollars", "dollar", "usd", "us dollars"), "usd"),
    **dict.fromkeys(("euros", "euro", "eur"), "eur"),
    **dict.fromkeys(("pounds", "pound", "gbp", "sterling", "pounds sterling"), "gbp"),
    **dict.fromkeys(("yen", "jpy", "japanese yen"), "jpy"),
    **dict.fromkeys(("crowns", "crown", "kroner", "krone", "kronor", "krona", "kr"), "crowns"),
    **dict.fromkeys(("norwegian crowns", "norwegian kroner", "norwegian krone", "nok"), "nok"),
    **dict.fromkeys(("swedish crowns", "swedish kronor", "swedish krona", "sek"), "sek"),
    **dict.fromkeys(("danish crowns", "danish kroner", "danish krone", "dkk"), "dkk"),
    **dict.fromkeys(("icelandic crowns", "icelandic kronur", "isk"), "isk"),
    **dict.fromkeys(("czech crowns", "czech korunas", "koruna", "korunas", "czk"), "czk"),
    **dict.fromkeys(("francs", "franc"), "francs"),
    **dict.fromkeys(("swiss francs", "swiss franc", "chf"), "chf"),
    **dict.fromkeys(("canadian dollars", "cad"), "cad"),
    **dict.fromkeys(("australian dollars", "aud"), "aud"),
    **dict.fromkeys(("yuan", "renminbi", "rmb", "cny"), "cny"),
    **dict.fromkeys(("roubles", "rubles", "rouble", "ruble", "rub"), "rub"),
    **dict.fromkeys(("rupees", "rupee", "rs"), "rupees"),
    **dict.fromkeys(("rupiah", "rupiahs", "rp", "idr"), "idr"),
    **dict.fromkeys(("zloty", "zlotys", "złoty", "złotys", "zł", "zl", "pln"), "pln"),
    **dict.fromkeys(("kenyan shillings", "ksh", "kes"), "kes"),
    **dict.fromkeys(("indian rupees", "inr"), "inr"),
}  # fmt: skip
# A currency word several currencies share -> the codes it may stand for.
FAMILIES = {
    "crowns": frozenset({"nok", "sek", "dkk", "isk", "czk"}),
    "francs": frozenset({"chf", "xof", "xaf"}),
    "rupees": frozenset({"inr", "pkr", "lkr", "npr"}),
}
CODES = sorted({*CURRENCY_WORDS.values(), *(c for f in FAMILIES.values() for c in f)})
CURRENCY = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, CURRENCY_WORDS), key=len, reverse=True)) + r")\b"
)
_SCALE_WORDS = r"k|m|mn|bn|thousand|million|billion|trillion"
_CODE_FIRST = re.compile(
    rf"\b({'|'.join(CODES)}) (\d[\d.]*(?:\s*(?:{_SCALE_WORDS})\b)?)", re.IGNORECASE
)
# an abbreviation glued to its number ("Rs200,000", "zł40", "kr300")
_GLUED_ABBREVIATION = re.compile(r"\b(rs|rp|kr|zł|zl|ksh)(?=\d)")
CODE_AFTER = "|".join(CODES)  # a scale "m" before these is millions ("2m sek")

_SMALL_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                  "seven": 7, "eight": 8, "nine": 9, "ten": 10}  # fmt: skip
_PARTS = {"half": 0.5, "quarter": 0.25, "three quarters": 0.75}
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_FRACTION = re.compile(
    r"\b(?:(\d+(?:\.\d+)?|" + "|".join(_SMALL_NUMBERS) + r") and )?(?:a |one )?"
    r"(three quarters|half|quarter) (?:of )?(?:a |an |one )?(thousand|million|billion|trillion)\b"
)


def currencies(folded: str) -> str:
    """``folded`` with each currency as its code (or family word) after its number (a
    text without a number as it is: "the Crown" is no money)."""
    if not any(c.isdigit() for c in folded):
        return folded
    text = _GLUED_ABBREVIATION.sub(r"\1 ", folded)
    text = CURRENCY.sub(lambda m: CURRENCY_WORDS[m.group()], text)
    return _CODE_FIRST.sub(r"\2 \1", text)


def fractions(folded: str) -> str:
    """``folded`` with fractions of a scale as a value ("half a billion": 500000000)."""
    return _FRACTION.sub(_fraction_value, folded)


def _fraction_value(found: re.Match[str]) -> str:
    whole_text = found.group(1) or ""
    whole = _SMALL_NUMBERS.get(whole_text)
    value = float(whole_text) if whole is None and whole_text else float(whole or 0)
    total = (value + _PARTS[found.group(2)]) * SCALES[found.group(3)]
    return f"{total:.15g}"


def currency_clash(given: str, key: str) -> bool:
    """Whether canonical ``given`` and ``key`` both name a currency and no currency of one
    is the other's ("340000000 usd" for "340000000 gbp"; "nok" for "crowns" is no clash)."""
    a, b = _currencies_in(given), _currencies_in(key)
    return bool(a) and bool(b) and not a & b


def _currencies_in(canonical_text: str) -> set[str]:
    """The codes a canonical text names, a family's word standing for each of its codes."""
    out: set[str] = set()
    for word in canonical_text.split():
        if word in FAMILIES:
            out |= FAMILIES[word] | {word}
        elif word in CODES:
            out.add(word)
            out |= {f for f, codes in FAMILIES.items() if word in codes}
    return out


def same_in_family(given: str, key: str) -> bool:
    """Whether canonical ``given`` is canonical ``key`` with a family's word for one of its
    codes, or the reverse ("1840000000 nok" for "1840000000 crowns")."""
    for family, codes in FAMILIES.items():
        for a, b in ((given, key), (key, given)):
            if f" {family}" not in f" {b}" or family in a.split():
                continue
            for code in codes & set(a.split()):
                if re.sub(rf"\b{code}\b", family, a) == b:
                    return True
    return False
