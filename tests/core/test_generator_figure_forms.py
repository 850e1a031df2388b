"""Core figures that got no question form: a hedge other than "about", a measure whose
phrase goes on ("from ... to ..."), a value "worth", a height "above sea level", a price
"for" an infinitive's object, a record's count and the article's subject as "it"/"its"
(issue 16). All texts are written for these tests."""

from __future__ import annotations

from quizapp.generator import generate
from quizapp.generator.checks.checks import defects
from quizapp.generator.forms.phrasing import wh_question
from quizapp.generator.pipeline import analyse
from quizapp.generator.synthesis import fact_questions


def _question(text: str, surface: str) -> str | None:
    fact = next(f for f in analyse(text).facts if f.surface == surface)
    return wh_question(fact)


def test_a_bound_before_a_count_is_carried_into_the_question() -> None:
    text = "The Oslo ferry company hired more than 250 sailors in 2019."
    assert _question(text, "250") == (
        "More than how many sailors did the Oslo ferry company hire in 2019?"
    )
    text = "At least 40 people were injured in the Lyon tram crash."
    assert _question(text, "40") == "At least how many people were injured in the Lyon tram crash?"


def test_a_bound_asked_with_its_bound_is_exact() -> None:
    text = "At least 40 people were injured in the Lyon tram crash."
    analysis = analyse(text)
    fact = next(f for f in analysis.facts if f.surface == "40")
    numeric = [q for q in fact_questions(fact, analysis.facts) if q.kind == "numeric"]
    # "At least how many ...?" asks for the article's bound itself: 40, not a guess near it
    assert numeric and numeric[0].prompt.startswith("At least how many")
    assert numeric[0].tolerance == 0


def test_a_measure_whose_phrase_goes_on_keeps_the_phrase_after_the_verb() -> None:
    text = "The Rhine runs for about 1,230 kilometres from the Swiss Alps to the North Sea."
    assert _question(text, "1,230 kilometres") == (
        "For about how many kilometres does the Rhine run from the Swiss Alps to the North Sea?"
    )


def test_a_further_amount_still_gets_no_question() -> None:
    text = "The Lisbon club sold a further 5,000 tickets for the final in Rome."
    assert _question(text, "5,000") is None


def test_a_value_worth_an_amount_is_asked_with_its_reported_owner() -> None:
    text = "Harlow Motors said its order book was worth 2 billion euros at the end of June."
    assert _question(text, "2 billion") == (
        "According to Harlow Motors, how much was its order book worth at the end of June?"
    )


def test_a_measure_before_a_preposition_is_asked_with_the_preposition() -> None:
    text = "The summit of Mount Kerr rises 3,200 metres above sea level."
    assert _question(text, "3,200 metres") == (
        "How many metres above sea level does the summit of Mount Kerr rise?"
    )


def test_a_price_of_an_infinitive_is_asked_how_much_without_the_aside() -> None:
    text = (
        "Harwell Foods agreed to buy the snack maker Crispo for 4.2 billion dollars, a premium "
        "of 32 percent over its closing price on Friday."
    )
    assert _question(text, "4.2 billion dollars") == (
        "For how much did Harwell Foods agree to buy the snack maker Crispo?"
    )


def test_the_value_of_a_deal_to_buy_is_asked_as_the_price() -> None:
    text = "Nestor Foods agreed to buy the dairy group Arla Nord in a deal worth 3.1 billion euros."
    assert _question(text, "3.1 billion") == (
        "For how much did Nestor Foods agree to buy the dairy group Arla Nord?"
    )
    text = "Velora signed a contract with Genix in a deal worth 2.5 billion dollars."
    assert _question(text, "2.5 billion dollars") is None  # a contract has no price


def test_the_count_of_a_record_is_asked_with_the_subject_of_the_main_verb() -> None:
    text = (
        "Ana Costa won the race in Lisbon on Sunday, becoming the first runner to win four "
        "titles at the Games."
    )
    assert _question(text, "four") == (
        "How many titles did Ana Costa become the first runner to win at the Games?"
    )
    text = "Pedro Alves was the only sailor to cross three oceans alone."
    assert _question(text, "three") == (
        "How many oceans was Pedro Alves the only sailor to cross alone?"
    )


def test_it_and_its_of_the_subject_are_named_in_a_wh_question() -> None:
    lake = (
        "Lake Orta is a small lake in Piedmont, in northern Italy, west of Lake Maggiore. It "
        "stretches for about 13 kilometres from Omegna to Gozzano. Its floor lies 143 metres "
        "below the surface at the deepest point. Lake Orta drains north into the Toce."
    )
    prompts = [q.prompt for q in generate(lake, max_questions=20)]
    assert "For about how many kilometres does Lake Orta stretch from Omegna to Gozzano?" in (
        prompts
    )
    assert "How many metres below the surface does Lake Orta’s floor lie at the deepest point?" in (
        prompts
    )


def test_an_unnamed_its_as_a_wh_question_subject_is_not_self_contained() -> None:
    text = "Its floor lies 143 metres below the surface at the deepest point."
    analysis = analyse(text)
    fact = next(f for f in analysis.facts if f.surface == "143 metres")
    asked = [q for q in fact_questions(fact, analysis.facts) if q.form == "wh"]
    assert asked and all("its floor" in q.prompt for q in asked)
    assert all("not self-contained" in defects(q, fact) for q in asked)


def test_the_magnitude_of_an_earthquake_is_asked_as_a_magnitude() -> None:
    text = "A magnitude 6.9 earthquake struck the island of Sumbawa on Friday, killing 22 people."
    assert _question(text, "6.9") == (
        "What was the magnitude of the earthquake that struck the island of Sumbawa on Friday?"
    )
    text = "The national survey said the tremor had a magnitude of 5.8."
    assert _question(text, "5.8") == (
        "According to the national survey, what magnitude did the tremor have?"
    )


def test_a_share_won_leaves_out_a_trailing_aside_after_a_comma() -> None:
    text = "The Green Party won 41 percent of the vote, well ahead of the Liberals in Tarno."
    assert _question(text, "41 percent") == "What percentage of the vote did the Green Party win?"


def test_what_a_measure_measures_joins_the_question_words_with_its_whole_unit() -> None:
    text = (
        "The reservoir holds roughly 1,200 cubic metres of water, about half of the town's supply."
    )
    assert _question(text, "1,200 cubic metres") == (
        "About how many cubic metres of water does the reservoir hold?"
    )
    text = "The Uganda Railway company built 900 kilometres of track between 1896 and 1901."
    assert _question(text, "900 kilometres") == (
        "How many kilometres of track did the Uganda Railway company build between 1896 and 1901?"
    )


def test_a_crowd_counted_in_front_of_or_by_a_passive_is_asked() -> None:
    text = "FC Porto beat Braga in front of 48,000 spectators in Lisbon on Sunday."
    assert _question(text, "48,000") == (
        "In front of how many spectators did FC Porto beat Braga in Lisbon on Sunday?"
    )
    text = "The cup final in Lisbon was watched by about 48,000 spectators."
    assert _question(text, "48,000") == "About how many spectators watched the cup final in Lisbon?"
    text = "The cup final was watched by about 48,000 spectators."
    assert _question(text, "48,000") is None  # which final is not said


def test_an_area_burned_through_is_asked_with_what_it_covered() -> None:
    text = (
        "The Varna fire burned through roughly 9,000 hectares of pine forest and vineyards, "
        "an area twice the size of the town."
    )
    assert _question(text, "9,000 hectares") == (
        "Through about how many hectares of pine forest and vineyards did the Varna fire burn?"
    )
