"""Fractions written as words: "half of his body weight", "about a fifth of all the water".

A share of a whole is a core figure of many texts ("the male may lose almost half of his
body weight", "the lake holds a fifth of the world's fresh water"), but the model tags it
at best as a cardinal number, which the count rules drop (it counts no noun). Here it is a
figure of its own fine type, :data:`SHARE`: the fraction word with the "a", "one" or
"two" before it, where "of" and the whole follow it ("half of", "two thirds of"; "half"
also before "the" or a possessive: "half the island's forests"). An ordinal that is no
fraction ("finished third", "the third of his sons") is never one: it needs "a" or a
number word before it and "of" after it.

Such a figure is asked only in its sentence, as a cloze: a wh-question ("What did the male
lose?") would not say that a share is wanted, and choices of other fractions are not made
(see ``synthesis.GAP_CHOICE_TYPES``). Its key accepts the other ways to write it: "one
fifth", "1/5", "20 percent", "20%".
"""

from __future__ import annotations

from typing import Any

from quizapp.generator.facts.facts import FIGURE, Fact, Sentence

SHARE = "share"  # the fine type of a fraction written as words
# denominators: the word for one part, its plural, its value
PARTS = {
    "half": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5,
    "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8,
    "eighths": 8, "tenth": 10, "tenths": 10,
}  # fmt: skip
NUMERATORS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7, "nine": 9}
# what may follow "half" without "of": "half the forests", "half his fortune"
# the nouns of a person's own money ("his prize money", "her salary")
MONEY_WORDS = {"money", "fortune", "salary", "wages", "earnings", "savings", "income",
               "winnings", "wealth", "estate", "pay", "pension", "inheritance"}  # fmt: skip
HALF_BEFORE = {"the", "his", "her", "its", "their", "our", "my", "your", "all"}


def fraction_facts(sentence: Sentence) -> list[Fact]:
    """The fractions written as words in ``sentence``."""
    out = []
    doc = sentence.span.doc
    for tok in sentence.span:
        parts = PARTS.get(tok.lower_)
        if parts is None or tok.i + 1 >= sentence.span.end:
            continue
        after = doc[tok.i + 1]
        before = doc[tok.i - 1] if tok.i > sentence.span.start else None
        numerator = NUMERATORS.get(before.lower_) if before is not None else None
        if parts == 2 and numerator is None:
            if after.lower_ != "of" and after.lower_ not in HALF_BEFORE:
                continue
            first, numerator = tok, 1
        elif numerator is None or after.lower_ != "of" or (numerator > 1) != tok.text.endswith("s"):
            continue  # "finished third", "the third of his sons", "a thirds"
        else:
            first = before
        opening = doc[first.i - 1] if first.i > sentence.span.start else None
        if numerator >= parts or (opening is not None and opening.lower_ == "and"):
            continue  # "five thirds", "one and a half"
        start = sentence.local(first.idx)
        end = sentence.local(tok.idx) + len(tok.text)
        value = numerator / parts
        aliases = _aliases(sentence.text[start:end], numerator, parts)
        text = sentence.text[start:end]  # no token: no wh-question (see above)
        whole = _whole(after if after.lower_ == "of" else tok)
        out.append(
            Fact(FIGURE, SHARE, text, sentence, start, end, value=value, aliases=aliases,
                 unit=whole)
        )  # fmt: skip
    return out


def own_money(fact: Fact) -> bool:
    """Whether a share is of someone's own money ("half of his prize money", "a third of
    her salary"): a secondary money figure, the deed (whom he gave it to) is the news."""
    words = fact.unit.split()
    return (
        fact.type == SHARE
        and words[:1] in (["his"], ["her"], ["their"])
        and (bool(set(words[1:]) & MONEY_WORDS))
    )


def _whole(of: Any) -> str:
    """The words of the whole a share is of: "his prize money" of "half of his prize money"
    (the unit of the fact)."""
    doc = of.doc
    nouns = [c for c in of.children if c.dep_ in ("pobj", "det", "poss", "predet")]
    if of.lower_ != "of" or not nouns:
        end = of.i + 1  # "half the island's forests"
        return str(doc[end : min(len(doc), end + 4)].text).lower()
    noun = next((c for c in nouns if c.dep_ == "pobj"), nouns[0])
    return str(doc[noun.left_edge.i : noun.i + 1].text).lower()


def _aliases(text: str, numerator: int, parts: int) -> tuple[str, ...]:
    """ "one fifth", "1/5", "20 percent", "20%" for "a fifth"."""
    words = text.lower().split()
    out = {f"{numerator}/{parts}"}
    percent = 100 * numerator / parts
    if percent == int(percent):
        out |= {f"{int(percent)} percent", f"{int(percent)}%"}
    if words[0] == "a":
        out |= {f"one {words[-1]}", words[-1]}
    if len(words) == 2 and words[0] != "a":
        out.add("-".join(words))  # "two-thirds"
    if words == ["half"]:
        out |= {"one half", "a half"}
    out.discard(text)
    return tuple(sorted(out))
