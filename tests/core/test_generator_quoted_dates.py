"""Trivia in a results story (issue 16); the texts are invented for these tests. Before
this change the generator asked the month of an aside ("a deal, signed in ___,"), a
month a speaker named inside a quotation ("busy from
March to the end of ___") and a share price's passing peak ("rose as much as 9 percent
... before closing up 4 percent"), whose question then kept the close, the result, from
being asked."""

from __future__ import annotations

from quizapp.generator import generate
from quizapp.generator.pipeline import analyse
from quizapp.generator.ranking import subject_of, trivia

RESULTS = (
    "Kestrel Rail profit jumps\n\n"
    "Kestrel Rail, a regional train operator, reported a 30 percent rise in annual profit "
    "on Monday. Its revenue rose to 2.4 billion euros. "
    '"Our trains were busy every weekend from March to the end of October," chief '
    "executive Mara Ostrova told reporters. "
    "Its shares rose as much as 9 percent in morning trading in Vienna before closing up "
    "4 percent. The company also ordered 12 new trains in May."
)


def _why(text: str) -> dict[str, str]:
    facts = analyse(text).facts
    subject = subject_of(facts)
    return {f.surface: trivia(f, subject) for f in facts}


def test_a_month_inside_a_quotation_is_trivia_and_one_outside_is_not() -> None:
    why = _why(RESULTS)
    assert "quotation" in why["October"], why
    assert why["March"], why
    assert not why.get("May"), why


def test_a_passing_peak_is_trivia_and_the_close_is_asked() -> None:
    why = _why(RESULTS)
    peak = next(k for k in why if "9 percent" in k)
    assert "interim" in why[peak], why
    assert not why["4 percent"], why
    answers = [q.answer for q in generate(RESULTS)]
    assert not any(a.split()[0] == "9" for a in answers if a), answers
    assert not any(a in ("October", "March") for a in answers), answers


def test_the_month_of_a_participle_aside_is_trivia() -> None:
    text = (
        "Brava Foods profit falls\n\n"
        "Brava Foods reported a 12 percent fall in profit on Friday. A wage deal with "
        "drivers, signed in April, raised its costs by 40 million euros. The company "
        "opened a new bakery in Lyon in March."
    )
    why = _why(text)
    assert "aside" in why["April"], why
    assert not why["March"], why
