"""Distractors: exactly three, of the answer's fine type, never a district or a made-up person."""

from __future__ import annotations

from quizapp.generator import generate
from quizapp.generator.choices.distractors import distractors
from quizapp.generator.facts.gazetteer import gazetteer
from quizapp.generator.pipeline import analyse
from quizapp.generator.synthesis import fact_questions

WORD_VALUES = {"four": 4.0, "five": 5.0, "six": 6.0, "seven": 7.0, "eight": 8.0, "ten": 10.0,
               "eleven": 11.0, "twelve": 12.0, "thirteen": 13.0, "fourteen": 14.0}  # fmt: skip

TWO_PEOPLE = (
    "Mayor Anna Lindqvist opened the new bridge in Uppsala on Tuesday. "
    "Engineer Tomas Berg, who designed it, said the work took four years. "
    "The bridge cost 300 million kronor and carries 20,000 cyclists a day."
)
STATES = (
    "A storm reached Ohio on Monday before it moved east. "
    "Officials in Ohio said 14 counties lost power. "
    "The governor of Ohio asked for federal help on Tuesday."
)


def test_people_are_never_asked_as_multiple_choice_without_three_other_people() -> None:
    # Given a text naming only two people
    questions = generate(TWO_PEOPLE)
    # Then no multiple-choice question has a person as its answer
    people = [q for q in questions if q.fine_type == "person"]
    assert people, "the people should still be asked, as short answers or gaps"
    assert all(q.kind != "multiple_choice" for q in people), [q.prompt for q in people]


def test_a_us_state_gets_other_states_as_distractors() -> None:
    questions = generate(STATES)
    states = set(gazetteer().states)
    asked = [q for q in questions if q.kind == "multiple_choice" and q.answer == "Ohio"]
    assert asked
    for q in asked:
        assert q.choices is not None and len(q.choices) == 4
        assert set(q.choices) <= states, q.choices


def test_city_lists_leave_out_districts_of_bigger_cities() -> None:
    places = gazetteer()
    assert "New York City" in places.cities("US")
    assert "Brooklyn" not in places.cities("US")
    assert "Queens" not in places.cities("US")
    assert "Schaerbeek" not in places.cities("BE")


def test_regions_like_gives_same_sort_of_region() -> None:
    places = gazetteer()
    assert "Texas" in places.regions_like("Ohio") and "Ohio" not in places.regions_like("Ohio")
    assert "Asia" in places.regions_like("Europe")
    assert places.regions_like("Karabakh") == []


def test_a_hedged_figure_gets_no_choice_that_would_also_be_about_right() -> None:
    # "about 25%" makes 24% or 27% right too; "exactly" figures may have near choices
    texts = (
        "Ticket prices fell by about 25% within a year, the council said.",
        "Turnout in the harbour district rose after the new ferry opened. "
        "Nearly 6 boats now cross each hour, and the council counted 14 new stops.",
        "Some nine new boats were bought by the ferry company for the lake.",
    )
    analyses = [analyse(text) for text in texts]
    questions = [q for a in analyses for f in a.facts for q in fact_questions(f, a.facts)]
    choices = {q.answer: q.choices or [] for q in questions if q.kind == "multiple_choice"}
    hedged = {"25%": 25.0, "6": 6.0, "nine": 9.0}
    assert set(hedged) <= set(choices), choices
    for answer, value in hedged.items():
        for choice in choices[answer]:
            if choice != answer:
                number = WORD_VALUES.get(choice) or float(choice.rstrip("%"))
                assert abs(number - value) / value >= 0.3, (answer, choices[answer])
    # And a capitalised common word opening a sentence is not taken for a person
    assert not [q.prompt for q in questions if q.answer == "Turnout"]


def test_a_figure_hedged_by_more_than_gets_no_larger_choice() -> None:
    # "more than 5 percent" is also true of 8 percent: only smaller values are wrong
    text = "Prices in the region rose by more than 5 percent in the first half of the year."
    a = analyse(text)
    fact = next(f for f in a.facts if f.surface.startswith("5"))
    wrong = distractors(fact, a.facts)
    assert wrong is not None, fact
    assert all(float(w.split()[0]) < 5 for w in wrong), wrong


def test_another_name_of_the_same_country_is_no_distractor() -> None:
    # Given an article that says "America" and "the United States" for one country
    text = (
        "The snowy owl nests in the Arctic. In winter some owls travel south as far as the "
        "northern United States. Birdwatchers across America reported sightings in 2022, and "
        "a few owls reached Mexico and Canada."
    )
    a = analyse(text)
    us = next(f for f in a.facts if f.answer == "United States")
    wrong = distractors(us, a.facts) or []
    # Then "America" is never offered beside it
    assert "America" not in wrong, wrong


def test_a_continent_is_no_country_to_choose_among_countries() -> None:
    text = (
        "Emperor penguins live only in Antarctica, where they gather in colonies on sea ice. "
        "Scientists have counted about 60 colonies. In 2022 the United States listed the bird "
        "as threatened, and France and Norway fund research stations nearby."
    )
    a = analyse(text)
    antarctica = next(f for f in a.facts if f.answer == "Antarctica")
    assert antarctica.type != "country"
    questions = generate(text, max_questions=10)
    assert not [q.prompt for q in questions if q.answer == "Antarctica" and q.choices]


def test_no_year_distractor_after_the_latest_year_the_article_names() -> None:
    text = (
        "Harlow Motors reported a record profit for 2025 on Thursday. It plans to open a new "
        "factory in 2027. The company was founded in 1998."
    )
    a = analyse(text)
    fact = next(f for f in a.facts if f.surface == "2025")
    wrong = distractors(fact, a.facts, count=6) or []
    assert wrong and all(int(w) <= 2027 for w in wrong), wrong


def test_a_country_written_short_is_offered_by_its_name() -> None:
    text = (
        "Azerbaijan recaptured the region in September. France, Germany and the U.S. called "
        "for talks, and Armenia described the offensive as ethnic cleansing."
    )
    a = analyse(text)
    fact = next(f for f in a.facts if f.answer == "Azerbaijan")
    wrong = distractors(fact, a.facts, count=5) or []
    assert "U.S." not in wrong, wrong
