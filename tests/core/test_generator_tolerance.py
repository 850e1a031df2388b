"""Numeric questions: the article's exact figures are exact; only approximate ones get a tolerance.

The text is invented for the test (a strike at a glassworks that never was).
"""

from __future__ import annotations

from quizapp.generator.choices.tolerance import asks_estimate, numeric_tolerance
from quizapp.generator.facts.facts import DATE, FIGURE, Fact
from quizapp.generator.facts.figures import format_plain
from quizapp.generator.pipeline import analyse
from quizapp.questiondata import QuestionData, QuestionKind
from quizapp.study.grading import check_answer

GLASSWORKS = (
    "The Larkfield Glassworks Strike\n\n"
    "In June 1911 the owners of the Larkfield Glassworks dismissed 450 furnace men "
    "after a dispute over night shifts. About 3,800 townspeople marched to the works gate "
    "on 14 June, and 19 marchers were arrested. The owners brought in 350 strike-breakers "
    "by train from the coast. The firm had earned 2.4 million pounds in the previous year. "
    "By 1913 the glassworkers' guild had grown to 5,200 members."
)


def _numeric() -> dict[str, QuestionData]:
    """A numeric question on each figure and date of the text, by its key, with the tolerance
    the generator gives it (whether or not it would choose to ask that fact as a number)."""
    found = {}
    for fact in analyse(GLASSWORKS).facts:
        if fact.kind == DATE and fact.surface.isdigit():
            key = fact.surface  # a year
        elif fact.kind == FIGURE and fact.value is not None:
            key = format_plain(float(fact.value))
        else:
            continue
        prompt = f"How many? ({fact.surface})"
        tolerance = numeric_tolerance(fact, prompt)
        found[key] = QuestionData(uid=f"q{key}", kind=QuestionKind.NUMERIC, prompt=prompt,
                                  answer=key, tolerance=tolerance)  # fmt: skip
    return found


def _right(q: QuestionData, typed: str) -> bool:
    return check_answer(q, typed).correct


def test_exact_counts_have_no_tolerance_however_large() -> None:
    # Given counts the article states exactly, small and large (the tolerance was 2 % from 100 up)
    numeric = _numeric()
    for key in ("450", "350", "5200", "19"):
        assert key in numeric, sorted(numeric)
        # Then the key is exact: only the article's number is right
        assert numeric[key].tolerance == 0.0, (key, numeric[key].tolerance)
    assert _right(numeric["350"], "350")
    assert not _right(numeric["350"], "345")
    assert not _right(numeric["5200"], "5,250")
    assert not _right(numeric["450"], "459")


def test_a_year_is_exact() -> None:
    numeric = _numeric()
    assert numeric["1913"].tolerance == 0.0


def test_a_figure_the_article_hedges_gets_a_tolerance() -> None:
    # Given "About 3,800 townspeople": the article itself is approximate
    q = _numeric()["3800"]
    # Then a near number is right, a far one is not
    assert q.tolerance is not None and 0 < q.tolerance <= 0.05 * 3800
    assert _right(q, "3,750")
    assert not _right(q, "3,000")


def test_a_rounded_large_amount_allows_what_rounds_to_it() -> None:
    # Given "2.4 million pounds": the article rounds to a tenth of a million
    q = _numeric()["2400000"]
    assert q.tolerance is not None and 0 < q.tolerance <= 0.02 * 2_400_000
    assert _right(q, "2.4 million")
    assert not _right(q, "2.3 million")


def test_only_the_questions_own_words_can_ask_for_an_estimate() -> None:
    assert asks_estimate("About how many townspeople marched to the works gate?")
    assert asks_estimate("Roughly what share of the town's men had been estimated to strike?")
    # "about" as a preposition asks for no estimate
    assert not asks_estimate("How many pamphlets did the guild print about the strike?")
    # "about" inside the quoted sentence belongs to another figure
    assert not asks_estimate("Which number fills the gap? “About 3,800 people saw ___ men”")


FERRY = (
    "At least 7 passengers were hurt and more than 2,000 travellers were stranded when the "
    "Skarvik ferry ran aground on 2 May. About 30 volunteers helped at the quay."
)


def _facts_by_surface() -> dict[str, Fact]:
    return {f.surface: f for f in analyse(FERRY).facts if f.kind == FIGURE}


def test_a_bound_the_question_repeats_is_exact() -> None:
    facts = _facts_by_surface()
    least, more = facts["7"], facts["2,000"]
    assert numeric_tolerance(least, "At least how many passengers were hurt?") == 0.0
    assert numeric_tolerance(more, "More than how many travellers were stranded?") == 0.0
    # asked without its bound, the figure is approximate: 5 % either way, in whole units
    assert numeric_tolerance(more, "How many travellers were stranded?") == 100.0


def test_a_hedged_whole_count_gets_a_tolerance_in_whole_units() -> None:
    about = _facts_by_surface()["30"]  # 5 % is 1.5: one whole volunteer
    assert numeric_tolerance(about, "About how many volunteers helped at the quay?") == 1.0
