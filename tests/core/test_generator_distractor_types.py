"""Distractors of the answer's sphere, not only its fine type: a year near it, a figure of
its scale and roundness, a country of its continent, a body of its sort, a person who does
what the answer does, and never another name of the answer."""

from __future__ import annotations

import re

from quizapp.generator.choices.distractors import distractors
from quizapp.generator.facts.facts import Fact
from quizapp.generator.facts.gazetteer import gazetteer
from quizapp.generator.pipeline import analyse

HARBOUR = (
    "The port of Kellwick was founded by fishermen in 1620. "
    "A lighthouse was added in 1626 after two ships sank at the entrance. "
    "The old harbour wall collapsed in a storm in 1631. "
    "A railway reached the town in 1958, and a ferry terminal opened in 1961. "
    "A sailing museum followed in 1967."
)
TURBINES = (
    "Brandvik Turbines, a company from Germany, builds blades for wind farms. "
    "Last year it delivered turbines to customers in Japan, Brazil and South Korea. "
    "Its chief executive said demand in Japan had doubled."
)
MATCH = (
    "Eastfield beat Harbury 3-1 in the cup final on Saturday. "
    "Tom Reyes scored after ten minutes for Eastfield. "
    "Carl Minto equalised before half-time for Harbury. "
    "Jonas Pike headed Eastfield ahead again in the second half. "
    "Ivan Lasko scored a late penalty to seal the win. "
    "After the match, the cup was handed over by Queen Margarethe Holm and by the mayor, "
    "Vera Lind, in front of the stand."
)
COMET = (
    "In 1901 the astronomer Helen Marsh discovered a comet from an observatory in Vienna. "
    "Her daughter Ruth Marsh-Cole built the telescope that later photographed it. "
    "Their colleague Otto Brenner measured its orbit, and Karl Weiss published the results. "
    "Anton Roth confirmed the sighting from Prague."
)
VOTE = (
    "The Green Party won the election in the Republic of Ostland on Sunday. "
    "The Labour Party came second, ahead of the Centre Party and the Farmers Party. "
    "The Supreme Court rejected a complaint from the Electoral Commission about postal votes. "
    "The Central Bank said the result would not change its plans."
)
LAKE = (
    "Lake Orvin is 636 kilometres long and holds fresh water all year. "
    "Its deepest point lies 1,642 metres below the surface. "
    "A small island in the north rises only 1.1 metres above the water. "
    "About 4.2 million people live in the region around the lake."
)


def _fact(text: str, surface: str) -> tuple[Fact, list[Fact]]:
    analysis = analyse(text)
    fact = next(f for f in analysis.facts if f.surface == surface)
    return fact, analysis.facts


def test_an_article_year_far_from_the_answer_is_never_offered() -> None:
    # Given a town history whose years reach from 1620 to 1967
    fact, facts = _fact(HARBOUR, "1620")
    # When the founding year is asked
    wrong = distractors(fact, facts)
    # Then no choice is centuries away (1958, 1961, 1967 would read as blind guesses)
    assert wrong is not None
    assert all(abs(int(w) - 1620) <= 12 for w in wrong), wrong


def test_a_country_gets_big_countries_of_its_own_continent() -> None:
    # Given a German company that sells to Japan, Brazil and South Korea
    fact, facts = _fact(TURBINES, "Germany")
    wrong = distractors(fact, facts)
    # Then the choices are European countries of some size, never the customers abroad
    assert wrong is not None
    places = gazetteer()
    for name in wrong:
        place = places.lookup(name)
        assert place is not None, name
        country = places.countries[place.country]
        assert country["continentcode"] == "EU", wrong
        assert int(country["population"]) >= 5_000_000, wrong  # never Liechtenstein


def test_a_scorer_gets_other_players_never_a_person_who_only_handed_over_the_cup() -> None:
    # Given a match report with four scorers and a queen and a mayor at the ceremony
    fact, facts = _fact(MATCH, "Tom Reyes")
    wrong = distractors(fact, facts, full=True)
    # Then the choices for "who scored" are the other scorers
    assert wrong is not None
    assert not any("Margarethe" in w or "Holm" in w or "Lind" in w for w in wrong), wrong
    assert set(wrong) <= {"Carl Minto", "Jonas Pike", "Ivan Lasko"}, wrong


def test_a_person_sharing_a_name_with_the_answer_is_never_offered() -> None:
    # Given an astronomer and her daughter, who bears her surname in a double name
    for asked, kin in (("Helen Marsh", "Ruth Marsh-Cole"), ("Ruth Marsh-Cole", "Helen Marsh")):
        fact, facts = _fact(COMET, asked)
        wrong = distractors(fact, facts, full=True)
        # Then the other is never a choice: "Marsh" would fit both
        assert wrong is not None
        assert kin not in wrong, (asked, wrong)


def test_an_organisation_gets_bodies_of_its_sort_or_none() -> None:
    # Given four parties, a court, a commission and a bank
    party, facts = _fact(VOTE, "Green Party")
    court, _ = _fact(VOTE, "Supreme Court")
    # Then a party gets other parties
    wrong = distractors(party, facts, full=True)
    assert wrong is not None
    assert all(w.endswith("Party") for w in wrong), wrong
    # And the only court gets no multiple choice at all (a bank is no court)
    assert distractors(court, facts, full=True) is None


def test_figures_keep_the_scale_and_roundness_of_the_answer() -> None:
    # A measured "636 kilometres" gets measured-looking choices of its size
    fact, facts = _fact(LAKE, "636 kilometres")
    wrong = distractors(fact, facts) or []
    assert wrong, "a length should get choices"
    for w in wrong:
        number = int(re.sub(r"\D", "", w))
        assert 100 <= number < 1000 and number % 10 != 0, wrong
    # "1.1 metres" never gets the article's "1,642 metres", another scale
    fact, facts = _fact(LAKE, "1.1 metres")
    wrong = distractors(fact, facts) or []
    assert wrong and all(float(w.split()[0]) < 5 for w in wrong), wrong
    # "4.2 million" gets no whole steps that keep its ".2" ("6.2 million", "7.2 million")
    fact, facts = _fact(LAKE, "4.2 million")
    wrong = distractors(fact, facts) or []
    assert wrong and not [w for w in wrong if w.split()[0].endswith(".2")], wrong


def test_a_place_holding_the_answer_is_never_offered() -> None:
    # Given an article on Germany that names East and West Germany too
    text = (
        "East Germany and West Germany were joined in 1990. "
        "The new Germany kept Bonn's laws but moved its government to Berlin. "
        "Poland and France welcomed the treaty."
    )
    fact, facts = _fact(text, "Germany")
    wrong = distractors(fact, facts) or []
    # Then no choice holds the answer's name: "East Germany" is half right
    assert wrong, "Germany should get three other countries"
    assert not [w for w in wrong if "Germany" in w], wrong


def test_the_latest_year_told_in_the_past_gets_no_later_year() -> None:
    # Given a past event in the latest year the article names
    text = (
        "The reserve was created in 1990 to protect the seabirds of the coast. "
        "In 2022 the government listed the puffin as threatened."
    )
    fact, facts = _fact(text, "2022")
    wrong = distractors(fact, facts)
    # Then no choice lies after it: the article was written by then
    assert wrong is not None
    assert all(int(w) < 2022 for w in wrong), wrong
    # And a year still to come may get later years
    planned = "The bridge was started in 2019. It will open in 2027, the council said."
    fact, facts = _fact(planned, "2027")
    assert any(int(w) > 2027 for w in distractors(fact, facts, count=6) or []), "future"


def test_an_article_date_decades_away_is_never_offered_for_a_date() -> None:
    # Given a life with a birth date and a death date 67 years apart
    text = (
        "The painter Clara Voss was born on 3 May 1867 in Hamburg. "
        "She opened her first studio in Munich in 1894. "
        "She died on 4 July 1934 in a clinic near Basel."
    )
    fact, facts = _fact(text, "4 July 1934")
    wrong = distractors(fact, facts) or []
    # Then the birth date is not offered for the death date
    assert wrong and not [w for w in wrong if "1867" in w], wrong
